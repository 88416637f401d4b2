from __future__ import annotations

ZONE = "https://w3id.org/zonegraph/id/zone/运城经济技术开发区"


def test_neighbours_json_with_evidence_and_paging(client) -> None:
    data = client.get("/graph/neighbours.json", query_string={"iri": ZONE}).get_json()
    labels = {n["label"] for n in data["nodes"]}
    assert {"运城经济技术开发区", "赵自成", "运城市"} <= labels
    leads = [e for e in data["edges"] if e["predicate"].endswith("#leads")]
    assert leads and "赵自成" in leads[0]["sentence"]
    page = client.get("/graph/neighbours.json", query_string={"iri": ZONE, "limit": 3}).get_json()
    assert page["more"] is True and len(page["nodes"]) == 4  # the zone and three neighbours
    nxt = client.get("/graph/neighbours.json", query_string={"iri": ZONE, "limit": 3, "offset": 3}).get_json()
    assert {n["id"] for n in nxt["nodes"]} - {ZONE} != {n["id"] for n in page["nodes"]} - {ZONE}


def test_article_nodes_expand_to_their_entities(client) -> None:
    art = "https://w3id.org/zonegraph/id/article/shanxi-zones-2023-05-006"
    data = client.get("/graph/neighbours.json", query_string={"iri": art, "limit": 200}).get_json()
    assert any(n["label"] == "赵自成" for n in data["nodes"])


def test_bad_requests(client) -> None:
    assert client.get("/graph/neighbours.json").status_code == 400
    assert client.get("/graph/neighbours.json", query_string={"iri": "not an iri"}).status_code == 400
    assert (
        client.get("/graph/neighbours.json", query_string={"iri": "https://example.org/x"}).status_code == 404
    )


def test_construct_result_as_graph(client) -> None:
    q = "CONSTRUCT { ?p zg:leads ?z } WHERE { ?p zg:leads ?z }"
    data = client.post("/graph/construct.json", data={"query": q}).get_json()
    assert len(data["edges"]) == 6 and len(data["nodes"]) == 12
    sel = client.post("/graph/construct.json", data={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"})
    assert sel.status_code == 400


def test_view_exports_as_turtle(client) -> None:
    resp = client.post(
        "/graph/export?format=ttl", json={"nodes": [ZONE, "https://w3id.org/zonegraph/id/person/赵自成"]}
    )
    text = resp.get_data(as_text=True)
    assert resp.mimetype == "text/turtle" and "zg:leads" in text and "党工委书记" in text


def test_graph_page(client) -> None:
    page = client.get("/graph").get_data(as_text=True)
    assert 'lang="zh-CN"' in page and "/static/vendor/vis-network/vis-network.min.js" in page
    for kind in ("zone", "person", "company", "project", "article"):
        assert f'value="{kind}"' in page


def test_graph_clicks_run_in_the_query_workers_under_their_limit(sample_store) -> None:
    """A click waits for a query worker like any query: with the only worker busy it hears 503 + Retry-After."""
    import threading
    import time

    from zonegraph.config import ServerConfig
    from zonegraph.web import create_app

    app = create_app(ServerConfig(store_dir=sample_store.root, query_workers=1, query_timeout=4))
    iri = "https://w3id.org/zonegraph/id/zone/运城经济技术开发区"
    ok = app.test_client().get("/graph/neighbours.json", query_string={"iri": iri})
    assert ok.status_code == 200 and ok.get_json()["nodes"]
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    busy = threading.Thread(target=lambda: app.test_client().get("/sparql", query_string={"query": slow}))
    busy.start()
    try:
        time.sleep(1.5)
        resp = app.test_client().get("/graph/neighbours.json", query_string={"iri": iri})
        assert resp.status_code == 503 and resp.headers["Retry-After"] == "5"
    finally:
        busy.join()
    missing = app.test_client().get("/graph/neighbours.json", query_string={"iri": iri + "-none"})
    assert missing.status_code == 404
