"""Build throughput and peak memory at scale, against bare jieba.lcut over the same text in the same run.

    python bench/bench_build.py [N ...]        (default 1000 10000)

Each size: a synthetic corpus (bench/synth.py, with gold), a cold `zonegraph build` in a child process
(all cores) timed with its peak RSS, a warm rebuild after adding one file (the cache at work), jieba.lcut
over the same text, and score.py's macro F1 against the generator's truth when ../shared is present.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from synth import Corpus  # noqa: E402

SCORER = HERE.parent.parent / "shared" / "eval" / "score.py"


def run(cmd: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (MB) of a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) // 1024


def main(sizes: list[int]) -> None:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    zg = [sys.executable, "-m", "zonegraph.cli"]
    print(f"cores: {os.cpu_count()}")
    for n in sizes:
        with tempfile.TemporaryDirectory() as d:
            corpus = Corpus(7)
            src = Path(d) / "in"
            src.mkdir()
            arts = [corpus.article(i) for i in range(n)]
            (src / "synth.jsonl").write_text(
                "\n".join(json.dumps(a, ensure_ascii=False) for a in arts), encoding="utf-8"
            )
            gold = Path(d) / "gold.json"
            gold.write_text(json.dumps(corpus.finish(), ensure_ascii=False), encoding="utf-8")
            chars = sum(len(a["title"]) + len(a["text"]) for a in arts)
            t = time.process_time()
            for a in arts:
                jieba.lcut(a["title"])
                jieba.lcut(a["text"])
            t_jieba = time.process_time() - t
            store = Path(d) / "store"
            wall, peak = run([*zg, "build", str(src), "--store", str(store), "-q"])
            extra = {"id": "extra-1", "title": "新增", "text": "本刊讯 新增一篇。"}
            (src / "more.jsonl").write_text(json.dumps(extra, ensure_ascii=False), encoding="utf-8")
            wall2, _ = run([*zg, "build", str(src), "--store", str(store), "-q"])
            quads = json.loads((store / "current" / "manifest.json").read_text())["quads"]
            line = (
                f"{n:>7} articles, {chars:,} chars, {quads:,} quads: cold build {wall:.1f} s "
                f"({n / wall:,.0f} articles/s, {chars / wall:,.0f} chars/s, peak {peak:,} MB); "
                f"jieba.lcut alone {chars / t_jieba:,.0f} chars/s (build = {t_jieba / wall:.2f}x of it); "
                f"rebuild after adding 1 article {wall2:.1f} s ({wall / wall2:.1f}x faster)"
            )
            if SCORER.exists():
                out = Path(d) / "g.ttl"
                subprocess.run(
                    [*zg, "export", "--store", str(store), "-f", "nt", "-o", str(out)],
                    check=True,
                    stderr=subprocess.DEVNULL,
                )
                rep = subprocess.run(
                    [sys.executable, str(SCORER), str(out), str(gold), "--json"],
                    capture_output=True,
                    text=True,
                )
                line += f"; score.py macro F1 {json.loads(rep.stdout)['report']['macro_f1']}"
            print(line, flush=True)


if __name__ == "__main__":
    main([int(x) for x in sys.argv[1:]] or [1000, 10000])
