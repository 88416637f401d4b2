"""Extraction speed against bare jieba.lcut over the same text, in the same run (characters per second).

python bench/bench_extract.py [N_ARTICLES]
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


def main(n: int) -> None:
    text = "\n".join(json.dumps(a, ensure_ascii=False) for a in generate(n))
    arts, _ = read_jsonl(text, "synth")
    sample = Path(__file__).resolve().parents[1] / "data" / "corpus" / "shanxi-zones-2023-05.txt"
    from zonegraph.read import read_file

    arts += read_file(sample)[0] * max(1, n // 100)
    chars = sum(len(a.title) + len(a.text) for a in arts)
    warm_up()
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
    print(f"{len(arts)} articles, {chars} chars")
    print(
        f"jieba.lcut {chars / t_jieba:,.0f} chars/s; extraction {chars / t_ex:,.0f} chars/s; "
        f"extraction runs at {t_jieba / t_ex:.2f} of jieba.lcut's speed"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
