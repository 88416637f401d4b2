"""Companies and other organisations: full legal names, listed names with a stock code, and short names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .lexicon import (
    PROPER_FLAGS,
    _words,
    industry_prefix,
    industry_suffix,
    is_rare,
    lexicon,
    pos_tags,
    segmenter,
    word_freq,
)
from .spans import scan_left, strip_leading
from .zones import place_ending_at

ORG_SUFFIXES = (
    "协会",
    "商会",
    "学会",
    "联合会",
    "促进会",
    "研究院",
    "研究所",
    "职业技术学院",
    "学院",
    "大学",
)
_GENERIC_CORES = {
    "上市",
    "子",
    "母",
    "分",
    "总",
    "本",
    "该",
    "全资",
    "控股",
    "参股",
    "国有",
    "民营",
    "外资",
    "合资",
    "平台",
    "一家",
    "多家",
    "相关",
    "有关",
    "各",
    "企业",
    "这家",
    "两家",
    "国企",
    "央企",
    "龙头",
    "链主",
    "投资",
    "建设",
    "运营",
    "管理",
    "服务",
    "发展",
    "贸易",
    "科技",
    "实业",
    "省属",
    "市属",
    "区属",
    "县属",
    "国资",
    "民企",
    "外企",
    "同类",
    "此类",
    # trades that name a kind of company (监理公司, 物业公司), not one
    "监理",
    "物业",
    "保洁",
    "安保",
    "经纪",
    "勘察",
    "快递",
    "供热",
    "供水",
    "供电",
    "环卫",
    "城投",
    "施工",
}
_STOCK = re.compile(r"([\u4e00-\u9fff]{2,8})[(（](\d{6})(?:\.(?:SH|SZ|BJ))?[)）]")


@dataclass(frozen=True)
class OrgHit:
    start: int
    end: int
    name: str
    kind: str  # Company | Organization
    stock: str | None = None


@cache
def _suffix_re() -> re.Pattern[str]:
    sufs = sorted(set(lexicon().company_suffixes) | set(ORG_SUFFIXES), key=len, reverse=True)
    # 集团化 and 集团军 are no company; 有限公司军民融合… is one followed by its project
    # 公司家 (a page's word for 企业家) is people, not a company
    # 达刚控股|智慧运维驾驶舱: a brand with 控股 is a holding company's name, unless a legal form follows
    holding = r"|控股(?![^，。、；：,;:\s]{0,10}?(?:集团|有限|公司|股份|企业)|[的了（(]|权|比例|地位|经营)"
    # 细分行业: 分行 and 银行 go on into 行业
    return re.compile(
        "(" + "|".join(map(re.escape, sufs)) + holding + r")(?![化家])(?<!集团(?=军))(?<!行(?=业))"
    )


_LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司", "公司")


@cache
def org_boundaries() -> tuple[str, ...]:
    """Boundary words before an organisation's name: fewer than before a project (投资, 建设, 管理 and
    服务 are common inside company names)."""
    words = set(_words("org_boundaries.txt"))
    return tuple(sorted(words, key=len, reverse=True))


def legal_base(name: str) -> str:
    """百泰生物药业有限公司 → 百泰生物药业; 双良集团有限公司 → 双良集团 (the group stays a group)."""
    if name.endswith("分公司"):
        return name  # a branch keeps its whole name
    for suf in _LEGAL_FORMS:
        if name.endswith(suf) and len(name) > len(suf) + 1:
            return name[: -len(suf)]
    return name


def core_of(name: str) -> str:
    base = legal_base(name)
    for suf in ("集团", "公司", *ORG_SUFFIXES):
        if base.endswith(suf) and len(base) > len(suf):
            return base[: -len(suf)]
    return base


_GENERIC_TOKENS = {
    "国有",
    "独资",
    "全资",
    "控股",
    "上市",
    "民营",
    "龙头",
    "骨干",
    "重点",
    "优质",
    "知名",
    "大型",
    "中小",
    "小型",
    "规上",
    "外资",
    "合资",
    "一批",
    "相关",
    "有关",
    "下属",
    "旗下",
    "所属",
    "该",
    "本",
    "子",
    "最大",
    "多家",
    "一家",
    "这家",
    "企业",
    "平台",
    "国企",
    "央企",
}


def is_specific_name(core: str) -> bool:
    """A name core that names something: a proper-name marker, a short brand jieba knows as a name (美的,
    奇瑞) or cannot join (中|煤, 同|煤), or four or more non-generic characters."""
    if has_proper_marker(core) or short_brand(core):
        return True
    if len(core) < 4 or core in _GENERIC_CORES:
        return False
    toks = [t for t in segmenter().lcut(core, HMM=False) if t.strip()]
    return not all(t in _GENERIC_TOKENS for t in toks)


_RARE_BRAND_WORD = 300  # jieba frequency: 汾酒 79, 信义 110, 申能 82 against 跨国 322, 商贸 658, 龙头 1430


def short_brand(core: str) -> bool:
    """A two- or three-character brand: a name jieba knows (美的, 奇瑞), a rare dictionary word (汾酒), or
    characters it cannot join (中|煤); never a kind (龙头, 监理)."""
    if (
        not 2 <= len(core) <= 3
        or core in _GENERIC_CORES
        or core in _GENERIC_TOKENS
        or word_freq(core) >= 1000
    ):
        return False
    tags = pos_tags(core)
    if len(tags) == 1:
        # a rare dictionary word used as a brand (汾酒集团, 信义集团, 格力公司); common ones are kinds (龙头集团)
        return tags[0][1] in ("nr", "nz", "nt", "j") or (
            tags[0][1] in ("n", "v", "vn", "nrt") and word_freq(core) < _RARE_BRAND_WORD
        )
    return all(len(w) == 1 for w, _f in tags) and not any(w in _GENERIC_CORES for w, _f in tags)


def has_proper_marker(core: str) -> bool:
    """A rare token, a run of unjoinable characters, a place, a Latin word or a digit."""
    if not core or core in _GENERIC_CORES or len(core) < 2:
        return False
    if re.search(r"[A-Za-z0-9]", core):
        return True
    seg = segmenter()
    toks = [t for t in seg.lcut(core, HMM=False) if t.strip()]
    for t in toks:
        if len(t) >= 2 and is_rare(t) and t not in lexicon().industry_words:
            return True
    # runs of single characters that jieba could not join are unknown words (奥泰 → 奥/泰), unless each is
    # a function word in its own right (又|有, 并|将)
    singles = 0
    function, particle = True, False
    for t, flag in pos_tags(core):
        if len(t) == 1:
            singles += 1
            function = function and flag in _FUNCTION_WORDS
            particle = particle or flag in _PARTICLES
        else:
            singles, function, particle = 0, True, False
        if singles >= 2 and not (function and particle):  # 联|安 (two verbs) is a name, 又|有 is not
            return True
    # a place name inside (运城制版, 山西同治实业)
    for end in range(2, len(core) + 1):
        if place_ending_at(core, end):
            return True
    return False


def _titled_name_before(text: str, at: int, title_ends: set[int]) -> bool:
    """书记刘子清|与华为…: a person's name right after a title stands before the soft word at `at`."""
    surnames = lexicon().surnames
    return any(at - n in title_ends and text[at - n] in surnames for n in (2, 3, 4))


