"""People and their posts, found by title anchors: a chain of titles (each with its organisation) ends
right before one or more names. Names are not guessed by a segmenter; the title tells where they start
and the words that follow names (出席, 主持, 一行 …) tell where they end."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .lexicon import lexicon, pos_tags, word_freq
from .spans import place_at
from .text import PUNCT

# not 向: 李向东, 王向阳 are names; a pronoun never is (来|我市)
_NOT_IN_NAMES = set("副的了和与等及在是对将把被从们之其我你他她您")  # not 为: 于为忠, 李为民
# a zone written without its name, as the chain's body: 市委书记、经开区|党工委书记, 县长、县经济技术开发区|管委会主任
_BARE_ZONE_WORDS = re.compile(
    r"[县市区]?(?:经济技术开发区|经济开发区|高新技术产业开发区)$|(?:经开区|高新区|开发区|综改区|集中区|示范区|园区|综保区)$"
)
_PARENT_BODY = re.compile(r"[省市县区](?:委|政府)$")
_ZONE_BODY = re.compile(r"(党工委|管委会|工委)")
_ONE_CHAR_AFTER = set("率以向对将把被从称说讲问答带携领的致")
_ASIDE = re.compile(r"[（(][\u4e00-\u9fff]{2,6}[)）]")
_LATIN_NAME = re.compile(r" ?([A-Z][a-zA-Z\-']+(?: [A-Z][a-zA-Z\-']+){0,3})")


@dataclass
class Segment:
    title: str
    start: int
    org: tuple[str, str] | None = None  # (kind, name)
    joint: bool = False  # 董事长兼|党委书记: held with the title before, in the same body


@dataclass
class PersonHit:
    name: str
    start: int
    end: int
    segments: list[Segment] = field(default_factory=list)
    title_after: bool = False  # 张某副厅长: the name written before its title


@cache
def titles_re() -> re.Pattern[str]:
    titles = sorted(lexicon().titles, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, titles)))


def _after_ok(text: str, pos: int) -> int:
    """How strongly the text at pos looks like what follows a name: 0 no, else the matched length."""
    if pos >= len(text) or text[pos] in PUNCT or text[pos] in "（(":
        return 1
    if re.match(r"\d{1,2}日", text[pos : pos + 3]):
        return 2  # 董事长阎某|28日在…表示: the day the person spoke
    for w in lexicon().after_name:
        if text.startswith(w, pos):
            return len(w) + 1
    if text.startswith("来", pos) and (place_at(text, pos + 1) or text.startswith(("我", "本"), pos + 1)):
        return 2  # 汪某奇|来江西调研: come to a place (陈开来|总经理 is a name that ends in 来)
    if titles_re().match(text, pos):
        return 1
    return 0


def _given_function_char(name: str, sl: int, after: int) -> bool:
    """秘书长尤在晶|参加, 县长张其兵|主持: 在 or 其 opens a given name when the three characters are followed
    by what follows a name and it starts no word with the next (主任王|在会|上, 王|其中: function words); 和
    opens one that is a word itself (张和平)."""
    if after <= 0 or len(name) != sl + 2 or name[sl + 1] in _NOT_IN_NAMES:
        return False
    given = name[sl:]
    if name[sl] == "和":
        # 张和平|在…: a given name that is a word of its own (和平, 和顺), no county (和县)
        return word_freq(given) > 0 and given not in lexicon().gazetteer.by_name
    return name[sl] in "在其" and word_freq(given) == 0


def _rare_surname_name(text: str, pos: int) -> tuple[str, int] | None:
    """党工委书记产耀东|在致辞中: three characters no word joins, before what follows a name (not a mark
    alone), are a name whose surname is rare (产, 操, 镇)."""
    cand = text[pos : pos + 3]
    if (
        not re.fullmatch(r"[\u4e00-\u9fff]{3}", cand)
        or any(ch in _NOT_IN_NAMES for ch in cand)
        or word_freq(cand[:2]) > 0
        or word_freq(cand[1:]) > 0
        or any(len(w) > 1 for w, _f in pos_tags(cand))
        or (_after_ok(text, pos + 3) < 2 and not _after_a_title_before_a_mark(text, pos))
        or titles_re().match(text, pos)
    ):
        return None
    return cand, pos + 3


def _after_a_title_before_a_mark(text: str, pos: int) -> bool:
    """市委常委、组织部长|远义彬，: three characters between a title and a list's mark are the name."""
    return text[pos + 3 : pos + 4] in ("，", ",", "、") and any(
        m.end() == pos for m in titles_re().finditer(text, max(0, pos - 8), pos)
    )


