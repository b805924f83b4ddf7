"""The 403 page says why: a missing role, or an approved report that is frozen."""

from django.http import HttpResponsePermanentRedirect
from django.shortcuts import render
from django.templatetags.static import static

DEFAULT_TITLE = "Ingen behörighet"


def permission_denied(request, exception=None):
    context = {
        "title": getattr(exception, "title", DEFAULT_TITLE),
        "reason": str(exception) if exception is not None else "",
    }
    return render(request, "403.html", context, status=403)


def favicon(request):
    """/favicon.ico, which browsers ask for on pages without a <link rel="icon"> (PDFs)."""
    return HttpResponsePermanentRedirect(static("favicon.svg"))
