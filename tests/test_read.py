from __future__ import annotations

import json
from pathlib import Path

import pytest
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


# -- web-page furniture and bylines (names below are made up, not from the development set) ----------


@pytest.mark.parametrize(
    "text,author",
    [
        ("本报讯（记者罗晓川）3月2日，某某开发区举行签约仪式。\n正文第二段。", "罗晓川"),
        ("本报讯 见习记者田雨禾报道:6月1日，项目开工。", "田雨禾"),
        ("作者：本报记者 汪启明 何琳 本报通讯员 包蕾 《某某日报》( 2023年05月02日 04版)\n正文。", "汪启明"),
        ("新闻网6月3日电(记者 彭志远 见习记者 何静)6月2日，园区调研。", "彭志远"),
        ("正文第一段。\n正文第二段，各项工作取得成效。(撰稿:邵雅琴)", "邵雅琴"),
        ("正文第一段。\n作出积极贡献。(柯文静 周 洁 鲁 平)", "柯文静"),
        ("正文第一段。\n正文第二段。\n蒋立新 蒋雨桐", "蒋立新"),
        ("正文第一段，记者了解到，项目进展顺利。\n正文第二段，告诉记者，进度很快。", None),
        ("正文。\n[编辑:韩露]\n责任编辑：唐小溪", None),
        # traditional characters: 記者 is 记者, and the name is given as the page wrote it
        ("網4月29日訊 (記者蔣曉峰)昨日，某某開發區舉行活動。\n正文第二段。", "蔣曉峰"),
        # the byline before the page's own furniture (责任编辑, 扫一扫) and after a trailing bar
        (
            "正文第一段。\n正文第二段，取得成效。(撰稿:邵雅琴)\n\n责任编辑: 唐小溪\n\n扫一扫在手机打开当前页",
            "邵雅琴",
        ),
        ("正文第一段。\n正文第二段，贡献效益。(柯文静) |\n- 心情版\n相关新闻\n相关评论", "柯文静"),
        # a credit with the writer's unit, and a first line that is the writer's name alone
        ("正文第一段。\n正文第二段，发展亮点。(文/图 第三建设集团 蒋立新)", "蒋立新"),
        ("苗文澜\n某某导报讯 3月30日，开发区举行奠基仪式。\n正文第二段。", "苗文澜"),
        ("某某日报全媒体讯 (记者 柯 澜)6月22日，会议召开。\n正文第二段。", "柯澜"),
        # names in brackets opening the text, the writers' credit
        ("某某工业园开工\n(柯文静 蒋立新) 12月28号，某某工业园举行开工仪式。\n正文第二段。", "柯文静"),
        ("某某工业园开工\n(山西)某某工业园举行开工仪式。\n正文第二段。", None),
        # a place between the name and 报道, in a fifth paragraph after blank lines
        (
            "副题\n\n2020-10-28 某某网\n\n摘要:开工。\n\n图片说明。\n\n某某网讯 记者柯文静上海报道 10月28日，开工。",
            "柯文静",
        ),
        ("正文第一段，记者了解到，项目进展顺利。\n某某记者站报道。", None),
        # names in brackets after the dateline
        ("某某新闻网讯 太原2月27日 (柯文静)晋中是晋商故里。\n正文第二段。", "柯文静"),
        ("5月1日(星期一)开发区举行活动。\n正文第二段。", None),
        ("正文第一段。\n正文第二段。\n(文/图  柯文静 蒋立新)", "柯文静"),
        # correspondents named before the reporter: the reporter writes the story
        ("某某网讯 (通讯员 柯文静 蒋立新 记者 汪启明 何琳) 烟花三月,园区开工。\n正文第二段。", "汪启明"),
        # a rare surname alone in the reporter's brackets, but no word in them
        ("8月19日上午,开发区调研。\n今年7月5日,揭牌。\n(记者 仰某)", "仰某"),
        ("8月19日上午,开发区调研。\n今年7月5日,揭牌。\n(记者 新华社)", None),
        # a photographer under the first picture, the writer in the next paragraph's brackets
        ("某某调研\n8月8日,书记调研。(记者 柯文静摄)\n(记者 蒋立新)8月8日,书记强调。", "蒋立新"),
        ("某某调研\n8月8日,书记调研。(记者 柯文静摄)\n正文第二段。", "柯文静"),
        # names parted by 丶 (a comma of some pages)
        ("某某栏目制片主任柯文静丶特约记者蒋立新丶通讯员汪启明,3月25日,项目开工。\n正文。", "蒋立新"),
    ],
)
def test_bylines_name_the_first_writer_and_never_the_editor(text: str, author: str | None) -> None:
    from zonegraph.read.furniture import split_furniture

    assert split_furniture(text).author == author


def test_furniture_lines_leave_the_body_and_date_the_article() -> None:
    from zonegraph.read.furniture import split_furniture

    page = (
        "发布时间:2021-03-02 10:33:35 来源:某某日报 编辑:韩露\n"
        "【某某产业网】\n"
        "核心提示：3月1日，园区签约。\n"
        "3月1日，园区签约5个项目。\n"
        "项目总投资10亿元。(来源:某某晚报)\n"
        "[编辑:韩露]"
    )
    f = split_furniture(page)
    assert f.published == "2021-03-02"
    assert f.body == "3月1日，园区签约5个项目。\n项目总投资10亿元。"
    assert split_furniture("2020-3-11 10:17| 发布者: 某某| 查看: 3889| 评论: 0\n正文。").body == "正文。"
    assert split_furniture("日期:2023-03-26 13:14     浏览:80\n正文。").published == "2023-03-26"
    assert split_furniture("2024-09-182450\n正文。").published == "2024-09-18"
    assert split_furniture("(柯文静 蒋立新) 12月28号，开工。").body == "12月28号，开工。"


