"""Entry forms of the core domain. Amounts use the Swedish amount field everywhere."""

from django import forms
from django.forms import BaseModelFormSet, modelformset_factory

from finsam import logos
from finsam.forms_fields import AmountField, CountField, static_choices
from finsam.models import (
    BoardMember,
    Budget,
    BudgetKind,
    BudgetLine,
    BudgetSection,
    ContributionOffer,
    Driftbidrag,
    DriftbidragBasis,
    Forbund,
    Member,
    MemberKind,
    Population,
)
from finsam.versioning import VersionedFormMixin

# A text input, not type=date: browsers show type=date in the browser's locale (mm/dd/yyyy in
# an English Chromium). Typed as ÅÅÅÅ-MM-DD everywhere; static/js/layout.js adds a picker button
# and accepts 20240315 or 2024-3-5 as typed.
DATE_WIDGET = forms.DateInput(
    attrs={
        "lang": "sv",
        "placeholder": "ÅÅÅÅ-MM-DD",
        "inputmode": "numeric",
        "autocomplete": "off",
        "maxlength": "10",
        "class": "date",
        "data-date": "",
    },
    format="%Y-%m-%d",
)

YEAR_EXISTS = "Det finns redan en {what} för {year}."
AMOUNT_REQUIRED_FOR_BASIS = "Ange beloppet för valt underlag."
POPULATION_DATE_REQUIRED = "Ange datum för invånarantalet (fördelning efter invånarantal)."
ONLY_KOMMUN_POPULATION = "Invånarantal anges bara för kommuner."
ONE_VALUE_IN_OFFER = "Ange antingen ett belopp eller en procentuell ökning, inte båda."
NO_VALUE_IN_OFFER = "Ange ett belopp eller en procentuell ökning."


class ForbundForm(VersionedFormMixin, forms.ModelForm):
    logo_file = forms.FileField(
        label="Logotyp",
        required=False,
        help_text="SVG eller PNG, högst 300 kB. Skrivs ut på rapporternas försättsblad.",
        widget=forms.ClearableFileInput(attrs={"accept": ".svg,.png,image/svg+xml,image/png"}),
    )
    remove_logo = forms.BooleanField(label="Ta bort logotypen", required=False)

    class Meta:
        model = Forbund
        fields = [
            "name",
            "organisationsnummer",
            "sate",
            "founded",
            "vision",
            "kommun_split_rule",
            "accent_colour",
        ]
        widgets = {
            "founded": DATE_WIDGET,
            "vision": forms.Textarea(attrs={"rows": 3}),
            # A förbund's name is often longer than a phone is wide: a box that wraps it.
            "name": forms.Textarea(attrs={"rows": 1, "class": "one-line"}),
            "accent_colour": forms.TextInput(attrs={"type": "color"}),
        }

    def __init__(self, *args, forbund: Forbund, **kwargs):
        kwargs.setdefault("instance", forbund)
        super().__init__(*args, **kwargs)
        if not forbund.logo_type:
            del self.fields["remove_logo"]
        else:
            current = dict(Forbund._meta.get_field("logo_type").choices)[forbund.logo_type]
            self.fields["logo_file"].help_text += f" Nu finns en logotyp ({current}); en ny fil "
            self.fields["logo_file"].help_text += "ersätter den."

    def clean_accent_colour(self) -> str:
        try:
            return logos.clean_colour(self.cleaned_data.get("accent_colour", ""))
        except logos.LogoError as error:
            raise forms.ValidationError(error.message) from None

    def clean_logo_file(self):
        upload = self.cleaned_data.get("logo_file")
        if not upload:
            return None
        data = upload.read(logos.MAX_BYTES + 1)
        if len(data) > logos.MAX_BYTES:
            data += upload.read()  # the real size for the message
        try:
            return logos.clean_logo(data, upload.name)
        except logos.LogoError as error:
            raise forms.ValidationError(error.message) from None

    def save(self, commit=True):
        forbund = super().save(commit=False)
        cleaned = self.cleaned_data.get("logo_file")
        if cleaned:
            forbund.logo, forbund.logo_type = cleaned
        elif self.cleaned_data.get("remove_logo"):
            forbund.logo, forbund.logo_type = b"", ""
        if commit:
            forbund.save()
        return forbund

    def clean_name(self) -> str:
        """One line, however it was typed or pasted into the wrapping box."""
        return " ".join(self.cleaned_data["name"].split())


