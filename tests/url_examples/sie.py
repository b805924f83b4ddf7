from finsam.models import Forbund
from sie import uploads
from workspace.demo_files import SODRA_SIE


def kwargs_for(name: str, forbund: Forbund) -> dict:
    """Arguments for this app's URL pattern ``name``: an upload of the demo SIE file, staged for
    the förbund (the preview reads it; the pages find it only under that förbund)."""
    if name in ("sie-preview", "sie-map", "sie-apply"):
        token = uploads.store(
            forbund.slug, [SODRA_SIE.read_bytes()], name="demo.se", year=2024, through=None
        )
        return {"token": token}
    return {}
