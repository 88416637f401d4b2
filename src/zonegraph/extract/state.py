"""The state of one article's extraction: its sentences, the mentions found so far, their posts, relations
and figures, and the context that unqualified titles (县长, 管委会主任) are read in.

The stages (zone_mentions, posts, investments) add to it in reading order; article.py runs them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import Article, Mention, Post, Quantity, Relation
from .companies import legal_base
from .lexicon import lexicon
from .text import split_sentences, to_simplified
from .zones import resolve_place


@dataclass
class MentionBuilder:
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


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause (between ；/。) around text[start:end]."""
    left = max(text.rfind(c, 0, start) for c in "；;。") + 1
    right = min([x for x in (text.find(c, end) for c in "；;。") if x >= 0] or [len(text)])
    return left, right


def item_start(text: str, left: int, pos: int, marks: str) -> int:
    """Where the list item holding `pos` starts: after the last of `marks` between `left` and `pos`
    (A与B签署X项目、C和D签署Y项目: Y's item starts after 、)."""
    return max(left, max(text.rfind(c, left, pos) for c in marks) + 1)


def lcs_ratio(short: str, long: str) -> float:
    """Share of `short`'s characters that appear in `long` in the same order."""
    prev = [0] * (len(long) + 1)
    for a in short:
        cur = [0]
        for j, b in enumerate(long):
            cur.append(prev[j] + 1 if a == b else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1] / len(short) if short else 0.0


# not before 直, 域, 级: 乡和县直有关部门 names no 和县, 县域 no county
# 广州市|励丰文化科技股份有限公司: the rest of a firm's name after the place it is registered in
OPENS_A_FIRM = re.compile(r"[^\W\d_的与和及在是为了等]{2,12}?(?:股份有限公司|有限责任公司|有限公司|集团)")
_FULL_DIVISION = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:市|县|区)(?=[\u4e00-\u9fff，。、])(?![直域级])")
# 应县, 代县: a county of one character, standing at the head of a clause or after its city (朔州市应县)
_ONE_CHARACTER_COUNTY = re.compile(
    r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=市))(?![和与及在对为到全该本我各每两])[\u4e00-\u9fff]县(?!长)"  # not 代县长
)
_SHORT_DIVISION = re.compile(
    r"([\u4e00-\u9fff]{2,3}?)(?=全市|市委|市政府|市人大|市政协|全县|县委|县政府|全区|区委|区政府"
    r"|新闻网讯|新闻网|日报讯|融媒体中心讯)"  # 仪陇新闻网讯: a county's own news site names it
)


