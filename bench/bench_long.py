"""Extraction time against article length: the slope must stay linear (one line without full stops, and
one sentence repeated), measured side by side in one run.

python bench/bench_long.py
"""

from __future__ import annotations

import time

from zonegraph.extract import extract_article, warm_up
from zonegraph.model import Article

ONE_LINE = "运城经济技术开发区党工委书记张三出席，总投资5亿元的鑫泰铝箔项目开工，"
REPEATED = "总投资5亿元的鑫泰铝箔项目开工。"


def timed(text: str) -> float:
    t = time.process_time()
    extract_article(Article(key="x", title="", text=text, source="bench", position=1))
    return time.process_time() - t


def main() -> None:
    warm_up()
    print("| characters | one line, s | per 10k chars | repeated sentence, s | per 10k chars |")
    print("| --- | --- | --- | --- | --- |")
    for n in (10_000, 40_000, 160_000, 640_000):
        a = timed((ONE_LINE * (n // len(ONE_LINE) + 1))[:n])
        b = timed((REPEATED * (n // len(REPEATED) + 1))[:n])
        print(f"| {n:,} | {a:.2f} | {a / n * 1e4:.3f} | {b:.2f} | {b / n * 1e4:.3f} |")


if __name__ == "__main__":
    main()