def _conjunction_closing(text: str, pos: int, n: int, sl: int) -> bool:
    """刘家和|等领导: 和 or 与 before 等 or a list's mark joins nothing, so it ends a given name."""
    return n == sl + 2 and text[pos + n - 1] in "和与" and text[pos + n : pos + n + 1] in ("等", "、")


def name_at(text: str, pos: int) -> tuple[str, int] | None:
    """The person's name that starts at pos, or None (a title followed by an ordinary word)."""
    while pos < len(text) and text[pos] in " \u3000":
        pos += 1  # 县长 杨振华: a space between title and name
    m = _LATIN_NAME.match(text, pos)
    if m:
        return m.group(1), m.end()
    lex = lexicon()
    sl = 2 if text[pos : pos + 2] in lex.surnames else 1 if text[pos : pos + 1] in lex.surnames else 0
    if not sl:
        return _rare_surname_name(text, pos)
    best: tuple[int, int] | None = None  # (score, length)
    for given in (2, 1):
        n = sl + given
        cand = text[pos : pos + n]
        if len(cand) < n or not re.fullmatch(r"[\u4e00-\u9fff]+", cand):
            continue
        score = _after_ok(text, pos + n)
        if (
            score
            and any(ch in _NOT_IN_NAMES for ch in cand[sl:])
            and not _given_function_char(cand, sl, score)
            and not _conjunction_closing(text, pos, n, sl)
        ):
            continue  # 梁冰等|出席: the shorter name before 等, not 梁冰等
        if score and (best is None or score > best[0]):
            best = (score, n)
    if best is None:
        # no known word after either length: most names have three characters; take three when a word or
        # a one-character verb or preposition follows them (常书铭|率…, 胡金良|感慨道)
        n = sl + 2 if sl == 1 else sl + 1
        cand = text[pos : pos + n]
        nxt = text[pos + n : pos + n + 2]
        if (
            sl == 1
            and cand[-1:] in "率携"
            and word_freq(cand[-1] + nxt[:1]) == 0
            and re.fullmatch(r"[\u4e00-\u9fff]{2}", cand[:2])
        ):
            best = (0, 2)  # 刘伟|率|高新区代表团: the verb after a two-character name
        elif (
            len(cand) == n
            and re.fullmatch(r"[\u4e00-\u9fff]+", cand)
            and (nxt[:1] in _ONE_CHAR_AFTER or word_freq(nxt) >= 100)
            and word_freq(text[pos + 1 : pos + n + 1]) < 100  # 张|保平说 is no three-character name
            and not (cand[0] in "和与及同跟" and word_freq(cand[1:]) > 0)  # 班子成员|和区直有关单位
        ):
            best = (0, n)
        elif (
            sl == 1
            and re.fullmatch(r"[\u4e00-\u9fff]{2}", text[pos : pos + 2])
            and word_freq(text[pos + 2 : pos + 4]) >= 400
            and word_freq(text[pos + 1 : pos + 3]) == 0
            and word_freq(text[pos : pos + 2]) < 50  # 区领导|班子建设: a word, not a name
            and not (text[pos] in "和与及同跟" and word_freq(text[pos + 1]) > 0)  # 总书记和|党中央
        ):
            best = (0, 2)  # 刘涛|定期带领: a common word follows two characters that join nothing
        else:
            return None
    n = best[1]
    name = text[pos : pos + n]
    if name[-1] in "市县区省" and name in lex.gazetteer.by_name:
        return None  # 郑州市|重点项目办主任: a city before its body's title, not a name
    if n == 3 and body_like(name):
        return None  # 、商务局|主要负责同志: a body whose first word looks like a surname (商, 农), no name
    if (
        any(ch in _NOT_IN_NAMES for ch in name[sl:])
        and not _given_function_char(name, sl, best[0])
        and not _conjunction_closing(text, pos, n, sl)
    ):
        return None  # 县长和副县长: a function word, not a given name
    # a title followed by a common word (主任高度重视) is not a name
    if word_freq(name[:2]) > 800 and n == 2 and sl == 1 and word_freq(name) > 800:
        return None
    if word_freq(name) > 3000:
        return None
    if n == 3 and (
        word_freq(name[:2]) > 10_000 or (name[0] in "和与及同跟" and word_freq(name[1:]) > 10_000)
    ):
        return None  # 副会长|单位或…, 领导和|所有…: a very common word inside is no name (郭建立 is one)
    return name, pos + n


