from __future__ import annotations

import os
from pathlib import Path

import pytest

from zonegraph.config import ServerConfig
from zonegraph.pipeline import build
from zonegraph.store import GraphStore

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "corpus" / "shanxi-zones-2023-05.txt"
FIXTURES = Path(__file__).parent / "fixtures"
SHARED = ROOT.parent / "shared"


def shared_or_skip(*parts: str) -> Path:
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is not here: ../shared is present only in the developers' and CI checkouts")
    return p


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> GraphStore:
    store = GraphStore(tmp_path_factory.mktemp("store"))
    report = build([SAMPLE], store)
    assert report.articles == 9
    return store


@pytest.fixture()
def app(sample_store: GraphStore):
    from zonegraph.web import create_app

    app = create_app(ServerConfig(store_dir=sample_store.root, max_rows=500, update_token=None))
    app.config["TESTING"] = True
    return app


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture(autouse=True)
def _no_store_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ZONEGRAPH_STORE", raising=False)
    monkeypatch.delenv("ZONEGRAPH_UPDATE_TOKEN", raising=False)
    os.environ.setdefault("PYTHONHASHSEED", "0")
