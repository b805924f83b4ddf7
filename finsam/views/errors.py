"""The 403 page says why: a missing role, or an approved report that is frozen."""

from django.shortcuts import render

DEFAULT_TITLE = "Ingen behörighet"


def permission_denied(request, exception=None):
    context = {
        "title": getattr(exception, "title", DEFAULT_TITLE),
        "reason": str(exception) if exception is not None else "",
    }
    return render(request, "403.html", context, status=403)
