"""Investment projects: named …项目 / …工程, their investor's short name, and what is not a project
(aggregates such as 12个项目, categories such as 重点项目 or 等合作项目)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .amounts import small_count
from .companies import has_proper_marker
from .lexicon import PROPER_FLAGS, industry_prefix, industry_suffix, is_rare, lexicon, pos_tags, word_freq
from .spans import place_at, scan_left, strip_leading
from .zones import place_ending_at

# 建设项目 and 工程项目 end a name as one suffix (建设 alone would be a boundary); …项目负责人 is a title
_SUFFIX = re.compile(
    r"(工程建设项目|建设项目|工程项目|项目|工程)(?![部组办区库群包方]|负责人|经理|公司|管理(?!中心)|推介|洽谈会|观摩)"
    r"(?<!工程(?=[车师队兵院局塑]))"  # 几十辆工程车, 工程师, 工程塑料: a word that goes on
    r"(?<!工程(?=研发|研究))"  # 德赛海洋工程|研发生产基地: a trade inside a name
    # 北京营森工程管理有限公司, 某项目管理有限公司: the word is part of a company's name
    r"(?!(?:管理|技术|咨询|设计|建设|服务|科技|发展|投资|监理)(?:有限|股份|集团|公司))"
)
_AGGREGATE_BEFORE = re.compile(r"(\d+|[一二两三四五六七八九十百几多]+)(个|批|项|只|大)$")
_GENERIC_HEADS = (
    "重点",
    "合作",
    "代表性",
    "产业类",
    "相关",
    "有关",
    "各类",
    "各项",
    "在建",
    "新建",
    "续建",
    "签约",
    "招商",
    "示范",
    "民生",
    "基础设施",
    "社会",
    "储备",
    "前期",
    "重大",
    "省级",
    "市级",
    "县级",
    "开工",
    "竣工",
    "投产",
    "谋划",
    "季度",
    "年度",
    "该",
    "本",
    "此",
    "这些",
    "其他",
    "其余",
    "多个",
    "一批",
    "首批",
    "园区",
    "单体",  # 单体项目投资额: one project, whichever it is
)
_VISIT = (
    "走进",
    "来到",
    "调研了",
    "实地调研",
    "察看",
    "视察",
    "参观",
    "考察",
    "参观了",
    "考察了",
    "察看了",
    "走访了",
)
_VISITED_AREA = re.compile(
    r"(走进|来到|深入|察看|视察|参观|考察)[^，,。；;、：:]{2,14}?(?:片区|园区|开发区|高新区|经开区|产业园|工业园)$"
)


@dataclass(frozen=True)
class ProjectHit:
    start: int
    end: int
    name: str
    specific: bool
    boundary: str | None = None


def _listing(core: str) -> bool:
    """年产A、B等生产、销售项目: what a firm makes, listed, is no project's name."""
    return "等" in core and "、" in core


def is_specific_project(name: str, known: set[str]) -> bool:
    """A named project: it names an investor, a place, a zone or a quantity, not only a kind of project."""
    core = re.sub(r"(工程建设项目|建设项目|工程项目|项目|工程)$", "", name)
    if not core:
        return False
    if any(h in core for h in ("重点项目", "季度", "年度", "一批", "首批")) or core in _GENERIC_HEADS:
        return False
    if _KIND_ONLY.fullmatch(core):
        return False  # 台资项目: projects of a kind of capital
    if core.endswith(("新建", "续建", "在建", "拟建", "新上")):
        return False  # 市交通系统|新建|项目: a body's projects at a stage, none named
    if re.search(r"\d{4}年度?第[\d一二三四五六七八九十]+[期批]$", core):
        return False  # 开发区2020年第二期项目: a batch of projects
    if re.search(r"(?:\d{4}|[今明去本当])年度?$", core):
        return False  # 长治市2019年项目建设…: a year's projects
    if re.search(r"\d{4}年度?[\u4e00-\u9fff]*(?:重点|重大)[\u4e00-\u9fff]*$", core):
        return False  # 某新区2022年临空经济重大产业化项目: a year's projects of a kind
    if re.fullmatch(r"新?(?:入区|入园|签约|开工|落户|引进|上马|建成|投产|竣工)", core):
        return False  # 新入区项目: a project at a stage, not one named
    if core.startswith(_QUANTITY_LEADS) or _EVENT.search(core):
        return False  # 更多新能源上下游产业项目, …招商推介会暨重点合作项目: some projects, or an event's
    for head in ("新建", "续建", "在建", "拟建"):
        if core.startswith(head) and _KIND_ONLY.fullmatch(core[len(head) :]):
            return False  # 续建重点产业项目: a kind of project
    if "暨" in core and _KIND_ONLY.fullmatch(core.rsplit("暨", 1)[1]):
        return False  # X暨重点合作项目: what the name ends with is a kind of project
    if _COMPANY_THEN_VERB.search(core):
        return False  # 厦门某药业有限公司|完成|项目签约: a clause, not a name
    zone = _ZONE_OPENING.match(core)
    if zone and _verb_first(core[zone.end() :]):
        return False  # 市开发区|跑出|项目建设…: the zone doing something, not a project
    tail = _GENERIC_TAIL.search(core)
    if tail and core[: tail.start()].endswith(
        (*_ZONE_ENDS, "综合保税区", "新区", "示范区", "产业园", "经济区")
    ):
        return False  # 某综合保税区|产业项目: a zone's projects of a kind, not one named project
    if (tail and not _named_head(core[: tail.start()], tail.group(0))) or _AMOUNT_ONLY.fullmatch(core):
        return False  # …重点项目, 标志性外资项目, 5亿元项目: a kind or a size of project, not its name
    if core.endswith(("等", "暨", "和", "与", "及", "多", "余", "各", "诸")) or len(core) < 3 or slogan(core):
        return False
    if _listing(core) or re.search(r"[（(][^)）]*$", core):
        return False  # 用地400亩(项目…: an aside cut open
    if re.match(r"(?:高新|经开)(?!技术|产业|区)[\u4e00-\u9fff]{4}", core):
        return True  # 高新|实验学校项目: named after the zone it serves, as a place names one
    category = _CATEGORY.search(core)
    if category and _named_head(core[: category.start()], category.group(0)):
        category = None  # 以岭万洲国际医药|产业项目
    if _COUNTED.search(core) or category or _starts_with_verb(core):
        return False  # 晋中190个转型项目, 战新产业项目, 要比拼转型项目: counts, categories and phrases
    if re.search(r"\d", core) or re.search(r"[A-Za-z]{2,}", core):
        return True
    if re.fullmatch(r"[\u4e00-\u9fff]开区", core):
        return False  # 井开区项目: a zone's abbreviation (井冈山经开区) and its projects
    if len(core) <= 5 and _ends_with_verb(core):
        return False
    if (
        place_ending_at(core, len(core)) == core
        or (
            core in known and core.endswith((*lexicon().zone_types, "开区"))
        )  # 井开区: 井冈山经开区 abbreviated
        or core.endswith(_ZONE_ENDS)
        or _ends_with_district(core)  # 国际经贸旅游节广陵区|项目集中开工: a district's projects
    ):
        return False  # 山阴经开区项目: the projects of a zone or a place, not one named project
    if any(k in core for k in known if len(k) >= 2):
        return True
    if len(core) >= 5 and any(core in k for k in known):
        return (
            True  # 设立某汽车氢燃料电池系统(广州)有限公司，建设|氢燃料电池系统|项目: the firm set up for it
        )
    for end in range(2, len(core) + 1):
        p = place_ending_at(core, end)
        if p and p not in ("中国",):
            return True
    return has_proper_marker(core)


