"""Demo figures of the published insats reporting that interventions/demo.py does not hold: the
förbund's unique-individual totals, the förbund's own avslutsorsaker, indicator comparisons,
Hälsoteket Eken, Hälsoskolan's volume participants by gender and Mentorskap (a strukturinsats).
Idempotent, like the rest of the demo."""

import datetime
from decimal import Decimal

from finsam.models import Forbund
from interventions.demo import Q_REDO, _upsert
from interventions.models import (
    ExitCategory,
    ExitReason,
    IndicatorResult,
    Insats,
    InsatsKind,
    ParticipantOutcome,
    ParticipantTotal,
)

D = datetime.date

# finnveden-arsredovisning-2020, 1.4: "Total 176 personer deltog i finansierade insatserna, varav
# 83 kvinnor, 65 män och 28 där vi saknar uppgift om kön" (SUS counts each person once).
# insjoriket-delarsrapport-2018: "riktade insatser till 424 personer under perioden, 268 kvinnor
# och 156 män".
TOTALS = [
    ("finnveden", D(2020, 1, 1), D(2020, 12, 31), 176, 83, 65, 28, "SUS"),
    ("insjoriket", D(2018, 1, 1), D(2018, 8, 31), 424, 268, 156, None, "SUS"),
]

# finnveden's own avslutsorsaker, both counted as "Annat" in the national grouping: SE/IPS "21 var
# aktivt arbetssökande via AF"; Nya Vägar "Utskrivning (till arbete, studier eller arbetsökande):
# 9 deltagare, alla aktivt arbetsökande".
OWN_EXITS = [
    "Aktivt arbetssökande via Arbetsförmedlingen",
    "Jobb, studier eller aktivt arbetssökande",
]

EKEN = {
    "name": "Hälsoteket Eken",
    "kind": InsatsKind.INDIVID,
    "responsible_other": "Alingsås kommun",
    "malgrupp": (
        "Personer med utländsk bakgrund som står utanför samhället och behöver närma sig "
        "arbetsmarknaden. Insatsen vänder sig till en språkgrupp åt gången, med tolk."
    ),
    "bemanning": (
        "Förbundet finansierar en del tryckkostnader för presentationsmaterial samt personal "
        "motsvarande 10 % av en heltidstjänst."
    ),
    "metod": (
        "Föreläsnings- och friskvårdstillfällen samt studiebesök, tre träffar i veckan. Samverkan "
        "mellan Arbetsförmedlingen, kommunen och Samordningsförbundet Insjöriket."
    ),
    "position": 8,
}
EKEN_OUTCOME = {
    "resultat": (
        "Ekens mål har blivit att öka deltagarnas medvetenhet och upplevelse av hälsa och "
        "livskvalité. Studiebesök på företag och organisationer har bokats i större omfattning "
        "och insatsen ses på Arbetsförmedlingen som arbetsförberedande. Några deltagare går efter "
        "avslutad insats vidare till arbete, praktik eller studier."
    ),
    "utmaningar": (
        "De flesta har remitterats från Arbetsförmedlingen och från arbetsmarknadsenheten, AME och "
        "SFI. Försöken att nå fler instanser, exempelvis vården, har inte ökat inflödet."
    ),
}


def load_exit_categories(forbund: Forbund) -> None:
    """Before the outcomes, which refer to them by name (interventions/demo.py)."""
    for position, name in enumerate(OWN_EXITS, start=1):
        _upsert(
            ExitCategory,
            {"forbund": forbund, "name": name},
            {"national_reason": ExitReason.ANNAT, "position": position},
        )


def _eken(forbund: Forbund) -> None:
    values = {k: v for k, v in EKEN.items() if k != "name"}
    insats = _upsert(Insats, {"forbund": forbund, "name": EKEN["name"]}, values)
    # No counts are printed for Eken: a record with its texts, outside the participant table.
    _upsert(
        ParticipantOutcome,
        {"insats": insats, "period_start": D(2018, 1, 1), "period_end": D(2018, 8, 31)},
        {"in_summary": False, "source": "", **EKEN_OUTCOME},
    )


def _mentorskap(forbund: Forbund) -> None:
    insats = Insats.objects.get(forbund=forbund, name="Mentorskap")
    # "Sedan starten 2014 har 197 arbetsgivare utbildats. Vårens två utbildningsomgångar gav 37
    # nya mentorer".
    _upsert(
        ParticipantOutcome,
        {"insats": insats, "period_start": D(2014, 1, 1), "period_end": D(2018, 8, 31)},
        {"in_summary": False, "source": "Projektets egen statistik", "deltagare": 197},
    )
    _upsert(
        ParticipantOutcome,
        {"insats": insats, "period_start": D(2018, 1, 1), "period_end": D(2018, 8, 31)},
        {
            "in_summary": False,
            "source": "Projektets egen statistik",
            "nya": 37,
            "aktiviteter": 2,
        },
    )


def load(forbund_by_slug: dict[str, Forbund]) -> None:
    for slug, start, end, total, kvinnor, man, okant, source in TOTALS:
        _upsert(
            ParticipantTotal,
            {"forbund": forbund_by_slug[slug], "period_start": start, "period_end": end},
            {"deltagare": total, "kvinnor": kvinnor, "man": man, "okant": okant, "source": source},
        )

    finnveden = forbund_by_slug["finnveden"]
    # SE/IPS fråga 6: "Nu svarade 62% Helt och hållet jämfört med 44% förra året och 23%
    # nationellt" (the number who answered in 2019 is not printed).
    se_ips = Insats.objects.get(forbund=finnveden, name="Stöd till arbete – SE/IPS")
    _upsert(
        IndicatorResult,
        {"insats": se_ips, "period_year": 2020, "question": Q_REDO},
        {"share_positive_national": Decimal("0.23")},
    )
    _upsert(
        IndicatorResult,
        {"insats": se_ips, "period_year": 2019, "question": Q_REDO},
        {"respondents": None, "share_positive": Decimal("0.44")},
    )

    insjoriket = forbund_by_slug["insjoriket"]
    halsoskolan = ParticipantOutcome.objects.get(
        insats__forbund=insjoriket, insats__name="Hälsoskolan Mölndal", in_summary=True
    )
    # "sammanlagt 14 varav 7 kvinnor och 7 män".
    _upsert(ParticipantOutcome, {"pk": halsoskolan.pk}, {"volym_kvinnor": 7, "volym_man": 7})
    _eken(insjoriket)
    _mentorskap(insjoriket)
