"""Pages of the förbund's own avslutsorsaker (added without code, each mapped to a national one)
and of its participant totals counted as unique individuals."""

import django_tables2 as tables

from finsam.tables import EditLinkColumn
from finsam.views.base import ScopedCreateView, ScopedDeleteView, ScopedListView, ScopedUpdateView
from interventions.forms_reporting import ExitCategoryForm, ParticipantTotalForm
from interventions.models import ExitCategory, ParticipantTotal


class ExitCategoryTable(tables.Table):
    name = tables.Column(verbose_name="Avslutsorsak")
    national_reason = tables.Column(verbose_name="Räknas som (nationell avslutsorsak)")
    actions = EditLinkColumn("exit-category")

    class Meta:
        model = ExitCategory
        fields = ["name", "national_reason"]
        order_by = ["position"]
        attrs = {"class": "data"}


class ExitCategoryListView(ScopedListView):
    model = ExitCategory
    table_class = ExitCategoryTable
    title = "Förbundets avslutsorsaker"
    create_url_name = "exit-category-create"
    intro = (
        "Egna avslutsorsaker, t.ex. ”Jobb, studier eller aktivt arbetssökande”. Bilaga 2 skriver "
        "ut dem med sina namn; tabellen över alla insatser räknar dem som den nationella "
        "avslutsorsak de motsvarar. De kan användas i deltagarfiler och i deltagaruppgifterna."
    )


class ExitCategoryCreateView(ScopedCreateView):
    model = ExitCategory
    form_class = ExitCategoryForm
    title = "Ny avslutsorsak"
    list_url_name = "exit-category-list"


class ExitCategoryUpdateView(ScopedUpdateView):
    model = ExitCategory
    form_class = ExitCategoryForm
    title = "Ändra avslutsorsak"
    list_url_name = "exit-category-list"
    delete_url_name = "exit-category-delete"


class ExitCategoryDeleteView(ScopedDeleteView):
    model = ExitCategory
    list_url_name = "exit-category-list"
    protected_message = (
        "Avslutsorsaken kan inte tas bort eftersom deltagaruppgifter räknar avslutade med den."
    )


class ParticipantTotalTable(tables.Table):
    period_start = tables.DateColumn(verbose_name="Från", format="Y-m-d")
    period_end = tables.DateColumn(verbose_name="Till och med", format="Y-m-d")
    deltagare = tables.Column(verbose_name="Unika deltagare", attrs={"td": {"class": "num"}})
    kvinnor = tables.Column(verbose_name="Kvinnor", attrs={"td": {"class": "num"}}, default="–")
    man = tables.Column(verbose_name="Män", attrs={"td": {"class": "num"}}, default="–")
    okant = tables.Column(
        verbose_name="Uppgift saknas", attrs={"td": {"class": "num"}}, default="–"
    )
    source = tables.Column(verbose_name="Källa", default="")
    actions = EditLinkColumn("participant-total")

    class Meta:
        model = ParticipantTotal
        fields = ["period_start", "period_end", "deltagare", "kvinnor", "man", "okant", "source"]
        order_by = ["-period_end"]
        attrs = {"class": "data"}


class ParticipantTotalListView(ScopedListView):
    model = ParticipantTotal
    table_class = ParticipantTotalTable
    title = "Förbundets deltagare (unika individer)"
    create_url_name = "participant-total-create"
    intro = (
        "Antalet personer i förbundets insatser under en period, där den som deltagit i flera "
        "insatser räknas en gång (ur uppföljningssystemet). Förvaltningsberättelsen skriver ut "
        "detta antal; saknas det summeras insatsernas deltagare."
    )


class ParticipantTotalCreateView(ScopedCreateView):
    model = ParticipantTotal
    form_class = ParticipantTotalForm
    title = "Förbundets deltagare för en period"
    list_url_name = "participant-total-list"


class ParticipantTotalUpdateView(ScopedUpdateView):
    model = ParticipantTotal
    form_class = ParticipantTotalForm
    title = "Ändra förbundets deltagare"
    list_url_name = "participant-total-list"
    delete_url_name = "participant-total-delete"


class ParticipantTotalDeleteView(ScopedDeleteView):
    model = ParticipantTotal
    list_url_name = "participant-total-list"
