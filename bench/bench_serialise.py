"""SELECT results written by Oxigraph (with LIMIT max_rows+1 and a native row count) against the rdflib
writers, same store, same queries, in one run.

python bench/bench_serialise.py STORE_DIR [REPEAT]
"""

from __future__ import annotations

import sys
import time

import pyoxigraph as ox

from zonegraph.answer import Request, answer, serialize_results
from zonegraph.query import run_query

QUERIES = {
    "2-hop (zone, project, company)": "SELECT ?z ?p ?c WHERE { ?p zg:locatedIn ?z . ?c zg:invests ?p }",
    "leads per zone": "SELECT ?z ?p WHERE { ?p zg:leads ?z }",
}


def main(path: str, repeat: int) -> None:
    store = ox.Store.read_only(path)
    print("| query | format | rows | rdflib writers | Oxigraph writers | ratio |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, q in QUERIES.items():
        rows = sum(1 for _ in run_query(store, q))
        for media in ("application/sparql-results+json", "text/tab-separated-values"):
            req = Request(query=q, accept=media, max_rows=100_000)
            t = time.perf_counter()
            for _ in range(repeat):
                assert answer(store, req).status == 200
            new = (time.perf_counter() - t) / repeat
            t = time.perf_counter()
            for _ in range(repeat):
                serialize_results(run_query(store, q), media, 100_000)
            old = (time.perf_counter() - t) / repeat
            fmt = media.split("/")[-1]
            print(
                f"| {name} | {fmt} | {rows:,} | {old * 1000:.1f} ms | {new * 1000:.1f} ms | {old / new:.1f}× |"
            )


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5)
