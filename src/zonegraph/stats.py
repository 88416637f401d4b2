"""Counts that describe a graph, for `zonegraph stats`, the VoID description and the home page."""

from __future__ import annotations

import pyoxigraph as ox

_COUNTS = {
    "articles": "SELECT (COUNT(*) AS ?n) WHERE { ?x a zg:Article }",
    "zones": "SELECT (COUNT(*) AS ?n) WHERE { ?x a zg:Zone }",
    "people": "SELECT (COUNT(*) AS ?n) WHERE { ?x a zg:Person }",
    "officials": "SELECT (COUNT(*) AS ?n) WHERE { ?x a zg:Official }",
    "companies": "SELECT (COUNT(*) AS ?n) WHERE { ?x a zg:Company }",
    "projects": "SELECT (COUNT(*) AS ?n) WHERE { ?x a zg:Project }",
    "posts": "SELECT (COUNT(*) AS ?n) WHERE { ?x a zg:Post }",
    "leads": "SELECT (COUNT(*) AS ?n) WHERE { ?a zg:leads ?b }",
    "invests": "SELECT (COUNT(*) AS ?n) WHERE { ?a zg:invests ?b }",
    "locatedIn": "SELECT (COUNT(*) AS ?n) WHERE { ?a zg:locatedIn ?b }",
    "triples (merged)": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
}


def graph_stats(store: ox.Store) -> dict[str, int]:
    from .vocab import PREFIXES

    out: dict[str, int] = {}
    for name, q in _COUNTS.items():
        row = next(iter(store.query(q, prefixes=PREFIXES)))
        out[name] = int(row["n"].value)
    out["named graphs"] = sum(1 for _ in store.named_graphs())
    out["quads"] = len(store)
    return out
