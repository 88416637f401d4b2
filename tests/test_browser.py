"""The pages in headless Chromium with every request that leaves 127.0.0.1 blocked and counted.

Needs Debian's chromium (CI installs it) and the playwright package (test extra); skipped without them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from zonegraph.loopback import zonegraph_server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).parent / "artifacts"
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on this machine (CI installs Debian's)")


@pytest.fixture(scope="module")
def server(sample_store):
    with zonegraph_server(str(sample_store.root)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright is a test extra")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    ctx = browser.new_context(viewport={"width": 1300, "height": 900}, locale="zh-CN")
    pg = ctx.new_page()
    pg.external = []

    def route(r):
        url = r.request.url
        if url.startswith(("http://127.0.0.1", "data:", "blob:", "file:")):
            r.continue_()
        else:
            pg.external.append(url)
            r.abort()

    pg.route("**/*", route)
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    ctx.close()


def _run_query(page, server: str, query: str) -> None:
    """Open the query page, put a query in the editor and run it."""
    page.goto(server + "/")
    page.wait_for_function("window.zonegraphYasgui !== undefined", timeout=20000)
    page.evaluate(
        f"window.zonegraphYasgui.getTab().getYasqe().setValue({query!r}); window.zonegraphYasgui.getTab().query()"
    )


def _node_count(pg) -> int:
    return pg.evaluate("Object.keys(window.zonegraphGraph.network.getPositions()).length")


def test_graph_view_draws_expands_filters_offline(server, page) -> None:
    page.goto(server + "/graph?q=" + "运城经济技术开发区")
    page.wait_for_function("window.zonegraphGraph && window.zonegraphGraph.nodes.length > 0", timeout=20000)
    page.wait_for_function(
        "Object.keys(window.zonegraphGraph.network.getPositions()).length === window.zonegraphGraph.nodes.length",
        timeout=20000,
    )
    # the layout is still moving: freeze it, so that the node is where the click lands (no fixed waits)
    page.evaluate("window.zonegraphGraph.network.stopSimulation()")
    first = _node_count(page)
    assert first > 0
    # click a project node on the canvas: its neighbours (the investor) join the view
    target = page.evaluate("""() => {
        const g = window.zonegraphGraph;
        const n = g.nodes.get({ filter: x => x.kind === "project" && x.label.startsWith("大运") })[0];
        g.network.moveTo({ position: g.network.getPositions([n.id])[n.id], scale: 1.0, animation: false });
        return n.id; }""")
    pos = page.evaluate(f"""() => {{ const g = window.zonegraphGraph;
        return g.network.canvasToDOM(g.network.getPositions([{target!r}])[{target!r}]); }}""")
    box = page.locator("#graph").bounding_box()
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_function(f"window.zonegraphGraph.nodes.length > {first}", timeout=10000)
    page.wait_for_function(
        "Object.keys(window.zonegraphGraph.network.getPositions()).length === window.zonegraphGraph.nodes.length",
        timeout=10000,
    )
    grown = _node_count(page)
    assert grown > first
    # a kind checkbox hides that kind
    projects = page.evaluate("window.zonegraphGraph.nodes.get({filter: n => n.kind === 'project'}).length")
    page.locator("#legend input[value=project]").uncheck()
    page.wait_for_function(f"window.zonegraphGraph.visibleNodes() === {grown - projects}", timeout=10000)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "graph.png"))
    assert page.external == [] and page.errors == []


def test_pyvis_export_works_without_network(sample_store, page, tmp_path: Path) -> None:
    from zonegraph.subgraph import expand
    from zonegraph.viz import write_html

    out = tmp_path / "export.html"
    write_html(
        expand(sample_store.open(), "https://w3id.org/zonegraph/id/zone/运城经济技术开发区", 2), out, "运城"
    )
    page.goto(out.as_uri())
    page.wait_for_function(
        "window.zonegraphViz && Object.keys(window.zonegraphViz.network.getPositions()).length > 0",
        timeout=20000,
    )
    page.wait_for_timeout(1000)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "pyvis-export.png"))
    assert page.external == [] and page.errors == []


def test_query_page_runs_a_query_offline(server, page) -> None:
    page.goto(server + "/")
    page.wait_for_function("window.zonegraphYasgui !== undefined", timeout=20000)
    page.locator(".examples a").first.click()
    page.wait_for_selector("text=赵自成", timeout=20000)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "query.png"), full_page=True)
    assert page.external == [] and page.errors == []


def test_entity_page_renders_chinese(server, page) -> None:
    page.goto(server + "/id/zone/运城经济技术开发区")
    assert page.locator("h1").inner_text().startswith("运城经济技术开发区")
    assert page.external == []


@pytest.fixture(scope="module")
def xss_server(tmp_path_factory):
    import json

    from zonegraph.pipeline import build
    from zonegraph.store import GraphStore

    d = tmp_path_factory.mktemp("xss")
    bad = '<img src=x onerror="window.__xss=1">'
    text = f"本刊讯 {bad}经济技术开发区党工委书记、管委会主任王小明出席。总投资2亿元的<b>恒达</b>新建厂房项目开工。"
    (d / "x.jsonl").write_text(
        json.dumps({"id": "x", "title": bad, "text": text}, ensure_ascii=False), encoding="utf-8"
    )
    store = GraphStore(d / "s")
    build([d / "x.jsonl"], store)
    with zonegraph_server(str(store.root)) as url:
        yield url


def test_labels_from_articles_never_run_as_markup(xss_server, page) -> None:
    page.goto(xss_server + "/id/article/x")
    assert "<img" in page.locator("body").inner_text()
    page.goto(xss_server + "/graph?iri=" + "https://w3id.org/zonegraph/id/article/x")
    page.wait_for_function("window.zonegraphGraph.nodes.length > 1", timeout=20000)
    page.goto(
        xss_server + "/?query=" + "SELECT ?l WHERE { { ?x rdfs:label ?l } UNION { ?x dcterms:title ?l } }"
    )
    page.wait_for_function("window.zonegraphYasgui !== undefined", timeout=20000)
    page.evaluate("window.zonegraphYasgui.getTab().query()")
    page.wait_for_selector("text=王小明", timeout=20000)
    page.wait_for_timeout(500)
    assert "onerror" in page.locator(".yasr").inner_text()  # shown as text
    assert page.evaluate("window.__xss") is None


def test_graph_view_starts_suggests_asks_and_shows_facts(server, page) -> None:
    page.goto(server + "/graph")
    # opens on the zone with most projects, with no parameter at all
    page.wait_for_function("window.zonegraphGraph && window.zonegraphGraph.nodes.length > 1", timeout=20000)
    assert "运城经济技术开发区" in page.evaluate(
        "window.zonegraphGraph.nodes.get().map(n => n.label).join('|')"
    )
    # suggestions while typing
    page.fill("#start-q", "运城")
    page.wait_for_function("document.querySelectorAll('#start-list option').length > 1", timeout=10000)
    # an ambiguous name offers the choices instead of taking the first
    page.click("#start button[type=submit]")
    page.wait_for_function("document.querySelectorAll('#choices button').length > 1", timeout=10000)
    labels = page.evaluate("[...document.querySelectorAll('#choices button')].map(b => b.textContent)")
    assert any("运城市" in x for x in labels) and any("运城经济技术开发区" in x for x in labels)
    # the side panel: a node's facts and their sentences, as text
    page.evaluate("""() => { const g = window.zonegraphGraph;
        const z = g.nodes.get({ filter: n => n.label === "运城经济技术开发区" })[0]; g.showPanel(z.id); }""")
    page.wait_for_function("document.querySelectorAll('#panel-facts li').length > 0", timeout=10000)
    assert page.locator("#panel .sentence").count() > 0
    assert page.external == [] and page.errors == []


def test_query_results_link_to_local_pages_with_labels_and_queries_survive_a_reload(server, page) -> None:
    q = "SELECT ?z WHERE { ?p zg:leads ?z } LIMIT 3"
    _run_query(page, server, q)
    page.wait_for_function(
        "[...document.querySelectorAll('a.iri')].some(a => a.textContent === '运城经济技术开发区')",
        timeout=20000,
    )
    link = page.locator("a.iri", has_text="运城经济技术开发区").first
    assert link.get_attribute("href").startswith("/id/zone/") and link.get_attribute("target") == "_self"
    assert link.get_attribute("title").startswith("https://w3id.org/zonegraph/id/zone/")
    page.reload()
    page.wait_for_function("window.zonegraphYasgui !== undefined", timeout=20000)
    assert page.evaluate("window.zonegraphYasgui.getTab().getYasqe().getValue()") == q
    # a share link's #query= opens that query
    page.goto(server + "/?from=share#query=" + "ASK%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D")  # a fresh load
    page.wait_for_function("window.zonegraphYasgui !== undefined", timeout=20000)
    assert page.evaluate("window.zonegraphYasgui.getTab().getYasqe().getValue()") == "ASK { ?s ?p ?o }"
    assert page.external == [] and page.errors == []


def test_query_results_read_as_text_and_download(server, page) -> None:
    q = "SELECT ?name ?yuan WHERE { ?p zg:investment ?yuan ; rdfs:label ?name } ORDER BY DESC(?yuan) LIMIT 3"
    _run_query(page, server, q)
    page.wait_for_function(
        "[...document.querySelectorAll('span.nonIri')].some(s => s.textContent.endsWith('亿元'))",
        timeout=20000,
    )
    texts = page.evaluate("[...document.querySelectorAll('span.nonIri')].map(s => s.textContent)")
    assert not any(t.startswith('"') or "@zh" in t or "^^" in t for t in texts)
    href = page.evaluate(
        "(() => { const a = document.querySelector('a.download[data-format=csv]'); a.dispatchEvent(new MouseEvent('click')); return a.href; })()"
    )
    assert "/sparql?format=csv&query=" in href
    assert page.external == [] and page.errors == []


def test_an_aggregating_example_opens_with_its_chart(server, page) -> None:
    q = "SELECT ?zone ?total WHERE { ?z zg:totalInvestment ?total ; rdfs:label ?zone } ORDER BY DESC(?total)"
    _run_query(page, server, q)
    page.wait_for_function(
        "window.zonegraphChart() && !document.getElementById('chart').hidden", timeout=20000
    )
    option = page.evaluate("window.zonegraphChart().getOption()")
    assert option["series"][0]["type"] == "bar" and "运城经济技术开发区" in option["xAxis"][0]["data"]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "chart.png"), full_page=True)
    assert page.external == [] and page.errors == []


def test_timeline_and_sentence_search_pages_offline(server, page) -> None:
    import urllib.parse

    page.goto(
        server
        + "/timeline?iri="
        + urllib.parse.quote("https://w3id.org/zonegraph/id/zone/运城经济技术开发区")
    )
    page.wait_for_selector("table.timeline td", timeout=20000)
    assert "赵自成" in page.locator("table.timeline").inner_text()
    page.goto(server + "/search?q=" + urllib.parse.quote("开工"))
    page.wait_for_selector("#sentence-count", timeout=20000)
    assert page.locator("ol.sentences li").count() > 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)
    assert page.external == [] and page.errors == []
