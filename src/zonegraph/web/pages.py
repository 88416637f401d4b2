"""HTML pages with JSON twins: the query page, entity pages at their IRI's own path, and search."""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, jsonify, render_template, request, url_for

from ..formats import RDF_FORMATS, serialize_rdf
from ..labels import KIND_OF, label_of, local_path, search_labels
from ..resolve import BASE
from ..vocab import PREFIXES
from . import get_store
from .examples import EXAMPLES

bp = Blueprint(
    "pages", __name__, template_folder="templates", static_folder="static", static_url_path="/static"
)

RDF_TYPES = ["text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"]
FORMATS = {
    **{f.name: f.media_type for f in RDF_FORMATS if f.media_type in RDF_TYPES},
    "json": "application/json",
    "html": "text/html",
}


@bp.app_context_processor
def _helpers() -> dict:
    return {"local_path": local_path}


@bp.route("/")
def home() -> str:
    from ..stats import graph_stats

    return render_template("query.html", examples=EXAMPLES, prefixes=PREFIXES, stats=graph_stats(get_store()))


def described(store: ox.Store, node: ox.NamedNode) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """What the merged graph says from and to a node; for nodes only article graphs hold (a fact's
    rdf:Statement), what those graphs say."""
    for graph in (ox.DefaultGraph(), None):
        out_rows = list(store.quads_for_pattern(node, None, None, graph))
        in_rows = list(store.quads_for_pattern(None, None, node, graph))
        if out_rows or in_rows:
            return out_rows, in_rows
    return [], []


def entity_data(store: ox.Store, iri: str) -> dict | None:
    """Everything an entity page shows, as plain data (the HTML and JSON views render this)."""
    node = ox.NamedNode(iri)
    out_rows, in_rows = described(store, node)
    if not out_rows and not in_rows:
        return None
    kinds = [
        KIND_OF.get(q.object.value, q.object.value.rsplit("#", 1)[-1])
        for q in out_rows
        if q.predicate.value.endswith("#type") and isinstance(q.object, ox.NamedNode)
    ]

    def short(p: str) -> str:
        for k, v in PREFIXES.items():
            if p.startswith(v):
                return f"{k}:{p[len(v) :]}"
        return p

    def value(t) -> dict:  # noqa: ANN001
        if isinstance(t, ox.NamedNode):
            return {"iri": t.value, "label": label_of(store, t), "path": local_path(t.value)}
        return {"value": t.value, "lang": getattr(t, "language", None)}

    first = {"rdfs:label": 0, "skos:altLabel": 1, "zg:holds": 2}
    outgoing = sorted(
        (
            {"predicate": short(q.predicate.value), **value(q.object)}
            for q in out_rows
            if not q.predicate.value.endswith("#type") and short(q.predicate.value) != "zg:text"
        ),
        key=lambda r: (first.get(r["predicate"], 9), r["predicate"], r.get("label") or r.get("value") or ""),
    )
    incoming = []
    holds = ox.NamedNode("https://w3id.org/zonegraph/ontology#holds")
    for q in in_rows:
        if q.predicate.value.endswith("#postIn"):  # a post in this organisation: show who holds it
            for h in store.quads_for_pattern(None, holds, q.subject, ox.DefaultGraph()):
                incoming.append({"predicate": "zg:holds → " + label_of(store, q.subject), **value(h.subject)})
            continue
        incoming.append({"predicate": short(q.predicate.value), **value(q.subject)})
    incoming.sort(key=lambda r: (r["predicate"], r.get("label") or ""))
    evidence = []
    q = """SELECT DISTINCT ?p ?sentence ?article ?title WHERE {
      GRAPH ?article { ?st rdf:subject|rdf:object ?e ; rdf:predicate ?p ; prov:wasDerivedFrom ?s . ?s zg:text ?sentence }
      OPTIONAL { ?article dcterms:title ?title }
    } LIMIT 200"""
    for row in store.query(q.replace("?e ", str(node) + " "), prefixes=PREFIXES):
        evidence.append(
            {
                "predicate": short(row["p"].value),
                "sentence": row["sentence"].value,
                "article": row["article"].value,
                "article_path": local_path(row["article"].value),
                "title": row["title"].value if row["title"] else "",
            }
        )
    mentions = []
    q2 = """SELECT DISTINCT ?sentence ?article ?title WHERE {
      GRAPH ?article { ?e zg:mentionedIn ?s . ?s zg:text ?sentence }
      OPTIONAL { ?article dcterms:title ?title }
    } LIMIT 200"""
    for row in store.query(q2.replace("?e ", str(node) + " "), prefixes=PREFIXES):
        mentions.append(
            {
                "sentence": row["sentence"].value,
                "article": row["article"].value,
                "article_path": local_path(row["article"].value),
                "title": row["title"].value if row["title"] else "",
            }
        )
    return {
        "iri": iri,
        "label": label_of(store, node),
        "kinds": kinds,
        "outgoing": outgoing,
        "incoming": incoming,
        "evidence": evidence,
        "mentions": mentions,
    }


