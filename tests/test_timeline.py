"""Timelines of zones and people: events in date order, each with its article and sentence."""

from __future__ import annotations

from zonegraph.timeline import date_key, timeline

ID = "https://w3id.org/zonegraph/id/"


def test_a_zones_posts_and_projects_in_date_order(sample_store) -> None:
    t = timeline(sample_store.open(), ID + "zone/运城经济技术开发区")
    assert t["kind"] == "zone" and t["label"] == "运城经济技术开发区"
    kinds = {e["what"] for e in t["events"]}
    assert kinds == {"post", "project"}
    leaders = {(e["label"], e["title"]) for e in t["events"] if e["what"] == "post"}
    assert ("赵自成", "党工委书记") in leaders
    assert all(e["sentence"] and e["article"].startswith(ID + "article/") for e in t["events"])
    keys = [date_key(e["date"]) for e in t["events"]]
    assert keys == sorted(keys)
    assert any(e["investment"] for e in t["events"] if e["what"] == "project")


def test_a_persons_posts_and_other_entities(sample_store) -> None:
    t = timeline(sample_store.open(), ID + "person/赵自成")
    assert t["kind"] == "person" and {e["title"] for e in t["events"]} >= {"党工委书记", "管委会主任"}
    assert timeline(sample_store.open(), ID + "company/大运汽车") is None
    assert timeline(sample_store.open(), ID + "zone/nowhere") is None


def test_date_order_puts_years_first_then_month_days_then_none() -> None:
    dates = ["", "--05-03", "2023-04-01", "--04-25", "2022-12-30"]
    assert sorted(dates, key=date_key) == ["2022-12-30", "2023-04-01", "--04-25", "--05-03", ""]


def test_timeline_page_json_twin_and_bad_input(client) -> None:
    iri = ID + "zone/运城经济技术开发区"
    page = client.get("/timeline", query_string={"iri": iri})
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "赵自成" in html and "亿元" in html
    data = client.get("/timeline.json", query_string={"iri": iri}).get_json()
    assert data["events"] and data["kind"] == "zone"
    assert client.get("/timeline", query_string={"iri": "not an iri <"}).status_code == 400
    assert client.get("/timeline", query_string={"iri": ID + "company/大运汽车"}).status_code == 404
    assert "/timeline?iri=" in client.get("/id/zone/运城经济技术开发区").get_data(as_text=True)
