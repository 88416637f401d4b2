"""People and their posts: full division names as context, the organisation written before a title, and
the post each title of a person's chain gives (with leads for a zone's top posts)."""

from __future__ import annotations

import re

from ..model import Post, Relation
from .companies import find_known, has_proper_marker, org_boundaries
from .lexicon import lexicon
from .people import LEAD_TITLES, OWN_BODY, context_kind, inherits, title_category, titles_re
from .spans import scan_left, strip_leading
from .state import OPENS_A_FIRM, ArticleState
from .zones import BARE_WORD_CLASS, _is_province, place_ending_at

_AGENCY = re.compile(
    r"(?:委员会|管理局|办公室|办事处|服务中心|中心|人大常委会|政协|政府|商会|协会|学会|联谊会|联合会|促进会|研究会|"
    r"研究院|研究所|海关|街道|工作室|经济区|局|厅|委|办|署|部|处|站|镇|乡)$"
)


_NEW_TOWN = re.compile(r"(?:^|[^\u4e00-\u9fff]|[省市县区])([\u4e00-\u9fff]{2,4}新城)$")

# the party's own departments, named the same in every place (their first word is also a verb: 组织, 宣传)
_PARTY_ORGAN = re.compile(
    r"(?:[\u4e00-\u9fff]{2,4}?[省市县区]委)?(?:组织部|宣传部|统战部|政法委|纪委|监委|编办)$"
)


def add_full_places(a: ArticleState, text: str, i: int, ordered: list[tuple[int, str]]) -> None:
    """Full division names (山阴县, 忻州市) in the text: the context for 县委副书记, 市领导 …, each from where it
    is written on (they become the last seen once the sentence is read: 市委常委任某宣读…经临汾市委研究决定 is
    no official of 临汾)."""
    for m in re.finditer(
        r"[\u4e00-\u9fff]{1,6}?(?:自治县|自治州|市|县|区|省)(?=[\u4e00-\u9fff，。、])", text
    ):
        for j in range(m.start(), m.end() - 1):
            cand = text[j : m.end()]
            if cand in lexicon().gazetteer.by_name and len(cand) >= 2:
                title = titles_re().match(text, j)
                if title and title.end() > m.end():
                    continue  # 代县长 is a title (acting county head), not the county 代县
                if len(cand) == 2 and text[m.end() : m.end() + 1] in ("域", "级", "直"):
                    break  # 县域经济和|县域, 最佳|县级城市, 花园乡和|县直: a word of levels, not 和县 or 佳县
                if OPENS_A_FIRM.match(text, m.end()):
                    break  # 广州市|励丰文化科技股份有限公司: where a firm is registered, not the article's city
                key = a.place_key(cand, i)
                if key:
                    ordered.append((j, key))
                break


