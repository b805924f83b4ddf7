/* Finsam Rapport – spreadsheet-like entry in the figure tables (no inline scripts: CSP).

   Works on every table.formset and table.entry (Django formsets and fixed grids alike):

   1. Keys. Enter and ArrowDown move down the column, ArrowUp up, Ctrl+ArrowUp/Down to the
      first/last row; ArrowDown in the last row goes on to the first row of the page's next
      table (the same field: income Utfall to cost Utfall), ArrowUp in the first row back;
      ArrowLeft/Right between cells when the caret is at the edge of the text.
      A cell reached this way has its content selected, so typing replaces it. Enter never
      submits the form; Ctrl+Enter saves it.
   2. Rows. A formset table (one with a management form, TOTAL_FORMS) gets a "Lägg till rad"
      button (the page's own, which without script asks the server for a row); Enter in the
      last row adds a row too. A new row is a copy of the formset's empty row (a <template
      data-empty-form> with __prefix__ if the page has one, else the last row) with its index
      renumbered and TOTAL_FORMS increased: the server's formset takes it as one more form.
      New rows get the next list position; a new row can be removed again.
   3. Paste. A block copied from Excel or LibreOffice (tab-separated, one line per row, Swedish
      numbers such as "1 234 567" or "−480 307,50") fills the cells from the focused one
      rightwards and downwards, adding rows when needed.
   4. Errors at the field. Leaving an amount field that the server would refuse shows the
      server's message (finsam/money.py; tests/test_sheet_messages.py keeps them equal) next to
      the field at once, with aria-invalid; the server still decides on saving.

   Read-only cells (a line with sub-lines: its utfall is their sum) are skipped. */