_GENERIC_TAIL = re.compile(
    r"(重点产业|重大产业化?|重点|重大|骨干|龙头|标志性|代表性|外资|内资|省属|市属|国企|央企|民营|产业|新质生产力|城际铁路|工业转型|转型|基础设施"
    r"|招商引资|招商|签约|开工|竣工|在建|续建|投产|优质|优势|产业示范|强链|延链|补链|[十百千万亿]+(?:元|元级|级)大?|大)$"
)
_EVENT_JOIN = re.compile(r"^.*?(?:活动|仪式|会|会议|签约|开工|集中开工)暨")  # 动员会暨|X项目: an event before
_ZONE_PREFIX = re.compile(
    r"^[\u4e00-\u9fff]{2,12}?(?:经济技术开发区|经济开发区|高新技术产业开发区|经开区|高新区|开发区|综合保税区|综保区|示范区|新区)"
)
# 保康余家湖工业园区|项目集中签约: the projects of a zone, not one named project
_ZONE_ENDS = ("工业园区", "开发区", "经开区", "高新区", "集聚区", "综保区", "保税区")
_STOP_AT = re.compile(r"[\s，,。；;：:、！？]")
_CLAUSE_END = re.compile(
    r"[，,。；;！？]"
)  # a list's 、 goes on inside one name (呼吸机、麻醉机管路生产项目)
_PARK_WORDS = ("产业园", "园区", "产业基地", "基地", "小镇", "产业城", "工业园")
_KIND_ONLY = re.compile(
    r"(?:重点|重大|合作|招商|引资|签约|产业|优质|示范|台资|外资|内资|港资|侨资|支撑性|战略性?|标志性|引领性|示范性)+"
)
_QUANTITY_LEADS = ("更多", "一些", "众多", "诸多", "部分", "多个", "又一", "另一", "其他", "其余", "各类")
_EVENT = re.compile(r"推介会|洽谈会|博览会|交易会|座谈会|论坛|大会|签约仪式|开工仪式|会场")
_COMPANY_THEN_VERB = re.compile(
    r"(?:有限公司|有限责任公司|股份公司|集团)(?:完成|签订|签署|签约|举行|召开|参加|出席|启动|实施|推进|达成)"
)
_AMOUNT_ONLY = re.compile(r"(?:超过|超|逾|近|约|达)?[\d.]+\s*[万亿千百]*元(?:以上|以下|左右)?")
_BODY_AFTER = re.compile(r"有限|股份|公司|集团|局|院|队|部(?![分署门])")
# a zone the text names by its level alone (市经济开发区, 县开发区), opening a project's name
_UNNAMED_ZONE_LEAD = re.compile(
    r"^[省市县区]?(?:经济技术开发区|经济开发区|高新技术产业开发区|经开区|高新区|开发区|工业园区|园区)内?"
)
# 某某经济开发区管理委员会|年产80万吨…项目投资协议: the committee that signs, no part of the name
_COMMITTEE_LEAD = re.compile(r"^[\u4e00-\u9fff]{2,16}?(?:管理委员会|管委会)")
_ZONE_OPENING = re.compile(r"(?:[省市县区])?(?:开发区|经开区|高新区|园区|新区)")
_SITE_AFTER = re.compile(r"(?:建设|施工)?(?:工地|现场)")
_AGREEMENT = re.compile(r"(项目|工程)(?:合作|投资|框架|战略合作|建设|入园|落户)*(?:协议|合同)(?:书)?$")
_COUNTED = re.compile(
    r"(\d+|[一二两三四五六七八九十百千几多]+)\s*(个|项|只|批|家|大)(?!型)|[双三四五多]方(?=合作|共建|签约)"
)
_CATEGORY = re.compile(r"(产业|产业类|行业|领域|类|类别|方面|[^企]业)$")
# a time that opens a scanned span is not part of the name: (今年)5月|一期项目, 2022年第二季度|…
TIME_LEAD = re.compile(
    r"^(?:\d{2,4}年|今年|去年|明年|本年|当年|年(?=\d))?(?:\d{1,2}月(?:份|底|初|中旬|上旬|下旬)?|第?[一二三四]季度)?"
    # (总)投资2亿元|华鑫塑业技改工程: the figure written before a name is no part of it
    r"(?:(?:计划)?(?:总)?投资(?:约|超|近)?)?(?:[\d.]+\s*(?:[万亿千百]*元(?:人民币)?|[万亿]+(?=的)"
    r"|亿(?=[\u4e00-\u9fff])(?![美港欧日韩英澳台卢元]))(?:的)?)?"
)


_LEADING_FLAGS = ("v", "d", "r", "p", "c", "ad")
_WORKS = (
    "新建",
    "扩建",
    "改建",
    "改造",
    "建设",
    "购置",
    "购买",
    "引进",
    "实施",
    "推进",
    "完成",
    "打造",
    "配套",
    "安装",
)


def _verb_first(rest: str) -> bool:
    """跑|出…, 推进…: what follows a zone's name opens with a verb (one character counts)."""
    tags = pos_tags(rest)
    return bool(tags) and tags[0][1] == "v" and tags[0][0] not in lexicon().descriptors


def _starts_with_verb(core: str, flags: tuple[str, ...] = _LEADING_FLAGS) -> bool:
    """要比拼|转型…, 吸引|更多…: a phrase led by a verb or an adverb, not a name."""
    tags = pos_tags(core)
    if not tags or tags[0][0] in lexicon().descriptors:
        return False
    word, flag = tags[0]
    if len(word) == 1:
        return word in "要将把对为让使被向在从"
    if place_ending_at(word, len(word)) == word:
        return False  # 大同 is a place before it is an adverb
    return flag in flags and word_freq(word) >= 200


def _minor_place(name: str) -> bool:
    """A town or township name (with or without an industry word after it): 风陵渡, 风陵渡光伏."""
    places = lexicon().gazetteer.townships
    if name in places:
        return True
    industry = lexicon().industry_words
    # every township the name opens with is one of its prefixes: read those, not every township
    return any(name[:k] in places and name[k:] in industry for k in range(2, len(name) + 1))


_NUMBERED_SLOGAN = re.compile(
    r"^[一二两三四五六七八九十百千万][\u4e00-\u9fff][一二两三四五六七八九十百千万][\u4e00-\u9fff]"
)


def slogan(core: str) -> bool:
    """高质高效, 又好又快, 大干快上 are how projects are built (one character opening both halves), and 两灯一车,
    三区一园 are programmes counted in numbers: neither is a name."""
    return bool(
        (len(core) == 4 and core[0] == core[2] and re.fullmatch(r"[\u4e00-\u9fff]+", core))
        or _NUMBERED_SLOGAN.match(core)
    )


def is_kind_of_project(name: str) -> bool:
    """重点项目, 一批…项目, 第二季度…项目, 重大产业项目: words for kinds or groups of projects, whatever stands
    around them."""
    core = re.sub(r"(工程建设项目|建设项目|工程项目|项目|工程)$", "", name)
    tail = _GENERIC_TAIL.search(core)
    return (
        core in _GENERIC_HEADS
        or bool(_KIND_ONLY.fullmatch(core))  # 台资项目, 重点招商项目
        or any(h in core for h in ("重点项目", "季度", "年度", "一批"))
        or bool(tail and not _named_head(core[: tail.start()], tail.group(0)))
        or bool(_PHASE_ONLY.fullmatch(core))  # 其中一期项目投资5亿元: a phase of the project before
    )


_PHASE_ONLY = re.compile(r"(?:其中)?(?:[一二三四五六七八九十]|\d+)期")


def _named_head(head: str, tail: str) -> bool:
    """以岭万洲国际医药|产业项目: a proper name before 产业 makes it a named project after all (never before
    重点, 外资 …, which stay kinds: 山西襄汾工业转型重点项目)."""
    return tail == "产业" and len(head) >= 4 and starts_proper(head) and has_proper_marker(head)