def _wanted() -> str:
    fmt = request.args.get("format")
    if fmt:
        if fmt not in FORMATS:
            abort(406)
        return FORMATS[fmt]
    return request.accept_mimetypes.best_match(
        ["text/html", *RDF_TYPES, "application/json"], default="text/html"
    )


@bp.route("/id/<path:rest>")
def entity(rest: str) -> Response:
    iri = BASE + rest
    try:
        ox.NamedNode(iri)  # /id/a%3Eb, /id/%00: no entity can have such an IRI
    except ValueError:
        abort(404)
    store = get_store()
    media = _wanted()
    if media in RDF_TYPES:
        out_rows, in_rows = described(store, ox.NamedNode(iri))
        triples = list(dict.fromkeys(q.triple for q in out_rows + in_rows))
        if not triples:
            abort(404)
        body = serialize_rdf(triples, media)
        resp = Response(body, content_type=media + "; charset=utf-8")
    else:
        data = entity_data(store, iri)
        if data is None:
            abort(404)
        if media == "application/json":
            resp = jsonify(data)
        else:
            resp = Response(render_template("entity.html", e=data))
    resp.headers["Vary"] = "Accept"
    return resp


SENTENCES_PER_PAGE = 20


@bp.route("/search")
def search() -> Response | str:
    """Entities by label or alias, and the sentences that say the words (full text, paged, counted)."""
    text = (request.args.get("q") or "").strip()
    results = search_labels(get_store(), text) if text else []
    offset = max(0, request.args.get("offset", 0, type=int))
    total, hits, indexed = _sentences(text, offset, SENTENCES_PER_PAGE)
    sentences = {
        "total": total,
        "offset": offset,
        "limit": SENTENCES_PER_PAGE,
        "indexed": indexed,
        "hits": [
            {
                **h.__dict__,
                "path": local_path(h.article),
                "entities": [{**e, "path": local_path(e["iri"])} for e in h.entities],
            }
            for h in hits
        ],
    }
    if request.args.get("format") == "json" or request.accept_mimetypes.best == "application/json":
        return jsonify(query=text, results=results, sentences=sentences)
    return render_template("search.html", q=text, results=results, s=sentences)


def _sentences(text: str, offset: int, limit: int) -> tuple[int, list, bool]:
    """(total, page of hits, whether this graph has a sentence index at all)."""
    from ..sentence_index import INDEX, index_folder, search

    folder = index_folder(current_app.extensions["zonegraph.store"])
    index = folder / INDEX if folder else None
    if index is None or not index.exists():
        return 0, [], False
    if not text:
        return 0, [], True
    total, hits = search(index, text, offset=offset, limit=limit)
    return total, hits, True


@bp.route("/api/search")
def api_search() -> Response:
    text = (request.args.get("q") or "").strip()
    return jsonify(query=text, results=search_labels(get_store(), text) if text else [])


@bp.route("/article/<path:rest>")
def article_alias(rest: str) -> Response:
    from flask import redirect

    return redirect(url_for("pages.entity", rest="article/" + rest))