def place_at_end(a: ArticleState, text: str, end: int, i: int) -> tuple[int, str, str] | None:
    """The organisation written right before a title: a place (忻州|市委书记) or an agency
    (省发改委|主任, 招商局|局长), so that the title is not put on the article's zone."""
    place = place_ending_at(text, end)
    town = _NEW_TOWN.search(text, 0, end)
    if town and town.end() == end and (not place or len(place) < len(town.group(1))):
        # 泾河新城|党委书记: a new town is a body named as written, not the district its last word names
        key = f"organization:{town.group(1)}"
        a.add(key, "Organization", town.group(1), i)
        return town.start(1), "Organization", key
    if place == "新城":
        # 新城|班子成员 after 泾河新城: the new town named before, never a 新城区 (always written with 区)
        towns = [k for k, b in a.m.items() if b.kind == "Organization" and str(b.name).endswith("新城")]
        return (end - 2, "Organization", towns[-1]) if towns else None
    if not place and text[end : end + 1] in ("镇", "乡") and titles_re().match(text, end):
        town = re.search(r"(?:^|(?<=[、，,：:]))[\u4e00-\u9fff]{2,3}$", text[:end])
        if town:  # 、弶港|镇党委书记: a town written with its title, no division of the gazetteer
            key = f"organization:{town.group(0)}{text[end]}"
            a.add(key, "Organization", town.group(0) + text[end], i)
            return town.start(), "Organization", key
    if not place:
        stop = end
        # 驻天津办事处(环渤海招商局)|党组成员: the agency before its aside
        if text[end - 1 : end] in (")", "）"):
            stop = max(text.rfind("(", 0, end), text.rfind("（", 0, end))
            if stop <= 0 or end - stop > 16:
                return None
        m = _AGENCY.search(text, 0, stop)
        if not m or m.end() != stop:
            return _brand_before(a, text, stop, i)
        organ = _PARTY_ORGAN.search(text, 0, stop)
        if organ and organ.end() == stop:
            start = organ.start()  # 县委常委、|组织部|部长: 组织 is no verb here
        else:
            words = org_boundaries()
            if m.group(0) in ("办", "办公室", "中心", "服务中心"):
                # 重点项目办|主任: an office named for projects
                words = tuple(w for w in words if w != "项目")
            start = scan_left(text, m.end(), limit=16, words=words)
        name, start = strip_leading(text[start:stop], start)
        name = as_named_now(name)
        if text.endswith("建设", 0, start) and text[start - 3 : start - 2] in "、，,":
            start, name = start - 2, "建设" + name  # 、建设|房产局局长: a bureau named for what it builds
        if len(name) < 3 or place_ending_at(name, len(name)) == name:
            return None
        if name.endswith("工作委员会"):
            # 中共某市委古雷港经济开发区工作委员会|书记: a zone's party work committee is the zone's
            zone = _zone_inside(a, text, start, stop)
            if zone:
                return zone
        key = f"organization:{name}"
        a.add(key, "Organization", name, i)
        return start, "Organization", key
    nxt = text[end : end + 2]
    if (
        nxt[:1] in ("镇", "乡")
        and not place.endswith(("市", "县", "区"))
        and place + nxt[0] not in lexicon().gazetteer.by_name
    ):
        # 东港|镇党委书记: a town of that name, not the county-level city 东港市 the stem also names
        key = f"organization:{place}{nxt[0]}"
        a.add(key, "Organization", place + nxt[0], i)
        return end - len(place), "Organization", key
    hint = "county" if nxt.startswith("县") else "city" if nxt.startswith("市") else None
    key = a.place_key(place, i, hint)
    return (end - len(place), "Region", key) if key else None


def _zone_inside(a: ArticleState, text: str, start: int, stop: int) -> tuple[int, str, str] | None:
    """The zone of this article whose name is written inside a body's name (its work committee's)."""
    span = text[max(0, start - 8) : stop]
    for key, b in a.m.items():
        if b.kind == "Zone" and any(f and f in span for f in (str(b.name), *b.aliases)):
            return start, "Zone", key
    return None


def as_named_now(name: str) -> str:
    """原|省社科院: a post held before, at the body as it is named now (the span keeps 原, the name drops it)."""
    return name[1:] if len(name) >= 4 and re.match(r"原[省市县区]", name) else name


def body_between(a: ArticleState, text: str, start: int, end: int, i: int) -> tuple[int, str, str] | None:
    """The body written between two titles of a chain (…、自贸区开封片区管委会|常务副主任): an organisation
    named as written, unless it is a place or a zone (those have their own rules)."""
    name, start = strip_leading(text[start:end], start)  # 组长，由|省委政研室副主任: the word that leads it
    name = as_named_now(name)
    if place_ending_at(name, len(name)) == name or titles_re().search(name):
        return None
    if name.endswith(tuple(lexicon().zone_types)) or name.endswith("综改区"):
        return None  # 综改区|党工委书记: the article's zone, read by its own rule
    key = f"organization:{name}"
    a.add(key, "Organization", name, i)
    return start, "Organization", key


def _brand_before(a: ArticleState, text: str, end: int, i: int) -> tuple[int, str, str] | None:
    """重庆|万观|投资|董事长: a place, a proper name and an industry word written before a title name the
    company the title belongs to, legal form or not."""
    from .companies import place_prefix
    from .lexicon import industry_suffix

    start = max(text.rfind(c, 0, end) for c in "、，,。；;：:“”（）() \u3000") + 1
    name = text[start:end]
    word = industry_suffix(name) if 4 <= len(name) <= 12 else None
    if not word or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
        return None
    place = place_prefix(name) or ""
    proper = name[len(place) : len(name) - len(word)]
    title = titles_re().match(text, end)
    # 河南|能源|董事长: a province's group named by its trade alone, before a firm's title
    provincial = (
        not proper and _is_province(place) and title is not None and title_category(title.group(0)) == "biz"
    )
    if not place or ((len(proper) < 2 or not has_proper_marker(proper)) and not provincial):
        return None
    return start, "Company", a.company(name, i)


