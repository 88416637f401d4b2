"""A SPARQL request answered completely: run, negotiate the format, serialise, enforce the row cap.

Flask-free, so that it runs in the query worker processes that enforce the time limit.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from .formats import RDF_ALIASES, RDF_BY_NAME, RDF_FORMATS, RESULT_MEDIA, serialize_rdf
from .guard import limit_appendable
from .query import Dataset, QueryError, query_kind, run_query

RESULT_TYPES = list(RESULT_MEDIA.values())
GRAPH_TYPES = [f.media_type for f in RDF_FORMATS]
# ?format= names, per kind of result (`xml` is SPARQL XML results for SELECT, RDF/XML for CONSTRUCT)
GRAPH_FORMAT_NAMES = {
    **{f.name: f.media_type for f in RDF_FORMATS},
    **{alias: RDF_BY_NAME[name].media_type for alias, name in RDF_ALIASES.items()},
}
# sparql-results+json is also asked for as application/json
_RESULT_SYNONYMS = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
}


@dataclass(frozen=True)
class Answer:
    status: int
    media_type: str
    body: bytes

    @classmethod
    def error(cls, status: int, message: str) -> Answer:
        return cls(status, "text/plain", (message + "\n").encode("utf-8"))


@dataclass(frozen=True)
class Request:
    """What the protocol layer passes on: everything needed to answer, as plain values."""

    query: str
    dataset: Dataset = Dataset()
    base_iri: str | None = None
    accept: str = ""
    format: str | None = None  # ?format= overrides Accept
    max_rows: int = 10_000
    # what to answer: a SPARQL query, or the graph view's neighbours of the entity IRI in `query`
    kind: str = "sparql"
    offset: int = 0
    limit: int = 50


def negotiate(kind: str, accept_header: str, fmt: str | None) -> str | None:
    """The media type to answer with, or None (406). JSON results and Turtle graphs by default."""
    offered = RESULT_TYPES if kind in ("SELECT", "ASK") else GRAPH_TYPES
    if fmt:
        names = RESULT_MEDIA if kind in ("SELECT", "ASK") else GRAPH_FORMAT_NAMES
        mt = names.get(fmt.lower(), fmt)
        return mt if mt in offered else None
    extra = _RESULT_SYNONYMS if kind in ("SELECT", "ASK") else {}
    plain = (accept_header or "").strip()
    if plain in offered or plain in extra:  # one media type, as clients send it: no header to parse
        return extra.get(plain, plain)
    accept = parse_accept_header(accept_header or "", MIMEAccept)
    if not list(accept.values()):
        return offered[0]
    best = accept.best_match(offered + list(extra), default=None)
    if best is None:
        return None
    return extra.get(best, best)


def answer(store: ox.Store, req: Request) -> Answer:
    if req.kind == "neighbours":
        return _neighbours(store, req)
    try:
        # a SELECT open at its end gets LIMIT max_rows+1: Oxigraph stops there and writes the results itself
        capped = limit_appendable(req.query)
        limit = req.max_rows + 1 if capped else None
        result = run_query(store, req.query, req.dataset, base_iri=req.base_iri, limit=limit)
    except QueryError as exc:
        return Answer.error(400, f"{type(exc).__name__}: {exc}")
    kind = query_kind(result)
    media = negotiate(kind, req.accept, req.format)
    if media is None:
        return Answer.error(406, f"cannot give a {kind} result in the requested format")
    native = media in _NATIVE and (kind == "ASK" or capped)
    try:
        if native:
            body = serialize_native(result, media, req.max_rows)
        elif kind in ("SELECT", "ASK"):
            body = serialize_results(result, media, req.max_rows)
        else:
            triples = []
            for i, t in enumerate(result):
                if i >= req.max_rows * 10:
                    raise _TooMany(f"more than {req.max_rows * 10} triples: narrow the query or add LIMIT")
                triples.append(t)
            body = serialize_rdf(triples, media)
    except _TooMany as exc:
        return Answer.error(413, str(exc))
    except (OSError, ValueError) as exc:  # evaluation errors surface while iterating
        return Answer.error(400, f"QueryError: {exc}")
    return Answer(200, media, body)


class _TooMany(QueryError):
    pass


# Oxigraph's own writers, for the formats it can also read back (to count rows against the cap)
_NATIVE = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}


# the fewest bytes a result row takes: `{},` in JSON, `<result></result>` in XML, a line end in TSV
_ROW_BYTES = {
    "application/sparql-results+json": 3,
    "application/sparql-results+xml": 17,
    "text/tab-separated-values": 1,
}


def serialize_native(result, media: str, max_rows: int) -> bytes:  # noqa: ANN001
    """SELECT/ASK results written by Oxigraph. The query ran with LIMIT max_rows+1, so more rows than the
    cap shows as one row too many: an error (413), never a silently truncated answer."""
    fmt = _NATIVE[media]
    body = result.serialize(format=fmt) or b""
    # every row takes at least _ROW_BYTES bytes in that format: a shorter body cannot pass the cap, and
    # reading it back to count would cost more than the query did (most answers are small)
    if isinstance(result, ox.QuerySolutions) and len(body) > _ROW_BYTES[media] * (max_rows + 1):
        rows = sum(1 for _ in ox.parse_query_results(body, format=fmt))
        if rows > max_rows:
            raise _TooMany(f"more than {max_rows} result rows: add LIMIT (the server's cap is --max-rows)")
    return body


def _neighbours(store: ox.Store, req: Request) -> Answer:
    """The graph view's click: an entity and its neighbours with evidence, under the same time limit as
    any query (it runs in a query worker)."""
    import json

    from .subgraph import neighbours

    sub = neighbours(store, req.query, offset=req.offset, limit=req.limit)
    if not sub.nodes:
        return Answer.error(404, "not an entity of the graph")
    data = {"iri": req.query, "offset": req.offset, "limit": req.limit, **sub.to_json()}
    return Answer(200, "application/json", json.dumps(data, ensure_ascii=False).encode("utf-8"))


def from_ox(term):  # noqa: ANN001, ANN201
    """A pyoxigraph term as an rdflib term."""
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return Literal(str(term))


def serialize_results(result, media: str, max_rows: int) -> bytes:  # noqa: ANN001
    """SELECT/ASK results in the negotiated format, through rdflib's result serialisers.

    More rows than the cap is an error (413), never a silently truncated answer.
    """
    from rdflib.query import Result
    from rdflib.term import Variable

    fmt = next(name for name, mt in RESULT_MEDIA.items() if mt == media)
    if isinstance(result, ox.QueryBoolean):
        out = Result("ASK")
        out.askAnswer = bool(result)
    else:
        out = Result("SELECT")
        names = [v.value for v in result.variables]
        out.vars = [Variable(n) for n in names]
        rows = []
        for i, sol in enumerate(result):
            if i >= max_rows:
                raise _TooMany(
                    f"more than {max_rows} result rows: add LIMIT (the server's cap is --max-rows)"
                )
            rows.append({Variable(n): from_ox(sol[n]) for n in names if sol[n] is not None})
        out.bindings = rows
    if fmt == "tsv":
        return _tsv(out).encode("utf-8")
    return out.serialize(format=fmt, encoding="utf-8") or b""


def _tsv(result) -> str:  # noqa: ANN001
    """SPARQL 1.1 TSV: a header of ?variables, then terms in Turtle/N-Triples syntax (rdflib has no TSV writer)."""
    if result.type == "ASK":
        return "?_askResult\n" + ("true" if result.askAnswer else "false") + "\n"
    lines = ["\t".join("?" + str(v) for v in result.vars)]
    for row in result.bindings:
        cells = []
        for v in result.vars:
            t = row.get(v)
            cells.append("" if t is None else t.n3().replace("\t", "\\t").replace("\n", "\\n"))
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"
