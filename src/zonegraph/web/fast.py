"""The SPARQL endpoint's hot path: queries answered without Flask's dispatch.

A query costs Oxigraph a fraction of a millisecond; Flask's request and application contexts, routing and
response handling cost more than that again on every request (bench/bench_vs_oxigraph.py). Queries to
/sparql are read here with the same protocol code (sparql.read_request) and answered by the same query
workers; everything else (updates, the service description, every other page, anything unusual) goes to
the Flask app unchanged, with the request body it was sent.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable

from flask import Flask
from werkzeug.wrappers import Request as HTTPRequest

from ..store import StoreError
from . import answer_response
from .sparql import cors, query_request, read_request

WSGIApp = Callable[[dict, Callable], Iterable[bytes]]


def sparql_fast_path(app: Flask) -> WSGIApp:
    """Wrap the app's WSGI callable: GET and POST queries to /sparql skip Flask, the rest reaches it."""
    inner = app.wsgi_app
    cfg = app.config["ZG"]
    store = app.extensions["zonegraph.store"]
    pool = app.extensions["zonegraph.queries"]

    def wsgi(environ: dict, start_response: Callable) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD")
        if environ.get("PATH_INFO") != "/sparql" or method not in ("GET", "POST"):
            return inner(environ, start_response)
        if method == "POST":
            length = environ.get("CONTENT_LENGTH")
            if not length or not length.isdigit() or int(length) > cfg.max_body:
                return inner(environ, start_response)  # chunked, missing or too large: Flask answers
            body = environ["wsgi.input"].read(int(length))
            environ["wsgi.input"] = io.BytesIO(body)
        req = HTTPRequest(environ)
        req.max_content_length = cfg.max_body
        req.max_form_memory_size = cfg.max_body
        query, update, dataset, err = read_request(req)
        if method == "POST":
            environ["wsgi.input"] = io.BytesIO(body)  # unread for Flask, should it answer after all
        if err or update is not None or not query or len(query) > cfg.max_body:
            return inner(environ, start_response)
        try:
            target = store.query_target()
        except StoreError:
            target = None
        if target is None:
            return inner(environ, start_response)  # Flask says why there is no graph
        ans = pool.run(target, query_request(req, query, dataset, cfg), cfg.query_timeout)
        return cors(answer_response(ans))(environ, start_response)

    return wsgi
