"""A year's Verksamhetsplan document is created with its budget (no longer when the document list
is shown, since a GET must never write): create the missing ones once."""

from django.db import migrations


def create_plan_documents(apps, schema_editor):
    Budget = apps.get_model("finsam", "Budget")
    ReportDocument = apps.get_model("reports", "ReportDocument")
    for fiscal_year_id in (
        Budget.objects.filter(kind="budget").values_list("fiscal_year_id", flat=True).distinct()
    ):
        ReportDocument.objects.get_or_create(fiscal_year_id=fiscal_year_id, kind="verksamhetsplan")


class Migration(migrations.Migration):
    dependencies = [("reports", "0008_constraint_messages_in_swedish")]

    operations = [migrations.RunPython(create_plan_documents, migrations.RunPython.noop)]