_BARE_ZONE = re.compile(
    r"(?:县?(?:经济技术|经济|高新技术产业|高新技术)开发区|县?工业园区|经开区|高新区|开发区|综保区|示范区|新区|园区)$"
)
_ZONE_WORD = re.compile(r"经开区|高新区|开发区|综保区")


def _bare_zone_word(a: ArticleState, seg, i: int, written_only: bool = False) -> str | None:  # noqa: ANN001
    """经开区党工委副书记 in an article that never names its zone: the post is that 经开区's as written, an
    organisation of this article alone (`written_only`: only where the word stands before the title)."""
    if context_kind(seg.title) != "Zone":
        return None
    text = a.sents[i].text
    m = _BARE_ZONE.search(text, 0, seg.start)
    word = m.group(0) if m and m.end() == seg.start else None
    if word is None and written_only:
        return None
    if word is None and text[seg.start - 1 : seg.start] == "区":
        zones = [k for k, b in a.m.items() if b.kind == "Zone"]
        if len(zones) == 1:
            return zones[0]  # 区党工委书记刘某率高新区代表团… 威海高新区: the one zone the article names
        # 区党工委书记 in an article about its 经开区: the 区 is that zone
        named = _ZONE_WORD.findall(a.title + "\n" + a.body)
        # 开发区 is also every zone's common noun (推进开发区建设): a 高新区 the text names is more telling
        named = [w for w in named if w != "开发区"] or named
        body = re.match(r"党工委|工委|管委会|管委", seg.title)
        # 区党工委书记 where no zone word is written: the 区党工委 as written, a body of this article alone
        word = named[0] if named else ("区" + body.group(0) if body else None)
    if (
        word is None
        and not written_only
        and (seg.start == 0 or text[seg.start - 1] in "，,。；;：:")
        and not any(b.kind == "Zone" for b in a.m.values())
    ):
        # 高新区在管委会举行…。党工委书记、管委会主任赵某: a chain that opens a clause in an article about
        # its 高新区, named by that word alone, is that zone's
        named = [w for w in _ZONE_WORD.findall(a.title + "\n" + a.body) if w != "开发区"]
        word = named[0] if named else None
    if word is None:
        # 县经济开发区党工委副书记张某、管委会副主任李某: the zone a post before named is this one's too
        words = {b.name for b in a.m.values() if b.attrs.get("local") and _BARE_ZONE.search(str(b.name))}
        word = words.pop() if len(words) == 1 else None
    if word is None:
        return None
    key = f"organization:{word}#local"
    a.add(key, "Organization", word, i, local=True)
    return key


_BODY_IN_TITLE = re.compile(
    r"(?:[省市县区州旗盟])(?:党工委|工委|党委|管委会|管委|委|政府|人大常委会|政协)|地委|行署"  # 地委, 行署: a prefecture's
)
_HEAD_OF_GOVERNMENT = re.compile(r"(?:代|常务)?副?([省市县区州旗盟])长")


def _same_written_body(prev_title: str, title: str) -> bool:
    """区党委副书记、区管委主任: a title that names its own body does not take the one before's."""
    body = _BODY_IN_TITLE.match(title)
    prev = _BODY_IN_TITLE.match(prev_title)
    return body is None or (prev is not None and prev.group(0) == body.group(0))


_PARTY_IN_A_FIRM = re.compile(r"党委(?:副)?书记|党委委员|党委常委|委员")


