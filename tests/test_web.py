from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from zonegraph.config import ServerConfig
from zonegraph.web import create_app

LEADS = "SELECT ?n WHERE { ?p zg:leads ?z ; rdfs:label ?n } ORDER BY ?n"


def test_get_post_form_and_direct_post(client) -> None:
    for resp in (
        client.get("/sparql", query_string={"query": LEADS}),
        client.post("/sparql", data={"query": LEADS}),
        client.post("/sparql", data=LEADS.encode(), content_type="application/sparql-query"),
    ):
        assert resp.status_code == 200
        assert resp.mimetype == "application/sparql-results+json"
        names = [b["n"]["value"] for b in resp.get_json()["results"]["bindings"]]
        assert "赵自成" in names and len(names) == 6
        assert resp.headers["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(
    "accept,media",
    [
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
    ],
)
def test_result_formats(client, accept: str, media: str) -> None:
    resp = client.get("/sparql", query_string={"query": LEADS}, headers={"Accept": accept})
    assert resp.status_code == 200 and resp.mimetype == media
    assert "赵自成" in resp.get_data(as_text=True)


def test_construct_formats_and_406(client) -> None:
    q = "CONSTRUCT { ?p zg:leads ?z } WHERE { ?p zg:leads ?z }"
    for accept in ("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"):
        resp = client.get("/sparql", query_string={"query": q}, headers={"Accept": accept})
        assert resp.status_code == 200 and resp.mimetype == accept
    assert (
        client.get("/sparql", query_string={"query": q}, headers={"Accept": "image/png"}).status_code == 406
    )
    assert client.get("/sparql", query_string={"query": LEADS, "format": "ttl"}).status_code == 406


def test_malformed_query_is_400_with_the_parser_message(client) -> None:
    resp = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p }"})
    assert resp.status_code == 400 and "error" in resp.get_data(as_text=True).lower()


def test_remote_fetches_are_refused(client) -> None:
    q = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    resp = client.get("/sparql", query_string={"query": q})
    assert resp.status_code == 400 and "SERVICE" in resp.get_data(as_text=True)
    # a string that mentions SERVICE is fine
    ok = client.get("/sparql", query_string={"query": 'ASK { FILTER("SERVICE" != "") }'})
    assert ok.status_code == 200


def test_row_cap_is_an_error_not_a_truncated_answer(sample_store) -> None:
    app = create_app(ServerConfig(store_dir=sample_store.root, max_rows=5))
    resp = app.test_client().get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert resp.status_code == 413


def test_updates_need_the_token_and_persist(sample_store, tmp_path) -> None:
    import shutil

    from zonegraph.store import GraphStore

    root = tmp_path / "copy"
    shutil.copytree(sample_store.root, root, symlinks=True)
    upd = 'INSERT DATA { <https://w3id.org/zonegraph/id/zone/x> rdfs:label "新区"@zh }'
    ro = create_app(ServerConfig(store_dir=root)).test_client()
    assert ro.post("/sparql", data={"update": upd}).status_code == 403
    rw = create_app(ServerConfig(store_dir=root, update_token="s3cret")).test_client()
    assert rw.post("/sparql", data={"update": upd}).status_code == 401
    assert (
        rw.post("/sparql", data={"update": upd}, headers={"Authorization": "Bearer nope"}).status_code == 403
    )
    load = "LOAD <http://example.org/x.ttl>"
    assert (
        rw.post("/sparql", data={"update": load}, headers={"Authorization": "Bearer s3cret"}).status_code
        == 400
    )
    assert (
        rw.post("/sparql", data={"update": upd}, headers={"Authorization": "Bearer s3cret"}).status_code
        == 204
    )
    store = GraphStore(root)
    assert any(
        True for _ in store.open().quads_for_pattern(None, None, None, None) if "新区" in str(_.object)
    )
    bad = rw.post("/sparql", data={"update": "INSERT DATA {"}, headers={"Authorization": "Bearer s3cret"})
    assert bad.status_code == 400


def test_service_description_without_query(client) -> None:
    resp = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert resp.status_code == 200 and "sd:Service" in resp.get_data(as_text=True)
    assert "void:triples" in resp.get_data(as_text=True)


def test_unicode_round_trip_over_get_and_post(client) -> None:
    q = 'SELECT ?x WHERE { ?x rdfs:label "运城经济技术开发区"@zh }'
    a = client.get("/sparql?query=" + quote(q)).get_json()
    b = client.post("/sparql", data={"query": q}).get_json()
    assert a == b and len(a["results"]["bindings"]) == 1


def test_entity_page_html_and_rdf(client) -> None:
    path = "/id/zone/" + quote("运城经济技术开发区")
    html = client.get(path, headers={"Accept": "text/html"})
    assert html.status_code == 200 and 'lang="zh-CN"' in html.get_data(as_text=True)
    body = html.get_data(as_text=True)
    assert "赵自成" in body and "运城经开区" in body
    ttl = client.get(path, headers={"Accept": "text/turtle"})
    assert ttl.mimetype == "text/turtle" and "Vary" in ttl.headers
    assert client.get(path + "?format=jsonld").mimetype == "application/ld+json"
    assert client.get("/id/zone/" + quote("不存在")).status_code == 404


