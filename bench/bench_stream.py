"""A build that keeps its extractions in memory against one that reads them back from the cache at each pass.

    python bench/bench_stream.py [N ...]        (default 20000)

Each size: a synthetic corpus (bench/synth.py, seed 7), one cold build to fill the extraction cache, then
`zonegraph build --force` in a child process twice each way, alternated (pipeline.STREAM_FROM set above or
below N), with wall time and peak RSS, and the two stores compared quad for quad.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from synth import Corpus  # noqa: E402

# a child that builds with a chosen STREAM_FROM: the only difference between the two ways
CHILD = """
import sys
from pathlib import Path
import zonegraph.pipeline as p
p.STREAM_FROM = int(sys.argv[3])
p.build([Path(sys.argv[1])], p.GraphStore(Path(sys.argv[2])), force=True)
"""


def run(cmd: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (MB) of that one child process (os.wait4 reports the child's own usage)."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    if status:
        raise SystemExit(f"build failed: {cmd}")
    return time.perf_counter() - t, usage.ru_maxrss // 1024


def dump(store: Path) -> list[str]:
    import pyoxigraph as ox

    from zonegraph.store import GraphStore

    return sorted(GraphStore(store).open().dump(format=ox.RdfFormat.N_QUADS).splitlines())


def main(sizes: list[int]) -> None:
    for n in sizes:
        with tempfile.TemporaryDirectory() as d:
            corpus = Corpus(7)
            src = Path(d) / "synth.jsonl"
            src.write_text(
                "\n".join(json.dumps(corpus.article(i), ensure_ascii=False) for i in range(n)),
                encoding="utf-8",
            )
            stores = {way: Path(d) / way for way in ("memory", "stream")}
            limit = {"memory": n + 1, "stream": 0}
            subprocess.run(  # one cold build fills the extraction cache; the other store gets a copy of it
                [
                    sys.executable,
                    "-m",
                    "zonegraph.cli",
                    "build",
                    str(src),
                    "--store",
                    str(stores["memory"]),
                    "-q",
                ],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            shutil.copytree(stores["memory"] / "cache", stores["stream"] / "cache")
            times: dict[str, list[tuple[float, int]]] = {w: [] for w in stores}
            for _ in range(2):
                for way, store in stores.items():
                    cmd = [sys.executable, "-c", CHILD, str(src), str(store), str(limit[way])]
                    times[way].append(run(cmd))
            same = dump(stores["memory"]) == dump(stores["stream"])
            for way, runs in times.items():
                walls = ", ".join(f"{w:.1f}" for w, _ in runs)
                peaks = ", ".join(f"{p:,}" for _, p in runs)
                print(f"{n:>7} articles, {way:>6}: wall {walls} s, peak RSS {peaks} MB")
            ratio = sum(w for w, _ in times["stream"]) / sum(w for w, _ in times["memory"])
            print(f"{n:>7} articles: stream / memory wall {ratio:.2f}x; stores identical: {same}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [20000])