ANAPHORS = ("该公司", "该企业", "该集团", "公司", "企业")
# what joins an amount or an investor to the project it names: 总投资X亿元的|…, 投资建设|…, 投资建设的|…
# what joins a figure (or an investor's 投资) to the name of what it builds; a site may stand between:
# 拟投资3.5亿元，在双流建设|…数据中心
CONNECTORS = re.compile(
    r"(?:[，,]\s*(?:在|于)[\u4e00-\u9fff]{1,8}?(?=用于|建设|新建|实施|打造|兴建|设立|布局))?"
    r"(?:(?:用于建设|用于|建设|新建|实施|打造|兴建|布局|设立)的?|的)"
)
_INVEST_LEAD = ("将", "拟", "计划", "预计", "追加", "累计", "共", "总", "计划总")


_FIGURE_WORDS = ("概算", "预算", "估算", "决算", "计划", "预计", "累计", "合计", "共计", "总计")


_EVENTS_DONE = ("开工", "签约", "投产", "竣工", "完成", "落地", "开建", "达产")


def investor_before(text: str, pos: int) -> tuple[str, int] | None:
    """The investor named right before 投资 at pos (鹏飞集团投资…, 泽钢集团将投资…), with its start."""
    from .companies import has_proper_marker, org_boundaries
    from .lexicon import lexicon

    end = pos
    for w in sorted(_INVEST_LEAD, key=len, reverse=True):
        if text[:end].endswith(w):
            end -= len(w)
            break
    start = scan_left(text, end, limit=25, words=org_boundaries())
    if text[:start].endswith("在"):  # 该公司计划在昆山开发区投资…: the investor stands before the place
        return investor_before(text, start - 1)
    name, start = strip_leading(text[start:end], start)
    if name in ANAPHORS:
        return name, start
    if len(name) < 2 or "项目" in name or re.search(r"\d", name) or name.endswith(_FIGURE_WORDS):
        return None  # 概算总投资5000万元的…: a word about the figure, not who invests
    if any(name.endswith(s) for s in lexicon().zone_types) or name.endswith(("管委会", "政府", "开发区")):
        return None
    if (
        name.endswith(("省", "市", "县", "区", "旗", "州", "镇", "乡"))
        and place_ending_at(name, len(name)) == name
    ):
        return None  # 兰西县投资9.1亿元建设…: a county spends, no firm invests
    from .companies import core_of

    suffixes = (*lexicon().company_suffixes, *lexicon().industry_words)
    if (_ends_with_verb(name) or name.endswith(_EVENTS_DONE)) and not name.endswith(suffixes):
        return None  # 新开工|总投资5.24亿元的…: what happened, not who invests
    if has_proper_marker(core_of(name)) or name.endswith(suffixes):
        return name, start
    return None


def _ends_with_verb(core: str) -> bool:
    """大抓项目, 扭住项目: a verb right before 项目 makes a phrase, not a name."""
    tags = pos_tags(core)
    if len(tags) >= 3 and all(len(w) == 1 for w, _f in tags):
        return False  # 鑫|瑞|恒|达: characters jieba cannot join are a name, whatever their tags
    return bool(tags) and tags[-1][1] in ("v", "vd", "ad", "d") and len(tags[-1][0]) <= 2


def _ends_with_district(core: str) -> bool:
    place = place_ending_at(core, len(core), 3)
    return bool(place) and place.endswith(("区", "县", "市"))


def _verb_phrase_before(name: str) -> int:
    """How many characters of adverbs and verbs open the text, when a verb is among them and a name of four
    or more characters follows (已成功推荐|御捷新能源汽车); 0 otherwise (联创|制药 keeps its 联创)."""
    at, verb = 0, False
    for word, flag in pos_tags(name):
        if flag not in ("d", "ad", "a", "v", "vd", "p") or (verb and flag == "a" and len(word) == 1):
            break  # 加快推进|乐凯华光…: one character after the verb opens the name (no adjective of the verb's)
        verb = verb or flag.startswith("v")
        at += len(word)
    rest = name[at:]
    if "的" in rest or re.match(r"[\d亿万千百]", rest):
        return 0  # 完成投资|亿元以上的…: a clause goes on, no name follows the verb
    return at if verb and len(rest) >= 4 and at >= 2 else 0


def _names_a_place(core: str) -> bool:
    """青岛利和陇南生物萃取: a division named inside the name, before something else."""
    return any((p := place_ending_at(core, e)) and p != "中国" for e in range(2, len(core)))


def _category_item(text: str, end: int) -> bool:
    """X项目、Y项目、Z等项目: the items of a list that ends in 等 are kinds of project."""
    rest = text[end : end + 60]
    m = re.match(r"^((?:、[^，。；、]{1,20})+)等", rest)
    return bool(m)


def _name_opening_with_yi(text: str, start: int) -> int:
    """；以岭万洲国际医药产业项目，总投资…: 以 opening a clause that has no 为 (以X为Y) is the name's own first
    character, not the preposition."""
    if start >= 1 and text[start - 1] == "以" and (start == 1 or text[start - 2] in "，,。；;：:、\n "):
        end = min([x for x in (text.find(c, start) for c in "，,。；;") if x >= 0] or [len(text)])
        if "为" not in text[start:end]:
            return start - 1
    return start


def _second_output(text: str, at: int) -> bool:
    """年产1500万平方米防水卷材和|2500吨防水涂料项目: the second product of one 年产… list, not a project
    of its own (the 年产 stands after the last punctuation before the conjunction at `at`)."""
    left = max(text.rfind(c, 0, at) for c in "，,。；;：:、")
    return "年产" in text[left + 1 : at]


