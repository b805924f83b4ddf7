"""Supplementary notes of a report period (imported by reports.models).

A supplementary note is a note of the förbund's own that is not part of the formal statements,
e.g. sodra-vatterbygden-arsredovisning-2024's Not 6 "Kompletterande nettouppgifter jämförda med
budget": a text, a table of rows with budget, this period's and last year's figures, and a closing
text. Its rows are figures as the förbund computed them (net of income that the formal notes show
gross), so they are printed as entered and not reconciled with the statements; the note says so
in its text. Frozen with the period (``reports.freeze`` through ``reports.freeze_guard``; database
triggers of migration ``0016_freeze_presentation_and_notes``).
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from reports.models.base import FrozenGuardMixin, FrozenQuerySet


def _amount(verbose_name: str) -> models.DecimalField:
    return models.DecimalField(verbose_name, max_digits=15, decimal_places=2, null=True, blank=True)


class SupplementaryNote(FrozenGuardMixin, models.Model):
    period = models.ForeignKey(
        "reports.ReportPeriod",
        on_delete=models.CASCADE,
        related_name="supplementary_notes",
        verbose_name="period",
    )
    position = models.PositiveSmallIntegerField("ordning", default=0)
    title = models.CharField(
        "rubrik", max_length=200, help_text="T.ex. ”Kompletterande nettouppgifter jämförda med "
        "budget”."
    )
    text_before = models.TextField("text före tabellen", blank=True)
    text_after = models.TextField("text efter tabellen", blank=True)
    with_budget = models.BooleanField("kolumn för budget", default=True)
    with_comparison = models.BooleanField("kolumn för föregående år", default=True)
    history = HistoricalRecords()
    objects = FrozenQuerySet.as_manager()

    class Meta:
        verbose_name = "kompletterande not"
        verbose_name_plural = "kompletterande noter"
        ordering = ["period", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["period", "title"],
                name="supplementary_note_title_unique",
                violation_error_message="Perioden har redan en not med den rubriken.",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class SupplementaryNoteRow(FrozenGuardMixin, models.Model):
    note = models.ForeignKey(
        SupplementaryNote, on_delete=models.CASCADE, related_name="rows", verbose_name="not"
    )
    position = models.PositiveSmallIntegerField("ordning", default=0)
    label = models.CharField("rad", max_length=200)
    budget = _amount("budget")
    amount = _amount("utfall")
    comparison_amount = _amount("föregående år")
    history = HistoricalRecords()
    objects = FrozenQuerySet.as_manager()

    class Meta:
        verbose_name = "rad i kompletterande not"
        verbose_name_plural = "rader i kompletterande noter"
        ordering = ["note", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["note", "label"],
                name="supplementary_row_label_unique",
                violation_error_message="Noten har redan en rad med det namnet.",
            ),
            models.CheckConstraint(
                condition=~Q(label=""),
                name="supplementary_row_label_not_empty",
                violation_error_message="Raden behöver ett namn.",
            ),
        ]

    def __str__(self) -> str:
        return self.label
