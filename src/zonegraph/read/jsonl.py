"""JSON Lines: one article a line with id, title, text (required) and date, url, author, source."""

from __future__ import annotations

import json
import re

from ..model import Article, ReadError
from .dates import date_in_text, parse_iso
from .furniture import split_furniture
from .text import join_broken_paragraphs, strip_ruby

_KEY_SAFE = re.compile(r"[^\w\-.~\u4e00-\u9fff]+")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_URL_UNSAFE = re.compile(r"[^\w\-.~:/?#\[\]@!$&'()*+,;=%\u00a0-\U0010ffff]")


def safe_key(value: str) -> str:
    """An IRI-safe, readable key from an input id (never `.` or `..`, which an IRI path resolves away)."""
    key = _KEY_SAFE.sub("-", value.strip()).strip("-")
    if set(key) <= {"."}:
        key = "-".join("dot" for _ in key)
    return key or "article"


def safe_url(value: str) -> str | None:
    """An http(s) URL with its unsafe characters percent-encoded (a space, <, >, quotes), or None."""
    value = value.strip()
    if not re.match(r"^https?://[^/\s]", value):
        return None
    return _URL_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group(0).encode("utf-8")), value)


def clean(text: str) -> str:
    """Text without control characters (a NUL in a name would make an invalid IRI) or a mirror's pinyin."""
    return strip_ruby(_CONTROL.sub("", text))


def read_jsonl(text: str, source: str, year: int | None = None) -> tuple[list[Article], list[ReadError]]:
    articles: list[Article] = []
    errors: list[ReadError] = []
    seen: set[str] = set()
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(ReadError(source, n, f"malformed JSON: {exc.msg} (column {exc.colno})"))
            continue
        if not isinstance(rec, dict):
            errors.append(ReadError(source, n, "a line must be a JSON object"))
            continue
        missing = [
            k for k in ("id", "title", "text") if not isinstance(rec.get(k), str | int) or rec.get(k) == ""
        ]
        if "title" in missing and isinstance(rec.get("title"), str):
            missing.remove("title")  # an empty title is allowed: some articles have none
        if missing:
            errors.append(ReadError(source, n, "missing or empty field(s): " + ", ".join(missing)))
            continue
        ident = str(rec["id"])
        if ident in seen:
            errors.append(ReadError(source, n, f"duplicate id {ident!r}; the first one is kept"))
            continue
        seen.add(ident)
        rec_date = parse_iso(rec.get("date")) if isinstance(rec.get("date"), str) else None
        if rec.get("date") and not rec_date:
            errors.append(ReadError(source, n, f"date {rec.get('date')!r} is not YYYY-MM-DD; ignored"))
        page = split_furniture(clean(str(rec["text"])))
        url = safe_url(str(rec["url"])) if rec.get("url") else None
        if rec.get("url") and url is None:
            errors.append(
                ReadError(source, n, f"url {str(rec['url'])[:80]!r} is not an http(s) URL; ignored")
            )
        text_body = "\n".join(join_broken_paragraphs(page.body.splitlines()))
        known = rec_date or page.published
        rec_year = int(known[:4]) if known else year
        date = known or date_in_text(re.sub(r"^\S*讯\s*", "", text_body), rec_year)
        articles.append(
            Article(
                key=safe_key(ident),
                identifier=ident,
                title=clean(str(rec["title"])).strip(),
                text=text_body,
                source=str(rec.get("source") or source),
                position=n,
                date=date,
                author=clean(str(rec["author"])).strip() if rec.get("author") else page.author,
                url=url,
            )
        )
    return articles, errors
