"""Signing in the app, in the browser (issue 17): the sekreterare links a new board member's login
to their board-member record on "Inloggningar för signering"; the member logs in, opens the
approved Årsredovisning's "Signering och bilagor", re-enters the password (a wrong one is refused
next to the field) and signs, seeing "1 av 6 har signerat"; when the last signatory signs in the
browser the page shows "6 av 6 har signerat" and the sealed version to download."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from finsam.models import BoardMember, Membership, Role
from reports import signing
from reports.models import ReportDocument, ReportKind, SigningAccount
from tests import demo_snapshot
from tests.approvals import approve
from workspace import demo

KLAS_PASSWORD = "Klas eget lösen 7"


def log_in(page, base: str, username: str, password: str) -> None:
    page.goto(base + "/logga-in/")
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(password)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(re.compile(r".*/f/finnveden/$"))


def log_out(page) -> None:
    page.get_by_role("button", name="Logga ut").click()
    page.wait_for_url(re.compile(r".*/logga-in/.*"))


@pytest.mark.django_db(transaction=True)
def test_a_linked_board_member_signs_and_sees_the_progress(
    live_server, page, screenshot_dir, monkeypatch, tmp_path
):
    from tests.reports.signing_helpers import install_seal

    demo_snapshot.load()
    install_seal(monkeypatch, tmp_path)  # the live server runs in this process: same env
    document = ReportDocument.objects.get(
        fiscal_year__forbund__slug="finnveden",
        fiscal_year__year=2020,
        period__kind=ReportKind.ARSREDOVISNING,
    )
    version = approve(document)
    forbund = document.fiscal_year.forbund
    # Production: Klas Rydell has his own login, invited as styrelse, not yet linked.
    SigningAccount.objects.filter(
        board_member__forbund=forbund, board_member__name="Klas Rydell"
    ).delete()
    klas = get_user_model().objects.create_user(
        username="klas.rydell@example.se",
        email="klas.rydell@example.se",
        first_name="Klas",
        last_name="Rydell",
        password=KLAS_PASSWORD,
    )
    Membership.objects.create(user=klas, forbund=forbund, role=Role.STYRELSE)
    base = live_server.url

    # 1. The sekreterare links the login: Styrelse → Inloggningar för signering.
    log_in(page, base, "finnveden-sekreterare", demo.DEMO_PASSWORD)
    page.get_by_role("link", name="Styrelse", exact=True).click()
    page.get_by_role("link", name="Inloggningar för signering").click()
    row = page.locator('tr[data-member="Klas Rydell"]')
    assert "Ingen" in row.inner_text()
    klas_member = BoardMember.objects.filter(forbund=forbund, name="Klas Rydell").latest(
        "start_date"
    )
    page.get_by_label("Styrelseledamot").select_option(value=str(klas_member.pk))
    page.locator("#id_koppla-user").select_option(label="Klas Rydell (klas.rydell@example.se)")
    page.get_by_role("button", name="Koppla", exact=True).click()
    assert page.get_by_text(
        "Klas Rydell signerar nu med inloggningen Klas Rydell (klas.rydell@example.se)."
    ).is_visible()
    assert "klas.rydell@example.se" in row.inner_text()
    page.screenshot(path=screenshot_dir / "signing-accounts.png", full_page=True)
    log_out(page)

    # 2. Klas signs the approved version after re-entering his password.
    log_in(page, base, "klas.rydell@example.se", KLAS_PASSWORD)
    page.goto(f"{base}/f/finnveden/dokument/{document.pk}/")
    page.get_by_role("link", name="Signering och bilagor").click()
    assert page.locator(".signing-progress").inner_text() == "0 av 6 har signerat"
    assert "som Klas Rydell (Ledamot)" in page.locator("main").inner_text()
    page.get_by_label("Ditt lösenord").fill("fel")
    page.get_by_role("button", name=f"Signera version {version.number}").click()
    assert page.get_by_text("Lösenordet stämmer inte.").first.is_visible()
    assert version.signatures.count() == 0
    page.get_by_label("Ditt lösenord").fill(KLAS_PASSWORD)
    page.get_by_role("button", name=f"Signera version {version.number}").click()
    page.wait_for_url(re.compile(rf".*/dokument/{document.pk}/signering/$"))
    # Six ordinary members sign Finnveden 2020 (seed, "8. Styrelsens underskrift"): 1 of 6.
    assert page.locator(".signing-progress").inner_text() == "1 av 6 har signerat"
    klas_row = page.locator('tr[data-signatory="Klas Rydell"]')
    assert "Inloggad i Finsam Rapport" in klas_row.inner_text()
    assert "Du signerade" in page.locator("main").inner_text()
    page.screenshot(path=screenshot_dir / "signing-1-of-6.png", full_page=True)
    log_out(page)

    # 3. Four more sign (the demo's linked logins), the sixth in the browser: sealed.
    for name in ("Kari Parman", "Tommy Sjögren", "Håkan Johansson", "Arnold Carlzon"):
        user = SigningAccount.objects.get(
            board_member__forbund=forbund, board_member__name=name
        ).user
        signing.sign_version(version=version, user=user, password=demo.DEMO_PASSWORD)
    log_in(page, base, "finnveden-inga-maj-eleholt", demo.DEMO_PASSWORD)
    page.goto(f"{base}/f/finnveden/dokument/{document.pk}/signering/")
    assert page.locator(".signing-progress").inner_text() == "5 av 6 har signerat"
    page.get_by_label("Ditt lösenord").fill(demo.DEMO_PASSWORD)
    # The page is already at .../signering/, so waiting for that URL would return at once: wait
    # for the redirected page's progress instead (sealing takes seconds on a busy machine).
    page.get_by_role("button", name=f"Signera version {version.number}").click(no_wait_after=True)
    expect(page.locator(".signing-progress")).to_have_text("6 av 6 har signerat", timeout=90_000)
    download = page.get_by_role("link", name="Ladda ner den signerade versionen (PDF)")
    assert download.is_visible()
    page.screenshot(path=screenshot_dir / "signing-sealed.png", full_page=True)
    sealed = version.signed_copies.get(source="app")
    assert page.locator("code.sha256", has_text=sealed.sha256).first.is_visible()