_PARTICLES = {"d", "c", "p", "u", "uj", "ul", "r"}  # adverbs, conjunctions, prepositions, particles, pronouns
_FUNCTION_WORDS = {"d", "c", "p", "u", "uj", "ul", "r", "v", "y", "e", "t", "ad"}  # not q, m: 尊|特 is a name
_PROPER_FLAGS = PROPER_FLAGS | {"j"}  # and abbreviations (中电, 晋能)
_FUNCTION_FLAGS = ("v", "d", "c", "p", "t", "r", "ad")
# one-character words that end a phrase before a name (jieba's tags of single characters are unreliable)
_FUNCTION_CHARS = set("的了而摄与和及在向把被从对给让使并且又还也即是为由")
_ORDINALS = set("一二三四五六七八九十")  # list markers (二河南中联…) only where a list item can start
_QUANTIFIERS = (
    "一些",
    "一批",
    "多家",
    "部分",
    "若干",
    "众多",
    "诸多",
    "各类",
    "各家",
    "这些",
    "那些",
    "其他",
    "其它",
    "数家",
    "几家",
    "唯一",  # 唯一一家航空业公司
)
_ITEM_START = set("。；;：:！？!? \n\t\u3000")  # not after 、 or ，: 、九园瀚思… is a name


def verb_boundary(text: str, start: int, end: int) -> int:
    """Where a name that ends at `end` really starts: after the last verb, adverb, conjunction, preposition,
    numeral or time word that stands left of its proper part (先后深入|华兆东南…, 而|紫光, 抓紧研究制定|同煤).

    Verbs right of the proper part belong to the name (…绿色建筑集成有限公司, …再生物资回收有限公司)."""
    toks, at = [], start
    for word, flag in pos_tags(text[start:end]):
        at = text.index(word, at)
        toks.append((at, at + len(word), word, flag))
        at += len(word)
    industry = lexicon().industry_words
    proper = False
    depth = 0  # inside brackets: (山西) after a name is a qualifier, not its proper part
    singles = 0
    right = ""  # the word right of this one
    for s, e, word, flag in reversed(toks):
        joined = word[-1:] + right  # 利|创新|能源: 新 and 能源 make 新能源, the verb is a cut of the name
        right = word
        if word in ")）":
            depth += 1
        elif word in "(（":
            depth = max(0, depth - 1)
        if depth or word in "(（":
            continue
        is_place = place_ending_at(word, len(word)) == word
        if len(word) == 1:
            function = word in _FUNCTION_CHARS or (
                word in _ORDINALS and (s == 0 or text[s - 1] in _ITEM_START)
            )
        else:
            function = flag.startswith(_FUNCTION_FLAGS) and word_freq(word) >= 200 and joined not in industry
        if proper and function and not is_place and word not in industry:
            return e
        singles = singles + 1 if len(word) == 1 and not function else 0
        if flag in _PROPER_FLAGS or is_place or is_rare(word) or singles >= 2:
            proper = True
    return start


