/* Finsam Rapport – page layout helpers (no inline scripts: the CSP forbids them).

   1. <html class="js">: styles that need script (the collapsed menu) apply only with it.
   2. The sidebar's "Meny" button opens and closes the page list on narrow screens.
   3. Every data table in <main> sits in a .table-scroll box (added here when the template has
      none), so a wide table scrolls inside its own box, never the page. A box that does scroll
      becomes a named, focusable region, so it can be scrolled with the keyboard too.
   4. Inputs fit their content: where the browser lacks CSS field-sizing, an input whose value
      is wider than its box is widened while typing. */
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

  var resizeTimer = null;
  function onResize() {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(markScrollingBoxes, 150);
  }

  function init() {
    wrapTables(document);
    fitAll(document);
  }

  document.addEventListener("click", onMenuClick);
  document.addEventListener("input", function (event) { fit(event.target); });
  document.addEventListener("focusout", function (event) { fit(event.target); });
  window.addEventListener("resize", onResize);
  /* htmx swaps in new content (live summaries): wrap its tables too. */
  document.addEventListener("htmx:afterSwap", function (event) { wrapTables(event.target); });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }

  window.finsamLayout = { wrapTables: wrapTables, markScrollingBoxes: markScrollingBoxes };
})();
