"""From one Article, the entities, posts, relations and figures it states, each tied to its sentence: the
stages in the order a reader meets them."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Article, Extraction
from .companies import (
    find_investing_brands,
    find_known,
    find_listed,
    find_orgs,
    find_subject_brands,
    legal_base,
)
from .investments import add_projects, merge_projects, sited_known
from .lexicon import lexicon
from .people import find_people, titles_re
from .posts import add_full_places, add_people, as_named_now, body_between, place_at_end
from .state import ArticleState
from .zone_mentions import find_zone_mentions


def extract_article(article: Article) -> Extraction:
    """Every stage in reading order: zones, organisations, then sentence by sentence people and projects."""
    a = ArticleState(article)
    zone_spans = find_zone_mentions(a)
    org_hits = {
        s.index: find_orgs(s.text, titles_re(), tuple(e for _s, e, _k in zone_spans.get(s.index, [])))
        for s in a.sents
    }
    for s in a.sents:
        org_hits[s.index] += find_listed(s.text, org_hits[s.index], titles_re())
        org_hits[s.index] += find_subject_brands(s.text, org_hits[s.index])
        org_hits[s.index] += find_investing_brands(s.text, org_hits[s.index])
    for i, hits in org_hits.items():
        for h in hits:
            if h.kind == "Organization":
                h = replace(h, name=as_named_now(h.name))  # 原|省社科院: the body as named now
            key = f"{h.kind.lower()}:{legal_base(h.name)}"
            b = a.add(key, h.kind, h.name, i)
            if len(h.name) > len(b.name):
                b.name = h.name
            if h.stock:
                b.attrs["stock"] = h.stock
    _brands_of_full_names(a)
    _level_forms(a)
    known_short = {legal_base(b.name): k for k, b in a.m.items() if b.kind in ("Company", "Organization")}
    known_short.update(
        {n: k for k, b in a.m.items() if b.kind in ("Company", "Organization") for n in b.aliases}
    )
    main = a.main_zone()
    current_project: str | None = None
    project_hits: list[tuple[int, object]] = []
    zones_of: list[tuple[int, str, list[tuple[int, str]]]] = []  # each sentence's zones, for sited_known
    for s in a.sents:
        text = s.text
        spans: dict[int, tuple[int, str, str]] = {}
        ordered: list[tuple[int, str]] = []  # (position, mention key) in reading order
        for start, end, key in zone_spans.get(s.index, []):
            spans[end] = (start, "Zone", key)
            ordered.append((start, key))
        for start, end, name in find_known(text, set(known_short)):
            key = known_short[name]
            a.m[key].aliases.add(name)
            spans[end] = (start, a.m[key].kind, key)
            ordered.append((start, key))
        add_full_places(a, text, s.index, ordered)
        ordered.sort()
        people = find_people(
            text,
            spans,
            lambda t, p, i=s.index: place_at_end(a, t, p, i),
            lambda t, b, e, i=s.index: body_between(a, t, b, e, i),
        )
        add_people(a, people, s.index, ordered)
        current_project = add_projects(a, text, s.index, ordered, main, current_project, project_hits)
        if current_project:
            a.last["Project"] = current_project  # 项目负责人X介绍: the project the article is about
        for _pos, key in sorted(ordered):
            a.last[a.kind_of(key)] = key
        zones_of.append((s.index, text, [(p, k) for p, k in ordered if a.kind_of(k) == "Zone"]))
    merge_projects(a, project_hits)
    for i, text, zones in zones_of:
        if zones:
            sited_known(a, text, zones, i)
    a.original_forms()
    return Extraction(
        article=a.article,
        sentences=tuple(a.sents),
        mentions={k: b.freeze() for k, b in a.m.items()},
        posts=tuple(dict.fromkeys(a.posts)),
        relations=tuple(dict.fromkeys(a.relations)),
        quantities=tuple(a.quantities),
    )


def _merge_company(a: ArticleState, companies: dict, key: str, into: str) -> None:
    """The short form `key` is the company `into`: one mention, its names and count joined."""
    b = a.m.pop(key)
    target = a.m[into]
    target.aliases |= b.aliases | {str(b.name)}
    target.count += b.count
    del companies[key]


_GROUP_WORD = re.compile(r"(?:投资|控股|实业|发展|产业)(?=集团$)")
_LEVEL_CHAR = {"province": "省", "city": "市", "county": "县"}


def level_forms(name: str) -> set[str]:
    """安徽农垦集团 → 省农垦集团, 镇江交通产业集团 → 市交通产业集团 and 市交通集团: how an article writes a firm
    named after its place again, by the place's level (the city before a district of the same name)."""
    if not name.endswith(("集团", "公司")):
        return set()
    for n in (2, 3, 4):
        levels = [d.level for d in lexicon().gazetteer.places(name[:n]) if d.level in _LEVEL_CHAR]
        rest = name[n:].lstrip("市县省")
        if levels and len(rest) >= 4:
            level = _LEVEL_CHAR["city" if "city" in levels else levels[0]]
            return {level + rest, level + _GROUP_WORD.sub("", rest)}
    return set()


def _level_forms(a: ArticleState) -> None:
    """Those forms as the firm's aliases, so that a later 市交通集团 is found as the firm it is."""
    for b in a.m.values():
        if b.kind == "Company" and str(b.name).endswith("集团"):  # a firm's full legal name is written whole
            b.aliases |= level_forms(str(b.name))


def _brands_of_full_names(a: ArticleState) -> None:
    """聚龙机械 in a list of firms beside 聚龙机械制造有限公司: the brand is the full name's short form in this
    article, one company (a brand two full names share stays apart)."""
    from .companies import without_place

    companies = {k: b for k, b in a.m.items() if b.kind == "Company"}
    for key, b in list(companies.items()):
        brand = str(b.name)
        if brand != legal_base(brand) or brand.endswith(("公司", "集团")) or len(brand) < 3:
            continue
        full = [
            k
            for k, o in companies.items()
            if k != key
            and str(o.name) != legal_base(str(o.name))
            and any(
                f.startswith(brand) and len(f) > len(brand)
                for f in (legal_base(str(o.name)), without_place(legal_base(str(o.name))))
            )
        ]
        if len(full) == 1:
            _merge_company(a, companies, key, full[0])
    # 华商投资集团 … 华商集团: a group named without the word of its business
    for key, b in list(companies.items()):
        short = str(b.name)
        if not short.endswith("集团") or len(short) < 4:
            continue
        full = [
            k
            for k, o in companies.items()
            if k != key and str(o.name) != short and _GROUP_WORD.sub("", str(o.name)) == short
        ]
        if len(full) == 1:
            _merge_company(a, companies, key, full[0])
    # 安徽农垦集团 … 省农垦集团, 镇江交通产业集团 … 市交通集团: a firm written again by its place's level
    for key, b in list(companies.items()):
        short = str(b.name)
        if short[:1] not in "省市县" or len(short) < 5:
            continue
        full = [k for k, o in companies.items() if k != key and short in level_forms(str(o.name))]
        if len(full) == 1:
            _merge_company(a, companies, key, full[0])
    # 山西建投三建集团 … 三建集团: a group's member named after its parent goes by its own name alone
    for key, b in list(companies.items()):
        short = str(b.name)
        if len(short) < 4 or not short.endswith(("集团", "公司")) or short[0] in "省市县区":
            continue
        full = [
            k
            for k, o in companies.items()
            if k != key and str(o.name).endswith(short) and len(str(o.name)) - len(short) >= 2
        ]
        if len(full) == 1:
            _merge_company(a, companies, key, full[0])
