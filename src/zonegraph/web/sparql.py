"""The SPARQL 1.1 Protocol endpoint: GET, form POST, direct POST; dataset parameters; content negotiation."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, request
from werkzeug.wrappers import Request as HTTPRequest

from ..answer import Request
from ..config import ServerConfig
from ..query import Dataset
from . import answer_response

bp = Blueprint("sparql", __name__)


def cors(resp: Response) -> Response:
    resp.headers["Access-Control-Allow-Origin"] = "*"
    resp.headers["Vary"] = "Accept"
    return resp


def _error(status: int, message: str) -> Response:
    return cors(Response(message + "\n", status=status, mimetype="text/plain"))


def read_request(request: HTTPRequest) -> tuple[str | None, str | None, Dataset, str | None]:
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
        ds = Dataset(
            tuple(request.args.getlist("using-graph-uri")),
            tuple(request.args.getlist("using-named-graph-uri")),
        )
        return None, request.get_data(as_text=True), ds, None
    return None, None, Dataset(), f"unsupported content type {ctype or '(none)'}"


@bp.route("/sparql", methods=["GET", "POST", "OPTIONS"])
def sparql() -> Response:
    if request.method == "OPTIONS":
        resp = cors(Response(status=204))
        resp.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        resp.headers["Access-Control-Allow-Headers"] = "Content-Type, Accept, Authorization"
        return resp
    query, update, dataset, err = read_request(request)
    if err:
        return _error(400, err)
    limit = current_app.config["ZG"].max_body
    if len(query or update or "") > limit:  # characters ≤ bytes: a GET query is bounded here
        return _error(413, f"query too large: at most {limit:,} bytes (--max-body / ZONEGRAPH_MAX_BODY)")
    if update is not None:
        from .update import run_update

        return cors(run_update(update, dataset))
    if not query:
        if request.method == "GET":
            from .describe import service_description

            return cors(service_description())
        return _error(400, "no query given")
    store = current_app.extensions["zonegraph.store"]
    target = store.query_target()
    if target is None:
        return _error(503, f"no graph in {store.root}: run `zonegraph build` first")
    req = query_request(request, query, dataset, current_app.config["ZG"])
    ans = current_app.extensions["zonegraph.queries"].run(target, req, current_app.config["ZG"].query_timeout)
    return cors(answer_response(ans))


def query_request(request: HTTPRequest, query: str, dataset: Dataset, cfg: ServerConfig) -> Request:
    """What a query worker needs to answer this HTTP request."""
    return Request(
        query=query,
        dataset=dataset,
        base_iri=request.base_url,
        accept=request.headers.get("Accept", ""),
        format=request.args.get("format")
        or (request.form.get("format") if request.method == "POST" else None),
        max_rows=cfg.max_rows,
    )
