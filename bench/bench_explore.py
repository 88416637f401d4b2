"""Exploration at scale: `viz --depth 2` on the most connected zone, and one click in /graph (issue #14).

    python bench/bench_explore.py STORE_DIR [CLICKS]

Times `zonegraph viz --entity <zone with most projects> --depth 2` end to end (a fresh process, as a user
runs it), then starts `zonegraph serve` and asks /graph/neighbours.json for that zone and for each of its
neighbours, as clicks in the graph view do; prints p50/p95 of the clicks.
"""

from __future__ import annotations

import http.client
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

from zonegraph.loopback import zonegraph_server
from zonegraph.query import run_query
from zonegraph.store import GraphStore

MOST_PROJECTS = (
    "SELECT ?z (COUNT(?p) AS ?n) WHERE { ?p zg:locatedIn ?z } GROUP BY ?z ORDER BY DESC(?n) ?z LIMIT 1"
)


def main(store_dir: str, clicks: int) -> None:
    store = GraphStore(Path(store_dir))
    zone = next(iter(run_query(store.open(), MOST_PROJECTS)))["z"].value
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / "v.html"
        cmd = [sys.executable, "-m", "zonegraph.cli", "viz", "--store", store_dir, "--entity", zone]
        t = time.perf_counter()
        done = subprocess.run(
            [*cmd, "--depth", "2", "-o", str(out)], capture_output=True, text=True, check=True
        )
        print(f"viz --depth 2 on {zone}: {time.perf_counter() - t:.2f} s ({done.stdout.strip()})")
    with zonegraph_server(store_dir) as base:
        port = int(base.rsplit(":", 1)[1])
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

        def click(iri: str) -> tuple[float, dict]:
            import json

            t = time.perf_counter()
            conn.request("GET", "/graph/neighbours.json?" + urllib.parse.urlencode({"iri": iri}))
            r = conn.getresponse()
            body = r.read()
            if r.status != 200:
                raise RuntimeError(f"{r.status}: {body[:200]!r}")
            return time.perf_counter() - t, json.loads(body)

        click(zone)  # start the query workers
        _, first = click(zone)
        targets = [n["id"] for n in first["nodes"] if n["kind"] != "article"] or [zone]
        lat = [click(targets[i % len(targets)])[0] for i in range(clicks)]
        lat.sort()
        p50, p95 = lat[len(lat) // 2] * 1000, lat[min(len(lat) - 1, int(0.95 * len(lat)))] * 1000
        print(
            f"/graph click ({clicks} clicks on the zone and its neighbours): p50 {p50:.1f} ms, p95 {p95:.1f} ms"
        )


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 200)
