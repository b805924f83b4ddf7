"""Users of a förbund: the sekreterare invites a person with a role and removes them again.

An invitation creates the account (or reuses an existing one, matched by e-mail address), gives it
the role in the sekreterare's own förbund, and e-mails a link to choose a password through Django's
own password reset views (``/konto/aterstall/…``; the console e-mail backend in the demo). Nobody
can grant a role in a förbund they do not belong to: the views are scoped to the URL's förbund and
require the sekreterare's capability, and the service checks it again.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from finsam.models import Forbund, Membership, Role
from finsam.permissions import Capability, capabilities_of

ONLY_SEKRETERARE = "Bara förbundssekreteraren kan bjuda in och ta bort användare."
ALREADY_MEMBER = "{email} har redan en roll i förbundet ({role})."
LAST_SEKRETERARE = "Förbundet måste ha minst en förbundssekreterare; den sista kan inte tas bort."
NOT_YOURSELF = "Du kan inte ta bort din egen behörighet."


def _require_sekreterare(user, forbund: Forbund) -> None:
    if Capability.EDIT not in capabilities_of(user, forbund):
        raise PermissionDenied(ONLY_SEKRETERARE)


@transaction.atomic
def user_invite(
    *, inviter, forbund: Forbund, email: str, role: str, first_name="", last_name="", request=None
) -> Membership:
    _require_sekreterare(inviter, forbund)
    if role not in Role.values:
        raise ValidationError({"role": "Välj en roll."})
    email = get_user_model().objects.normalize_email(email.strip()).lower()
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).order_by("pk").first()
    if user is None:
        user = User(username=email, email=email, first_name=first_name, last_name=last_name)
        user.set_unusable_password()
        user.full_clean(exclude=["password"])
        user.save()
    existing = Membership.objects.filter(user=user, forbund=forbund).first()
    if existing is not None:
        raise ValidationError(
            {"email": ALREADY_MEMBER.format(email=email, role=existing.get_role_display())}
        )
    membership = Membership.objects.create(user=user, forbund=forbund, role=role)
    send_invitation(user, forbund, request=request)
    return membership


def send_invitation(user, forbund: Forbund, *, request=None) -> None:
    """The e-mail with a one-time link to choose a password (Django's reset token)."""
    form = PasswordResetForm({"email": user.email})
    form.is_valid()
    context = {"forbund": forbund, "invited": True}
    options = {
        "subject_template_name": "registration/invitation_subject.txt",
        "email_template_name": "registration/invitation_email.txt",
        "extra_email_context": context,
        "request": request,
        "use_https": bool(request and request.is_secure()),
    }
    if request is None:
        options["domain_override"] = "localhost"
    # An invited user has no usable password yet, so the form's own user lookup skips them.
    form.get_users = lambda email: [user]
    form.save(**options)


@transaction.atomic
def membership_remove(*, remover, membership: Membership) -> None:
    forbund = membership.forbund
    _require_sekreterare(remover, forbund)
    if membership.user_id == remover.pk:
        raise ValidationError(NOT_YOURSELF)
    if (
        membership.role == Role.SEKRETERARE
        and Membership.objects.filter(forbund=forbund, role=Role.SEKRETERARE).count() <= 1
    ):
        raise ValidationError(LAST_SEKRETERARE)
    membership.delete()
