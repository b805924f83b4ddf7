import datetime

from django.shortcuts import redirect, render
from django.views.generic import UpdateView

from finsam import selectors
from finsam.forms import BoardMemberForm, ForbundForm, MemberForm, PopulationForm
from finsam.models import BoardMember, Forbund, Member, Population
from finsam.permissions import EditMixin
from finsam.tables import BoardMemberTable, MemberTable, PopulationTable
from finsam.views.base import (
    FormPageMixin,
    ScopedCreateView,
    ScopedDeleteView,
    ScopedListView,
    ScopedUpdateView,
)


def home(request):
    """The user's förbund; with only one, go straight to it."""
    if not request.user.is_authenticated:
        return redirect("login")
    forbund = list(Forbund.objects.filter(memberships__user=request.user).order_by("name"))
    if len(forbund) == 1:
        return redirect(forbund[0].get_absolute_url())
    return render(request, "finsam/home.html", {"forbund_list": forbund})


class ForbundUpdateView(EditMixin, FormPageMixin, UpdateView):
    model = Forbund
    form_class = ForbundForm
    template_name = "finsam/form.html"

    title = "Förbundets uppgifter"
    success_message = "Förbundets uppgifter är sparade."

    def get_object(self, queryset=None):
        return self.forbund

    def get_success_url(self):
        return self.forbund.get_absolute_url()


# --- Members ------------------------------------------------------------------------------------


class MemberListView(ScopedListView):
    model = Member
    table_class = MemberTable
    title = "Medlemmar"
    create_url_name = "member-create"
    intro = (
        "Förbundets medlemmar. Staten betalar hälften via Försäkringskassan, regionen en fjärdedel "
        "och kommunerna tillsammans en fjärdedel."
    )


class MemberCreateView(ScopedCreateView):
    model = Member
    form_class = MemberForm
    title = "Ny medlem"
    list_url_name = "member-list"


class MemberUpdateView(ScopedUpdateView):
    model = Member
    form_class = MemberForm
    title = "Ändra medlem"
    list_url_name = "member-list"
    delete_url_name = "member-delete"


class MemberDeleteView(ScopedDeleteView):
    model = Member
    list_url_name = "member-list"
    protected_message = (
        "Medlemmen kan inte tas bort: styrelseledamöter eller budgetrader hänvisar till den."
    )


# --- Populations --------------------------------------------------------------------------------


class PopulationListView(ScopedListView):
    model = Population
    table_class = PopulationTable
    scope_field = "member__forbund"
    title = "Invånarantal"
    create_url_name = "population-create"
    intro = "Kommunernas invånarantal per datum. Driftbidragets kommundel fördelas efter dessa."

    def get_queryset(self):
        return super().get_queryset().select_related("member")


class PopulationCreateView(ScopedCreateView):
    model = Population
    form_class = PopulationForm
    title = "Nytt invånarantal"
    list_url_name = "population-list"


class PopulationUpdateView(ScopedUpdateView):
    model = Population
    form_class = PopulationForm
    scope_field = "member__forbund"
    title = "Ändra invånarantal"
    list_url_name = "population-list"
    delete_url_name = "population-delete"


class PopulationDeleteView(ScopedDeleteView):
    model = Population
    scope_field = "member__forbund"
    list_url_name = "population-list"


# --- Board --------------------------------------------------------------------------------------


class BoardListView(ScopedListView):
    model = BoardMember
    table_class = BoardMemberTable
    title = "Styrelse"
    create_url_name = "board-member-create"
    template_name = "finsam/board_list.html"

    def get_queryset(self):
        return super().get_queryset().select_related("appointed_by")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year = self.request.GET.get("ar", "")
        year = int(year) if year.isdigit() else datetime.date.today().year
        context["year"] = year
        context["board_table"] = selectors.board_table(self.forbund, year)
        return context


class BoardMemberCreateView(ScopedCreateView):
    model = BoardMember
    form_class = BoardMemberForm
    title = "Ny styrelseledamot eller ersättare"
    list_url_name = "board-list"


class BoardMemberUpdateView(ScopedUpdateView):
    model = BoardMember
    form_class = BoardMemberForm
    title = "Ändra styrelseuppdrag"
    list_url_name = "board-list"
    delete_url_name = "board-member-delete"


class BoardMemberDeleteView(ScopedDeleteView):
    model = BoardMember
    list_url_name = "board-list"
