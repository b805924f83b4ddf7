from finsam.models import Forbund


def forbund_context(request):
    if not request.user.is_authenticated:
        return {}
    return {
        "my_forbund": Forbund.objects.filter(memberships__user=request.user).order_by("name"),
    }
