"""The HTTP endpoint under load on loopback against the same queries run directly on the store.

    python bench/bench_endpoint.py [N_ARTICLES] [SECONDS]

Builds N synthetic articles into a temporary store, serves it with `zonegraph serve`, and drives it with a
bounded threaded load generator (4 connections, fixed duration, loopback only). Prints requests/s and
p50/p99 latency per query, the same figures for pyoxigraph called directly, and their ratio.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from synth import generate

from zonegraph.loopback import zonegraph_server
from zonegraph.pipeline import build
from zonegraph.store import GraphStore
from zonegraph.vocab import PREFIXES

QUERIES = {
    "cheap: officials of one zone": "SELECT ?n WHERE { ?p zg:leads ?z ; rdfs:label ?n . "
    '?z rdfs:label "运城经济技术开发区"@zh }',
    "heavy: investment per zone": "SELECT ?z (SUM(?v) AS ?t) WHERE { ?p zg:locatedIn ?z ; zg:investment ?v } "
    "GROUP BY ?z ORDER BY DESC(?t)",
}
CONNECTIONS = 4


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))] * 1000


def load(url: str, query: str, seconds: float, connections: int = CONNECTIONS) -> tuple[float, list[float]]:
    body = urllib.parse.urlencode({"query": query}).encode()
    lat: list[float] = []
    stop = time.monotonic() + seconds
    lock = threading.Lock()

    def worker() -> None:
        while time.monotonic() < stop:
            t = time.perf_counter()
            req = urllib.request.Request(
                url, data=body, headers={"Accept": "application/sparql-results+json"}
            )
            with urllib.request.urlopen(req, timeout=60) as r:
                r.read()
            with lock:
                lat.append(time.perf_counter() - t)

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    t0 = time.monotonic()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return len(lat) / (time.monotonic() - t0), lat


def direct(store, query: str, seconds: float) -> tuple[float, list[float]]:  # noqa: ANN001
    from zonegraph.answer import Request, answer

    lat: list[float] = []
    stop = time.monotonic() + seconds
    t0 = time.monotonic()
    while time.monotonic() < stop:
        t = time.perf_counter()
        answer(store, Request(query=query))  # run + serialise to JSON, as the endpoint does
        lat.append(time.perf_counter() - t)
    return len(lat) / (time.monotonic() - t0), lat


def main(n: int, seconds: float) -> None:
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "synth.jsonl"
        src.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in generate(n)), encoding="utf-8")
        store = GraphStore(Path(d) / "store")
        rep = build([src], store, workers=2)
        with zonegraph_server(str(store.root), "--query-workers", "2") as base:
            url = base + "/sparql"
            ox_store = store.open()
            print(
                f"{rep.articles} articles, {rep.quads} quads; {CONNECTIONS} connections, {seconds:g} s per run"
            )
            for name, q in QUERIES.items():
                full = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items()) + q
                load(url, full, 1.0)  # warm the workers
                rps, lat = load(url, full, seconds)
                _, one = load(url, full, seconds / 2, connections=1)
                drps, dlat = direct(ox_store, full, seconds)
                print(
                    f"{name}\n  endpoint {rps:8.1f} req/s  p50 {pct(lat, 0.5):7.1f} ms  p99 {pct(lat, 0.99):7.1f} ms"
                    f"\n  direct   {drps:8.1f} q/s    p50 {pct(dlat, 0.5):7.1f} ms  p99 {pct(dlat, 0.99):7.1f} ms"
                    f"\n  one connection: p50 {pct(one, 0.5):7.1f} ms  p99 {pct(one, 0.99):7.1f} ms"
                    f" ({statistics.median(one) / statistics.median(dlat):.2f}x direct)"
                    f"\n  endpoint p50 / direct p50 = {statistics.median(lat) / statistics.median(dlat):.2f}x"
                )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000, float(sys.argv[2]) if len(sys.argv) > 2 else 10)
