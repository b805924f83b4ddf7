/* Finsam Rapport – small behaviours of the entry pages (no inline scripts: the CSP forbids them).

   1. Amounts (input.amount) are shown in Swedish form when the field is left: "1 234 567",
      "−480 307", "1 234,50". Input the server cannot read is left as typed (the server explains).
   2. A form with data-dirty-warning asks before the page is left with unsaved changes (not when
      the form itself is submitted).
   3. A link (GET) or form (POST) with data-pdf-download fetches the PDF, shows "Skapar PDF …"
      (aria-live polite) and is disabled until the response arrives; a page instead of a PDF (a
      draft on its way) is opened; a failed render shows a Swedish message.
   4. A form with data-busy="<text>" shows the text and disables its buttons while it is sent.
   5. Enter in a one-line box that wraps its value (textarea.one-line) sends the form.

   Totals are never computed here: the server computes them (htmx, see reports/live.py). */
(function () {
  "use strict";

  var MINUS = "\u2212";

  /* --- 1. Amounts ------------------------------------------------------------------------- */

  function parseAmount(text) {
    var s = text.replace(/[\s\u00a0\u2009\u202f]/g, "");
    if (s === "") return null;
    var negative = false;
    if (/^[-\u2212\u2013]/.test(s)) {
      negative = true;
      s = s.slice(1);
    }
    if (!/^\d+(,\d+)?$/.test(s)) return null; /* dots, letters …: leave it to the server */
    var parts = s.split(",");
    return { negative: negative, whole: parts[0].replace(/^0+(?=\d)/, ""), decimals: parts[1] || "" };
  }

  function formatAmount(text) {
    var a = parseAmount(text);
    if (a === null) return null;
    var whole = a.whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
    var decimals = a.decimals.replace(/0+$/, "");
    if (decimals.length === 1) decimals += "0";
    var isZero = /^0*$/.test(a.whole) && decimals === "";
    var sign = a.negative && !isZero ? MINUS : "";
    return sign + whole + (decimals ? "," + decimals : "");
  }

  function onAmountBlur(event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.classList.contains("amount")) return;
    var formatted = formatAmount(input.value);
    if (formatted !== null && formatted !== input.value) input.value = formatted;
  }

  /* --- 2. Unsaved changes ----------------------------------------------------------------- */

  var dirtyForms = new Set();
  var submitting = false;

  function markDirty(event) {
    var form = event.target && event.target.form;
    if (form && form.hasAttribute("data-dirty-warning")) dirtyForms.add(form);
  }

  function onSubmit(event) {
    if (event.target.hasAttribute && event.target.hasAttribute("data-dirty-warning")) {
      submitting = true;
    }
  }

  function onBeforeUnload(event) {
    if (submitting || dirtyForms.size === 0) return undefined;
    event.preventDefault();
    event.returnValue = ""; /* browsers show their own text */
    return "";
  }

  /* --- 3. PDF downloads ------------------------------------------------------------------- */

  var PDF_BUSY = "Skapar PDF …";
  var PDF_DONE = "PDF:en är klar.";
  var PDF_FAILED =
    "PDF:en kunde inte skapas. Försök igen om en stund; en tidigare sparad PDF finns kvar.";

  function statusFor(link) {
    var id = link.getAttribute("aria-describedby");
    var status = id ? document.getElementById(id) : null;
    if (status) return status;
    status = document.createElement("span");
    status.className = "pdf-status";
    status.id = "pdf-status-" + Math.random().toString(36).slice(2);
    status.setAttribute("aria-live", "polite");
    link.insertAdjacentElement("afterend", status);
    link.setAttribute("aria-describedby", status.id);
    return status;
  }

  function filenameOf(response, fallback) {
    var header = response.headers.get("Content-Disposition") || "";
    var star = /filename\*=UTF-8''([^;]+)/i.exec(header);
    if (star) return decodeURIComponent(star[1]);
    var plain = /filename="?([^";]+)"?/i.exec(header);
    return plain ? plain[1] : fallback;
  }

  /* Fetch the PDF behind a link (GET) or a form (POST, which asks for a draft and is
     redirected to it). A page instead of a PDF (the draft's progress, or the button that asks
     for it) is opened as a page. */
  function downloadPdf(trigger, url, init) {
    if (trigger.getAttribute("aria-disabled") === "true") return;
    var status = statusFor(trigger);
    trigger.setAttribute("aria-disabled", "true");
    trigger.classList.add("busy");
    status.classList.remove("error");
    status.textContent = PDF_BUSY;
    fetch(url, init)
      .then(function (response) {
        var type = response.headers.get("Content-Type") || "";
        if (response.ok && type.indexOf("text/html") === 0) {
          window.location.assign(response.url || url);
          return undefined;
        }
        if (!response.ok || type.indexOf("application/pdf") !== 0) throw new Error(response.status);
        return response.blob().then(function (blob) {
          var blobUrl = URL.createObjectURL(blob);
          var a = document.createElement("a");
          a.href = blobUrl;
          a.download = filenameOf(response, "rapport.pdf");
          document.body.appendChild(a);
          a.click();
          a.remove();
          setTimeout(function () { URL.revokeObjectURL(blobUrl); }, 60000);
          status.textContent = PDF_DONE;
        });
      })
      .catch(function () {
        status.classList.add("error");
        status.textContent = PDF_FAILED;
      })
      .finally(function () {
        trigger.removeAttribute("aria-disabled");
        trigger.classList.remove("busy");
      });
  }

  function onPdfClick(event) {
    var link = event.target.closest && event.target.closest("a[data-pdf-download]");
    if (!link || event.defaultPrevented || event.button !== 0) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    downloadPdf(link, link.href, { credentials: "same-origin" });
  }

  function onPdfSubmit(event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute("data-pdf-download")) return;
    event.preventDefault();
    var button = form.querySelector("button");
    downloadPdf(button || form, form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
    });
  }

  /* A form whose submission takes a while (approving renders and stores the PDF): show what
     happens and disable its buttons until the next page arrives (no double submissions). */
  function busyStatusFor(form) {
    var status = form.querySelector(".busy-status");
    if (status) return status;
    status = document.createElement("p");
    status.className = "busy-status";
    status.setAttribute("aria-live", "polite");
    form.appendChild(status);
    return status;
  }

  function onBusySubmit(event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute("data-busy")) return;
    if (form.getAttribute("data-submitting") === "true") {
      event.preventDefault();
      return;
    }
    form.setAttribute("data-submitting", "true");
    busyStatusFor(form).textContent = form.getAttribute("data-busy");
    var buttons = form.querySelectorAll("button[type=submit], button:not([type])");
    /* After the submission has collected the form data (a disabled submitter would be left out). */
    setTimeout(function () {
      buttons.forEach(function (b) { b.disabled = true; b.classList.add("busy"); });
    }, 0);
  }

  function onPageShow() {
    /* Back to a page from the browser cache: enable its forms again. */
    document.querySelectorAll("form[data-submitting]").forEach(function (form) {
      form.removeAttribute("data-submitting");
      busyStatusFor(form).textContent = "";
      form.querySelectorAll("button.busy").forEach(function (b) {
        b.disabled = false;
        b.classList.remove("busy");
      });
    });
    submitting = false;
  }

  function prepareStatusRegions() {
    /* Live regions must exist before their text changes to be announced. */
    document.querySelectorAll("a[data-pdf-download]").forEach(statusFor);
    document.querySelectorAll("form[data-pdf-download] button").forEach(statusFor);
    document.querySelectorAll("form[data-busy]").forEach(busyStatusFor);
  }

  /* A one-line box that wraps a long value (textarea.one-line, e.g. the förbund's name): Enter
     sends the form, as in a text field, instead of starting a new line. */
  function onOneLineEnter(event) {
    var box = event.target;
    if (event.key !== "Enter" || !(box instanceof HTMLTextAreaElement)) return;
    if (!box.classList.contains("one-line") || !box.form) return;
    event.preventDefault();
    box.form.requestSubmit();
  }

  document.addEventListener("focusout", onAmountBlur);
  document.addEventListener("keydown", onOneLineEnter);
  document.addEventListener("input", markDirty);
  document.addEventListener("change", markDirty);
  document.addEventListener("submit", onSubmit);
  document.addEventListener("submit", onBusySubmit);
  window.addEventListener("pageshow", onPageShow);
  window.addEventListener("beforeunload", onBeforeUnload);
  document.addEventListener("click", onPdfClick);
  document.addEventListener("submit", onPdfSubmit);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", prepareStatusRegions);
  } else {
    prepareStatusRegions();
  }

  window.finsamEntry = { formatAmount: formatAmount };
})();
