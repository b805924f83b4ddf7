"""Pages of the SIE import under /f/<förbund>/bokforing/ and the account mapping page.

Upload (with progress) → preview (the file's log, the accounts without a mapping, each with a
form to map it, and the reconciliation) → apply. Views stay thin: ``sie.importing`` plans and
writes, ``sie.mapping`` keeps the rules."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.views.generic import TemplateView

from finsam.permissions import EditMixin, ForbundScopedMixin
from reports.freeze import ReportFrozen
from sie import importing, reader, uploads
from sie import mapping as sie_mapping
from sie.forms import MappingCsvForm, RuleForm, UploadForm
from sie.lines import RADER
from sie.models import AccountMapping, SieImport
from sie.report import summary_lines


def _members(forbund) -> list[str]:
    return list(forbund.members.order_by("position", "name").values_list("name", flat=True))


class SieUploadView(EditMixin, TemplateView):
    template_name = "sie/upload.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", UploadForm())
        context["imports"] = SieImport.objects.filter(forbund=self.forbund).select_related(
            "period", "imported_by"
        )[:20]
        context["mapping_count"] = AccountMapping.objects.filter(forbund=self.forbund).count()
        return context

    def post(self, request, *args, **kwargs):
        form = UploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        through = form.cleaned_data["through"]
        upload = form.cleaned_data["file"]
        token = uploads.store(
            self.forbund.slug,
            upload.chunks(),
            name=upload.name,
            year=form.cleaned_data["year"],
            through=through.isoformat() if through else None,
        )
        return redirect("sie-preview", forbund=self.forbund.slug, token=token)


class _UploadMixin(EditMixin):
    def load(self, token: str):
        found = uploads.get(self.forbund.slug, token)
        if found is None:
            raise Http404("Filen finns inte längre; ladda upp den igen.")
        entry, path = found
        data = path.read_bytes()
        sie = reader.read(data, name=entry["name"])
        through = datetime.date.fromisoformat(entry["through"]) if entry["through"] else None
        plan = importing.plan_import(
            forbund=self.forbund,
            sie=sie,
            data_sha256=importing.sha256_of(data),
            file_name=entry["name"],
            year=entry["year"],
            through=through,
        )
        return entry, plan


class SiePreviewView(_UploadMixin, TemplateView):
    template_name = "sie/preview.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        token = self.kwargs["token"]
        entry, plan = self.load(token)
        members = _members(self.forbund)
        chart, proposal = sie_mapping.proposal(plan.sie.kptyp)
        bound = kwargs.get("bound_form")
        forms = []
        for item in plan.unmapped:
            if bound is not None and bound.data.get("konto") == item.account:
                form = bound
            else:
                proposed = sie_mapping.account_rule(proposal, item.account)
                form = RuleForm(
                    members=members,
                    initial={"konto": item.account, "rad": proposed.rad if proposed else ""},
                    prefix=None,
                )
            forms.append((item, form))
        context.update(
            token=token,
            entry=entry,
            plan=plan,
            sie=plan.sie,
            summary=summary_lines(plan.sie)[: -len(plan.sie.log) or None],
            log=plan.sie.log,
            unmapped_forms=forms,
            chart=chart,
            years=[p for p in (plan.comparison, plan.main) if p is not None],
        )
        return context


class SieMapAccountView(_UploadMixin, TemplateView):
    """POST only: a rule for an account the preview found unmapped."""

    template_name = "sie/preview.html"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        form = RuleForm(request.POST, members=_members(self.forbund))
        if form.is_valid():
            data = form.cleaned_data
            try:
                rule = sie_mapping.make_rule(
                    data["konto"], data["rad"], data["line"], data["member"], data["insats"]
                )
            except ValueError as error:
                form.add_error("konto", str(error))
            else:
                sie_mapping.add_rule(self.forbund, rule)
                messages.success(
                    request, f"Konto {rule.konto} kopplas till ”{RADER[rule.rad].description}”."
                )
                return redirect("sie-preview", forbund=self.forbund.slug, token=kwargs["token"])
        view = SiePreviewView(request=request, kwargs=kwargs, args=args)
        view.forbund, view.capabilities = self.forbund, self.capabilities
        context = view.get_context_data(bound_form=form)
        return view.render_to_response(context, status=400)


class SieApplyView(_UploadMixin, TemplateView):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        token = kwargs["token"]
        entry, plan = self.load(token)
        if not plan.ok:
            for message in plan.blocking:
                messages.error(request, message)
            return redirect("sie-preview", forbund=self.forbund.slug, token=token)
        try:
            record = importing.apply_import(plan, user=request.user)
        except (importing.ImportBlocked, ReportFrozen) as error:
            messages.error(request, getattr(error, "message", None) or str(error))
            return redirect("sie-preview", forbund=self.forbund.slug, token=token)
        uploads.discard(self.forbund.slug, token)
        messages.success(
            request,
            f"{record.period} är ifylld från {record.file_name} (SHA-256 {record.sha256[:12]}…). "
            "Importen står i historiken.",
        )
        return redirect(record.period.get_absolute_url())


class MappingView(ForbundScopedMixin, TemplateView):
    template_name = "sie/mapping.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rules"] = AccountMapping.objects.filter(forbund=self.forbund).select_related(
            "member"
        )
        context["radnamn"] = {key: rad.description for key, rad in RADER.items()}
        context.setdefault("csv_form", MappingCsvForm())
        context.setdefault("rule_form", RuleForm(members=_members(self.forbund)))
        return context

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        if action == "csv":
            return self._csv(request)
        if action == "proposal":
            if AccountMapping.objects.filter(forbund=self.forbund).exists() and not (
                request.POST.get("confirm")
            ):
                messages.error(
                    request,
                    "Förbundet har redan en koppling; kryssa i att den ska ersättas av förslaget.",
                )
                return redirect("sie-mapping", forbund=self.forbund.slug)
            chart, rules = sie_mapping.proposal(request.POST.get("chart", ""))
            sie_mapping.save_rules(self.forbund, rules)
            messages.success(
                request,
                f"Kopplingen är nu förslaget från kontoklasserna i {chart}. "
                "Koppla driftbidragens konton till sina medlemmar.",
            )
            return redirect("sie-mapping", forbund=self.forbund.slug)
        if action == "delete":
            AccountMapping.objects.filter(
                forbund=self.forbund,
                pk=request.POST.get("pk", "0") if request.POST.get("pk", "").isdigit() else 0,
            ).delete()
            return redirect("sie-mapping", forbund=self.forbund.slug)
        if action == "add":
            form = RuleForm(request.POST, members=_members(self.forbund))
            if form.is_valid():
                data = form.cleaned_data
                try:
                    rule = sie_mapping.make_rule(
                        data["konto"], data["rad"], data["line"], data["member"], data["insats"]
                    )
                except ValueError as error:
                    form.add_error("konto", str(error))
                else:
                    sie_mapping.add_rule(self.forbund, rule)
                    return redirect("sie-mapping", forbund=self.forbund.slug)
            return self.render_to_response(self.get_context_data(rule_form=form), status=400)
        return redirect("sie-mapping", forbund=self.forbund.slug)

    def _csv(self, request):
        form = MappingCsvForm(request.POST, request.FILES)
        if form.is_valid():
            raw = form.cleaned_data["csv_file"].read()
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = raw.decode("cp1252", errors="replace")
            try:
                rules = sie_mapping.parse_csv(text, set(_members(self.forbund)))
            except sie_mapping.MappingError as error:
                for message in error.messages:
                    form.add_error("csv_file", message)
            else:
                sie_mapping.save_rules(self.forbund, rules)
                messages.success(request, f"Kopplingen har {len(rules)} rader från CSV-filen.")
                return redirect("sie-mapping", forbund=self.forbund.slug)
        return self.render_to_response(self.get_context_data(csv_form=form), status=400)


class MappingCsvView(ForbundScopedMixin, TemplateView):
    def get(self, request, *args, **kwargs):
        text = sie_mapping.to_csv(sie_mapping.rules_of(self.forbund))
        response = HttpResponse("\ufeff" + text, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="kontokoppling-{self.forbund.slug}.csv"'
        )
        return response
