from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from zonegraph.analyze import analyze, shortest_path, write_gephi
from zonegraph.cli import main

ID = "https://w3id.org/zonegraph/id/"


def test_report_ranks_zones_and_people(sample_store) -> None:
    r = analyze(sample_store.open(), top=5)
    assert r["nodes"] > 50 and r["components"] >= 1
    zones = [(z["label"], z["value"]) for z in r["most_invested_zones"]]
    # 运城: 6.8 + 1.2 + 1.1 + 1.08 + 5 + 3 亿 = 18.18 亿, each project counted once
    assert zones[0] == ("运城经济技术开发区", 1_818_000_000)
    assert r["degree"][0]["label"] == "运城经济技术开发区"
    assert all(p["kind"] == "person" for p in r["most_connected_people"])
    assert sum(c["size"] for c in r["communities"]) <= r["nodes"]


def test_shortest_path_follows_facts(sample_store) -> None:
    steps = shortest_path(sample_store.open(), ID + "person/赵自成", ID + "company/大运汽车")
    assert [s["to"] for s in steps] == [
        "运城经济技术开发区",
        "大运高端智能新能源乘用车提升改造项目",
        "大运汽车",
    ]


def test_gephi_files_read_back(sample_store, tmp_path: Path) -> None:
    for name, read in (("g.graphml", nx.read_graphml), ("g.gexf", nx.read_gexf)):
        write_gephi(sample_store.open(), tmp_path / name)
        g = read(tmp_path / name)
        assert g.number_of_nodes() > 50
        labels = {d.get("label") for _, d in g.nodes(data=True)}
        assert "运城经济技术开发区" in labels


def test_cli_and_page(sample_store, client, tmp_path: Path) -> None:
    res = CliRunner().invoke(
        main, ["analyze", "--store", str(sample_store.root), "--top", "3", "--gexf", str(tmp_path / "x.gexf")]
    )
    assert res.exit_code == 0 and "运城经济技术开发区" in res.output and (tmp_path / "x.gexf").exists()
    data = client.get("/analyze.json").get_json()
    assert data["most_invested_zones"][0]["label"] == "运城经济技术开发区"
    page = client.get("/analyze", query_string={"from": ID + "person/赵自成", "to": ID + "company/大运汽车"})
    assert page.status_code == 200 and "大运汽车" in page.get_data(as_text=True)


def test_path_steps_keep_each_facts_direction_and_take_names(sample_store) -> None:
    from zonegraph.analyze import AmbiguousName, step_text

    steps = shortest_path(sample_store.open(), "赵自成", "大运汽车")
    assert [s["forward"] for s in steps] == [True, False, False]
    # 赵自成 leads the zone; the project lies in the zone; 大运汽车 invests in the project
    assert steps[1]["subject"].endswith("大运高端智能新能源乘用车提升改造项目")
    assert step_text(steps[2]) == "大运高端智能新能源乘用车提升改造项目 ←投资 invests— 大运汽车"
    with pytest.raises(AmbiguousName) as caught:
        shortest_path(sample_store.open(), "运城", "大运汽车")
    assert "运城经济技术开发区" in str(caught.value) and "运城市" in str(caught.value)
    with pytest.raises(KeyError):
        shortest_path(sample_store.open(), "没有这个名字", "大运汽车")


def test_cli_path_by_name_and_ambiguity(sample_store) -> None:
    r = CliRunner()
    res = r.invoke(main, ["analyze", "--store", str(sample_store.root), "--path", "赵自成", "大运汽车"])
    assert res.exit_code == 0 and "←投资 invests— 大运汽车" in res.output
    res = r.invoke(main, ["analyze", "--store", str(sample_store.root), "--path", "运城", "大运汽车"])
    assert res.exit_code == 1 and "say which" in res.output