def _other_kind_written(a: ArticleState, seg, i: int, context: str | None) -> str | None:  # noqa: ANN001
    """The zone word written right before the title, when it names a kind of zone the context's is not."""
    text = a.sents[i].text
    m = _BARE_ZONE.search(text, 0, seg.start)
    word = m.group(0) if m and m.end() == seg.start else None
    # 开发区 and 示范区 are also every zone's common nouns: only a word of one kind tells another zone apart
    cls = BARE_WORD_CLASS.get(word) if word not in ("开发区", "示范区") else None
    if cls is None or context is None:
        return None
    if a.m[context].kind != "Zone" or a.m[context].attrs.get("zone_class") == cls:
        return None
    same_kind = [k for k, b in a.m.items() if b.kind == "Zone" and b.attrs.get("zone_class") == cls]
    return same_kind[0] if len(same_kind) == 1 else _bare_zone_word(a, seg, i, written_only=True)


def _zone_for_its_body(a: ArticleState, org_key: str) -> str:
    """区工委委员, 区管委会 in an article about its one zone (烟台高新区): that zone's own body."""
    b = a.m[org_key]
    if b.kind == "Organization" and re.fullmatch(r"区(?:党工委|工委|管委会|管委)", str(b.name)):
        zones = [k for k, z in a.m.items() if z.kind == "Zone"]
        if len(zones) == 1:
            return zones[0]
    return org_key


def _written_body(a: ArticleState, title: str, i: int) -> str | None:
    """市委常委 in an article that names no city: the post is the 市委's as written, a body of this article
    alone (it never meets another article's 市委)."""
    m = _BODY_IN_TITLE.match(title)
    head = _HEAD_OF_GOVERNMENT.fullmatch(title)
    if m:
        body = m.group(0)
    elif head:
        body = head.group(1) + "政府"  # 县长: the head of the 县政府
    else:
        return None
    key = f"organization:{body}#local"
    a.add(key, "Organization", body, i, local=True)
    return key


