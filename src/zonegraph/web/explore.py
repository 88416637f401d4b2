"""The graph view (/graph) and its JSON twins: neighbours of an entity, a CONSTRUCT result, and export."""

from __future__ import annotations

import threading

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, jsonify, render_template, request

from ..answer import Request
from ..formats import rdf_format, serialize_rdf
from ..subgraph import COLOURS, from_triples
from . import answer_response, get_store

bp = Blueprint("explore", __name__)
MAX_LIMIT = 200


@bp.route("/graph")
def graph_page() -> str:
    """The graph view; without a starting point it opens on the zone with the most projects."""
    return render_template("graph.html", colours=COLOURS, start=_busiest_zone())


def _busiest_zone() -> str:
    """The zone with most projects (zg:projectCount, counted at build time), or any zone; cached per build."""
    ext = current_app.extensions
    version = ext["zonegraph.store"].query_target()
    cached = ext.get("zonegraph.start")
    if cached and cached[0] == version:
        return cached[1]
    store = get_store()
    q = "SELECT ?z WHERE { ?z a zg:Zone . OPTIONAL { ?z zg:projectCount ?n } } ORDER BY DESC(COALESCE(?n, 0)) ?z LIMIT 1"
    from ..vocab import PREFIXES

    rows = list(store.query(q, prefixes=PREFIXES))
    iri = rows[0]["z"].value if rows else ""
    ext["zonegraph.start"] = (version, iri)
    return iri


@bp.route("/graph/neighbours.json")
def neighbours_json() -> Response:
    iri = request.args.get("iri", "")
    if not iri:
        abort(400, "give ?iri=")
    try:
        ox.NamedNode(iri)
    except ValueError:
        abort(400, "not an IRI")
    offset = max(0, request.args.get("offset", 0, type=int))
    limit = min(MAX_LIMIT, max(1, request.args.get("limit", 50, type=int)))
    cfg = current_app.config["ZG"]
    target = current_app.extensions["zonegraph.store"].query_target()
    if target is None:
        return jsonify(error="no graph"), 503
    req = Request(query=iri, kind="neighbours", offset=offset, limit=limit)
    ans = current_app.extensions["zonegraph.queries"].run(target, req, cfg.query_timeout)
    if ans.status == 404:
        abort(404)
    return answer_response(ans)


@bp.route("/graph/construct.json", methods=["GET", "POST"])
def construct_json() -> Response:
    """A CONSTRUCT (or DESCRIBE) query's result as nodes and edges, through the time-limited query workers."""
    query = request.values.get("query", "")
    cfg = current_app.config["ZG"]
    target = current_app.extensions["zonegraph.store"].query_target()
    if target is None:
        return jsonify(error="no graph"), 503
    req = Request(query=query, accept="application/n-triples", max_rows=cfg.max_rows)
    ans = current_app.extensions["zonegraph.queries"].run(target, req, cfg.query_timeout)
    if ans.status == 406:  # a SELECT or ASK: nothing to draw
        return jsonify(error="only CONSTRUCT and DESCRIBE results can be drawn"), 400
    if ans.status != 200:
        return jsonify(error=ans.body.decode("utf-8", "replace").strip()), ans.status
    if ans.media_type != "application/n-triples":
        return jsonify(error="only CONSTRUCT and DESCRIBE results can be drawn"), 400
    triples = [q.triple for q in ox.parse(ans.body, format=ox.RdfFormat.N_TRIPLES)]
    return jsonify(from_triples(get_store(), triples).to_json())


@bp.route("/graph/export", methods=["POST"])
def export_view() -> Response:
    """The facts among the nodes on screen (and their labels and kinds) as RDF."""
    data = request.get_json(silent=True) or {}
    iris = [i for i in data.get("nodes", []) if isinstance(i, str)][:5000]
    fmt = rdf_format(request.args.get("format", "ttl"))
    try:
        nodes = {ox.NamedNode(i) for i in iris}
    except ValueError:
        abort(400, "not an IRI")
    store = get_store()
    triples = []
    for n in nodes:
        for q in store.quads_for_pattern(n, None, None, ox.DefaultGraph()):
            if isinstance(q.object, ox.Literal) or q.object in nodes or q.predicate.value.endswith("#type"):
                triples.append(q.triple)
            elif q.predicate.value.endswith("#holds"):
                triples.append(q.triple)
                triples += [
                    p.triple for p in store.quads_for_pattern(q.object, None, None, ox.DefaultGraph())
                ]
    media = fmt.media_type
    resp = Response(serialize_rdf(triples, media), content_type=media + "; charset=utf-8")
    resp.headers["Content-Disposition"] = f"attachment; filename=zonegraph-view.{fmt.extension}"
    return resp


def _cached_analysis(store, top: int, analyze) -> dict | None:  # noqa: ANN001
    """The report for this build, computed once per build and size (the build's folder names its version);
    one computation at a time: while it runs, other requests hear 503 instead of starting their own."""
    ext = current_app.extensions
    cache: dict = ext.setdefault("zonegraph.analysis", {})
    lock = ext.setdefault("zonegraph.analysis_lock", threading.Lock())
    version = (current_app.extensions["zonegraph.store"].query_target(), top)
    if version in cache:
        return cache[version]
    if not lock.acquire(blocking=False):
        return None
    try:
        if version not in cache:
            for stale in [k for k in cache if k[0] != version[0]]:
                del cache[stale]  # only the current build's reports are kept
            cache[version] = analyze(store, top)
        return cache[version]
    finally:
        lock.release()


@bp.route("/analyze")
@bp.route("/analyze.json")
def analyze_page() -> Response | str:
    """Network analytics; /analyze.json (or Accept: application/json) is the same report as data."""
    from ..analyze import analyze, shortest_path

    store = get_store()
    top = min(100, max(1, request.args.get("top", 10, type=int)))
    report = _cached_analysis(store, top, analyze)
    if report is None:
        resp = jsonify(error="the analysis of this graph is being computed; try again shortly")
        resp.status_code, resp.headers["Retry-After"] = 503, "10"
        return resp
    report = dict(report)
    a, b = request.args.get("from"), request.args.get("to")
    if a and b:
        try:
            report["path"] = shortest_path(store, a, b)
        except KeyError as exc:
            report["path_error"] = str(exc.args[0])
    if request.path.endswith(".json") or request.accept_mimetypes.best == "application/json":
        return jsonify(report)
    return render_template("analyze.html", r=report, a=a or "", b=b or "")


@bp.route("/timeline")
@bp.route("/timeline.json")
def timeline_page() -> Response | str:
    """A zone's posts and projects, or a person's posts, in date order with the sentence for each."""
    from ..timeline import timeline

    iri = request.args.get("iri", "")
    try:
        ox.NamedNode(iri)
    except ValueError:
        abort(400, "give ?iri= an entity IRI")
    data = timeline(get_store(), iri)
    if data is None:
        abort(404, "timelines are for zones and people")
    if request.path.endswith(".json") or request.accept_mimetypes.best == "application/json":
        return jsonify(data)
    return render_template("timeline.html", t=data, money=_money)


def _money(value: str) -> str:
    """亿元 / 万元 for reading; the exact yuan are in the title attribute."""
    try:
        yuan = float(value)
    except ValueError:
        return value
    if yuan >= 1e8:
        return f"{yuan / 1e8:,.4g} 亿元"
    if yuan >= 1e4:
        return f"{yuan / 1e4:,.4g} 万元"
    return f"{yuan:,.0f} 元"
