"""Swedish error pages also when DEBUG is on (the demo runs with DEBUG=1).

With DEBUG, Django answers a missing page or a bad request with its English technical pages and
an error with a traceback page. This middleware replaces them with the app's Swedish 400, 404
and 500 pages. The traceback is still logged by Django ("django.request" logger) to the console.
``DEBUG_TECHNICAL_ERRORS=1`` in the environment keeps Django's technical pages for developers.
"""

from __future__ import annotations

from django.conf import settings
from django.template import loader

SWEDISH_PAGES = {400: "400.html", 404: "404.html", 500: "500.html"}


class SwedishErrorPagesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not settings.DEBUG or getattr(settings, "DEBUG_TECHNICAL_ERRORS", False):
            return response
        template = SWEDISH_PAGES.get(response.status_code)
        content_type = response.get("Content-Type", "")
        if template is None or getattr(response, "streaming", False):
            return response
        if not content_type.startswith("text/html") and response.status_code != 404:
            return response
        if getattr(response, "swedish_error_page", False):
            return response
        body = loader.render_to_string(template, request=request)
        response.content = body.encode()
        response["Content-Type"] = "text/html; charset=utf-8"
        response.swedish_error_page = True
        return response
