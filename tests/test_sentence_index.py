"""Full-text search over sentences: built with the graph, found by words inside longer words, counted and
paged, with each hit's article, date and the entities it mentions."""

from __future__ import annotations

from zonegraph.sentence_index import INDEX, search


def test_the_build_indexes_every_sentence(sample_store) -> None:
    index = sample_store.current / INDEX
    assert index.exists()
    total, hits = search(index, "赵自成")
    assert total >= 1
    hit = hits[0]
    assert "赵自成" in hit.text and hit.article.startswith("https://w3id.org/zonegraph/id/article/")
    assert any(e["label"] == "赵自成" and e["kind"] == "Person" for e in hit.entities)


def test_words_inside_longer_words_paging_and_counts(sample_store) -> None:
    index = sample_store.current / INDEX
    total, first = search(index, "开发区", limit=3)  # inside 经济技术开发区
    assert total > 3 and len(first) == 3
    _, second = search(index, "开发区", offset=3, limit=3)
    assert not {h.sentence for h in first} & {h.sentence for h in second}
    both, _ = search(index, "开发区 项目")
    assert 0 < both <= total  # every word must be there


def test_query_syntax_is_text_and_empty_input_finds_nothing(sample_store) -> None:
    index = sample_store.current / INDEX
    for q in ('"', "AND OR NOT", "开发区 NEAR(", "*", "项目)", ""):
        total, hits = search(index, q)  # FTS5 operators in a query are words: no error, a count
        assert total >= len(hits)
    assert search(index, "") == (0, [])
    assert search(index.with_name("missing.sqlite"), "开发区") == (0, [])


def test_search_page_and_its_json_twin(client) -> None:
    page = client.get("/search", query_string={"q": "项目"})
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "sentence-count" in html and "下一页" in html
    data = client.get("/search", query_string={"q": "项目", "format": "json", "offset": 20}).get_json()
    s = data["sentences"]
    assert s["indexed"] and s["total"] > 20 and s["offset"] == 20 and len(s["hits"]) <= 20
    assert all(h["path"].startswith("/id/article/") for h in s["hits"])
    xss = client.get("/search", query_string={"q": "<script>alert(1)</script>"}).get_data(as_text=True)
    assert "<script>alert(1)</script>" not in xss
