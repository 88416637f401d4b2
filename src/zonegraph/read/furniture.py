"""Web-page furniture around a news body: publication lines, source and editor lines, bylines.

Real articles copied from news sites carry lines such as `发布时间:2021-03-02 10:00 来源:山西日报`,
`[编辑:…]`, `(来源:…)`, view counters and bylines in many forms (`本报讯(记者X)`, `(撰稿:X)`,
`作者:本报记者 X Y`, a last line of names, `(X、Y)` at the end). They are read here, before extraction, so
that they never become facts: the body loses them, the article gains its author and publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..extract.lexicon import lexicon, word_freq
from ..extract.people import body_like
from ..extract.text import to_simplified

_HAN = r"\u4e00-\u9fff"
_SPC = " \u3000\u00a0"
_SP = f"[{_SPC}]"
# a line made of page furniture only (whole line): dates with times, source/editor/view counters, site names
_LABELS = (
    r"发布时间|发表时间|发布日期|更新时间|时间|日期|来源|稿件来源|信息来源|文章来源|来自|编辑|责任编辑|"
    r"主编|编审|审核|校对|终审|初审|发布者|浏览|查看|阅读|点击|评论|字号|作者|供稿|打印|关闭|分享到"
    r"|本文地址|原文地址|本文链接|原文链接"
)
_FURNITURE_LINE = re.compile(
    rf"^[\[【(（]?{_SP}*(?:{_LABELS}){_SP}*[:：].*$"  # 来源:…, [编辑:…], (来源:…)
    rf"|^{_SP}*\d{{4}}[-./年]\d{{1,2}}[-./月]\d{{1,2}}日?(?:{_SP}*\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?)?[^{_HAN}]*$"
    rf"|^{_SP}*\d{{4}}[-./]\d{{1,2}}[-./]\d{{1,2}}[\d:：{_SPC}]*[|｜].*$"  # 2020-3-11 10:17| 发布者: …| 查看: …
    rf"|^{_SP}*\d{{4}}[-./]\d{{1,2}}[-./]\d{{1,2}}[^。，,；！？]{{0,16}}$"  # 2020-04-22 山西省商务厅
    rf"|^{_SP}*\d{{4}}[-./年]\d{{1,2}}[-./月]\d{{1,2}}日?{_SP}*[\d:：]*{_SP}*(?:{_LABELS}){_SP}*[:：].*$"
    rf"|^{_SP}*【[^】]{{1,20}}】{_SP}*$"  # 【中国耐火材料网】
    rf"|^.{{0,30}}(?:{_SP}{{2,}}|\s)[大中小]{_SP}+[大中小]{_SP}+[大中小].*$"  # font-size switches
)
# a page's breadcrumb: 您的位置:首頁>時政>正文, 首页 / 要闻动态 / 政务要闻 (short steps between > or after 首页 /)
_STEP = r"[^。，,；;>＞›»/／]{1,16}?"
_BREADCRUMB = re.compile(
    rf"^{_SP}*(?:(?:您的|您现在的|您現在的|当前|當前|现在|現在)?(?:位置|所在位置){_SP}*[:：])?{_SP}*"
    rf"(?:{_STEP}(?:{_SP}*[>＞›»]{_SP}*{_STEP}){{1,6}}|(?:首页|首頁|主页|主頁|网站首页|網站首頁)(?:{_SP}*[/／]{_SP}*{_STEP}){{1,6}})"
    rf"{_SP}*[>＞›»]?{_SP}*$"
)
# a publication date at the head of a page: a line that starts with a date, or 发布时间:2021-03-02
_PUBLISHED = re.compile(
    rf"(?:^|(?:发布时间|发表时间|发布日期|时间|日期){_SP}*[:：]{_SP}*)(\d{{4}})[-./年](\d{{1,2}})[-./月](\d{{1,2}})(?!\d{{2}})"
)
_PUBLISHED_LOOSE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")  # 2024-09-182450: the date runs into a counter
_SUMMARY = re.compile(rf"^{_SP}*(?:核心提示|摘要|导读|内容提要){_SP}*[:：]")

_ROLE = r"(?:本报|本台|本刊|首席|特约|融媒|见习|实习|驻\S{1,4}?)?记者|通讯员|撰稿人?|撰文|作者|文(?=[:：/／])|供稿"
_NAME_END = rf"(?=报道|摄影?|{_SP}|[)）、丶，,;；:：/／|]|$|通讯员|见习|记者|实习|$)"
_AFTER_ROLE = re.compile(
    rf"(?:{_ROLE}){_SP}*[:：/／]?{_SP}*([{_HAN}]{{2,4}}?|[{_HAN}]{_SP}[{_HAN}](?=[{_SPC})）|｜]|$)){_NAME_END}"
)
_REPORTER = re.compile(rf"(?:{_ROLE})")
_REPORTED_FROM = re.compile(rf"(?:{_ROLE}){_SP}*([{_HAN}]{{4,7}}?)报道")
# lines a news page adds below the article: sharing, reactions, related links
_CHROME = re.compile(
    rf"^{_SP}*[-·•]?{_SP}*(?:扫一扫|分享|相关新闻|相关评论|相关阅读|推荐阅读|心情|请选择您看到|上一篇|下一篇|打印本页|关闭窗口|版权声明|免责声明)"
)


@dataclass(frozen=True)
class Furniture:
    body: str  # the text without furniture lines
    author: str | None  # the first writer named in a byline
    published: str | None  # YYYY-MM-DD from a publication line


def _is_name(word: str) -> bool:
    lex = lexicon()
    if not 2 <= len(word) <= 4:
        return False
    surname = 2 if word[:2] in lex.surnames else 1 if word[:1] in lex.surnames else 0
    if not surname or len(word) - surname not in (1, 2):
        return False
    if len(word) == 3 and body_like(word):
        return False  # (农工委 汪某斌): the writer's unit before the writer
    return not any(w in word for w in ("记者", "报道", "编辑", "通讯", "来源", "日报", "新闻", "中心"))


def _bracketed(text: str, m: re.Match[str]) -> bool:
    """(记者 某某): a role and one name of two or three characters are all the brackets hold."""
    name = m.group(1)
    before = text[: m.start()].rstrip(_SPC)
    return (
        re.fullmatch(rf"[{_HAN}]{{2,3}}", name) is not None
        and before.endswith(("(", "（"))
        and text[m.end(1) : m.end(1) + 1] in (")", "）")
        and not any(w in name for w in ("记者", "报道", "编辑", "通讯", "来源"))
        and word_freq(name) < 50  # (记者 新华社): a word, not a name
    )


def _names_only(chunk: str) -> list[str] | None:
    """`李安安 王 华 徐 凯` or `郭文彬 郭鑫璐`: a run of names (two-character names may be spaced out), read
    in simplified characters and given as written."""
    tokens = [t for t in re.split(rf"[{_SPC}、，,]+", chunk.strip()) if t]
    names: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if len(t) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
            t = t + tokens[i + 1]  # 王 华
            i += 1
        if not re.fullmatch(rf"[{_HAN}]+", t) or not _is_name(to_simplified(t)):
            return None
        names.append(t)
        i += 1
    return names or None


def find_author(lines: list[str]) -> str | None:
    """The first writer a byline names, looking only where bylines stand: the first lines and the end.

    Bylines are read in simplified characters (記者 is 记者) and the name is given as the page wrote it."""
    # the end of the text is its last lines before the page's own furniture (责任编辑:…, 扫一扫…)
    body = [ln for ln in lines if not _FURNITURE_LINE.match(ln) and not _CHROME.search(ln)]
    head = [ln for ln in lines if ln.strip()][:5]  # blank lines between paragraphs are no lines of text
    # a short page's last line is read at its end too: a one-paragraph text that closes with 记者X
    tail = body[-2:] if len(lines) > 5 else body[-1:]
    # 1. a role word followed by a name: 记者X, (记者 X 见习记者 Y), 作者:本报记者 X, (撰稿:X), 通讯员X
    photographer: str | None = None
    for zone, window in ((head, 160), (tail, 160)):
        for line in zone:
            part = line[:window] if zone is head else line[-window:]
            simple = to_simplified(part)
            found = []
            for m in _AFTER_ROLE.finditer(simple):
                # 记者 李 冀: a two-character name spaced out; (记者 仰武): a rare surname alone in brackets
                if not (_is_name(re.sub(_SP, "", m.group(1))) or _bracketed(simple, m)):
                    continue
                name = re.sub(_SP, "", part[m.start(1) : m.end(1)])
                if simple.startswith("摄", m.end(1)):
                    photographer = photographer or name  # (记者 甲摄): who took the picture, not the story
                    continue
                found.append((not m.group(0).startswith("通讯员"), name))
            if found:
                # (通讯员 甲 记者 乙): the reporter writes the story, the correspondent contributes to it
                return next((name for reporter, name in found if reporter), found[0][1])
    if photographer:
        # (记者 甲摄) under a picture, and no other byline: the photographer is all the page credits
        return photographer
    # 1b. 记者鲍某某上海报道: a place between the name and 报道
    for line in head + tail:
        for m in _REPORTED_FROM.finditer(to_simplified(line)):
            for n in (3, 2):
                name, place = m.group(1)[:n], m.group(1)[n:]
                if _is_name(name) and lexicon().gazetteer.places(place):
                    return name
    # 1c. 来源:经济日报新闻客户端 李红光, 稿件来源:融媒体中心 王某: the writer named after the source, at the end
    # of its line, at the head or the end of the text
    for line in head + lines[-2:]:  # the raw last lines: a source line is page furniture
        m = _SOURCE_THEN_NAME.search(to_simplified(line))
        if m and _is_name(m.group(1)) and word_freq(m.group(1)) < 50:
            return line[m.start(1) : m.end(1)]
    # 2. a dated head line of chunks apart: 大众新闻·山东法制报  郭延冉   2025-01-05 15:30:15原创
    for line in head[:3]:
        if _dated_head(line):
            for chunk in re.split(rf"{_SP}{{2,}}|\t", line):
                if re.fullmatch(rf"[{_HAN}]{{2,4}}", chunk.strip()) and _is_name(chunk.strip()):
                    return chunk.strip()
    if not lines:
        return None
    last = lines[-1].strip()
    # 3. names in brackets closing the text: …贡献。(李安安 王 华 徐 凯), …效益。(朱怡舟) |, and after a
    # credit with the writer's unit: (文/图 第三建设集团 王某)
    for line in reversed(body[-2:] or lines[-1:]):
        m = re.search(rf"[(（]([{_HAN}{_SPC}、，,/／]{{2,40}})[)）][{_SPC}|｜]*$", line.strip())
        if not m:
            continue
        credit = re.sub(rf"^(?:文/图|图/文|文图|图文|文){_SP}+", "", m.group(1))
        # (文/图 张峰 李永): the names; (文/图 第三建设集团 王某): the names after the writer's unit
        inner = credit if _names_only(credit) else re.sub(rf"^[{_HAN}]{{2,12}}{_SP}+", "", credit)
        names = _names_only(inner) if "/" not in inner and "／" not in inner else None
        if names:
            return names[0]
    # 3b. names in brackets opening a line of the head: (方治 张世凌) 12月28号,…
    for line in head:
        names = _opening_names(line) or _dateline_names(line)
        if names:
            return names[0]
    # 4a. a first line that is a name only, the writer's credit above the text: 苗某某
    first = lines[0].strip()
    if len(lines) > 2 and len(first) <= 4 and _names_only(first):
        return first
    # 4. a last line of names only: 郭文彬 郭鑫璐
    names = _names_only(last) if len(last) <= 30 else None
    if names:
        return names[0]
    return None


_OPENING_BRACKET = re.compile(rf"^{_SP}*[(（]([{_HAN}{_SPC}、，,]{{2,40}})[)）]{_SP}*")


def _opening_names(line: str) -> list[str] | None:
    """The writers' names in brackets that open a line: (方治 张世凌) 12月28号,…"""
    m = _OPENING_BRACKET.match(line)
    return _names_only(m.group(1)) if m else None


