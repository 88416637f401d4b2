from __future__ import annotations

from zonegraph.extract import extract_article
from zonegraph.model import Article, Extraction, Mention, Sentence
from zonegraph.resolve import resolve


def art(key: str, text: str, title: str = "") -> Article:
    return Article(key=key, title=title, text=text, source="t", position=1)


def entities(exs, kind: str) -> dict[str, set[str]]:
    res = resolve(exs)
    return {e.label: e.aliases for e in res.entities.values() if e.kind == kind}


def test_zone_names_resolve_to_one_entity_with_aliases() -> None:
    exs = [
        extract_article(art("a", "本刊讯 运城经开区党工委书记、管委会主任赵自成宣布开工。")),
        extract_article(art("b", "本刊讯 运城经济技术开发区举行仪式。")),
    ]
    zones = entities(exs, "Zone")
    assert list(zones) == ["运城经济技术开发区"] and "运城经开区" in zones["运城经济技术开发区"]


def test_zone_known_only_by_abbreviation_gets_the_full_form() -> None:
    zones = entities([extract_article(art("a", "本刊讯 长治高新区党工委书记秦苏良出席。"))], "Zone")
    assert list(zones) == ["长治高新技术产业开发区"]


def test_people_who_share_a_name_stay_two_unless_an_organisation_joins_them() -> None:
    a = extract_article(art("a", "本刊讯 山阴经济技术开发区管委会副主任宋军出席会议。"))
    b = extract_article(art("b", "本刊讯 临汾经济开发区招商引资服务有限公司总经理宋军一同考察。"))
    c = extract_article(art("c", "本刊讯 山阴经济技术开发区管委会副主任宋军主持会议。"))
    people = [e for e in resolve([a, b, c]).entities.values() if e.kind == "Person"]
    assert len([p for p in people if p.label == "宋军"]) == 2


def test_brands_shared_by_two_companies_do_not_merge_them() -> None:
    a = extract_article(
        art("a", "本刊讯 加快总投资2亿元的鑫泰铝箔项目建设。该项目由山西鑫泰新材料有限公司投资建设。")
    )
    b = extract_article(
        art("b", "本刊讯 加快总投资3亿元的鑫泰光伏组件项目建设。该项目由河北鑫泰能源有限公司投资建设。")
    )
    companies = entities([a, b], "Company")
    assert {"山西鑫泰新材料有限公司", "河北鑫泰能源有限公司"} <= set(companies)


def test_a_short_name_alone_in_two_articles_is_one_company() -> None:
    a = extract_article(art("a", "本刊讯 加快总投资2.5亿元的奥泰大型智能煤机制造项目建设。"))
    b = extract_article(art("b", "本刊讯 总投资1亿元的奥泰新建矿山装备维修中心项目开工。"))
    companies = entities([a, b], "Company")
    assert list(companies) == ["奥泰"]


def test_zones_with_a_proper_part_are_not_the_citys_own_zone() -> None:
    ex = extract_article(
        art(
            "a",
            "本刊讯 运城空港经济开发区与运城经济技术开发区、吕梁市文水经济开发区合作。运城空港经开区管委会主任张三出席。",
        )
    )
    res = resolve([ex])
    zones = {e.label: e for e in res.entities.values() if e.kind == "Zone"}
    assert {"运城空港经济开发区", "运城经济技术开发区", "吕梁市文水经济开发区"} <= set(zones)
    assert "运城空港经开区" in zones["运城空港经济开发区"].aliases
    assert zones["吕梁市文水经济开发区"].attrs["region"] == "141121"  # 文水县, not 吕梁市
    assert "catalogue" not in zones["运城空港经济开发区"].attrs


def test_resolution_does_not_depend_on_the_order_of_the_articles() -> None:
    """What lets an update redo only what a new article touches: the same mentions give the same entities."""
    from pathlib import Path

    from zonegraph.read import input_files, read_files

    files, _ = input_files([Path(__file__).parents[1] / "data"])
    articles, _ = read_files(files, None)
    exs = [extract_article(a) for a in articles]
    exs.append(
        extract_article(art("z1", "本刊讯 百泰公司总经理李某某出席。百泰生物药业有限公司投资建设新厂。"))
    )
    exs.append(extract_article(art("z2", "本刊讯 百泰签约仪式举行，百泰集团董事长李某某出席。")))
    for key, name, stock in (
        ("r1", "太原市", "600001"),
        ("r2", "太原", "600002"),
    ):  # names and attributes differ
        mentions = {
            "region:140100": Mention("Region", name, 0, attrs=(("code", "140100"), ("level", "city"))),
            "c": Mention("Company", "山西某某科技有限公司", 0, attrs=(("stock", stock),)),
        }
        exs.append(Extraction(art(key, name), (Sentence(0, name),), mentions))
    forward, backward = resolve(exs), resolve(list(reversed(exs)))
    assert forward.mention_iri == backward.mention_iri
    assert {i: vars(e) for i, e in forward.entities.items()} == {
        i: vars(e) for i, e in backward.entities.items()
    }
    assert len(forward.entities) > 20


def test_a_body_named_only_by_a_title_stays_in_its_article() -> None:
    # neither article names its city: each 市委 is its own, never one organisation of both
    a = extract_article(art("a", "本刊讯 市委常委、政法委书记徐泓仲参加活动。"))
    b = extract_article(art("b", "本刊讯 市委常委、宣传部部长柯澜参加活动。"))
    res = resolve([a, b])
    bodies = [iri for iri, e in res.entities.items() if e.label == "市委"]
    assert len(bodies) == 2
    assert (
        res.mention_iri[("a", "organization:市委#local")] != res.mention_iri[("b", "organization:市委#local")]
    )
