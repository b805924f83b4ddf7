"""The Swedish messages of the report forms (shown next to the field)."""

from __future__ import annotations

PERIOD_EXISTS = "Det finns redan en {kind} för perioden {start}–{end}."
ARSREDOVISNING_EXISTS = "Det finns redan en årsredovisning för {year}."
FULL_YEAR_ONLY = "En årsredovisning omfattar hela kalenderåret, 1 januari–31 december."
DATE_OUTSIDE_YEAR = "Datumet ska ligga inom {year}."
END_BEFORE_START = "Slutdatum ska vara efter startdatum."
LABEL_REQUIRED = "Skriv radens namn."
MEMBER_REQUIRED = "Välj vilken medlem driftbidraget kommer från."
MEMBER_ONLY_DRIFTBIDRAG = "Medlem anges bara för driftbidrag."
DUPLICATE_LINE = "Det finns redan en rad med det namnet."
DUPLICATE_MEMBER = "Medlemmen har redan en rad för driftbidrag."
CATEGORY_ONLY_OPERATING = "Kategori anges bara för verksamhetens kostnader."
SUB_LINE_NO_BUDGET = "En specifikationsrad har ingen egen budget; ange budgeten på huvudraden."
SUB_LINE_OF_SUB_LINE = "Välj en huvudrad; en specifikationsrad kan inte själv specificeras."
SUB_LINE_OWN = "En rad kan inte vara specifikation till sig själv."
SUB_LINE_KIND = "Bara kostnader och personalkostnader kan specificeras med underrader."
PARENT_AMOUNT_COMPUTED = (
    "Raden specificeras av underrader; dess utfall räknas fram ur dem. Lämna fältet tomt."
)
PARENT_HAS_SUBS = "Raden har specifikationsrader och kan inte själv bli en specifikationsrad."
HISTORY_HAS_REPORT = (
    "Det finns en årsredovisning för {year} i verktyget; tidigare år anges bara för år före det."
)
PERIOD_HISTORY_HAS_REPORT = (
    "Det finns en delårsrapport för perioden i verktyget; tidigare perioder anges bara före den."
)
EQUITY_AND_ASSETS = "Ange både eget kapital och summa tillgångar, eller inget av dem."
PROVISIONS_NEGATIVE = "Beloppet kan inte vara negativt."
ANTAL_ANSTALLDA_HELP = "Antal anställda i förbundet vid periodens slut (0 om tjänster köps in)."