def _dateline_names(line: str) -> list[str] | None:
    """The writers' names in brackets after a dateline: 某某网讯 太原2月27日 (张云)晋中是…, 某某網訊(甲 乙)…"""
    m = _DATELINE_BRACKET.search(to_simplified(line[:60]))
    return _names_only(line[m.start(1) : m.end(1)]) if m else None


_DATELINE_BRACKET = re.compile(rf"(?:讯|电|\d{{1,2}}日){_SP}*[(（]([{_HAN}{_SPC}、，,]{{2,20}})[)）]")
_SOURCE_THEN_NAME = re.compile(
    rf"(?:稿件来源|来源){_SP}*[:：]{_SP}*[^{_SPC}:：]{{2,20}}{_SP}+([{_HAN}]{{2,4}}){_SP}*$"
)
_DATETIME = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}" + _SP + r"*\d{1,2}[:：]\d{2}")


def _dated_head(line: str) -> bool:
    """A line of page furniture made of a source, a name and a date with its time, and no sentence."""
    return bool(_DATETIME.search(line)) and len(line) <= 80 and not re.search(r"[。，,！？；]", line)


def published_date(lines: list[str]) -> str | None:
    for line in lines[:3]:
        m = _PUBLISHED.search(line) or _PUBLISHED_LOOSE.match(line)
        if m:
            y, mo, d = (int(x) for x in m.groups())
            if 1990 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _strip_inline(line: str) -> str:
    """Furniture inside a body line: (来源:…) or [编辑:…] at its end, 本报讯 with its byline at its start."""
    line = re.sub(
        rf"[(（\[【]{_SP}*(?:来源|稿件来源|编辑|责任编辑|撰稿|作者)[:：][^)）\]】]*[)）\]】]?{_SP}*$",
        "",
        line,
    )
    return line


