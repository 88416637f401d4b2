"""Development zones recognised by pattern (place + zone suffix), checked against the gazetteer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import Division, lexicon


@dataclass(frozen=True)
class ZoneHit:
    start: int
    end: int
    surface: str
    place: str  # the place part, as written (忻州, 兴县, 山西运城)
    zone_class: str
    suffix: str
    abbreviated: bool  # 经开区 / 高新区 / 开发区


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


_PROVINCE_PREFIX = re.compile(r"(?:山西省|山西|河北省|河南省|陕西省|内蒙古自治区|内蒙古)$")


def find_zones(text: str) -> list[ZoneHit]:
    """Every `place + suffix` zone name in a sentence (长治高新区, 山阴经济技术开发区, 兴县经开区)."""
    lex = lexicon()
    hits: list[ZoneHit] = []
    for m in _suffix_re().finditer(text):
        suffix = m.group(0)
        zclass, expansion = lex.zone_types[suffix]
        place = place_ending_at(text, m.start())
        start = m.start() - len(place) if place else None
        if place is None:
            # a place followed by a short proper part: 太原武宿综合保税区, 苏州工业园区 stays with 苏州
            for gap in (2, 3):
                p = place_ending_at(text, m.start() - gap)
                mid = text[m.start() - gap : m.start()]
                if p and re.fullmatch(r"[\u4e00-\u9fff]+", mid) and not _generic_mid(mid):
                    place, start = p + mid, m.start() - gap - len(p)
                    break
        if place is None or start is None:
            continue
        outer = place_ending_at(text, start)
        if outer and not _PROVINCE_PREFIX.fullmatch(outer):
            place, start = outer + place, start - len(outer)  # 武汉|东湖新技术开发区: the city governs
        pm = _PROVINCE_PREFIX.search(text[:start])
        if pm and pm.group(0) not in place:
            start = pm.start()
        hits.append(
            ZoneHit(start, m.end(), text[start : m.end()], place, zclass, suffix, expansion is not None)
        )
    return hits


_GENERIC_MID = set("全省市县区级国家以上各个该本其新老")


def _generic_mid(mid: str) -> bool:
    return any(ch in _GENERIC_MID for ch in mid)


def anaphoric_zones(text: str) -> list[tuple[int, int, str]]:
    """Bare 高新区 / 经开区 / 开发区 that refer back to the article's zone of that class."""
    out = []
    for m in re.finditer(r"(高新区|经开区|开发区|示范区|园区)", text):
        out.append((m.start(), m.end(), m.group(1)))
    return out


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
