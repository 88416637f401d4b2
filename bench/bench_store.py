"""rdflib's in-memory Dataset against the Oxigraph store (pyoxigraph / oxrdflib), measured side by side.

    python bench/bench_store.py [N_ARTICLES]

Builds the graph of N synthetic articles once, then loads the same quads into both stores and runs the
same researcher queries on each; prints times and their ratios.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import json

import pyoxigraph as ox
from rdflib import Dataset
from synth import generate

from zonegraph.answer import from_ox
from zonegraph.extract import extract_article, warm_up
from zonegraph.graph import dataset_quads
from zonegraph.read.jsonl import read_jsonl
from zonegraph.resolve import resolve
from zonegraph.store import to_ox_quad
from zonegraph.vocab import PREFIXES

QUERIES = {
    "officials leading one zone": 'SELECT ?p WHERE { ?p zg:leads ?z . ?z rdfs:label ?l FILTER(STRSTARTS(?l, "运城")) }',
    "investment per zone": "SELECT ?z (SUM(?v) AS ?t) WHERE { ?p zg:locatedIn ?z ; zg:investment ?v } GROUP BY ?z ORDER BY DESC(?t)",
    "label contains": 'SELECT ?x WHERE { ?x rdfs:label ?l FILTER(CONTAINS(?l, "新能源")) }',
    "facts per article graph": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY DESC(?n) LIMIT 10",
}


def timed(fn, repeat: int = 3) -> float:  # noqa: ANN001
    ts = []
    for _ in range(repeat):
        t = time.process_time()
        fn()
        ts.append(time.process_time() - t)
    return statistics.median(ts)


def main(n: int) -> None:
    text = "\n".join(json.dumps(a, ensure_ascii=False) for a in generate(n))
    arts, _ = read_jsonl(text, "synth")
    warm_up()
    exs = [extract_article(a) for a in arts]
    quads = list(dataset_quads(exs, resolve(exs)))
    print(f"{n} articles, {len(quads)} quads")
    prefix = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())

    rd = [tuple(from_ox(x) if x is not None else None for x in q) for q in quads]  # rdflib's own terms
    tracemalloc.start()
    t = time.process_time()
    ds = Dataset(default_union=False)
    for s, p, o, g in rd:
        (ds.graph(g) if g else ds.default_graph).add((s, p, o))
    t_rdflib = time.process_time() - t
    mem_rdflib = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    with tempfile.TemporaryDirectory() as d:
        tracemalloc.start()
        t = time.process_time()
        store = ox.Store(str(Path(d) / "ox"))
        store.bulk_extend([to_ox_quad(q) for q in quads])
        t_ox = time.process_time() - t
        mem_ox = tracemalloc.get_traced_memory()[1]  # Python side only; Oxigraph's own memory is native
        tracemalloc.stop()
        print(
            f"load: rdflib {t_rdflib:.2f}s, oxigraph {t_ox:.2f}s, ratio {t_rdflib / t_ox:.1f}x; "
            f"python heap rdflib {mem_rdflib / 1e6:.0f} MB, oxigraph {mem_ox / 1e6:.0f} MB"
        )
        for name, q in QUERIES.items():
            a = timed(lambda q=q: list(ds.query(prefix + q)))
            b = timed(lambda q=q: list(store.query(q, prefixes=PREFIXES)))
            print(
                f"{name:<28} rdflib {a * 1000:8.1f} ms  oxigraph {b * 1000:8.1f} ms  ratio {a / max(b, 1e-6):6.1f}x"
            )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