class ArticleState:
    """Mentions keyed by kind and name (zone:140800:econ, person:赵自成 …), merged as they recur."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.title = to_simplified(article.title)
        self.body = to_simplified(article.text)
        self.original = (article.title, article.text)
        self.sents = split_sentences(self.title, self.body)
        self.m: dict[str, MentionBuilder] = {}
        self.posts: list[Post] = []
        self.relations: list[Relation] = []
        self.quantities: list[Quantity] = []
        self.provinces: set[str] = set()
        self.last: dict[str, str] = {}  # context kind → mention key
        self.zone_counts: Counter[str] = Counter()
        self.title_zone: str | None = None
        self._divisions: dict[str, object] = {}

    def add(self, key: str, kind: str, name: str, sentence: int, **attrs: object) -> MentionBuilder:
        b = self.m.get(key)
        if b is None:
            b = self.m[key] = MentionBuilder(kind, name, sentence)
        b.aliases.add(name)
        b.count += 1
        for k, v in attrs.items():
            b.attrs.setdefault(k, v)
        return b

    def main_zone(self) -> str | None:
        if self.title_zone:
            return self.title_zone
        if self.zone_counts:
            return self.zone_counts.most_common(1)[0][0]
        return None

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
        # 海门市 of an older text, now 海门区: the name it was written by
        written = place + {"city": "市", "county": "县"}.get(hint or "", "") if len(place) == 2 else place
        if written != d.name and written.endswith(("市", "县", "区")) and len(written) >= 3:
            self.m[key].aliases.add(written)
        return key

    def context(self, kind: str, ordered: list[tuple[int, str]], pos: int) -> str | None:
        for p, key in reversed(ordered):
            if p < pos and self.kind_of(key) == kind:
                return key
        if kind == "province" and "province" not in self.last and len(self.provinces) == 1:
            # 省委常委 in an article whose places all lie in one province
            d = lexicon().gazetteer.divisions.get(next(iter(self.provinces)))
            if d:
                return self.place_key(d.name, 0, "province")
        if kind in self.last:
            return self.last[kind]
        if kind in ("city", "county", "province"):
            found = self.zone_division(kind, ordered, pos)
            county = self.last.get("county")
            if found is None and kind == "city" and county and str(self.m[county].name).endswith("市"):
                return county  # 霍州市…市委常委: a county-level city is the 市 of its 市委
            return found
        return None

    def zone_division(self, level: str, ordered: list[tuple[int, str]], pos: int) -> str | None:
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
            if level == "city" and d.level == "county" and d.parent and not d.name.endswith("市"):
                d = gaz.divisions.get(d.parent, d)  # a county's city; a county-level city (原平市) is its own
            if (
                level == "province" and d.level != "province"
            ):  # 副省长、沈抚示范区党工委书记: the zone's province
                d = gaz.divisions.get(d.code[:2] + "0000", d)
            if d.level == level or (level == "city" and d.name.endswith("市")):
                return self.place_key(d.name, self.m[key].sentence, level)
        d = self.article_division(level) if level != "province" else None
        return self.place_key(d.name, 0, level) if d else None

    def article_division(self, level: str):  # noqa: ANN201 - Division | None
        """The city (or county) the article is about when it never names one next to a title: the one its
        text names most (晋中市…, 晋中全市, 晋中市委), counted once per article."""
        if level not in self._divisions:
            counts: Counter = Counter()
            text = self.title + "\n" + self.body
            names = [
                m.group(0) for m in _FULL_DIVISION.finditer(text) if not OPENS_A_FIRM.match(text, m.end())
            ]
            names += [m.group(0) for m in _ONE_CHARACTER_COUNTY.finditer(text)]
            names += [
                m.group(1) + ("市" if level == "city" else "区" if text.startswith("区", m.end()) else "县")
                for m in _SHORT_DIVISION.finditer(text)
            ]
            for name in names:
                # 代表|海州区: the longest end of the match that is a place
                d = next(
                    (
                        x
                        for j in range(len(name) - 1)
                        if (x := resolve_place(name[j:], self.provinces)) is not None
                    ),
                    None,
                )
                if d is not None and d.level == level:
                    counts[d.code] += 1
            top = counts.most_common(2)
            unique = top and (len(top) == 1 or top[0][1] > top[1][1])
            self._divisions[level] = lexicon().gazetteer.divisions.get(top[0][0]) if unique else None
        return self._divisions[level]

    def is_business(self, key: str) -> bool:
        return str(self.m[key].name).endswith(("协会", "商会", "学会", "联合会", "促进会", "集团", "公司"))

    def kind_of(self, key: str) -> str:
        b = self.m[key]
        if b.kind == "Region":
            return str(b.attrs.get("level"))
        if b.kind == "Organization":
            return "Company"
        return b.kind

    def companies_in(self, ordered: list[tuple[int, str]], left: int, right: int) -> set[str]:
        return {k for p, k in ordered if left <= p < right and self.m[k].kind == "Company"}

    def company(self, name: str, i: int) -> str:
        """The mention key of a company named `name` in this article, added if new."""
        base = legal_base(name)
        for k, b in self.m.items():
            if b.kind in ("Company", "Organization") and (name in b.aliases or legal_base(b.name) == base):
                return k
        key = f"company:{base}"
        self.add(key, "Company", name, i)
        return key

    def original_forms(self) -> None:
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