def find_projects(
    text: str, known: set[str], anchored_starts: set[int], stops: tuple[int, ...] = ()
) -> list[ProjectHit]:
    """Project mentions in one sentence. `anchored_starts` are positions right after 总投资X亿元的."""
    hits: list[ProjectHit] = []
    # titles of documents are masked, except a project named in an agreement's title (《X项目投资协议》)
    masked = re.sub(
        r"《([^》]*)》",
        lambda m: m.group(0) if _AGREEMENT.search(m.group(1)) else "《" + "〇" * (len(m.group(0)) - 2) + "》",
        text,
    )
    listed = [
        m.span(1) for m in _PROJECT_LIST.finditer(masked) if _names_projects(m) and _count_fits(masked, m)
    ]
    # 竣工项目3个，总投资8.7亿元，分别是：A项目、B项目: a count's items are projects, proper names or not
    # …两个项目分别为A项目、B项目: the count may stand before 项目 too
    counted = [
        m.span("items")
        for m in _INCLUDED.finditer(masked)
        if m.group("count") or _COUNT_BEFORE.search(masked, max(0, m.start() - 6), m.start())
    ]
    listed += counted
    # one item closed by 等 and a count of projects is as firmly a project as the items of a longer list
    ones = [
        m.span("item")
        for m in (_ONE_ITEM_COUNTED.finditer(masked) if "等" in masked else ())
        if _one_named_item(m.group("item"))
    ]
    listed += ones
    counted += ones
    prev_end = 0
    for m in _SUFFIX.finditer(masked):
        end = m.end()
        # an anchor at a comma (…投资建设，总投资…项目) opens no name
        # nor one a clause ends after (投资20亿元建设|远景低碳产业园，一期工程: the park, then its phase)
        anchored = [
            s
            for s in anchored_starts
            if prev_end <= s < m.start() and not _CLAUSE_END.search(masked, s, m.start())
        ]
        if anchored:
            start = max(anchored)
            boundary = "的"
            span = masked[start : m.start()]
            if re.search(r"、[^、]*?[\d.]+\s*[万亿千百]*元的", span) or re.search(
                r"等[\u4e00-\u9fff]{0,6}$", span
            ):
                continue  # 总投资50亿元的A、30亿元的B等重大项目: a list, read item by item
        else:

            def scan(at: int, suffix_at: int = m.start(), prev: int = prev_end) -> int:
                return scan_left(
                    masked,
                    at,
                    limit=45 - (suffix_at - at),
                    hard_stops=(prev, *stops),
                    specific=lambda right, j: (
                        is_specific_project(right, known) and not _second_output(masked, j)
                    ),
                    soft=("和", "与", "并"),  # A及B项目 is one project (光伏电站及维保机器人生产线项目)
                    allow="()（）·",  # 联东U谷·科技谷项目: a middle dot joins the parts of one name
                    proper_joined=True,  # 华为|矿山军团…项目: 为 inside a brand jieba knows
                )

            start = scan(m.start())
            if start == m.start() and masked[start - 1 : start] == "”":
                # 共同建设的“军民融合信息技术”项目: a name in quotes that something builds runs back to its
                # opening quote (实现“开门红”项目建设 quotes a slogan)
                q = masked.rfind("“", max(0, start - 32), start - 1)
                if (
                    q >= 0
                    and not _STOP_AT.search(masked, q + 1, start - 1)
                    and _BUILDS_QUOTED.search(masked, 0, q)
                ):
                    start = q + 1
            short = start + 5 >= m.start()  # …片区|综合体项目: no more than a common noun is left
            if (
                masked.endswith("片区", 0, start)
                and short
                and not is_specific_project(masked[start:end], known)
            ):
                start = scan(start - 2)  # 码头片区|综合体项目: the area names the project, nothing else does
            if masked[start : start + 1] == "·":
                start += 1
            boundary = None
            for w in _VISIT:
                if masked[:start].endswith(w):
                    boundary = w
            area = _VISITED_AREA.search(masked, max(0, start - 24), start)
            if boundary is None and area and area.end() == start:
                boundary = area.group(1)  # 来到郑东热电厂片区|中原大数据中心项目: visited inside an area
        prev_end = end
        for ls, le in listed:  # 厦门和淋卫浴项目 in a list: the item runs from its 、, whatever 和 says
            comma = masked.rfind("、", ls, m.start())
            if (
                ls <= m.start() < le and comma >= 0
            ):  # not the first item: what leads the list is no part of it
                item = comma + 1
                if item < start and not _STOP_AT.search(masked, item, start):
                    start = item
        for ls, le in counted if not anchored else ():
            # 基础设施类项目7个，包括|高新至鄠邑高速复合通道工程、…: a counted list's first item runs from
            # where the list opens, whatever 至 says (not past a figure: 投资100亿元的|马颊河…项目)
            if ls <= m.start() < le and "、" not in masked[ls : m.start()]:
                if ls < start and not _STOP_AT.search(masked, ls, start):
                    start = ls
        if _BODY_AFTER.match(masked, end):
            continue  # 上海某某建筑装饰工程|有限公司, 中铁某工程|局: a body's name, not a project's
        name, start = strip_leading(text[start:end], start)
        firm = max((f.end() for f in _FIRM_AND.finditer(name)), default=0)
        if firm and len(name) - firm >= 4:
            name, start = name[firm:], start + firm  # 某某有限公司及|科技孵化园某项目: a firm, then a project
        if not anchored and _name_opening_with_yi(masked, start) < start:
            start -= 1
            name = text[start:end]
        lead = TIME_LEAD.match(name)
        if lead and lead.end() and len(name) - lead.end() >= 2:
            name, start = name[lead.end() :], start + lead.end()
        lead = _UNNAMED_ZONE_LEAD.match(name) or _COMMITTEE_LEAD.match(name)
        if lead and len(name) - lead.end() >= 4:  # 市经济开发区|振华油脂项目: the site, no part of the name
            name, start = name[lead.end() :], start + lead.end()
        if "〇" in masked[start:end]:
            continue
        core = name[: -len(m.group(1))]
        if len(core) < 2 or core.endswith("等") or _listing(core):
            continue  # …、B等项目: the list's last item, read with the list
        # 10大政府投资项目: a count of projects (二十大 is never written in digits)
        if _AGGREGATE_BEFORE.search(masked[:start]) or re.match(
            r"^(?:\d+[个大]|[一二两三四五六七八九十]+个)", name
        ):
            continue
        if re.search(r"(?:\d+|[一二两三四五六七八九十]+)个(?:重点|重大)?项目$", name):
            continue  # …、深海某代产业园|四个重大项目: the count of a list, its last item read with the list
        if re.search(r"(\d+|[一二两三四五六七八九十百千]+)个$", core) or re.match(
            r"\d+(?:\.\d+)?[万千]?[个项只]", masked[end:]
        ):
            continue  # 入驻科创中心项目8个, 已储备项目1.27万个: a kind of project counted
        # 开工活动暨|图晟新能源…项目: an event's name joined by 暨 is no part of the project's
        event = _EVENT_JOIN.search(name)
        if event:
            start, name = start + event.end(), name[event.end() :]
            core = re.sub(r"(工程建设项目|建设项目|工程项目|项目|工程)$", "", name)
        # (a name in quotes is judged without them: “开门红”项目 is a slogan's projects, no name)
        specific = is_specific_project(re.sub(r"[“”]", "", name), known)
        in_list = (
            any(ls <= start and end <= le for ls, le in listed)
            and _listable(core)
            and (
                has_proper_marker(core)
                or _has_proper_token(core)
                or any(ls <= start and end <= le for ls, le in counted)
            )
        )
        if in_list:
            specific = True  # 石岩植物园项目、…等一批项目落地: the named items of a list of projects
        # X项目、Y项目等: kinds of project, unless the items are named ones (富士康…项目、泰森…项目等一批项目)
        if _category_item(masked, end) and not (
            re.search(r"[\dA-Za-z]", core)
            or investor_prefix(name, sorted(known))
            or in_list
            or (specific and _names_a_place(core))  # 青岛利和陇南生物萃取项目、…等: named by its places
        ):
            continue
        if (
            masked[:start].endswith("等")
            or masked.startswith(("、", "，"), end)
            and re.match(r"[、，][\u4e00-\u9fff]项目", masked[end : end + 4])
        ):
            continue  # 躬身入局思项目、谋项目、抓项目: a run of verbs and their object, no project
        if not specific and not any(core.startswith(h) or h in core for h in _GENERIC_HEADS):
            if boundary in _VISIT and not _CATEGORY.search(core):  # 考察(学习)工业项目: a kind of project
                specific = (
                    True  # a project whose site is visited is a concrete one (走进一道新能源项目建设工地)
                )
            elif (
                _SITE_AFTER.match(masked, end) and not is_kind_of_project(name) and not _COUNTED.search(core)
            ):
                specific = True  # 在电子信息产业园项目工地: a project with a building site of its own
        phase = _PHASE_AFTER.match(masked, end) if m.group(1) == "项目" and specific else None
        if phase:  # 某产业园PPP项目|三期|开工奠基: the phase the text builds is in the name
            end, name = phase.end(1), name + phase.group(1)
        hits.append(ProjectHit(start, end, name, specific, boundary))
    return sorted(hits + _named_without_suffix(text, hits, known, anchored_starts), key=lambda h: h.start)


# a phase after 项目 that the sentence goes on about (…项目三期开工奠基, …项目三期是…, …项目三期，…)
_PHASE_AFTER = re.compile(r"([一二三四五六七八九十]期)(?=开工|奠基|是|[，,。；;])")
_COUNT_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)个[\u4e00-\u9fff]{0,2}$")
_FIRM_AND = re.compile(
    r"(?:有限公司|有限责任公司|公司|集团)(?:及|投资(?!建设|兴建))"
)  # …公司投资|陵县旅游开发项目
_ITEM = r"[^，。；：:、—\-！？,;]{3,45}"
_INVESTS_IN_A_PLACE = re.compile(r"在([\u4e00-\u9fff]{2,4}?)(?:投资|兴建)(?!集团|有限|公司)")
_LIST_VERBS = (
    "参加",
    "出席",
    "包括",
    "考察",
    "察看",
    "调研",
    "走访",
    "参观",
    "来到",
    "走进",
    "深入",
    "先后到",
    "相继到",
    "一行到",
    "深入到",
    "分别是",
    "分别为",
    "引进",
    "引入",
    "签约",
    "签约了",
    "新签约",
    "新开工",
    "落地",
    "洽谈",
    "共有",
    "抓好",  # 强力抓好|旺旺新工业园、…等重点工程
    "推进",
)