def find_orgs(text: str, titles_re: re.Pattern[str], stops: tuple[int, ...] = ()) -> list[OrgHit]:
    """Organisations named with a legal suffix (有限公司, 集团) or an institutional one (协会, 学院).

    `stops` are ends of names found before (zones): an organisation's name never reaches across them."""
    hits: list[OrgHit] = []
    title_ends = {m.end() for m in titles_re.finditer(text)}
    # where any zone's suffix ends, a zone the rules did not name included (东流工业集中区|安徽某公司)
    from .zones import _suffix_re as zone_suffix_re

    suffix_ends = {z.end() for z in zone_suffix_re().finditer(text)}
    last_end = 0
    for m in _suffix_re().finditer(text):
        suffix = m.group(1)
        end = m.end()
        if text[end : end + 1] in ("）", ")"):
            continue  # 上海微电子装备（集团）股份有限公司: the legal form after the brackets ends the name
        # a zone's name ends the company's when a proper name follows it (…开发区|山西晋煜泰新材料有限公司), not
        # when the company is named after the zone (临汾经济开发区招商引资服务有限公司)
        zone_ends = {
            e
            for e in (*stops, *suffix_ends)
            if e < m.start() and has_proper_marker(core_of(text[e : m.end()]))
        }

        def specific(s: str, at: int) -> bool:
            return (
                has_proper_marker(core_of(s))
                or (is_specific_name(core_of(s)) and _titled_name_before(text, at, title_ends))
                # 海门工业园区|与|中铁物流集团: a zone signing with a firm, no firm of the zone's name
                or ((at in stops or text.endswith(_ZONE_WORDS, 0, at)) and is_specific_name(core_of(s)))
            )

        start = scan_left(
            text,
            m.start(),
            limit=30,
            hard_stops=tuple(title_ends | zone_ends | {last_end}),
            specific=specific,
            words=org_boundaries(),
            joined_ok=True,  # 华为 is a name, not 华 + 为
        )
        start = verb_boundary(text, start, m.start())
        after = hits[-1] if hits and hits[-1].end == start else None  # a name that ends where this starts
        if (
            after is None
            and hits
            and hits[-1].name.endswith("集团")
            and text[hits[-1].end : start] in _NAME_VERBS
            # (美某控股集团联合|台湾某扬半导体…有限公司: a firm named with its own place joins the group)
            and not (len(core_of(text[start:end])) >= 6 and has_proper_marker(core_of(text[start:end])))
        ):
            after = hits[-1]  # 中国平煤神马集团|联合|盐化有限公司: the group's subsidiary, 联合 in its name
        subsidiary = after and (
            (after.name.endswith("集团") and suffix != "集团")
            or (after.name.endswith("银行") and suffix in ("分行", "支行"))  # 中国银行|赣州市分行
        )
        institute = after and after.kind == "Organization" and text.startswith(("股份有限", "有限"), start)
        if after and (suffix == "分公司" or subsidiary or institute):
            # 中国汽车工程研究院|股份有限公司: an institute that is a company by its legal form
            # 亚宝药业集团|芮城分公司, 莲花健康产业集团|食品(项城)有限公司: named after the parent group
            prev = hits.pop()
            start, name = prev.start, prev.name + text[prev.end : end]
            hits.append(OrgHit(start, end, name, "Company"))
            last_end = end
            continue
        if text[max(0, start - 2) : start] in _NAME_VERBS and not is_specific_name(core_of(text[start:end])):
            # 中电光谷|联合|控股集团有限公司: a verb that is also a word of names, when what follows names nothing
            wider = scan_left(
                text,
                start - 2,
                limit=28,
                hard_stops=tuple(title_ends | zone_ends | {last_end}),
                specific=specific,
                words=org_boundaries(),
                joined_ok=True,
            )
            head = strip_leading(text[wider : start - 2], wider)[0]
            if has_proper_marker(head) and place_ending_at(head, len(head)) != head:
                start = wider
        name, start = strip_leading(text[start:end], start)
        if len(name) - len(suffix) < 2 or name.startswith(_QUANTIFIERS):
            continue  # 一些高端印刷有限公司, 多家科技公司: some companies of a kind, none named
        core = core_of(name)
        if not is_specific_name(core) or not _could_be_a_name(core):
            continue
        kind = "Organization" if suffix in ORG_SUFFIXES else "Company"
        if kind == "Organization" and text.startswith(("项目", "工程", "建设项目"), end):
            continue  # 产业基地及中央研究院|项目: the institute is what the project builds, not who acts
        # a longer hit that contains this one wins (集团 inside 集团有限公司 is matched once by the regex)
        hits.append(OrgHit(start, end, name, kind))
        last_end = end
    for m in _STOCK.finditer(text):
        start = scan_left(text, m.end(1), limit=10)
        name, start = strip_leading(text[start : m.end(1)], start)
        if len(name) >= 2 and not any(h.start <= start < h.end for h in hits):
            hits.append(OrgHit(start, m.end(1), name, "Company", m.group(2)))
    return sorted(hits, key=lambda h: h.start)


