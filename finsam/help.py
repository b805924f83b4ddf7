"""The Hjälp page: what each role does, in what order, and short explanations of the words the
app uses. Plain data here; templates/finsam/help.html only displays it."""

from __future__ import annotations

from dataclasses import dataclass

from finsam.models import Role


@dataclass(frozen=True)
class Step:
    title: str
    text: str


@dataclass(frozen=True)
class Term:
    term: str
    explanation: str


STEPS: dict[str, tuple[Step, ...]] = {
    Role.SEKRETERARE: (
        Step(
            "Nytt år",
            "Under ”Nytt år” läggs årets budget, driftbidrag och verksamhetsplan upp "
            "från förra året. Beloppen kopieras som förslag att gå igenom.",
        ),
        Step(
            "Budget och driftbidrag",
            "Gå igenom budgetens rader och medlemmarnas driftbidrag. "
            "Summorna räknas fram medan du skriver.",
        ),
        Step(
            "Siffror",
            "Skapa delårsrapporten eller årsredovisningen under ”Rapporter” och mata "
            "in intäkter, kostnader och balansräkningen. Enter och piltangenterna flyttar "
            "mellan cellerna; ett block från Excel kan klistras in; Ctrl+Enter sparar.",
        ),
        Step(
            "Texter",
            "Skriv eller gå igenom texterna under ”Texter”. Texter som kopierats från "
            "förra året är utkast tills du sparat dem.",
        ),
        Step(
            "Kontroller",
            "Rätta alla fel under ”Kontroller”. Varningar får finnas kvar om de är förklarade.",
        ),
        Step(
            "Skicka för godkännande",
            "Under ”Dokument och godkännande” skickar du dokumentet "
            "till styrelsen. Styrelsen ser det under ”Att besluta”.",
        ),
    ),
    Role.STYRELSE: (
        Step(
            "Att besluta",
            "Startsidan visar först de dokument som väntar på styrelsens beslut, "
            "med en knapp direkt till beslutet.",
        ),
        Step(
            "Granska",
            "Ladda ner utkastet (PDF) eller öppna förhandsvisningen, och se kontrollerna.",
        ),
        Step(
            "Besluta",
            "Godkänn dokumentet, eller skicka tillbaka det till förbundssekreteraren "
            "med en kommentar.",
        ),
        Step(
            "Ladda ner",
            "Efter godkännandet är den godkända PDF:en förstahandsvalet överallt. "
            "Den ändras aldrig; utkastet är bara ett arbetsexemplar.",
        ),
    ),
    Role.REVISOR: (
        Step(
            "Dokumenten",
            "Under ”Dokument och godkännande” finns varje dokument med dess "
            "godkända versioner och deras kontrollsummor.",
        ),
        Step(
            "Historik",
            "”Historik” visar varje ändring: vem (namn och roll), när (svensk tid) "
            "och från vilket värde till vilket. Filtrera på år, dokument, typ av uppgift och "
            "typ av ändring.",
        ),
        Step(
            "Kontrollera en PDF",
            "Jämför en PDF:s SHA-256 med den som står vid versionen: "
            "samma summa betyder samma fil.",
        ),
    ),
}

TERMS: tuple[Term, ...] = (
    Term(
        "Avrundning",
        "En skillnad på några kronor som bara beror på att beloppen avrundats "
        "till hela kronor eller tusental. Ingen åtgärd behövs.",
    ),
    Term(
        "Kontrollsumma (SHA-256)",
        "Ett fingeravtryck av PDF-filen, 64 tecken. Ändras en enda "
        "bokstav i filen blir summan en helt annan, så samma summa visar att filen är "
        "oförändrad sedan godkännandet.",
    ),
    Term(
        "Specifikation till",
        "En rad som specificerar en annan rad (en underrad). Raden den "
        "hör till visar summan av sina underrader och kan inte skrivas i.",
    ),
    Term("Utkast", "Ett dokument som ännu inte är godkänt. Utkastets PDF är märkt ”Utkast”."),
    Term("Inskickad", "Förbundssekreteraren har skickat dokumentet till styrelsen för beslut."),
    Term(
        "Godkänd",
        "Styrelsen har godkänt dokumentet. Uppgifterna och texterna kan då inte "
        "ändras förrän dokumentet återöppnas.",
    ),
    Term(
        "Återöppna",
        "Gör ett godkänt dokument ändringsbart igen. Den godkända versionen finns "
        "kvar och visas som ersatt.",
    ),
    Term(
        "Balanskrav",
        "Kommunallagens krav att intäkterna ska överstiga kostnaderna; "
        "balanskravsutredningen visar om kravet är uppfyllt.",
    ),
    Term(
        "Driftbidrag",
        "Medlemmarnas bidrag till förbundet: staten via Försäkringskassan "
        "hälften, regionen en fjärdedel och kommunerna en fjärdedel.",
    ),
    Term(
        "Fel, varning",
        "Ett fel (FEL) måste rättas innan dokumentet kan skickas in; en "
        "varning ska förklaras eller rättas.",
    ),
)


def steps_for(role: str | None) -> tuple[Step, ...]:
    return STEPS.get(role, ())
