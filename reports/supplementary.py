"""Forms and the write service of a period's supplementary notes (``reports.models.notes``):
the note's heading, texts and columns, and its rows, saved together in one transaction."""

from __future__ import annotations

from django import forms
from django.db import transaction
from django.forms import inlineformset_factory

from finsam.forms_fields import AmountField
from reports.models import ReportPeriod, SupplementaryNote, SupplementaryNoteRow


class SupplementaryNoteForm(forms.ModelForm):
    delete_note = forms.BooleanField(
        label="Ta bort noten",
        required=False,
        help_text="Noten och alla dess rader tas bort när du sparar.",
    )

    class Meta:
        model = SupplementaryNote
        fields = ["title", "text_before", "text_after", "with_budget", "with_comparison"]
        widgets = {
            "text_before": forms.Textarea(attrs={"rows": 6}),
            "text_after": forms.Textarea(attrs={"rows": 4}),
        }


class SupplementaryRowForm(forms.ModelForm):
    label = forms.CharField(label="Rad", max_length=200)
    budget = AmountField(label="Budget", required=False)
    amount = AmountField(label="Utfall", required=False)
    comparison_amount = AmountField(label="Föregående år", required=False)

    class Meta:
        model = SupplementaryNoteRow
        fields = ["label", "budget", "amount", "comparison_amount"]


RowFormSet = inlineformset_factory(
    SupplementaryNote,
    SupplementaryNoteRow,
    form=SupplementaryRowForm,
    extra=0,
    can_delete=True,
)


def row_formset(note: SupplementaryNote, data=None):
    formset = RowFormSet(
        data,
        instance=note,
        queryset=SupplementaryNoteRow.objects.filter(note=note) if note.pk else None,
        prefix="rader",
    )
    if note.pk is None and data is None:
        formset.extra = 1  # a new note starts with one empty row
    formset.kind = "komplettering"
    return formset


@transaction.atomic
def supplementary_note_save(*, period: ReportPeriod, form, formset) -> SupplementaryNote | None:
    """Save the note (new or changed) and its rows in order; ``None`` when it was deleted.
    The caller has validated both and locked the period."""
    note = form.save(commit=False)
    if form.cleaned_data.get("delete_note"):
        if note.pk:
            note.delete()
        return None
    note.period = period
    if note.pk is None:
        last = period.supplementary_notes.order_by("-position").first()
        note.position = (last.position + 1) if last else 1
    note.save()
    formset.instance = note
    rows = formset.save(commit=False)
    for row in formset.deleted_objects:
        row.delete()
    for row in rows:
        row.note = note
        row.save()
    position = 0
    for row_form in formset.forms:  # the rows in the order of the page
        if row_form in formset.deleted_forms or row_form.instance.pk is None:
            continue
        position += 1
        if row_form.instance.position != position:
            SupplementaryNoteRow.objects.filter(pk=row_form.instance.pk).update(position=position)
    return note
