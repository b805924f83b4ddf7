"""The approval form: the board's decision (date, §, place, Dnr and who signs)."""

from __future__ import annotations

from django import forms

from finsam.forms import DATE_WIDGET  # ÅÅÅÅ-MM-DD text input with a picker (one for all dates)
from reports import decisions
from reports.decisions import Decision, DecisionError
from reports.models import ReportDocument


class DecisionForm(forms.Form):
    seen_version = forms.IntegerField(widget=forms.HiddenInput)
    decided_on = forms.DateField(
        label="Beslutsdatum",
        widget=DATE_WIDGET,
        help_text="Dagen för styrelsens sammanträde. Skrivs ut på försättsbladet och "
        "underskriftssidan.",
        error_messages={
            "required": decisions.DATE_REQUIRED,
            "invalid": "Skriv datumet som ÅÅÅÅ-MM-DD.",
        },
    )
    paragraph = forms.CharField(
        label="Paragraf (§)",
        max_length=20,
        help_text="Protokollets paragraf, t.ex. 5.",
        error_messages={"required": decisions.PARAGRAPH_REQUIRED},
    )
    place = forms.CharField(
        label="Ort",
        max_length=100,
        error_messages={"required": decisions.PLACE_REQUIRED},
    )
    diarienummer = forms.CharField(label="Diarienummer", max_length=40, required=False)
    signatories = forms.CharField(
        label="Undertecknare",
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="En per rad: namn, roll. Förslaget är de ordinarie ledamöterna som sitter på "
        "beslutsdagen; ändra om någon var frånvarande eller en ersättare tjänstgjorde. Ändras "
        "beslutsdatumet och listan lämnas orörd, används ledamöterna som satt den dagen.",
        error_messages={"required": decisions.SIGNATORIES_REQUIRED},
    )
    proposed_signatories = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, document: ReportDocument, **kwargs):
        self.document = document
        super().__init__(*args, **kwargs)

    @classmethod
    def initial_for(cls, document: ReportDocument) -> dict:
        proposed = decisions.proposed_decision(document)
        text = decisions.signatories_text(proposed.signatories)
        return {
            "seen_version": document.version,
            "decided_on": proposed.decided_on,
            "place": proposed.place,
            "diarienummer": proposed.diarienummer,
            "signatories": text,
            "proposed_signatories": text,
        }

    def clean_signatories(self):
        text = self.cleaned_data["signatories"]
        try:
            decisions.parse_signatories(text)
        except DecisionError as error:
            raise forms.ValidationError(error.errors["signatories"]) from None
        return text

    def decision(self) -> Decision:
        """The decision as entered; an untouched proposal follows the decision date."""
        data = self.cleaned_data
        untouched = _normalised(data["signatories"]) == _normalised(
            data.get("proposed_signatories") or ""
        )
        if untouched:
            signatories = decisions.default_signatories(
                self.document.fiscal_year.forbund, data["decided_on"]
            )
        else:
            signatories = decisions.parse_signatories(data["signatories"])
        return Decision(
            decided_on=data["decided_on"],
            paragraph=data["paragraph"],
            place=data["place"],
            diarienummer=data.get("diarienummer") or "",
            signatories=signatories,
        )

    def add_decision_errors(self, error: DecisionError) -> None:
        for field, message in error.errors.items():
            self.add_error(field if field in self.fields else None, message)


def _normalised(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.replace("\r", "").split("\n") if line.strip()]