def _titled(name: str) -> bool:
    """A post title inside (县政协主席林某等县领导参加…): the text names a person, not a project."""
    from .people import titles_re  # noqa: PLC0415 - people reads companies, which reads this module

    return bool(titles_re().search(name))


# A、B、C等24个项目 / …等重点项目: the items of a list closed by a count of projects are projects
_PROJECT_LIST = re.compile(
    # 就A项目、B、C、D四个重大项目: the count may close the list without 等
    rf"((?:{_ITEM}、\s*)+{_ITEM})(?:等(?!领域|行业|方面)|(?<![\d等的一二两三四五六七八九十])(?=(?:\d+|[一二两三四五六七八九十]+)个(?:重点|重大)?项目))"
    rf"(?:[^，。；]{{0,40}}?的)?"
    # …等在内的百余项重大招商、建设项目: a count in hundreds, and kinds joined by 、
    rf"(?:(?:(?:\d+|[一二两三四五六七八九十]+|[一二两三四五六七八九十]?[百千](?:余|多)?)(?:个|项|批)[\u4e00-\u9fff]{{0,6}}?(?:、[\u4e00-\u9fff]{{2,4}})?"
    rf"|(?:重点|重大)(?:产业|工业)?|产业性|产业类"
    # 引入A基地、B物流园等物流项目: the trade of the projects listed
    rf"|物流|制造业?|工业|能源|新能源|服务业|文旅|旅游|农业|商贸|基础设施|民生|城建|城市建设|交通|水利"
    rf"|续建|在建|储备)项目"  # A、B工程、C等续建项目: projects at a stage, named
    # 强力抓好A新工业园、B、C等重点工程推进工作: works a list names are projects too
    rf"|(?:重点|重大)工程"
    # 深入到A、B、C等项目现场: the sites a visit goes to
    rf"|项目(?=(?:建设)?(?:现场|工地))"
    # 到A、B、C等项目进行实地调研: the projects a visit looks at
    rf"|项目(?=(?:进行|开展)?了?(?:实地|现场)?(?:调研|考察|观摩|察看|视察|参观))"
    # 签约了总投资6.3亿元的A、总投资2亿元的B等项目；, …等项目28个, …等在谈项目: a list whose closer says
    # less names its projects only when its items carry their figures (总投资…的), read below
    rf"|(?P<weak>项目(?=[，。；;,]|$)|[\u4e00-\u9fff]{{0,4}}?项目(?:(?:\d+|[一二两三四五六七八九十]+)[个项])?))"
)


def _count_fits(text: str, m: re.Match[str]) -> bool:
    """A、B、C、D四个重大项目: a list closed by its count alone (no 等) counts exactly its items (not 晶科项目
    定制厂房、2座变电站和供水工程|三个项目, whose items hide a third)."""
    if text.startswith("等", m.end(1)):
        return True
    count = re.match(r"(\d+|[一二两三四五六七八九十])个", text[m.end(1) :])
    if not count:
        return True
    return small_count(count.group(1)) == len(m.group(1).split("、"))


def _names_projects(m: re.Match[str]) -> bool:
    """涵盖人才房、养老服务等项目 lists kinds; 总投资2亿元的A、…等项目 names projects, with their figures: a list
    closed by a weak closer names projects only when its items carry their figures."""
    # …深圳某信5万吨致密刚玉及1万吨蓝刚玉、…等项目已建成投产: items with their capacities name projects too
    items = m.group(1).split("、")
    return (
        m.group("weak") is None
        or "投资" in m.group(1)
        or CAPACITY.search(m.group(1)) is not None
        # 中石化综合能源站、…研发生产基地等氢能系列项目: every item a thing built, named by who builds it
        or all(_BUILT_NOUN.search(it) and (has_proper_marker(it) or _has_proper_token(it)) for it in items)
    )


_BUILT_NOUN = re.compile(r"(?:基地|产业园|医院|能源站|中心|工厂|小镇|总部|项目|[一二三四五六七八九十]期)$")


# 先后来到A、B，C、D等9个项目现场: the places a visit goes to, written before a comma inside its list
_VISIT_OPENING = re.compile(r"(?:来到|走进|深入到|深入|前往|到)(?!.*(?:来到|走进|深入|前往|到))")
# …项目14个，包括A、B、C等 / 重点项目包括A（一期）、B等: what a count or class of projects includes
# an item of what a count includes may join two places by a dash (大唐某热电厂——三星热源厂供热管网工程)
_INCLUDED_ITEM = r"(?:[^，。；：:、—\-！？,;]|——(?=[\u4e00-\u9fff])){3,45}"
_INCLUDED = re.compile(
    rf"(?:项目|工程)(?P<count>(?:\d+|[一二两三四五六七八九十]+)[个项])?(?:中)?[，,]?\s*"
    # 竣工项目3个，总投资8.7亿元，分别是：…: a clause of their total between the count and the list
    rf"(?:(?<=[个项][，,])[^，。；,]{{2,20}}[，,]\s*)?"
    # 5个台资项目备受关注，包括…: what is said of the projects between them and their list
    rf"(?:(?:备受关注|成功签约|集中签约|集中开工|顺利开工|正式落地)[，,]\s*)?"
    rf"(?:主要)?(?:包括|包含|有|分别是|分别为)[:：]?\s*"
    rf"(?P<items>(?:{_INCLUDED_ITEM}、\s*)*{_INCLUDED_ITEM})(?=等(?!领域|产业|行业|方面|类|多)|[，,；;。]|$)"
)
_BUILDS_QUOTED = re.compile(r"(?:建设|投资|兴建|打造|引进|签约)的?$")
_MOSTLY_PROJECTS = re.compile(rf"((?:{_ITEM}、\s*)+{_ITEM})等(?=[，。；,;]|$)")
# …，还有华胜智能家电及电木产品等10个增资扩产项目，强力电器项目等7个三旧改造项目: one item named for a count
_ONE_ITEM_COUNTED = re.compile(
    rf"(?:^|[，,；;：:]\s*)(?:还有|另有|包括|其中)?(?P<item>{_ITEM})等(?:\d+|[一二两三四五六七八九十]+)个"
    rf"[\u4e00-\u9fff]{{0,6}}?项目"
)


def _one_named_item(item: str) -> bool:
    """华某智能家电及电木产品: a name alone, not a clause (先后有总投资12亿元的某某, 下半年仍有某某)."""
    return not re.search(r"[、的有是为\d]", item)