def find_people(
    text: str,
    org_spans: dict[int, tuple[int, str, str]],  # end → (start, kind, name)
    place_at_end,  # callable(text, end) -> (start, kind, name) | None
    body_between=None,  # callable(text, start, end) -> (start, kind, name) | None: a body no rule names
) -> list[PersonHit]:
    """Every titled person in one sentence, with the posts of their title chain (organisations as written)."""
    matches = _title_matches(text, org_spans)
    # 上海市台协|会长: an association's name and its head's title share the 会
    shared = {e - 1: v for e, v in org_spans.items() if v[2].endswith("会")}
    by_end = {m.end(): m for m in matches}
    starts = {m.start() for m in matches}
    hits: list[PersonHit] = []
    for m in matches:
        at = m.end()
        aside = _ASIDE.match(text, at)  # 管委会副主任（主持工作）孙建平
        if aside:
            at = aside.end()
        first = name_at(text, at)
        if first is None:
            continue
        segs = [Segment(m.group(0), m.start())]
        p = m.start()
        while True:
            org = org_spans.get(p) or shared.get(p) or place_at_end(text, p)
            if not org and body_between is not None:
                # A职务、自贸区某片区管委会|常务副主任: between a title of the chain and this one, what is
                # written is this title's body, whatever it is (after a comma too: 区委书记，某产业园|工委书记)
                j = max(text.rfind(c, max(0, p - 14), p) for c in "、，,")
                if j > 0 and j in by_end and re.fullmatch(r"[\u4e00-\u9fff]{2,12}", text[j + 1 : p]):
                    org = body_between(text, j + 1, p)
            if org:
                segs[0].org = (org[1], org[2])
                bare = _BARE_ZONE_WORDS.search(text, 0, p) if org[1] == "Zone" else None
                # 县经济技术|开发区: a zone read back from its last word is written whole before it
                p = min(org[0], bare.start()) if bare else org[0]
                parent = _PARENT_BODY.search(text, 0, p)
                if parent and parent.start() > 0 and text[parent.start() - 1] in "、，,":
                    # 市委常委、市委|宣传部部长: the body's parent is no new body of the chain
                    p = parent.start()
            elif p > 2 and text[p - 1] == "区" and text[p - 2] in "、，," and _ZONE_BODY.match(segs[0].title):
                p -= 1  # 市委常委、区党工委书记: 区 is the zone of the article, the chain goes on
            elif _ZONE_BODY.match(segs[0].title) and (
                word := next((w.group(0) for w in [_BARE_ZONE_WORDS.search(text, 0, p)] if w), None)
            ):
                if p - len(word) > 1 and text[p - len(word) - 1] in "、，,":
                    p -= len(word)  # 市委书记、经开区|党工委书记: the zone the article is about, unnamed
            # 大同市委常委、副市长，大同经开区党工委书记…: a chain with no name of its own goes on after a comma
            q = p - 1
            while q > 0 and text[q - 1] in " \u3000" and text[q] in "、，,":
                q -= 1  # 衡水市政府党组成员 、衡水高新区…: a stray space before the list mark
            if (
                p > 1
                and text[p - 1] in "、，,兼"
                and q in by_end
                # 市政府投资中心负责人、经开区副主任王某: 负责人 of a body is a group before the chain, not a title of it
                and not by_end[q].group(0).endswith("负责人")
                # 某公司张某总经理、某公司经理孙某: a title with its own name before it is that person's
                and not _name_between(text, by_end[q].start(), org_spans)
            ):  # 董事长兼党委书记: one person's two titles
                prev = by_end[q]
                segs[0].joint = text[p - 1] == "兼"
                segs.insert(0, Segment(prev.group(0), prev.start()))
                p = prev.start()
                continue
            break
        names = [first]
        end = first[1]
        while end < len(text) - 1 and text[end] == "、" and (end + 1) not in starts:
            if any(s == end + 1 for s, *_ in org_spans.values()):
                break
            nxt = name_at(text, end + 1) or (_bare_list_name(text, end + 1) if len(names) >= 2 else None)
            if nxt is None or (nxt[0][-1] in _ORG_LAST and titles_re().match(text, nxt[1])):
                break  # 张某、商会|副会长牟某: a body before the next title, not one more name
            names.append(nxt)
            end = nxt[1]
        for name, ne in names:
            hits.append(
                PersonHit(name, ne - len(name), ne, [Segment(s.title, s.start, s.org, s.joint) for s in segs])
            )
    hits += _names_before_titles(text, matches, org_spans, {h.start for h in hits}, body_between)
    hits += _names_before_group(text, matches, {h.start for h in hits})
    by_start = {h.start: h for h in hits}
    for hit in _appointments(text, matches, org_spans, place_at_end, set()):
        if hit.start in by_start:
            # 市委常委沈某兼任…工委书记: the titles a named official takes on are theirs too
            by_start[hit.start].segments.extend(hit.segments)
        else:
            hits.append(hit)
    return hits


