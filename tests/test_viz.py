from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from zonegraph.cli import main
from zonegraph.subgraph import Edge, Node, Subgraph, expand, whole_graph
from zonegraph.viz import PHYSICS_LIMIT, write_html

ZONE = "https://w3id.org/zonegraph/id/zone/运城经济技术开发区"


def test_entity_neighbourhood_export_is_self_contained(sample_store, tmp_path: Path) -> None:
    out = tmp_path / "g.html"
    sub = expand(sample_store.open(), ZONE, 2)
    write_html(sub, out, "运城经济技术开发区")
    html = out.read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in html and "运城经济技术开发区" in html
    # nothing is loaded from elsewhere: no script or stylesheet with a src/href
    assert not re.search(r"<(script|link)[^>]+(src|href)=", html)
    assert '"arrows": "to"' in html  # directed edges
    assert "赵自成" in html and "大运高端智能新能源乘用车提升改造项目" in html


def test_labels_are_data_not_markup(tmp_path: Path) -> None:
    sub = Subgraph()
    bad = "<img src=x onerror=alert(1)>"
    sub.nodes["urn:a"] = Node("urn:a", bad, "zone")
    sub.nodes["urn:b"] = Node("urn:b", "</script><script>alert(2)</script>", "person")
    sub.add_edge(Edge("urn:b", "urn:a", "urn:p", "leads", "“<b>句子</b>”"))
    out = tmp_path / "x.html"
    write_html(sub, out, "<i>title</i>")
    html = out.read_text(encoding="utf-8")
    assert bad not in html and "</script><script>alert(2)" not in html
    assert "<i>title</i>" not in html and "&lt;i&gt;title&lt;/i&gt;" in html


def test_large_graphs_get_a_python_layout_and_no_physics(tmp_path: Path) -> None:
    sub = Subgraph()
    n = PHYSICS_LIMIT + 20
    for i in range(n):
        sub.nodes[f"urn:{i}"] = Node(f"urn:{i}", f"节点{i}", "project")
    for i in range(1, n):
        sub.add_edge(Edge(f"urn:{i}", f"urn:{i // 2}", "urn:p", "p"))
    out = tmp_path / "big.html"
    write_html(sub, out)
    html = out.read_text(encoding="utf-8")
    assert '"enabled": false' in html and '"x": ' in html


def test_cli_viz_modes(sample_store, tmp_path: Path) -> None:
    r = CliRunner()
    store = str(sample_store.root)
    q = tmp_path / "q.rq"
    q.write_text("CONSTRUCT { ?p zg:leads ?z } WHERE { ?p zg:leads ?z }", encoding="utf-8")
    for args in (["--entity", "运城经济技术开发区", "--depth", "2"], ["--query", str(q)], []):
        out = tmp_path / "v.html"
        res = r.invoke(main, ["viz", *args, "-o", str(out), "--store", store])
        assert res.exit_code == 0, res.output
        assert out.stat().st_size > 100_000
    res = r.invoke(main, ["viz", "--entity", "不存在的名字", "-o", str(out), "--store", store])
    assert res.exit_code == 1


def test_whole_graph_has_every_relation(sample_store) -> None:
    sub = whole_graph(sample_store.open())
    preds = {e.predicate.rsplit("#", 1)[-1] for e in sub.edges.values()}
    assert {"leads", "invests", "locatedIn", "holds"} <= preds


def test_exports_use_the_apps_colours_for_nodes_and_legend(sample_store, tmp_path) -> None:
    import json
    import re

    from zonegraph.subgraph import COLOURS, expand
    from zonegraph.viz import write_html

    out = tmp_path / "v.html"
    write_html(expand(sample_store.open(), "https://w3id.org/zonegraph/id/zone/运城经济技术开发区", 1), out)
    html = out.read_text(encoding="utf-8")
    options = json.loads(re.search(r"var options = (\{.*?\});\n", html, re.S).group(1))
    assert options["groups"] == {k: {"color": v} for k, v in COLOURS.items()}
    assert "options.groups[n.group]" in html  # the legend's dots take the same colours
