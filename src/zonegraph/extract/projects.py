"""Investment projects: named …项目 / …工程, their investor's short name, and what is not a project
(aggregates such as 12个项目, categories such as 重点项目 or 等合作项目)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .companies import has_proper_marker
from .lexicon import is_rare, lexicon, segmenter
from .spans import scan_left, strip_leading
from .zones import place_ending_at

_SUFFIX = re.compile(r"(项目|工程)(?![部组办区库群包])")
_AGGREGATE_BEFORE = re.compile(r"(\d+|[一二两三四五六七八九十百几多]+)(个|批|项|大)$")
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
)
_VISIT = ("走进", "来到", "调研了", "实地调研", "察看", "视察", "参观", "考察")


@dataclass(frozen=True)
class ProjectHit:
    start: int
    end: int
    name: str
    specific: bool
    boundary: str | None = None


def is_specific_project(name: str, known: set[str]) -> bool:
    """A named project: it names an investor, a place, a zone or a quantity, not only a kind of project."""
    core = re.sub(r"(项目|工程)$", "", name)
    if not core:
        return False
    if any(h in core for h in ("重点项目", "季度", "年度", "一批")) or core in _GENERIC_HEADS:
        return False
    if core.endswith("等") or len(core) < 3:
        return False
    if re.search(r"\d", core) or re.search(r"[A-Za-z]{2,}", core):
        return True
    if len(core) <= 5 and _ends_with_verb(core):
        return False
    if any(k in core for k in known if len(k) >= 2):
        return True
    for end in range(2, len(core) + 1):
        p = place_ending_at(core, end)
        if p and p not in ("中国",):
            return True
    return has_proper_marker(core)


def _minor_place(name: str) -> bool:
    """A town or township name (with or without an industry word after it): 风陵渡, 风陵渡光伏."""
    places = lexicon().gazetteer.townships
    if name in places:
        return True
    return any(
        name.startswith(p) and name[len(p) :] in lexicon().industry_words for p in places if len(p) >= 2
    )


def is_kind_of_project(name: str) -> bool:
    """重点项目, 一批…项目, 第二季度…项目: words for kinds or groups of projects, whatever stands around them."""
    core = re.sub(r"(项目|工程)$", "", name)
    return core in _GENERIC_HEADS or any(h in core for h in ("重点项目", "季度", "年度", "一批"))


ANAPHORS = ("该公司", "该企业", "该集团", "公司", "企业")
CONNECTORS = re.compile(r"(?:的|用于建设|用于|建设|新建|实施|打造|兴建|布局)")
_INVEST_LEAD = ("将", "拟", "计划", "预计", "追加", "累计", "共", "总", "计划总")


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
    if len(name) < 2 or "项目" in name or re.search(r"\d", name):
        return None
    if any(name.endswith(s) for s in lexicon().zone_types) or name.endswith(("管委会", "政府", "开发区")):
        return None
    from .companies import core_of

    suffixes = (*lexicon().company_suffixes, *lexicon().industry_words)
    if has_proper_marker(core_of(name)) or name.endswith(suffixes):
        return name, start
    return None


def _next_is_verb(rest: str) -> bool:
    import jieba.posseg as pseg  # noqa: PLC0415

    segmenter()
    words = [w for w in pseg.cut(rest[:6], HMM=False) if w.word.strip()]
    return bool(words) and words[0].flag == "v" and words[0].word not in lexicon().descriptors


def _ends_with_verb(core: str) -> bool:
    """大抓项目, 扭住项目: a verb right before 项目 makes a phrase, not a name."""
    import jieba.posseg as pseg  # noqa: PLC0415 - loaded with jieba, once

    segmenter()
    words = list(pseg.cut(core, HMM=False))
    return bool(words) and words[-1].flag in ("v", "vd", "ad", "d") and len(words[-1].word) <= 2


def _category_item(text: str, end: int) -> bool:
    """X项目、Y项目、Z等项目: the items of a list that ends in 等 are kinds of project."""
    rest = text[end : end + 60]
    m = re.match(r"^((?:、[^，。；、]{1,20})+)等", rest)
    return bool(m)


def find_projects(text: str, known: set[str], anchored_starts: set[int]) -> list[ProjectHit]:
    """Project mentions in one sentence. `anchored_starts` are positions right after 总投资X亿元的."""
    hits: list[ProjectHit] = []
    masked = re.sub(r"《[^》]*》", lambda m: "《" + "〇" * (len(m.group(0)) - 2) + "》", text)
    prev_end = 0
    for m in _SUFFIX.finditer(masked):
        end = m.end()
        anchored = [s for s in anchored_starts if prev_end <= s < m.start()]
        if anchored:
            start = max(anchored)
            boundary = "的"
        else:
            start = scan_left(
                masked,
                m.start(),
                limit=45,
                hard_stops=(prev_end,),
                specific=lambda s, _at: is_specific_project(s, known),
            )
            boundary = None
            for w in _VISIT:
                if masked[:start].endswith(w):
                    boundary = w
        prev_end = end
        name, start = strip_leading(text[start:end], start)
        if "〇" in masked[start:end]:
            continue
        core = name[: -len(m.group(1))]
        if len(core) < 2:
            continue
        if _AGGREGATE_BEFORE.search(masked[:start]) or re.match(r"^(\d+|[一二两三四五六七八九十]+)个", name):
            continue
        if re.search(r"(\d+|[两三四五六七八九十]+)个$", core):
            continue
        specific = is_specific_project(name, known)
        # X项目、Y项目等: kinds of project, unless the items are named ones (富士康…项目、泰森…项目等一批项目)
        if _category_item(masked, end) and not (
            re.search(r"[\dA-Za-z]", core) or investor_prefix(name, sorted(known))
        ):
            continue
        if masked[:start].endswith("等"):
            continue
        if (
            not specific
            and boundary in _VISIT
            and not any(core.startswith(h) or h in core for h in _GENERIC_HEADS)
        ):
            specific = True  # a project whose site is visited is a concrete one (走进一道新能源项目建设工地)
        hits.append(ProjectHit(start, end, name, specific, boundary))
    return hits


def investor_prefix(name: str, known_companies: list[str]) -> str | None:
    """The investor's short name that opens a project name (大运|高端智能…, 桦惠建材|新建…)."""
    from .companies import short_forms

    forms = sorted({f for c in known_companies for f in short_forms(c)}, key=len, reverse=True)
    for form in forms:
        if name.startswith(form) and len(name) > len(form) + 2:
            return form
    core = re.sub(r"(项目|工程)$", "", name)
    lex = lexicon()
    seg = segmenter()
    toks = [t for t in seg.lcut(core) if t.strip()]
    if not toks:
        return None
    i = 0
    brand: list[str] = []
    proper = False
    while i < len(toks):
        t = toks[i]
        if t in lex.descriptors or re.match(r"\d", t):
            break
        if place_ending_at(t, len(t)) == t and not brand:
            brand.append(t)
            i += 1
            continue
        rare = is_rare(t) and t not in lex.industry_words
        nxt_rare = i + 1 < len(toks) and is_rare(toks[i + 1]) and toks[i + 1] not in lex.descriptors
        in_run = len(t) == 1 and brand and len(brand[-1]) == 1 and proper
        if rare or in_run or (len(t) == 1 and i + 1 < len(toks) and len(toks[i + 1]) == 1):
            brand.append(t)
            proper = True
            i += 1
            continue
        if nxt_rare and len(brand) <= 1 and t not in lex.industry_words:
            brand.append(t)
            i += 1
            continue
        if i == 0 and len(toks) > 1 and toks[1] in lex.descriptors and len(t) >= 2:
            brand.append(t)  # a known word used as a brand right before a descriptor: 大运|高端
            proper = True
            i += 1
        break
    if i < len(toks) and toks[i] in lex.industry_words and brand:
        brand.append(toks[i])
        proper = proper or len(brand) >= 2
    name_ = re.sub(r"[（(][^）)]*$", "", "".join(brand))  # 富士康（晋城…: the brand ends before the bracket
    if not proper or len(name_) < 2 or name_ == core:
        return None
    if _next_is_verb(core[len(name_) :]):
        return None  # 绿氢|制备…: a thing being made, not who makes it
    if place_ending_at(name_, len(name_)) == name_ or _minor_place(name_):
        return None  # 风陵渡光伏电站项目: a place, not an investor
    return name_
