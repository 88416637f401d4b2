"""Network analytics with networkx over the merged graph: centrality, components, communities, paths,
the most invested zones and the most connected people; GraphML and GEXF for Gephi."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from .labels import names_of, search_labels
from .subgraph import Subgraph, whole_graph
from .vocab import PREFIXES


def to_networkx(sub: Subgraph) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for n in sub.nodes.values():
        g.add_node(n.id, label=n.label, kind=n.kind)
    for e in sub.edges.values():
        if e.source in g and e.target in g:
            g.add_edge(
                e.source, e.target, key=f"{e.predicate}|{e.label}", predicate=e.predicate, label=e.label
            )
    return g


@dataclass
class Ranked:
    iri: str
    label: str
    kind: str
    value: float


def _ranked(g: nx.MultiDiGraph, scores: dict[str, float], top: int, kind: str | None = None) -> list[Ranked]:
    items = [(n, v) for n, v in scores.items() if kind is None or g.nodes[n]["kind"] == kind]
    items.sort(key=lambda kv: (-kv[1], g.nodes[kv[0]]["label"]))
    return [Ranked(n, g.nodes[n]["label"], g.nodes[n]["kind"], round(float(v), 6)) for n, v in items[:top]]


def most_invested_zones(store: ox.Store, top: int = 10) -> list[Ranked]:
    """Zones by the total of their projects' investments (each project counted once, its largest figure)."""
    q = """SELECT ?z ?label (SUM(?yuan) AS ?total) WHERE {
      { SELECT ?z ?p (MAX(?v) AS ?yuan) WHERE { ?p zg:locatedIn ?z ; zg:investment ?v } GROUP BY ?z ?p }
      ?z rdfs:label ?label .
    } GROUP BY ?z ?label ORDER BY DESC(?total) LIMIT """ + str(int(top))
    return [
        Ranked(r["z"].value, r["label"].value, "zone", float(r["total"].value))
        for r in store.query(q, prefixes=PREFIXES)
    ]


def analyze(store: ox.Store, top: int = 10, betweenness_sample: int | None = None) -> dict:
    """The report behind `zonegraph analyze` and /analyze.json."""
    g = to_networkx(whole_graph(store))
    und = nx.Graph(g)
    degree = dict(g.degree())
    k = betweenness_sample if betweenness_sample else (min(500, len(und)) if len(und) > 2000 else None)
    betweenness = nx.betweenness_centrality(und, k=k, seed=7) if len(und) else {}
    components = sorted(nx.connected_components(und), key=len, reverse=True)
    communities = nx.community.louvain_communities(und, seed=7) if len(und) else []
    communities = sorted(communities, key=len, reverse=True)

    def members(nodes: set[str], n: int = 8) -> list[str]:
        return [g.nodes[x]["label"] for x in sorted(nodes, key=lambda x: -degree[x])[:n]]

    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "components": len(components),
        "largest_component": len(components[0]) if components else 0,
        "degree": [r.__dict__ for r in _ranked(g, degree, top)],
        "betweenness": [r.__dict__ for r in _ranked(g, betweenness, top)],
        "most_connected_people": [r.__dict__ for r in _ranked(g, degree, top, "person")],
        "most_invested_zones": [r.__dict__ for r in most_invested_zones(store, top)],
        "communities": [{"size": len(c), "members": members(c)} for c in communities[:top]],
    }


class AmbiguousName(KeyError):
    """A name that several entities carry: the caller lists them instead of taking one."""

    def __init__(self, name: str, candidates: list[dict]) -> None:
        listed = "; ".join(f"{c['label']} ({c['kind'] or 'entity'}) {c['iri']}" for c in candidates)
        super().__init__(f"{name!r} names {len(candidates)} entities, say which: {listed}")
        self.candidates = candidates


def entity_named(store: ox.Store, name: str) -> str:
    """The IRI of the entity a user means: an IRI as it is, else the one entity whose label or alias is the
    name (or, failing that, contains it). KeyError when none, AmbiguousName when several."""

    if name.startswith(("http://", "https://")):
        return name
    hits = search_labels(store, name, limit=20)
    exact = [h for h in hits if names_of(store, h["iri"]) & {name}]
    chosen = exact or hits
    if not chosen:
        raise KeyError(f"no entity named like {name!r}")
    if len(chosen) > 1:
        raise AmbiguousName(name, chosen)
    return chosen[0]["iri"]


def shortest_path(store: ox.Store, a: str, b: str) -> list[dict]:
    """The shortest chain of facts between two entities (named or by IRI), found without regard to direction;
    each step keeps its fact's own direction (`forward` is false where the path walks a fact backwards)."""
    a, b = entity_named(store, a), entity_named(store, b)
    g = to_networkx(whole_graph(store))
    for x in (a, b):
        if x not in g:
            raise KeyError(f"not an entity of the graph: {x}")
    und = nx.MultiGraph(g)
    try:
        path = nx.shortest_path(und, a, b)
    except nx.NetworkXNoPath:
        return []
    steps = []
    for x, y in zip(path, path[1:], strict=False):
        forward = g.has_edge(x, y)
        subject, obj = (x, y) if forward else (y, x)
        data = g.get_edge_data(subject, obj) or {}
        label = next(iter(data.values()))["label"] if data else ""
        steps.append(
            {
                "from": g.nodes[x]["label"],
                "to": g.nodes[y]["label"],
                "fact": label,
                "forward": forward,
                "from_iri": x,
                "to_iri": y,
                "subject": subject,
                "object": obj,
            }
        )
    return steps


def step_text(step: dict) -> str:
    """A → B written as the fact reads: 大运汽车 —投资 invests→ 项目, or 项目 ←投资 invests— 大运汽车."""
    if step["forward"]:
        return f"{step['from']} —{step['fact']}→ {step['to']}"
    return f"{step['from']} ←{step['fact']}— {step['to']}"


def write_gephi(store: ox.Store, out: Path) -> None:
    """GraphML (.graphml) or GEXF (.gexf), chosen by the file's suffix."""
    g = to_networkx(whole_graph(store))
    simple = nx.DiGraph()
    simple.add_nodes_from(g.nodes(data=True))
    for x, y, d in g.edges(data=True):
        if simple.has_edge(x, y):
            simple[x][y]["label"] += " / " + d["label"]
        else:
            simple.add_edge(x, y, label=d["label"], predicate=d["predicate"])
    if out.suffix == ".gexf":
        nx.write_gexf(simple, out)
    elif out.suffix == ".graphml":
        nx.write_graphml(simple, out)
    else:
        raise ValueError("write .graphml or .gexf")
