"""From one Article, the entities, posts, relations and figures it states, each tied to its sentence.

`extract_article` is a pure function of the article and the lexicons, so it runs in worker processes.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..model import Article, Extraction, Mention, Post, Quantity, Relation
from .amounts import find_amounts
from .companies import find_known, find_orgs, legal_base, org_boundaries, short_forms
from .lexicon import lexicon, segmenter
from .people import LEAD_TITLES, context_kind, find_people, inherits, title_category, titles_re
from .projects import (
    ANAPHORS,
    CONNECTORS,
    find_projects,
    investor_before,
    investor_prefix,
    is_kind_of_project,
    is_specific_project,
    starts_proper,
)
from .spans import scan_left, strip_leading
from .text import split_sentences, to_simplified
from .zones import anaphoric_zones, find_zones, place_ending_at, resolve_place, zone_region

__all__ = ["extract_article", "warm_up"]


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
_SIGNING = re.compile(r"签订|签约|签署|落户|引进|入驻")
_AGENCY = re.compile(
    r"(?:委员会|管理局|办公室|服务中心|中心|人大常委会|政协|政府|商会|协会|学会|研究院|研究所|局|厅|委|办|署|部)$"
)


def warm_up() -> None:
    """Load lexicons and jieba once, before the first article (and once per worker process)."""
    import jieba.posseg  # noqa: F401 - its tag table loads once here, not inside the first article

    lexicon()
    segmenter()
    titles_re()


@dataclass
class _Builder:
    kind: str
    name: str
    sentence: int
    aliases: set[str] = field(default_factory=set)
    attrs: dict[str, object] = field(default_factory=dict)
    count: int = 0

    def freeze(self) -> Mention:
        return Mention(
            self.kind,
            self.name,
            self.sentence,
            tuple(sorted(self.aliases - {self.name})),
            tuple(sorted(self.attrs.items())),
        )


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause (between ；/。) around text[start:end]."""
    left = max(text.rfind(c, 0, start) for c in "；;。") + 1
    right = min([x for x in (text.find(c, end) for c in "；;。") if x >= 0] or [len(text)])
    return left, right


def _lcs_ratio(short: str, long: str) -> float:
    """Share of `short`'s characters that appear in `long` in the same order."""
    prev = [0] * (len(long) + 1)
    for a in short:
        cur = [0]
        for j, b in enumerate(long):
            cur.append(prev[j] + 1 if a == b else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1] / len(short) if short else 0.0


