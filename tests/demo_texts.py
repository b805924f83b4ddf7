"""The demo förbund's texts as the demo files hold them (``demo/<förbund>.json``), for tests that
compare a copied text with the demo's: ``SODRA_VP_2020`` is Södra Vätterbygden's Verksamhetsplan
2020, section key → body (the förbund's own texts, not the insatser's)."""

from workspace import demo_files


def plan_texts(slug: str, year: int) -> dict[str, str]:
    document = demo_files.read(slug)
    rows = {section["model"]: section["rows"] for section in document["objects"]}
    years = {row["ref"]: row["fields"]["year"] for row in rows["finsam.fiscalyear"]}
    plans = {
        row["ref"]
        for row in rows["reports.reportdocument"]
        if row["fields"]["kind"] == "verksamhetsplan"
        and years[row["fields"]["fiscal_year"]] == year
    }
    return {
        row["fields"]["section"]: row["fields"]["body"]
        for row in rows["reports.reporttext"]
        if row["fields"]["document"] in plans and row["fields"]["insats"] is None
    }


SODRA_VP_2020 = plan_texts("sodra-vatterbygden", 2020)
