"""Extractions kept between builds, so that adding files does not re-extract the old ones and a rebuild of
unchanged articles does no extraction work.

Keyed by the article's content and a fingerprint of the extractor (its code and lexicons): changing a rule
or a lexicon invalidates every entry, changing one article invalidates only its own.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from .model import Article, Extraction


@cache
def extractor_fingerprint() -> str:
    here = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for f in sorted(
        [
            *(here / "extract").glob("*.py"),
            *(here / "resources").rglob("*.txt"),
            *(here / "resources" / "gazetteer").glob("*.csv"),
            here / "model.py",
            here / "read" / "text.py",
        ]
    ):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def article_key(a: Article) -> str:
    h = hashlib.sha256()
    for part in (
        extractor_fingerprint(),
        a.key,
        a.title,
        a.text,
        a.source,
        str(a.position),
        a.identifier or "",
        a.date or "",
        a.author or "",
        a.url or "",
    ):
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


class ExtractionCache:
    """A small SQLite file of pickled extractions (pickles are our own, written by this class only)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(str(path))
        self.db.execute("CREATE TABLE IF NOT EXISTS extraction (key TEXT PRIMARY KEY, value BLOB NOT NULL)")

    def get_many(self, keys: list[str]) -> dict[str, Extraction]:
        out: dict[str, Extraction] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            q = "SELECT key, value FROM extraction WHERE key IN (%s)" % ",".join("?" * len(chunk))  # noqa: UP031
            for k, v in self.db.execute(q, chunk):
                out[k] = pickle.loads(v)
        return out

    def has(self, keys: Iterable[str]) -> set[str]:
        """Which of the keys have an extraction (without loading them)."""
        keys = list(keys)
        out: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            q = "SELECT key FROM extraction WHERE key IN (%s)" % ",".join("?" * len(chunk))  # noqa: UP031
            out.update(k for (k,) in self.db.execute(q, chunk))
        return out

    def put_many(self, items: Iterable[tuple[str, Extraction]]) -> None:
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO extraction (key, value) VALUES (?, ?)",
                ((k, pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)) for k, v in items),
            )

    def prune(self, keep: set[str]) -> int:
        """Forget extractions of articles no longer in the input."""
        old = [k for (k,) in self.db.execute("SELECT key FROM extraction") if k not in keep]
        with self.db:
            self.db.executemany("DELETE FROM extraction WHERE key = ?", ((k,) for k in old))
        return len(old)

    def forget(self, keys: Iterable[str]) -> None:
        """Forget these extractions (of articles an update removed or changed)."""
        with self.db:
            self.db.executemany("DELETE FROM extraction WHERE key = ?", ((k,) for k in keys))

    def close(self) -> None:
        self.db.close()
