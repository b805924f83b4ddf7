"""Accessibility checks with axe-core (WCAG 2.1 A and AA) in a Playwright page.

axe-core comes from npm: ``cd tests/e2e && npm install`` (scripts/test.sh does it). The script is
injected into the page; the app's Content-Security-Policy forbids injected scripts, so the
browser context of an axe test is created with ``bypass_csp=True`` (``axe_context``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page

AXE_JS = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")

RUN_AXE = """async (tags) => {
  const result = await axe.run(document, {
    runOnly: {type: "tag", values: tags},
    resultTypes: ["violations"],
    reporter: "no-passes",
    iframes: false,
  });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({
      target: n.target.join(" "), html: n.html, summary: n.failureSummary,
    })),
  }));
}"""


def require_axe() -> Path:
    """The axe-core script; a failure in CI, a skip locally, when npm install has not run."""
    if not AXE_JS.exists():
        reason = f"axe-core is not installed ({AXE_JS}): cd tests/e2e && npm install"
        if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    return AXE_JS


def axe_context(browser: Browser) -> BrowserContext:
    """A browser context in which axe can be injected despite the CSP."""
    context = browser.new_context(
        locale="sv-SE", viewport={"width": 1280, "height": 900}, bypass_csp=True
    )
    context.set_default_timeout(10_000)
    return context


def violations(page: Page, tags: tuple[str, ...] = WCAG_TAGS) -> list[dict]:
    """axe's violations on the page as it is now."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(require_axe()))
    return page.evaluate(RUN_AXE, list(tags))


def describe(where: str, found: list[dict], max_nodes: int = 3) -> str:
    """A readable report of the violations of one page."""
    lines = [f"{where}: {len(found)} axe violation(s)"]
    for v in found:
        lines.append(f"  [{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"][:max_nodes]:
            lines.append(f"      at {node['target']}: {node['html'][:160]}")
            summary = " ".join(node["summary"].split())
            lines.append(f"      {summary[:300]}")
        if len(v["nodes"]) > max_nodes:
            lines.append(f"      … and {len(v['nodes']) - max_nodes} more")
    return "\n".join(lines)