(function () {
  "use strict";

  var GRID = "table.formset, table.entry";
  var CELL = "input:not([type=hidden]):not([type=checkbox]):not([readonly]), select, textarea";

  /* --- Cells -------------------------------------------------------------------------------- */

  function cellOf(el) {
    return el && el.closest ? el.closest("td, th") : null;
  }

  function columnOf(el) {
    var cell = cellOf(el);
    return cell ? Array.prototype.indexOf.call(cell.parentElement.children, cell) : -1;
  }

  function rowsOf(table) {
    return Array.prototype.filter.call(table.tBodies.length ? table.tBodies[0].rows : [], function (tr) {
      return tr.querySelector(CELL) && !tr.hidden;
    });
  }

  function fieldAt(row, column) {
    var cell = row && row.children[column];
    return cell ? cell.querySelector(CELL) : null;
  }

  function neighbourGrid(table, forward) {
    var grids = Array.prototype.slice.call(document.querySelectorAll(GRID)).filter(function (t) {
      return rowsOf(t).length > 0;
    });
    var i = grids.indexOf(table) + (forward ? 1 : -1);
    return i >= 0 && i < grids.length ? grids[i] : null;
  }

  /* The field of `row` with the same name as `field` ("…-amount"), else the one in `column`. */
  function sameField(row, field, column) {
    var suffix = /-[^-]+$/.exec(field.name || "");
    var match = null;
    if (suffix) {
      Array.prototype.some.call(row.querySelectorAll(CELL), function (el) {
        if (el.name && el.name.slice(-suffix[0].length) === suffix[0]) { match = el; return true; }
        return false;
      });
    }
    return match || fieldAt(row, column);
  }

  function focusField(field) {
    if (!field) return false;
    field.focus();
    if (field.select && field.tagName === "INPUT") field.select();
    return true;
  }

  /* --- Rows (Django formsets) ---------------------------------------------------------------- */

  function formsetOf(table) {
    var box = table.closest("section, .card, form");
    var total = box && box.querySelector("input[name$='-TOTAL_FORMS']");
    if (!total) return null;
    return { table: table, total: total, prefix: total.name.replace(/-TOTAL_FORMS$/, "") };
  }

  function renumber(node, prefix, index) {
    var pattern = new RegExp("^(id_)?" + prefix.replace(/[-[\]/{}()*+?.\\^$|]/g, "\\$&") + "-(\\d+|__prefix__)-");
    node.querySelectorAll("[name], [id], label[for], [aria-describedby]").forEach(function (el) {
      ["name", "id", "for"].forEach(function (attr) {
        var value = el.getAttribute(attr);
        if (value && pattern.test(value)) {
          el.setAttribute(attr, value.replace(pattern, "$1" + prefix + "-" + index + "-"));
        }
      });
      el.removeAttribute("aria-describedby");
      el.removeAttribute("aria-invalid");
    });
  }

  function nextPosition(table) {
    var max = 0;
    table.querySelectorAll("input[name$='-position']").forEach(function (input) {
      var n = parseInt(input.value, 10);
      if (!isNaN(n) && n > max) max = n;
    });
    return max + 10;
  }

  function addRow(formset) {
    var index = parseInt(formset.total.value, 10);
    var template = document.querySelector("template[data-empty-form='" + formset.prefix + "']");
    var row;
    if (template) {
      row = template.content.querySelector("tr").cloneNode(true);
    } else {
      var rows = formset.table.tBodies[0].querySelectorAll("tr");
      var last = null;
      for (var i = rows.length - 1; i >= 0; i--) {
        if (rows[i].querySelector("input[name^='" + formset.prefix + "-']")) { last = rows[i]; break; }
      }
      if (!last) return null;
      row = last.cloneNode(true);
      row.querySelectorAll(".error, .field-error").forEach(function (e) { e.remove(); });
      row.querySelectorAll(".has-error").forEach(function (e) { e.classList.remove("has-error"); });
      row.querySelectorAll("input").forEach(function (input) {
        if (input.type === "checkbox") input.checked = false;
        else if (!/-(TOTAL|INITIAL|MIN_NUM|MAX_NUM)_FORMS$/.test(input.name)) input.value = "";
        input.removeAttribute("readonly");
        input.classList.remove("sum");
        input.removeAttribute("placeholder");
      });
      row.querySelectorAll("select").forEach(function (select) {
        var chosen = select.querySelector("option[selected]");
        select.value = chosen ? chosen.value : (select.options[0] ? select.options[0].value : "");
      });
      row.querySelectorAll("textarea").forEach(function (t) { t.value = ""; });
    }
    renumber(row, formset.prefix, index);
    var position = row.querySelector("input[name$='-position']");
    if (position) position.value = String(nextPosition(formset.table));
    row.setAttribute("data-new-row", "");
    addRemoveButton(row, formset);
    formset.table.tBodies[0].appendChild(row);
    formset.total.value = String(index + 1);
    formset.total.dispatchEvent(new Event("change", { bubbles: true }));
    announce(formset.table, "En rad har lagts till.");
    return row;
  }

  function addRemoveButton(row, formset) {
    var last = row.lastElementChild;
    if (!last || row.querySelector(".remove-row")) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "remove-row link-button";
    button.textContent = "Ta bort raden";
    button.addEventListener("click", function () {
      /* A new row is simply left out: the formset skips a form with no data. */
      row.querySelectorAll("input, select, textarea").forEach(function (el) {
        if (el.type === "checkbox") el.checked = false;
        else if (el.tagName !== "SELECT") el.value = "";
      });
      row.hidden = true;
      row.querySelectorAll("input, select, textarea").forEach(function (el) { el.disabled = true; });
      formset.table.dispatchEvent(new Event("change", { bubbles: true }));
      announce(formset.table, "Raden är borttagen.");
    });
    last.appendChild(button);
  }

  function announce(table, text) {
    var box = table.closest("section, .card") || table.parentElement;
    var status = box.querySelector(".sheet-status");
    if (!status) return;
    status.textContent = text;
  }

  function setUpFormsets() {
    document.querySelectorAll("table.formset").forEach(function (table) {
      var formset = formsetOf(table);
      if (!formset || table.hasAttribute("data-sheet")) return;
      table.setAttribute("data-sheet", "");
      var box = table.closest(".table-scroll") || table;
      var section = table.closest("section, .card, form");
      /* The page's own "Lägg till rad" (a submit button that works without script: the server
         sends the page back with one more row) now adds the row here, without a round trip. */
      var button = section && section.querySelector(
        "button[name='add_row'][value='" + formset.prefix + "']"
      );
      var bar;
      if (button) {
        bar = button.parentElement;
      } else {
        bar = document.createElement("p");
        button = document.createElement("button");
        button.type = "button";
        button.textContent = "Lägg till rad";
        bar.appendChild(button);
        box.insertAdjacentElement("afterend", bar);
      }
      bar.classList.add("sheet-actions");
      button.classList.add("add-row");
      button.addEventListener("click", function (event) {
        event.preventDefault();
        var row = addRow(formset);
        if (row) focusField(row.querySelector(CELL));
      });
      var status = document.createElement("span");
      status.className = "sheet-status visually-hidden";
      status.setAttribute("role", "status");
      bar.appendChild(status);
    });
    document.querySelectorAll(GRID).forEach(function (table) {
      table.querySelectorAll("input[readonly]").forEach(function (input) {
        input.tabIndex = -1;
        input.classList.add("sum");
      });
    });
  }

  /* --- 1. Keys ------------------------------------------------------------------------------ */

  function atEdge(field, forward) {
    if (field.tagName !== "INPUT" || typeof field.selectionStart !== "number") return true;
    try {
      if (field.selectionStart !== field.selectionEnd) return field.selectionEnd === field.value.length && forward
        || field.selectionStart === 0 && !forward;
      return forward ? field.selectionEnd === field.value.length : field.selectionStart === 0;
    } catch (e) {
      return true;
    }
  }

  function onKeyDown(event) {
    var field = event.target;
    if (!field.matches || !field.matches(CELL)) return;
    var table = field.closest(GRID);
    if (!table || event.altKey || event.metaKey) return;
    var column = columnOf(field);
    var rows = rowsOf(table);
    var row = field.closest("tr");
    var at = rows.indexOf(row);
    if (event.key === "Enter" && event.ctrlKey) {
      /* Ctrl+Enter saves, from any cell. */
      event.preventDefault();
      checkField(field);
      if (field.form) field.form.requestSubmit();
      return;
    }
    if (event.key === "Enter") {
      if (field.tagName === "TEXTAREA") return;
      event.preventDefault();
      var target = column;
      checkField(field);
      if (at < rows.length - 1) {
        focusField(fieldAt(rows[at + 1], target) || fieldAt(rows[at + 1], column));
      } else {
        var formset = formsetOf(table);
        var added = formset && addRow(formset);
        if (added) focusField(fieldAt(added, target));
      }
      return;
    }
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (field.tagName === "SELECT" || field.tagName === "TEXTAREA") return;
      event.preventDefault();
      var down = event.key === "ArrowDown";
      var next = event.ctrlKey ? (down ? rows.length - 1 : 0) : at + (down ? 1 : -1);
      if (next >= 0 && next < rows.length && next !== at) {
        focusField(fieldAt(rows[next], column));
      } else if (!event.ctrlKey) {
        /* Past the last row: on into the next table of the page (the income lines continue
           into the cost lines), in the column of the same field. */
        var other = neighbourGrid(table, down);
        var otherRows = other ? rowsOf(other) : [];
        if (otherRows.length) {
          focusField(sameField(otherRows[down ? 0 : otherRows.length - 1], field, column));
        }
      }
      return;
    }
    if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      if (field.tagName === "SELECT" || event.shiftKey) return;
      var forward = event.key === "ArrowRight";
      if (!atEdge(field, forward)) return;
      var cells = Array.prototype.slice.call(row.querySelectorAll(CELL)).filter(function (el) {
        return !el.disabled;
      });
      var i = cells.indexOf(field) + (forward ? 1 : -1);
      if (i >= 0 && i < cells.length) {
        event.preventDefault();
        focusField(cells[i]);
      }
    }
  }

  /* --- 3. Paste ------------------------------------------------------------------------------ */

  function parseBlock(text) {
    var lines = text.replace(/\r\n?/g, "\n").split("\n");
    while (lines.length && lines[lines.length - 1] === "") lines.pop();
    return lines.map(function (line) { return line.split("\t"); });
  }

  function setValue(field, value) {
    var text = value.trim();
    if (field.tagName === "SELECT") {
      var wanted = text.toLowerCase();
      for (var i = 0; i < field.options.length; i++) {
        var option = field.options[i];
        if (option.text.trim().toLowerCase() === wanted || option.value === text) {
          field.value = option.value;
          break;
        }
      }
    } else if (field.classList.contains("amount") && window.finsamEntry) {
      var formatted = window.finsamEntry.formatAmount(text.replace(/^\((.*)\)$/, "-$1"));
      field.value = formatted !== null ? formatted : text;
    } else {
      field.value = text;
    }
    field.dispatchEvent(new Event("input", { bubbles: true }));
    field.dispatchEvent(new Event("change", { bubbles: true }));
    checkField(field);
  }

  function onPaste(event) {
    var field = event.target;
    if (!field.matches || !field.matches(CELL)) return;
    var table = field.closest(GRID);
    var data = event.clipboardData && event.clipboardData.getData("text/plain");
    if (!table || !data || !/[\t\n]/.test(data.replace(/\n$/, ""))) return; /* one value: normal */
    event.preventDefault();
    var block = parseBlock(data);
    var formset = formsetOf(table);
    var rows = rowsOf(table);
    var start = rows.indexOf(field.closest("tr"));
    var startCells = Array.prototype.slice.call(field.closest("tr").querySelectorAll(CELL));
    var offset = startCells.indexOf(field);
    var filled = 0;
    block.forEach(function (values, r) {
      var row = rows[start + r];
      if (!row && formset) {
        row = addRow(formset);
        rows = rowsOf(table);
      }
      if (!row) return;
      var cells = Array.prototype.slice.call(row.querySelectorAll(CELL));
      values.forEach(function (value, c) {
        var target = cells[offset + c];
        if (target) {
          setValue(target, value);
          filled += 1;
        }
      });
    });
    announce(table, filled + " celler har fyllts i från urklipp.");
  }

  /* --- 4. Errors at the field ---------------------------------------------------------------- */

  /* The server's messages, word for word (finsam/money.py). */
  var M = {
    chars: "Beloppet får bara innehålla siffror, mellanslag, decimalkomma och ett inledande minustecken.",
    dot: "Använd mellanslag som tusentalsavgränsare och komma som decimaltecken, t.ex. 1 234 567,50.",
    commas: "Beloppet får bara innehålla ett decimalkomma.",
    comma: "Skriv siffror både före och efter decimalkommat, t.ex. 0,50.",
    grouping: "Siffrorna ska grupperas tre och tre med mellanslag, t.ex. 1 234 567.",
    sign: "Minustecknet ska stå först i beloppet, t.ex. −480 307.",
    decimals: "Beloppet får ha högst 2 decimaler.",
    large: "Beloppet är för stort. Det får ha högst 13 siffror före decimalkommat."
  };
  var SEP = /[ \u00a0\u2009\u202f]/;

  function amountError(text) {
    var s = text.trim();
    if (s === "") return null;
    if (/[^0-9 \u00a0\u2009\u202f,.+\-\u2212\u2013]/.test(s)) return M.chars;
    if (s.indexOf(".") >= 0) return M.dot;
    var body = s.replace(/^[+\-\u2212\u2013][ \u00a0\u2009\u202f]*/, "");
    if (/[+\-\u2212\u2013]/.test(body)) return M.sign;
    if ((body.match(/,/g) || []).length > 1) return M.commas;
    var parts = body.split(",");
    if (parts.length === 2 && (parts[0].trim() === "" || parts[1] === "")) return M.comma;
    var groups = parts[0].split(SEP);
    if (groups.length > 1 && (groups[0].length < 1 || groups[0].length > 3 ||
        groups.slice(1).some(function (g) { return g.length !== 3; }))) return M.grouping;
    if (parts.length === 2 && parts[1].length > 2) return M.decimals;
    if (groups.join("").replace(/^0+/, "").length > 13) return M.large;
    return null;
  }

  function checkField(field) {
    if (!(field instanceof HTMLInputElement) || !field.classList.contains("amount")) return;
    var cell = cellOf(field) || field.parentElement;
    var id = (field.id || field.name) + "_check";
    var shown = document.getElementById(id);
    var message = amountError(field.value);
    if (message) {
      if (!shown) {
        shown = document.createElement("p");
        shown.className = "error field-check";
        shown.id = id;
        field.insertAdjacentElement("afterend", shown);
      }
      shown.textContent = message;
      field.setAttribute("aria-invalid", "true");
      field.setAttribute("aria-describedby", id);
      cell.classList.add("has-error");
    } else if (shown) {
      shown.remove();
      field.removeAttribute("aria-invalid");
      field.removeAttribute("aria-describedby");
      cell.classList.remove("has-error");
    }
  }

  /* A field left by pressing a mouse button or a finger on something else (the "Spara" button)
     is checked only once that press has ended: a message inserted between mousedown and mouseup
     moves the button away from under the pointer, and the browser then fires no click at all,
     so the form would not be sent and the server's own message never shown. */
  var pressing = false;
  var pending = [];

  function onPointerDown() {
    pressing = true;
  }

  function onPointerUp() {
    if (!pressing) return;
    pressing = false;
    /* After the click that this press makes (it is dispatched right after pointerup). */
    setTimeout(function () {
      var fields = pending;
      pending = [];
      fields.forEach(checkField);
    }, 0);
  }

  /* "Hoppa till siffrorna" (a skip link of the entry pages): straight into the first figure.
     A page of figure tables only starts in the first editable amount (Utfall) of the first
     table, any other page in its form's first field. Without script the link goes to the form. */
  function onSkipToFigures(event) {
    var link = event.target.closest && event.target.closest("a[data-sheet-start]");
    if (!link) return;
    var form = document.querySelector(link.getAttribute("href"));
    if (!form) return;
    var fields = Array.prototype.filter.call(form.querySelectorAll(CELL), function (el) {
      return !el.disabled && el.tabIndex >= 0 && el.getClientRects().length > 0;
    });
    var outside = fields.filter(function (el) { return !el.closest(GRID); });
    var target = outside[0] || fields.filter(function (el) {
      return /-amount$/.test(el.name || "");
    })[0] || fields[0];
    if (!target) return;
    event.preventDefault();
    focusField(target);
  }

  function onFocusOut(event) {
    if (pressing) {
      if (pending.indexOf(event.target) < 0) pending.push(event.target);
      return;
    }
    checkField(event.target);
  }

  function init() {
    setUpFormsets();
  }

  document.addEventListener("keydown", onKeyDown);
  document.addEventListener("paste", onPaste);
  document.addEventListener("click", onSkipToFigures);
  document.addEventListener("focusout", onFocusOut);
  document.addEventListener("pointerdown", onPointerDown, true);
  document.addEventListener("pointerup", onPointerUp, true);
  document.addEventListener("pointercancel", onPointerUp, true);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }

  window.finsamSheet = { amountError: amountError, parseBlock: parseBlock };
})();
