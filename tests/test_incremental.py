"""Builds that add, change or remove a few articles: the result is the build from scratch, quad for quad."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from zonegraph import incremental
from zonegraph.pipeline import build
from zonegraph.sentence_index import INDEX, search
from zonegraph.store import GraphStore

SAMPLE = Path(__file__).parents[1] / "data" / "corpus" / "shanxi-zones-2023-05.txt"

# made-up articles whose additions change what the older ones resolve to
FIRST = [
    ("n1", "本刊讯 总投资2亿元的泓岳精密铸件项目在运城经济技术开发区开工，泓岳董事长罗望舒出席。"),
    ("n2", "本刊讯 太原经开区管委会主任柯文澜调研泓岳精密铸件项目。"),
    ("n3", "本刊讯 晋中高新区党工委书记苗青松会见客商。总投资3亿元的锐川新材料项目签约。"),
    ("n4", "本刊讯 总投资1.5亿元的森澈物流园项目落户晋中高新区，由山西森澈物流有限公司投资建设。"),
    ("n7", "本刊讯 泓岳精密铸造有限公司在运城经开区投资建设汽车零部件项目。"),
]
LATER = [
    # a longer legal name of a company (its label changes, its IRI not) that the first articles also had as a
    # short name alone
    ("n5", "本刊讯 泓岳精密铸造股份有限公司总投资4亿元的泓岳精密铸件项目二期在运城经开区签约。"),
    # a namesake in another zone: the two people called 柯文澜 are numbered
    ("n6", "本刊讯 长治高新区管委会副主任柯文澜出席锐川新材料项目开工仪式，项目总投资3.2亿元。"),
    ("n8", "本刊讯 今日天气晴朗。"),  # nothing to find: still an article with its graph
]


def write(path: Path, items: list[tuple[str, str]]) -> None:
    path.write_text(
        "".join(
            json.dumps({"id": k, "title": t[:12], "text": t}, ensure_ascii=False) + "\n" for k, t in items
        ),
        encoding="utf-8",
    )


def quads(store: GraphStore) -> list[str]:
    return sorted(str(q) for q in store.open().quads_for_pattern(None, None, None, None))


def scratch(inputs: Path, tmp_path: Path) -> GraphStore:
    st = GraphStore(tmp_path / "scratch")
    build([inputs], st, force=True, workers=1)
    return st


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / SAMPLE.name)
    write(folder / "news.jsonl", FIRST)
    return folder


def test_adding_articles_gives_the_build_from_scratch(corpus: Path, tmp_path: Path) -> None:
    st = GraphStore(tmp_path / "g")
    build([corpus], st, workers=1)
    first = st.current
    assert st.open().contains_named_graph(ox.NamedNode("https://w3id.org/zonegraph/id/article/n2"))
    alone = ox.NamedNode("https://w3id.org/zonegraph/id/person/柯文澜")
    assert list(st.open().quads_for_pattern(alone, None, None, ox.DefaultGraph()))
    write(corpus / "later.jsonl", LATER)
    report = build([corpus], st, workers=1)
    assert report.updated and report.extracted == 3 and st.current != first
    assert report.changes["rewritten"] < report.articles  # only what the new articles touch
    assert quads(st) == quads(scratch(corpus, tmp_path))
    assert report.quads == len(st.open()) == st.manifest()["quads"]
    people = {
        r["p"].value
        for r in st.open().query(
            "SELECT ?p WHERE { ?p a zg:Person ; rdfs:label '柯文澜'@zh }",
            prefixes={
                "zg": "https://w3id.org/zonegraph/ontology#",
                "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            },
        )
    }
    assert len(people) == 2 and all(p.endswith(("-1", "-2")) for p in people)  # numbered once two
    assert not list(st.open().quads_for_pattern(alone, None, None, None))


def test_changing_and_removing_articles_gives_the_build_from_scratch(corpus: Path, tmp_path: Path) -> None:
    st = GraphStore(tmp_path / "g")
    write(corpus / "later.jsonl", LATER)
    build([corpus], st, workers=1)
    write(corpus / "news.jsonl", [FIRST[0], (FIRST[1][0], FIRST[1][1].replace("太原", "大同")), *FIRST[2:3]])
    (corpus / "later.jsonl").unlink()
    report = build([corpus], st, workers=1)
    assert report.updated and report.changes["removed"] == 6  # n4 to n8 went and n2 changed
    fresh = scratch(corpus, tmp_path)
    assert quads(st) == quads(fresh)
    for word in ("大同", "太原", "森澈", "柯文澜", "项目"):  # the sentence index too
        got, want = (search(s.current / INDEX, word, limit=100) for s in (st, fresh))
        assert got[0] == want[0] and sorted(map(repr, got[1])) == sorted(map(repr, want[1])), word
    assert {h.article.rsplit("/", 1)[-1] for h in search(st.current / INDEX, "大同")[1]} == {"n2"}
    assert search(st.current / INDEX, "森澈")[0] == 0


def test_a_failed_update_keeps_the_build_and_the_next_one_is_still_exact(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    st = GraphStore(tmp_path / "g")
    build([corpus], st, workers=1)
    before, served = st.current, quads(st)
    write(corpus / "later.jsonl", LATER)

    def broken(*_args, **_kwargs) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(incremental, "edit_graph", broken)
    monkeypatch.setattr("zonegraph.pipeline.edit_graph", broken)
    with pytest.raises(OSError):
        build([corpus], st, workers=1)
    assert st.current == before and quads(st) == served
    assert not list((tmp_path / "g" / "builds").glob("*.partial"))
    monkeypatch.undo()
    report = build([corpus], st, workers=1)
    assert report.updated and quads(st) == quads(scratch(corpus, tmp_path))


def test_a_state_that_is_not_the_current_builds_is_not_used(corpus: Path, tmp_path: Path) -> None:
    st = GraphStore(tmp_path / "g")
    build([corpus], st, workers=1)
    state = tmp_path / "g" / "cache" / "resolution.sqlite"
    kept = state.read_bytes()
    write(corpus / "later.jsonl", LATER)
    build([corpus], st, workers=1, force=True)  # a new build, and a state of its own
    state.write_bytes(kept)  # the state of the build before it
    write(corpus / "later.jsonl", LATER[:1])
    report = build([corpus], st, workers=1)
    assert not report.updated and quads(st) == quads(scratch(corpus, tmp_path))


def test_the_default_graph_is_the_entities_the_article_graphs_and_the_derived_figures(
    sample_store: GraphStore,
) -> None:
    """The invariant an update relies on, checked on a build from scratch."""
    st = sample_store.open()
    default = {
        (q.subject, q.predicate, q.object) for q in st.quads_for_pattern(None, None, None, ox.DefaultGraph())
    }
    named = {
        (q.subject, q.predicate, q.object)
        for q in st.quads_for_pattern(None, None, None, None)
        if isinstance(q.graph_name, ox.NamedNode)
        and q.predicate.value != "https://w3id.org/zonegraph/ontology#mentionedIn"
        and "/statement/" not in q.subject.value
    }
    assert named <= default
    extra = {t[1].value.rsplit("#", 1)[-1] for t in default - named}
    assert extra <= {
        "label", "altLabel", "type", "inRegion", "zoneClass", "catalogueCode", "catalogueName", "approvalLevel",
        "zoneType", "divisionCode", "divisionLevel", "stockCode", "projectCount", "totalInvestment",
        "investedProjectCount", "statementCount",
    }  # fmt: skip


def test_an_update_reads_only_the_files_that_changed_and_keeps_the_others_problems(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with (corpus / "news.jsonl").open("a", encoding="utf-8") as f:
        f.write('{"id": "broken", "title": "没有正文"}\n')
    st = GraphStore(tmp_path / "g")
    first = build([corpus], st, workers=1)
    assert any("missing or empty field(s): text" in str(e) for e in first.errors)
    import zonegraph.read as read

    seen: list[str] = []
    real = read.read_file
    monkeypatch.setattr(
        read, "read_file", lambda path, year=None: (seen.append(path.name), real(path, year))[1]
    )
    write(corpus / "later.jsonl", LATER)
    report = build([corpus], st, workers=1)
    assert report.updated and seen == ["later.jsonl"]
    assert [str(e) for e in report.errors] == [str(e) for e in first.errors]
    assert st.manifest()["errors"] == [str(e) for e in first.errors]
    assert quads(st) == quads(scratch(corpus, tmp_path))


def test_a_changed_file_that_takes_another_files_article_key_is_built_from_scratch(
    corpus: Path, tmp_path: Path
) -> None:
    st = GraphStore(tmp_path / "g")
    write(corpus / "later.jsonl", LATER)
    build([corpus], st, workers=1)
    write(corpus / "a-first.jsonl", [("n6", "本刊讯 同一编号的另一篇文章。")])  # read before later.jsonl
    report = build([corpus], st, workers=1)
    assert not report.updated and any("already used" in str(e) for e in report.errors)
    assert quads(st) == quads(scratch(corpus, tmp_path))
