import django_tables2 as tables
from django.utils.safestring import mark_safe

from finsam.models import BoardMember, Member, Population


class EditLinkColumn(tables.TemplateColumn):
    def __init__(self, url_name: str, **kwargs):
        super().__init__(
            template_name="finsam/_row_actions.html",
            extra_context={"url_name": url_name},
            # A header for screen readers; sighted users see the links themselves.
            verbose_name=mark_safe('<span class="visually-hidden">Åtgärder</span>'),
            orderable=False,
            attrs={"td": {"class": "actions"}},
            **kwargs,
        )


class MemberTable(tables.Table):
    name = tables.Column(verbose_name="Namn")
    kind = tables.Column(verbose_name="Typ")
    explicit_share = tables.Column(verbose_name="Fast andel", attrs={"td": {"class": "num"}})
    actions = EditLinkColumn("member")

    class Meta:
        model = Member
        fields = ["name", "kind", "explicit_share"]
        order_by = ["position"]
        attrs = {"class": "data"}


class PopulationTable(tables.Table):
    member = tables.Column(verbose_name="Kommun", order_by=("member__name",))
    reference_date = tables.DateColumn(verbose_name="Per datum", format="Y-m-d")
    inhabitants = tables.TemplateColumn(
        "{% load money %}{{ value|kr }}",
        verbose_name="Invånarantal",
        attrs={"td": {"class": "num"}},
    )
    actions = EditLinkColumn("population")

    class Meta:
        model = Population
        fields = ["member", "reference_date", "inhabitants"]
        attrs = {"class": "data"}


class BoardMemberTable(tables.Table):
    name = tables.Column(verbose_name="Namn")
    role = tables.Column(verbose_name="Roll")
    appointed_by = tables.Column(verbose_name="Utsedd av", order_by=("appointed_by__position",))
    start_date = tables.DateColumn(verbose_name="Från", format="Y-m-d")
    end_date = tables.DateColumn(verbose_name="Till och med", format="Y-m-d", default="–")
    actions = EditLinkColumn("board-member")

    class Meta:
        model = BoardMember
        fields = ["name", "role", "appointed_by", "start_date", "end_date"]
        attrs = {"class": "data"}
