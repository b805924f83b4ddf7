from django.shortcuts import render

LOCKED_OUT_MESSAGE = (
    "För många misslyckade inloggningsförsök. Kontot är spärrat från den här datorn i "
    "15 minuter. Försök igen senare eller kontakta förbundets administratör."
)


def locked_out(request, credentials=None, *args, **kwargs):
    """django-axes calls this when a username + IP address is locked out."""
    return render(
        request, "registration/locked_out.html", {"message": LOCKED_OUT_MESSAGE}, status=429
    )
