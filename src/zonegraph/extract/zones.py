"""Development zones recognised by pattern (place + zone suffix), checked against the gazetteer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import Division, lexicon, pos_tags, short_place, word_freq


@dataclass(frozen=True)
class ZoneHit:
    start: int
    end: int
    surface: str
    place: str  # the place part, as written (忻州, 兴县, 山西运城)
    zone_class: str
    suffix: str
    abbreviated: bool  # 经开区 / 高新区 / 开发区
    inner: str = ""  # the place nearest the suffix (文水 in 吕梁市文水经济开发区)
    outer: str = ""  # a governing place before it (吕梁市, 武汉)
    mid: str = ""  # a proper part that is not a place (空港, 武宿, 不锈钢, 东湖 under 武汉)


@cache
def _suffix_re() -> re.Pattern[str]:
    sufs = sorted(lexicon().zone_types, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, sufs)))


@cache
def _place_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(n) for n in lexicon().gazetteer.by_name if len(n) >= 2}, reverse=True))


def place_ending_at(text: str, end: int, min_len: int = 2) -> str | None:
    """The longest gazetteer place name that ends exactly at `end`."""
    by_name = lexicon().gazetteer.by_name
    for n in _place_lengths():
        if n < min_len or n > end:
            continue
        cand = text[end - n : end]
        if cand in by_name:
            return cand
    return None


# one character after a place that names a port, bay or island of it: 东营|港|经济开发区, 天津|港|保税区
_FEATURE_CHARS = frozenset("港湾岛湖")  # 大冶|湖|高新区: a lake named after its city
_PROVINCE_PREFIX = re.compile(r"(?:山西省|山西|河北省|河南省|陕西省|内蒙古自治区|内蒙古)$")


def find_zones(text: str) -> list[ZoneHit]:
    """Every `place + suffix` zone name in a sentence (长治高新区, 山阴经济技术开发区, 兴县经开区)."""
    lex = lexicon()
    hits: list[ZoneHit] = []
    for m in _suffix_re().finditer(text):
        suffix = m.group(0)
        at = m.start()
        if text[at - 1 : at] in (")", "）"):
            # 昌邑滨海(下营)|经济开发区: an aside before the suffix, read past
            lp = max(text.rfind("(", 0, at), text.rfind("（", 0, at))
            if 0 < lp and at - lp <= 8:
                at = lp
        zclass, expansion = lex.zone_types[suffix]
        place = place_ending_at(text, at)
        if (
            place
            and len(place) == 2
            and place[0] in "和与及同"
            and at - 3 >= 0
            and re.match(r"[\u4e00-\u9fff]", text[at - 3])
        ):
            place = None  # 县情和|县经开区: the conjunction, then the county's zone by its level (not 和县)
        start = at - len(place) if place else None
        inner, mid, outer = place or "", "", ""
        if place is None:
            # a place followed by a short proper part: 太原武宿综合保税区, 运城空港经济开发区, 广西—东盟经开区
            ranked = text.endswith(
                ("国家", "国家级"), 0, at
            )  # 黄石大冶湖|国家|高新区: the proper part before it
            for gap in (1, 2, 3, 4, 5, 6) if ranked else (1, 2, 3):
                p = place_ending_at(text, at - gap)
                gap_text = text[at - gap : at]
                if p and gap_text in ("国家", "国家级") and zclass in ("econ", "hitech"):
                    # 贵阳国家高新区: the zone's rank between its city and its kind
                    place, start, inner, mid = p + gap_text, at - gap - len(p), p, ""
                    break
                # 黄石大冶湖|国家|高新区: the rank after the proper part
                rank = next((r for r in ("国家级", "国家") if gap_text.endswith(r)), "")
                proper = gap_text[: len(gap_text) - len(rank)] if zclass in ("econ", "hitech") else gap_text
                if len(proper) > 3 or (len(proper) == 1 and proper not in _FEATURE_CHARS):
                    continue
                if (
                    p
                    and re.fullmatch(r"[—－-]?[\u4e00-\u9fff]{1,3}", proper)
                    and not set(proper) & _FUNCTION_CHARS  # 吴周村|的吴周|工业开发区
                    and not _generic_mid(proper)
                    and not _verb_mid(proper)
                ):
                    place, start, inner, mid = (
                        p + gap_text,
                        at - gap - len(p),
                        p,
                        proper.lstrip("—－-"),
                    )
                    break
        if place is None:
            # a zone the catalogue lists, named after a locality that is no division: (丹寨)金钟经济开发区
            tails = lex.gazetteer.catalogue_tails
            for n in (4, 3, 2):
                proper = text[max(0, at - n) : at]
                if (
                    len(proper) == n
                    and re.fullmatch(r"[\u4e00-\u9fff]+", proper)
                    and proper + suffix in tails
                    # a common word is no zone's name (深入), but a place jieba knows is (甘泉|堡)
                    and all(len(w) == 1 or word_freq(w) < 100 or f == "ns" for w, f in pos_tags(proper))
                    and not _generic_mid(proper)
                    and not _verb_mid(proper)
                ):
                    place, start, mid = proper, at - n, proper
                    break
        if place is None and hits:
            # a second zone joined to the one before it: 郎溪经济开发区和十字经济开发区 (no division: a locality)
            for n in (2, 3, 4):
                j = at - n
                proper = text[j:at]
                if (
                    j >= 1
                    and text[j - 1] in "、和及与"
                    # 七里河工业园区、凌北经济区、|高台子|工业园区: an item between that is a 区 of the list too
                    and (hits[-1].end == j - 1 or _area_items_between(text, hits[-1].end, j - 1))
                    and re.fullmatch(r"[\u4e00-\u9fff]+", proper)
                    and not set(proper) & _FUNCTION_CHARS
                    and not _generic_mid(proper)
                    and not _verb_mid(proper)
                ):
                    place, start, mid = proper, j, proper
                    break
        if place is None and expansion is not None or place is None and zclass == "other":
            # no place at all, but a proper name of its own: 沈抚示范区, 小蓝经开区
            proper = text[max(0, at - 2) : at]
            window = [w for w, _f in pos_tags(text[max(0, at - 8) : at])]
            a_word = bool(window) and (
                window[-1] == proper
                or (
                    window[-2:] == list(proper) and not set(proper) & _FUNCTION_CHARS
                )  # 沈|抚: unknown to jieba
            )
            if a_word and _proper_mid(proper) and not place_ending_at(text, at - 2):
                place, start, mid = proper, at - 2, proper
        if place is None and zclass == "industrial" and at >= 2:
            # 龙岭|工业集中区: a park named after a locality jieba knows as a place name, though no division
            proper = text[at - 2 : at]
            if (
                (
                    pos_tags(proper) == ((proper, "ns"),)
                    or _rare_name_before(proper, suffix)
                    or _unknown_name_after_a_visit(text, at - 2, proper)
                    or (proper == "城区" and len(suffix) >= 4)  # 城区|工业园区: the town's urban park
                )
                and not _generic_mid(proper)
                and not set(proper) & _FUNCTION_CHARS
                and not place_ending_at(text, at - 2)
            ):
                place, start, mid = proper, at - 2, proper
        if place is None and at >= 2:
            # 走马村、吴周村的|吴周|工业开发区: a zone named after a village or town the sentence names
            proper = text[at - 2 : at]
            if (
                re.fullmatch(r"[\u4e00-\u9fff]{2}", proper)
                and (
                    re.search(re.escape(proper) + "[村镇乡]", text)
                    # 溪尾镇|下邳|工业区: a locality of the town named right before it
                    or (zclass == "industrial" and re.search(r"[\u4e00-\u9fff]{2}[镇乡]$", text[: at - 2]))
                )
                and not _generic_mid(proper)
                and not set(proper) & _FUNCTION_CHARS
            ):
                place, start, mid = proper, at - 2, proper
        if place is None and _bare_level(text, at, suffix):
            # 在县经济技术开发区…, 到市城乡一体化示范区: the zone of the county (city) the article is about;
            # find_zone_mentions names the place
            place, start = text[at - 1], at - 1
        if text.startswith(_FIRM_AFTER, m.end()) or _firm_named_after(text, m.end()):
            continue  # 深圳科技工业园|集团, 广州开发区|人才工作集团: a firm named after a park, no zone
        if place is None or start is None:
            sub = _sub_zone(text, hits, at, m.end(), zclass, suffix, expansion is not None)
            if sub:  # 郑东新区|先进制造业|开发区, 灵石经济技术开发区|两渡|产业园: the zone inside its parent,
                hits.append(sub)  # and the parent, named here too
            continue
        if (
            suffix == "示范区"
            and start
            and re.match(r"[\u4e00-\u9fff]", text[start - 1])
            and text[start - 1] not in _FUNCTION_CHARS
        ):
            continue  # 乡村|振兴示范区: a bare 示范区 opens its name at a word's start, no phrase ends in it
        if not mid and not outer and len(place) == 2 and word_freq(place + suffix[:2]) >= 50:
            continue  # 台商|新兴产业|园区: a word the place's name makes with the suffix (新兴产业), no place
        if not mid and (zclass in ("econ", "hitech") or suffix == "示范区") and _is_province(place):
            continue  # 山西省开发区: a province's word for its zones, not a zone
        if not mid and suffix == "开发区" and place.endswith("市") and _is_municipality(place):
            continue  # 上海市开发区协会: a municipality's word for its zones (天津开发区 is one zone)
        county = (
            place_ending_at(text, start - 1)
            if not mid and start >= 3 and text[start - 1] in "东南西北"
            else None
        )
        if county and not place_ending_at(text, start) and county.endswith(("县", "市", "区")):
            # 宜良县|北|古城工业园区: a county, a direction and a locality, the zone's proper part
            place, start, inner, mid = (
                county + text[start - 1] + place,
                start - 1 - len(county),
                county,
                text[start - 1] + place,
            )
        before = place_ending_at(text, start)
        if before and not _PROVINCE_PREFIX.fullmatch(before):
            outer = before  # 吕梁市|文水经济开发区, 武汉|东湖新技术开发区: a governing place
            place, start = before + place, start - len(before)
        pm = _PROVINCE_PREFIX.search(text[:start])
        if pm and pm.group(0) not in place:
            start = pm.start()
        hits.append(
            ZoneHit(
                start,
                m.end(),
                text[start : m.end()],
                place,
                zclass,
                suffix,
                expansion is not None,
                inner,
                outer,
                mid,
            )
        )
        hits.extend(_elliptical(text, hits[-1]))
    return sorted(hits, key=lambda h: h.start)


def _sub_zone(
    text: str, hits: list[ZoneHit], start: int, end: int, zclass: str, suffix: str, abbreviated: bool
) -> ZoneHit | None:
    """A zone named after the zone it lies in: 郑东新区|先进制造业|开发区 (a parent, a descriptor, a suffix)."""
    parent = next((h for h in reversed(hits) if 0 <= start - h.end <= 6), None)
    if parent is None:
        return None
    gap = text[parent.end : start]  # empty when the suffix describes itself (先进制造业开发区)
    if gap and (
        not re.fullmatch(r"[\u4e00-\u9fff]+", gap)
        or set(gap) & _FUNCTION_CHARS
        or _verb_mid(gap)
        or place_ending_at(gap, len(gap))
    ):
        return None
    return ZoneHit(
        parent.start,
        end,
        text[parent.start : end],
        parent.place,
        zclass,
        suffix,
        abbreviated,
        parent.inner,
        parent.outer,
        parent.surface[len(parent.place) :] + gap,  # 郑东|新区先进制造业: what is not the place
    )


def _elliptical(text: str, last: ZoneHit) -> list[ZoneHit]:
    """大同、左云、新荣经济技术开发区: places listed before one zone suffix are zones of that kind each."""
    if last.mid or last.outer:
        return []
    out: list[ZoneHit] = []
    end = last.start
    while end > 1 and text[end - 1] in "、和及":
        place = place_ending_at(text, end - 1)
        if not place or _is_province(place) or place.endswith(("县", "市", "区", "省", "旗")):
            break  # 长沙县、长沙经开区: a county listed beside a zone is the county itself
        start = end - 1 - len(place)
        out.append(
            ZoneHit(
                start,
                start + len(place),
                place + last.suffix,
                place,
                last.zone_class,
                last.suffix,
                last.abbreviated,
                place,
                "",
                "",
            )
        )
        end = start
    return out


_GENERIC_MID = set("全省市县区级国家以上各个该本其新老")
_FUNCTION_CHARS = set("就了着好是类和为到在的地得与及也都又还被把将对向从以于而等")


_FIRM_AFTER = ("集团", "公司", "有限", "股份", "控股")
BARE_LEVELS = ("市", "县")
# the rest of a firm's name after the zone's: no function word, no zone body (开发区管委会与某集团)
_FIRM_NAMED_AFTER = re.compile(
    r"(?!管委|党工委|工委|管理委员会)([^\W\d_的与和及在是为了等、]{2,6}?)"
    r"(?:集团|有限公司|有限责任公司|股份有限公司|促进会|协会|商会|联合会)"  # 深圳市产业园区|发展促进会
)


def _firm_named_after(text: str, at: int) -> bool:
    """广州开发区|人才工作集团: the zone's name opens a firm's. Not when a verb or a place opens what follows
    (绥化经济开发区|引进江苏远景集团, 某开发区|山西某某有限公司: the zone, then a firm of its own)."""
    m = _FIRM_NAMED_AFTER.match(text, at)
    if not m:
        return False
    tags = pos_tags(m.group(1))
    return not (tags[0][1] == "ns" or (tags[0][1] == "v" and len(tags) > 1))


_OWN_PLACE = ("全", "我", "该", "本")  # 全县|产业集聚区, 我市|经济开发区


def _bare_level(text: str, at: int, suffix: str) -> bool:
    """县|经济技术开发区 with no name before the level (在县…, 、市…, 我县…): a full zone word after it, never
    a word that ends in the level (城市, 超市, 上市)."""
    if at < 1 or text[at - 1] not in BARE_LEVELS or len(suffix) < 4 or suffix.endswith("新区"):
        return False
    before = text[at - 2 : at - 1]
    return (
        not before
        or not re.match(r"[\u4e00-\u9fff]", before)
        or before in _FUNCTION_CHARS
        or before in _OWN_PLACE
        or word_freq(before + text[at - 1]) == 0
    )


def _area_items_between(text: str, start: int, end: int) -> bool:
    """、凌北经济区、: between two zones of a list, only items that are areas (…区) of their own."""
    between = text[start:end]
    items = between.split("、")
    return (
        bool(between)
        and between[0] == "、"
        and all(re.fullmatch(r"[\u4e00-\u9fff]{2,8}区", it) for it in items[1:])
        and len(items) > 1
    )


def _is_municipality(place: str) -> bool:
    return any(d.level == "province" and d.name.endswith("市") for d in lexicon().gazetteer.places(place))


def _generic_mid(mid: str) -> bool:
    if mid == "城区":
        return False  # 泰兴市|城区|工业园区: the city's urban area names its park
    return any(ch in _GENERIC_MID for ch in mid)


def _is_province(place: str) -> bool:
    """山西, 河南省: a province; 天津, 北京市 are cities too (a municipality's 天津高新区 is a zone)."""
    return any(d.level == "province" and not d.name.endswith("市") for d in lexicon().gazetteer.places(place))


def _verb_mid(mid: str) -> bool:
    """大同市|调研|开发区: a verb between place and suffix makes a phrase, not a zone's proper part."""
    toks = pos_tags(mid.lstrip("—－-"))
    # 李|渡: a character jieba reads as a verb inside a two-character name is no verb of the sentence
    return any(flag.startswith(("v", "d", "p", "c")) and (len(w) > 1 or len(toks) == 1) for w, flag in toks)


def _proper_mid(word: str) -> bool:
    """Two characters jieba does not know as a common word, nor as a verb: a name (沈抚, 小蓝)."""
    if len(word) != 2 or not re.fullmatch(r"[\u4e00-\u9fff]{2}", word) or _generic_mid(word):
        return False
    if word[-1] in "率携带领赴到来":
        return False  # 刘伟|率|高新区代表团: a name and its verb before the zone, not a proper part
    toks = pos_tags(word)
    if len(toks) == 1 and toks[0][1].startswith(("v", "d", "p", "c", "r", "m", "a")):
        return False
    return word_freq(word) < 50 or toks == ((word, "ns"),)  # 三峡|临空经济区: a place jieba knows


# suffixes no common phrase ends in: what stands before them is the park's name (万方|产业集聚区)
_NAMING_SUFFIXES = frozenset({"产业集聚区", "工业集中区"})


def _rare_name_before(word: str, suffix: str) -> bool:
    """万方|产业集聚区: a rare word jieba reads as a number or a name, not a modifier (重点, 省级, 三个)."""
    toks = pos_tags(word)
    return (
        suffix in _NAMING_SUFFIXES
        and len(toks) == 1
        and toks[0][1][:1] in ("m", "n")
        and toks[0][1] != "n"
        and word_freq(word) < 600
    )


_VISIT_BEFORE = ("前往", "来到", "深入", "走进", "赴", "位于", "落户", "入驻")


def _unknown_name_after_a_visit(text: str, start: int, proper: str) -> bool:
    """前往|泰岳|工业园区: two characters no dictionary holds as a word, where a visit goes, name the park."""
    return (
        text[:start].endswith(_VISIT_BEFORE)
        and word_freq(proper) == 0
        and all(f.startswith("n") for _w, f in pos_tags(proper))
    )


# a zone named by its kind alone (高新区, 开发区), as an article refers back to its own zone
BARE_ZONE_WORD = re.compile(r"高新区|经开区|开发区|示范区|园区")
# the class of zone each bare word names (园区 names none: any park)
BARE_WORD_CLASS = {
    "高新区": "hitech",
    "经开区": "econ",
    "开发区": "econ",
    "示范区": "other",
    "综保区": "bonded",
    "保税区": "bonded",
}


def anaphoric_zones(text: str) -> list[tuple[int, int, str]]:
    """Bare 高新区 / 经开区 / 开发区 that refer back to the article's zone of that class."""
    return [(m.start(), m.end(), m.group(0)) for m in BARE_ZONE_WORD.finditer(text)]


def zone_region(h: ZoneHit, prefer_province: set[str] | None = None) -> tuple[Division | None, str]:
    """The division a zone belongs to, and the proper part of its name that is not a place.

    吕梁市文水经济开发区 → 文水县 (under 吕梁); 武汉东湖新技术开发区 → 武汉市 with 东湖 (Nanchang's 东湖区 is not
    under Wuhan); 运城空港经济开发区 → 运城市 with 空港, a zone apart from 运城经济技术开发区.
    """
    if h.suffix == "新区" and not h.outer:
        d = resolve_place(h.inner or h.place, prefer_province)
        if d and d.level == "county" and d.name != (h.inner or h.place):
            return None, h.mid  # 湖滨新区, 滨海新区: a new area named for a lake or a coast, not for 湖滨区
    if not h.inner:
        if h.mid and h.mid == h.place:
            home = _catalogue_home(h.place, h.zone_class)
            if home:  # 甘泉堡经济技术开发区: 乌鲁木齐's, as the catalogue names it, not 甘泉县's
                return home, h.mid
        return resolve_place(h.place, prefer_province), h.mid
    if not h.outer:
        return resolve_place(h.inner, prefer_province), h.mid
    outer = resolve_place(h.outer, prefer_province)
    if outer is None:
        return resolve_place(h.inner, prefer_province), h.mid
    # 吉林|白城工业园区: the outer place is the province of that name when the inner lies in it, not its city
    for o in [outer, *(d for d in lexicon().gazetteer.places(h.outer) if d.code != outer.code)]:
        prefix = o.code[:4] if o.level == "city" else o.code[:2]
        under = [
            d for d in lexicon().gazetteer.places(h.inner) if d.code.startswith(prefix) and d.code != o.code
        ]
        if under:
            return sorted(under, key=lambda d: d.code)[0], h.mid
    return outer, h.inner + h.mid


@cache
def _catalogue_home(proper: str, zclass: str) -> Division | None:
    """The city or county before a proper zone name (甘泉堡) in the catalogue entries of its kind that end in
    it, when they agree on one."""
    lex = lexicon()
    gaz = lex.gazetteer
    tails = [proper + suf for suf, (cls, _x) in lex.zone_types.items() if cls == zclass]
    homes = set()
    for z in set(gaz.catalogue.values()):
        tail = next((t for t in tails if z.name.endswith(t) and len(z.name) > len(t)), None)
        if tail is None:
            continue
        lead = z.name[: -len(tail)]
        for prefix in (z.province, short_place(z.province)):
            lead = lead.removeprefix(prefix)
        provinces = {d.code[:2] for d in gaz.places(z.province)}
        cands = [d for d in gaz.places(lead) if d.code[:2] in provinces] if lead else []
        cities = [d for d in cands if d.level == "city"]  # 乌鲁木齐: the city before its county
        homes.add(cities[0] if len(cities) == 1 else cands[0] if len(cands) == 1 else None)
    return homes.pop() if len(homes) == 1 else None


def resolve_place(place: str, prefer_province: set[str] | None = None) -> Division | None:
    """The administrative division a zone's place part names, preferring the article's province."""
    gaz = lexicon().gazetteer
    cands = gaz.places(place)
    if not cands:
        m = _PROVINCE_PREFIX.match(place)
        if m:
            cands = gaz.places(place[m.end() :])
    if not cands:
        for n in range(len(place) - 1, 1, -1):  # 太原武宿 → 太原
            cands = gaz.places(place[:n])
            if cands:
                break
    if not cands:
        return None
    if prefer_province:
        inside = [d for d in cands if d.province_code in prefer_province]
        if inside:
            cands = inside
    rank = {"city": 0, "county": 1, "province": 2}
    return sorted(cands, key=lambda d: (rank.get(d.level, 3), d.code))[0]
