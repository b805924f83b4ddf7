"""The sections of the narrative texts of each kind of document (Verksamhetsplan, Delårsrapport,
Årsredovisning): their keys, titles, order, defaults and which are statutory."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reports.models.kinds import DocumentKind

if TYPE_CHECKING:  # only named in annotations: the models import this module
    from reports.models import ReportDocument

VP = DocumentKind.VERKSAMHETSPLAN
DR = DocumentKind.DELARSRAPPORT
AR = DocumentKind.ARSREDOVISNING

INSATS_SECTION = "insats"


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    kinds: tuple[str, ...]
    help: str
    default: str | None = None
    default_interim: str | None = None  # a Delårsrapport's own default, when it differs

    def default_for(self, kind: str) -> str | None:
        default = self.default_interim if kind == DR and self.default_interim else self.default
        if default is None:
            return None
        return default.format(dokumentet=DOCUMENT_SUBJECT[kind])


DOCUMENT_SUBJECT = {
    VP: "Verksamhetsplanen",
    DR: "Delårsrapporten",
    AR: "Årsredovisningen",
}

# Modelled on finnveden-arsredovisning-2020, section 6, and sodra-vatterbygden-arsredovisning-2024,
# not 1 ("Årsredovisningen är i tillämpliga delar upprättad i enlighet med Lag (2018:597) …").
DEFAULT_REDOVISNINGSPRINCIPER = (
    "{dokumentet} är i tillämpliga delar upprättad i enlighet med Lag (2018:597) om kommunal "
    "bokföring och redovisning (LKBR) samt rekommendationer från Rådet för kommunal redovisning "
    "(RKR). Vissa anpassningar har gjorts till samordningsförbundets verksamhet. Principerna är "
    "oförändrade jämfört med föregående år."
)
# A Delårsrapport follows RKR R17 and the principles of the latest årsredovisning; it speaks of
# the period, never of "årets" figures.
DEFAULT_REDOVISNINGSPRINCIPER_DELAR = (
    "{dokumentet} är i tillämpliga delar upprättad i enlighet med Lag (2018:597) om kommunal "
    "bokföring och redovisning (LKBR) och Rådet för kommunal redovisnings (RKR) rekommendation "
    "R17 Delårsrapport. Samma redovisningsprinciper och beräkningsmetoder har tillämpats som i "
    "den senaste årsredovisningen. Vissa anpassningar har gjorts till samordningsförbundets "
    "verksamhet."
)

SECTIONS: tuple[Section, ...] = (
    Section(
        "inledning",
        "Inledning",
        (VP,),
        "Vad förbundet är och arbetar efter: lagen (2003:1210) om finansiell samordning, "
        "medlemmarna och syftet med samordningen.",
    ),
    Section(
        "vision",
        "Vision",
        (VP,),
        "Förbundets vision för planåret, en mening. Skrivs ut på försättsbladet och i avsnittet "
        "Vision; årsredovisningen och delårsrapporten för samma år använder den också.",
    ),
    Section(
        "verksamhetside",
        "Verksamhetsidé",
        (VP,),
        "Förbundets verksamhetsidé för planåret (skrivs ut under visionen).",
    ),
    Section(
        "uppdrag",
        "Samordningsförbundets uppgifter",
        (VP,),
        "Förbundets uppdrag enligt lagen (2003:1210): besluta om mål och riktlinjer, stödja "
        "samverkan, finansiera insatser.",
    ),
    Section(
        "malgrupper",
        "Målgrupper",
        (VP,),
        "Den övergripande målgruppen och förbundets prioriterade målgrupper under planåret.",
    ),
    Section(
        "inriktning",
        "Inriktning på samverkansarbetet",
        (VP,),
        "Vilka insatser förbundet finansierar och hur: utgångspunkter, strukturellt arbete, "
        "jämställdhet.",
    ),
    Section(
        "organisation_plan",
        "Samordningsförbundets organisation",
        (VP,),
        "Styrelse, arbetsutskott, kansli och beredningsgrupp med deras uppdrag.",
    ),
    Section(
        "malsattningar",
        "Målsättningar",
        (VP,),
        "Övergripande mål och individmål. Insatserna med sina mål för planåret och "
        "verksamhetsplanens åtaganden skrivs ut automatiskt efter texten.",
    ),
    Section(
        "finansiella_mal",
        "Finansiella mål",
        (VP,),
        "Budget i balans, likviditet, inga lån; avsteg som planeras och varför.",
    ),
    Section(
        "verksamhet",
        "Verksamhet under året",
        (VP,),
        "Vad förbundet ska göra under planåret utöver insatserna: utvecklingsarbete, uppdrag "
        "som fortsätter.",
    ),
    Section(
        "budget_motivering",
        "Budgetens förutsättningar",
        (VP,),
        "Före budgettabellen: behoven, medlemmarnas bidrag, statens erbjudande, antaganden och "
        "eget kapital. Fotnoter skrivs [^så här] direkt efter ordet de hör till.",
    ),
    Section(
        "ordforande",
        "Ordföranden har ordet",
        (AR,),
        "Ordförandens egna ord om året: vad som hänt, vad förbundet uppnått och ett tack. "
        "Avsluta med namn och ”ordförande” på var sin rad.",
    ),
    Section(
        "organisation",
        "Organisation, uppdrag, finansiering och vision",
        (DR, AR),
        "Medlemmarna, styrelse, beredningsgrupp och kansli; målgrupp och uppdrag; finansieringen "
        "(hälften staten, en fjärdedel regionen, en fjärdedel kommunerna); vision.",
    ),
    Section(
        "viktiga_forhallanden",
        "Viktiga förhållanden för resultat och ekonomisk ställning",
        (DR, AR),
        "Omvärlden och det som påverkat resultatet: arbetsmarknad, sjukskrivningar, förändringar "
        "hos medlemmarna, skäl till över- eller underskott.",
    ),
    Section(
        "vasentliga_handelser",
        "Händelser av väsentlig betydelse",
        (DR,),
        "Händelser under perioden (eller efter periodens slut) som påverkar verksamheten eller "
        "ekonomin väsentligt.",
    ),
    Section(
        "styrning",
        "Styrning och uppföljning",
        (DR, AR),
        "Text före och efter styrelsetabellen: antal sammanträden, beredningsgrupp, hur "
        "insatserna följs upp. Tabellen med ledamöterna skrivs ut automatiskt.",
    ),
    Section(
        "god_ekonomisk_hushallning",
        "God ekonomisk hushållning",
        (DR, AR),
        "Styrelsens bedömning av måluppfyllelse och god ekonomisk hushållning. Tabeller över "
        "deltagare, mål och balanskravsresultat skrivs ut automatiskt.",
    ),
    Section(
        "personal",
        "Väsentliga personalförhållanden",
        (DR, AR),
        "Anställda eller köpta tjänster (förbundschef, verksamhetsutvecklare …); sjukfrånvaro när "
        "förbundet har anställda.",
    ),
    Section(
        "forvantad_utveckling",
        "Förväntad utveckling",
        (DR, AR),
        "Vad förbundet väntar sig av kommande år: omvärld, finansiering, planerade förändringar.",
    ),
    Section(
        "driftredovisning",
        "Kommentar till driftredovisningen",
        (DR, AR),
        "Skrivs ut under driftredovisningens tabell: varför utfallet avviker från budgeten, "
        "likvida medel. Lämnas tom om inget behöver förklaras.",
    ),
    Section(
        "redovisningsprinciper",
        "Redovisningsprinciper",
        (DR, AR),
        "Enligt vilka regler rapporten är upprättad. Lämnas texten tom skrivs standardtexten ut. "
        "Avvikelser från RKR:s rekommendationer ska förklaras här eller i en not.",
        DEFAULT_REDOVISNINGSPRINCIPER,
        DEFAULT_REDOVISNINGSPRINCIPER_DELAR,
    ),
)

SECTIONS_BY_KEY = {section.key: section for section in SECTIONS}

# The statutory sections of each kind whose content is the writer's text alone (R15 for the
# Årsredovisning's förvaltningsberättelse, R17 for the Delårsrapport; the plan's statutory
# content is its budget, which has its own check). The completeness gate
# (``reports.completeness``) refuses a document while one of them is empty.
STATUTORY: dict[str, tuple[str, ...]] = {
    VP: (),
    DR: ("viktiga_forhallanden", "vasentliga_handelser", "forvantad_utveckling"),
    AR: ("viktiga_forhallanden", "personal", "forvantad_utveckling"),
}


def is_statutory(section: Section, kind: str) -> bool:
    return section.key in STATUTORY.get(kind, ())


INSATS_TEXT_HELP = (
    "Text om insatsen i Bilaga 2: ansvar och period, målgrupp, metod, resultat, utmaningar. "
    "Tabeller över deltagare, avslut, mål och ekonomi skrivs ut automatiskt."
)
INSATS_KINDS = (VP, DR, AR)
INSATS_TEXT_HELP_PLAN = (
    "Insatsen i verksamhetsplanen: målgrupp, vad den gör och vem som driver den under planåret. "
    "Insatsens mål för året skrivs ut automatiskt efter texten."
)


def sections_for(kind: str) -> list[Section]:
    return [section for section in SECTIONS if kind in section.kinds]


def section_for(document: ReportDocument, key: str) -> Section | None:
    section = SECTIONS_BY_KEY.get(key)
    if section is None or document.kind not in section.kinds:
        return None
    return section
