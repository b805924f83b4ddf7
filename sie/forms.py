"""Forms of the SIE pages: the upload, one rule for an unmapped account, the CSV of the mapping."""

from __future__ import annotations

import datetime

from django import forms

from sie.lines import RADER, rad_choices

MAX_UPLOAD = 200 * 1024 * 1024


class UploadForm(forms.Form):
    file = forms.FileField(
        label="SIE-fil",
        help_text="Exporten från bokföringen (SIE typ 1–4, .SE), t.ex. från kommunens "
        "ekonomiavdelning.",
    )
    year = forms.IntegerField(label="År", min_value=2004, max_value=2100)
    through = forms.DateField(
        label="Delårsrapport till och med",
        required=False,
        help_text="Lämna tomt för årsredovisningen. För en delårsrapport: periodens sista dag, "
        "t.ex. 2024-08-31 (hämtas från periodsaldona).",
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].initial = datetime.date.today().year - 1

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError("Filen är större än 200 MB.")
        if upload.size == 0:
            raise forms.ValidationError("Filen är tom.")
        return upload


class RuleForm(forms.Form):
    konto = forms.CharField(label="Konto eller intervall", max_length=30)
    rad = forms.ChoiceField(label="Rad i rapporten", choices=rad_choices())
    line = forms.CharField(
        label="Radens namn",
        max_length=200,
        required=False,
        help_text="Tomt: kontots namn. ”Kansli/Personalkostnader” för en specifikationsrad.",
    )
    member = forms.ChoiceField(label="Medlem (driftbidrag)", required=False)
    insats = forms.CharField(
        label="Objekt (insats)",
        max_length=60,
        required=False,
        help_text="Bara för kostnader: kostnadsställe eller projekt, t.ex. 7101.",
    )

    def __init__(self, *args, members=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].choices = [("", "–")] + [(m, m) for m in members]

    def clean(self):
        data = super().clean()
        rad = RADER.get(data.get("rad", ""))
        if rad is None:
            return data
        if rad.needs_member and not data.get("member"):
            self.add_error("member", "Välj medlemmen som driftbidraget kommer från.")
        if not rad.needs_member and data.get("member"):
            self.add_error("member", "Bara driftbidrag har en medlem.")
        if data.get("insats") and not rad.allows_insats:
            self.add_error("insats", "Bara kostnader kan fördelas på insatser via objekt.")
        if "/" in data.get("line", "") and not rad.allows_sub_line:
            self.add_error("line", "Bara kostnader och personalkostnader har specifikationsrader.")
        return data


class MappingCsvForm(forms.Form):
    csv_file = forms.FileField(
        label="Kontokoppling (CSV)",
        help_text="Kolumnerna konto;rad;medlem;insats, se docs/sie.md. Ersätter hela kopplingen.",
    )
