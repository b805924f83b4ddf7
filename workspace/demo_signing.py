"""Demo logins for the signatories: one styrelse login per ordinary board member of each demo
förbund (``<slug>-<name>``, e.g. ``finnveden-inga-maj-eleholt``, the demo password), linked to
the board member through ``SigningAccount`` so that each can sign in the app."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils.text import slugify

from finsam.models import BoardMember, Forbund, Membership, Role
from reports.models import SigningAccount


def signatory_username(person: BoardMember) -> str:
    return f"{person.forbund.slug}-{slugify(person.name)}"[:150]


def load(forbund_by_slug: dict[str, Forbund], password: str) -> None:
    """Idempotent. The password is hashed once for all logins (hashing is slow on purpose)."""
    User = get_user_model()
    hashed = None
    people = BoardMember.objects.filter(forbund__in=forbund_by_slug.values()).select_related(
        "forbund"
    )
    for person in people:
        if not person.is_ordinary:
            continue
        first, _, last = person.name.partition(" ")
        user = User.objects.filter(username=signatory_username(person)).first()
        if user is None:
            hashed = hashed or make_password(password)
            user = User.objects.create(
                username=signatory_username(person),
                first_name=first,
                last_name=last,
                password=hashed,
            )
        Membership.objects.update_or_create(
            user=user, forbund=person.forbund, defaults={"role": Role.STYRELSE}
        )
        SigningAccount.objects.update_or_create(board_member=person, defaults={"user": user})
