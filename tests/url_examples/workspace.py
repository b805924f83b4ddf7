from finsam.models import Forbund


def kwargs_for(name: str, forbund: Forbund) -> dict:
    """The start page and "Nytt år" take nothing but the förbund."""
    return {}
