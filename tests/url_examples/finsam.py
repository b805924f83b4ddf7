from finsam.models import BoardMember, Budget, Driftbidrag, Forbund, Member, Membership, Population


def kwargs_for(name: str, forbund: Forbund) -> dict:
    objects = {
        "member": Member.objects.filter(forbund=forbund),
        "population": Population.objects.filter(member__forbund=forbund),
        "board-member": BoardMember.objects.filter(forbund=forbund),
    }
    for prefix, queryset in objects.items():
        if name in (f"{prefix}-edit", f"{prefix}-delete"):
            return {"pk": queryset.first().pk}
    if name == "user-remove":
        return {"pk": Membership.objects.filter(forbund=forbund, role="revisor").first().pk}
    if name in ("budget-detail", "budget-edit"):
        budget = Budget.objects.filter(fiscal_year__forbund=forbund).first()
        kwargs = {"year": budget.fiscal_year.year}
        return {**kwargs, "kind": budget.kind} if name == "budget-edit" else kwargs
    if name in ("driftbidrag-detail", "driftbidrag-edit"):
        driftbidrag = Driftbidrag.objects.filter(fiscal_year__forbund=forbund).first()
        return {"year": driftbidrag.fiscal_year.year}
    return {}
