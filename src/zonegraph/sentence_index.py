"""Full-text search over what the articles say: every sentence in an SQLite FTS5 index, tokenised by jieba
(search mode, so 开发区 is found inside 经济技术开发区), with its article, date and the entities it mentions.

Built at build time beside the graph (`search.sqlite` in the build folder), so a search never scans the
store; a researcher gets hit counts, pages and the sentence to cite.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .graph import article_iri, mention_iris, sentence_iri
from .model import Extraction
from .resolve import Resolution

INDEX = "search.sqlite"


def index_folder(store) -> Path | None:  # noqa: ANN001 - GraphStore | RemoteGraphStore
    """Where a store keeps its sentence index: beside the current build of a local store, in the local
    cache folder of a remote one."""
    from .store import GraphStore

    folder = store.current if isinstance(store, GraphStore) else store.root
    return Path(folder) if folder else None


@cache
def _jieba():  # noqa: ANN202 - jieba has no types
    """jieba, started from zonegraph's cache in a process that has not started it yet (the web server); once
    a process, not once a sentence."""
    import jieba

    from .extract.jieba_cache import load_jieba

    load_jieba()
    return jieba


def tokens(text: str) -> str:
    """Space-separated search tokens (jieba's search mode: words and their shorter parts)."""
    return " ".join(t for t in _jieba().cut_for_search(text) if t.strip())


_COLUMNS = (
    "tokens, text UNINDEXED, sentence UNINDEXED, article UNINDEXED, title UNINDEXED, date UNINDEXED, "
    "entities UNINDEXED"
)


def write_index(folder: Path, extractions: Iterable[Extraction], res: Resolution) -> Path:
    """Write the index of every sentence into folder/search.sqlite, atomically (a .partial file renamed)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / INDEX
    partial = folder / (INDEX + f".{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    db = sqlite3.connect(partial)
    try:
        db.execute(f"CREATE VIRTUAL TABLE sentences USING fts5({_COLUMNS})")
        _insert(db, extractions, res)
        db.commit()
    finally:
        db.close()
    partial.replace(target)
    return target


def update_index(
    index: Path, extractions: Iterable[Extraction], res: Resolution, drop: Iterable[str]
) -> None:
    """Index the sentences of `extractions` again in an existing index (a copy being built), after dropping
    those of the articles in `drop` (their IRIs)."""
    db = sqlite3.connect(index)
    try:
        drop = sorted(set(drop))
        for i in range(0, len(drop), 500):
            chunk = drop[i : i + 500]
            db.execute(f"DELETE FROM sentences WHERE article IN ({','.join('?' * len(chunk))})", chunk)  # noqa: S608
        _insert(db, extractions, res)
        db.commit()
    finally:
        db.close()


def _insert(db: sqlite3.Connection, extractions: Iterable[Extraction], res: Resolution) -> None:
    """Index the sentences; the tokens (jieba's search mode, three quarters of the work) are cut by every
    core when there are many sentences."""
    with _Tokenizer() as tokenize:
        rows: list[tuple] = []
        for ex in extractions:
            rows.extend(_rows(ex, res))
            if len(rows) >= 20_000:
                _put(db, rows, tokenize)
                rows = []
        _put(db, rows, tokenize)


def _rows(ex: Extraction, res: Resolution) -> Iterator[tuple]:
    """One row per sentence, its tokens still to be cut: text, sentence, article, title, date, entities."""
    a = ex.article
    iri = mention_iris(ex, res)
    mentioned: dict[int, list[dict]] = {}
    for key, m in ex.mentions.items():
        e = res.entities.get(iri[key].value)
        if e is None or e.kind == "Region":
            continue
        for i in sorted({m.sentence, *(m.attr("sentences") or ())}):  # type: ignore[arg-type]
            mentioned.setdefault(i, []).append({"iri": e.iri, "label": e.label, "kind": e.kind})
    for s in ex.sentences:
        if s.text:
            yield (
                s.text,
                sentence_iri(a.key, s.index).value,
                article_iri(a.key).value,
                a.title,
                a.date or "",
                json.dumps(mentioned.get(s.index, []), ensure_ascii=False),
            )


def _put(db: sqlite3.Connection, rows: list[tuple], tokenize: Callable[[list[str]], list[str]]) -> None:
    if rows:
        cut = tokenize([r[0] for r in rows])
        db.executemany(
            "INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(t, *r) for t, r in zip(cut, rows, strict=True)],
        )


def _tokens_of(texts: list[str]) -> list[str]:
    return [tokens(t) for t in texts]


class _Tokenizer:
    """Tokens for many texts: in this process for a few, in forked processes (jieba already loaded here)
    for many; the pool starts at the first large batch and lives until the index is written."""

    def __init__(self, many: int = 5000) -> None:
        self.many = many
        self.pool = None

    def __enter__(self) -> Callable[[list[str]], list[str]]:
        return self

    def __call__(self, texts: list[str]) -> list[str]:
        workers = os.cpu_count() or 1
        if workers < 2 or len(texts) < self.many:
            return _tokens_of(texts)
        if self.pool is None:
            import multiprocessing as mp
            from concurrent.futures import ProcessPoolExecutor

            self.pool = ProcessPoolExecutor(workers, mp_context=mp.get_context("fork"))
        step = max(1, len(texts) // (workers * 4))
        parts = self.pool.map(_tokens_of, [texts[i : i + step] for i in range(0, len(texts), step)])
        return [t for part in parts for t in part]

    def __exit__(self, *_exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown()


@dataclass(frozen=True)
class Hit:
    text: str
    sentence: str
    article: str
    title: str
    date: str
    entities: list[dict]


def search(index: Path, query: str, *, offset: int = 0, limit: int = 20) -> tuple[int, list[Hit]]:
    """(how many sentences match every word of the query, the page of them), best matches first."""
    words = [w for w in tokens(query).split() if w]
    if not words or not index.exists():
        return 0, []
    # every word quoted: FTS5 syntax in a user's query is text, never an operator
    match = " ".join('"' + w.replace('"', '""') + '"' for w in dict.fromkeys(words))
    db = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    try:
        total = db.execute("SELECT count(*) FROM sentences WHERE sentences MATCH ?", (match,)).fetchone()[0]
        rows = db.execute(
            "SELECT text, sentence, article, title, date, entities FROM sentences WHERE sentences MATCH ? "
            "ORDER BY rank LIMIT ? OFFSET ?",
            (match, limit, offset),
        ).fetchall()
    finally:
        db.close()
    return total, [Hit(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in rows]
