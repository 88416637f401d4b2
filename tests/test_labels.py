from __future__ import annotations

import pyoxigraph as ox

from zonegraph.labels import label_of, local_path, names_of, search_labels
from zonegraph.resolve import BASE

RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
ZONE = ox.NamedNode("https://w3id.org/zonegraph/ontology#Zone")


def _store() -> ox.Store:
    store = ox.Store()
    z = ox.NamedNode(BASE + "zone/青禾经济技术开发区")
    for p, o in (
        (TYPE, ZONE),
        (RDFS_LABEL, ox.Literal("青禾经济技术开发区", language="zh")),
        (ALT, ox.Literal("青禾经开区", language="zh")),
    ):
        store.add(ox.Quad(z, p, o, ox.DefaultGraph()))
    return store


def test_labels_names_and_search_read_the_default_graph() -> None:
    store = _store()
    iri = BASE + "zone/青禾经济技术开发区"
    assert label_of(store, ox.NamedNode(iri)) == "青禾经济技术开发区"
    assert label_of(store, ox.NamedNode(BASE + "zone/无名")) == "无名"  # no label: the IRI's last part
    assert names_of(store, iri) == {"青禾经济技术开发区", "青禾经开区"}
    hits = search_labels(store, "经开区")
    assert [(h["iri"], h["kind"]) for h in hits] == [(iri, "zone")]
    assert hits[0]["path"] == local_path(iri) and local_path(iri).startswith("/id/zone/")
    assert search_labels(store, '") } DROP ALL #') == []  # the text is a literal, never query syntax
    assert local_path("http://example.org/x") is None