class ForbundOwnedForm(forms.ModelForm):
    """A form for an object of the current förbund. The förbund is set before validation, so the
    database constraints that involve it (e.g. one region per förbund) are checked as form errors.
    """

    def __init__(self, *args, forbund: Forbund, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.forbund = forbund

    def _get_validation_exclusions(self):
        exclusions = super()._get_validation_exclusions()
        exclusions.discard("forbund")
        return exclusions


class MemberForm(VersionedFormMixin, ForbundOwnedForm):
    class Meta:
        model = Member
        fields = ["kind", "name", "position", "explicit_share"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("explicit_share") is not None and cleaned.get("kind") != MemberKind.KOMMUN:
            self.add_error("explicit_share", "Fasta andelar gäller bara kommuner.")
        return cleaned


class PopulationForm(VersionedFormMixin, forms.ModelForm):
    # Text, not a number input, so "30 000" with a space is accepted like everywhere else.
    inhabitants = CountField(label="Invånarantal")

    class Meta:
        model = Population
        fields = ["member", "reference_date", "inhabitants"]
        widgets = {"reference_date": DATE_WIDGET}

    def __init__(self, *args, forbund: Forbund, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = forbund.members.filter(kind=MemberKind.KOMMUN)
        self.fields["member"].label = "Kommun"


class BoardMemberForm(VersionedFormMixin, ForbundOwnedForm):
    class Meta:
        model = BoardMember
        fields = ["name", "role", "appointed_by", "start_date", "end_date"]
        widgets = {"start_date": DATE_WIDGET, "end_date": DATE_WIDGET}

    def __init__(self, *args, forbund: Forbund, **kwargs):
        super().__init__(*args, forbund=forbund, **kwargs)
        self.fields["appointed_by"].queryset = forbund.members.all()

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", "Slutdatum kan inte vara före startdatum.")
        return cleaned


class BudgetCreateForm(forms.Form):
    year = forms.IntegerField(label="År", min_value=2004, max_value=2100)
    kind = forms.ChoiceField(label="Typ", choices=BudgetKind.choices, initial=BudgetKind.BUDGET)
    copy_previous = forms.BooleanField(
        label="Utgå från föregående års budget",
        required=False,
        initial=True,
        help_text="Finns ingen tidigare budget föreslås en rad för varje medlems driftbidrag och "
        "de vanliga omkostnaderna (kansli, kompetensutveckling, information, styrelse, revision, "
        "ekonomiadministration).",
    )

    def __init__(self, *args, forbund: Forbund, **kwargs):
        super().__init__(*args, **kwargs)
        self.forbund = forbund

    def clean(self):
        cleaned = super().clean()
        year, kind = cleaned.get("year"), cleaned.get("kind")
        exists = Budget.objects.filter(
            fiscal_year__forbund=self.forbund, fiscal_year__year=year, kind=kind
        ).exists()
        if year and kind and exists:
            what = BudgetKind(kind).label.lower()
            self.add_error("year", YEAR_EXISTS.format(what=what, year=year))
        return cleaned


class BudgetForm(VersionedFormMixin, forms.ModelForm):
    opening_balance = AmountField(
        label="Balanserat resultat",
        required=False,
        help_text=Budget._meta.get_field("opening_balance").help_text,
    )

    class Meta:
        model = Budget
        fields = ["opening_balance", "opening_balance_note", "adopted_on", "diarienummer"]
        widgets = {
            "adopted_on": DATE_WIDGET,
            "opening_balance_note": forms.Textarea(attrs={"rows": 2}),
        }


class BudgetLineForm(forms.ModelForm):
    amount = AmountField(label="Budgetår")
    plan_year_1 = AmountField(label="Plan år 1", required=False)
    plan_year_2 = AmountField(label="Plan år 2", required=False)

    class Meta:
        model = BudgetLine
        fields = [
            "section",
            "label",
            "member",
            "category",
            "amount",
            "plan_year_1",
            "plan_year_2",
            "footnote",
            "position",
        ]
        widgets = {"footnote": forms.TextInput(), "position": forms.HiddenInput()}

    def __init__(self, *args, forbund: Forbund, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = forbund.members.all()
        members = forbund.__dict__.get("_members_for_forms")
        if members is None:  # read once for all the formset's rows
            members = forbund.__dict__["_members_for_forms"] = list(forbund.members.all())
        static_choices(self.fields["member"], members)
        self.fields["position"].required = False

    def clean(self):
        cleaned = super().clean()
        section = cleaned.get("section")
        if section == BudgetSection.COST and cleaned.get("member"):
            self.add_error("member", "Medlem anges bara för intäktsrader.")
        if section == BudgetSection.INCOME and cleaned.get("category"):
            self.add_error("category", "Kategori anges bara för kostnadsrader.")
        if cleaned.get("position") is None:
            cleaned["position"] = 0
        return cleaned


class BaseBudgetLineFormSet(BaseModelFormSet):
    def __init__(self, *args, forbund: Forbund, **kwargs):
        self.forbund = forbund
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        kwargs["forbund"] = self.forbund
        return kwargs

    def clean(self):
        super().clean()
        seen = set()
        for form in self.forms:
            if not form.has_changed() and not form.instance.pk:
                continue
            if self.can_delete and self._should_delete_form(form):
                continue
            key = (form.cleaned_data.get("section"), form.cleaned_data.get("label"))
            if key in seen:
                form.add_error("label", "Raden finns redan i samma avsnitt.")
            seen.add(key)


BudgetLineFormSet = modelformset_factory(
    BudgetLine, form=BudgetLineForm, formset=BaseBudgetLineFormSet, extra=3, can_delete=True
)


class DriftbidragForm(VersionedFormMixin, forms.ModelForm):
    year = forms.IntegerField(label="År", min_value=2004, max_value=2100)
    amount = AmountField(label="Belopp", required=False)
    rounding_unit = AmountField(label="Avrundning av kommunernas belopp (kr)")

    class Meta:
        model = Driftbidrag
        fields = ["basis", "amount", "rounding_unit", "population_date"]
        widgets = {"population_date": DATE_WIDGET}

    def __init__(self, *args, forbund: Forbund, **kwargs):
        super().__init__(*args, **kwargs)
        self.forbund = forbund
        if self.instance.pk:
            self.fields["year"].initial = self.instance.fiscal_year.year
            self.fields["year"].disabled = True
        self.fields["amount"].help_text = Driftbidrag._meta.get_field("amount").help_text

    def clean(self):
        cleaned = super().clean()
        year = cleaned.get("year")
        if year and not self.instance.pk:
            exists = Driftbidrag.objects.filter(
                fiscal_year__forbund=self.forbund, fiscal_year__year=year
            ).exists()
            if exists:
                self.add_error("year", YEAR_EXISTS.format(what="driftbidrag", year=year))
        basis = cleaned.get("basis")
        amount = cleaned.get("amount")
        if basis in (DriftbidragBasis.TOTAL, DriftbidragBasis.STATE_OFFER) and not amount:
            self.add_error("amount", AMOUNT_REQUIRED_FOR_BASIS)
        if amount is not None and amount <= 0:
            self.add_error("amount", "Beloppet måste vara större än noll.")
        rule_needs_date = self.forbund.kommun_split_rule == "population"
        if rule_needs_date and not cleaned.get("population_date"):
            self.add_error("population_date", POPULATION_DATE_REQUIRED)
        unit = cleaned.get("rounding_unit")
        if unit is not None and unit <= 0:
            self.add_error("rounding_unit", "Avrundningen måste vara större än noll.")
        return cleaned


class OfferForm(forms.ModelForm):
    previous_amount = AmountField(label="Föregående års bidrag")
    accepted_amount = AmountField(label="Godtaget belopp", required=False)
    accepted_increase_percent = forms.DecimalField(
        label="Godtagen ökning (%)", required=False, max_digits=6, decimal_places=2, localize=True
    )

    class Meta:
        model = ContributionOffer
        fields = ["member", "previous_amount", "accepted_amount", "accepted_increase_percent"]

    def __init__(self, *args, forbund: Forbund, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = forbund.members.exclude(kind=MemberKind.AF)

    def clean(self):
        cleaned = super().clean()
        amount = cleaned.get("accepted_amount")
        percent = cleaned.get("accepted_increase_percent")
        if amount is not None and percent is not None:
            self.add_error("accepted_amount", ONE_VALUE_IN_OFFER)
        elif amount is None and percent is None and cleaned.get("member"):
            self.add_error("accepted_amount", NO_VALUE_IN_OFFER)
        return cleaned


class BaseOfferFormSet(BaseModelFormSet):
    def __init__(self, *args, forbund: Forbund, **kwargs):
        self.forbund = forbund
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        kwargs["forbund"] = self.forbund
        return kwargs

    def clean(self):
        super().clean()
        seen = set()
        for form in self.forms:
            member = form.cleaned_data.get("member") if hasattr(form, "cleaned_data") else None
            if member is None or (self.can_delete and self._should_delete_form(form)):
                continue
            if member in seen:
                form.add_error("member", "Medlemmen har redan ett besked.")
            seen.add(member)
        return None


OfferFormSet = modelformset_factory(
    ContributionOffer, form=OfferForm, formset=BaseOfferFormSet, extra=2, can_delete=True
)
