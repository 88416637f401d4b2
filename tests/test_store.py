from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES, SAMPLE

from zonegraph.pipeline import build
from zonegraph.query import run_query
from zonegraph.store import GraphStore, StoreError


def count(store: GraphStore) -> int:
    return int(
        next(iter(run_query(store.open(), "SELECT (COUNT(*) AS ?n) WHERE { ?a a zg:Article }")))["n"].value
    )


def test_build_is_skipped_when_input_is_unchanged(tmp_path: Path) -> None:
    store = GraphStore(tmp_path / "s")
    first = build([SAMPLE], store)
    assert not first.skipped and first.articles == 9
    again = build([SAMPLE], store)
    assert again.skipped and again.articles == 9
    assert build([SAMPLE], store, force=True).skipped is False


def test_a_failed_build_keeps_the_previous_graph(tmp_path: Path) -> None:
    store = GraphStore(tmp_path / "s")
    build([SAMPLE], store)
    before = store.current

    def broken():
        yield from []
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        store.write_build(broken(), {})
    assert store.current == before
    assert count(store) == 9
    assert not [p for p in (store.root / "builds").iterdir() if p.name.endswith(".partial")]


def test_sums_count_each_fact_once_even_when_many_articles_state_it(tmp_path: Path) -> None:
    # the same article text three times under three ids: three named graphs, one merged fact
    import json

    text = "本刊讯 加快总投资2.5亿元的奥泰大型智能煤机制造项目建设。"
    lines = [
        json.dumps({"id": f"a{i}", "title": "寿阳经济技术开发区", "text": text}, ensure_ascii=False)
        for i in range(3)
    ]
    f = tmp_path / "three.jsonl"
    f.write_text("\n".join(lines), encoding="utf-8")
    store = GraphStore(tmp_path / "s")
    build([f], store)
    res = run_query(store.open(), "SELECT (SUM(?v) AS ?s) (COUNT(?v) AS ?n) WHERE { ?p zg:investment ?v }")
    row = next(iter(res))
    assert int(row["n"].value) == 1 and int(float(row["s"].value)) == 250_000_000
    res = run_query(
        store.open(), "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?p zg:investment ?v } }"
    )
    assert int(next(iter(res))["n"].value) == 3


def test_the_merged_graph_is_written_without_repeats() -> None:
    from zonegraph.extract import extract_article
    from zonegraph.graph import dataset_quads
    from zonegraph.model import Article
    from zonegraph.resolve import resolve_clusters

    text = "本刊讯 寿阳经济技术开发区党工委书记王某某出席。加快总投资2.5亿元的奥泰大型智能煤机制造项目建设。"
    exs = [extract_article(Article(f"a{i}", "标题", text, "t", 1)) for i in range(3)]
    res, _roots, _clusters = resolve_clusters(exs)
    merged = [q[:3] for q in dataset_quads(exs, res) if q[3] is None]
    assert len(merged) == len(set(merged)) > 10  # the facts the three articles share, written once


def test_opening_an_empty_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="run `zonegraph build` first"):
        GraphStore(tmp_path / "none").open()


def test_iris_are_stable_across_builds(tmp_path: Path) -> None:
    a, b = GraphStore(tmp_path / "a"), GraphStore(tmp_path / "b")
    build([SAMPLE], a)
    build([SAMPLE], b)
    q = "SELECT ?s WHERE { ?s a ?k } ORDER BY ?s"
    assert [r["s"].value for r in run_query(a.open(), q)] == [r["s"].value for r in run_query(b.open(), q)]


def test_adding_files_does_not_re_extract_the_old_ones(tmp_path: Path) -> None:
    import json

    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    store = GraphStore(tmp_path / "s")
    first = build([d], store)
    assert first.extracted == 9
    rec = {
        "id": "new-1",
        "title": "寿阳经济技术开发区",
        "text": "本刊讯 加快总投资2.5亿元的奥泰大型智能煤机制造项目建设。",
    }
    (d / "b.jsonl").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    second = build([d], store)
    assert second.articles == 10 and second.extracted == 1
    assert count(store) == 10
    third = build([d], store, force=True)
    assert third.extracted == 0 and third.articles == 10


