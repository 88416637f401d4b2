"""Finding where a name starts: scan left from a suffix until a boundary word or punctuation."""

from __future__ import annotations

import re
from functools import cache

from .lexicon import lexicon, word_freq

HAN = re.compile(r"[\u4e00-\u9fff]")
# 新建 3D 智能…, ledD 光电…, 年产 3000台: a space between Latin or digits and Chinese inside one name
_SPACE_IN_A_NAME = re.compile(r"[A-Za-z0-9] [\u4e00-\u9fff]|[\u4e00-\u9fff] [A-Za-z0-9]")
_STOP_CHARS = set("，。、；：！？,;:!?“”‘’\"'《》〈〉【】[]「」『』—…·\n\t \u3000")
SOFT = ("和", "与", "及", "并")
LEADING = ("暨", *SOFT)
# what follows 工程 or 项目 inside an organisation's name
_INSIDE_AN_ORG = (
    "研究院",
    "研究所",
    "研究中心",
    "技术",
    "咨询",
    "设计",
    "管理",
    "有限",
    "股份",
    "集团",
    "公司",
    "学院",
)


@cache
def _index(words: tuple[str, ...]) -> tuple[frozenset[str], tuple[int, ...]]:
    return frozenset(words), tuple(sorted({len(w) for w in words}, reverse=True))


def boundary_ending_at(
    text: str, pos: int, extra: tuple[str, ...] = (), words: tuple[str, ...] | None = None
) -> str | None:
    """A boundary word that ends exactly at pos (的, 了, 走进, 调研 …), longest first."""
    vocab, lengths = _index(extra + (lexicon().boundaries if words is None else words))
    for n in lengths:
        if n <= pos and text[pos - n : pos] in vocab:
            return text[pos - n : pos]
    return None


def scan_left(
    text: str,
    end: int,
    *,
    limit: int = 40,
    allow: str = "()（）",
    hard_stops: tuple[int, ...] = (),
    extra_boundaries: tuple[str, ...] = (),
    specific=None,  # callable(right part, position of the soft word) -> bool, used at soft boundaries
    words: tuple[str, ...] | None = None,  # boundary words; the lexicon's by default
    joined_ok: bool = False,  # a one-character boundary that forms a word with the character before is no boundary
    soft: tuple[str, ...] = SOFT,  # conjunctions that may separate two names
    proper_joined: bool = False,  # a one-character boundary inside a proper name jieba knows (华为) is none
) -> int:
    """The start of a name that ends at `end`.

    Stops at punctuation (parentheses inside names are kept), at any position in hard_stops (the end of a
    previous entity) and at boundary words. At a soft boundary (和, 与, 及, 暨) it stops only if the part to
    its right is already a specific name by itself: 研发和产业化项目 goes on, 政策和煤基固废…项目 stops.
    """
    pos = end
    lowest = max(0, end - limit)
    while pos > lowest:
        if pos in hard_stops:
            break
        ch = text[pos - 1]
        if ch in _STOP_CHARS and ch not in allow and not _SPACE_IN_A_NAME.fullmatch(text[pos - 2 : pos + 1]):
            break
        b = boundary_ending_at(text, pos, extra_boundaries, words)
        if b == "有" and text.startswith(tuple(w[1:] for w in _WORDS_WITH_YOU), pos):
            b = None  # …有限公司, 有机三废, 有色金属: a word that starts with 有, not the verb
        if b and len(b) >= 2 and text.startswith(("区", "中心"), pos) and pos < end:
            b = None  # 园区|启动区|合作项目, 服务中心: a verb that names an area or a centre is a noun
        if (b == "工程" and text.startswith(_INSIDE_AN_ORG, pos)) or (
            b == "项目" and text.startswith(("管理", "咨询"), pos)
        ):
            b = None  # 中国汽车工程|研究院, 某工程|技术有限公司: the word is part of an organisation's name
        if b and not (joined_ok and len(b) == 1 and pos >= 2 and word_freq(text[pos - 2 : pos]) > 0):
            if not (proper_joined and len(b) == 1 and pos >= 2 and _proper_word(text[pos - 2 : pos])):
                break
        if (
            ch in soft
            and pos < end
            and specific is not None
            and not division_at(text, pos - 1)  # 和顺县: the county's first character, not a conjunction
            and specific(text[pos:end], pos - 1)
        ):
            break
        pos -= 1
    return pos


