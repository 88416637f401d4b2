"""SPARQL Update, only when the server was started with an update token; persisted like a build."""

from __future__ import annotations

import hmac
import threading

from flask import Response, current_app, request

from ..query import Dataset, QueryError, check_safe, with_update_dataset
from ..store import GraphStore, UpdateFailed


def _lock() -> threading.Lock:
    return current_app.extensions.setdefault("zonegraph.update_lock", threading.Lock())


def _text(status: int, message: str) -> Response:
    return Response(message + "\n", status=status, mimetype="text/plain")


def run_update(update: str, dataset: Dataset) -> Response:
    """Check the token, refuse LOAD and SERVICE, then let the store apply the update (one at a time)."""
    token = current_app.config["ZG"].update_token
    if not token:
        return _text(
            403, "this endpoint is read-only (start the server with --update-token to allow updates)"
        )
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer":
        resp = _text(401, "updates need an Authorization: Bearer token")
        resp.headers["WWW-Authenticate"] = 'Bearer realm="zonegraph"'
        return resp
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        return _text(403, "wrong update token")
    try:
        check_safe(update, update=True)
        update = with_update_dataset(update, dataset)
    except QueryError as exc:
        return _text(400, str(exc))
    store = current_app.extensions["zonegraph.store"]
    timeout = current_app.config["ZG"].query_timeout
    with _lock():
        try:
            if isinstance(store, GraphStore):
                store.apply_update(update, base_iri=request.base_url, timeout=timeout)
            else:
                store.apply_update(update, base_iri=request.base_url)
        except UpdateFailed as exc:
            status = 503 if "ran past" in str(exc) else 400
            return _text(status, str(exc))
        except (SyntaxError, ValueError, OSError) as exc:
            return _text(400, f"update failed, nothing was changed: {exc}")
    return Response(status=204)