def test_zone_totals_summed_at_build_time_match_the_query(sample_store) -> None:
    store = sample_store.open()
    q = """SELECT ?z (SUM(?v) AS ?t) WHERE {
      { SELECT ?z ?p (MAX(?x) AS ?v) WHERE { ?p zg:locatedIn ?z ; zg:investment ?x } GROUP BY ?z ?p }
    } GROUP BY ?z"""
    computed = {r["z"].value: float(r["t"].value) for r in run_query(store, q)}
    stored = {
        r["z"].value: float(r["t"].value)
        for r in run_query(store, "SELECT ?z ?t WHERE { ?z zg:totalInvestment ?t }")
    }
    assert computed == stored and len(stored) == 3  # 忻州, 寿阳 and 运城 have projects with amounts
    yc = "https://w3id.org/zonegraph/id/zone/运城经济技术开发区"
    assert stored[yc] == 1_818_000_000


def test_an_article_whose_extraction_fails_is_kept_and_reported(tmp_path: Path, monkeypatch) -> None:
    import zonegraph.pipeline as pipeline

    real = pipeline.extract_article

    def flaky(article):
        if article.key.endswith("-003"):
            raise RuntimeError("boom")
        return real(article)

    monkeypatch.setattr(pipeline, "extract_article", flaky)
    store = GraphStore(tmp_path / "s")
    report = build([SAMPLE], store, workers=1)
    assert report.articles == 9 and count(store) == 9
    assert any("extraction failed" in e.message and "boom" in e.message for e in report.errors)


def test_article_fact_counts_match_their_graphs(sample_store) -> None:
    store = sample_store.open()
    counted = {
        r["a"].value: int(r["n"].value)
        for r in run_query(
            store,
            "SELECT ?a (COUNT(?st) AS ?n) WHERE { ?a a zg:Article . OPTIONAL { GRAPH ?a { ?st a rdf:Statement } } } GROUP BY ?a",
        )
    }
    stored = {
        r["a"].value: int(r["n"].value)
        for r in run_query(store, "SELECT ?a ?n WHERE { ?a zg:statementCount ?n }")
    }
    assert counted == stored and sum(stored.values()) > 50


def test_builds_killed_mid_write_are_cleared_and_replaced_builds_wait_for_readers(tmp_path) -> None:
    import os
    import subprocess
    import time

    from conftest import SAMPLE

    from zonegraph.pipeline import build
    from zonegraph.store import READER_GRACE, GraphStore

    store = GraphStore(tmp_path / "g")
    build([SAMPLE], store, workers=1)
    # a build whose writer was killed (-9) leaves its .partial folder behind: the next build clears it
    dead = subprocess.Popen(["true"])
    dead.wait()
    orphan = store.root / "builds" / f"20200101T000000-dead-p{dead.pid}.partial"
    orphan.mkdir()
    mine = store.root / "builds" / f"20200101T000000-live-p{os.getpid()}.partial"
    mine.mkdir()  # a build still being written by a live process stays
    build([SAMPLE], store, workers=1, force=True)
    assert not orphan.exists() and mine.exists()
    # three builds in quick succession: the replaced ones stay while a reader may still have them open
    build([SAMPLE], store, workers=1, force=True)
    finished = [p for p in (store.root / "builds").iterdir() if not p.name.endswith(".partial")]
    assert len(finished) == 3
    old = time.time() - READER_GRACE - 10
    first, second, _third = sorted(finished)
    for p in (first, second):
        os.utime(
            p, (old, old)
        )  # the second replaced the first long ago; the third replaced the second just now
    build([SAMPLE], store, workers=1, force=True)
    finished = sorted(p for p in (store.root / "builds").iterdir() if not p.name.endswith(".partial"))
    assert first not in finished and second in finished and len(finished) == 3
    assert store.current == finished[-1]


