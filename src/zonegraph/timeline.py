"""Timelines: who held a zone's posts when and which projects it gained, or a person's posts over time, each
event dated by the article that states it and quoted from its sentence (so titles that change, 代市长 → 市长,
show as they were written, and homonyms stay on their own entities)."""

from __future__ import annotations

import pyoxigraph as ox

from .vocab import PREFIXES

_ZONE = """
SELECT ?what ?who ?label ?title ?amount ?g ?date ?atitle ?text WHERE {
  { ?who zg:holds ?post . ?post zg:postIn X ; zg:title ?title . ?who rdfs:label ?label .
    GRAPH ?g { ?st rdf:subject ?who ; rdf:predicate zg:holds ; rdf:object ?post ; prov:wasDerivedFrom/zg:text ?text }
    BIND("post" AS ?what) }
  UNION
  { ?who zg:locatedIn X ; rdfs:label ?label . OPTIONAL { ?who zg:investment ?amount }
    GRAPH ?g { ?st rdf:subject ?who ; rdf:predicate zg:locatedIn ; rdf:object X ; prov:wasDerivedFrom/zg:text ?text }
    BIND("project" AS ?what) }
  OPTIONAL { ?g dcterms:date ?date } OPTIONAL { ?g dcterms:title ?atitle }
}
"""

_PERSON = """
SELECT ?what ?who ?label ?title ?amount ?g ?date ?atitle ?text WHERE {
  X zg:holds ?post . ?post zg:title ?title ; zg:postIn ?who . ?who rdfs:label ?label .
  GRAPH ?g { ?st rdf:subject X ; rdf:predicate zg:holds ; rdf:object ?post ; prov:wasDerivedFrom/zg:text ?text }
  BIND("post" AS ?what)
  OPTIONAL { ?g dcterms:date ?date } OPTIONAL { ?g dcterms:title ?atitle }
}
"""

KINDS = {
    "https://w3id.org/zonegraph/ontology#Zone": "zone",
    "https://w3id.org/zonegraph/ontology#Person": "person",
}


def _v(term: object) -> str:
    return term.value if term is not None and hasattr(term, "value") else ""


def date_key(date: str) -> tuple[int, str]:
    """Dated events first in date order; month-day dates (year unknown) after them; undated last."""
    if not date:
        return (2, "")
    return (1, date) if date.startswith("--") else (0, date)


def timeline(store: ox.Store, iri: str) -> dict | None:
    """The events of a zone or a person in date order, each with its article and sentence; None for other
    entities (or none at all)."""
    node = ox.NamedNode(iri)
    kinds = {
        q.object.value
        for q in store.quads_for_pattern(node, ox.NamedNode(_RDF_TYPE), None, ox.DefaultGraph())
    }
    kind = next((KINDS[k] for k in kinds if k in KINDS), None)
    if kind is None:
        return None
    label = next(
        (
            q.object.value
            for q in store.quads_for_pattern(node, ox.NamedNode(_LABEL), None, ox.DefaultGraph())
        ),
        iri,
    )
    query = (_ZONE if kind == "zone" else _PERSON).replace("X", str(node))
    seen: dict[tuple, dict] = {}
    for r in store.query(query, prefixes=PREFIXES):
        event = {
            "what": _v(r["what"]),
            "iri": _v(r["who"]),
            "label": _v(r["label"]),
            "title": _v(r["title"]),
            "investment": _v(r["amount"]),
            "article": _v(r["g"]),
            "article_title": _v(r["atitle"]),
            "date": _v(r["date"]),
            "sentence": _v(r["text"]),
        }
        seen.setdefault((event["what"], event["iri"], event["title"], event["article"]), event)
    events = sorted(seen.values(), key=lambda e: (date_key(e["date"]), e["what"], e["label"], e["title"]))
    return {"iri": iri, "label": label, "kind": kind, "events": events}


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