# the last character of a body's name (商务局, 农工委): a two-character word ending so after a surname is no given name
BODY_ENDINGS = ("局", "委", "办", "厅", "处", "部", "站", "所", "院", "队", "社")


def body_like(word: str) -> bool:
    """商务局, 农工委: three characters ending as a body's name, whose words the dictionary knows."""
    return word.endswith(BODY_ENDINGS) and max(word_freq(word), word_freq(word[:2]), word_freq(word[1:])) > 0


_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,3}(?=、|等|和|及)")


def _bare_list_name(text: str, pos: int) -> tuple[str, int] | None:
    """区领导甲、乙、镇权、丁等: in a list of names, two or three characters between its marks are one more name
    though the surname is rare (镇, 操, 把); a word the dictionary knows (园区、企业) is none."""
    m = _LIST_ITEM.match(text, pos)
    if not m or any(ch in _NOT_IN_NAMES for ch in m.group(0)) or word_freq(m.group(0)) > 0:
        return None
    if titles_re().search(m.group(0)) or word_freq(m.group(0)[:2]) > 50:
        return None
    return m.group(0), m.end()


def _name_between(text: str, title_start: int, org_spans: dict[int, tuple[int, str, str]]) -> bool:
    """An organisation's name, then a person's name, then the title at title_start (某公司张某|总经理)."""
    surnames = lexicon().surnames
    for n in (2, 3):
        found = name_at(text, title_start - n) if title_start - n in org_spans else None
        if found and text[title_start - n] in surnames and found[1] == title_start:
            return True
    return False


_HEADS = ("区长", "县长", "市长", "镇长", "乡长")
OWN_BODY = re.compile(r"[省市县区镇乡州盟旗]|.*(?:委|党|人大|政府|政协)")


def _place_stem(name: str) -> bool:
    """利津, 和顺: a county or city named without its level."""
    gaz = lexicon().gazetteer
    return any(name + lvl in gaz.by_name for lvl in ("县", "市", "区", "省", "州", "旗"))


_BEFORE_A_NAME = set("，,。；;：:、（(“\n 由")
# 特别是|胡某副市长, 与|王某局长: words after which a noun phrase, and so a name, begins
_WORD_BEFORE_A_NAME = set("是与和及同向对请")
_ORG_LAST = set(
    "局委会办部司团区院厅处所站社府"
)  # 开发区经合局|于洋局长: the last character of a body's name


