"""Uploaded SIE files between the upload and the applied import.

Kept as files in a staging directory per förbund (``settings.SIE_UPLOAD_DIR``, default the
system's temporary directory), named by a random 128-bit token, with the upload's name, year and
period end beside it as JSON. A page finds an upload only under its own förbund, and every page is
for the förbund's sekreterare only. Files older than a day are removed at each upload.
"""

from __future__ import annotations

import json
import re
import secrets
import tempfile
import time
from pathlib import Path

from django.conf import settings

MAX_AGE = 24 * 3600
TOKEN = re.compile(r"^[0-9a-f]{32}$")


def _directory(forbund_slug: str) -> Path:
    base = getattr(settings, "SIE_UPLOAD_DIR", None) or Path(tempfile.gettempdir()) / "finsam-sie"
    path = Path(base) / forbund_slug
    path.mkdir(parents=True, exist_ok=True)
    return path


def store(forbund_slug: str, chunks, *, name: str, year: int, through: str | None) -> str:
    directory = _directory(forbund_slug)
    now = time.time()
    for old in directory.glob("*"):
        if now - old.stat().st_mtime > MAX_AGE:
            old.unlink(missing_ok=True)
    token = secrets.token_hex(16)
    with open(directory / f"{token}.sie", "wb") as out:
        for chunk in chunks:
            out.write(chunk)
    meta = {"name": Path(name).name[:255] or "fil.se", "year": year, "through": through}
    (directory / f"{token}.json").write_text(json.dumps(meta), encoding="utf-8")
    return token


def get(forbund_slug: str, token: str) -> tuple[dict, Path] | None:
    """The upload's metadata and file, if it was uploaded for this förbund."""
    if not TOKEN.match(token):
        return None
    directory = _directory(forbund_slug)
    path, meta = directory / f"{token}.sie", directory / f"{token}.json"
    if not path.exists() or not meta.exists():
        return None
    return json.loads(meta.read_text(encoding="utf-8")), path


def discard(forbund_slug: str, token: str) -> None:
    if TOKEN.match(token):
        directory = _directory(forbund_slug)
        for suffix in (".sie", ".json"):
            (directory / f"{token}{suffix}").unlink(missing_ok=True)
