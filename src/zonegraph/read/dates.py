"""Dates as articles give them: often 5月3日 without a year. A year is never guessed."""

from __future__ import annotations

import re

_DATE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def parse_iso(value: str | None) -> str | None:
    """Validate YYYY-MM-DD; anything else is None."""
    if not value:
        return None
    m = _ISO.match(value.strip())
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def date_in_text(text: str, year: int | None = None, window: int = 40) -> str | None:
    """The date at the opening of an article body (本刊讯 5月3日，…).

    Returns YYYY-MM-DD when a year is stated there or given, else the month-day form --MM-DD.
    """
    m = _DATE.search(text[:window])
    if not m:
        return None
    y = int(m.group(1)) if m.group(1) else year
    mo, d = int(m.group(2)), int(m.group(3))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if y:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return f"--{mo:02d}-{d:02d}"
