"""Linking a login to a board member outside the demo (reports.signing_accounts): the sekreterare
links a styrelse login of the förbund, or a styrelse user links themselves with their password;
the refusals are Swedish and name the field; removal asks first; both are in the Historik; a
login linked this way signs the approved version."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from finsam.history import history_entries
from finsam.models import BoardMember, Membership, Role
from reports import signing, signing_accounts
from reports.models import SigningAccount
from tests.approvals import approve, demo_user
from tests.reports.test_signature_fields_and_data import finnveden_2020

pytestmark = pytest.mark.django_db

PASSWORD = "Ett eget lösen 42"
KIND = "Inloggning för signering"


def client_of(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def new_user(forbund, role: str, first="Klas", last="Rydell", username="klas.rydell@varnamo.se"):
    """A login as an invited board member has it: own password, a role in the förbund."""
    user = get_user_model().objects.create_user(
        username=username, email=username, first_name=first, last_name=last, password=PASSWORD
    )
    Membership.objects.create(user=user, forbund=forbund, role=role)
    return user


def member(forbund, name: str) -> BoardMember:
    return BoardMember.objects.filter(forbund=forbund, name=name).order_by("-start_date").first()


@pytest.fixture
def finnveden(demo_data):
    """Finnveden without the demo's link for Klas Rydell (the demo links every ordinary member;
    in production nobody is linked until the sekreterare or the member does it)."""
    forbund = demo_data["finnveden"]
    SigningAccount.objects.filter(
        board_member__forbund=forbund, board_member__name="Klas Rydell"
    ).delete()
    return forbund


def test_the_sekreterare_links_a_styrelse_login_which_then_signs(finnveden, demo_data):
    version = approve(finnveden_2020(demo_data))
    sekreterare = demo_user(version.document, "sekreterare")
    klas = new_user(finnveden, Role.STYRELSE)
    assert signing.signatory_for(klas, version) is None
    # The signing page says who cannot sign yet: of the six, only Klas Rydell has no login.
    page = client_of(sekreterare).get(f"/f/finnveden/dokument/{version.document.pk}/signering/")
    text = page.content.decode()
    assert "1 av dem som ska signera har ingen inloggning kopplad" in text
    assert text.count("(ingen inloggning kopplad)") == 1

    account = signing_accounts.link_by_sekreterare(
        actor=sekreterare,
        forbund=finnveden,
        board_member=member(finnveden, "Klas Rydell"),
        user=klas,
    )
    assert (account.board_member.name, account.user) == ("Klas Rydell", klas)
    assert signing.signatory_for(klas, version).name == "Klas Rydell"

    outcome = signing.sign_version(version=version, user=klas, password=PASSWORD)
    # Six ordinary members sign Finnveden 2020 (seed, "8. Styrelsens underskrift"): 1 of 6.
    assert outcome.progress.label == "1 av 6 har signerat"
    assert (outcome.signature.name, outcome.signature.role) == ("Klas Rydell", "Ledamot")

    # Removing the link keeps the signature made; the login no longer signs.
    signing_accounts.unlink(actor=sekreterare, account=account)
    assert signing.signatory_for(klas, version) is None
    assert version.signatures.get().user == klas


def test_refusals_name_the_field_in_swedish(finnveden, demo_data):
    sekreterare = get_user_model().objects.get(username="finnveden-sekreterare")
    klas_member = member(finnveden, "Klas Rydell")

    def refusal(**kwargs) -> dict:
        with pytest.raises(ValidationError) as caught:
            signing_accounts.link_by_sekreterare(actor=sekreterare, forbund=finnveden, **kwargs)
        return caught.value.message_dict

    revisor = new_user(finnveden, Role.REVISOR, username="revisor@example.se")
    assert refusal(board_member=klas_member, user=revisor) == {
        "user": [
            "Klas Rydell (revisor@example.se) har inte rollen styrelse i "
            f"{finnveden.name} och kan därför inte signera. Ge inloggningen rollen styrelse "
            "under Användare först."
        ]
    }
    klas = new_user(finnveden, Role.STYRELSE)
    # Kari Parman signs with the demo's login already.
    taken = refusal(board_member=member(finnveden, "Kari Parman"), user=klas)
    assert taken["board_member"][0].startswith(
        "Kari Parman är redan kopplad till inloggningen Kari Parman (finnveden-kari-parman)."
    )
    # A login signs for one person: Inga-Maj Eleholt's login cannot also sign as Klas Rydell.
    inga = get_user_model().objects.get(username="finnveden-inga-maj-eleholt")
    assert refusal(board_member=klas_member, user=inga)["user"][0].startswith(
        "Inloggningen Inga-Maj Eleholt (finnveden-inga-maj-eleholt) signerar redan som "
        "Inga-Maj Eleholt."
    )
    # A board member of another förbund, under Finnveden's URL and sekreterare.
    other = BoardMember.objects.filter(forbund=demo_data["sodra-vatterbygden"]).first()
    assert refusal(board_member=other, user=klas) == {
        "board_member": [f"Ledamoten finns inte i {finnveden.name}."]
    }
    # Neither a styrelse user nor the sekreterare of another förbund links someone else.
    for actor in (klas, get_user_model().objects.get(username="sodra-vatterbygden-sekreterare")):
        with pytest.raises(PermissionDenied):
            signing_accounts.link_by_sekreterare(
                actor=actor, forbund=finnveden, board_member=klas_member, user=klas
            )
    assert not SigningAccount.objects.filter(board_member=klas_member).exists()


def test_a_person_in_two_terms_signs_with_one_login(finnveden):
    """The same name in a later term is the same person: one login may sign for both records."""
    sekreterare = get_user_model().objects.get(username="finnveden-sekreterare")
    first = member(finnveden, "Klas Rydell")
    later = BoardMember.objects.create(
        forbund=finnveden,
        name="Klas Rydell",
        role=first.role,
        appointed_by=first.appointed_by,
        start_date=first.start_date.replace(year=first.start_date.year + 10),
    )
    klas = new_user(finnveden, Role.STYRELSE)
    for record in (first, later):
        signing_accounts.link_by_sekreterare(
            actor=sekreterare, forbund=finnveden, board_member=record, user=klas
        )
    assert SigningAccount.objects.filter(user=klas).count() == 2


def test_a_styrelse_user_links_themselves_with_their_password(finnveden, demo_data):
    version = approve(finnveden_2020(demo_data))
    klas = new_user(finnveden, Role.STYRELSE)
    klas_member = member(finnveden, "Klas Rydell")

    with pytest.raises(ValidationError) as wrong:
        signing_accounts.link_self(
            user=klas, forbund=finnveden, board_member=klas_member, password="fel"
        )
    assert wrong.value.message_dict == {
        "password": [
            "Lösenordet stämmer inte. Ange ditt lösenord för att koppla dig till ledamoten."
        ]
    }
    # Another person's record (the name differs from the login's) is refused.
    ersattare = BoardMember.objects.filter(forbund=finnveden, role="ersattare").first()
    with pytest.raises(ValidationError) as not_me:
        signing_accounts.link_self(
            user=klas, forbund=finnveden, board_member=ersattare, password=PASSWORD
        )
    assert not_me.value.message_dict["board_member"][0].startswith(
        f"Ditt namn i Finsam Rapport (Klas Rydell) är inte ledamotens ({ersattare.name})."
    )
    # A revisor links nobody, not even with the password.
    revisor = new_user(finnveden, Role.REVISOR, username="rev@example.se")
    with pytest.raises(PermissionDenied):
        signing_accounts.link_self(
            user=revisor, forbund=finnveden, board_member=klas_member, password=PASSWORD
        )

    account = signing_accounts.link_self(
        user=klas, forbund=finnveden, board_member=klas_member, password=PASSWORD
    )
    assert signing.signatory_for(klas, version).name == "Klas Rydell"
    # Only the sekreterare or the member themselves remove it.
    kari = get_user_model().objects.get(username="finnveden-kari-parman")
    with pytest.raises(PermissionDenied, match="Bara förbundssekreteraren eller ledamoten"):
        signing_accounts.unlink(actor=kari, account=account)
    signing_accounts.unlink(actor=klas, account=account)
    assert not SigningAccount.objects.filter(user=klas).exists()


def test_links_and_removals_are_in_the_historik(finnveden):
    sekreterare = get_user_model().objects.get(username="finnveden-sekreterare")
    klas = new_user(finnveden, Role.STYRELSE)
    account = signing_accounts.link_by_sekreterare(
        actor=sekreterare,
        forbund=finnveden,
        board_member=member(finnveden, "Klas Rydell"),
        user=klas,
    )
    signing_accounts.unlink(actor=klas, account=account)
    removed, linked = history_entries(finnveden, kinds=[KIND])[:2]
    subject = "Klas Rydell (Ledamot) signerar med inloggningen klas.rydell@varnamo.se"
    assert (linked.action, linked.subject, linked.role) == (
        "Skapad",
        subject,
        "Förbundssekreterare",
    )
    assert linked.who == (sekreterare.get_full_name() or sekreterare.get_username())
    assert (removed.action, removed.subject, removed.who) == ("Borttagen", subject, "Klas Rydell")


def test_the_page_links_confirms_removal_and_shows_errors(finnveden):
    klas = new_user(finnveden, Role.STYRELSE)
    klas_member = member(finnveden, "Klas Rydell")
    page_url = "/f/finnveden/signering/inloggningar/"
    sekreterare = client_of(get_user_model().objects.get(username="finnveden-sekreterare"))

    page = sekreterare.get(page_url)
    text = page.content.decode()
    assert page.status_code == 200
    assert "Inloggningar för signering" in text and "Koppla en inloggning till en ledamot" in text
    assert 'data-member="Kari Parman"' in text and "finnveden-kari-parman" in text

    # Nothing chosen: both fields say what is missing, nothing is saved.
    empty = sekreterare.post(page_url, {})
    assert empty.status_code == 400
    assert "Välj den ledamot som ska signera." in empty.content.decode()
    assert "Välj den inloggning ledamoten signerar med." in empty.content.decode()

    done = sekreterare.post(
        page_url, {"koppla-board_member": klas_member.pk, "koppla-user": klas.pk}, follow=True
    )
    assert "Klas Rydell signerar nu med inloggningen Klas Rydell (klas.rydell@varnamo.se)." in (
        done.content.decode()
    )
    account = SigningAccount.objects.get(board_member=klas_member)

    # Removal: GET asks (and changes nothing), POST removes.
    remove_url = f"{page_url}{account.pk}/ta-bort/"
    confirm = sekreterare.get(remove_url)
    assert "Ta bort kopplingen för Klas Rydell?" in confirm.content.decode()
    assert SigningAccount.objects.filter(pk=account.pk).exists()
    # A revisor reads the page but a POST removes nothing.
    revisor = client_of(get_user_model().objects.get(username="finnveden-revisor"))
    assert revisor.get(page_url).status_code == 200
    assert revisor.post(remove_url).status_code == 302
    assert SigningAccount.objects.filter(pk=account.pk).exists()
    gone = sekreterare.post(remove_url, follow=True)
    assert "Kopplingen är borttagen: Klas Rydell signerar inte längre" in gone.content.decode()
    assert not SigningAccount.objects.filter(pk=account.pk).exists()

    # The member links themselves on the same page, with the password.
    own = client_of(klas)
    assert "Koppla din inloggning" in own.get(page_url).content.decode()
    wrong = own.post(f"{page_url}min/", {"jag-board_member": klas_member.pk, "jag-password": "fel"})
    assert wrong.status_code == 400 and "Lösenordet stämmer inte." in wrong.content.decode()
    linked = own.post(
        f"{page_url}min/",
        {"jag-board_member": klas_member.pk, "jag-password": PASSWORD},
        follow=True,
    )
    assert "Du signerar som <strong>Klas Rydell</strong>" in linked.content.decode()
