"""SPARQL latency (p50, p95) of a fixed mix of researcher queries, through zonegraph's answering path
(run + serialise to JSON, as the endpoint does) against the same queries on pyoxigraph directly.

    python bench/bench_queries.py N [--store DIR] [--repeat 20]

Builds N synthetic articles into DIR (kept, so 100k is built once) unless DIR already holds them.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from synth import generate  # noqa: E402

from zonegraph.answer import Request, answer  # noqa: E402
from zonegraph.pipeline import build  # noqa: E402
from zonegraph.store import GraphStore  # noqa: E402
from zonegraph.vocab import PREFIXES  # noqa: E402

MIX = {
    "officials leading one zone": 'SELECT ?n WHERE { ?p zg:leads ?z ; rdfs:label ?n . ?z rdfs:label "运城经济技术开发区"@zh }',
    "investment per zone": "SELECT ?z (SUM(?v) AS ?t) WHERE { ?p zg:locatedIn ?z ; zg:investment ?v } GROUP BY ?z "
    "ORDER BY DESC(?t)",
    "investment per zone (summed at build time)": "SELECT ?z ?t WHERE { ?z zg:totalInvestment ?t } "
    "ORDER BY DESC(?t)",
    "companies investing in one city's zones": "SELECT DISTINCT ?c WHERE { ?c zg:invests ?p . ?p zg:locatedIn ?z . "
    '?z zg:inRegion ?r . ?r zg:divisionCode "140800" }',
    "label contains": 'SELECT ?x WHERE { ?x rdfs:label ?l FILTER(CONTAINS(?l, "新能源")) }',
    "2-hop neighbourhood": "CONSTRUCT { ?a ?p ?b . ?b ?q ?c } WHERE { VALUES ?a { <https://w3id.org/zonegraph/id/zone/"
    "运城经济技术开发区> } ?a ?p ?b . OPTIONAL { ?b ?q ?c FILTER(isIRI(?c)) } }",
    "facts per article graph (top 10)": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g "
    "ORDER BY DESC(?n) LIMIT 10",
    "facts per article (zg:statementCount, counted at build time)": "SELECT ?a ?n WHERE { ?a zg:statementCount ?n } "
    "ORDER BY DESC(?n) LIMIT 10",
    "evidence of one fact": "SELECT ?sentence WHERE { GRAPH ?g { ?st rdf:predicate zg:leads ; rdf:object "
    "<https://w3id.org/zonegraph/id/zone/运城经济技术开发区> ; prov:wasDerivedFrom/zg:text ?sentence } } LIMIT 20",
}


def pcts(xs: list[float]) -> tuple[float, float]:
    xs = sorted(xs)
    return statistics.median(xs) * 1000, xs[min(len(xs) - 1, int(0.95 * len(xs)))] * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("--store", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=20)
    a = ap.parse_args()
    root = a.store or Path(f"bench/out/store-{a.n}")
    store = GraphStore(root)
    man = store.manifest()
    if not man or man.get("articles") != a.n:
        src = root.parent / f"synth-{a.n}.jsonl"
        src.parent.mkdir(parents=True, exist_ok=True)
        with src.open("w", encoding="utf-8") as f:
            for art in generate(a.n):
                f.write(json.dumps(art, ensure_ascii=False) + "\n")
        t = time.perf_counter()
        rep = build([src], store, force=True)
        print(f"built {rep.articles} articles, {rep.quads:,} quads in {time.perf_counter() - t:.0f} s")
    ox_store = store.open()
    print(f"{a.n} articles, {len(ox_store):,} quads; {a.repeat} runs each; ms")
    print(
        f"{'query':<40} {'zonegraph p50':>13} {'p95':>8} {'pyoxigraph p50':>15} {'p95':>8} {'ratio p50':>9}"
    )
    for name, q in MIX.items():
        zl, dl = [], []
        for _ in range(a.repeat):
            t = time.perf_counter()
            ans = answer(ox_store, Request(query=q, max_rows=10_000_000))
            zl.append(time.perf_counter() - t)
            assert ans.status == 200, ans.body[:200]
            t = time.perf_counter()
            list(ox_store.query(q, prefixes=PREFIXES))
            dl.append(time.perf_counter() - t)
        (z50, z95), (d50, d95) = pcts(zl), pcts(dl)
        print(f"{name:<40} {z50:>13.1f} {z95:>8.1f} {d50:>15.1f} {d95:>8.1f} {z50 / max(d50, 1e-3):>8.2f}x")


if __name__ == "__main__":
    main()