_COUNT_THEN_ITEMS = re.compile(
    rf"(?P<n>\d+|[一二两三四五六七八九十]+)个[：:]\s*(?P<items>(?:{_ITEM}、\s*)+{_ITEM})(?=[；;。]|$)"
)
# X是…的重点项目: the subject of such a sentence is a project
_IS_A_PROJECT = re.compile(
    rf"(?:^|[，。；：:]\s*)({_ITEM})是[^，。；]{{0,30}}?(?:(?:重点|重大|骨干|龙头)(?:项目|工程)|(?:项目|工程)之一)"
)
_BUILT_THING = re.compile(
    r"[^，。；、：:！？“”（）()]{2,16}?"
    r"(?:产业园|产业基地|基地|小镇|科技城|产业城|创新谷|智谷|数据中心|研发中心|物流中心|物流园|总部)(?![\u4e00-\u9fff])"
)
_COMPANY_END = ("公司", "集团", "企业", "厂")
BARE_ZONE_SITE = re.compile(r"(?:开发区|高新区|经开区|园区|集中区|集聚区|示范区|新区|工业区|投资区)$")
# X产业园，由A、B共同投资建设: what the clause says companies build is a project
# 某胜丰智能终端制造产业园占地319亩，…: a park opening its sentence with its own land or money is a project
_MEASURED_SUBJECT = re.compile(
    r"^([^，。；、：:！？“”（）(),\s]{4,16}?(?:产业园|产业基地|科技城|产业城|创新谷|智谷))"
    r"(?:项目)?(?:总)?(?:占地|用地|投资|计划投资)(?:面积)?(?:约|近|超)?\d"
)
_BUILT_BY_SUBJECT = re.compile(
    r"(?:^|[，。；：:,\s]\s*)([^，。；、：:！？“”（）(),\s]{2,24}?(?:产业园|产业基地|基地|小镇|科技城|产业城|创新谷|智谷))"
    # …产业园位于某路口东南侧，由某公司建设: where it lies may come between the park and who builds it
    r"(?:位于[^，。；]{2,30}?)?[，,]?(?:是|系)?由[^，。；]{2,80}?(?:投资|出资|建设|兴建|打造|开发)"
)
# 近日，香港某阳控股集团新能源科技园落地宛城区: a firm's park that lands in a place is a project
_LANDS_SUBJECT = re.compile(
    r"(?:^|[，。；：:,\s]\s*)([^，。；、：:！？“”（）(),\s]{4,24}?(?:有限公司|集团|股份)"
    r"[^，。；、：:！？“”（）(),\s]{2,12}?(?:产业园|科技园|产业基地|基地|科技城|产业城))"
    r"(?:项目)?(?:正式|成功)?(?:落地|落户|签约落户|入驻)"
)
# 某产业园在某工业集中区开工建设: a park a sentence opens with and builds in a zone is a project
_BUILT_IN_ZONE_SUBJECT = re.compile(
    r"(?:^|[，。；：:,\s]\s*)([^，。；、：:！？“”（）(),\s]{4,24}?(?:产业园|产业基地|基地|科技城|产业城))"
    r"(?:项目)?在(?P<site>[^，。；]{2,30}?)(?:开工建设|开工|奠基|动工|落成|竣工|投产)"
)


def _has_proper_token(name: str) -> bool:
    """中科院|能源大数据, 华为|数据中心: a known organisation or person name inside."""
    return any(len(w) >= 2 and f in ("nt", "nz", "nr", "ns", "j") for w, f in pos_tags(name))


def _listable(core: str) -> bool:
    """A list item that may be a project's name: not a kind, a count or a phrase led by a verb."""
    return not (
        core in _GENERIC_HEADS
        or (_CATEGORY.search(core) and not industry_suffix(core))  # 马来|硅业 is a firm's name, 农业 a kind
        or _COUNTED.search(core)
        or _starts_with_verb(core)
        or len(core) < 3
    )


def _named_without_suffix(
    text: str, hits: list[ProjectHit], known: set[str], anchored: set[int] = frozenset()
) -> list[ProjectHit]:
    """Named projects that do not end in 项目: items of a list of projects, subjects of …是重点项目, and
    what an investor builds (投资建设|山西汉云谷产业园)."""
    out: list[ProjectHit] = []
    taken = [(h.start, h.end) for h in hits]

    def add(start: int, name: str, listed: bool = False, subject: bool = False) -> None:
        lead = len(name) - len(name.lstrip(" \u3000"))
        start, name = start + lead, name.strip(" \u3000")
        # …县领导分别参加|顶辉新材料、…: the first item starts after the verb that leads the list
        cut = max((name.rfind(v) + len(v) for v in _LIST_VERBS if v in name), default=0)
        sited = _INVESTS_IN_A_PLACE.search(name)
        if sited and place_at(name, sited.start(1)) and len(name) - sited.end() >= 4:
            cut = max(
                cut, sited.end()
            )  # 该公司在汉寿投资|西洞庭湿地生态旅游开发、…: what it invests in a place
        if not cut and not subject:  # a sentence's subject (达胜丰…产业园占地…) has no verb before it
            cut = _verb_phrase_before(name)  # 已成功推荐|御捷新能源汽车、…: the verb that leads the list
        if cut and name.startswith("了", cut) and len(name) - cut > 3:
            cut += 1  # 引进了|晶某洋、…: the verb's particle
        if not cut and not subject and name.startswith("有") and len(name) > 4 and word_freq(name[:2]) == 0:
            cut = 1  # 7月21日，有|海某生物、…等6个项目集中开工: the verb that says there are some
        start, name = start + cut, name[cut:]
        lead = TIME_LEAD.match(name)  # 投资8亿元|界首市出口企业培育基地: the figure before the name
        figured = False
        if lead and lead.end() and len(name) - lead.end() >= 2:
            figured = "元" in lead.group(0)
            start, name = start + lead.end(), name[lead.end() :]
        if name.startswith(("与", "同")) and len(name) > 3:
            return  # 与某协会、某中心、某公司等在A、B等项目签约: the parties before the items
        if re.search(r"[（(](?:以下简称|下称|简称)", name):
            return  # 某试验区|(以下简称“试验区”)规划展示馆: the zone's short name declared, then a thing of it
        inner = re.search(r"(?:有限公司|有限责任公司|集团)(?=[\u4e00-\u9fff])", name)
        if _titled(name) or (inner and (_starts_with_verb(name[inner.end() :]) or inner.start() > 8)):
            return  # a person's title or a company doing something: a clause (人本集团|轴承系列 is a name)
        # 陆港产业园（一期…）等: the name without its aside
        name = re.sub(r"[（(][^（()）]*[)）]$", "", name.removesuffix("等"))
        end = start + len(name)
        if (
            (
                name.endswith(_COMPANY_END) and not (listed and name.endswith("工厂"))
            )  # 某某绿色低碳工厂 is built
            or name.endswith(("项目", "工程"))
            or name.startswith(("该", "这", "此"))
        ):
            return
        if any(s < end and start < e for s, e in taken):
            return
        if len(name) < 4 or name in known:
            return  # 瑞狮科技、…等14个项目现场: a firm named for its site is the firm
        if not (
            listed  # a list that says it holds projects names them, proper part or not
            or re.search(r"[\dA-Za-z]", name)
            or has_proper_marker(name)
            or _has_proper_token(name)
            or any(k in name for k in known if len(k) >= 2)
        ):
            return  # a kind of thing (再生资源利用), not a named project
        # in a list that says it holds projects only a verb opens a phrase (新建厂房); 高新|新罗酒店 is a name
        if (_CATEGORY.search(name) and not industry_suffix(name)) or _starts_with_verb(
            name, ("v",) if listed else _LEADING_FLAGS
        ):
            return
        if name.startswith(_WORKS):
            return  # 包括新建标准化厂房、购置生产设备: what a project does, not a project
        if _COUNTED.search(name):
            return  # 包含开工项目16只、竣工项目15只: projects counted, none named
        # an item with its own figure (总投资20.8亿元的|夏能科技…) is named as firmly as one ending in 项目
        out.append(ProjectHit(start, end, name, True, "figured" if figured else "list"))
        taken.append((start, end))

    for m in _PROJECT_LIST.finditer(text):
        if not _names_projects(m) or not _count_fits(text, m):
            continue
        for at, item in _before_the_comma(text, m.start(1)):
            add(at, item, listed=True)
        pairs, at = [], m.start(1)
        for item in m.group(1).split("、"):
            pairs.append((at, item))
            at += len(item) + 1
        at, last = pairs[-1]
        if "以及" in last:  # …、瀛洲公园以及泾高城市通道等: the last two items joined by 以及
            k = last.index("以及")
            pairs[-1:] = [(at, last[:k]), (at + k + 2, last[k + 2 :])]
        for at, item in pairs:
            # 人民电器智能制造产业园、…等项目现场: a park or a phase in a list of projects is one of them
            add(at, item, listed=item.rstrip("等").endswith((*_PARK_WORDS, "园", "期")))
    for m in _INCLUDED.finditer(text):
        items = m.group("items").split("、")
        if re.search(r"的(?:\d+|[一二两三四五六七八九十]+)[个项]", items[-1]):
            continue  # 项目，有完善城市功能、提升城市品质的37个基础设施项目: what a count of projects does
        items[-1] = re.sub(r"等[\u4e00-\u9fff]{0,8}?(?:项目|工程)$", "", items[-1])  # 包括A、B等项目: B
        if len(items) < 2 and not (items[0].endswith("等") or text.startswith("等", m.end("items"))):
            continue  # 项目有X: one item and no 等 is a clause, not a list
        at = m.start("items")
        for item in items:
            add(at, item, listed=True)
            at += len(item) + 1
    for m in _MOSTLY_PROJECTS.finditer(text) if "、" in text and "等" in text else ():
        # 签约A·B数智港、C扩产项目、D算力中心项目等: the items beside those named as projects are projects too
        items = m.group(1).split("、")
        named = [it for it in items if it.rstrip().endswith(("项目", "工程"))]
        if len(named) >= 2 and 2 * len(named) >= len(items):
            at = m.start(1)
            for item in items:
                if item not in named:
                    add(at, item, listed=True)
                at += len(item) + 1
    for m in _ONE_ITEM_COUNTED.finditer(text) if "等" in text else ():
        if _one_named_item(m.group("item")):
            add(m.start("item"), m.group("item"), listed=True)
    for m in _COUNT_THEN_ITEMS.finditer(text) if "个：" in text or "个:" in text else ():
        # 12个项目集中开工，其中经开区本部6个：A、B、C、D、E、F；…: the items a count of projects names
        items = m.group("items").split("、")
        # (a clause after ；, a sentence of its own here: 临空经济区3个：… goes on counting by its parks)
        parks = re.search(r"(?:区|园|本部)$", text[: m.start()])
        if ("项目" in text[: m.start()] or parks) and small_count(m.group("n")) == len(items):
            at = m.start("items")
            for item in items:
                add(at, item, listed=True)
                at += len(item) + 1
    for m in _IS_A_PROJECT.finditer(text):
        add(m.start(1), m.group(1))
    for pos in sorted(anchored):
        m = _BUILT_THING.match(text, pos)
        if m:
            add(pos, m.group(0))
    for m in _BUILT_BY_SUBJECT.finditer(text):
        add(m.start(1), m.group(1), listed=True)  # who builds it makes a descriptive name concrete
    for m in _MEASURED_SUBJECT.finditer(text):
        add(m.start(1), m.group(1), subject=True)
    for m in _LANDS_SUBJECT.finditer(text):
        add(m.start(1), m.group(1), listed=True)
    for m in _BUILT_IN_ZONE_SUBJECT.finditer(text):
        if BARE_ZONE_SITE.search(m.group("site")):
            add(m.start(1), m.group(1), subject=True)
    return out


