"""The förbund's users (sekreterare only): list, invite with a role, remove."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import FormView, TemplateView

from finsam import accounts
from finsam.models import Membership, Role
from finsam.permissions import Capability, ForbundScopedMixin


class InviteForm(forms.Form):
    email = forms.EmailField(
        label="E-postadress",
        max_length=254,
        error_messages={
            "required": "Ange e-postadressen.",
            "invalid": "Ange en giltig e-postadress.",
        },
    )
    first_name = forms.CharField(label="Förnamn", max_length=150, required=False)
    last_name = forms.CharField(label="Efternamn", max_length=150, required=False)
    role = forms.ChoiceField(
        label="Roll", choices=Role.choices, error_messages={"required": "Välj en roll."}
    )


class UsersMixin(ForbundScopedMixin):
    read_capability = Capability.EDIT
    write_capability = Capability.EDIT

    def list_url(self) -> str:
        return reverse("user-list", kwargs={"forbund": self.forbund.slug})


class UserListView(UsersMixin, TemplateView):
    template_name = "finsam/user_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = "Användare"
        context["memberships"] = (
            Membership.objects.filter(forbund=self.forbund)
            .select_related("user")
            .order_by("role", "user__username")
        )
        return context


class UserInviteView(UsersMixin, FormView):
    template_name = "finsam/form.html"
    form_class = InviteForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = "Bjud in en användare"
        context["cancel_url"] = self.list_url()
        return context

    def form_valid(self, form):
        try:
            membership = accounts.user_invite(
                inviter=self.request.user,
                forbund=self.forbund,
                request=self.request,
                **form.cleaned_data,
            )
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
            return self.form_invalid(form)
        messages.success(
            self.request,
            f"{membership.user.email} är inbjuden som {membership.get_role_display().lower()}. "
            "En länk för att välja lösenord har skickats med e-post.",
        )
        return HttpResponseRedirect(self.list_url())

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


class UserRemoveView(UsersMixin, TemplateView):
    template_name = "finsam/confirm_delete.html"

    def get_membership(self) -> Membership:
        return get_object_or_404(
            Membership.objects.select_related("user", "forbund"),
            forbund=self.forbund,
            pk=self.kwargs["pk"],
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["object"] = self.get_membership()
        context["cancel_url"] = self.list_url()
        return context

    def post(self, request, *args, **kwargs):
        membership = self.get_membership()
        try:
            accounts.membership_remove(remover=request.user, membership=membership)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, f"Behörigheten för {membership.user} är borttagen.")
        return HttpResponseRedirect(self.list_url())