# …等18家企业, 2家企业, 等知名企业: what closes a list of companies
_COMPANY_LIST_END = re.compile(
    r"(?:等\s*)?(?:\d+|[一二两三四五六七八九十]+)\s*[家户][\u4e00-\u9fff、]{0,8}?(?:企业|公司|投资商|客商|厂商)"
    r"|等(?:知名|龙头|重点|骨干|优强|头部|行业|国内外|入驻|入园|入区|规上|规模以上|领军|跨国|外资|世界500强|500强"
    r"|岛内|台资|港资|民营|国有|优质){0,2}"
    r"[\u4e00-\u9fff]{0,2}(?:企业|公司|集团)(?!和项目)"  # 等台资机械企业: and the trade they share
    # 中国化学、龙净环保等一批世界500强企业
    r"|等(?:一批|一大批|多家|众多|诸多)[\u4e00-\u9fff\d]{0,8}?(?:企业|公司|集团)"
    # 包括A、B、C，均为动力电池配套企业: the clause after the list says what its items are
    r"|[，,]\s*(?:均|都|皆|全部|全)(?:为|是|系|属)[\u4e00-\u9fff]{0,10}?(?:企业|公司)"
)
# 瑞狮科技、兴信玩具等14个在建项目现场, 五得利面粉、云翔化工等企业和项目现场: sites visited, named by their
# firms; only the items that end in an industry word are read as companies
_SITE_LIST_END = re.compile(
    r"等(?:(?:\d+|[一二两三四五六七八九十]+)个)?[\u4e00-\u9fff]{0,8}?(?:企业和项目|项目)(?:建设)?(?:现场|工地)"
    # 一洋制药、道爵电动汽车等项目单位: the firms that carry the projects
    r"|等(?:(?:\d+|[一二两三四五六七八九十]+)[个家])?(?:重点|重大)?项目单位"
    # 来到A、B及C建设现场, 到A、B、C调研: the places a visit goes to, named by their firms
    r"|(?<=[\u4e00-\u9fff])(?:建设现场|生产现场|(?=(?:进行了?(?:实地)?)?(?:调研|考察|参观|察看|视察)))"
    r"|等地(?![\u4e00-\u9fff])"  # 先后来到A、B、C等地: the places of a visit
)

# 泰嘉光电、正威国际等多个百亿级项目: projects named by the firms that invest in them (coined brands alone)
_PROJECT_COUNT_END = re.compile(
    r"等(?:多个|(?:\d+|[一二两三四五六七八九十]+)个)[\u4e00-\u9fff]{0,6}?项目"
    # 签约联创制药、三江生物等项目29个; 继嘉辉印染、金三顺纺织等项目开工建设之后
    r"|等项目(?:(?:\d+|[一二两三四五六七八九十]+)个|(?=[^，。；]{0,6}?(?:开工|建设|落地|签约|投产|竣工)))"
    r"|等(?:一批)?(?:重大|重点|大|新上|新建|在建|续建)项目"
    r"|等一批[\u4e00-\u9fff]{0,12}?项目"  # 阿某斯、苏某维格等一批来自苏州的高质量产业项目
)

