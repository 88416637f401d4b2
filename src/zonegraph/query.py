"""SPARQL over the store: one function used by the CLI, the web endpoint and the benchmarks.

Queries run on the merged default graph (every fact once) unless the caller names graphs; GRAPH ?g
reaches every article's graph. Queries that would fetch (SERVICE, LOAD) are refused on their parse tree
(guard.py) before anything runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyoxigraph as ox

from .guard import QueryError, QueryRefused, check_safe
from .vocab import PREFIXES

__all__ = ["Dataset", "QueryError", "QueryRefused", "check_safe", "run_query"]


_STRINGS = re.compile(
    r"(\"\"\".*?\"\"\"|'''.*?'''|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|<[^<>\s]*>|#[^\n]*)", re.DOTALL
)


def _masked(text: str) -> str:
    """The text with string literals, IRIs and comments blanked out, character for character."""
    return _STRINGS.sub(lambda m: " " * len(m.group(0)), text)


_WHERE = re.compile(r"\bWHERE\b", re.IGNORECASE)
_USING = re.compile(r"\b(?:USING|WITH)\b", re.IGNORECASE)


def with_update_dataset(update: str, dataset: Dataset) -> str:
    """Protocol using-graph-uri / using-named-graph-uri as USING clauses of every top-level WHERE.

    The protocol forbids both: an update that names its own USING with dataset parameters is refused.
    """
    if not (dataset.default_graphs or dataset.named_graphs):
        return update
    masked = _masked(update)
    if _USING.search(masked):
        raise QueryError(
            "the update has USING or WITH and the request gives using-graph-uri: give one of them"
        )
    clause = "".join(f"USING <{g}> " for g in dataset.default_graphs)
    clause += "".join(f"USING NAMED <{g}> " for g in dataset.named_graphs)
    out, last, depth = [], 0, 0
    for i, ch in enumerate(masked):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif (
            depth == 0
            and (ch in "wW")
            and _WHERE.match(masked, i)
            and (i == 0 or not masked[i - 1].isalnum())
        ):
            out.append(update[last:i] + clause)
            last = i
    out.append(update[last:])
    return "".join(out)


@dataclass(frozen=True)
class Dataset:
    """The SPARQL dataset of a request (default-graph-uri, named-graph-uri, or the query's FROM)."""

    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


def run_query(
    store: ox.Store,
    query: str,
    dataset: Dataset | None = None,
    *,  # noqa: ANN201
    base_iri: str | None = None,
    limit: int | None = None,
):
    """Run a query; returns pyoxigraph's QueryBoolean, QuerySolutions or QueryTriples.

    FROM / FROM NAMED in the query pick graphs of the store (they are never fetched); protocol
    parameters override them, as SPARQL 1.1 Protocol says.
    """
    check_safe(query)
    if limit is not None:  # the caller checked it may (guard.limit_appendable); a comment cannot swallow it
        query = f"{query}\nLIMIT {int(limit)}"
    kwargs: dict[str, object] = {"prefixes": PREFIXES, "base_iri": base_iri}
    if dataset and (dataset.default_graphs or dataset.named_graphs):
        kwargs["default_graph"] = [ox.NamedNode(g) for g in dataset.default_graphs] or None
        if dataset.named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in dataset.named_graphs]
        if not dataset.default_graphs:
            kwargs["default_graph"] = ox.DefaultGraph()
    try:
        return store.query(query, **kwargs)  # type: ignore[arg-type]
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError(short_message(str(exc))) from exc


def short_message(text: str, limit: int = 240) -> str:
    """The store's error on one line: parser dumps of expected character classes are cut."""
    first = " ".join(text.split())
    cut = first.find("['")
    if cut > 0:
        first = first[:cut].rstrip(" ,") + " …"
    return first if len(first) <= limit else first[: limit - 1] + "…"


def query_kind(result) -> str:  # noqa: ANN001
    if isinstance(result, ox.QueryBoolean):
        return "ASK"
    if isinstance(result, ox.QuerySolutions):
        return "SELECT"
    return "CONSTRUCT"


def term_text(term) -> str:  # noqa: ANN001
    if term is None:
        return ""
    return term.value if hasattr(term, "value") else str(term)
