"""Zone mentions of a whole article: full names, their abbreviations (东湖新技术开发区 after 武汉东湖…, 山西综改
示范区 beside 山西转型综改示范区) and bare 高新区 / 经开区 that refer back to the one zone of that kind."""

from __future__ import annotations

import re
from dataclasses import replace

from .lexicon import lexicon
from .state import ArticleState, lcs_ratio
from .zones import BARE_LEVELS, BARE_WORD_CLASS, ZoneHit, anaphoric_zones, find_zones, zone_region


def find_zone_mentions(a: ArticleState) -> dict[int, list[tuple[int, int, str]]]:
    spans: dict[int, list[tuple[int, int, str]]] = {}
    all_hits = [(s.index, h) for s in a.sents for h in find_zones(s.text)]
    # 县产业集聚区: the county's name put in; dropped where the article names no one county
    named = [(i, _named_level(a, h) if h.place in BARE_LEVELS else h) for i, h in all_hits]
    all_hits = [(i, h) for i, h in named if h is not None]
    # 东湖新技术开发区 after 武汉东湖新技术开发区 in the same article is the same zone
    longer = {h.surface: h for _, h in all_hits}
    for n, (i, h) in enumerate(all_hits):
        # …and 东湖高新区 beside 武汉东湖新技术开发区: its place is the other's proper part
        full = [
            o
            for s, o in longer.items()
            if s != h.surface
            and o.zone_class == h.zone_class
            and (
                s.endswith(h.surface)
                or (o.outer and not h.outer and not h.mid and (h.inner or h.place) in (o.inner, o.mid))
                # 古雷开发区 beside 漳州古雷港经济开发区: the port's name without its 港
                or (o.mid and h.mid and not h.outer and o.mid != h.mid and o.mid.rstrip("港湾岛") == h.mid)
            )
        ]
        if len(full) > 1 and len({(o.mid, o.zone_class) for o in full}) == 1 and full[0].mid:
            full = [max(full, key=lambda o: len(o.surface))]  # one zone written with and without its city
        if len(full) == 1:
            f = full[0]
            all_hits[n] = (
                i,
                replace(h, place=f.place, inner=f.inner, outer=f.outer, mid=f.mid, abbreviated=True),
            )
    for _, h in all_hits:
        d, _mid = zone_region(h)
        if d and len(lexicon().gazetteer.places(h.inner or h.place)) == 1:
            a.provinces.add(d.province_code)
    if not a.provinces:
        a.provinces |= _provinces_of_cities(a.title + "\n" + a.body)
    placed = [(i, h, *zone_region(h, a.provinces)) for i, h in all_hits]
    declared: dict[str, str] = {}  # a short name the article declares → the zone
    # 山西综改示范区 beside 山西转型综改示范区: without its proper part, the one zone of that place and kind
    mids: dict[tuple[str, str], dict[str, str]] = {}  # (place, class) → {proper part: surface}
    for _i, h, d, mid in placed:
        mids.setdefault((d.code if d else h.place, h.zone_class), {})[mid or ""] = h.surface
    for i, h, d, mid in placed:
        others = {m: s for m, s in mids[(d.code if d else h.place, h.zone_class)].items() if m}
        if not mid and len(others) == 1:
            other_mid, other_surface = next(iter(others.items()))
            if lcs_ratio(h.surface, other_surface) == 1.0:  # every character of it, in order
                mid = other_mid
        key = f"zone:{d.code if d else h.place}:{h.zone_class}" + (f":{mid}" if mid else "")
        b = a.add(key, "Zone", h.surface, i, zone_class=h.zone_class)
        if mid:
            b.attrs["mid"] = mid  # not the city's own zone: no catalogue match by city name
        if d:
            b.attrs.setdefault("region", d.code)
        if not h.abbreviated and (b.attrs.get("abbrev_only", True) or len(h.surface) > len(b.name)):
            b.name = h.surface
            b.attrs["abbrev_only"] = False
        elif h.abbreviated:
            b.attrs.setdefault("abbrev_only", True)
            b.attrs.setdefault("place", h.place)
            b.attrs.setdefault("suffix", h.suffix)
        spans.setdefault(i, []).append((h.start, h.end, key))
        a.zone_counts[key] += 1
        if i == 0 and a.title_zone is None:
            a.title_zone = key
        short = _DECLARED_SHORT.match(a.sents[i].text, h.end)
        if short:  # 某重点开发开放试验区(以下简称“试验区”): the article's own short name for it
            b.aliases.add(short.group(1))
            declared[short.group(1)] = key
    by_class: dict[str, list[str]] = {}
    for key, b in a.m.items():
        if b.kind == "Zone":
            by_class.setdefault(str(b.attrs["zone_class"]), []).append(key)
    for s in a.sents:
        taken = spans.get(s.index, [])
        for short, key in declared.items():
            for m in re.finditer(re.escape(short), s.text):
                if "简称" in s.text[max(0, m.start() - 6) : m.start()]:
                    continue  # the declaration itself
                if not any(x <= m.start() < y or m.start() <= x < m.end() for x, y, _ in taken):
                    taken.append((m.start(), m.end(), key))
                    spans[s.index] = taken
                    a.zone_counts[key] += 1
        for start, end, word in anaphoric_zones(s.text):
            if any(a <= start < b for a, b, _ in taken):
                continue
            cls = BARE_WORD_CLASS.get(word)
            cands = by_class.get(cls, []) if cls else [k for ks in by_class.values() for k in ks]
            main = a.main_zone()
            own = start > 0 and s.text[start - 1] in "市县"  # 市开发区: the city's own zone
            if len(cands) > 1 and main in cands and own:
                cands = [main]  # …beside another zone: the one the article is about
            listed = (s.text[start - 1 : start] == "、" and any(y == start - 1 for _x, y, _k in taken)) or (
                s.text[end : end + 1] in ("、", "和") and any(x == end + 1 for x, _y, _k in taken)
            )  # 延安新区、|高新区|、南泥湾开发区: one of the city's zones, listed beside a named one
            if (
                not cands
                and cls in ("hitech", "econ")
                and ((own and s.text.startswith(_ZONE_BODIES, end)) or (listed and not own))
            ):
                key = _own_zone(a, s.index, s.text[start - 1] if own else "市", word, cls)
                if key:
                    cands = [key]
                    by_class.setdefault(cls, []).append(key)
            if len(cands) == 1:
                start = _written_start(s.text, start, end, a.m[cands[0]])
                if own and not any(x <= start - 1 < y for x, y, _ in taken):
                    start -= 1  # 市委常委、|市开发区|党工委书记: the chain of titles goes on before it
                spans.setdefault(s.index, []).append((start, end, cands[0]))
                a.zone_counts[cands[0]] += 1
    return spans