# a government (市政府投资中心) or a count (60余家公司) is no company's name; nor is a formula (产业+平台+公司)
_GOVERNMENT = re.compile(r"^(?:[省市县区镇乡]|[\u4e00-\u9fff]{2,4}[省市县区])?(?:人民)?政府")
_PUBLIC_BODY = re.compile(  # 县委, 市人大, 县政协, 区纪委: bodies of the party and the state, named alone
    r"(?:[省市县区镇乡]|[\u4e00-\u9fff]{2,4}[省市县区])(?:委|党委|人大|人大常委会|政协|纪委|监委)"
)
_COUNTED = re.compile(r"(?:\d+|[一二两三四五六七八九十百几数多]+)余?家$")


_PREPOSITIONS = set("对向为给把将被")
_ZONE_WORDS = ("开发区", "经开区", "高新区", "园区", "新区", "综保区", "保税区", "管委会")
_NAME_VERBS = ("联合", "携手", "工程", "项目")  # words before a company that may be words of its name


_ZONES_KIND_OF_FIRM = re.compile(r"(?:产业园区|园区|开发区|高新区|经开区|[区市县]属)[\u4e00-\u9fff]{0,6}$")
_KIND_OF_FIRM = re.compile(r"^(?:现代化?|大型|特大型|国有|民营|综合性?|跨国|知名|龙头|骨干)+")


def _could_be_a_name(core: str) -> bool:
    return not (
        _GOVERNMENT.match(core)
        or _PUBLIC_BODY.fullmatch(core)
        or _COUNTED.search(core)
        or re.search(r"[+＋=]", core)
        or re.fullmatch(r"[\u4e00-\u9fff]*型", core)  # 科技型公司, 大型科技产业型公司: a kind of company
        or re.match(r"[省市县区]直", core)  # 区直各部集团公司: the bodies under a district
        or (core.endswith("平台") and not _named_platform(core[:-2]))
        # 现代大型民营企业|集团, 现代化国有新能源|集团: a kind of enterprise, no proper part
        or (core.endswith("企业") and not has_proper_marker(core[:-2]))
        or (
            _KIND_OF_FIRM.match(core) is not None
            and not has_proper_marker(_KIND_OF_FIRM.sub("", core))
            # 现代|汽车集团: a brand of that word before its trade (现代化国有…, 现代大型… stay kinds)
            and not (_KIND_OF_FIRM.match(core).group(0) == "现代" and industry_prefix(core[2:]))
        )
        # 区属国企、产业园区运营公司: a zone's kind of firm, no firm named
        or (_ZONES_KIND_OF_FIRM.match(core) is not None and not has_proper_marker(core))
    )


def _named_platform(head: str) -> bool:
    """要做强园区|平台公司, 经开区|平台公司: a zone's platform company is a kind, unless a name stands before
    平台 (no verb, no zone or place word closing it)."""
    if not head or head.endswith(("园区", "开发区", "经开区", "高新区", "新区", "集中区")):
        return False
    if place_ending_at(head, len(head)) == head or any(f.startswith("v") for _w, f in pos_tags(head)):
        return False
    return has_proper_marker(head)