def _names_before_titles(
    text: str,
    matches: list[re.Match[str]],
    org_spans: dict[int, tuple[int, str, str]],
    taken: set[int],
    body_between=None,  # noqa: ANN001 - as find_people's
) -> list[PersonHit]:
    """锦州经济技术开发区张腾主任率领…, 会议由袁某某会长主持: a name written before its title, right after its
    body (or a pause), and the title followed by what follows a name. The title must not itself open a
    name (主任张某, read above)."""
    surnames = lexicon().surnames
    out = []
    for m in matches:
        if name_at(text, m.end()) is not None or not _after_ok(text, m.end()):
            continue
        own_body = OWN_BODY.match(m.group(0))
        for n in (3, 2):
            start = m.start() - n
            name = text[start : m.start()] if start >= 0 else ""
            if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name) or name[0] not in surnames or start in taken:
                continue
            before = text[start - 1] if start else "\n"
            if own_body and not (m.group(0) in _HEADS and n == 3 and before in _BEFORE_A_NAME):
                # 市委副书记, 县人大常委会主任: a title that names its body follows the body, not a name;
                # but ，石某珠区长在…: a head of government addressed after the name
                continue
            body = org_spans.get(start)
            if not (body or before in _BEFORE_A_NAME or before in _ORG_LAST or before in _WORD_BEFORE_A_NAME):
                continue
            if body is None and before in _ORG_LAST and body_between is not None:
                left = max(text.rfind(c, 0, start) for c in "，,。；;：:、（(“") + 1
                if 2 <= start - left <= 16:
                    body = body_between(text, left, start)  # 开发区经合局|于洋局长
            if (
                any(ch in _NOT_IN_NAMES for ch in name[1:])
                or word_freq(name) > 500
                or titles_re().search(name)
            ):
                continue
            if name[-1] in _ORG_LAST or name in lexicon().gazetteer.by_name or _place_stem(name):
                continue  # 晋中|市委副书记, 商协会|负责人: a place or a body before the title, not a name
            prev = out[-1] if out else None
            if (
                body is None
                and before == "、"
                and prev
                and prev.end + len(prev.segments[0].title) == start - 1
            ):
                # 市招商局秦某局长、张某副局长: the next name-and-title of the chain is the same body's
                seg0 = prev.segments[0]
                body = (0, seg0.org[0], seg0.org[1]) if seg0.org else None
            seg = Segment(m.group(0), start, (body[1], body[2]) if body else None)
            out.append(PersonHit(name, start, m.start(), [seg], title_after=True))
            break
    return out


def _names_before_group(text: str, matches: list[re.Match[str]], taken: set[int]) -> list[PersonHit]:
    """王某、李某等市领导在…: names listed before 等 and a group's title (市领导, 县四套班子领导) hold it."""
    surnames = lexicon().surnames
    out = []
    for m in matches:
        if not (
            m.group(0).endswith("领导")
            and text[m.start() - 1 : m.start()] == "等"
            and _after_ok(text, m.end())
        ):
            continue
        end = m.start() - 1
        found = []
        while True:
            name = next(
                (
                    text[end - n : end]
                    for n in (3, 2)
                    if end - n >= 0
                    and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", text[end - n : end])
                    and text[end - n] in surnames
                    and (end - n == 0 or text[end - n - 1] in _BEFORE_A_NAME)
                    and not any(ch in _NOT_IN_NAMES for ch in text[end - n + 1 : end])
                    and word_freq(text[end - n : end]) <= 500
                    and not titles_re().search(text[end - n : end])
                    and text[end - n : end] not in lexicon().gazetteer.by_name
                ),
                None,
            )
            if name is None or end - len(name) in taken:
                break
            found.append((name, end - len(name), end))
            end -= len(name)
            if text[end - 1 : end] != "、":
                break
            end -= 1
        for name, start, stop in reversed(found):
            out.append(PersonHit(name, start, stop, [Segment(m.group(0), m.start())], title_after=True))
    return out


def _title_matches(text: str, org_spans: dict[int, tuple[int, str, str]]) -> list[re.Match[str]]:
    """The titles in a sentence, none starting inside an organisation's name: a title read across a name's
    end (子牙经开|区党委书记) is read again where the name ends (子牙经开区|党委书记), and an association's 会
    is also its head's (上海市台协|会长)."""
    inside = {(s, e) for e, (s, _k, _n) in org_spans.items()}
    out = []
    for m in titles_re().finditer(text):
        host = next(((s, e) for s, e in inside if s < m.start() < e), None)
        if host is None:
            out.append(m)
            continue
        again = titles_re().match(text, host[1])
        if again and again.end() == m.end():
            out.append(again)
        elif (
            host[1] - m.start() == 1 and org_spans[host[1]][2].endswith("会") and m.group(0).startswith("会")
        ):
            out.append(m)
    return out


_APPOINTED = re.compile(
    r"([\u4e00-\u9fff]{2,3})(?:同志(?:任|为|担任|兼任|出任|不再担任|不再兼任)|兼任)"
    # a headline's 陈某任东湖高新区管委会主任: no 同志, but the name opens a clause
    r"|(?:^|(?<=[，,。；;：:\s、]))([\u4e00-\u9fff]{2,3}?)拟?(?:任|担任|兼任|出任)(?![务期命职免用])"
)