_ZONE_BODIES = ("党工委", "管委会", "管委", "工委")
_DECLARED_SHORT = re.compile(
    r"[(（]\s*(?:以下简称|下称|简称)[:：]?\s*[“\"‘']?([\u4e00-\u9fff]{2,8})[”\"’']?\s*[)）]"
)


def _named_level(a: ArticleState, h: ZoneHit) -> ZoneHit | None:
    """县产业集聚区 with the county unnamed: the zone of the one county (city) the article names most, or none."""
    d = a.article_division("city" if h.place == "市" else "county")
    return replace(h, place=d.name, inner="", outer="") if d else None


_CITY = re.compile(r"[\u4e00-\u9fff]{2,4}?市")


def _provinces_of_cities(text: str) -> set[str]:
    """平顶山市副市长… 新华区高新技术产业园: with no zone to say it, the one province of the cities the text
    names in full (each a city no other province has) tells which 新华区 is meant."""
    found = set()
    for m in _CITY.finditer(text):
        for j in range(len(m.group(0)) - 2):  # 平顶山市 after 河南省: the longest end that is a city
            places = lexicon().gazetteer.places(m.group(0)[j:])
            if len(places) == 1 and places[0].level == "city" and places[0].name == m.group(0)[j:]:
                found.add(places[0].province_code)
                break
    return found if len(found) == 1 else set()


def _own_zone(a: ArticleState, i: int, level_char: str, word: str, cls: str) -> str | None:
    """孝感市市长… 市高新区党工委书记: where no zone is named, 市高新区 before its bodies is the zone of the one
    city the article is about (县开发区: of its county), named as the catalogue abbreviates it (孝感高新区).
    Written alone (该市经开区和某产业园) it is rather a place than a body, and stays one."""
    d = a.article_division("city" if level_char == "市" else "county")
    if d is None and level_char == "市":
        d = a.article_division("county")  # 霍州市: a county-level city is a 市 too
        if d is not None and not d.name.endswith("市"):
            d = None
    if d is None:
        return None
    stem = d.name[:-1] if len(d.name) > 2 and d.name.endswith(("市", "县")) else d.name
    key = f"zone:{d.code}:{cls}"
    b = a.add(key, "Zone", stem + word, i, zone_class=cls, region=d.code)
    b.attrs.setdefault("abbrev_only", True)
    b.attrs.setdefault("place", stem)
    b.attrs.setdefault("suffix", word)
    return key


def _written_start(text: str, start: int, end: int, zone) -> int:  # noqa: ANN001 - a MentionBuilder
    """火炬|开发区 after 中山火炬开发区: the bare word's span takes the zone's proper part written before it, so
    that what stands before that (副市长、) is read as what stands before the zone."""
    mid = str(zone.attrs.get("mid") or "")
    forms = {str(zone.name), *zone.aliases} | ({mid + text[start:end]} if mid else set())
    for form in sorted(forms, key=len, reverse=True):
        if len(form) > end - start and text.endswith(form, 0, end):
            return end - len(form)
    return start
