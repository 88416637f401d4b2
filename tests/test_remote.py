"""The store as a remote SPARQL endpoint: a real Oxigraph server (the `oxigraph` test extra) and a real
Virtuoso (Debian's virtuoso-opensource, which .ci/run installs) on loopback, each given the same tests."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest
from conftest import SAMPLE

from zonegraph.config import ServerConfig
from zonegraph.loopback import VIRTUOSO, free_port, running, virtuoso_server
from zonegraph.pipeline import build
from zonegraph.query import run_query
from zonegraph.remote import VIRTUOSO_DEFAULT, RemoteGraphStore
from zonegraph.stats import graph_stats

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
SERVERS = [
    pytest.param(
        "oxigraph",
        marks=pytest.mark.skipif(
            not Path(OXIGRAPH).exists(), reason="no oxigraph server (pip install oxigraph)"
        ),
    ),
    pytest.param(
        "virtuoso",
        marks=pytest.mark.skipif(
            not (shutil.which(VIRTUOSO) and shutil.which("isql-vt")),
            reason="no Virtuoso (apt-get install virtuoso-opensource)",
        ),
    ),
]


@pytest.fixture(scope="module", params=SERVERS)
def endpoint(request, tmp_path_factory):
    """(query URL, update URL, which server) of a real server of its own on loopback."""
    if request.param == "virtuoso":
        with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as url:
            yield url, url, "virtuoso"
        return
    port = free_port()
    cmd = [OXIGRAPH, "serve", "--location", str(tmp_path_factory.mktemp("ox")), "--bind", f"127.0.0.1:{port}"]
    with running(cmd, port):
        yield f"http://127.0.0.1:{port}/query", f"http://127.0.0.1:{port}/update", "oxigraph"


@pytest.fixture(scope="module")
def remote(endpoint, tmp_path_factory):
    store = RemoteGraphStore(endpoint[0], endpoint[1], cache_root=tmp_path_factory.mktemp("cache"))
    report = build([SAMPLE], store)
    assert report.articles == 9
    return store


def test_build_on_a_remote_store_matches_the_embedded_one(remote, sample_store) -> None:
    assert graph_stats(remote.open()) == graph_stats(sample_store.open())
    assert len(remote.open()) == len(sample_store.open())


def test_named_graphs_are_preserved_and_sums_count_once(remote, endpoint) -> None:
    q = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s zg:leads ?z } }"
    # Virtuoso's GRAPH ?g also sees the graph that holds the store's default graph there (the module's doc)
    expected = 7 if endpoint[2] == "virtuoso" else 6
    assert int(next(iter(run_query(remote.open(), q)))["n"].value) == expected
    q = f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?s zg:leads ?z }} FILTER(?g != <{VIRTUOSO_DEFAULT}>) }}"
    assert int(next(iter(run_query(remote.open(), q)))["n"].value) == 6
    graph = "<https://w3id.org/zonegraph/id/article/shanxi-zones-2023-05-001>"
    q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"  # a graph named: found on both
    assert int(next(iter(run_query(remote.open(), q)))["n"].value) > 100
    named = int(next(iter(run_query(remote.open(), q)))["n"].value)
    q = f"SELECT (COUNT(*) AS ?n) FROM {graph} WHERE {{ ?s ?p ?o }}"  # the query's own dataset is kept
    assert int(next(iter(run_query(remote.open(), q)))["n"].value) == named
    q = f"ASK {{ GRAPH {graph} {{ ?s rdfs:label ?z }} }}"
    assert bool(run_query(remote.open(), q)) is True
    assert bool(run_query(remote.open(), "ASK { ?s zg:leads <urn:nowhere> }")) is False
    q = "SELECT (SUM(?v) AS ?t) WHERE { ?p zg:investment ?v }"
    # 18 + 2.5 + 2.1 + 6.8 + 1.2 + 1.1 + 1.08 + 5 + 3 亿元, each stated once however many graphs hold it
    assert float(next(iter(run_query(remote.open(), q)))["t"].value) == 4_078_000_000


def test_rebuild_of_unchanged_input_is_skipped(remote) -> None:
    assert build([SAMPLE], remote).skipped


def test_export_and_web_on_the_remote_store(remote, tmp_path) -> None:
    import io

    import pyoxigraph as ox

    from zonegraph.export import export
    from zonegraph.web import create_app

    buf = io.BytesIO()
    export(remote, "nq", buf)
    assert len(list(ox.parse(buf.getvalue(), format=ox.RdfFormat.N_QUADS))) == len(remote.open())
    app = create_app(
        ServerConfig(store_dir=remote.query_url, store_update=remote.update_url, update_token="t0ken")
    )
    c = app.test_client()
    resp = c.get("/sparql", query_string={"query": "SELECT ?n WHERE { ?p zg:leads ?z ; rdfs:label ?n }"})
    assert resp.status_code == 200 and len(resp.get_json()["results"]["bindings"]) == 6
    page = c.get("/id/zone/运城经济技术开发区")
    assert page.status_code == 200 and "赵自成" in page.get_data(as_text=True)
    upd = 'INSERT DATA { <https://w3id.org/zonegraph/id/zone/x> rdfs:label "新区"@zh }'
    assert (
        c.post("/sparql", data={"update": upd}, headers={"Authorization": "Bearer t0ken"}).status_code == 204
    )
    ask = c.get("/sparql", query_string={"query": 'ASK { ?x rdfs:label "新区"@zh }'}).get_json()
    assert ask["boolean"] is True
    app.extensions["zonegraph.queries"].close()


def test_cli_takes_a_url(remote, tmp_path) -> None:
    from click.testing import CliRunner

    from zonegraph.cli import main

    res = CliRunner().invoke(main, ["stats", "--store", remote.query_url, "--json"])
    assert res.exit_code == 0 and '"articles": 9' in res.output
    res = CliRunner().invoke(main, ["stats", "--store", "http://127.0.0.1:1/query"])
    assert res.exit_code == 1 and "cannot reach" in res.output


@pytest.mark.parametrize("protocol", ["graph store", "sparql update"])
def test_a_remote_build_that_dies_midway_keeps_the_old_graph(
    endpoint, tmp_path, monkeypatch, protocol
) -> None:
    """The old graph and its manifest stay until the new build is whole; a later build clears the leftovers.
    Both ways of writing: one streamed update (Oxigraph, known by its Graph Store endpoint), and staging
    graphs filled by SPARQL INSERT DATA batches then moved into place (other servers)."""
    from zonegraph.pipeline import build as run_build
    from zonegraph.remote import DIGESTS_GRAPH, STAGING

    query_url, update_url, server = endpoint
    if protocol == "sparql update":
        monkeypatch.setattr(RemoteGraphStore, "_graph_store_url", lambda self: None)
        monkeypatch.setattr(RemoteGraphStore, "_virtuoso_crud_url", lambda self, ox_store: None)
    elif server == "oxigraph":
        assert (
            RemoteGraphStore(query_url, update_url)._graph_store_url() == query_url[: -len("query")] + "store"
        )
    else:
        found = RemoteGraphStore(query_url, update_url)
        assert found._virtuoso_crud_url(found._ox()) == query_url + "-graph-crud"

    store = RemoteGraphStore(query_url, update_url, cache_root=tmp_path / "cache")
    run_build([SAMPLE], store, force=True)
    before = graph_stats(store.open())
    manifest = store.manifest()

    def dying(quads):  # the writer is killed after 1,500 quads
        for n, q in enumerate(quads):
            if n == 1500:
                raise OSError("killed mid-build")
            yield q

    with pytest.raises(OSError):
        store.write_build(dying(_quads_of_sample()), {"files": []})
    assert graph_stats(store.open()) == before and store.manifest() == manifest
    run_build([SAMPLE], store, force=True)
    left = (
        'SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "%s")) }'
    )
    assert int(next(iter(store.open().query(left % STAGING)))["n"].value) == 0
    assert graph_stats(store.open()) == before
    if protocol == "sparql update":  # a build that writes no digests leaves none of an earlier build's
        ask = f"ASK {{ GRAPH <{DIGESTS_GRAPH}> {{ ?s ?p ?o }} }}"
        assert bool(store.open().query(ask)) is False


def _quads_of_sample():
    from zonegraph.extract import extract_article
    from zonegraph.graph import dataset_quads
    from zonegraph.read import read_paths
    from zonegraph.resolve import resolve

    exs = [extract_article(a) for a in read_paths([SAMPLE])[0]]
    return dataset_quads(exs, resolve(exs))


def _sorted_nquads(ox_store) -> list[str]:
    import pyoxigraph as ox

    return sorted(
        str(ox.Quad(q.subject, q.predicate, q.object, q.graph_name))
        for q in ox_store.quads_for_pattern(None, None, None, None)
    )


def test_a_rebuild_with_one_article_changed_equals_a_fresh_local_build(
    endpoint, tmp_path, monkeypatch
) -> None:
    """Quad for quad the same as the embedded store built from the same input; the graphs that did not
    change are not sent again (their digests match): a rebuild of unchanged input sends no article graph."""
    from zonegraph.remote import RemoteStore
    from zonegraph.store import GraphStore

    query_url, update_url, server = endpoint
    store = RemoteGraphStore(query_url, update_url, cache_root=tmp_path / "cache")
    changed = tmp_path / "in" / SAMPLE.name  # the same file, changed in place: graphs name their file
    changed.parent.mkdir()
    shutil.copy(SAMPLE, changed)
    build([changed], store, force=True)
    text = SAMPLE.read_text(encoding="utf-8")
    assert text.count("赵自成") == 1
    changed.write_text(text.replace("赵自成", "赵自立"), encoding="utf-8")

    sent: list[str] = []  # the article graphs each build sends
    real_post, real_stream = RemoteStore._post, RemoteStore.post_stream

    def counting(self, url, body, ctype, params, accept):  # noqa: ANN001, ANN202
        if url.endswith("-graph-crud"):
            sent.append(dict(params)["graph-uri"])
        return real_post(self, url, body, ctype, params, accept)

    def streaming(self, url, chunks, ctype):  # noqa: ANN001, ANN202
        def watched():  # noqa: ANN202
            for chunk in chunks:
                sent.extend(re.findall(r"INSERT DATA \{ GRAPH <([^>]+)>", chunk.decode("utf-8")))
                yield chunk

        return real_stream(self, url, watched(), ctype)

    monkeypatch.setattr(RemoteStore, "_post", counting)
    monkeypatch.setattr(RemoteStore, "post_stream", streaming)
    build([changed], store, force=True)
    local = GraphStore(tmp_path / "local")
    build([changed], local)
    assert _sorted_nquads(store.open()) == _sorted_nquads(local.open())
    article_graphs = [g for g in sent if "/id/article/" in g]
    assert 1 <= len(article_graphs) < 9  # the changed article's graph, not the other eight
    sent.clear()
    build([changed], store, force=True)
    assert sent and not [g for g in sent if "/id/article/" in g]
    assert _sorted_nquads(store.open()) == _sorted_nquads(local.open())
    extra = changed.parent / "extra.txt"  # nine more articles, then gone again: their graphs go too
    shutil.copy(SAMPLE, extra)
    build([changed.parent], store, force=True)
    assert len(list(store.open().named_graphs())) == 18
    extra.unlink()
    build([changed.parent], store, force=True)
    assert _sorted_nquads(store.open()) == _sorted_nquads(local.open())


def test_graph_terms_are_read_from_the_parsed_query() -> None:
    from zonegraph.remote import graph_terms

    q = "PREFIX x: <urn:x:> SELECT * WHERE { GRAPH x:a { ?s ?p ?o } FILTER NOT EXISTS { GRAPH <urn:b> { ?s ?p 1 } } }"
    assert graph_terms(q) == ({"urn:x:a", "urn:b"}, False, False)
    assert graph_terms("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }") == (set(), True, False)
    assert graph_terms("SELECT * FROM <urn:d> WHERE { ?s ?p ?o }") == (set(), False, True)
    assert graph_terms('SELECT * WHERE { ?s ?p "GRAPH <urn:c> {" }') == (set(), False, False)
    assert graph_terms("SELEC * WHERE {") is None