def find_listed(text: str, hits: list[OrgHit], titles: re.Pattern[str] | None = None) -> list[OrgHit]:
    """Brands named in a list of companies without a legal suffix (上海申能、香港冠域集团和…等18家企业,
    美的厨卫、美智空调2家企业): the list is the clause before a count or 等企业 that closes it, split at 、
    and at the conjunction before its last item; each item must still be a specific name."""
    out: list[OrgHit] = []
    taken = [(h.start, h.end) for h in hits]
    # what closes the list says what its items are: firms, sites named by their firms, or projects named so
    closers = [(c, "firms") for c in _COMPANY_LIST_END.finditer(text)]
    closers += [(c, "sites") for c in _SITE_LIST_END.finditer(text)]
    closers += [(c, "brands") for c in _PROJECT_COUNT_END.finditer(text)]
    for close, kind in closers:
        end = close.start()
        if re.match(r"一+家", close.group(0)) or text[max(0, close.start() - 1) : close.start()] == "唯":
            continue  # 唯一一家航空业公司: one firm described, not a list counted
        if end and text[end - 1] in _PREPOSITIONS:
            continue  # 县委、县政府对四家企业的入驻…: the count is a preposition's object, the list its subject
        if end and text[end - 1] == "有":
            continue  # 此次签约的某产业园项目有|56家企业: what has the firms, no firm of the list
        if not text.startswith("等", end) and re.search(r"[与同跟对向][\u4e00-\u9fff]{1,3}$", text[:end]):
            continue  # 区政府、某开发区与国内|20家知名企业签约: the count is the object of the list's verb
        left = max([text.rfind(c, 0, end) for c in "，,。；;：:（(“"] + [end - 120]) + 1
        pieces, at = [], left
        for piece in text[left:end].split("、"):
            pieces.append((at, piece))
            at += len(piece) + 1
        if not pieces:
            continue
        if titles is not None and titles.match(pieces[0][1].strip()):
            # 县领导甲、乙、丙及A集团、B科技等10家企业负责人: the people end at the conjunction
            joined = next((k for k, (_a, p) in enumerate(pieces) if re.search(r"[和及与]", p)), None)
            if joined is not None:
                at, piece = pieces[joined]
                conj = re.search(r"[和及与]", piece).end()
                pieces = [(at + conj, piece[conj:])] + pieces[joined + 1 :]
        for k, (at_k, piece) in enumerate(pieces[:-1]):
            if "以及" in piece:  # 西安软件园、创业园中心以及|某光科技、…等企业: the firms follow 以及
                cut = piece.rindex("以及") + 2
                pieces[k] = (at_k + cut, piece[cut:])
                del pieces[:k]
                break
        at, last = pieces[-1]
        conj = max(last.rfind(c) for c in "和及与")
        if 0 < conj < len(last) - 1:  # …、品和: a name that ends in 和 is no conjunction
            pieces[-1:] = [(at, last[:conj]), (at + conj + 1, last[conj + 1 :])]
        visited = [
            k
            for k, (_a, p) in enumerate(pieces)
            if k and any(0 <= p.find(v) < len(p) - len(v) - 1 for v in (*_VISIT_VERBS, "对"))
        ]
        if visited:  # 杨某、杭某一行来到|中健医疗、晶洋实业等企业: the list starts after the visit's verb
            pieces = pieces[visited[-1] :]
        at, first = pieces[0]
        visiting = any(v in first for v in _VISIT_VERBS)  # 深入到|和信、…等企业
        leads = _LIST_LEADS + (_VISIT_LEADS if kind != "firms" or visited or visiting else ())
        lead = max(first.rfind(w) + len(w) if first.rfind(w) >= 0 else 0 for w in leads)
        if len(first) - lead < 2:
            # 深入到|和信: the last lead that leaves a name of two characters, where one does (和 opens it)
            lead = max(
                (first.rfind(w) + len(w) for w in leads if 0 <= first.rfind(w) <= len(first) - len(w) - 2),
                default=lead,
            )
        if lead and first.startswith("了", lead) and len(first) - lead > 3:
            lead += 1  # 引进了|晶某洋、…: the verb's particle
        lead = verb_boundary(text, at + lead, at + len(first)) - at  # 今年还将退出|新金山、…
        zone = re.match(
            r"(?:[县市区]?(?:经济技术开发区|经济开发区|经开区|开发区|高新区|工业园区|园区|新区)|我区|区内)"
            r"(?=[\u4e00-\u9fff]{3})",
            first[lead:],
        )
        if zone:
            lead += zone.end()  # 考察了经开区|海某中科等企业: where the firm is, then the firm
        pieces[0] = (at + lead, first[lead:])
        items = [(at, at + len(piece), piece) for at, piece in pieces if piece]
        if kind == "sites":  # a firm's short name: a few characters ending in an industry word, not a phrase
            items = [
                (s, e, it)
                for s, e, it in items
                if industry_suffix(it.strip())
                and re.fullmatch(r"[\u4e00-\u9fff]{4,10}", it.strip())
                and not re.search(r"以及|的|开展|进行|建设$", it)
                and not re.match(r"(?:经开区|开发区|高新区|园区|新区)", it.strip())  # 到经开区开展投资考察
            ]
        if kind == "brands":
            from .projects import TIME_LEAD, brand_alone  # noqa: PLC0415 - projects reads this module

            # 总投资50亿元的A、30亿元的B等重大项目: each item without the figure before it
            leads = [len(TIME_LEAD.match(it).group(0)) for _s, _e, it in items]
            items = [(s + n, e, it[n:]) for (s, e, it), n in zip(items, leads, strict=True)]
            # 江苏宏昌天马物流装备: the brand after its place
            items = [
                (s, e, it) for s, e, it in items if _listed_brand(without_place(it.strip()), brand_alone)
            ]
        out.extend(_listed_items(items, taken))
        taken.extend((h.start, h.end) for h in out)
    return out


