"""The 400 and 403 pages say why (in Swedish): a request too large or malformed, a missing role,
or an approved report that is frozen."""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
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


BAD_REQUEST_TITLE = "Felaktig förfrågan"
TOO_BIG = (
    "Det du skickade är för stort: högst {limit} MB kan tas emot på en gång. Inget sparades. "
    "Dela upp det, eller ladda upp en mindre fil."
)
TOO_MANY_FIELDS = "Formuläret innehöll för många fält. Inget sparades."
BAD_REQUEST = "Förfrågan kunde inte tolkas. Inget sparades. Gå tillbaka och försök igen."


def bad_request(request, exception=None):
    if isinstance(exception, RequestDataTooBig):
        limit = max(settings.DATA_UPLOAD_MAX_MEMORY_SIZE, settings.FILE_UPLOAD_MAX_MEMORY_SIZE)
        reason = TOO_BIG.format(limit=round(limit / (1024 * 1024), 1))
    elif isinstance(exception, TooManyFieldsSent | TooManyFilesSent):
        reason = TOO_MANY_FIELDS
    else:
        reason = BAD_REQUEST
    return render(request, "400.html", {"title": BAD_REQUEST_TITLE, "reason": reason}, status=400)


def favicon(request):
    """/favicon.ico, which browsers ask for on pages without a <link rel="icon"> (PDFs)."""
    return HttpResponsePermanentRedirect(static("favicon.svg"))
