"""Periodical pages as plain text: headlines, 本刊讯 bodies, (author) endings, page breaks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Article
from .dates import date_in_text
from .text import clean_line, ends_sentence, join_broken_paragraphs

# A body opens with a dateline such as 本刊讯 / 本报讯 / 新华社太原5月3日电.
_BODY_START = re.compile(
    r"^(本刊讯|本报讯|本网讯|[\u4e00-\u9fff]{1,8}讯[ \u3000]|新华社[\u4e00-\u9fff]{0,6}电)"
)
_AUTHOR_END = re.compile(r"[（(]\s*([\u4e00-\u9fff·、，, ]{2,30}?)\s*[）)]\s*$")
_AUTHOR_SPLIT = re.compile(r"[ 、，,]+|本刊记者|本报记者|特约记者|记者|通讯员|实习生|摄影|编辑")
_HEADLINE_MAX = 60


@dataclass
class _Draft:
    head: list[tuple[int, str]] = field(default_factory=list)
    body: list[tuple[int, str]] = field(default_factory=list)
    author: str | None = None


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        line = clean_line(line)
        if line:
            out.append((n, line))
    return out


def _is_headline_like(p: str) -> bool:
    return len(p) <= _HEADLINE_MAX and not ends_sentence(p) and not _BODY_START.match(p)


def split_page(text: str) -> list[_Draft]:
    """Group a page's paragraphs into articles (headline lines, body paragraphs, author)."""
    drafts: list[_Draft] = []
    cur = _Draft()
    in_body = False
    for n, p in _paragraphs(text):
        if _BODY_START.match(p):
            if in_body:
                # The previous article had no author line: its trailing headline-like lines open this one.
                head: list[tuple[int, str]] = []
                while cur.body and _is_headline_like(cur.body[-1][1]) and len(cur.body) > 1:
                    head.insert(0, cur.body.pop())
                drafts.append(cur)
                cur = _Draft(head=head)
            in_body = True
            cur.body.append((n, p))
        elif in_body:
            cur.body.append((n, p))
        else:
            cur.head.append((n, p))
        if in_body:
            m = _AUTHOR_END.search(p)
            names = [x for x in _AUTHOR_SPLIT.split(m.group(1)) if x] if m else []
            if names and all(2 <= len(x) <= 5 for x in names):
                cur.author = "、".join(names)
                cur.body[-1] = (n, p[: m.start()].rstrip())
                drafts.append(cur)
                cur, in_body = _Draft(), False
    if cur.head or cur.body:
        if not cur.body:  # no dateline anywhere: the first short line is the title, the rest the body
            paras = cur.head
            if paras and _is_headline_like(paras[0][1]) and len(paras) > 1:
                cur = _Draft(head=paras[:1], body=paras[1:])
            else:
                cur = _Draft(head=[], body=paras)
        drafts.append(cur)
    return drafts


def read_periodical(text: str, source: str, stem: str, year: int | None = None) -> list[Article]:
    """Articles of one page; keys are the file stem and the article's ordinal (stem-001)."""
    articles = []
    for i, d in enumerate(split_page(text), start=1):
        body = "\n".join(join_broken_paragraphs([p for _, p in d.body]))
        title = "".join(p for _, p in d.head).strip()
        if not body and not title:
            continue
        first_line = (d.head or d.body)[0][0]
        articles.append(
            Article(
                key=f"{stem}-{i:03d}",
                title=title,
                text=body,
                source=source,
                position=first_line,
                date=date_in_text(re.sub(r"^\S*讯\s*", "", body), year),
                author=d.author,
            )
        )
    return articles