def _coined_brand(body: str) -> bool:
    """芯视元, 聚芯|珠海 on a list closed by projects: characters no word joins (a coined name), alone or
    before the city the firm sits in."""
    place = place_ending_at(body, len(body))
    head = body[: -len(place)] if place and len(body) - len(place) >= 2 else body
    return (
        re.fullmatch(r"[\u4e00-\u9fff]{2,4}", head) is not None
        and (len(head) >= 3 or head != body)
        and word_freq(head) == 0
        # 芯|视|元, 阿|特斯 (a name jieba guesses), 苏|大维|格 (a rare word): nothing a dictionary knows well
        and all(len(w) == 1 or word_freq(w) < 50 or f.startswith("nr") for w, f in pos_tags(head))
        and place_ending_at(head, len(head)) is None
    )


def _listed_brand(body: str, brand_alone) -> bool:  # noqa: ANN001 - projects.brand_alone, read late
    """巨力|管业, 宏昌天马物流|装备 on a list closed by projects: a name and a trade, the name no place and no
    common word (a firm's project named by the firm)."""
    if body.endswith(("建设", "技改", "改造", "扩建")):
        return False  # 玖和机械制造厂区建设: a work being built, the project itself
    if brand_alone(body) or _coined_brand(body):
        return True
    word = industry_suffix(body)
    proper = body[: -len(word)] if word else ""
    return (
        2 <= len(proper) <= 6
        and re.fullmatch(r"[\u4e00-\u9fff]+", proper) is not None
        and (has_proper_marker(proper) or word_freq(proper) < 100)
        and place_ending_at(proper, len(proper)) != proper
        and proper not in _GENERIC_CORES
        and not re.search(r"[院所局校委]", proper)  # 中科院|能源大数据: an institute's project, not a firm
    )


_NOT_A_COMPANY = (
    "园",  # 科技园, 产业园: a park
    "企业",
    "单位",
    "机构",
    "项目",
    "开发区",
    "园区",
    "基地",
    "政府",
    "管委会",
    "部门",
    "产业",
    "行业",
)
_LIST_LEADS = (
    *(
        "与",
        "和",
        "同",
        "及",
        "对",
        "向",
        "包括",
        "有",
        "是",
        "是继",
        "如",
        "像",
        "引进",
        "引入",
        "签约",
        "吸引",
        "推动",  # 继续加快推动|富兴鞋材、…等项目二期工程建设
        "推进",
        "入驻",  # 目前已入驻|南某水泥、…等10家企业
        "落户",
    ),
    *("考察了", "参观了", "走访了", "调研了", "察看了", "视察了", "实地考察", "实地察看", "走访"),
)
_VISIT_VERBS = ("来到", "走进", "深入", "走访")
_VISIT_LEADS = (*_VISIT_VERBS, "到")  # what opens the list of places a visit goes to
_VISIT_ENDS = ("考察", "调研", "参观", "拜访", "洽谈", "对接", "座谈")  # a visit's verb before what it sees


# 该项目由华某国际和无限航空共同投资: who invests, named by their brands
_INVESTED_BY = re.compile(r"由([^，。；由]{2,40}?)(?:共同|联合|合作|携手)(?:投资|出资)")


def find_investing_brands(text: str, hits: list[OrgHit]) -> list[OrgHit]:
    """The firms a clause says invest together (由A和B共同投资), named by brands without a legal form."""
    out: list[OrgHit] = []
    taken = [(h.start, h.end) for h in hits]
    for m in _INVESTED_BY.finditer(text):
        at = m.start(1)
        for piece in re.split(r"([、和与及])", m.group(1)):
            start, end = at, at + len(piece)
            at = end
            if piece in "、和与及" or any(s < end and start < e for s, e in taken):
                continue
            core = core_of(piece)
            if not (
                2 <= len(piece) <= 12
                and re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", piece)
                and is_specific_name(core)
                and _could_be_a_name(core)
                and place_prefix(piece) != piece
                and not re.search(r"[区县市省委局府办]$", piece)
            ):
                continue
            out.append(OrgHit(start, end, piece, "Company"))
    return out


# what a company does as the subject of a clause in news of a zone's firms: 奇瑞汽车连续19年位居…, 长信科技成为…
_FIRM_PREDICATE = re.compile(
    r"连续|位居|位列|成为|入围|入选|荣获|获评|被评为|跻身|揭榜|获批|获得|实现|完成|产销两旺|满负荷|开足马力"
)


