"""Article text prepared for extraction: simplified characters and sentences."""

from __future__ import annotations

import re
from functools import cache

from ..model import Sentence

_SPLIT = re.compile(r"(?<=[。！？!?；;])|\n")


@cache
def _t2s():  # noqa: ANN202
    from opencc import OpenCC

    return OpenCC("t2s")


@cache
def _traditional_chars() -> frozenset[str]:
    """Characters that t2s changes (from OpenCC's own TSCharacters table): text without any needs no pass."""
    from pathlib import Path

    import opencc

    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    out = set()
    for line in table.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            trad, simp = line.split("\t", 1)
            if trad not in simp.split():
                out.add(trad)
    return frozenset(out)


def to_simplified(text: str) -> str:
    """Traditional → simplified (and Taiwan's words → the mainland's of the same length) when that keeps every
    character in place (so offsets stay valid)."""
    if not text or _traditional_chars().isdisjoint(text):
        return text
    out = _t2s().convert(text)
    if len(out) != len(text):
        return text
    # 專案: Taiwan's word for a project, as mainland news converted for Taiwan (zh-TW) writes 项目
    return out.replace("专案", "项目")


MAX_SENTENCE = 800  # characters; news sentences are far shorter, and the rules are linear only per sentence


def split_sentences(title: str, body: str) -> list[Sentence]:
    """Sentence 0 is the headline (possibly empty); the body follows, split at 。！？； and line ends.

    A "sentence" longer than MAX_SENTENCE (a page without full stops, a pasted table) is cut at commas, or
    hard where it has none, so that extraction time stays linear in the text."""
    sents = [Sentence(0, title[:MAX_SENTENCE])]
    for piece in _SPLIT.split(body):
        for part in _bounded(piece.strip()):
            sents.append(Sentence(len(sents), part))
    return sents


def _bounded(piece: str) -> list[str]:
    if len(piece) <= MAX_SENTENCE:
        return [piece] if piece else []
    out: list[str] = []
    while len(piece) > MAX_SENTENCE:
        cut = max(piece.rfind(c, 0, MAX_SENTENCE) for c in "，,、 ")
        cut = cut + 1 if cut > MAX_SENTENCE // 4 else MAX_SENTENCE
        out.append(piece[:cut])
        piece = piece[cut:]
    if piece:
        out.append(piece)
    return out


PUNCT = set("，。、；：！？,.;:!?“”‘’\"'《》〈〉【】[]「」『』—…·\n\t ")
