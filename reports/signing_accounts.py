"""Which login signs as which board member (``SigningAccount``), outside the demo.

A board member signs an approved document in the app with their own login. The link between the
two is made in one of two ways:

- the förbundssekreterare links a login that holds the styrelse role in the förbund to a board
  member of that förbund (``link_by_sekreterare``);
- a styrelse user links themselves to their own board-member record, confirming with their
  password (``link_self``).

A board member has at most one login (a database constraint). A login may sign for several
records of the förbund's register only when they carry the same name (the same person in
successive terms), never for two people. Removing a link (the sekreterare any, a styrelse user
their own) leaves every signature already made unchanged. Every link and removal is recorded,
with who did it, in the förbund's Historik (``SigningAccount.history``).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from finsam.models import BoardMember, Forbund, Membership, Role
from finsam.permissions import Capability, capabilities_of
from reports.models import SigningAccount

ONLY_SEKRETERARE = (
    "Bara förbundssekreteraren kan koppla en annan persons inloggning till en ledamot."
)
ONLY_STYRELSE = "Bara styrelsens ledamöter kan koppla sin inloggning till en ledamot."
NOT_STYRELSE = (
    "{user} har inte rollen styrelse i {forbund} och kan därför inte signera. Ge inloggningen "
    "rollen styrelse under Användare först."
)
OTHER_FORBUND = "Ledamoten finns inte i {forbund}."
MEMBER_TAKEN = (
    "{member} är redan kopplad till inloggningen {user}. Ta bort den kopplingen först om en "
    "annan inloggning ska signera."
)
USER_TAKEN = (
    "Inloggningen {user} signerar redan som {other}. En inloggning signerar för en person; "
    "ta bort den kopplingen först."
)
ALREADY_LINKED = "{member} är redan kopplad till inloggningen {user}."
WRONG_PASSWORD = "Lösenordet stämmer inte. Ange ditt lösenord för att koppla dig till ledamoten."
NOT_YOUR_NAME = (
    "Ditt namn i Finsam Rapport ({user_name}) är inte ledamotens ({member_name}). Välj din egen "
    "ledamot, eller be förbundssekreteraren att koppla din inloggning."
)
NOT_ALLOWED_TO_REMOVE = (
    "Bara förbundssekreteraren eller ledamoten själv kan ta bort kopplingen för {member}."
)


def user_label(user) -> str:
    """ "Inga-Maj Eleholt (inga@example.se)", or the user name alone."""
    name = user.get_full_name().strip()
    username = user.get_username()
    return f"{name} ({username})" if name and name != username else username


# --- Reads --------------------------------------------------------------------------------------


def accounts_of(forbund: Forbund):
    return SigningAccount.objects.filter(board_member__forbund=forbund).select_related(
        "board_member", "user"
    )


def styrelse_users(forbund: Forbund):
    """The logins that hold the styrelse role in the förbund (those who may sign)."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(memberships__forbund=forbund, memberships__role=Role.STYRELSE)
        .order_by("first_name", "last_name", "username")
    )


def account_of_user(user, forbund: Forbund) -> SigningAccount | None:
    """The user's own link in the förbund (the newest record when a person has several)."""
    return accounts_of(forbund).filter(user=user).order_by("-board_member__start_date").first()


# --- Writes -------------------------------------------------------------------------------------


def _is_styrelse(user, forbund: Forbund) -> bool:
    return Membership.objects.filter(user=user, forbund=forbund, role=Role.STYRELSE).exists()


def _check_link(*, forbund: Forbund, member: BoardMember, user) -> None:
    """The rules shared by both ways of linking; raise a ValidationError naming the field."""
    if member.forbund_id != forbund.pk:
        raise ValidationError({"board_member": OTHER_FORBUND.format(forbund=forbund.name)})
    if not _is_styrelse(user, forbund):
        raise ValidationError(
            {"user": NOT_STYRELSE.format(user=user_label(user), forbund=forbund.name)}
        )
    current = SigningAccount.objects.filter(board_member=member).select_related("user").first()
    if current is not None:
        message = ALREADY_LINKED if current.user_id == user.pk else MEMBER_TAKEN
        raise ValidationError(
            {"board_member": message.format(member=member.name, user=user_label(current.user))}
        )
    other = (
        accounts_of(forbund)
        .filter(user=user)
        .exclude(board_member__name__iexact=member.name)
        .first()
    )
    if other is not None:
        raise ValidationError(
            {"user": USER_TAKEN.format(user=user_label(user), other=other.board_member.name)}
        )


def _create(member: BoardMember, user, actor) -> SigningAccount:
    account = SigningAccount(board_member=member, user=user)
    account._history_user = actor
    try:
        with transaction.atomic():
            account.save()
    except IntegrityError:  # linked at the same moment by someone else
        current = SigningAccount.objects.select_related("user").get(board_member=member)
        raise ValidationError(
            {"board_member": MEMBER_TAKEN.format(member=member.name, user=user_label(current.user))}
        ) from None
    return account


@transaction.atomic
def link_by_sekreterare(*, actor, forbund: Forbund, board_member: BoardMember, user):
    """The sekreterare links ``user`` (styrelse in the förbund) to ``board_member``."""
    if Capability.EDIT not in capabilities_of(actor, forbund):
        raise PermissionDenied(ONLY_SEKRETERARE)
    _check_link(forbund=forbund, member=board_member, user=user)
    return _create(board_member, user, actor)


@transaction.atomic
def link_self(*, user, forbund: Forbund, board_member: BoardMember, password: str):
    """A styrelse user links themselves to their own board-member record (password again)."""
    if not _is_styrelse(user, forbund):
        raise PermissionDenied(ONLY_STYRELSE)
    if not password or not user.check_password(password):
        raise ValidationError({"password": WRONG_PASSWORD})
    _check_link(forbund=forbund, member=board_member, user=user)
    user_name = user.get_full_name().strip()
    if user_name and user_name.casefold() != board_member.name.strip().casefold():
        raise ValidationError(
            {
                "board_member": NOT_YOUR_NAME.format(
                    user_name=user_name, member_name=board_member.name
                )
            }
        )
    return _create(board_member, user, user)


@transaction.atomic
def unlink(*, actor, account: SigningAccount) -> None:
    """Remove the link (the sekreterare any in the förbund, a user their own); signatures made
    stay as they are."""
    forbund = account.board_member.forbund
    own = account.user_id == actor.pk and _is_styrelse(actor, forbund)
    if not own and Capability.EDIT not in capabilities_of(actor, forbund):
        raise PermissionDenied(NOT_ALLOWED_TO_REMOVE.format(member=account.board_member.name))
    account._history_user = actor
    account.delete()
