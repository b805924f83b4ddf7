"""Every main page, as each role, at 1366×768, 1280×800 and 390×844 (issue 15):

- the page never scrolls sideways (``document.scrollingElement.scrollWidth <= innerWidth``);
- no input's value is wider than its box (text inputs: ``scrollWidth <= clientWidth``; selects:
  the chosen option's text, measured with the select's font, fits inside the box);
- every field, once focused, is visible and not covered by anything (the live summary, a sticky
  table column): the element at the centre of the focused field is the field itself;
- axe-core reports no WCAG 2.1 A/AA violation (at 1366×768 and 390×844).

Screenshots of every page at every size go to test-output/screenshots/layout-<size>-<role>-*.png.
One test per role and size (so that parallel test workers can share them out), each with its own
live server and demo data; all findings of a role and size are collected and reported together.
"""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from reports.models import ReportDocument
from tests import demo_snapshot
from tests.e2e.axe import axe_context, describe, require_axe, violations
from tests.e2e.test_accessibility import ROLES, SLUG, log_in, pages_for

SIZES = ((1366, 768), (1280, 800), (390, 844))

# Per page: the page's horizontal overflow, inputs whose value is cut off, and focusable fields
# that are covered (or off-screen) once focused.
MEASURE = """() => {
  const out = {scrollWidth: document.scrollingElement.scrollWidth, innerWidth: innerWidth,
               clipped: [], covered: [], fields: 0};
  const visible = (el) => { const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && !el.closest('[aria-hidden=true]')
      && el.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true}); };
  const name = (el) => el.name || el.id || el.outerHTML.slice(0, 60);
  const canvas = document.createElement('canvas').getContext('2d');
  /* A field already as wide as the column it stands in (a phone's full width) cannot grow: a
     longer value there is a note (`full`), not a failure; anywhere else it is `clipped`. */
  out.full = [];
  const clip = (el, text) => {
    const parent = el.parentElement.getBoundingClientRect();
    const full = el.closest('.field') && el.getBoundingClientRect().width >= parent.width - 2;
    (full ? out.full : out.clipped).push(name(el) + ' "' + text + '"');
  };
  for (const el of document.querySelectorAll('main input, main select')) {
    if (!visible(el) || ['checkbox', 'radio', 'hidden', 'file'].includes(el.type)) continue;
    if (el.tagName === 'SELECT') {
      const option = el.options[el.selectedIndex];
      if (!option) continue;
      const style = getComputedStyle(el);
      canvas.font = style.font;
      const text = canvas.measureText(option.text).width;
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
        - 16; /* the arrow */
      if (text > room + 1) clip(el, option.text);
    } else if (el.scrollWidth > el.clientWidth + 1) {
      clip(el, el.value);
    }
  }
  const focusable = [...document.querySelectorAll('main input, main select, main textarea')]
    .filter((el) => visible(el) && el.type !== 'hidden' && !el.disabled);
  out.fields = focusable.length;
  for (const el of focusable.slice(0, 80)) {
    el.focus();
    if (document.activeElement !== el) continue;
    const r = el.getBoundingClientRect();
    /* Near the top-left corner: a tall text box (grown to its text) is scrolled to its start. */
    const x = r.left + Math.min(r.width / 2, 12), y = r.top + Math.min(r.height / 2, 12);
    const hit = document.elementFromPoint(x, y);
    const inView = y >= 0 && y <= innerHeight && x >= 0 && x <= innerWidth;
    if (!inView || !(hit === el || el.contains(hit) || (hit && hit.control === el))) {
      const under = hit ? hit.tagName + '.' + hit.className : '?';
      out.covered.push(name(el) + (inView ? ' under ' + under : ' off-screen'));
    }
  }
  if (document.activeElement) document.activeElement.blur();
  return out;
}"""


def _extra_pages(role: str) -> list[tuple[str, str]]:
    f = {"forbund": SLUG}
    document = ReportDocument.objects.filter(fiscal_year__forbund__slug=SLUG).order_by("pk")
    document = document.first()
    pages = [
        ("dokumentlista", reverse("report-document-list", kwargs=f)),
        ("dokument", reverse("report-document-detail", kwargs={**f, "pk": document.pk})),
        (
            "dokumentets historik",
            reverse("report-document-history", kwargs={**f, "pk": document.pk}),
        ),
        ("texter", reverse("report-text-documents", kwargs=f)),
        ("hjälp", reverse("forbund-help", kwargs=f)),
        ("historik 2024 sida 2", reverse("forbund-history", kwargs=f) + "?ar=2024&sida=2"),
    ]
    if role == "sekreterare":
        pages.append(("nytt år", reverse("year-setup", kwargs=f)))
    return pages


def _slug(text: str) -> str:
    return re.sub(
        r"[^a-z0-9]+", "-", text.lower().replace("å", "a").replace("ä", "a").replace("ö", "o")
    )


# axe's findings do not depend on the width between the two wide sizes (same layout, same
# sidebar): it runs at 1366 and on the phone.
AXE_SIZES = ((1366, 768), (390, 844))


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("role", ROLES)
def test_every_page_fits_every_screen(role, size, live_server, browser, screenshot_dir):
    require_axe()
    demo_snapshot.load()
    base = live_server.url
    width, height = size
    failures: list[str] = []
    notes: list[str] = []
    checked = 0
    pages = pages_for(role) + _extra_pages(role)
    context = axe_context(browser)
    context.set_default_timeout(20_000)
    page = context.new_page()
    page.set_viewport_size({"width": width, "height": height})
    try:
        log_in(page, base, f"{SLUG}-{role}")
        for name, path in pages:
            where = f"{role} {width}×{height} {name} {path}"
            response = page.goto(base + path)
            expected = 404 if name == "404" else 200
            if response is None or response.status != expected:
                failures.append(f"{where}: HTTP {response and response.status}")
                continue
            shot = screenshot_dir / f"layout-{width}-{role}-{_slug(name)}.png"
            page.screenshot(path=shot)
            found = page.evaluate(MEASURE)
            checked += 1
            if found["scrollWidth"] > found["innerWidth"]:
                failures.append(f"{where}: scrolls sideways ({found['scrollWidth']} > {width})")
            if found["full"]:
                notes.append(f"{where}: full width, value longer: {found['full'][:3]}")
            if found["clipped"]:
                failures.append(f"{where}: values cut off: {found['clipped'][:5]}")
            if found["covered"]:
                failures.append(f"{where}: focused field covered: {found['covered'][:5]}")
            if size in AXE_SIZES:
                axe_found = violations(page)
                if axe_found:
                    failures.append(describe(where, axe_found))
    finally:
        context.close()
    # 28 pages at least (38 for the sekreterare).
    assert checked >= (38 if role == "sekreterare" else 28)
    print("\n".join(notes))  # shown with pytest -s: long values in full-width fields on a phone
    assert not failures, "\n".join(failures)
