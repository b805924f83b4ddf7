/* Finsam Rapport – page layout helpers (no inline scripts: the CSP forbids them).

   1. <html class="js">: styles that need script (the collapsed menu) apply only with it.
   2. The sidebar's "Meny" button opens and closes the page list on narrow screens.
   3. Every data table in <main> sits in a .table-scroll box (added here when the template has
      none), so a wide table scrolls inside its own box, never the page. A box that does scroll
      becomes a named, focusable region, so it can be scrolled with the keyboard too.
   4. Inputs fit their content: where the browser lacks CSS field-sizing, an input whose value
      is wider than its box is widened while typing.
   5. Dates are text inputs typed as ÅÅÅÅ-MM-DD (20240315 and 2024-3-5 are completed on leaving
      the field); where the browser has a date picker, a "Välj datum" button opens it. */
(function () {
  "use strict";

  document.documentElement.classList.add("js");

  /* --- 2. Menu ---------------------------------------------------------------------------- */

  function onMenuClick(event) {
    var button = event.target.closest && event.target.closest(".nav-toggle");
    if (!button) return;
    var nav = button.closest(".sidebar");
    var open = !nav.classList.contains("open");
    nav.classList.toggle("open", open);
    button.setAttribute("aria-expanded", open ? "true" : "false");
  }

  /* --- 3. Table boxes --------------------------------------------------------------------- */

  function nameOf(table) {
    var caption = table.querySelector("caption");
    if (caption && caption.textContent.trim()) return caption.textContent.trim();
    var section = table.closest("section, .card, main");
    var heading = section && section.querySelector("h2, h1");
    return heading ? heading.textContent.trim() : "Tabell";
  }

  function wrapTables(root) {
    (root || document).querySelectorAll("main table").forEach(function (table) {
      if (table.parentElement && table.parentElement.classList.contains("table-scroll")) return;
      if (table.closest(".table-scroll")) return;
      var box = document.createElement("div");
      box.className = "table-scroll";
      table.parentNode.insertBefore(box, table);
      box.appendChild(table);
    });
    markScrollingBoxes();
  }

  function markScrollingBoxes() {
    document.querySelectorAll(".table-scroll").forEach(function (box) {
      var table = box.querySelector("table");
      if (box.scrollWidth > box.clientWidth + 1) {
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", (table ? nameOf(table) : "Tabell") + " (rullas i sidled)");
      } else if (box.getAttribute("role") === "region") {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    });
  }

  /* --- 4. Inputs fit their content ---------------------------------------------------------- */

  var hasFieldSizing = window.CSS && CSS.supports && CSS.supports("field-sizing", "content");

  function fit(input) {
    if (hasFieldSizing || !(input instanceof HTMLInputElement)) return;
    if (input.type === "checkbox" || input.type === "radio" || input.type === "hidden") return;
    if (input.scrollWidth > input.clientWidth) {
      var extra = input.offsetWidth - input.clientWidth + 8;
      input.style.width = input.scrollWidth + extra + "px";
    }
  }

  function fitAll(root) {
    if (hasFieldSizing) return;
    (root || document).querySelectorAll("main input").forEach(fit);
  }

  /* A focused field in a table box is scrolled fully into the box, clear of the kept first
     column (the browser stops at "partly visible", which may be under that column). */
  function revealInBox(event) {
    var el = event.target;
    var box = el && el.closest && el.closest(".table-scroll");
    if (!box || el === box) return;
    var cell = el.closest("td, th");
    var row = el.closest("tr");
    var r = el.getBoundingClientRect();
    var b = box.getBoundingClientRect();
    var left = b.left;
    var first = row ? row.firstElementChild : null;
    if (first && first !== cell && getComputedStyle(first).position === "sticky") {
      left = Math.max(left, first.getBoundingClientRect().right);
    }
    if (r.left < left) box.scrollLeft -= left - r.left + 8;
    else if (r.right > b.right) box.scrollLeft += Math.min(r.right - b.right + 8, r.left - left);
  }

  /* --- 5. Dates: typed as ÅÅÅÅ-MM-DD; a picker button where the browser has one ------------ */

  function normaliseDate(text) {
    var s = text.trim();
    var m = /^(\d{4})(\d{2})(\d{2})$/.exec(s) || /^(\d{4})[-./ ](\d{1,2})[-./ ](\d{1,2})$/.exec(s);
    if (!m) return null;
    var month = ("0" + m[2]).slice(-2);
    var day = ("0" + m[3]).slice(-2);
    return m[1] + "-" + month + "-" + day;
  }

  function onDateBlur(event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.hasAttribute("data-date")) return;
    var value = normaliseDate(input.value);
    if (value && value !== input.value) input.value = value;
  }

  function addDatePickers(root) {
    var probe = document.createElement("input");
    probe.type = "date";
    if (probe.type !== "date" || typeof probe.showPicker !== "function") return;
    (root || document).querySelectorAll("input[data-date]:not([data-picker])").forEach(function (input) {
      input.setAttribute("data-picker", "");
      var picker = document.createElement("input");
      picker.type = "date";
      picker.lang = "sv";
      picker.className = "date-picker-value";
      picker.tabIndex = -1;
      picker.setAttribute("aria-hidden", "true");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "date-picker";
      button.textContent = "Välj datum";
      var label = input.labels && input.labels[0] ? input.labels[0].textContent.trim() : "";
      if (label) button.setAttribute("aria-label", "Välj datum: " + label.replace(/\s*\*$/, ""));
      button.addEventListener("click", function () {
        picker.value = normaliseDate(input.value) || "";
        try { picker.showPicker(); } catch (e) { input.focus(); }
      });
      picker.addEventListener("change", function () {
        input.value = picker.value;
        input.dispatchEvent(new Event("input", { bubbles: true }));
        input.dispatchEvent(new Event("change", { bubbles: true }));
        input.focus();
      });
      var wrap = document.createElement("span");
      wrap.className = "date-field";
      input.parentNode.insertBefore(wrap, input);
      wrap.appendChild(input);
      wrap.appendChild(button);
      wrap.appendChild(picker);
    });
  }

  var resizeTimer = null;
  function onResize() {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(markScrollingBoxes, 150);
  }

  function init() {
    wrapTables(document);
    fitAll(document);
    addDatePickers(document);
  }

  document.addEventListener("click", onMenuClick);
  document.addEventListener("input", function (event) { fit(event.target); });
  document.addEventListener("focusout", function (event) { fit(event.target); });
  document.addEventListener("focusin", revealInBox);
  document.addEventListener("focusout", onDateBlur);
  window.addEventListener("resize", onResize);
  /* htmx swaps in new content (live summaries): wrap its tables too. */
  document.addEventListener("htmx:afterSwap", function (event) { wrapTables(event.target); });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }

  window.finsamLayout = { wrapTables: wrapTables, normaliseDate: normaliseDate };
})();