def test_quads_written_as_text_read_back_the_same_across_chunks(tmp_path: Path) -> None:
    import pyoxigraph as ox
    from rdflib import Literal, URIRef

    from zonegraph.store import nquads_chunks

    g = ox.NamedNode("urn:zg:article:1")
    s = ox.NamedNode("urn:zg:e/园区")
    awkward = [
        ox.Literal('引号"和\\反斜杠\n换行\t'),
        ox.Literal("开发区", language="zh"),
        ox.Literal("12.5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")),
        ox.Literal(""),
    ]
    quads = [(s, ox.NamedNode(f"urn:zg:p{i}"), o, g if i % 2 else None) for i, o in enumerate(awkward * 3)]
    quads.append((URIRef("urn:zg:e/rdflib"), URIRef("urn:zg:p"), Literal("1", lang="en"), URIRef("urn:zg:g")))
    quads.append(ox.Quad(s, ox.NamedNode("urn:zg:q"), ox.Literal("x"), ox.DefaultGraph()))
    chunks = list(nquads_chunks(iter(quads), batch=5))
    assert len(chunks) == 3  # 14 quads, 5 a chunk
    back = [q for c in chunks for q in ox.parse(c, format=ox.RdfFormat.N_QUADS)]
    expected = [
        q if isinstance(q, ox.Quad) else ox.Quad(*(to_ox(t) for t in q[:3]), to_ox(q[3]) or ox.DefaultGraph())
        for q in quads
    ]
    assert back == expected
    assert list(nquads_chunks(iter([]))) == []


def to_ox(t):  # noqa: ANN001, ANN201
    from zonegraph.store import to_ox_term

    return None if t is None else to_ox_term(t)


def test_a_build_written_by_parallel_loaders_is_the_same_store(tmp_path: Path, monkeypatch) -> None:
    import pyoxigraph as ox

    from zonegraph import store as store_module

    dumps = []
    for loaders, batch in ((1, 1_000_000), (2, 7)):  # one load, and many small ones side by side
        monkeypatch.setattr(store_module, "LOADERS", loaders)
        real = store_module._load_while_making
        monkeypatch.setattr(
            store_module, "_load_while_making", lambda st, q, real=real, b=batch: real(st, q, batch=b)
        )
        store = GraphStore(tmp_path / f"s{loaders}")
        build([SAMPLE], store, workers=1)
        dumps.append(sorted(store.open().dump(format=ox.RdfFormat.N_QUADS).splitlines()))
        monkeypatch.setattr(store_module, "_load_while_making", real)
    assert dumps[0] == dumps[1] and len(dumps[0]) > 1000


def test_a_loader_failure_stops_the_build_and_keeps_the_previous_graph(tmp_path: Path, monkeypatch) -> None:
    from zonegraph import store as store_module

    store = GraphStore(tmp_path / "s")
    build([SAMPLE], store, workers=1)
    before = store.current

    def bad_chunks(quads, batch=50_000):  # noqa: ANN001, ANN202
        for _ in quads:
            pass
        yield b"<urn:a> <urn:b> not rdf .\n"

    monkeypatch.setattr(store_module, "nquads_chunks", bad_chunks)
    with pytest.raises(SyntaxError):
        build([SAMPLE], store, workers=1, force=True)
    assert store.current == before and count(store) == 9


def test_a_build_that_reads_its_extractions_from_the_cache_at_each_pass_is_the_same_store(
    tmp_path: Path, monkeypatch
) -> None:
    """A large build keeps no extraction in memory (pipeline.STREAM_FROM); the store, its sentence index and
    its report must not tell the two apart, a failed extraction (never cached) included."""
    import sqlite3

    import pyoxigraph as ox

    import zonegraph.pipeline as pipeline
    from zonegraph.sentence_index import INDEX

    real = pipeline.extract_article

    def flaky(article):  # noqa: ANN001, ANN202
        if article.key.endswith("-003"):
            raise RuntimeError("boom")
        return real(article)

    monkeypatch.setattr(pipeline, "extract_article", flaky)
    monkeypatch.setattr(pipeline, "_BATCH", 2)  # many batches, each read back on its own
    seen = []
    for stream_from in (10**9, 0):
        monkeypatch.setattr(pipeline, "STREAM_FROM", stream_from)
        store = GraphStore(tmp_path / f"s{stream_from}")
        report = build([SAMPLE, FIXTURES / "devset.jsonl"], store, workers=1)
        with sqlite3.connect(store.current / INDEX) as db:
            sentences = sorted(db.execute("SELECT * FROM sentences"))
        seen.append(
            (
                sorted(store.open().dump(format=ox.RdfFormat.N_QUADS).splitlines()),
                [str(e) for e in report.errors],
                report.articles,
                sentences,
            )
        )
    assert seen[0] == seen[1]
    assert any("boom" in e for e in seen[0][1]) and len(seen[0][0]) > 1000
