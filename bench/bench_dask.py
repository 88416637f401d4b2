"""Extraction on a Dask cluster against the local process pool, side by side on the same articles.

    python bench/bench_dask.py [N]        (default 10000)

N synthetic articles (bench/synth.py, seed 7) extracted three ways in one run, alternated: the build's local
pool (one process per core), and a dask.distributed LocalCluster with one single-threaded worker process per
core, reached through its scheduler's TCP address exactly as `zonegraph build --cluster` reaches a real one
(every batch pickled out and back), once cold (workers load jieba and the lexicons) and once warm. The
cluster's figures are the cost of the protocol on one host; on many hosts the same code divides the work.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from synth import Corpus  # noqa: E402


def main(n: int) -> None:
    from distributed import LocalCluster

    from zonegraph.cluster import extract_on_cluster
    from zonegraph.model import Article
    from zonegraph.pipeline import _extract_all

    corpus = Corpus(7)
    arts = []
    for i in range(n):
        a = corpus.article(i)
        arts.append(
            Article(key=a["id"], title=a["title"], text=a["text"], source="synth.jsonl", position=i + 1)
        )
    cores = os.cpu_count() or 1
    with LocalCluster(n_workers=cores, threads_per_worker=1, processes=True, dashboard_address=":0") as lc:
        address = lc.scheduler_address
        rows = []
        for label, run in (
            ("local pool", lambda: _extract_all(arts, cores, None)),
            ("Dask cluster, cold workers", lambda: extract_on_cluster(address, arts)),
            ("Dask cluster, warm workers", lambda: extract_on_cluster(address, arts)),
            ("local pool, again", lambda: _extract_all(arts, cores, None)),
        ):
            t = time.perf_counter()
            out = run()
            rows.append((label, time.perf_counter() - t, len(out)))
    base = rows[0][1]
    print(f"{n} articles, {cores} cores")
    for label, secs, k in rows:
        print(f"{label:<28} {secs:7.1f} s  {k / secs:7.0f} articles/s  {secs / base:5.2f}x the local pool")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10000)
