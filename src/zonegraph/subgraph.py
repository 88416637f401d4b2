"""Nodes and edges for drawing and analysis, read from the store (never from the extractors).

A node is an entity (zone, person, company, organisation, project, region) or an article; posts are folded
into person → organisation edges labelled with the title, which is how researchers read them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from .vocab import PREFIXES, ZG

KINDS = {
    str(ZG.Zone): "zone",
    str(ZG.Person): "person",
    str(ZG.Company): "company",
    str(ZG.Organization): "organisation",
    str(ZG.Project): "project",
    str(ZG.Region): "region",
    str(ZG.Article): "article",
}
COLOURS = {
    "zone": "#1f6fb4",
    "person": "#d62728",
    "company": "#2ca02c",
    "project": "#ff7f0e",
    "article": "#7f7f7f",
    "region": "#9467bd",
    "organisation": "#17becf",
}
EDGE_LABELS = {
    str(ZG.leads): "主政 leads",
    str(ZG.invests): "投资 invests",
    str(ZG.locatedIn): "位于 located in",
    str(ZG.inRegion): "所在 in region",
    str(ZG.mentionedIn): "提及 mentioned in",
}


@dataclass
class Node:
    id: str
    label: str
    kind: str


@dataclass
class Edge:
    source: str
    target: str
    predicate: str
    label: str
    sentence: str = ""


@dataclass
class Subgraph:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[tuple[str, str, str, str], Edge] = field(default_factory=dict)
    more: bool = False  # there are neighbours beyond the limit

    def add_edge(self, e: Edge) -> None:
        key = (e.source, e.predicate, e.target, e.label)
        if key not in self.edges or (e.sentence and not self.edges[key].sentence):
            self.edges[key] = e

    def merge(self, other: Subgraph) -> None:
        self.nodes.update(other.nodes)
        for e in other.edges.values():
            self.add_edge(e)
        self.more = self.more or other.more

    def to_json(self) -> dict:
        return {
            "nodes": [{"id": n.id, "label": n.label, "kind": n.kind} for n in self.nodes.values()],
            "edges": [
                {
                    "from": e.source,
                    "to": e.target,
                    "predicate": e.predicate,
                    "label": e.label,
                    "sentence": e.sentence,
                }
                for e in self.edges.values()
            ],
            "more": self.more,
        }


def _rows(store: ox.Store, query: str) -> Iterable[ox.QuerySolution]:
    return store.query(query, prefixes=PREFIXES)  # type: ignore[return-value]


def _v(term: ox.NamedNode | ox.Literal | None) -> str:
    return "" if term is None else term.value


# Each branch binds the entity in its patterns and types its neighbour itself; BIND comes last in a branch
# (a leading BIND made Oxigraph join every typed, labelled entity with the branch: 300 ms instead of 1 ms).
_KINDS = "FILTER(?nkind IN (zg:Zone, zg:Person, zg:Company, zg:Organization, zg:Project, zg:Region))"
_NEIGHBOURS = f"""
SELECT ?n ?nlabel ?nkind ?p ?dir ?title WHERE {{
  {{ X ?p ?n . FILTER(?p != zg:holds && ?p != rdf:type)
    ?n a ?nkind ; rdfs:label ?nlabel . {_KINDS} BIND("out" AS ?dir) }}
  UNION {{ ?n ?p X . FILTER(?p != zg:postIn)
    ?n a ?nkind ; rdfs:label ?nlabel . {_KINDS} BIND("in" AS ?dir) }}
  UNION {{ X zg:holds ?post . ?post zg:postIn ?n ; zg:title ?title .
    ?n a ?nkind ; rdfs:label ?nlabel . {_KINDS} BIND(zg:holds AS ?p) BIND("out" AS ?dir) }}
  UNION {{ ?post zg:postIn X ; zg:title ?title . ?n zg:holds ?post .
    ?n a ?nkind ; rdfs:label ?nlabel . {_KINDS} BIND(zg:holds AS ?p) BIND("in" AS ?dir) }}
}}
"""

_ARTICLES = """
SELECT DISTINCT ?a ?title WHERE {
  GRAPH ?a { X zg:mentionedIn ?s }
  OPTIONAL { ?a dcterms:title ?title }
}
"""

_ARTICLE_ENTITIES = """
SELECT DISTINCT ?n ?nlabel ?nkind WHERE {
  GRAPH X { ?n zg:mentionedIn ?s }
  ?n a ?nkind ; rdfs:label ?nlabel .
  FILTER(?nkind IN (zg:Zone, zg:Person, zg:Company, zg:Organization, zg:Project, zg:Region))
}
"""

# The entity is bound in the triple patterns of every branch (never FILTER(?s = X || ?o = X), which scans
# every statement of every article graph): the same answer in milliseconds instead of seconds.
_EVIDENCE = """
SELECT ?s ?p ?o (SAMPLE(?text) AS ?sentence) WHERE {
  { GRAPH ?g { ?st rdf:subject X ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom/zg:text ?text }
    BIND(X AS ?s) FILTER(?p != zg:holds) }
  UNION
  { GRAPH ?g { ?st rdf:object X ; rdf:predicate ?p ; rdf:subject ?s ; prov:wasDerivedFrom/zg:text ?text }
    BIND(X AS ?o) FILTER(?p != zg:holds) }
  UNION
  { GRAPH ?g { ?st rdf:subject X ; rdf:predicate zg:holds ; rdf:object ?post ; prov:wasDerivedFrom/zg:text ?text }
    ?post zg:postIn ?o . BIND(X AS ?s) BIND(zg:holds AS ?p) }
  UNION
  { ?post zg:postIn X .
    GRAPH ?g { ?st rdf:subject ?s ; rdf:predicate zg:holds ; rdf:object ?post ; prov:wasDerivedFrom/zg:text ?text }
    BIND(X AS ?o) BIND(zg:holds AS ?p) }
} GROUP BY ?s ?p ?o
"""


def node_of(store: ox.Store, iri: str) -> Node | None:
    x = ox.NamedNode(iri)
    q = f"SELECT ?k ?l WHERE {{ {x} a ?k . OPTIONAL {{ {x} rdfs:label ?l }} OPTIONAL {{ {x} dcterms:title ?l }} }}"
    for r in _rows(store, q):
        kind = KINDS.get(_v(r["k"]))
        if kind:
            return Node(iri, _v(r["l"]) or iri.rsplit("/", 1)[-1], kind)
    return None


def neighbours(
    store: ox.Store, iri: str, *, offset: int = 0, limit: int = 50, articles: bool = True
) -> Subgraph:
    """The entity and up to `limit` of its neighbours (after `offset`), with a sample sentence on each edge."""
    x = str(ox.NamedNode(iri))
    sub = Subgraph()
    centre = node_of(store, iri)
    if centre is None:
        return sub
    sub.nodes[iri] = centre
    evidence: dict[tuple[str, str, str], str] = {}
    for r in _rows(store, _EVIDENCE.replace("X", x)):
        evidence[(_v(r["s"]), _v(r["p"]), _v(r["o"]))] = _v(r["sentence"])
    found: list[tuple[Node, Edge]] = []
    if centre.kind == "article":
        for r in _rows(store, _ARTICLE_ENTITIES.replace("X", x)):
            n = Node(_v(r["n"]), _v(r["nlabel"]), KINDS[_v(r["nkind"])])
            found.append((n, Edge(n.id, iri, str(ZG.mentionedIn), EDGE_LABELS[str(ZG.mentionedIn)])))
    else:
        for r in _rows(store, _NEIGHBOURS.replace("X", x)):
            n = Node(_v(r["n"]), _v(r["nlabel"]), KINDS[_v(r["nkind"])])
            p = _v(r["p"])
            src, dst = (iri, n.id) if _v(r["dir"]) == "out" else (n.id, iri)
            label = _v(r["title"]) or EDGE_LABELS.get(p, p.rsplit("#", 1)[-1])
            sentence = evidence.get((src, p, dst), "")
            found.append((n, Edge(src, dst, p, label, sentence)))
        if articles:
            for r in _rows(store, _ARTICLES.replace("X", x)):
                a = _v(r["a"])
                n = Node(a, _v(r["title"]) or a.rsplit("/", 1)[-1], "article")
                found.append((n, Edge(iri, a, str(ZG.mentionedIn), EDGE_LABELS[str(ZG.mentionedIn)])))
    found.sort(key=lambda ne: (ne[0].kind == "article", ne[0].kind, ne[0].label))
    distinct: list[str] = list(dict.fromkeys(n.id for n, _ in found))
    keep = set(distinct[offset : offset + limit])
    sub.more = len(distinct) > offset + limit
    for n, e in found:
        if n.id in keep:
            sub.nodes[n.id] = n
            sub.add_edge(e)
    return sub


def expand(store: ox.Store, iri: str, depth: int, limit: int = 50) -> Subgraph:
    """Breadth-first neighbourhood to `depth` hops (articles are leaves)."""
    sub = Subgraph()
    frontier = [iri]
    seen: set[str] = set()
    for _ in range(max(1, depth)):
        nxt: list[str] = []
        for node in frontier:
            if node in seen:
                continue
            seen.add(node)
            part = neighbours(store, node, limit=limit)
            sub.merge(part)
            nxt += [n for n, v in part.nodes.items() if n not in seen and v.kind != "article"]
        frontier = nxt
    return sub


def from_triples(store: ox.Store, triples: Iterable[ox.Triple]) -> Subgraph:
    """A CONSTRUCT result as nodes and edges: IRI objects become nodes, literals are left out."""
    sub = Subgraph()
    for t in triples:
        if not isinstance(t.object, ox.NamedNode) or t.predicate.value.endswith("#type"):
            continue
        s, o = t.subject.value, t.object.value
        for iri in (s, o):
            if iri not in sub.nodes:
                sub.nodes[iri] = node_of(store, iri) or Node(iri, iri.rsplit("/", 1)[-1], "other")
        p = t.predicate.value
        sub.add_edge(Edge(s, o, p, EDGE_LABELS.get(p, p.rsplit("#", 1)[-1].rsplit("/", 1)[-1])))
    return sub


_ALL_EDGES = """
SELECT ?s ?p ?o ?title WHERE {
  { ?s ?p ?o . FILTER(?p IN (zg:leads, zg:invests, zg:locatedIn, zg:inRegion)) }
  UNION { ?s zg:holds ?post . ?post zg:postIn ?o ; zg:title ?title . BIND(zg:holds AS ?p) }
}
"""
_ALL_NODES = """
SELECT ?n ?k ?l WHERE {
  ?n a ?k ; rdfs:label ?l .
  FILTER(?k IN (zg:Zone, zg:Person, zg:Company, zg:Organization, zg:Project, zg:Region))
}
"""


def whole_graph(store: ox.Store) -> Subgraph:
    """Every entity and every entity-to-entity fact of the merged graph (no articles)."""
    sub = Subgraph()
    for r in _rows(store, _ALL_NODES):
        n = _v(r["n"])
        if n not in sub.nodes:
            sub.nodes[n] = Node(n, _v(r["l"]), KINDS[_v(r["k"])])
    for r in _rows(store, _ALL_EDGES):
        p = _v(r["p"])
        sub.add_edge(Edge(_v(r["s"]), _v(r["o"]), p, _v(r["title"]) or EDGE_LABELS.get(p, p)))
    return sub