def find_subject_brands(text: str, hits: list[OrgHit]) -> list[OrgHit]:
    """Brands that open a clause as its subject, each a proper name and an industry word (奇瑞汽车, 长信科技,
    神剑新材料和鑫科铜业入围…): the subjects of firms' achievements, named without a legal suffix."""
    out: list[OrgHit] = []
    taken = [(h.start, h.end) for h in hits]
    for verb in _FIRM_PREDICATE.finditer(text):
        left = max(text.rfind(c, 0, verb.start()) for c in "，,。；;：:！？\n") + 1
        subject = text[left : verb.start()]
        if not subject or len(subject) > 24:
            continue
        at = left
        for item in re.split(r"(、|和|与|及)", subject):
            if item in ("、", "和", "与", "及"):
                at += len(item)
                continue
            start, end = at, at + len(item)
            at = end
            word = industry_suffix(item)
            proper = item[: -len(word)] if word else ""
            if not word or not 2 <= len(proper) <= 4 or any(s < end and start < e for s, e in taken):
                continue
            if place_prefix(proper) == proper or proper in _GENERIC_CORES or proper in _GENERIC_TOKENS:
                continue
            if has_proper_marker(proper) or short_brand(proper):
                out.append(OrgHit(start, end, item, "Company"))
    return out


_FIRMS_STAGE = re.compile(r"(?:建成|投产|开工|签约|落户|入驻|入园|在建|竣工|新增|新引进|引进|达产)+")


def _listed_items(items: list[tuple[int, int, str]], taken: list[tuple[int, int]]) -> list[OrgHit]:
    from .people import titles_re  # noqa: PLC0415 - people reads this module

    out = []
    for start, end, item in items:
        if any(s < end and start < e for s, e in taken):
            continue
        if titles_re().search(item) or item.endswith((*_VISIT_LEADS, *_VISIT_ENDS)):
            continue  # 高新区党工委委员、…, 姚主任深入|两家企业, 赴苏州工业园区考察|三家企业: a person or a visit
        item, start = strip_leading(item.strip(), start + len(item) - len(item.lstrip()))
        latin = re.fullmatch(r"(?=.*[A-Z])[A-Z0-9]{2,6}", item) is not None  # LG, 3M: a brand in capitals
        if not latin and (not (3 <= len(item) <= 12 or short_brand(item)) or re.search(r"\d", item)):
            continue
        if item.startswith(_QUANTIFIERS) or item.endswith(_NOT_A_COMPANY):
            continue
        if all(f.startswith("v") for _w, f in pos_tags(item)) or _FIRMS_STAGE.fullmatch(item):
            continue  # 入园企业93家、|建成投产|74家: what a count of firms did, no firm
        if place_prefix(item) == item:
            continue
        if is_specific_name(core_of(item)) and not _GENERIC_TOKENS.issuperset(pos_word(item)):
            out.append(OrgHit(start, end, item, "Company"))
    return out


def pos_word(name: str) -> set[str]:
    return {w for w, _f in pos_tags(name)}


def find_known(text: str, names: set[str]) -> list[tuple[int, int, str]]:
    """Occurrences of already-known names (longest first, no overlaps)."""
    found: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for n in sorted(names, key=len, reverse=True):
        if not n:
            continue
        start = text.find(n)
        while start >= 0:
            end = start + len(n)
            if taken.isdisjoint(range(start, end)):
                found.append((start, end, n))
                taken.update(range(start, end))
            start = text.find(n, end)
    return sorted(found)


@lru_cache(maxsize=16384)
def short_forms(name: str) -> tuple[str, ...]:
    """Shorter names a company goes by, longest first: 河南中原光电科技股份有限公司 → 河南中原光电科技,
    中原光电科技, 中原光电; 华为技术有限公司 → 华为技术, 华为. Cached: every sentence asks again."""
    out: list[str] = []
    for form in (legal_base(name), without_place(legal_base(name))):
        while len(form) >= 2 and form not in out:
            out.append(form)
            tail = industry_suffix(form)
            if not tail or len(form) - len(tail) < 2:
                break
            form = form[: -len(tail)]
    return tuple(out)


def without_place(name: str) -> str:
    """河南中原光电科技 → 中原光电科技: companies are named without their province or city too."""
    p = place_prefix(name)
    if p and len(name) - len(p) >= 2:
        rest = name[len(p) :]
        return rest[1:] if rest[:1] in ("省", "市") and len(rest) > 3 else rest
    return name


def place_prefix(name: str) -> str | None:
    for end in range(len(name), 1, -1):
        p = place_ending_at(name, end)
        if p and end == len(p):
            return p
    return None
