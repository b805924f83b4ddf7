"""Signals of the core domain."""

from django.dispatch import Signal

# Rows changed without save() (QuerySet.update): sender is the model, ``pks`` the rows' keys.
rows_updated = Signal()
