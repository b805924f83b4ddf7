"""The kinds of document and their states (a leaf: the text sections name them without importing the
document models)."""

from django.db import models

# --- Documents, their approval and their texts -------------------------------------------------


class DocumentKind(models.TextChoices):
    VERKSAMHETSPLAN = "verksamhetsplan", "Verksamhetsplan med budget"
    DELARSRAPPORT = "delarsrapport", "Delårsrapport"
    ARSREDOVISNING = "arsredovisning", "Årsredovisning"


class DocumentStatus(models.TextChoices):
    UTKAST = "utkast", "Utkast"
    INSKICKAD = "inskickad", "Inskickad för godkännande"
    GODKAND = "godkand", "Godkänd"
