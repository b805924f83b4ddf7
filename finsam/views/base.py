"""Generic scoped pages: list, create, update and delete of a förbund's objects."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, transaction
from django.db.models import ProtectedError
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.views.generic import CreateView, DeleteView, UpdateView
from django_tables2 import SingleTableView

from finsam.permissions import EditMixin, ForbundScopedMixin
from finsam.versioning import StaleVersionError, save_versioned_form


class ScopedQuerysetMixin:
    """Only the current förbund's objects are reachable; others answer 404."""

    scope_field = "forbund"

    def get_queryset(self):
        return self.model.objects.filter(**{self.scope_field: self.forbund})


class ScopedListView(ForbundScopedMixin, ScopedQuerysetMixin, SingleTableView):
    template_name = "finsam/list.html"
    title = ""
    create_url_name = ""
    intro = ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = self.title
        context["intro"] = self.intro
        if self.create_url_name:
            context["create_url"] = reverse(
                self.create_url_name, kwargs={"forbund": self.forbund.slug}
            )
        return context


class FormPageMixin:
    template_name = "finsam/form.html"
    title = ""
    list_url_name = ""
    success_message = "Sparat."

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["forbund"] = self.forbund
        return kwargs

    def get_success_url(self):
        return reverse(self.list_url_name, kwargs={"forbund": self.forbund.slug})

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = self.title
        context["cancel_url"] = self.get_success_url()
        return context

    def form_valid(self, form):
        try:
            self.object = save_versioned_form(form)
        except StaleVersionError as stale:
            form.add_error(None, stale.message)
            return self.render_to_response(self.get_context_data(form=form), status=409)
        messages.success(self.request, self.success_message)
        return HttpResponseRedirect(self.get_success_url())

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


class ScopedCreateView(EditMixin, FormPageMixin, CreateView):
    pass


class ScopedUpdateView(EditMixin, ScopedQuerysetMixin, FormPageMixin, UpdateView):
    delete_url_name = ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.delete_url_name:
            context["delete_url"] = reverse(
                self.delete_url_name, kwargs={"forbund": self.forbund.slug, "pk": self.object.pk}
            )
        return context


class ScopedDeleteView(EditMixin, ScopedQuerysetMixin, DeleteView):
    template_name = "finsam/confirm_delete.html"
    list_url_name = ""
    protected_message = "Kan inte tas bort eftersom andra uppgifter hänvisar hit."
    # Deleting goes through the confirmation form (POST); HTTP DELETE answers 405.
    http_method_names = ["get", "post", "head", "options"]

    def get_success_url(self):
        return reverse(self.list_url_name, kwargs={"forbund": self.forbund.slug})

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["cancel_url"] = self.get_success_url()
        return context

    def form_valid(self, form):
        try:
            with transaction.atomic():
                response = super().form_valid(form)
        except ProtectedError:
            messages.error(self.request, self.protected_message)
            return HttpResponseRedirect(self.get_success_url())
        except PermissionDenied as refused:
            # E.g. the row's texts belong to an approved, frozen report (``reports.freeze``).
            messages.error(self.request, str(refused) or self.protected_message)
            return HttpResponseRedirect(self.get_success_url())
        except DatabaseError:
            # A database rule refused it (a freeze trigger); nothing was deleted.
            messages.error(self.request, self.protected_message)
            return HttpResponseRedirect(self.get_success_url())
        messages.success(self.request, f"”{self.object}” är borttagen.")
        return response
