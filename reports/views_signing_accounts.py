"""Inloggningar för signering: which login signs as which board member.

One page lists the förbund's board members with the login each signs with. The sekreterare links
a styrelse login to a board member there (and removes a link after a confirmation); a styrelse
user links themselves to their own record with their password (and may remove their own link).
The rules live in ``reports.signing_accounts``; the views stay thin.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import TemplateView

from finsam.models import BoardMember
from finsam.permissions import Capability, ForbundScopedMixin
from reports import signing_accounts
from reports.models import SigningAccount


class MemberChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: BoardMember) -> str:
        end = f"{obj.end_date:%Y-%m-%d}" if obj.end_date else "tills vidare"
        return f"{obj.name} ({obj.get_role_display()}, {obj.start_date:%Y-%m-%d}–{end})"


class UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return signing_accounts.user_label(obj)


def _members(forbund):
    return BoardMember.objects.filter(forbund=forbund, signing_account__isnull=True).order_by(
        "name", "-start_date"
    )


class LinkForm(forms.Form):
    """The sekreterare's form: a board member and a styrelse login of the förbund."""

    prefix = "koppla"

    def __init__(self, *args, forbund, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["board_member"] = MemberChoiceField(
            label="Styrelseledamot",
            queryset=_members(forbund),
            empty_label="Välj ledamot …",
            error_messages={
                "required": "Välj den ledamot som ska signera.",
                "invalid_choice": "Välj en ledamot i förbundets styrelse som inte redan har "
                "en inloggning.",
            },
        )
        self.fields["user"] = UserChoiceField(
            label="Inloggning",
            queryset=signing_accounts.styrelse_users(forbund),
            empty_label="Välj inloggning …",
            help_text="Inloggningar med rollen styrelse i förbundet. Bjud in ledamoten under "
            "Användare om inloggningen saknas.",
            error_messages={
                "required": "Välj den inloggning ledamoten signerar med.",
                "invalid_choice": "Välj en inloggning med rollen styrelse i förbundet.",
            },
        )


class SelfLinkForm(forms.Form):
    """A styrelse user's form: their own board-member record and their password."""

    prefix = "jag"

    def __init__(self, *args, forbund, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["board_member"] = MemberChoiceField(
            label="Du är",
            queryset=_members(forbund),
            empty_label="Välj dig själv i styrelsen …",
            error_messages={
                "required": "Välj dig själv bland styrelsens ledamöter.",
                "invalid_choice": "Välj en ledamot i förbundets styrelse som inte redan har "
                "en inloggning.",
            },
        )
        self.fields["password"] = forms.CharField(
            label="Ditt lösenord",
            strip=False,
            widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
            help_text="Ange ditt lösenord för att bekräfta att det är du.",
            error_messages={"required": "Ange ditt lösenord."},
        )


def accounts_url(forbund) -> str:
    return reverse("signing-account-list", kwargs={"forbund": forbund.slug})


def _add_errors(form: forms.Form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


class SigningAccountListView(ForbundScopedMixin, TemplateView):
    """GET: every role reads who signs with which login; POST: the sekreterare links."""

    template_name = "reports/signing_accounts.html"
    read_capability = Capability.VIEW
    write_capability = Capability.EDIT

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        forbund = self.forbund
        accounts = {a.board_member_id: a for a in signing_accounts.accounts_of(forbund)}
        styrelse_ids = set(signing_accounts.styrelse_users(forbund).values_list("pk", flat=True))
        members = BoardMember.objects.filter(forbund=forbund).order_by(
            "end_date", "name", "-start_date"
        )
        rows = []
        for member in sorted(members, key=lambda m: (m.end_date is not None, m.name)):
            account = accounts.get(member.pk)
            rows.append(
                {
                    "member": member,
                    "account": account,
                    "login": signing_accounts.user_label(account.user) if account else "",
                    "lost_role": bool(account and account.user_id not in styrelse_ids),
                    "removable": bool(
                        account
                        and (
                            Capability.EDIT in self.capabilities
                            or account.user_id == self.request.user.pk
                        )
                    ),
                }
            )
        context["title"] = "Inloggningar för signering"
        context["rows"] = rows
        context["mine"] = signing_accounts.account_of_user(self.request.user, forbund)
        if Capability.EDIT in self.capabilities:
            context["link_form"] = kwargs.get("link_form") or LinkForm(forbund=forbund)
        if Capability.APPROVE in self.capabilities and context["mine"] is None:
            context["self_form"] = kwargs.get("self_form") or SelfLinkForm(forbund=forbund)
        return context

    def post(self, request, *args, **kwargs):
        form = LinkForm(request.POST, forbund=self.forbund)
        if form.is_valid():
            try:
                account = signing_accounts.link_by_sekreterare(
                    actor=request.user, forbund=self.forbund, **form.cleaned_data
                )
            except ValidationError as error:
                _add_errors(form, error)
            else:
                messages.success(request, _linked_message(account))
                return HttpResponseRedirect(accounts_url(self.forbund))
        return self.render_to_response(self.get_context_data(link_form=form), status=400)


def _linked_message(account: SigningAccount) -> str:
    return (
        f"{account.board_member.name} signerar nu med inloggningen "
        f"{signing_accounts.user_label(account.user)}."
    )


class SigningAccountSelfView(SigningAccountListView):
    """POST: a styrelse user links themselves to their own board-member record."""

    read_capability = Capability.APPROVE
    write_capability = Capability.APPROVE
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        form = SelfLinkForm(request.POST, forbund=self.forbund)
        if form.is_valid():
            try:
                account = signing_accounts.link_self(
                    user=request.user, forbund=self.forbund, **form.cleaned_data
                )
            except ValidationError as error:
                _add_errors(form, error)
            else:
                messages.success(request, _linked_message(account))
                return HttpResponseRedirect(accounts_url(self.forbund))
        return self.render_to_response(self.get_context_data(self_form=form), status=400)


class SigningAccountRemoveView(ForbundScopedMixin, TemplateView):
    """Confirm, then remove a link: the sekreterare any, a styrelse user their own (checked by
    the service; another role's POST is refused with a message and changes nothing)."""

    template_name = "reports/signing_account_remove.html"
    read_capability = Capability.VIEW
    write_capability = Capability.VIEW

    def get_account(self) -> SigningAccount:
        return get_object_or_404(signing_accounts.accounts_of(self.forbund), pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        account = self.get_account()
        context["title"] = "Ta bort kopplingen?"
        context["account"] = account
        context["login"] = signing_accounts.user_label(account.user)
        context["own"] = account.user_id == self.request.user.pk
        context["cancel_url"] = accounts_url(self.forbund)
        return context

    def post(self, request, *args, **kwargs):
        account = self.get_account()
        name, login = account.board_member.name, signing_accounts.user_label(account.user)
        try:
            signing_accounts.unlink(actor=request.user, account=account)
        except PermissionDenied as refused:
            messages.error(request, str(refused))
        else:
            messages.success(
                request,
                f"Kopplingen är borttagen: {name} signerar inte längre med {login}. "
                "Signaturer som redan är gjorda står kvar.",
            )
        return HttpResponseRedirect(accounts_url(self.forbund))
