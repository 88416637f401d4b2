"""Configuration: where the store lives and the limits the server enforces.

Values come from defaults, then environment variables, then command-line flags; nothing here is mutated
at run time, so two apps in one process never share state.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
RESOURCES = Path(__file__).resolve().parent / "resources"


def default_store_dir() -> Path:
    """The store used when neither --store nor ZONEGRAPH_STORE is given."""
    env = os.environ.get("ZONEGRAPH_STORE")
    if env:
        return Path(env)
    return PROJECT_ROOT / "var" / "store"


def default_data_dir() -> Path:
    return PROJECT_ROOT / "data"


@dataclass(frozen=True)
class ServerConfig:
    """Limits and switches of the web app."""

    store_dir: Path | str = field(default_factory=default_store_dir)  # a folder, or a SPARQL endpoint URL
    query_timeout: float = 30.0
    max_rows: int = 10_000
    update_token: str | None = None
    query_workers: int = 2
    store_update: str | None = None  # update URL of a remote store, when it differs from the query URL
    max_body: int = 1_000_000  # bytes of a request body, and of a query or update however it is sent

    @classmethod
    def from_env(cls, **overrides: object) -> ServerConfig:
        env: dict[str, object] = {}
        if os.environ.get("ZONEGRAPH_QUERY_TIMEOUT"):
            env["query_timeout"] = float(os.environ["ZONEGRAPH_QUERY_TIMEOUT"])
        if os.environ.get("ZONEGRAPH_MAX_ROWS"):
            env["max_rows"] = int(os.environ["ZONEGRAPH_MAX_ROWS"])
        if os.environ.get("ZONEGRAPH_MAX_BODY"):
            env["max_body"] = int(os.environ["ZONEGRAPH_MAX_BODY"])
        if os.environ.get("ZONEGRAPH_UPDATE_TOKEN"):
            env["update_token"] = os.environ["ZONEGRAPH_UPDATE_TOKEN"]
        env.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**env)  # type: ignore[arg-type]