_ZONE_SUFFIXES = (
    *_ZONE_ENDS,
    "经济开发区",
    "经济技术开发区",
    "新区",
    "园区",
)  # what a zone's name goes on with
# what a plant makes, written right after the firm that builds it (隆某|年产15GW…, 高照新能源|2GW…)
CAPACITY = re.compile(r"年产|年处理|年加工|年回收|[\d.]+\s*万?(?:吨|台|套|辆|片|平方米|GW|MW)")
_BRAND_BEFORE_CAPACITY = re.compile(rf"([\u4e00-\u9fff]{{2,6}}?)(?={CAPACITY.pattern})")
_FIRM_BEFORE_CAPACITY = re.compile(r"([\u4e00-\u9fff]{5,12}?)(?=年产|年处理|年加工)")
# 合肥常青股份|汽车板材加工生产: a listed company named by its short form with 股份
_SHARES_PREFIX = re.compile(r"[\u4e00-\u9fff]{2,8}?股份(?!有限|公司|制|合作)")


def _before_the_comma(text: str, start: int) -> list[tuple[int, str]]:
    """先后来到A、B，|C、D等9个项目现场: the items of a visit's list written before a comma inside it, each
    with its offset, when the clause before the comma is the visit's verb and those items alone."""
    if not text[:start].endswith(("，", ",")):
        return []
    left = max(text.rfind(c, 0, start - 1) for c in "。；;：:，,") + 1
    visit = _VISIT_OPENING.search(text, left, start - 1)
    if visit is None:
        return []
    out, at = [], visit.end()
    for item in text[visit.end() : start - 1].split("、"):
        if not re.fullmatch(_ITEM, item):
            return []
        out.append((at, item))
        at += len(item) + 1
    return out


def investor_prefix(name: str, known_companies: list[str], guess: bool = True) -> str | None:
    """The investor's name that opens a project name: a known company's short form, possibly after a place
    (临汾|运达…), or a brand that ends in an industry word and has a proper part (新绛县|高义钢铁|高速棒材…,
    中煤大同能源|集中供热…). A word with neither is a kind of project, not an investor (战新产业, 维保机器人)."""
    from .companies import place_prefix, short_forms

    core = re.sub(r"(?:工程)?(?:建设)?(?:项目|工程)$", "", name)
    place = place_prefix(core)
    bodies = [core] + ([core[len(place) :].lstrip("市县区")] if place else [])
    in_zone = _ZONE_PREFIX.sub(
        "", core
    )  # 交城经济开发区|华庆新材料科技有限公司…: the zone before the investor
    if in_zone != core:
        bodies.append(in_zone)
    forms = sorted({f for c in known_companies for f in short_forms(c)}, key=len, reverse=True)
    for body in bodies:
        for form in forms:
            if body.startswith(form) and (len(body) >= len(form) + 2 or body == form):
                if body.startswith(_ZONE_SUFFIXES, len(form)):
                    continue  # 鲁西|新区临港…: a body named after its zone, the zone opening the name
                return form  # 振华油脂|项目: a project named after the company alone is its own
    after_zone = _ZONE_PREFIX.sub("", core)
    firm = _FIRM_BEFORE_CAPACITY.match(after_zone)
    firm_place = place_prefix(firm.group(1)) if firm else None
    if firm and firm_place:
        rest = firm.group(1)[len(firm_place) :]
        # 江苏某旺食品|年产5000吨…: a place, a brand and its trade, then what it makes
        if has_proper_marker(rest) and (industry_suffix(rest) or len(rest) >= 4):
            return firm.group(1)
    cap = _BRAND_BEFORE_CAPACITY.match(after_zone)
    trade = industry_suffix(cap.group(1)) if cap else None
    if cap and trade and len(cap.group(1)) - len(trade) >= 2 and not place_prefix(cap.group(1)):
        return cap.group(1)  # 海螺水泥|年产350万㎡…: a name and its trade, then what it makes
    if (
        cap
        and word_freq(cap.group(1)) == 0
        and has_proper_marker(cap.group(1))
        and not place_prefix(cap.group(1))
    ):
        return cap.group(1)  # 隆基|年产15GW高效单晶电池: a brand no dictionary knows, then what it makes
    first = pos_tags(after_zone)[0] if after_zone else ("", "")
    if (
        len(first[0]) >= 3
        and first[1] in ("nr", "nz")
        and not place_prefix(first[0])
        and not first[0].endswith(("区", "县", "市", "省", "园"))
        and not (len(first[0]) == 4 and min(word_freq(first[0][:2]), word_freq(first[0][2:])) >= 1000)
        # 锂电池|材料: a product jieba tags as a name is a trade, not a brand (one character before its trade)
        and len(first[0]) - len(industry_suffix(first[0]) or "") >= 2
    ):  # 智能|家居, tagged as a name by jieba, is two common words
        rest = after_zone[len(first[0]) :]
        if (
            len(first[0]) == 3
            and len(rest) > 3
            and "\u4e00" <= rest[0] <= "\u9fff"  # not 富士康|（晋城）: an aside, no part of the name
            and (place_prefix(rest[1:]) or rest[1:].startswith(_REGION_WORDS))
            and word_freq(first[0] + rest[0]) == 0
        ):
            return first[0] + rest[0]  # 康斯坦普|中国制造基地: a name jieba cut one character short
        return first[0]  # 比亚迪|立体交通…产业园: a brand jieba knows as one proper word
    shares = _SHARES_PREFIX.match(after_zone)
    if shares and len(after_zone) > shares.end() + 1 and has_proper_marker(shares.group(0)[:-2]):
        return shares.group(0)
    if not guess:
        return None
    if coined_name(after_zone):
        return after_zone  # 东方雨虹|项目, 临汾经开区|中联恒创|项目: a project named after its investor alone
    brand = _brand(bodies[-1])
    if brand is None and place:
        rest = core[len(place) :]
        word = industry_prefix(rest)
        head = place + (word or "")
        after = core[len(head) :]
        if (
            word
            and len(after) >= 2
            and not place.endswith(_LEVELS)  # 陵县|旅游|开发项目: the county's trade, no firm
            and any(after.startswith(d) for d in lexicon().descriptors)
            and not after.startswith(_PARK_WORDS)  # 祁县|电商|产业园: a place's park, not a company
        ):
            return head  # 运城制版|新建…: a place and an industry word name a company too
    guessed = brand or brand_alone(bodies[-1])
    if guessed and guessed.startswith(_SITE_WORDS):
        return None  # 临港|智能制造产业园: where a park lies, not who invests in it
    if guessed and re.fullmatch(
        r"[\u4e00-\u9fff]{1,3}[县市区旗]", guessed[: len(guessed) - len(industry_suffix(guessed) or "")]
    ):
        return None  # 陵县|旅游|开发项目: a county's trade (a county since renamed, unknown to the gazetteer)
    if guessed and industry_suffix(guessed) == guessed:
        # 长春|化工…项目: a trade alone is no firm; with the city written before it, the city's firm of that
        # trade is (长春化工), but not with a county's level (陵县旅游)
        named = place and core.startswith(place + guessed) and not place.endswith(_LEVELS)
        return place + guessed if named else None
    if guessed and guessed.upper() in _TECH_ACRONYMS:
        return None  # EMS|智能制造生产基地: a technique's abbreviation, not a brand
    if guessed and re.search(r"(?:度假|景|片|园|新|开发)区|园$", guessed):
        return None  # 七彩太行冰雪旅游度假区|云上…, 清华科技园|二期: an area the project lies in, not a firm
    return guessed


