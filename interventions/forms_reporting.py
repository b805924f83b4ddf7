"""Forms of the förbund's own avslutsorsaker and its participant totals (unique individuals)."""

from django import forms

from finsam.forms import ForbundOwnedForm
from finsam.versioning import VersionedFormMixin
from interventions.models import ExitCategory, ParticipantTotal

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ExitCategoryForm(VersionedFormMixin, ForbundOwnedForm):
    class Meta:
        model = ExitCategory
        fields = ["name", "national_reason", "position"]


class ParticipantTotalForm(VersionedFormMixin, ForbundOwnedForm):
    class Meta:
        model = ParticipantTotal
        fields = ["period_start", "period_end", "deltagare", "kvinnor", "man", "okant", "source"]
        widgets = {"period_start": DATE_WIDGET, "period_end": DATE_WIDGET}
        help_texts = {
            "deltagare": "Personer som deltagit i någon av förbundets insatser under perioden, "
            "var och en räknad en gång även om hen deltagit i flera insatser.",
        }

    def clean(self):
        data = super().clean()
        total = data.get("deltagare")
        parts = [data.get(name) for name in ("kvinnor", "man", "okant")]
        known = [p for p in parts if p is not None]
        if total is not None and known and sum(known) > total:
            self.add_error(
                "deltagare",
                f"Kvinnor, män och uppgift saknas är tillsammans {sum(known)}, fler än de "
                f"{total} deltagarna.",
            )
        return data