def is_byline(line: str) -> bool:
    """A line that only says who wrote the article (作者:本报记者 X …《光明日报》…, 郭文彬 郭鑫璐)."""
    s = line.strip()
    if _names_only(s) and len(s) <= 30:
        return True
    if re.match(rf"^[(（]?{_SP}*(?:作者|撰稿|文|记者)", s) and _REPORTER.search(s) and len(s) <= 80:
        return not re.search(r"[。！？]", s)
    return False


def split_furniture(text: str) -> Furniture:
    """The body without page furniture, with the author and publication date the furniture gave."""
    lines = [ln for ln in text.splitlines()]
    content = [ln.strip() for ln in lines if ln.strip()]
    author = find_author(content)
    published = published_date(content)
    kept: list[str] = []
    for n, raw in enumerate(content):
        line = raw.strip()
        if (
            _FURNITURE_LINE.match(line)
            or (n < 3 and _dated_head(line))
            or (n < 4 and _BREADCRUMB.match(line))
        ):
            continue
        if len(line) <= 30 and _CHROME.search(line):
            continue  # 分享到, 版权声明, 上一篇: the page's own controls, no text of the article
        if n < 4 and _SUMMARY.match(line):
            continue  # 核心提示: repeats the opening paragraph
        if (n < 4 or n >= len(content) - 2) and is_byline(line):
            continue
        if n < 4 and _opening_names(line):
            line = line[_OPENING_BRACKET.match(line).end() :]
        line = _strip_inline(line)
        if line:
            kept.append(line)
    return Furniture("\n".join(kept), author, published)