def test_search_html_and_json(client) -> None:
    data = client.get("/api/search", query_string={"q": "运城"}).get_json()
    labels = [r["label"] for r in data["results"]]
    assert "运城经济技术开发区" in labels
    assert client.get("/search", query_string={"q": "双良"}).status_code == 200


def test_labels_are_escaped_in_html(tmp_path) -> None:
    from zonegraph.pipeline import build
    from zonegraph.store import GraphStore

    f = tmp_path / "x.jsonl"
    text = "本刊讯 <img src=x onerror=alert(1)>经济技术开发区党工委书记、管委会主任王小明出席。"
    f.write_text(
        json.dumps({"id": "x", "title": "<script>alert(1)</script>", "text": text}, ensure_ascii=False)
    )
    store = GraphStore(tmp_path / "s")
    build([f], store)
    c = create_app(ServerConfig(store_dir=store.root)).test_client()
    page = c.get("/id/article/x").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page


def test_two_apps_share_nothing(sample_store, tmp_path) -> None:
    a = create_app(ServerConfig(store_dir=sample_store.root))
    b = create_app(ServerConfig(store_dir=tmp_path / "empty"))
    assert a.test_client().get("/sparql", query_string={"query": LEADS}).status_code == 200
    assert b.test_client().get("/sparql", query_string={"query": LEADS}).status_code == 503
    assert a.test_client().get("/sparql", query_string={"query": LEADS}).status_code == 200


def test_a_slow_query_is_stopped_by_the_time_limit(sample_store) -> None:
    import time

    app = create_app(ServerConfig(store_dir=sample_store.root, query_timeout=1.5, query_workers=1))
    c = app.test_client()
    assert c.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"}).status_code == 200  # worker warm
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    t = time.monotonic()
    resp = c.get("/sparql", query_string={"query": slow})
    assert resp.status_code == 503 and "time limit" in resp.get_data(as_text=True)
    assert time.monotonic() - t < 10
    # the killed worker is replaced: the next query is answered
    assert c.get("/sparql", query_string={"query": LEADS}).status_code == 200
    app.extensions["zonegraph.queries"].close()


def test_every_example_query_runs(client) -> None:
    from zonegraph.web.examples import EXAMPLES

    for title, q in EXAMPLES:
        resp = client.post("/sparql", data={"query": q})
        assert resp.status_code == 200, (title, resp.get_data(as_text=True))


def test_query_page_serves_yasgui_from_the_app(client) -> None:
    page = client.get("/").get_data(as_text=True)
    assert "/static/vendor/yasgui/yasgui.min.js" in page
    assert "http://" not in page.split("<body>")[0] and "https://cdn" not in page
    assert client.get("/static/vendor/yasgui/yasgui.min.js").status_code == 200


def test_every_iri_of_the_namespace_resolves(client, sample_store) -> None:
    import pyoxigraph as ox

    from zonegraph.resolve import BASE

    store = sample_store.open()
    iris = {
        t.value
        for q in store.quads_for_pattern(None, None, None, None)
        for t in (q.subject, q.object)
        if isinstance(t, ox.NamedNode) and t.value.startswith(BASE)
    }
    kinds = {i[len(BASE) :].split("/")[0] for i in iris}
    assert {"zone", "person", "company", "project", "article", "post", "statement", "region"} <= kinds
    for kind in kinds:  # one of each kind, as HTML and as Turtle
        iri = sorted(i for i in iris if i[len(BASE) :].startswith(kind + "/"))[0]
        path = "/id/" + quote(iri[len(BASE) :])
        assert client.get(path).status_code == 200, iri
        assert client.get(path, headers={"Accept": "text/turtle"}).status_code == 200, iri


def test_update_dataset_parameters_become_using_clauses() -> None:
    from zonegraph.query import Dataset, QueryError, with_update_dataset

    upd = "INSERT { GRAPH <urn:g> { ?s a <urn:T> } } WHERE { ?s a <urn:D> FILTER(?s != <urn:WHERE>) }"
    out = with_update_dataset(upd, Dataset(("urn:a",), ("urn:b",)))
    assert "USING <urn:a> USING NAMED <urn:b> WHERE" in out and "<urn:WHERE>" in out
    with pytest.raises(QueryError):
        with_update_dataset("WITH <urn:x> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", Dataset(("urn:a",)))


@pytest.mark.parametrize("path", ["/id/a%3Eb", "/id/%00", "/id/x%7D%20UNION%20%7B", "/id/zone/%20"])
def test_impossible_entity_paths_are_404_not_500(client, path: str) -> None:
    assert client.get(path).status_code == 404
    assert client.get(path, headers={"Accept": "text/turtle"}).status_code == 404