def test_a_jsonl_record_takes_author_and_year_from_its_page(tmp_path) -> None:
    from zonegraph.read.jsonl import read_jsonl

    rec = {"id": "w1", "title": "t", "text": "发布时间:2021-03-02 10:00\n本报讯（记者罗晓川）3月1日，签约。"}
    [a], errs = read_jsonl(json.dumps(rec, ensure_ascii=False), "x.jsonl")
    assert not errs and a.author == "罗晓川" and a.date == "2021-03-02"
    assert "发布时间" not in a.text
    rec2 = {**rec, "author": "给定的作者", "date": "2022-01-05"}
    [b], _ = read_jsonl(json.dumps(rec2, ensure_ascii=False), "x.jsonl")
    assert b.author == "给定的作者" and b.date == "2022-01-05"


def test_an_ordinal_on_a_line_of_its_own_is_not_glued_to_the_next_paragraph() -> None:
    from zonegraph.read.text import join_broken_paragraphs

    assert join_broken_paragraphs(["生产线1条。", "四", "项城市凯禾制衣有限公司年产项目"]) == [
        "生产线1条。",
        "项城市凯禾制衣有限公司年产项目",
    ]
    assert join_broken_paragraphs(["项目总", "建筑面积3万平方米。"]) == ["项目总建筑面积3万平方米。"]
    # a heading without a full stop, then a numbered item: three paragraphs, not one
    assert join_broken_paragraphs(["重点项目介绍", "一", "青禾新区建设项目一期工程"]) == [
        "重点项目介绍",
        "青禾新区建设项目一期工程",
    ]


def test_a_dated_head_line_names_the_author_and_is_not_body() -> None:
    from zonegraph.read.furniture import split_furniture

    f = split_furniture("大众新闻·青禾法制报  郭青冉   2025-01-05 15:30:15原创\n\n1月4日，园区召开大会。")
    assert f.author == "郭青冉"
    assert f.body == "1月4日，园区召开大会。"
    # a sentence with a time in it is body, not furniture
    g = split_furniture("2025-01-05 15:30开幕的大会上，王青讲话。\n园区召开大会。")
    assert "王青讲话" in g.body


def test_a_writer_after_the_source_and_traditional_names_in_a_dateline_bracket() -> None:
    from zonegraph.read.furniture import split_furniture

    page = "2026年03月04日 14:03 来源:经济日报新闻客户端 李某红\n\n33名企业家受邀就座。\n第二段。\n第三段。\n第四段。"
    assert split_furniture(page).author == "李某红"
    assert split_furniture("来源:长治日报  编辑:江某\n正文。").author is None
    page = "各界新聞網訊(劉某艷 田某)為充分發揮五里工業集中區的作用。\n第二段。"
    assert split_furniture(page).author == "劉某艷"


def test_a_caption_line_is_not_joined_to_the_next_paragraph() -> None:
    from zonegraph.read.text import join_broken_paragraphs

    lines = ["錦江集團座談會圖片", "杭州錦江集團主營環保能源。", "运城经", "开区举行。"]
    assert join_broken_paragraphs(lines) == [
        "錦江集團座談會圖片",
        "杭州錦江集團主營環保能源。",
        "运城经开区举行。",
    ]


def test_a_writer_after_the_source_on_the_last_line() -> None:
    from zonegraph.read.furniture import split_furniture

    page = (
        "发布时间:\n2024-08-15 17:40\n8月14日,经开区党工委书记赵某成深入项目调研。\n赵某成先后来到项目现场。\n"
        "赵某成要求,各企业要加快推进。\n稿件来源:融媒体中心 王某彬"
    )
    assert split_furniture(page).author == "王某彬"


def test_a_mirror_sites_pinyin_and_breadcrumb_are_dropped(tmp_path: Path) -> None:
    from zonegraph.read.jsonl import read_jsonl

    record = {
        "id": "m1",
        "title": "某园區(qū)簽約",
        "text": "您的位置:首頁>時政>正文\n某縣工業(yè)園區(qū)舉辦簽約儀式。",
    }
    articles, errors = read_jsonl(json.dumps(record, ensure_ascii=False), "t")
    assert not errors
    assert articles[0].title == "某园區簽約"
    assert articles[0].text == "某縣工業園區舉辦簽約儀式。"
    # a bracket of Latin letters without a tone (a model's code) is text
    kept, _ = read_jsonl(json.dumps({"id": 2, "title": "", "text": "某型(abc)设备投产。"}), "t")
    assert kept[0].text == "某型(abc)设备投产。"
    page = tmp_path / "p.txt"
    page.write_text("某刊\n\n某园区(qū)项目开工\n本刊讯 某县工業(yè)园区举行仪式。\n", encoding="utf-8")
    read, _ = read_file(page)
    assert "(" not in read[0].text


def test_a_writer_in_brackets_before_a_pages_address_and_copyright_lines() -> None:
    from zonegraph.read.furniture import split_furniture

    page = (
        "某区政协开展招商引资专题调研\n6月4日,某区政协主席刘某带领委员进行专题调研。\n"
        "调研组先后深入企业进行调研,倾听企业诉求。(李某昌、白某平)\n本文地址:https://example.org/1.html\n版权声明\n"
    )
    found = split_furniture(page)
    assert found.author == "李某昌"
    assert "本文地址" not in found.body and "版权声明" not in found.body


def test_a_writers_unit_that_reads_like_a_name_before_the_writer() -> None:
    from zonegraph.read.furniture import split_furniture

    assert split_furniture("正文第一段。\n正文第二段,诚邀企业考察。\n(农工委 汪某斌)").author == "汪某斌"