def add_people(a: ArticleState, people, i: int, ordered: list[tuple[int, str]]) -> None:  # noqa: ANN001
    text = a.sents[i].text
    # where the last person's name ends, their first body and their title
    before: tuple[int, str | None, str] = (-1, None, "")
    # the body a title was given for the first of the names it is written before (副主任甲、乙、丙)
    given: dict[tuple[int, str], str] = {}
    for p in people:
        pkey = f"person:{p.name}"
        b = a.add(pkey, "Person", p.name, i)
        official = False
        prev_org: str | None = None
        prev_title: str | None = None
        known_posts = p.title_after and any(q.person == pkey for q in a.posts)
        for seg in p.segments:
            if p.title_after and seg.org is None and known_posts:
                continue  # 张某副厅长一行, after 副厅长张某: the post is known, its body is not written here
            org_key = seg.org[2] if seg.org and len(seg.org) > 2 else None
            if seg.org and org_key is None:
                org_key = seg.org[1]
            if (
                org_key is None
                and seg is p.segments[0]
                and not p.title_after
                and before[1]
                and before[0] == seg.start - 1
                and (
                    text[seg.start - 1] == "、"
                    # 县人大常委会主任甲，副主任乙: the deputy of the title before, after a comma too
                    or (
                        text[seg.start - 1] in "，,"
                        and (
                            (seg.title[:1] == "副" and before[2].endswith(seg.title[1:]))
                            # 某能源董事长甲，总经理乙: a firm's officers named one after another
                            or (title_category(seg.title) == "biz" and title_category(before[2]) == "biz")
                        )
                    )
                )
                and not OWN_BODY.match(seg.title)  # 市长, 区委书记: a title naming its own body
            ):
                org_key = before[1]  # 县政协主席甲、秘书长乙: a title without its body, the body before
            if org_key is None and seg.org is None:
                org_key = given.get((seg.start, seg.title))
            if org_key is None and prev_org and seg.joint:
                org_key = prev_org  # 某公司董事长兼党委书记: the second title is the same body's
            if org_key is None and prev_org:
                # 区政协副主席、开发区|管委会副主任: the zone written before the title, not the body before
                org_key = _bare_zone_word(a, seg, i, written_only=True)
            if (
                org_key is None
                and prev_org
                and prev_title
                and inherits(prev_title, seg.title)
                and _same_written_body(prev_title, seg.title)
                # 市委副书记、市长 in a text that names no city: the mayor heads the 市政府, not the 市委
                and not (_HEAD_OF_GOVERNMENT.fullmatch(seg.title) and str(a.m[prev_org].name).endswith("委"))
            ):
                org_key = prev_org
                body = str(a.m[org_key].name)
                if (
                    body.endswith(("党委", "党组"))
                    and len(body) > 4
                    and not re.search(r"党|书记|委员", seg.title)
                ):
                    # 某海关党委委员、副关长: the deputy head is the agency's, not its party committee's
                    org_key = f"organization:{body[:-2]}"
                    a.add(org_key, "Organization", body[:-2], i)
            if (
                org_key
                and seg.org is None
                and seg.title.startswith("管委会")
                and a.m[org_key].attrs.get("local")
            ):
                body = str(a.m[org_key].name)
                if body.endswith("党工委"):
                    # 区党工委书记、管委会主任 where no zone is named: the 区管委会, the same zone's other body
                    org_key = f"organization:{body[:-3]}管委会#local"
                    a.add(org_key, "Organization", body[:-3] + "管委会", i, local=True)
            if org_key is None and _PARTY_IN_A_FIRM.fullmatch(seg.title):
                # a firm's party committee is the firm's: 某集团董事长甲，党委副书记、副董事长、总经理乙 (the firm
                # the context names), 某石化公司执行董事、党委书记 (the firm of the chain's title before)
                if any(title_category(x.title) == "biz" and x.org is None for x in p.segments):
                    org_key = a.context("Company", ordered, seg.start)
                if org_key is None and prev_org and a.kind_of(prev_org) == "Company":
                    org_key = prev_org
            if org_key is None and context_kind(seg.title) == "Zone":
                # 经开区党工委书记甲、综保区管委会主任乙: a bare zone word of another kind written before the title
                # is that zone's, not the article's zone of the context
                org_key = _other_kind_written(a, seg, i, a.context("Zone", ordered, seg.start))
            if org_key is None:
                org_key = a.context(context_kind(seg.title), ordered, seg.start)
                if org_key and "县" in seg.title and str(a.m[org_key].name).endswith("区"):
                    # 县长某率岚皋县代表团赴…新北区…；县委常委某: a county's title is the county's, not the district's
                    counties = [
                        k for k, b in a.m.items() if b.kind == "Region" and str(b.name).endswith("县")
                    ]
                    org_key = counties[0] if len(counties) == 1 else org_key
            if org_key is None:
                org_key = _written_body(a, seg.title, i) or _bare_zone_word(a, seg, i)
            if org_key is None:
                continue
            org_key = _zone_for_its_body(a, org_key)
            okind = a.m[org_key].kind
            given.setdefault((seg.start, seg.title), org_key)
            a.posts.append(Post(pkey, seg.title, okind, org_key, i))
            # a government, party or zone post; a company's 党委书记 does not make an official
            official = (
                official
                or (title_category(seg.title) == "gov" and okind in ("Zone", "Region"))
                or (
                    title_category(seg.title) == "gov"
                    and okind == "Organization"
                    and not a.is_business(org_key)
                )
            )
            # the zone's top posts; 主任 written right after the zone's name (灵石经开区主任) heads its committee
            # …工作委员会委员、书记: 书记 of the zone's work committee, written or inherited, heads it too
            top = (
                seg.title in LEAD_TITLES
                or (seg.title == "主任" and seg.org is not None)
                or (seg.title == "书记" and (seg.org is not None or prev_org == org_key))
            )
            if top and okind == "Zone":
                a.relations.append(Relation(pkey, "leads", org_key, i))
            prev_org, prev_title = org_key, seg.title
        first_org = next((q.org for q in reversed(a.posts) if q.person == pkey and q.sentence == i), None)
        before = (
            p.end,
            first_org if len(p.segments) == 1 else None,
            p.segments[-1].title if p.segments else "",
        )
        b.attrs["official"] = bool(b.attrs.get("official")) or official
        ordered.append((p.start, pkey))
    ordered.sort()
    # the same names without titles elsewhere in the sentence are mentions too (朱晓东表示)
    names = {b.name: k for k, b in a.m.items() if b.kind == "Person"}
    if names:
        for _start, _end, name in find_known(a.sents[i].text, set(names)):
            a.m[names[name]].attrs.setdefault("sentences", set()).add(i)  # type: ignore[union-attr]
