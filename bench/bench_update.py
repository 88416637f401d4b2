"""Incremental builds: adding 1 and 100 articles to a built graph, against building everything again.

    python bench/bench_update.py [N ...] [--check]      (default 10000)

Each size: a synthetic corpus of N articles (bench/synth.py, seed 7) built cold in a child process; then the
next article of the same generator added as a new file (`zonegraph build`, a child process: the wall time a
user waits, Python's start included), then 100 more; finally the same input built from scratch with
--force, side by side. With --check the updated store is compared with the scratch build quad for quad.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from synth import Corpus  # noqa: E402

ZG = [sys.executable, "-m", "zonegraph.cli"]
# the update alone, in a process whose lexicons and jieba are loaded (as a long-running service would be)
WARM = """
import sys, time
from pathlib import Path
from zonegraph.extract import warm_up
from zonegraph.pipeline import build
from zonegraph.store import GraphStore
warm_up()
t = time.perf_counter()
r = build([Path(sys.argv[1])], GraphStore(Path(sys.argv[2])), workers=1)
print(time.perf_counter() - t, r.updated)
"""


def timed(*args: str) -> tuple[float, str]:
    t = time.perf_counter()
    out = subprocess.run([*ZG, *args], check=True, capture_output=True, text=True)
    return time.perf_counter() - t, out.stdout.strip().splitlines()[-1]


def write(path: Path, arts: list[dict]) -> None:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")


def quads(store: Path) -> list[str]:
    import pyoxigraph as ox

    return sorted(str(q) for q in ox.Store.read_only(str(store / "current" / "oxigraph")))


def main(sizes: list[int], check: bool) -> None:
    for n in sizes:
        with tempfile.TemporaryDirectory() as d:
            corpus = Corpus(7)
            arts = [corpus.article(i) for i in range(n + 102)]
            src = Path(d) / "in"
            src.mkdir()
            write(src / "a.jsonl", arts[:n])
            store = str(Path(d) / "store")
            cold, _ = timed("build", str(src), "--store", store, "-q")
            write(src / "b.jsonl", arts[n : n + 1])
            one, said1 = timed("build", str(src), "--store", store)
            write(src / "c.jsonl", arts[n + 1 : n + 101])
            hundred, said100 = timed("build", str(src), "--store", store)
            write(src / "d.jsonl", arts[n + 101 : n + 102])
            warm = subprocess.run(
                [sys.executable, "-c", WARM, str(src), store], check=True, capture_output=True, text=True
            ).stdout.split()
            scratch, _ = timed("build", str(src), "--store", store + "-scratch", "--force", "-q")
            line = (
                f"{n:>7} articles: cold build {cold:.1f} s; +1 article {one:.2f} s ({said1}); +100 articles "
                f"{hundred:.2f} s ({said100}); +1 article in a warm process {float(warm[0]):.2f} s "
                f"(updated: {warm[1]}); the same input from scratch {scratch:.1f} s "
                f"(+1 is {scratch / one:.0f}x quicker, +100 {scratch / hundred:.0f}x)"
            )
            if check:
                same = quads(Path(store)) == quads(Path(store + "-scratch"))
                line += f"; identical to the scratch build: {same}"
            print(line, flush=True)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main([int(x) for x in args] or [10000], "--check" in sys.argv)
