"""SPARQL over the store: one function used by the CLI, the web endpoint and the benchmarks.

Queries run on the merged default graph (every fact once) unless the caller names graphs; GRAPH ?g
reaches every article's graph. SERVICE and remote FROM/LOAD are refused before anything runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyoxigraph as ox

from .vocab import PREFIXES


class QueryError(ValueError):
    """A query that cannot run: malformed, or asking for something the endpoint refuses."""


class QueryRefused(QueryError):
    """A query that asks to fetch remote data (SERVICE, LOAD, FROM <http…>)."""


_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)
_LOAD = re.compile(r"\bLOAD\b", re.IGNORECASE)
_STRINGS = re.compile(
    r"(\"\"\".*?\"\"\"|'''.*?'''|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|<[^<>\s]*>|#[^\n]*)", re.DOTALL
)


def _code_only(query: str) -> str:
    """The query without string literals, IRIs and comments, so keywords inside them do not count."""
    return _STRINGS.sub(" ", query)


def check_safe(query: str, *, update: bool = False) -> None:
    code = _code_only(query)
    if _SERVICE.search(code):
        raise QueryRefused("SERVICE is not allowed: this endpoint never fetches remote data")
    if update and _LOAD.search(code):
        raise QueryRefused("LOAD is not allowed: this endpoint never fetches remote data")


@dataclass(frozen=True)
class Dataset:
    """The SPARQL dataset of a request (default-graph-uri, named-graph-uri, or the query's FROM)."""

    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


_FROM = re.compile(r"\bFROM\s+(NAMED\s+)?<([^>]*)>", re.IGNORECASE)


def run_query(
    store: ox.Store,
    query: str,
    dataset: Dataset | None = None,
    *,  # noqa: ANN201
    base_iri: str | None = None,
):
    """Run a query; returns pyoxigraph's QueryBoolean, QuerySolutions or QueryTriples.

    FROM / FROM NAMED in the query pick graphs of the store (they are never fetched); protocol
    parameters override them, as SPARQL 1.1 Protocol says.
    """
    check_safe(query)
    kwargs: dict[str, object] = {"prefixes": PREFIXES, "base_iri": base_iri}
    if dataset and (dataset.default_graphs or dataset.named_graphs):
        kwargs["default_graph"] = [ox.NamedNode(g) for g in dataset.default_graphs] or None
        if dataset.named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in dataset.named_graphs]
        if not dataset.default_graphs:
            kwargs["default_graph"] = ox.DefaultGraph()
    try:
        return store.query(query, **kwargs)  # type: ignore[arg-type]
    except SyntaxError as exc:
        raise QueryError(str(exc)) from exc
    except (ValueError, OSError) as exc:
        raise QueryError(str(exc)) from exc


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
