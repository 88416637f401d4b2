"""Read any supported input into Article records; nothing here knows about RDF."""

from __future__ import annotations

from pathlib import Path

from ..model import Article, ReadError
from .jsonl import read_jsonl
from .periodical import read_periodical
from .text import DecodeFailure, decode_bytes

SUFFIXES = {".txt": "periodical", ".jsonl": "jsonl"}

__all__ = ["read_paths", "read_files", "read_file", "input_files", "SUFFIXES"]


def input_files(paths: list[Path]) -> tuple[list[Path], list[ReadError]]:
    """Expand folders into the readable files below them, in a stable order."""
    files: list[Path] = []
    errors: list[ReadError] = []
    for p in paths:
        if p.is_dir():
            files.extend(
                sorted(
                    f
                    for f in p.rglob("*")
                    if f.is_file()
                    and f.suffix.lower() in SUFFIXES
                    and not any(part.startswith(".") for part in f.relative_to(p).parts)
                )
            )
        elif p.is_file():
            if p.suffix.lower() in SUFFIXES:
                files.append(p)
            else:
                errors.append(
                    ReadError(str(p), None, f"unsupported file type {p.suffix!r} (use .txt or .jsonl)")
                )
        else:
            errors.append(ReadError(str(p), None, "no such file or folder"))
    return files, errors


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def read_file(path: Path, year: int | None = None) -> tuple[list[Article], list[ReadError]]:
    source = _display(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [], [ReadError(source, None, f"cannot read: {exc.strerror}")]
    try:
        text, _enc = decode_bytes(data)
    except DecodeFailure as exc:
        return [], [ReadError(source, exc.line, str(exc))]
    if not text.strip():
        return [], [ReadError(source, None, "empty file")]
    if SUFFIXES[path.suffix.lower()] == "jsonl":
        return read_jsonl(text, source, year)
    return read_periodical(text, source, path.stem, year), []


def read_paths(paths: list[Path], year: int | None = None) -> tuple[list[Article], list[ReadError]]:
    """Every article below the given paths, and every problem met on the way.

    Article keys must be unique across the corpus; a clash keeps the first and reports the second.
    """
    files, errors = input_files(paths)
    articles, more = read_files(files, year)
    return articles, errors + more


DUPLICATE_KEY = "already used; skipped"


def read_files(
    files: list[Path],
    year: int | None = None,
    by_file: dict[Path, tuple[list[str], list[ReadError]]] | None = None,
    taken: set[str] | None = None,
) -> tuple[list[Article], list[ReadError]]:
    """The articles of the given files; a key used twice keeps the first article and reports the second.

    `by_file` receives each file's article keys and problems (an update reads only the files that changed);
    `taken` holds keys already used by articles read before."""
    errors: list[ReadError] = []
    articles: list[Article] = []
    keys: set[str] = set(taken or ())
    for f in files:
        arts, errs = read_file(f, year)
        mine: list[str] = []
        for a in arts:
            if a.key in keys:
                errs.append(ReadError(a.source, a.position, f"article key {a.key!r} {DUPLICATE_KEY}"))
                continue
            keys.add(a.key)
            articles.append(a)
            mine.append(a.key)
        errors.extend(errs)
        if by_file is not None:
            by_file[f] = (mine, errs)
    return articles, errors