def test_a_slow_update_is_stopped_and_changes_nothing(sample_store, tmp_path) -> None:
    import shutil

    from zonegraph.store import GraphStore

    root = tmp_path / "copy"
    shutil.copytree(sample_store.root, root, symlinks=True)
    app = create_app(ServerConfig(store_dir=root, update_token="t", query_timeout=3))
    client = app.test_client()
    auth = {"Authorization": "bearer t"}  # the scheme is case-insensitive
    before = len(GraphStore(root).open())
    slow = (
        "INSERT { <urn:x> <urn:count> ?n } WHERE { SELECT (COUNT(*) AS ?n) "
        "WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } }"
    )
    resp = client.post("/sparql", data={"update": slow}, headers=auth)
    assert resp.status_code == 503 and "ran past 3 s" in resp.get_data(as_text=True)
    assert len(GraphStore(root).open()) == before
    assert not list((root / "builds").glob("*.partial"))
    # the lock was released: the next update goes through
    ok = client.post("/sparql", data={"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}, headers=auth)
    assert ok.status_code == 204 and len(GraphStore(root).open()) == before + 1
    nested = "INSERT DATA " + "{" * 3000 + "}" * 3000
    bad = client.post("/sparql", data={"update": nested}, headers=auth)
    assert bad.status_code == 400 and "nested" in bad.get_data(as_text=True)


def test_a_busy_pool_answers_503_with_retry_after_and_pages_still_answer(sample_store) -> None:
    import threading

    app = create_app(ServerConfig(store_dir=sample_store.root, query_workers=1, query_timeout=4))
    client = app.test_client()
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    first = threading.Thread(target=lambda: app.test_client().get("/sparql", query_string={"query": slow}))
    first.start()
    try:
        import time

        time.sleep(1.5)  # the one worker is now busy with the slow query
        resp = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
        assert resp.status_code == 503 and resp.headers["Retry-After"] == "5"
        assert client.get("/api/search", query_string={"q": "运城"}).status_code == 200
    finally:
        first.join()


def test_the_analysis_is_computed_once_per_build(client, monkeypatch) -> None:
    import zonegraph.analyze as analyze_module

    calls = []
    real = analyze_module.analyze
    monkeypatch.setattr(analyze_module, "analyze", lambda store, top: calls.append(top) or real(store, top))
    for _ in range(3):
        assert client.get("/analyze.json").status_code == 200
    assert calls == [10]


def test_native_results_keep_the_row_cap_and_the_answers(sample_store) -> None:
    """SELECTs open at their end run with LIMIT max_rows+1 and Oxigraph's writers: same rows, same cap."""
    app = create_app(ServerConfig(store_dir=sample_store.root, max_rows=5))
    client = app.test_client()
    assert client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"}).status_code == 413
    small = client.get(
        "/sparql", query_string={"query": "SELECT ?n WHERE { ?p zg:leads ?z ; rdfs:label ?n }"}
    )
    assert small.status_code == 413  # 6 leaders > 5
    five = client.get(
        "/sparql", query_string={"query": "SELECT ?n WHERE { ?p zg:leads ?z ; rdfs:label ?n } LIMIT 5"}
    )
    assert five.status_code == 200 and len(five.get_json()["results"]["bindings"]) == 5
    # a trailing VALUES or a comment at the end: no LIMIT is appended where it cannot go
    values = "SELECT ?x WHERE { ?x a zg:Zone } VALUES ?x { <https://w3id.org/zonegraph/id/zone/none> }"
    assert client.get("/sparql", query_string={"query": values}).status_code == 200
    commented = "SELECT ?n WHERE { ?p zg:leads ?z ; rdfs:label ?n } # the leaders"
    assert client.get("/sparql", query_string={"query": commented}).status_code == 413
    tsv = client.get(
        "/sparql",
        query_string={"query": LEADS.replace("ORDER BY ?n", "ORDER BY ?n LIMIT 3")},
        headers={"Accept": "text/tab-separated-values"},
    )
    assert tsv.status_code == 200 and tsv.get_data(as_text=True).splitlines()[0] == "?n"


def test_fast_path_answers_queries_like_flask_and_hands_the_rest_on_intact(app, client) -> None:
    """Queries skip Flask's dispatch (web/fast.py); updates, service descriptions and odd bodies reach Flask
    with the body they were sent, so every answer is the one the Flask view gives."""
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s a zg:Zone }"
    json_accept = {"Accept": "application/sparql-results+json"}
    fast = client.post("/sparql", data=q, headers={"Content-Type": "application/sparql-query", **json_accept})
    with app.test_request_context(
        "/sparql", method="POST", data=q, headers={"Content-Type": "application/sparql-query", **json_accept}
    ):
        from zonegraph.web.sparql import sparql

        slow = sparql()
    assert fast.status_code == slow.status_code == 200
    assert fast.get_json() == slow.get_json()
    assert fast.headers["Access-Control-Allow-Origin"] == "*"
    # an update in a form body reaches Flask's update handler whole: read-only without a token
    up = client.post("/sparql", data={"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"})
    assert up.status_code == 403 and b"read-only" in up.data
    # a malformed query and an empty one get Flask's errors
    assert (
        client.post(
            "/sparql", data="SELEKT", headers={"Content-Type": "application/sparql-query"}
        ).status_code
        == 400
    )
    assert client.get("/sparql", headers={"Accept": "text/turtle"}).status_code == 200  # service description
    assert client.post("/sparql", data={"query": ""}).status_code == 400
