"""The SPARQL 1.1 Protocol endpoint: GET, form POST, direct POST; dataset parameters; content negotiation."""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request

from ..formats import RDF_ALIASES, RDF_BY_NAME, RDF_FORMATS, RESULT_MEDIA, serialize_rdf
from ..query import Dataset, QueryError, check_safe, query_kind, run_query
from . import get_store

bp = Blueprint("sparql", __name__)

RESULT_TYPES = list(RESULT_MEDIA.values())
GRAPH_TYPES = [f.media_type for f in RDF_FORMATS]
FORMAT_NAMES = {
    **RESULT_MEDIA,
    **{f.name: f.media_type for f in RDF_FORMATS},
    **{alias: RDF_BY_NAME[name].media_type for alias, name in RDF_ALIASES.items()},
}


def _negotiate(kind: str) -> str | None:
    offered = RESULT_TYPES if kind in ("SELECT", "ASK") else GRAPH_TYPES
    fmt = request.args.get("format") or (request.form.get("format") if request.method == "POST" else None)
    if fmt:
        mt = FORMAT_NAMES.get(fmt.lower(), fmt)
        return mt if mt in offered else None
    accept = request.accept_mimetypes
    if not accept or not list(accept.values()):
        return offered[0]
    # sparql-results+json is also asked for as application/json
    extra = (
        {
            "application/json": "application/sparql-results+json",
            "application/xml": "application/sparql-results+xml",
            "text/xml": "application/sparql-results+xml",
        }
        if kind in ("SELECT", "ASK")
        else {}
    )
    best = accept.best_match(offered + list(extra), default=None)
    if best is None:
        return None
    return extra.get(best, best)


def _cors(resp: Response) -> Response:
    resp.headers["Access-Control-Allow-Origin"] = "*"
    resp.headers["Vary"] = "Accept"
    return resp


def _error(status: int, message: str) -> Response:
    return _cors(Response(message + "\n", status=status, mimetype="text/plain"))


def _read_request() -> tuple[str | None, str | None, Dataset, str | None]:
    """(query, update, dataset, error) from GET, form POST or direct POST."""
    if request.method == "GET":
        qs = request.args.getlist("query")
        if len(qs) > 1:
            return None, None, Dataset(), "more than one query parameter"
        if request.args.get("update"):
            return None, None, Dataset(), "updates must be sent with POST"
        return (
            (qs[0] if qs else None),
            None,
            Dataset(
                tuple(request.args.getlist("default-graph-uri")),
                tuple(request.args.getlist("named-graph-uri")),
            ),
            None,
        )
    ctype = (request.mimetype or "").lower()
    if ctype == "application/x-www-form-urlencoded":
        qs, us = request.form.getlist("query"), request.form.getlist("update")
        if len(qs) > 1 or len(us) > 1 or (qs and us):
            return None, None, Dataset(), "give exactly one query or update"
        ds = Dataset(
            tuple(request.form.getlist("default-graph-uri") or request.form.getlist("using-graph-uri")),
            tuple(request.form.getlist("named-graph-uri") or request.form.getlist("using-named-graph-uri")),
        )
        return (qs[0] if qs else None), (us[0] if us else None), ds, None
    if ctype == "application/sparql-query":
        ds = Dataset(
            tuple(request.args.getlist("default-graph-uri")), tuple(request.args.getlist("named-graph-uri"))
        )
        return request.get_data(as_text=True), None, ds, None
    if ctype == "application/sparql-update":
        return None, request.get_data(as_text=True), Dataset(), None
    return None, None, Dataset(), f"unsupported content type {ctype or '(none)'}"


@bp.route("/sparql", methods=["GET", "POST", "OPTIONS"])
def sparql() -> Response:
    if request.method == "OPTIONS":
        resp = _cors(Response(status=204))
        resp.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        resp.headers["Access-Control-Allow-Headers"] = "Content-Type, Accept, Authorization"
        return resp
    query, update, dataset, err = _read_request()
    if err:
        return _error(400, err)
    if update is not None:
        from .update import run_update

        return _cors(run_update(update, dataset))
    if not query:
        if request.method == "GET":
            from .describe import service_description

            return _cors(service_description())
        return _error(400, "no query given")
    try:
        check_safe(query)
        result = run_query(get_store(), query, dataset, base_iri=request.base_url)
    except QueryError as exc:
        return _error(400, f"{type(exc).__name__}: {exc}")
    kind = query_kind(result)
    media = _negotiate(kind)
    if media is None:
        return _error(406, f"cannot give a {kind} result in the requested format")
    cfg = current_app.config["ZG"]
    if kind in ("SELECT", "ASK"):
        try:
            body = serialize_results(result, media, cfg.max_rows)
        except _TooMany as exc:
            return _error(413, str(exc))
    else:
        triples = []
        for i, t in enumerate(result):
            if i >= cfg.max_rows * 10:
                return _error(413, f"more than {cfg.max_rows * 10} triples: narrow the query or add LIMIT")
            triples.append(t)
        body = serialize_rdf(triples, media)
    charset = "; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media else ""
    return _cors(Response(body, status=200, content_type=media + charset))


class _TooMany(QueryError):
    pass


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
