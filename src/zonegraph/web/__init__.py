"""The web app: create_app() builds one Flask app per call; no module-level app, no global state."""

from __future__ import annotations

import atexit

from flask import Flask, Response, g, jsonify

from ..config import ServerConfig
from ..query import QueryError, QueryRefused
from ..query_pool import QueryPool
from ..remote import RemoteError
from ..store import StoreError, open_store


def create_app(config: ServerConfig | dict | None = None) -> Flask:
    """An app serving the store named in the config (a ServerConfig, or a dict of its fields)."""
    if isinstance(config, dict):
        config = ServerConfig(**config)
    cfg = config or ServerConfig.from_env()
    app = Flask(__name__)
    app.config["ZG"] = cfg
    app.config["JSON_AS_ASCII"] = False
    app.config["MAX_CONTENT_LENGTH"] = cfg.max_body
    app.config["MAX_FORM_MEMORY_SIZE"] = cfg.max_body
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.extensions["zonegraph.store"] = open_store(cfg.store_dir, cfg.store_update)
    pool = QueryPool(cfg.query_workers)
    app.extensions["zonegraph.queries"] = pool
    atexit.register(pool.close)

    from . import explore, pages, sparql

    app.register_blueprint(sparql.bp)
    app.register_blueprint(pages.bp)
    app.register_blueprint(explore.bp)

    @app.errorhandler(413)
    def _too_large(_exc: Exception):  # noqa: ANN202
        return Response(
            f"request too large: at most {cfg.max_body:,} bytes (--max-body / ZONEGRAPH_MAX_BODY)\n",
            status=413,
            mimetype="text/plain",
        )

    @app.errorhandler(StoreError)
    def _no_store(exc: StoreError):  # noqa: ANN202
        return jsonify(error="store unavailable", message=str(exc)), 503

    @app.errorhandler(RemoteError)
    def _remote(exc: RemoteError):  # noqa: ANN202
        return jsonify(error="store unavailable", message=str(exc)), 503

    @app.errorhandler(QueryRefused)
    def _refused(exc: QueryRefused):  # noqa: ANN202
        return jsonify(error="refused", message=str(exc)), 400

    @app.errorhandler(QueryError)
    def _bad_query(exc: QueryError):  # noqa: ANN202
        return jsonify(error="malformed query", message=str(exc)), 400

    @app.teardown_appcontext
    def _close(_exc: BaseException | None) -> None:
        g.pop("zg_store", None)

    from .fast import sparql_fast_path

    app.wsgi_app = sparql_fast_path(app)  # type: ignore[method-assign]
    return app


def get_store():  # noqa: ANN201 - pyoxigraph Store
    """The current build, opened read-only once per request (a new build is picked up by the next one)."""
    from flask import current_app

    if "zg_store" not in g:
        g.zg_store = current_app.extensions["zonegraph.store"].open()
    return g.zg_store


def answer_response(ans) -> Response:  # noqa: ANN001 - answer.Answer
    """A query worker's answer as an HTTP response: text formats in UTF-8, and a 503 (busy or past the time
    limit) that says when to retry."""
    media = ans.media_type
    charset = "; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media else ""
    resp = Response(ans.body, status=ans.status, content_type=media + charset)
    if ans.status == 503:
        resp.headers["Retry-After"] = "5"
    return resp
