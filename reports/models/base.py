"""What the frozen models share: the guarded queryset and save/delete (``reports.freeze_guard``) and
the amount fields."""

from django.db import models

from finsam.signals import rows_updated
from reports import freeze_guard


class FrozenQuerySet(models.QuerySet):
    """Bulk ``update()``/``delete()`` refuse the rows of an approved document
    (``reports.freeze``; the database triggers refuse them too) and are audited like single
    saves: each affected row gets its history record."""

    def update(self, **kwargs):
        freeze_guard.check("queryset", self, changed_fields=list(kwargs))
        pks = list(self.values_list("pk", flat=True))
        count = super().update(**kwargs)
        self._audit(pks, "~")
        rows_updated.send(sender=self.model, pks=pks)
        return count

    def delete(self):
        freeze_guard.check("queryset", self)
        self._audit(list(self.values_list("pk", flat=True)), "-")
        return super().delete()

    def _audit(self, pks: list, history_type: str) -> None:
        history = getattr(self.model, "history", None)
        if history is None or not pks:
            return
        rows = history.bulk_history_create(
            list(self.model._base_manager.filter(pk__in=pks)),
            update=True,
            default_change_reason="Ändring av flera rader",
        )
        if history_type != "~" and rows:
            history.model.objects.filter(history_id__in=[row.history_id for row in rows]).update(
                history_type=history_type
            )


class FrozenGuardMixin(models.Model):
    """``save()``/``delete()`` refuse a row of an approved document with ``ReportFrozen``."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        freeze_guard.check("instance", self)
        return super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        freeze_guard.check("instance", self, deleting=True)
        return super().delete(*args, **kwargs)


def amount_field(verbose_name: str, **kwargs) -> models.DecimalField:
    return models.DecimalField(verbose_name, max_digits=15, decimal_places=2, **kwargs)


def optional_amount(verbose_name: str, **kwargs) -> models.DecimalField:
    return amount_field(verbose_name, null=True, blank=True, **kwargs)
