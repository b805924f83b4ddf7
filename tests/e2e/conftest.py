"""Fixtures for end-to-end tests: Playwright (sync API) driving Debian's Chromium.

Playwright cannot download its own browsers here, so we launch the system
``chromium`` (``apt-get install chromium``; ``scripts/test.sh`` does that).

Use together with pytest-django's ``live_server``::

    def test_login_page(live_server, page, screenshot_dir):
        page.goto(live_server.url + "/")
        page.screenshot(path=screenshot_dir / "login.png")

If Chromium is missing, e2e tests fail when ``CI`` is set (so a CI run can
never pass silently without them) and are skipped otherwise.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import threading
import time
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import pytest

# pytest-django's live_server + Playwright's sync API (which runs an event loop
# in the main thread) trip Django's "async unsafe" check on every ORM call made
# by the test itself. The tests are synchronous, so this is safe to turn off.
# (Django reads this variable at call time, so setting it here is early enough.)
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Playwright

E2E_DIR = Path(__file__).resolve().parent

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
DEFAULT_TIMEOUT_MS = 10_000


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _unavailable(reason: str) -> NoReturn:
    """Fail in CI, skip locally."""
    if _in_ci():
        pytest.fail(f"{reason} (CI is set, so this is a failure, not a skip)", pytrace=False)
    pytest.skip(reason)


def _chromium_executable() -> str | None:
    found = shutil.which("chromium")
    if found:
        return found
    if os.path.exists("/usr/bin/chromium"):
        return "/usr/bin/chromium"
    return None


# --------------------------------------------------------------------------
# Requests the live server is still handling
# --------------------------------------------------------------------------
# Closing the browser does not stop a request the live server is handling (an htmx summary sent
# on the last "change", a PDF being rendered). If the test's database flush then runs, its
# TRUNCATE and that request's transaction can deadlock, and the flush fails ("Database ...
# couldn't be flushed") although the test passed. So the page fixture waits for them.
_in_flight = 0
_in_flight_lock = threading.Lock()


def _request_started(**kwargs) -> None:
    global _in_flight
    with _in_flight_lock:
        _in_flight += 1


def _request_finished(**kwargs) -> None:
    global _in_flight
    with _in_flight_lock:
        _in_flight = max(0, _in_flight - 1)


def _connect_request_signals() -> None:
    from django.core.signals import request_finished, request_started

    request_started.connect(_request_started, dispatch_uid="e2e-in-flight-started")
    request_finished.connect(_request_finished, dispatch_uid="e2e-in-flight-finished")


def _wait_for_server_requests(timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while _in_flight > 0 and time.monotonic() < deadline:
        time.sleep(0.05)


# --------------------------------------------------------------------------
# Hooks
# --------------------------------------------------------------------------
def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "e2e: end-to-end browser test (Playwright + Chromium)")
    _connect_request_signals()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # This hook sees every collected item, not only those in tests/e2e.
    for item in items:
        if Path(item.path).resolve().is_relative_to(E2E_DIR):
            item.add_marker(pytest.mark.e2e)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    # Keep each phase's report on the item so `page` can screenshot failures.
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


# --------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------
@pytest.fixture(scope="session")
def screenshot_dir(pytestconfig: pytest.Config) -> Path:
    """``<repo>/test-output/screenshots``, created (git-ignored)."""
    path = Path(pytestconfig.rootpath) / "test-output" / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def chromium_executable() -> str:
    exe = _chromium_executable()
    if exe is None:
        _unavailable(
            "Chromium is not installed (apt-get install chromium; scripts/test.sh does this)"
        )
    return exe


@pytest.fixture(scope="session")
def playwright_instance() -> Iterator[Playwright]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the 'playwright' Python package is not installed (pip install -e '.[dev]')")
    pw = sync_playwright().start()
    try:
        yield pw
    finally:
        pw.stop()


@pytest.fixture(scope="session")
def browser(playwright_instance: Playwright, chromium_executable: str) -> Iterator[Browser]:
    browser = playwright_instance.chromium.launch(
        executable_path=chromium_executable,
        headless=True,
        args=CHROMIUM_ARGS,
    )
    try:
        yield browser
    finally:
        browser.close()


@pytest.fixture(autouse=True)
def _server_requests_end_before_teardown(live_server) -> Iterator[None]:
    """Wait for the live server's requests still running (an approval that renders its PDF, a
    test that failed while its request ran on) before the database is flushed: a request that
    outlives its test fails on the blocked database and can take the test worker down with it."""
    yield
    _wait_for_server_requests()


@pytest.fixture
def page(browser: Browser, request: pytest.FixtureRequest, screenshot_dir: Path) -> Iterator[Page]:
    context = browser.new_context(locale="sv-SE", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    page = context.new_page()
    try:
        yield page
    finally:
        rep = getattr(request.node, "rep_call", None)
        if rep is not None and rep.failed:
            name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid)[-150:]
            with contextlib.suppress(Exception):  # best effort only
                page.screenshot(path=screenshot_dir / f"FAILED-{name}.png", full_page=True)
        context.close()
        _wait_for_server_requests()