class _Article:
    """The state of one article's extraction: mentions so far and the context for unqualified titles."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.title = to_simplified(article.title)
        self.body = to_simplified(article.text)
        self.original = (article.title, article.text)
        self.sents = split_sentences(self.title, self.body)
        self.m: dict[str, _Builder] = {}
        self.posts: list[Post] = []
        self.relations: list[Relation] = []
        self.quantities: list[Quantity] = []
        self.provinces: set[str] = set()
        self.last: dict[str, str] = {}  # context kind → mention key
        self.zone_counts: Counter[str] = Counter()
        self.title_zone: str | None = None

    # -- mentions -------------------------------------------------------------------------------
    def add(self, key: str, kind: str, name: str, sentence: int, **attrs: object) -> _Builder:
        b = self.m.get(key)
        if b is None:
            b = self.m[key] = _Builder(kind, name, sentence)
        b.aliases.add(name)
        b.count += 1
        for k, v in attrs.items():
            b.attrs.setdefault(k, v)
        return b

    # -- zones ----------------------------------------------------------------------------------
    def zones(self) -> dict[int, list[tuple[int, int, str]]]:
        spans: dict[int, list[tuple[int, int, str]]] = {}
        all_hits = [(s.index, h) for s in self.sents for h in find_zones(s.text)]
        # 东湖新技术开发区 after 武汉东湖新技术开发区 in the same article is the same zone
        longer = {h.surface: h for _, h in all_hits}
        for n, (i, h) in enumerate(all_hits):
            full = [
                o
                for s, o in longer.items()
                if s != h.surface and s.endswith(h.surface) and o.zone_class == h.zone_class
            ]
            if len(full) == 1:
                f = full[0]
                all_hits[n] = (
                    i,
                    replace(h, place=f.place, inner=f.inner, outer=f.outer, mid=f.mid, abbreviated=True),
                )
        for _, h in all_hits:
            d, _mid = zone_region(h)
            if d and len(lexicon().gazetteer.places(h.inner or h.place)) == 1:
                self.provinces.add(d.province_code)
        placed = [(i, h, *zone_region(h, self.provinces)) for i, h in all_hits]
        # 山西综改示范区 beside 山西转型综改示范区: without its proper part, the one zone of that place and kind
        mids: dict[tuple[str, str], dict[str, str]] = {}  # (place, class) → {proper part: surface}
        for _i, h, d, mid in placed:
            mids.setdefault((d.code if d else h.place, h.zone_class), {})[mid or ""] = h.surface
        for i, h, d, mid in placed:
            others = {m: s for m, s in mids[(d.code if d else h.place, h.zone_class)].items() if m}
            if not mid and len(others) == 1:
                other_mid, other_surface = next(iter(others.items()))
                if _lcs_ratio(h.surface, other_surface) == 1.0:  # every character of it, in order
                    mid = other_mid
            key = f"zone:{d.code if d else h.place}:{h.zone_class}" + (f":{mid}" if mid else "")
            b = self.add(key, "Zone", h.surface, i, zone_class=h.zone_class)
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
            self.zone_counts[key] += 1
            if i == 0 and self.title_zone is None:
                self.title_zone = key
        by_class: dict[str, list[str]] = {}
        for key, b in self.m.items():
            if b.kind == "Zone":
                by_class.setdefault(str(b.attrs["zone_class"]), []).append(key)
        for s in self.sents:
            taken = spans.get(s.index, [])
            for start, end, word in anaphoric_zones(s.text):
                if any(a <= start < b for a, b, _ in taken):
                    continue
                cls = {"高新区": "hitech", "经开区": "econ", "开发区": "econ", "示范区": "other"}.get(word)
                cands = by_class.get(cls, []) if cls else [k for ks in by_class.values() for k in ks]
                if len(cands) == 1:
                    spans.setdefault(s.index, []).append((start, end, cands[0]))
                    self.zone_counts[cands[0]] += 1
        return spans

    def main_zone(self) -> str | None:
        if self.title_zone:
            return self.title_zone
        if self.zone_counts:
            return self.zone_counts.most_common(1)[0][0]
        return None

    # -- places ---------------------------------------------------------------------------------
    def place_key(self, place: str, sentence: int, hint: str | None = None) -> str | None:
        d = resolve_place(place, self.provinces)
        if d is None:
            return None
        gaz = lexicon().gazetteer
        if hint in ("city", "county", "province"):
            same = [x for x in gaz.places(place) if x.level == hint]
            if same:
                d = sorted(same, key=lambda x: (x.province_code not in self.provinces, x.code))[0]
        key = f"region:{d.code}"
        self.add(key, "Region", d.name, sentence, code=d.code, level=d.level)
        self.last[d.level] = key
        return key

    # -- the whole article ----------------------------------------------------------------------
    def run(self) -> Extraction:
        zone_spans = self.zones()
        org_hits = {
            s.index: find_orgs(s.text, titles_re(), tuple(e for _s, e, _k in zone_spans.get(s.index, [])))
            for s in self.sents
        }
        for i, hits in org_hits.items():
            for h in hits:
                key = f"{h.kind.lower()}:{legal_base(h.name)}"
                b = self.add(key, h.kind, h.name, i)
                if len(h.name) > len(b.name):
                    b.name = h.name
                if h.stock:
                    b.attrs["stock"] = h.stock
        known_short = {
            legal_base(b.name): k for k, b in self.m.items() if b.kind in ("Company", "Organization")
        }
        known_short.update(
            {a: k for k, b in self.m.items() if b.kind in ("Company", "Organization") for a in b.aliases}
        )
        main = self.main_zone()
        current_project: str | None = None
        project_hits: list[tuple[int, object]] = []
        for s in self.sents:
            text = s.text
            spans: dict[int, tuple[int, str, str]] = {}
            ordered: list[tuple[int, str]] = []  # (position, mention key) in reading order
            for start, end, key in zone_spans.get(s.index, []):
                spans[end] = (start, "Zone", key)
                ordered.append((start, key))
            for start, end, name in find_known(text, set(known_short)):
                key = known_short[name]
                self.m[key].aliases.add(name)
                spans[end] = (start, self.m[key].kind, key)
                ordered.append((start, key))
            self._full_places(text, s.index, ordered)
            ordered.sort()
            people = find_people(text, spans, lambda t, p, i=s.index: self._place_at_end(t, p, i))
            self._people(people, s.index, ordered)
            current_project = self._projects(text, s.index, ordered, main, current_project, project_hits)
            for _pos, key in sorted(ordered):
                self.last[self._kind_of(key)] = key
        self._merge_projects(project_hits)
        self._original_forms()
        return Extraction(
            article=self.article,
            sentences=tuple(self.sents),
            mentions={k: b.freeze() for k, b in self.m.items()},
            posts=tuple(dict.fromkeys(self.posts)),
            relations=tuple(dict.fromkeys(self.relations)),
            quantities=tuple(self.quantities),
        )

    def _original_forms(self) -> None:
        """Names as a traditional-character article wrote them become aliases (運城經開區 beside 运城经开区)."""
        if self.title == self.original[0] and self.body == self.original[1]:
            return
        simplified = self.title + "\n" + self.body
        original = self.original[0] + "\n" + self.original[1]
        if len(simplified) != len(original):
            return
        for b in self.m.values():
            for name in list(b.aliases | {b.name}):
                at = simplified.find(name)
                if at >= 0 and original[at : at + len(name)] != name:
                    b.aliases.add(original[at : at + len(name)])

    def _full_places(self, text: str, i: int, ordered: list[tuple[int, str]]) -> None:
        """Full division names (山阴县, 忻州市) in the text: the context for 县委副书记, 市领导 …"""
        for m in re.finditer(
            r"[\u4e00-\u9fff]{1,6}?(?:自治县|自治州|市|县|省)(?=[\u4e00-\u9fff，。、])", text
        ):
            for j in range(m.start(), m.end() - 1):
                cand = text[j : m.end()]
                if cand in lexicon().gazetteer.by_name and len(cand) >= 2:
                    key = self.place_key(cand, i)
                    if key:
                        ordered.append((j, key))
                    break

    def _place_at_end(self, text: str, end: int, i: int) -> tuple[int, str, str] | None:
        """The organisation written right before a title: a place (忻州|市委书记) or an agency
        (省发改委|主任, 招商局|局长), so that the title is not put on the article's zone."""
        place = place_ending_at(text, end)
        if not place:
            m = _AGENCY.search(text, 0, end)
            if not m or m.end() != end:
                return None
            start = scan_left(text, m.end(), limit=16, words=org_boundaries())
            name, start = strip_leading(text[start:end], start)
            if len(name) < 3 or place_ending_at(name, len(name)) == name:
                return None
            key = f"organization:{name}"
            self.add(key, "Organization", name, i)
            return start, "Organization", key
        nxt = text[end : end + 2]
        hint = "county" if nxt.startswith("县") else "city" if nxt.startswith("市") else None
        key = self.place_key(place, i, hint)
        return (end - len(place), "Region", key) if key else None

    def _context(self, kind: str, ordered: list[tuple[int, str]], pos: int) -> str | None:
        for p, key in reversed(ordered):
            if p < pos and self._kind_of(key) == kind:
                return key
        if kind == "province" and "province" not in self.last and len(self.provinces) == 1:
            # 省委常委 in an article whose places all lie in one province
            d = lexicon().gazetteer.divisions.get(next(iter(self.provinces)))
            if d:
                return self.place_key(d.name, 0, "province")
        if kind in self.last:
            return self.last[kind]
        if kind in ("city", "county"):
            return self._zone_division(kind, ordered, pos)
        return None

    def _zone_division(self, level: str, ordered: list[tuple[int, str]], pos: int) -> str | None:
        """市长 or 县委书记 with no city or county named before them: the one a zone of the sentence (or the
        article's main zone) lies in (县长牛志强深入长子经济技术开发区 → 长子县; 我市 → the zone's city)."""
        gaz = lexicon().gazetteer
        here = [k for p, k in ordered if p > pos and self.m[k].kind == "Zone"]
        main = self.main_zone()
        for key in [*here, *([main] if main else [])]:
            code = str(self.m[key].attrs.get("region") or "")
            d = gaz.divisions.get(code)
            if d is None:
                continue
            if level == "city" and d.level == "county" and d.parent:
                d = gaz.divisions.get(d.parent, d)
            if d.level == level:
                return self.place_key(d.name, self.m[key].sentence, level)
        return None

    def _is_business(self, key: str) -> bool:
        return str(self.m[key].name).endswith(("协会", "商会", "学会", "联合会", "促进会", "集团", "公司"))

    def _kind_of(self, key: str) -> str:
        b = self.m[key]
        if b.kind == "Region":
            return str(b.attrs.get("level"))
        if b.kind == "Organization":
            return "Company"
        return b.kind

    def _people(self, people, i: int, ordered: list[tuple[int, str]]) -> None:  # noqa: ANN001
        for p in people:
            pkey = f"person:{p.name}"
            b = self.add(pkey, "Person", p.name, i)
            official = False
            prev_org: str | None = None
            prev_title: str | None = None
            for seg in p.segments:
                org_key = seg.org[2] if seg.org and len(seg.org) > 2 else None
                if seg.org and org_key is None:
                    org_key = seg.org[1]
                if org_key is None and prev_org and prev_title and inherits(prev_title, seg.title):
                    org_key = prev_org
                if org_key is None:
                    org_key = self._context(context_kind(seg.title), ordered, seg.start)
                if org_key is None:
                    continue
                okind = self.m[org_key].kind
                self.posts.append(Post(pkey, seg.title, okind, org_key, i))
                # a government, party or zone post; a company's 党委书记 does not make an official
                official = (
                    official
                    or (title_category(seg.title) == "gov" and okind in ("Zone", "Region"))
                    or (
                        title_category(seg.title) == "gov"
                        and okind == "Organization"
                        and not self._is_business(org_key)
                    )
                )
                # the zone's top posts; 主任 written right after the zone's name (灵石经开区主任) heads its committee
                top = seg.title in LEAD_TITLES or (seg.title == "主任" and seg.org is not None)
                if top and okind == "Zone":
                    self.relations.append(Relation(pkey, "leads", org_key, i))
                prev_org, prev_title = org_key, seg.title
            b.attrs["official"] = bool(b.attrs.get("official")) or official
            ordered.append((p.start, pkey))
        ordered.sort()
        # the same names without titles elsewhere in the sentence are mentions too (朱晓东表示)
        names = {b.name: k for k, b in self.m.items() if b.kind == "Person"}
        if names:
            for _start, _end, name in find_known(self.sents[i].text, set(names)):
                self.m[names[name]].attrs.setdefault("sentences", set()).add(i)  # type: ignore[union-attr]

    def _projects(self, text, i, ordered, main, current, project_hits) -> str | None:  # noqa: ANN001
        amounts = find_amounts(text)
        # 总投资X亿元的|建设 <project>: the amount names the project that follows it
        anchor_of: dict[int, int] = {}
        for idx, a in enumerate(amounts):
            c = CONNECTORS.match(text, a.end) if a.prop == "investment" else None
            if c:
                anchor_of[idx] = c.end()
        anchored = set(anchor_of.values())
        # 鹏飞集团投资12.6亿元的…项目, 泽钢集团将投资20亿元建设…项目, 晋南钢铁集团投资的…项目
        investors: dict[int, str] = {}
        for m in re.finditer("投资", text):
            inv = investor_before(text, m.start())
            if inv is None:
                continue
            am = next((a for a in amounts if a.prop == "investment" and a.start <= m.start() < a.end), None)
            c = CONNECTORS.match(text, am.end if am else m.end())
            if c:
                investors[c.end()] = inv[0]
                anchored.add(c.end())
        company_names = [b.name for b in self.m.values() if b.kind in ("Company", "Organization")]
        known = {legal_base(n) for n in company_names} | {
            str(b.name) for b in self.m.values() if b.kind == "Zone"
        }
        # a project's name never reaches back across a person's name (…副书记扈某|衡水高新区重点项目)
        people = {b.name for b in self.m.values() if b.kind == "Person"}
        stops = tuple(e for _s, e, _n in find_known(text, people))
        hits = [
            replace(h, specific=True) if h.start in anchored and not is_kind_of_project(h.name) else h
            for h in find_projects(text, known, anchored, stops)
        ]
        # a project one company signs for (与X公司签约|环保涂料生产线项目) is a concrete one, named or not
        for n, h in enumerate(hits):
            if not h.specific and not is_kind_of_project(h.name) and len(h.name) >= 6:
                left, right = _clause(text, h.start, h.end)
                if (
                    _SIGNING.search(text, left, h.start)
                    and len(self._companies_in(ordered, left, h.start)) == 1
                ):
                    hits[n] = replace(h, specific=True)
        # a project named after its investor's full name: 山西一信科技有限公司|军民融合信创产业园项目
        full = {b.name: k for k, b in self.m.items() if b.kind == "Company" and not b.attrs.get("short")}
        owner_of: dict[int, str] = {}
        for cs, ce, cname in find_known(text, set(full)):
            for n, h in enumerate(hits):
                if cs < h.start <= ce and h.start not in anchored:
                    hits[n] = replace(h, start=cs, name=text[cs : h.end], specific=True)
                    owner_of[cs] = full[cname]
                elif h.start == ce + 1 and text[ce] == "的":
                    owner_of[h.start] = full[cname]  # X公司的Y项目
        keys: list[tuple[int, int, str]] = []
        for h in hits:
            if not h.specific:
                project_hits.append((i, h))
                owners = [
                    k
                    for k, b in self.m.items()
                    if b.kind == "Project" and b.name.endswith(h.name) and b.sentence < i and len(h.name) >= 5
                ]
                if len(owners) == 1:
                    keys.append((h.start, h.end, owners[0]))
                continue
            # 临汾经开区|中联恒创项目: the zone where it lies is not part of its name (kept as another name)
            zone_names = {n for b in self.m.values() if b.kind == "Zone" for n in (b.name, *b.aliases)}
            prefix = next((z for z in sorted(zone_names, key=len, reverse=True) if h.name.startswith(z)), "")
            own = h.name[len(prefix) :]
            if not prefix or len(own) < 5 or not is_specific_project(own, known):
                own = h.name
            key = f"project:{own}"
            self.add(key, "Project", own, i)
            if own != h.name:
                self.m[key].aliases.add(h.name)
            project_hits.append((i, h))
            keys.append((h.start, h.end, key))
            zone_here = [k for p, k in ordered if self._kind_of(k) == "Zone"]
            where = zone_here[-1] if zone_here and zone_here[-1] != main and main else main
            if zone_here and not main:
                where = zone_here[-1]
            if where:
                self.relations.append(Relation(key, "locatedIn", where, i))
            if h.start in owner_of:
                self.relations.append(Relation(owner_of[h.start], "invests", key, i))
                continue
            if h.start in investors:
                who = investors[h.start]
                ckey = (
                    self._context("Company", ordered, h.start) if who in ANAPHORS else self._company(who, i)
                )
                if ckey:
                    self.relations.append(Relation(ckey, "invests", key, i))
                    continue
            brand = investor_prefix(
                h.name,
                [legal_base(n) for n in company_names]
                + [a for b in self.m.values() if b.kind == "Company" for a in b.aliases],
                guess=h.boundary != "list",  # items of a list: only companies the article names
            )
            if (
                brand
                and not (
                    starts_proper(brand)
                    or h.name[len(brand) :].startswith(
                        _BUILDS
                    )  # 世纪华泽|新建…: the builder named by its verb
                    or h.name[h.name.find(brand) + len(brand) :].startswith(_BUILDS)
                    or self._supported(brand, h.name, company_names)
                )
            ):
                brand = None  # a guess that opens with a common word and is never repeated is no company
            if brand:
                ckey = next(
                    (
                        k
                        for k, b in self.m.items()
                        if b.kind in ("Company", "Organization")
                        and (brand in b.aliases or legal_base(b.name) == brand)
                    ),
                    None,
                )
                if ckey is None:  # a short name: resolve() joins it to the full name it abbreviates
                    ckey = f"company:{brand}"
                    self.add(ckey, "Company", brand, i, short=True)
                    self._brand_aliases(brand, ckey)
                    before = h.name[: h.name.find(brand)]
                    if before and place_ending_at(before, len(before)) == before:
                        self.m[ckey].aliases.add(before + brand)  # 山西|新能汇通: the place-named form too
                self.relations.append(Relation(ckey, "invests", key, i))
        # 开发区与X公司签订Y项目投资协议: the one company of a signing clause invests in its projects
        funded = {r.object for r in self.relations if r.predicate == "invests"}
        for start, end, key in keys:
            if key in funded:
                continue
            left, right = _clause(text, start, end)
            if not _SIGNING.search(text, left, right):
                continue
            companies = self._companies_in(ordered, left, right)
            if len(companies) == 1:
                self.relations.append(Relation(next(iter(companies)), "invests", key, i))
        # quantities: to the project named right after 的, else the nearest one before, else the current one
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
            elif before:
                target = before[-1]
            elif aggregate:
                target = None
            elif re.match(r"^(该|此|这个)?项目", clause) or re.match(r"^(该|此|这个)?项目", text) or current:
                target = (
                    current if (current and not re.search(r"项目", clause.replace("该项目", ""))) else None
                )
            if aggregate and not after:
                target = None
            if target:
                self.quantities.append(
                    Quantity(target, a.prop, str(a.value), a.unit, a.qualifier, i, a.surface)
                )
        if keys:
            return keys[-1][2]
        generic = [h for _, h in project_hits[-len(hits) :] if not h.specific] if hits else []
        if generic:
            return current
        return current if amounts else None

    def _supported(self, brand: str, project: str, company_names: list[str]) -> bool:
        """A brand guessed from a project's name counts when the article names it again elsewhere, or it is
        a short form of a company the article names in full."""
        if any(brand in short_forms(n) for n in company_names):
            return True
        text = self.title + "\n" + self.body
        alone = sum(
            1
            for m in re.finditer(re.escape(brand), text)
            if text[m.end() : m.end() + 1] in _AFTER_A_NAME
            or text[m.end() : m.end() + 2] in _VERBS_AFTER_A_NAME
        )
        return alone > 0

    def _companies_in(self, ordered: list[tuple[int, str]], left: int, right: int) -> set[str]:
        return {k for p, k in ordered if left <= p < right and self.m[k].kind == "Company"}

    def _company(self, name: str, i: int) -> str:
        """The mention key of a company named `name` in this article, added if new."""
        base = legal_base(name)
        for k, b in self.m.items():
            if b.kind in ("Company", "Organization") and (name in b.aliases or legal_base(b.name) == base):
                return k
        key = f"company:{base}"
        self.add(key, "Company", name, i)
        return key

    def _brand_aliases(self, brand: str, ckey: str) -> None:
        """大运 → also 大运汽车 where the text says so; 亚新科汽车 → also 亚新科."""
        industry = lexicon().industry_words
        word = next((w for w in sorted(industry, key=len, reverse=True) if brand.endswith(w)), None)
        if word and len(brand) - len(word) >= 3:
            self.m[ckey].aliases.add(brand[: -len(word)])
        for s in self.sents:
            i = s.text.find(brand)
            while i >= 0:
                nxt = s.text[i + len(brand) : i + len(brand) + 2]
                if nxt in industry:
                    self.m[ckey].aliases.add(brand + nxt)
                i = s.text.find(brand, i + 1)

    def _merge_projects(self, project_hits) -> None:  # noqa: ANN001
        """Within one article: 奥泰智能煤机制造项目 = 奥泰大型智能煤机制造项目; 标准厂房项目 = …标准厂房项目."""
        specific = [k for k, b in self.m.items() if b.kind == "Project"]
        invest_of = {r.object: r.subject for r in self.relations if r.predicate == "invests"}
        target: dict[str, str] = {}
        for k in sorted(specific, key=lambda k: -len(self.m[k].name)):
            name = self.m[k].name
            for other in specific:
                if other == k or other in target or k in target or len(self.m[other].name) < len(name):
                    continue
                core, ocore = (
                    re.sub(r"(项目|工程)$", "", name),
                    re.sub(r"(项目|工程)$", "", self.m[other].name),
                )
                same_investor = (
                    invest_of.get(k)
                    and invest_of.get(k) == invest_of.get(other)
                    and re.findall(r"\d+", core) == re.findall(r"\d+", ocore)  # 200兆瓦 is not 500兆瓦
                    and _lcs_ratio(core, ocore) >= 0.5
                )
                if _lcs_ratio(core, ocore) >= 0.8 or same_investor:
                    target[k] = other
        for _, h in project_hits:
            if h.specific:
                continue
            core = re.sub(r"(项目|工程)$", "", h.name)
            owners = [
                k for k in specific if k not in target and self.m[k].name.endswith(h.name) and len(core) >= 3
            ]
            if len(owners) == 1:
                self.m[owners[0]].aliases.add(h.name)
        if not target:
            return
        for src, dst in target.items():
            while dst in target:
                dst = target[dst]
            self.m[dst].aliases |= self.m[src].aliases
            del self.m[src]
            self.relations = [
                Relation(
                    dst if r.subject == src else r.subject,
                    r.predicate,
                    dst if r.object == src else r.object,
                    r.sentence,
                )
                for r in self.relations
            ]
            self.quantities = [
                Quantity(
                    dst if q.project == src else q.project,
                    q.prop,
                    q.value,
                    q.unit,
                    q.qualifier,
                    q.sentence,
                    q.surface,
                )
                for q in self.quantities
            ]


def extract_article(article: Article) -> Extraction:
    return _Article(article).run()
