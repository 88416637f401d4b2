from __future__ import annotations

import json
from pathlib import Path

from conftest import SAMPLE

from zonegraph.read import read_file, read_paths
from zonegraph.read.dates import date_in_text
from zonegraph.read.periodical import read_periodical
from zonegraph.read.text import DecodeFailure, decode_bytes


def test_sample_page_splits_into_nine_articles_with_titles_and_authors() -> None:
    arts, errs = read_file(SAMPLE)
    assert errs == []
    assert len(arts) == 9
    assert arts[0].title == "忻州市委书记朱晓东在忻州经济开发区调研重点项目推进情况"
    assert arts[1].title == "长治高新区管委会与百泰生物药业双方领导就生物医药项目推进等事宜举行会谈"
    assert [a.author for a in arts] == [
        "张晖",
        "李茹",
        "王波",
        "王波",
        "张喜文",
        "董恺",
        "党国栋",
        "张喜文",
        "杜凤英",
    ]
    assert all(a.text.startswith("本刊讯") for a in arts)
    assert not any(a.text.rstrip().endswith("）") for a in arts)


def test_page_breaks_inside_words_are_repaired() -> None:
    arts, _ = read_file(SAMPLE)
    text = "\n".join(a.text for a in arts)
    for word in (
        "总建筑面积约14.3万平方米",
        "此次项目的集中开工，是运城经开区",
        "在与山西双良集团总裁李宝山座谈交流中",
        "陈计珍、宋军出席会议",
    ):
        assert word in text


def test_dates_without_a_year_are_never_given_one() -> None:
    arts, _ = read_file(SAMPLE)
    assert arts[1].date == "--05-03"
    arts, _ = read_file(SAMPLE, year=2023)
    assert arts[1].date == "2023-05-03"
    assert date_in_text("2022年4月28日，某地") == "2022-04-28"
    assert date_in_text("近日，某地") is None


def test_jsonl_reads_fields_and_reports_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    good = {
        "id": "x1",
        "title": "标题",
        "text": "本刊讯 5月3日，正文。",
        "date": "2024-01-02",
        "author": "某人",
    }
    f.write_text(
        json.dumps(good, ensure_ascii=False) + "\n{not json}\n" + json.dumps({"id": "x2"}) + "\n",
        encoding="utf-8",
    )
    arts, errs = read_file(f)
    assert [a.identifier for a in arts] == ["x1"]
    assert arts[0].date == "2024-01-02" and arts[0].author == "某人"
    assert [e.line for e in errs] == [2, 3]
    assert "malformed JSON" in errs[0].message and "title" in errs[1].message


def test_record_date_gives_the_year_to_dates_in_the_text(tmp_path: Path) -> None:
    f = tmp_path / "b.jsonl"
    f.write_text(
        json.dumps({"id": "1", "title": "", "text": "本刊讯 5月3日，x。", "date": "2023-06-01"}) + "\n"
    )
    arts, _ = read_file(f)
    assert arts[0].date == "2023-06-01"
    f.write_text(json.dumps({"id": "1", "title": "", "text": "本刊讯 5月3日，x。"}) + "\n")
    assert read_file(f, year=2021)[0][0].date == "2021-05-03"


def test_gb18030_and_bom_are_decoded() -> None:
    text = "运城经济技术开发区党工委书记"
    assert decode_bytes(text.encode("gb18030")) == (text, "gb18030")
    assert decode_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))[0] == text


def test_damaged_utf8_is_reported_with_its_line_and_the_rest_still_builds(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes("第一行\n第二行\n".encode() + b"\xe8\xbf" + "第三行内容比较长。\n".encode() * 3)
    try:
        decode_bytes(bad.read_bytes())
        raise AssertionError("should fail")
    except DecodeFailure as exc:
        assert exc.line == 3
    (tmp_path / "good.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    arts, errs = read_paths([tmp_path])
    assert len(arts) == 9
    assert len(errs) == 1 and errs[0].line == 3 and "bad.txt" in errs[0].source


def test_empty_and_unsupported_inputs_are_errors(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "x.csv").write_text("a,b")
    arts, errs = read_paths([tmp_path / "empty.txt", tmp_path / "x.csv", tmp_path / "missing.txt"])
    assert arts == []
    assert ["empty" in str(e) or "unsupported" in str(e) or "no such" in str(e) for e in errs] == [True] * 3


def test_page_without_author_lines_still_splits_at_datelines() -> None:
    page = "标题甲\n\n本刊讯 正文甲第一段。\n\n标题乙\n\n本刊讯 正文乙。（李四）\n"
    arts = read_periodical(page, "p.txt", "p")
    assert [a.title for a in arts] == ["标题甲", "标题乙"]
    assert arts[0].author is None and arts[1].author == "李四"


def test_author_roles_are_not_names() -> None:
    page = "标题\n\n本刊讯 正文。（记者 王丽 通讯员 张三）\n"
    assert read_periodical(page, "p.txt", "p")[0].author == "王丽、张三"
