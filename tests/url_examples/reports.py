from finsam.models import Forbund


def kwargs_for(name: str, forbund: Forbund) -> dict:
    """Arguments for this app's URL pattern ``name``, filled with the förbund's demo objects."""
    return {}