@cache
def _proper_word(word: str) -> bool:
    from .lexicon import PROPER_FLAGS, pos_tags

    tags = pos_tags(word)
    return len(tags) == 1 and tags[0][1] in PROPER_FLAGS | {"nt"}  # and organisations' names


@cache
def _leading_words() -> tuple[str, ...]:
    return LEADING + lexicon().boundaries


def division_at(text: str, i: int = 0) -> str:
    """The full division name that starts at i, the longest, or "" (和顺县: 和 is no conjunction there)."""
    places = lexicon().gazetteer.by_name
    names = (text[i : i + n] for n in (5, 4, 3))
    return next((c for c in names if len(c) >= 3 and c in places and c[-1] in "县市区省"), "")


# one-character verbs that take a firm as object (携, 邀, 赴); inside a name only where no place follows them
_VERB_BEFORE_A_PLACE = set("携邀赴")


def place_at(text: str, i: int) -> bool:
    """A place's name, with or without its level (上海, 孝感市), starts at i."""
    places = lexicon().gazetteer.by_name
    return any(text[i : i + n] in places for n in (2, 3, 4))


_WORDS_WITH_YOU = ("有限", "有机", "有色", "有线")  # words that start with 有, the verb that bounds names


# 世界500强企业|中化…, 民营企业500强|杭萧钢构: a ranking said of a firm, no part of its name
_FIRM_ROLE = re.compile(
    r"^[\u4e00-\u9fff]{0,12}?(?:领军|龙头|骨干|知名|头部|民营|国有|外资|台资|港资|侨资|上市|领先|标杆|链主|配套|重点|优质|入园|入驻|入区|落户)企业"
)
_RANKING = re.compile(r"^(?:世界|全球|中国|国内|全国|民营企业|民营|央企)?\d+强(?:企业)?")


_PARK_BEFORE = re.compile(r"产业园|工业园|科技园|园区|开发区|高新区|经开区|集聚区|集中区")


# 总投资1.02亿元|江苏某凯…有限公司, 下属子公司|卓某智城…: a figure or the firm's relation to another before it
_FIGURE_OR_RELATION = re.compile(r"^(?:[\d.]+[万亿]?(?:美)?元|(?:下属|旗下)?(?:全资|控股)?子公司|旗下)")


def strip_leading(name: str, start: int) -> tuple[str, int]:
    """Drop conjunctions, boundary words and rankings left at the start of a name."""
    ranking = _RANKING.match(name)
    if ranking and len(name) - ranking.end() >= 2:
        name, start = name[ranking.end() :], start + ranking.end()
    # 黄某携|上海某集团…: the verb that brings the firm along; 项目投资企业|江苏某耐…: the role the firm plays
    cut = max(
        (j + 1 for j, ch in enumerate(name[:-4]) if ch in _VERB_BEFORE_A_PLACE and place_at(name, j + 1)),
        default=0,
    )
    name, start = name[cut:], start + cut
    # 新乡氢能产业园|河南某璞…有限公司: the park the firm sits in, then the firm opening with its own place
    park = max((m.end() for m in _PARK_BEFORE.finditer(name[:-4]) if place_at(name, m.end())), default=0)
    # 南泥湾开发区和|文旅集团: a zone joined to the firm, a party of its own
    park = max(
        (m.end() + 1 for m in _PARK_BEFORE.finditer(name[:-5]) if name[m.end()] in "和与及、"),
        default=park,
    )
    name, start = name[park:], start + park
    changed = True
    while changed and name:
        changed = False
        lead = _FIGURE_OR_RELATION.match(name)
        if lead and len(name) - lead.end() >= 4:  # 总投资|1.02亿元|某某有限公司
            name, start, changed = name[lead.end() :], start + lead.end(), True
            continue
        for w in _leading_words():
            if name.startswith(w) and len(name) > len(w) + 1:
                if w == "有" and name.startswith(_WORDS_WITH_YOU):
                    return name, start  # 有机三废…: a word that starts with 有
                if division_at(name):
                    return name, start  # 和顺县…: a place's name, whatever its first character
                name, start, changed = name[len(w) :], start + len(w), True
                break
    if name.startswith(("企业", "单位")) and len(name) > 6 and place_at(name, 2):
        name, start = name[2:], start + 2
    role = _FIRM_ROLE.match(name)
    if role and len(name) - role.end() >= 4:
        name, start = name[role.end() :], start + role.end()  # 中国机器人领军企业|新松公司: what the firm is
    return name, start
