"""Projects of a sentence and who invests in them: names anchored by amounts (总投资X亿元的…), investors named
before 投资, in a signing clause, as a project's prefix (full name or brand), and the figures of each project;
then one article's projects that are the same project merged."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Quantity, Relation
from .amounts import find_amounts
from .companies import find_known, legal_base, place_prefix, short_forms
from .lexicon import industry_suffix, lexicon
from .projects import (
    ANAPHORS,
    CAPACITY,
    CONNECTORS,
    coined_name,
    find_projects,
    investor_before,
    investor_prefix,
    is_kind_of_project,
    is_specific_project,
    starts_proper,
)
from .spans import division_at
from .state import ArticleState, clause_around, item_start, lcs_ratio
from .zones import BARE_ZONE_WORD, place_ending_at, resolve_place

_AFTER_A_NAME = set("，。、；：”）)与和")
_VERBS_AFTER_A_NAME = {
    "投资",
    "签约",
    "公司",
    "集团",
    "企业",
    "将在",
    "计划",
    "总部",
    "负责",
    "董事",
    "已在",
    "是一",
}
_BUILDS = ("新建", "扩建", "改建", "改扩建", "技改", "技术改造", "投资建设")
# 签约项目代表, 签约项目9个: the signed projects as a noun, no clause of a signing
_SIGNING = re.compile(r"(?:签订|签约|签署|落户|引进|入驻)(?!项目)")


def add_projects(st: ArticleState, text, i, ordered, main, current, project_hits) -> str | None:  # noqa: ANN001
    """The projects of sentence i, where they lie, who invests in them and their figures; returns the
    project that a later 该项目 refers to."""
    amounts = find_amounts(text)
    anchor_of, investors = _anchors(text, amounts)
    anchored = set(anchor_of.values()) | set(investors) | _sited_before(text) | _said_to_be_major(text)
    company_names = [
        b.name for b in st.m.values() if b.kind in ("Company", "Organization") and not b.attrs.get("local")
    ]
    known = {f for n in company_names for f in (legal_base(n), *short_forms(n))} | {
        n for b in st.m.values() if b.kind == "Zone" for n in (str(b.name), *b.aliases)
    }
    # a project's name never reaches back across a person's name (…副书记扈某|衡水高新区重点项目)
    people = {b.name for b in st.m.values() if b.kind == "Person"}
    stops = tuple(e for _s, e, _n in find_known(text, people))
    # a project whose own figure follows its name (格林免疫…项目总投资20亿元) is a concrete one too
    figured = {a.start for a in amounts if a.prop == "investment"}
    found = find_projects(text, known, anchored, stops)
    # X项目由A和B投资建设: the companies that build a project (by where its name ends) make it a named one
    builders_at = {h.end: _built_by(st, text, ordered, h.end) for h in found}
    hits = [
        replace(h, specific=True)
        if (
            h.start in anchored
            or _figure_follows(text, h.end, figured)
            or builders_at[h.end]
            or _built_before(st, text, ordered, h.start)  # 由某公司等共同建设的“某某”项目
        )
        and not is_kind_of_project(h.name)
        else h
        for h in found
    ]
    hits, owner_of = _concrete(st, text, ordered, hits, anchored)
    spans = [(h.start, h.end) for h in hits]
    keys: list[tuple[int, int, str]] = []
    for h in hits:
        project_hits.append((i, h))
        if not h.specific:
            owners = [
                k
                for k, b in st.m.items()
                if b.kind == "Project" and b.name.endswith(h.name) and b.sentence < i and len(h.name) >= 5
            ]
            if len(owners) == 1:
                keys.append((h.start, h.end, owners[0]))
            continue
        key = _register(st, h, i, known)
        keys.append((h.start, h.end, key))
        _place(st, key, ordered, main, i, text, h.start, h.end)
        builders = builders_at[h.end] if h.end in builders_at else _built_by(st, text, ordered, h.end)
        builders = builders or _built_before(st, text, ordered, h.start)
        for who in builders:
            st.relations.append(Relation(who, "invests", key, i))
        if builders:
            continue
        who = (
            owner_of.get(h.start)
            or (investors.get(h.start) and _investor(st, h, i, ordered, investors, company_names))
            # A、B与开发区签约A…项目: the company the project's name carries, before the signing clause's
            or _named_investor(st, h, i, ordered, company_names)
            or _signing_company(st, text, h.start, h.end, ordered, spans)
            or _investor(st, h, i, ordered, investors, company_names)
        )
        if who:
            st.relations.append(Relation(who, "invests", key, i))
    _anaphor_builders(st, text, ordered, keys, current, i)
    _signing_investors(st, text, keys, ordered, i)
    _co_signers(st, text, keys, ordered, i)
    _assign_amounts(st, text, amounts, anchor_of, keys, current, i)
    if keys:
        return keys[-1][2]
    return current  # a sentence that names no project keeps the one the article is about (该项目 later)


_PROJECT_ANAPHOR = re.compile(r"(?:该|此|这一?)项目")


def _anaphor_builders(st: ArticleState, text: str, ordered, keys, current, i: int) -> None:  # noqa: ANN001
    """该项目由A和B共同投资: the companies build the project named last (in this sentence or before)."""
    for m in _PROJECT_ANAPHOR.finditer(text):
        before = [k for _s, e, k in keys if e <= m.start()]
        target = before[-1] if before else current
        if target is None:
            continue
        have = {r.subject for r in st.relations if r.predicate == "invests" and r.object == target}
        for who in _built_by(st, text, ordered, m.end()):
            if who not in have:
                st.relations.append(Relation(who, "invests", target, i))


def _figure_follows(text: str, end: int, figured: set[int]) -> bool:
    """Y项目总投资X亿元 / Y项目，总投资X亿元: an investment figure stands right after the name."""
    gap = re.match(r"[，,]?\s*(?:项目)?", text[end:])
    return end + (gap.end() if gap else 0) in figured


# a project's name right after its figure, in a list of them (not a clause going on: 将, 已, 占地, 年产值 …)
_NAME_RIGHT_AFTER = re.compile(
    r"(?!将|已|是|占地|其中|同比|主要|达|为|于|计划|预计|年产值|年销售|年均|以上|左右|人民币|用于|建成|实现|完成|增长)"
    r"[\u4e00-\u9fff][^，。；,;]{1,40}?(?:项目|工程|基地|产业园|中心)"
    r"(?=[、，。；,;]|等|已|将|正|于|顺利|成功|落户|签约|开工|建成|投产)"  # …项目|已完成选址
)


_SITED = re.compile(r"位于[^，。；,;、]{2,24}?的(?=[^，。；,;、]{4,30}?(?:项目|工程))")


# 表面处理产业园项目是今年市里重大产业项目: the subject of a sentence that ranks it is a named project
_RANKED_SUBJECT = re.compile(
    r"(?:^|(?<=[，。；：:,]))\s*([^，。；、：:,]{4,30}?(?:项目|工程))(?:是|为|系|属于|列入)"
    r"[^，。；]{0,20}?(?:重点|重大|骨干|龙头)(?:产业|工业)?(?:项目|工程)"
)


def _said_to_be_major(text: str) -> set[int]:
    return {m.start(1) for m in _RANKED_SUBJECT.finditer(text)}


def _sited_before(text: str) -> set[int]:
    """位于该区“某智创城”的|智能显示器件制造园项目: a project the sentence sites is a concrete one."""
    return {m.end() for m in _SITED.finditer(text)}


def _anchors(text: str, amounts: list) -> tuple[dict[int, int], dict[int, str]]:
    """Where a project's name starts because of what stands before it: 总投资X亿元的|…项目 (amount index →
    position), and investors before 投资 (鹏飞集团投资12.6亿元的|…, 泽钢集团将投资20亿元建设|…): position → name."""
    anchor_of: dict[int, int] = {}
    for idx, a in enumerate(amounts):
        c = CONNECTORS.match(text, a.end) if a.prop == "investment" else None
        if c:
            anchor_of[idx] = c.end()
        elif a.prop == "investment" and _NAME_RIGHT_AFTER.match(text, a.end):
            # 、投资8亿元|界首市出口企业培育基地、: the name follows the figure directly
            anchor_of[idx] = a.end
    investors: dict[int, str] = {}
    for m in re.finditer("投资", text):
        inv = investor_before(text, m.start())
        if inv is None:
            continue
        am = next((a for a in amounts if a.prop == "investment" and a.start <= m.start() < a.end), None)
        c = CONNECTORS.match(text, am.end if am else m.end())
        if c:
            investors[c.end()] = inv[0]
    return anchor_of, investors


def sited_known(st: ArticleState, text: str, ordered, i: int) -> None:  # noqa: ANN001
    """周口中某…产业园在扶沟县产业集聚区开工建设: a project of the article that this sentence sites in a zone,
    word for word, lies there, whatever place its name opens with (read once every project is known)."""
    zones = {p: k for p, k in ordered if st.kind_of(k) == "Zone"}
    placed = {(r.subject, r.object) for r in st.relations if r.predicate == "locatedIn"}
    for key, b in list(st.m.items()):
        name = str(b.name)
        if b.kind != "Project" or len(name) < 5:
            continue
        at = text.find(name)
        if at < 0 or not text.startswith("在", at + len(name)):
            continue
        zone = zones.get(at + len(name) + 1)
        if zone and (key, zone) not in placed:
            st.relations.append(Relation(key, "locatedIn", zone, i))


def _concrete(
    st: ArticleState, text: str, ordered, hits: list, anchored: set[int]
) -> tuple[list, dict[int, str]]:  # noqa: ANN001
    """Projects made concrete by their investor: the one company of a signing clause (与X公司签约|环保涂料生产
    线项目), or a full company name that opens the name (山西一信科技有限公司|军民融合信创产业园项目, X公司的Y项目).
    Returns the hits and their owners by start."""
    hits = list(hits)
    for n, h in enumerate(hits):
        if not h.specific and not is_kind_of_project(h.name) and len(h.name) >= 6:
            # in a list of signings (A与B签署X项目、C和D签署Y项目), the project's own item
            left = item_start(text, clause_around(text, h.start, h.end)[0], h.start, "、：:")
            if _SIGNING.search(text, left, h.start) and len(st.companies_in(ordered, left, h.start)) == 1:
                hits[n] = replace(h, specific=True)
    full = {b.name: k for k, b in st.m.items() if b.kind == "Company" and not b.attrs.get("short")}
    owner_of: dict[int, str] = {}
    for cs, ce, cname in find_known(text, set(full)):
        for n, h in enumerate(hits):
            if cs < h.start <= ce and h.start not in anchored:
                hits[n] = replace(h, start=cs, name=text[cs : h.end], specific=True)
                owner_of[cs] = full[cname]
            elif h.start == ce + 1 and text[ce] == "的":
                owner_of[h.start] = full[cname]
    return hits, owner_of


_QUOTES = re.compile(r"[“”「」]")


def _register(st: ArticleState, h, i: int, known: set[str]) -> str:  # noqa: ANN001
    """The project's mention; a zone that opens its name (临汾经开区|中联恒创项目) is where it lies, not part of
    the name, which is kept as another name."""
    zone_names = {n for b in st.m.values() if b.kind == "Zone" for n in (b.name, *b.aliases)}
    prefix = next((z for z in sorted(zone_names, key=len, reverse=True) if h.name.startswith(z)), "")
    if not prefix:
        # 广东省|汕尾市|海丰县某工业园…工程: the path of divisions before the last one, which names the project
        at = 0
        while (step := division_at(h.name[at:])) and division_at(h.name[at + len(step) :]):
            at += len(step)
        prefix = h.name[:at]
    if not prefix and st.sents[i].text[max(0, h.start - 1) : h.start] == "在":
        # 在|陵城区|某某产业园项目现场: the district after 在 is where the project is, not its name, when
        # what follows opens with a name of its own (和顺县|工人文化宫建设项目 is the county's)
        prefix = division_at(h.name)
        if prefix and not starts_proper(h.name[len(prefix) :]):
            prefix = ""
    own = h.name[len(prefix) :]
    if not prefix or len(own) < 5 or not is_specific_project(own, known):
        own = h.name
    own = _QUOTES.sub("", own)  # “纳米金属粉体新材料产业化”项目: the name without the quotes it is written in
    key = f"project:{own}"
    st.add(key, "Project", own, i)
    written = _QUOTES.sub("", h.name)
    if own != written:
        st.m[key].aliases.add(written)
    return key


def _place(
    st: ArticleState, key: str, ordered, main: str | None, i: int, text: str, start: int, end: int
) -> None:  # noqa: ANN001
    """A project lies in the zone its signing party is (X开发区管委会与Y签署…项目), nowhere we know when a
    county or city government signs it (X县政府与Y签订…项目); else in the zone its sentence names (another
    than the article's own), else in the article's zone, unless its name places it elsewhere (垣曲县北方
    铜业…项目 in an article about 盐湖高新区)."""
    opening = _zone_opening(st, text, ordered, start)
    if opening:  # 临汾经济开发区|精密智造项目, …, 霍州经济技术开发区|200兆瓦…项目: each item its own zone
        st.relations.append(Relation(key, "locatedIn", opening, i))
        return
    party = _signing_party(st, text, ordered, start, end)
    if party == _GOVERNMENT:
        return
    if party:
        st.relations.append(Relation(key, "locatedIn", party, i))
        return
    landed = _LANDED.search(text, end, min(len(text), end + 30))
    if landed and not re.search(r"[。；;]", text[end : landed.start()]) and _SITE.match(text, landed.end()):
        # …项目，总投资90亿元，落地大盂产业新城: the site the text gives, a zone or no zone we know
        there = [k for p, k in ordered if st.kind_of(k) == "Zone" and landed.end() <= p <= landed.end() + 1]
        if there:
            st.relations.append(Relation(key, "locatedIn", there[0], i))
        return
    # 、中北高新区|战略性基础材料产业园二期、: a zone opening another item of a list sites that item alone
    openers = {
        k for p, k in ordered if st.kind_of(k) == "Zone" and p != start and _opens_an_item(st, text, p, k)
    }
    zone_here = [k for p, k in ordered if st.kind_of(k) == "Zone" and k not in openers]
    if main in openers or (openers and "、" in (text[start - 1 : start], text[end : end + 1])):
        # the article's zone opening another item, or a list whose items carry their own zones: an item that
        # names none has no site here
        main = None
    left = item_start(text, clause_around(text, start, end)[0], start, "，,；;")
    before = [k for p, k in ordered if st.kind_of(k) == "Zone" and left <= p < start and k not in openers]
    if before:  # 侯马经济开发区高频变压器、|电感元器件项目: the zone its own item names, not a later one's
        zone_here = before
    elif _COUNTED_BY_PARK.match(text, left):
        return  # 临空经济区3个：A、B: a park we know no zone of counts its own items, not the article's zone
    where = zone_here[-1] if zone_here and zone_here[-1] != main and main else main
    if zone_here and not main:
        where = zone_here[-1]
    name = str(st.m[key].name)
    if where and _named_elsewhere(st, name, where):
        # 垣曲县北方铜业…项目 in an article about 盐湖高新区; …、大宁县某公司防护手套项目 beside a zone that
        # another item names: a county its own name gives (a city there is rather where a firm is registered)
        county = (place_prefix(name) or "").endswith(("县", "区", "旗"))
        if not zone_here or (not before and county):
            return
    if where and not zone_here and _sited_in_a_place(text[clause_around(text, start, end)[0] : start]):
        return  # 拟在我市投资建设X产业园: the sentence sites it in a city or county, not in the zone
    if where:
        st.relations.append(Relation(key, "locatedIn", where, i))


_COUNTED_BY_PARK = re.compile(
    r"\s*(?:其中)?[\u4e00-\u9fff]{2,8}?(?:区|园)(?:本部)?(?:\d+|[一二两三四五六七八九十]+)个[：:]"
)


def _opens_an_item(st: ArticleState, text: str, p: int, zone: str) -> bool:
    """The zone's name at p opens an item of a list: a name follows it up to the list's next mark."""
    if p == 0 or text[p - 1] not in "、：:":
        return False
    written = max(
        (f for f in (st.m[zone].name, *st.m[zone].aliases) if text.startswith(f, p)), key=len, default=""
    )
    if not written:  # 、开发区|管委会、: the zone named by its word alone
        bare = BARE_ZONE_WORD.match(text, p)
        written = bare.group(0) if bare else ""
    # 、中北高新区|战略性…产业园二期、 (an item named after its zone), 、开发区|管委会、 (the zone's body)
    item = re.match(r"[^、，。；,;等]{2,30}(?=[、等])", text[p + len(written) :]) if written else None
    return bool(
        item
        and re.search(r"(?:项目|工程|基地|园|中心|[一二三四五六七八九十]期|管委会|党工委)$", item.group(0))
    )


_LANDED = re.compile(r"(?:落地|落户|位于|选址|坐落|建于|布局)(?:于|在)?")
_SITE = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:区|城|园|镇|乡|县|市|基地)")  # not 落地|施工


def _zone_opening(st: ArticleState, text: str, ordered, start: int) -> str | None:  # noqa: ANN001
    """The zone whose name opens the project's (or ends right where it starts)."""
    for p, k in ordered:
        if st.kind_of(k) != "Zone" or p > start:
            continue
        if p == start or any(
            text.startswith(f, p) and p + len(f) == start for f in (st.m[k].name, *st.m[k].aliases)
        ):
            return k
    return None


# 在我市 / 在本县 / 在运城市 / 在垣曲县 … before the project, with no zone named in its sentence
_IN_A_PLACE = re.compile(r"在(?:(?:我|本|该|全)(?:市|县|区|省)|([\u4e00-\u9fff]{2,5}?)(?:市|县|区|镇|乡))")
_ZONE_WORDS = ("开发", "高新", "经开", "园", "示范", "新", "集聚")


# 肇东市引进某公司投资20亿元建设…项目: a city or county that opens the clause bringing it in is its site
_PLACE_SUBJECT = re.compile(
    r"^\s*([\u4e00-\u9fff]{2,6}?)[市县区旗](?:还|又|也|先后|共|今年)?(?:引进|招引|新建|签约引进)"
)


def _sited_in_a_place(text: str) -> bool:
    """The clause before a project sites it in a city or county (拟在我市…, 肇东市引进…), not in a zone."""
    subject = _PLACE_SUBJECT.match(text)
    if subject and not subject.group(1).endswith(_ZONE_WORDS):
        return True
    for m in _IN_A_PLACE.finditer(text):
        name = m.group(1)
        if name and (
            name.endswith(_ZONE_WORDS)
            or re.match(r"[\u4e00-\u9fff]{0,3}(?:开发区|高新区|园区)", text[m.end() :])
        ):
            continue  # 在经开区 / 在临汾经济开发区 is the zone
        return True
    return False


_GOVERNMENT = "government"
_PARTY_END = re.compile(r"(?:人民政府|政府|管委会|管理委员会)?\s*(?:与|和|同)")


def _signing_party(st: ArticleState, text: str, ordered, start: int, end: int) -> str | None:  # noqa: ANN001
    """Who signs for the site in a signing clause, read in the project's own list item: a zone (its key),
    a county or city (_GOVERNMENT), or None when the clause is no signing or names neither before 与."""
    left, right = clause_around(text, start, end)
    if not _SIGNING.search(text, left, right):
        return None
    item = item_start(text, left, start, "、，,：:")
    for p, k in ordered:
        if not item <= p < start:
            continue
        kind = st.kind_of(k)
        if kind not in ("Zone", "county", "city"):
            continue
        forms = (str(st.m[k].name), *st.m[k].aliases)
        after = next((p + len(f) for f in forms if text.startswith(f, p)), None)
        if after is not None and _PARTY_END.match(text, after):
            return k if kind == "Zone" else _GOVERNMENT
    if _GOVERNMENT_SIGNS.search(text, item, start):
        return _GOVERNMENT  # 朔城区人民政府和…签署…项目: a government the article names no zone for
    for p, k in ordered:
        if item <= p < start and st.kind_of(k) == "Company":
            name = str(st.m[k].name)
            if text.startswith(name, p) and re.match(r"(?:与|和|同)", text[p + len(name) :]):
                return _GOVERNMENT  # A公司和B公司签署…项目 in a list of signings: a site we cannot tell
    return None


_GOVERNMENT_SIGNS = re.compile(r"(?:人民政府|[县市区]政府)\s*(?:与|和|同)")


def _named_elsewhere(st: ArticleState, name: str, zone: str) -> bool:
    """The project's name opens with a division that is not the zone's own nor inside it."""
    from .companies import place_prefix

    place = place_prefix(name)
    region = str(st.m[zone].attrs.get("region") or "")
    if not place or not region:
        return False
    d = resolve_place(place, st.provinces)
    # 山西…有限公司…项目: a province names where a company is registered, not where it builds
    if d is None or d.code == region or d.level == "province":
        return False
    # 永德智能装备…: a bare county name from elsewhere is a brand more often than a site
    if not place.endswith(("县", "市", "区", "旗")) and (
        d.level != "city" or d.province_code not in st.provinces
    ):
        return False
    # inside the zone's division: a county of its city, a city of its province
    inside = (region.endswith("0000") and d.code[:2] == region[:2]) or (
        region.endswith("00") and not region.endswith("0000") and d.code[:4] == region[:4]
    )
    return not inside


def _investor(
    st: ArticleState, h, i: int, ordered, investors: dict[int, str], company_names: list[str]
) -> str | None:  # noqa: ANN001
    """Who invests in a project: the investor named before 投资, else the company whose name opens the
    project's (a known short form, or a brand the article supports)."""
    if h.start in investors:
        who = investors[h.start]
        ckey = st.context("Company", ordered, h.start) if who in ANAPHORS else st.company(who, i)
        if ckey:
            return ckey
    brand = investor_prefix(
        h.name,
        _company_forms(st, company_names),
        guess=h.boundary != "list",  # items of a list: only companies the article names
    )
    if brand and re.search(r"[村镇乡]$|街道$|社区$", brand):
        brand = None  # 屯里镇桑峨村|大型农光互补光伏电站项目: a village's project, no firm
    if brand:
        brand = _shared_brand(st, brand)
    if (
        brand
        and not (
            starts_proper(brand)
            or coined_name(brand)  # 东方雨虹|项目: a coined four-character name is a brand by itself
            # 高照新能源|2GW…硅片: what it makes follows the brand
            or CAPACITY.match(h.name, h.name.find(brand) + len(brand))
            # 世纪华泽|新建…: named by its verb
            or h.name[h.name.find(brand) + len(brand) :].startswith(_BUILDS)
            or supported(st, brand, h.name, company_names)
        )
    ):
        return None  # a guess that opens with a common word and is never named alone is no company
    if not brand:
        return None
    ckey = next(
        (
            k
            for k, b in st.m.items()
            if b.kind in ("Company", "Organization")
            and (brand in b.aliases or brand in {legal_base(x) for x in (b.name, *b.aliases)})
        ),
        None,
    )
    if ckey is None:
        opening = [
            k
            for k, b in st.m.items()
            if b.kind == "Company"
            and len(legal_base(str(b.name))) > len(brand)
            and legal_base(str(b.name)).startswith(brand)
        ]
        if len(opening) > 1:
            return None  # 卓尔|航空城项目 beside 卓尔控股 and 卓尔智城投资: which of the group's firms is not said
    if ckey is None:  # a short name: resolve() joins it to the full name it abbreviates
        ckey = f"company:{brand}"
        st.add(ckey, "Company", brand, i, short=True)
        brand_aliases(st, brand, ckey)
        before = h.name[: h.name.find(brand)]
        if before and place_ending_at(before, len(before)) == before:
            st.m[ckey].aliases.add(before + brand)  # 山西|新能汇通: the place-named form too
    return ckey


# 由A、B和C共同投资建设: the companies that build the project named just before
_BUILT_BY = re.compile(
    r"(?:位于[^，。；]{2,30}?)?"
    # …项目位于某镇，项目占地105亩，由A和B共同投资: its land or size may come before who builds it
    r"(?:[，,]\s*(?:项目|该项目)?(?:占地|用地|总占地|建筑面积|总建筑面积)[^，。；由]{2,24}?)?"
    r"[，,]?\s*(?:是|系)?由([^，。；由]{2,120}?)"
    r"(?:(?:(?:共同|联合|合作|独资)?(?:投资|出资)|合资)(?:建设|兴建|新建|打造|建成)?|(?:建设|兴建|打造)(?![\u4e00-\u9fff])"
    r"|(?:共同|联合)?(?:合作)?开发)"  # 由A与B共同合作开发: the firms that develop it
    r"(?!有限|公司|集团|控股|股份)"  # 由某某投资|有限公司和…: a word of the firm's own name, not the verb
)


_BUILT_BEFORE = re.compile(
    r"由([^，。；由]{2,60}?)(?:共同|联合|合作|携手|合资)?(?:投资)?(?:建设|兴建|新建|打造|开发)的[“\"]?$"
)


# X项目投资商|宁波某电器有限公司: the owner named right after the project
_OWNER_AFTER = re.compile(r"的?(?:投资商|投资方|投资主体|业主单位|业主|建设单位)(?:为|是|系)?[:：]?\s*")


def _built_by(st: ArticleState, text: str, ordered, end: int) -> list[str]:  # noqa: ANN001
    """X项目由A和B共同投资建设: every company of the list that follows the project's name is its investor;
    X项目投资商A公司: the company named as its owner."""
    owner = _OWNER_AFTER.match(text, end)
    if owner:
        return [k for p, k in ordered if p == owner.end() and st.kind_of(k) == "Company"][:1]
    m = _BUILT_BY.match(text, end)
    if not m:
        return []
    return _builders(st, text, ordered, m.start(1), m.end(1))


def _built_before(st: ArticleState, text: str, ordered, start: int) -> list[str]:  # noqa: ANN001
    """由A、B携手建设的|X项目: the companies that build the project named right after them."""
    m = _BUILT_BEFORE.search(text, max(0, start - 80), start)
    return _builders(st, text, ordered, m.start(1), m.end(1)) if m and m.end() == start else []


_SUBSIDIARY = re.compile(r"(?:的)?(?:下属|旗下)?(?:全资|控股)?(?:子公司|企业)?")


def _end_of(st: ArticleState, text: str, at_key: tuple[int, str]) -> int:
    """Where the company named at this position ends in the text (its longest written name)."""
    at, key = at_key
    b = st.m[key]
    names = sorted({str(b.name), *b.aliases}, key=len, reverse=True)
    return next((at + len(n) for n in names if text.startswith(n, at)), at)


def _builders(st: ArticleState, text: str, ordered, left: int, right: int) -> list[str]:  # noqa: ANN001
    """The companies listed from `left` to `right`, the list opening with one and joined by separators."""
    listed = sorted((p, k) for p, k in ordered if left <= p < right and st.kind_of(k) == "Company")
    if not listed or listed[0][0] != left:
        return []  # 由市政府牵头、X公司投资: the list must open with a company
    run = listed[:1]
    for p, k in listed[1:]:  # the companies joined by separators (a name whose start was missed ends it)
        if _SUBSIDIARY.fullmatch(text[_end_of(st, text, run[-1]) : p]):
            run[-1] = (p, k)  # 由某控股有限公司下属子公司|某投资有限公司: the subsidiary builds it
            continue
        if not _coordinated(st, text, [run[-1][0], p]):
            break
        run.append((p, k))
    return list(dict.fromkeys(k for _p, k in run))


def _co_signers(st: ArticleState, text: str, keys, ordered, i: int) -> None:  # noqa: ANN001
    """A、B与开发区签约X项目: every company of the signing list invests in its one project; A、B分别与开发区
    签约X项目和Y项目: the n-th company in the n-th project."""
    by_clause: dict[tuple[int, int], list[tuple[int, str]]] = {}
    for start, end, key in keys:
        by_clause.setdefault(clause_around(text, start, end), []).append((start, key))
    for (left, _right), projects in by_clause.items():
        first = projects[0][0]
        verb = _SIGNING.search(text, left, first)
        if not verb:
            continue
        first_signer = item_start(text, left, verb.start(), "，,：:")
        signers = sorted((p, k) for p, k in ordered if first_signer <= p < verb.start())
        companies = [k for p, k in signers if st.kind_of(k) == "Company"]
        if len(companies) < 2 or not _coordinated(st, text, [p for p, k in signers if k in companies]):
            continue
        pairs: list[tuple[str, str]] = []
        if "分别" in text[left:first]:
            if len(companies) == len(projects):
                pairs = list(zip(companies, (k for _p, k in projects), strict=True))
        elif len(projects) == 1:
            pairs = [(c, projects[0][1]) for c in companies]
        have = {(r.subject, r.object) for r in st.relations if r.predicate == "invests"}
        for who, project in pairs:
            if (who, project) not in have:
                st.relations.append(Relation(who, "invests", project, i))


def _coordinated(st: ArticleState, text: str, starts: list[int]) -> bool:
    """The companies at these positions stand in one list (A、B和C), nothing but a separator between."""
    for a, b in zip(starts, starts[1:], strict=False):
        between = text[a:b]
        if not re.search(r"(?:、|和|及|与|,|，)$", between):
            return False
    return True


def _named_investor(st: ArticleState, h, i: int, ordered, company_names: list[str]) -> str | None:  # noqa: ANN001
    """The company of this article whose name (or short form) opens the project's: its mention, or a short
    one that resolve() joins to it (two companies may share a brand)."""
    if not investor_prefix(h.name, _company_forms(st, company_names), guess=False):
        return None
    return _investor(st, h, i, ordered, {}, company_names)


def _company_forms(st: ArticleState, company_names: list[str]) -> list[str]:
    """The names this article's companies go by: their names without the legal form, and their aliases."""
    return [legal_base(n) for n in company_names] + [
        a for b in st.m.values() if b.kind == "Company" for a in b.aliases
    ]


def _shared_brand(st: ArticleState, brand: str) -> str:
    """华能|清洁能源…项目 beside 华能|微电网项目: the part of a guessed brand that the article also puts before
    other words is the brand (a short name jieba knows as one, never a place)."""
    from .companies import place_prefix, short_brand
    from .lexicon import word_freq

    text = st.title + "\n" + st.body
    for n in (2, 3):
        head, rest = brand[:n], brand[n:]
        if len(rest) < 2 or not short_brand(head) or place_prefix(head) == head:
            continue
        at = text.find(head)
        while at >= 0:
            after = text[at + n : at + n + len(rest)]
            other = re.match(
                r"[\u4e00-\u9fff]{2,12}?项目", text[at + n :]
            )  # 华能|微电网项目: another project
            if (
                after != rest
                and other
                and not word_freq(text[at : at + n + 1])  # 新能|源 is the word 新能源, not a brand
                and not text[at + n :].startswith(rest)
            ):
                return head
            at = text.find(head, at + 1)
    return brand


def _signing_investors(st: ArticleState, text: str, keys, ordered, i: int) -> None:  # noqa: ANN001
    """Projects still without an investor (referred to again, 该项目): the signing clause's company."""
    funded = {r.object for r in st.relations if r.predicate == "invests"}
    for start, end, key in keys:
        if key not in funded:
            who = _signing_company(st, text, start, end, ordered, [(s, e) for s, e, _k in keys])
            if who:
                st.relations.append(Relation(who, "invests", key, i))


def _signing_company(st: ArticleState, text: str, start: int, end: int, ordered, inside) -> str | None:  # noqa: ANN001
    """开发区与X公司签订Y项目投资协议: the one company of the signing clause around a project; in a list of
    signings (A与B签署X项目、C和D签署Y项目) the one of the project's own item. `inside`: the sentence's project
    name spans."""
    left, right = clause_around(text, start, end)
    if not _SIGNING.search(text, left, right):
        return None
    # a brand read inside a project's name (华润|电力风电光伏项目) is no party to the signing
    companies = {
        k
        for p, k in ordered
        if left <= p < right
        and st.m[k].kind == "Company"
        and not any(s <= p < e for s, e in inside)
        and not _list_mates(text, p, start, end)
    }
    if len(companies) > 1:
        left = item_start(text, left, start, "、，,")
        if not _SIGNING.search(text, left, start):
            return None
        companies = st.companies_in(ordered, left, start)
    return next(iter(companies)) if len(companies) == 1 else None


def _list_mates(text: str, p: int, start: int, end: int) -> bool:
    """引进迈某股份、联东U谷、…等一批优质项目: a firm listed beside the project is another item, no investor."""
    if text[start - 1 : start] != "、" and text[end : end + 1] not in ("、", "等"):
        return False  # 南充市人民政府、某控股有限公司、某管委会|年产…项目投资协议: the project is no item of the list
    between = text[p:start] if p < start else text[end:p]
    return "、" in between and not re.search(r"[，,。；;]", between) and not _SIGNING.search(between)


_COUNT_AFTER = re.compile(r"的?(?:\d+|[一二两三四五六七八九十百]+)\s*[个只项批]")


def _assign_amounts(st: ArticleState, text: str, amounts, anchor_of, keys, current, i: int) -> None:  # noqa: ANN001
    """Each figure to the project named right after 的, else the nearest one before, else the current one;
    never to an aggregate of several projects."""
    for idx, a in enumerate(amounts):
        target = None
        after = [k for s, e, k in keys if s == anchor_of.get(idx)]
        before = [k for s, e, k in keys if e <= a.start]
        clause = re.split(r"[，；]", text[: a.start])[-1]
        aggregate = re.search(
            r"(\d+|[一二两三四五六七八九十]+)个(项目)?$|个项目|项目\s*\d+\s*个", text[: a.start][-20:]
        )
        if after:
            target = after[0]
        elif a.listed:
            continue  # 、30亿元的某实业: the item it measures is no project
        elif before:
            target = before[-1]
        elif aggregate:
            target = None
        elif re.match(r"^(该|此|这个)?项目", clause) or re.match(r"^(该|此|这个)?项目", text) or current:
            # the article's current project: named by 该项目 (or by 项目 opening the clause: 项目总投资13亿元),
            # or the sentence names no other one we could not read
            named = re.match(r"^(该|此|这个)项目", clause) or re.match(r"^(该|此|这个)项目", text)
            opening = re.match(r"^项目(?!部|组|办|方)", clause) and not re.search(r"项目", clause[2:])
            other = re.search(r"项目", clause.replace("该项目", "")) or re.search(
                r"项目", text.replace("该项目", "")
            )
            target = current if (current and (named or opening or not other)) else None
        if (aggregate and not after) or (not after and _COUNT_AFTER.match(text, a.end)):
            target = None  # 总投资273亿元的31只重大项目: the sum of a count of projects
        if target:
            st.quantities.append(Quantity(target, a.prop, str(a.value), a.unit, a.qualifier, i, a.surface))


def supported(st: ArticleState, brand: str, project: str, company_names: list[str]) -> bool:
    """A brand guessed from a project's name counts when the article names it again elsewhere, or it is
    a short form of a company the article names in full."""
    if any(brand in short_forms(n) for n in company_names):
        return True
    text = st.title + "\n" + st.body
    alone = sum(
        1
        for m in re.finditer(re.escape(brand), text)
        if text[m.end() : m.end() + 1] in _AFTER_A_NAME or text[m.end() : m.end() + 2] in _VERBS_AFTER_A_NAME
    )
    return alone > 0


def brand_aliases(st: ArticleState, brand: str, ckey: str) -> None:
    """大运 → also 大运汽车 where the text says so; 亚新科汽车 → also 亚新科."""
    industry = lexicon().industry_words
    word = industry_suffix(brand)
    if word and len(brand) - len(word) >= 3:
        st.m[ckey].aliases.add(brand[: -len(word)])
    for s in st.sents:
        i = s.text.find(brand)
        while i >= 0:
            nxt = s.text[i + len(brand) : i + len(brand) + 2]
            if nxt in industry:
                st.m[ckey].aliases.add(brand + nxt)
            i = s.text.find(brand, i + 1)


def merge_projects(st: ArticleState, project_hits) -> None:  # noqa: ANN001
    """Within one article: 奥泰智能煤机制造项目 = 奥泰大型智能煤机制造项目; 标准厂房项目 = …标准厂房项目."""
    specific = [k for k, b in st.m.items() if b.kind == "Project"]
    invest_of = {r.object: r.subject for r in st.relations if r.predicate == "invests"}
    target: dict[str, str] = {}
    for k in sorted(specific, key=lambda k: -len(st.m[k].name)):
        name = st.m[k].name
        for other in specific:
            if other == k or other in target or k in target or len(st.m[other].name) < len(name):
                continue
            core, ocore = (
                re.sub(r"(项目|工程)$", "", name),
                re.sub(r"(项目|工程)$", "", st.m[other].name),
            )
            same_investor = (
                invest_of.get(k)
                and invest_of.get(k) == invest_of.get(other)
                and re.findall(r"\d+", core) == re.findall(r"\d+", ocore)  # 200兆瓦 is not 500兆瓦
                and lcs_ratio(core, ocore) >= 0.5
            )
            if lcs_ratio(core, ocore) >= 0.8 or same_investor:
                target[k] = other
    for _, h in project_hits:
        if h.specific:
            continue
        core = re.sub(r"(项目|工程)$", "", h.name)
        owners = [k for k in specific if k not in target and st.m[k].name.endswith(h.name) and len(core) >= 3]
        if len(owners) == 1:
            st.m[owners[0]].aliases.add(h.name)
    if not target:
        return
    for src, dst in target.items():
        while dst in target:
            dst = target[dst]
        st.m[dst].aliases |= st.m[src].aliases
        del st.m[src]
        st.relations = [
            Relation(
                dst if r.subject == src else r.subject,
                r.predicate,
                dst if r.object == src else r.object,
                r.sentence,
            )
            for r in st.relations
        ]
        st.quantities = [
            Quantity(
                dst if q.project == src else q.project,
                q.prop,
                q.value,
                q.unit,
                q.qualifier,
                q.sentence,
                q.surface,
            )
            for q in st.quantities
        ]
