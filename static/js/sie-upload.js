/* Finsam Rapport – the SIE upload with a progress bar (no inline scripts: the CSP forbids them).

   A form with data-sie-upload is sent with XMLHttpRequest so that the upload's progress can be
   shown (<progress> and a text read by screen readers); when the server answers with the preview
   the browser goes there; a refused form is sent again the ordinary way to show its messages.
   Without JavaScript the form is an ordinary upload. */
(function () {
  "use strict";

  function init(form) {
    var box = form.querySelector(".upload-progress");
    var bar = form.querySelector("progress");
    var text = form.querySelector("[data-progress-text]");
    form.addEventListener("submit", function (event) {
      if (!window.FormData || !box) return;
      event.preventDefault();
      var xhr = new XMLHttpRequest();
      var button = form.querySelector("button[type=submit]");
      box.hidden = false;
      if (button) button.disabled = true;
      xhr.upload.addEventListener("progress", function (e) {
        if (!e.lengthComputable) return;
        var percent = Math.round((e.loaded / e.total) * 100);
        bar.value = percent;
        text.textContent = percent + " %";
      });
      xhr.addEventListener("load", function () {
        if (xhr.status < 400 && xhr.responseURL) {
          text.textContent = "Filen kontrolleras …";
          window.location.assign(xhr.responseURL);
          return;
        }
        /* The server refused the form (e.g. a missing year): send it the ordinary way, so the
           page comes back with the messages next to the fields. */
        form.submit();
      });
      xhr.addEventListener("error", function () {
        if (button) button.disabled = false;
        text.textContent = "Uppladdningen misslyckades. Försök igen.";
      });
      xhr.open("POST", form.action || window.location.href);
      xhr.send(new FormData(form));
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var forms = document.querySelectorAll("form[data-sie-upload]");
    for (var i = 0; i < forms.length; i++) init(forms[i]);
  });
})();
