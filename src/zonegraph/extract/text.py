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
    """Traditional → simplified when that keeps every character in place (so offsets stay valid)."""
    if not text or _traditional_chars().isdisjoint(text):
        return text
    out = _t2s().convert(text)
    return out if len(out) == len(text) else text


def split_sentences(title: str, body: str) -> list[Sentence]:
    """Sentence 0 is the headline (possibly empty); the body follows, split at 。！？； and line ends."""
    sents = [Sentence(0, title)]
    for piece in _SPLIT.split(body):
        piece = piece.strip()
        if piece:
            sents.append(Sentence(len(sents), piece))
    return sents


PUNCT = set("，。、；：！？,.;:!?“”‘’\"'《》〈〉【】[]「」『』—…·\n\t ")