# a place written with its level (陵县, 长春市): what follows is that place's, not a firm's brand
_LEVELS = ("县", "市", "区", "省")
_SITE_WORDS = ("临港", "临空", "空港", "滨海", "沿江", "沿海", "保税")
# what a foreign firm's plant is named for: 某某中国制造基地, 亚太总部
_REGION_WORDS = ("中国", "全球", "亚太", "亚洲", "华东", "华南", "华北", "华中", "西南", "西北", "东北")
# abbreviations of techniques and products that open projects' names as Latin brands do (TCL, BOE)
_TECH_ACRONYMS = frozenset(
    "EMS SMT LED OLED MINILED PCB FPC PPP EPC BIM IDC MEMS IGBT MLCC LCD TFT CNC PVC ALC AI IT IC VR AR ERP "
    "EVA PET BOPP SIC GAN RFID GPS UAV".split()
)


def brand_alone(body: str) -> str | None:
    """恒一锂能|项目: a proper part and an industry word, nothing after them, name the investor alone."""
    word = industry_suffix(body)
    if not word or not re.fullmatch(r"[\u4e00-\u9fff]{4,8}", body) or len(body) - len(word) not in (2, 3):
        return None
    proper = body[: -len(word)]
    if len(body) - len(word) not in _word_ends(body) or _ends_in_common_noun(proper) or _minor_place(body):
        return None
    tags = pos_tags(proper)
    if proper.endswith(("式", "型", "性", "化")) or (len(tags) == 1 and tags[0][1] not in PROPER_FLAGS):
        return None  # 分散式|风电, 智能|装备: a kind of thing or a word jieba knows, not a coined brand
    if has_proper_marker(proper) and not _a_place(proper):
        return body
    return None


def _a_place(proper: str) -> bool:
    """山西, 雄安地区(制鞋): a place the gazetteer knows or an area named in it, no brand of an industry."""
    return (
        place_ending_at(proper, len(proper)) == proper
        or re.search(r"..(?:地区|新区|片区)", proper) is not None
    )


def coined_name(core: str) -> bool:
    """A four-character brand: a word and a pair jieba cannot join (东方|雨虹, 中联|恒创), with no industry,
    product or place word: what such a name can only be is a company's."""
    from .companies import place_prefix

    if len(core) != 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", core) or place_prefix(core):
        return False
    tags = pos_tags(core)
    if len(tags) != 3 or len(tags[0][0]) != 2 or word_freq(core[2:]) > 0:
        return False
    lex = lexicon()
    return not (industry_suffix(core) or industry_prefix(core) or tags[0][0] in lex.descriptors)


def _brand(body: str) -> str | None:
    """The shortest opening of `body` that is a brand: a proper part with an industry word (高义|钢铁) or a
    proper name right before a descriptor (奥泰|大型…, 世纪华泽|新建…)."""
    descriptors = lexicon().descriptors
    for end in range(2, min(len(body) - 2, 12) + 1):
        head, rest = body[:end], body[end:]
        if re.search(r"[\d（(]", head):
            return None
        if rest[:1] in "（(" and has_proper_marker(head):
            return head  # 富士康（晋城）…: the brand ends before the bracket
        word = industry_suffix(head)
        before_descriptor = any(rest.startswith(d) for d in descriptors)
        if word and len(head) - len(word) >= 2:
            if end not in _word_ends(body):
                continue  # 高登|新材|料…: the industry word is the start of a longer word (新材料)
            proper = head[: -len(word)]
            if _ends_in_common_noun(proper):
                continue  # 万龙|金刚石|精密…: a product between the name and the industry word
        elif before_descriptor and end <= 6:  # 阻燃抗静电专用管道|研发: a product, not a brand, is this long
            proper = head
            usage = head[:-2]
            if head.endswith("用") and len(usage) >= 3 and word_freq(head[-2:]) > 0 and starts_proper(usage):
                return usage  # 慕某尔|车用|精密钢管: what the product is for opens the description
        else:
            continue
        ok = has_proper_marker(proper) or (before_descriptor and end == len(proper) and _one_noun(head))
        if ok and not _minor_place(head) and not _a_place(proper):
            return head
        if before_descriptor:
            return None  # the brand ends before the first descriptor or not at all
    return None


def _word_ends(text: str) -> set[int]:
    """Where jieba's dictionary ends a word in the text."""
    ends, at = set(), 0
    for w, _f in pos_tags(text):
        at = text.find(w, at) + len(w)
        ends.add(at)
    return ends


def _ends_in_common_noun(proper: str) -> bool:
    """A proper part of two or more words whose last is an everyday noun (万龙|金刚石): a name and a product."""
    tags = pos_tags(proper)
    if len(tags) < 2:
        return False
    word, flag = tags[-1]
    return len(word) >= 2 and flag == "n" and not is_rare(word) and word_freq(word) >= 200


def starts_proper(name: str) -> bool:
    """A brand opens with its proper name (奥泰|大型, 山西|新能汇通, 东方雨虹), not with a common word
    (智能|洗肺机, 文化|旅游康养, 南京|机器人): after a place, the first word is rare or unknown to jieba."""
    from .companies import place_prefix

    place = place_prefix(name)
    rest = name[len(place) :] if place and len(name) > len(place) else name
    tags = pos_tags(rest)
    if not tags:
        return False
    word, flag = tags[0]
    if len(word) == 1:
        # a run of single characters, or one before a name jieba guessed (阿|特斯): an unknown word
        return len(tags) > 1 and (len(tags[1][0]) == 1 or tags[1][1] in ("nr", "nrt", "nz"))
    return is_rare(word) or flag in ("nr", "nz", "j", "nt")


def _one_noun(word: str) -> bool:
    """大运 in 大运|高端…: a known noun used as a brand, not a generic head such as 重点."""
    tags = pos_tags(word)
    return len(tags) == 1 and tags[0][1] in ("n", "nz", "nr", "ns", "j") and word not in _GENERIC_HEADS