def _appointments(
    text: str, matches: list, org_spans: dict, place_at_end, taken: set[int]
) -> list[PersonHit]:
    """Appointment notices name the person first: 张三同志任中共某某经济技术开发区工委书记、管委会主任。"""
    out: list[PersonHit] = []
    lex = lexicon()
    appointed = list(_APPOINTED.finditer(text))
    for n, m in enumerate(appointed):
        group = 1 if m.group(1) else 2
        name, start = m.group(group), m.start(group)
        if (
            len(name) == 3
            and (word_freq(text[start - 1 : start + 1]) > 0 if start else False)
            or (name[:1] not in lex.surnames and name[:2] not in lex.surnames)
        ):
            name, start = name[1:], start + 1  # 宣布|陈平同志: the first character closes a word before it
        if len(name) < 2 or (name[:1] not in lex.surnames and name[:2] not in lex.surnames):
            continue
        if start in taken:
            continue
        stop = min([x for x in (text.find(c, m.end()) for c in "。；;") if x >= 0] or [len(text)])
        if n + 1 < len(appointed):
            stop = min(stop, appointed[n + 1].start())  # 甲任X主任，乙任Y区长: each their own titles
        segs: list[Segment] = []
        former = "不再" in m.group(0)  # 吴某同志不再担任…书记职务: the person, none of the posts
        for t in matches:
            if former or not m.end() <= t.start() < stop or text[max(0, t.start() - 2) : t.start()] == "不再":
                continue
            if t.group(0).endswith("委员") and text.startswith("会", t.end()):
                continue  # 工作委员会: a body's name, not its member's title
            org = org_spans.get(t.start()) or place_at_end(text, t.start())
            segs.append(Segment(t.group(0), t.start(), (org[1], org[2]) if org else None))
        if segs or former:
            out.append(PersonHit(name, start, start + len(name), segs))
    return out


def title_category(title: str) -> str:
    return lexicon().titles.get(title, "gov")


def context_kind(title: str) -> str:
    """Which kind of organisation an unqualified title belongs to (县长 → county, 管委会主任 → zone,
    项目负责人 → the project the article is about)."""
    if title.startswith("项目"):
        return "Project"
    if title_category(title) == "biz":
        return "Company"
    if any(k in title for k in ("管委会", "党工委", "工委", "班子成员")) or title in (
        "主任",
        "副主任",
        "常务副主任",
        "主任助理",
        "委员",
        "专职副主任",
    ):
        return "Zone"
    if any(w in title for w in ("地委", "行署", "州", "盟")):
        # 地委副秘书长, 州长: a prefecture's body, found only where the text names it (never the last city:
        # 利川市委书记甲，副州长乙 is 恩施州's)
        return "prefecture"
    if "县" in title or "旗" in title:
        return "county"
    if (
        "区委" in title
        or "区党委" in title
        or "区管委" in title
        or title.endswith("区长")
        or _DISTRICT_BODY.match(title)
    ):
        return "county"
    if "市" in title:
        return "city"
    if "省" in title:
        return "province"
    return "Zone"


_DISTRICT_BODY = re.compile(
    r"区(?:政协|人大|纪委|监委|政府|人民政府)"
)  # 区政协副主席: the district's, not a zone's
LEAD_TITLES = {"党工委书记", "管委会主任", "工委书记"}


def inherits(prev_title: str, title: str) -> bool:
    """Whether a title without its own organisation belongs to the one before it in the chain: the same kind
    of body, or a title that names no body at all (市委常委、秘书长: the city's 秘书长)."""
    return (
        context_kind(prev_title) == context_kind(title)
        or (context_kind(title) in ("Zone",) and context_kind(prev_title) == "Zone")
        or (title in _BODILESS and title_category(prev_title) == "gov")
    )


# titles that say nothing of their body: in a chain they belong to the organisation of the title before
_BODILESS = {
    "秘书长",
    "副秘书长",
    "党组成员",
    "党组书记",
    "一级调研员",
    "二级调研员",
    "一级巡视员",
    "巡视员",
    "调研员",
    # heads of the committee's own departments (市委常委、组织部长): the committee's
    "组织部长",
    "组织部部长",
    "宣传部长",
    "宣传部部长",
    "统战部长",
    "统战部部长",
    "政法委书记",
    "纪委书记",
}
