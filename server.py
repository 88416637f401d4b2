"""WSGI entry point: `waitress-serve --call server:app_factory`, or `zonegraph serve`."""

from __future__ import annotations

from zonegraph.config import ServerConfig
from zonegraph.web import create_app


def app_factory():  # noqa: ANN201
    return create_app(ServerConfig.from_env())
