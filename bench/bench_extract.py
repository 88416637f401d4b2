"""Extraction speed against bare jieba.lcut over the same text, in the same run (characters per second).

python bench/bench_extract.py [N_ARTICLES]

Two corpora, each timed against jieba on its own text: real news (the development set in ../shared, when
present) and the synthetic corpus with the sample page. Real news is the figure that counts.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from synth import generate

from zonegraph.extract import extract_article, warm_up
from zonegraph.extract.lexicon import segmenter
from zonegraph.read.jsonl import read_jsonl

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT.parent / "shared" / "eval" / "devset" / "articles.jsonl"


def main(n: int) -> None:
    if DEVSET.exists():
        real, _ = read_jsonl(DEVSET.read_text(encoding="utf-8"), "devset")
        measure("real news (development set, one pass)", real)
    else:
        print(f"{DEVSET} is not here: real-news figure skipped")
    text = "\n".join(json.dumps(a, ensure_ascii=False) for a in generate(n))
    arts, _ = read_jsonl(text, "synth")
    sample = ROOT / "data" / "corpus" / "shanxi-zones-2023-05.txt"
    from zonegraph.read import read_file

    arts += read_file(sample)[0] * max(1, n // 100)
    measure("synthetic corpus and sample page", arts)


def measure(what: str, arts: list) -> None:
    from zonegraph.extract.lexicon import pos_tags

    chars = sum(len(a.title) + len(a.text) for a in arts)
    warm_up()
    pos_tags.cache_clear()  # each corpus starts cold: no help from the one measured before
    jieba = segmenter()
    t = time.process_time()
    for a in arts:
        jieba.lcut(a.title)
        jieba.lcut(a.text)
    t_jieba = time.process_time() - t
    t = time.process_time()
    for a in arts:
        extract_article(a)
    t_ex = time.process_time() - t
    print(f"{what}: {len(arts)} articles, {chars} chars")
    print(
        f"jieba.lcut {chars / t_jieba:,.0f} chars/s; extraction {chars / t_ex:,.0f} chars/s; "
        f"extraction runs at {t_jieba / t_ex:.2f} of jieba.lcut's speed"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
