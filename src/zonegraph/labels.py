"""Names of the graph's entities, read from the store: one place for the label lookups that the pages,
the path finder and search all need (they were written three times)."""

from __future__ import annotations

from urllib.parse import quote

import pyoxigraph as ox

from .resolve import BASE
from .vocab import PREFIXES

KIND_OF = {
    "https://w3id.org/zonegraph/ontology#Zone": "zone",
    "https://w3id.org/zonegraph/ontology#Person": "person",
    "https://w3id.org/zonegraph/ontology#Company": "company",
    "https://w3id.org/zonegraph/ontology#Organization": "organisation",
    "https://w3id.org/zonegraph/ontology#Project": "project",
    "https://w3id.org/zonegraph/ontology#Article": "article",
    "https://w3id.org/zonegraph/ontology#Region": "region",
    "https://w3id.org/zonegraph/ontology#Post": "post",
}
_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
_TITLE = ox.NamedNode("http://purl.org/dc/terms/title")


def local_path(iri: str) -> str | None:
    """The app path that serves an IRI of the namespace (/id/zone/…), or None for foreign IRIs."""
    if iri.startswith(BASE):
        return "/id/" + quote(iri[len(BASE) :], safe="/")
    return None


def label_of(store: ox.Store, node: ox.NamedNode) -> str:
    """The label of an entity, the title of an article, else the IRI's last segment."""
    for predicate in (_LABEL, _TITLE):
        for q in store.quads_for_pattern(node, predicate, None, ox.DefaultGraph()):
            return q.object.value
    return node.value.rsplit("/", 1)[-1]


def names_of(store: ox.Store, iri: str) -> set[str]:
    """Every name an entity goes by: its label and its other labels."""
    node = ox.NamedNode(iri)
    return {
        q.object.value
        for predicate in (_LABEL, _ALT)
        for q in store.quads_for_pattern(node, predicate, None, ox.DefaultGraph())
    }


def search_labels(store: ox.Store, text: str, limit: int = 50) -> list[dict]:
    """Entities whose label or alias contains the text (Chinese substrings work as they are)."""
    q = """SELECT ?x (SAMPLE(?l) AS ?label) (SAMPLE(?k) AS ?kind) (MIN(STRLEN(?m)) AS ?len) WHERE {
      ?x rdfs:label|skos:altLabel ?m . FILTER(CONTAINS(LCASE(STR(?m)), LCASE(?q)))
      ?x rdfs:label ?l . ?x a ?k . FILTER(?k != zg:Official)
    } GROUP BY ?x ORDER BY ?len LIMIT """ + str(int(limit))
    rows = store.query(q.replace("?q)", str(ox.Literal(text)) + ")"), prefixes=PREFIXES)
    return [
        {
            "iri": r["x"].value,
            "label": r["label"].value,
            "path": local_path(r["x"].value),
            "kind": KIND_OF.get(r["kind"].value, ""),
        }
        for r in rows
    ]
