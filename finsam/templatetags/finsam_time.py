"""Times as people in the förbund read them: Europe/Stockholm, labelled "svensk tid".

``{{ moment|svensk_tid }}`` gives ``2024-03-01 14:05`` (the local wall-clock time, summer time
included); every page that prints a time labels it with ``TIME_LABEL`` ("svensk tid"), so the
Historik, the document page and its versions read the same everywhere.
"""

from __future__ import annotations

import datetime
import zoneinfo

from django import template

register = template.Library()

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
TIME_LABEL = "svensk tid"


def to_stockholm(moment: datetime.datetime) -> datetime.datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.astimezone(STOCKHOLM)


@register.filter(expects_localtime=False)
def svensk_tid(moment: datetime.datetime | None, seconds: bool = False) -> str:
    if moment is None or not isinstance(moment, datetime.datetime):
        return "–"
    return f"{to_stockholm(moment):%Y-%m-%d %H:%M{':%S' if seconds else ''}}"


@register.simple_tag
def time_label() -> str:
    return TIME_LABEL
