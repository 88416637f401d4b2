"""Lexicons and gazetteers, loaded once per process.

Everything the extractors know about the genre lives in data files under resources/: titles, surnames,
zone and company suffixes, boundary words, administrative divisions and the 2018 zone catalogue.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..config import RESOURCES

LEX = RESOURCES / "lexicon"
GAZ = RESOURCES / "gazetteer"


def _words(name: str) -> list[str]:
    out: list[str] = []
    for line in (LEX / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.extend(line.split())
    return out


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (LEX / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append(line.rstrip("\n").split("\t"))
    return rows


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: str  # province | city | county
    parent: str | None

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0000"


@dataclass(frozen=True)
class CatalogueZone:
    code: str
    name: str
    province: str
    level: str
    type: str
    approval_date: str
    area_km2: str
    industries: str


_ADMIN_SUFFIXES = (
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "新区",
    "林区",
    "省",
    "市",
    "县",
    "区",
    "盟",
    "旗",
)


def short_place(name: str) -> str:
    """忻州市 → 忻州, 山阴县 → 山阴; a name that would shrink to one character stays whole (兴县)."""
    for suf in _ADMIN_SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            core = name[: -len(suf)]
            # drop an ethnic designation left before 自治县/自治州 (e.g. 恩施土家族苗族 → 恩施)
            m = re.match(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,3}族)+$", core)
            return m.group(1) if m and suf.startswith("自治") else core
    return name


@dataclass
class Gazetteer:
    divisions: dict[str, Division] = field(default_factory=dict)
    by_name: dict[str, list[Division]] = field(default_factory=dict)  # full and short names
    # catalogue zones by name, and by name without the province
    catalogue: dict[str, CatalogueZone] = field(default_factory=dict)
    # the ends of catalogue names: a proper part of 2-4 characters and the zone suffix (丹寨|金钟经济开发区)
    catalogue_tails: frozenset[str] = frozenset()
    townships: frozenset[str] = frozenset()  # town and township names, full and short (Shanxi)

    def places(self, name: str) -> list[Division]:
        return self.by_name.get(name, [])


@dataclass(frozen=True)
class Lexicon:
    titles: dict[str, str]  # title → gov | biz
    surnames: frozenset[str]
    zone_types: dict[str, tuple[str, str | None]]  # suffix → (class, expansion)
    company_suffixes: tuple[str, ...]
    industry_words: frozenset[str]
    descriptors: frozenset[str]
    boundaries: tuple[str, ...]  # longest first
    after_name: tuple[str, ...]  # longest first
    gazetteer: Gazetteer


# 东区, 西区 (攀枝花): a park's or a city's quarter far more often than those districts
_GENERIC_PLACES = {
    "城区",
    "郊区",
    "矿区",
    "新区",
    "开发区",
    "高新区",
    "市中区",
    "市辖区",
    "东区",
    "西区",
    "南区",
    "北区",
    "中区",
}


# jieba's part-of-speech flags of proper names: people, places, other proper nouns
PROPER_FLAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nz"})


@cache
def gazetteer() -> Gazetteer:
    import jieba  # the dictionary's frequencies tell ordinary words from place names

    from .jieba_cache import load_jieba

    load_jieba()

    def freq(word: str) -> int:
        return jieba.get_FREQ(word) or 0

    gaz = Gazetteer()
    # 东营港经济开发区, 石家庄高新技术产业开发区: functional zones the code table lists among counties are
    # zones, not places (新区 such as 滨海新区 are districts and stay places)
    zone_suffixes = tuple(r[0] for r in _rows("zone_types.txt") if r[0] != "新区")
    zone_classes = {r[0]: r[1] for r in _rows("zone_types.txt")}
    with (GAZ / "divisions-2023.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["level"] not in ("province", "city", "county") or row["name"] in (
                "市辖区",
                "县",
                "省直辖县级行政区划",
            ):
                continue
            d = Division(row["code"], row["name"], row["level"], row["parent_code"] or None)
            gaz.divisions[d.code] = d
            if d.level == "county" and d.name.endswith(zone_suffixes):
                continue
            names = {d.name, short_place(d.name)}
            if d.name.endswith("自治州"):
                names.add(short_place(d.name) + "州")  # 昌吉州, 甘南州: how news names a prefecture
            for n in names:
                if d.level == "county" and (n in _GENERIC_PLACES or (n != d.name and freq(n) > 2000)):
                    continue  # 资源(县), 城区, 和平(区): county names that are ordinary words
                gaz.by_name.setdefault(n, []).append(d)
    tails: set[str] = set()
    with (GAZ / "development-zones-2018.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            z = CatalogueZone(
                row["code"],
                row["name"],
                row["province"],
                row["level"],
                row["type"],
                row["approval_date"],
                row["area_km2"],
                row["industries"],
            )
            gaz.catalogue.setdefault(z.name, z)
            suffix = next((x for x in zone_suffixes if z.name.endswith(x)), None)
            if suffix and zone_classes.get(suffix) != "industrial":  # 现代|产业园区: parks' names are words
                stem = z.name[: -len(suffix)]
                tails.update(stem[-n:] + suffix for n in (2, 3, 4) if len(stem) > n)
            prov_short = short_place(z.province)
            for prefix in (z.province, prov_short):
                if z.name.startswith(prefix) and len(z.name) > len(prefix) + 3:
                    gaz.catalogue.setdefault(z.name[len(prefix) :], z)
    towns: set[str] = set()
    with (GAZ / "divisions-2023-shanxi-townships.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = row["name"]
            towns.add(name)
            short = re.sub(r"(街道办事处|街道|镇|乡|民族乡)$", "", name)
            if len(short) >= 2 and freq(short) < 2000:
                towns.add(short)
    gaz.townships = frozenset(towns)
    gaz.catalogue_tails = frozenset(tails)
    return gaz


@cache
def lexicon() -> Lexicon:
    titles = {r[0]: (r[1] if len(r) > 1 else "gov") for r in _rows("titles.txt")}
    zone_types = {r[0]: (r[1], r[2] if len(r) > 2 else None) for r in _rows("zone_types.txt")}
    return Lexicon(
        titles=titles,
        surnames=frozenset(_words("surnames.txt")),
        zone_types=zone_types,
        company_suffixes=tuple(sorted(_words("company_suffixes.txt"), key=len, reverse=True)),
        industry_words=frozenset(_words("industry_words.txt")),
        descriptors=frozenset(_words("descriptors.txt")),
        boundaries=tuple(sorted(set(_words("boundaries.txt")), key=len, reverse=True)),
        after_name=tuple(sorted(set(_words("after_name.txt")), key=len, reverse=True)),
        gazetteer=gazetteer(),
    )


@cache
def segmenter():  # noqa: ANN201 - jieba has no types
    """jieba, initialised once per process with the domain vocabulary."""
    import jieba

    from .jieba_cache import load_jieba

    load_jieba()
    lex = lexicon()
    for w in set(_words("domain_words.txt")) | lex.industry_words | lex.descriptors:
        jieba.add_word(w, freq=max(jieba.get_FREQ(w) or 0, 2000))
    for w in lex.titles:
        jieba.add_word(w, freq=max(jieba.get_FREQ(w) or 0, 3000))
    for suffix in lex.zone_types:
        jieba.add_word(suffix, freq=max(jieba.get_FREQ(suffix) or 0, 3000))
    return jieba


@cache
def _industry_index() -> tuple[frozenset[str], tuple[int, ...]]:
    words = frozenset(lexicon().industry_words)
    return words, tuple(sorted({len(w) for w in words}, reverse=True))


def industry_suffix(text: str) -> str | None:
    """The longest industry word that ends the text (百泰生物|药业, 高义|钢铁), or None."""
    words, lengths = _industry_index()
    return next((text[-n:] for n in lengths if n <= len(text) and text[-n:] in words), None)


def industry_prefix(text: str) -> str | None:
    """The longest industry word that opens the text (运城|制版新建…), or None."""
    words, lengths = _industry_index()
    return next((text[:n] for n in lengths if n <= len(text) and text[:n] in words), None)


@lru_cache(maxsize=65536)
def pos_tags(text: str) -> tuple[tuple[str, str], ...]:
    """(word, part of speech) of a short text by jieba's dictionary alone (no HMM guesses); cached, since
    the same names and phrases come back in every article."""
    import jieba.posseg as pseg  # noqa: PLC0415 - its tag table loads once, in warm_up()

    segmenter()
    return tuple((w.word, w.flag) for w in pseg.cut(text, HMM=False) if w.word.strip())


def word_freq(word: str) -> int:
    return segmenter().get_FREQ(word) or 0


def is_rare(word: str, threshold: int = 60) -> bool:
    """A token jieba hardly knows: the mark of a proper name (奥泰, 桦惠, 汇通)."""
    return (
        2 <= len(word) <= 3
        and bool(re.search(r"[\u4e00-\u9fffA-Za-z]", word))
        and word_freq(word) < threshold
    )
