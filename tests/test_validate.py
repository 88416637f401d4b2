from __future__ import annotations

import io

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from zonegraph.validate import validate_graph
from zonegraph.vocab import ZG


def merged_graph(store) -> Graph:
    buf = io.BytesIO()
    ox.serialize(
        (q.triple for q in store.open().quads_for_pattern(None, None, None, ox.DefaultGraph())),
        buf,
        format=ox.RdfFormat.N_TRIPLES,
    )
    return Graph().parse(data=buf.getvalue().decode(), format="nt")


def test_built_graph_conforms(sample_store) -> None:
    v = validate_graph(merged_graph(sample_store))
    assert v.conforms, v.report


def test_broken_graph_does_not_conform(sample_store) -> None:
    g = merged_graph(sample_store)
    p = URIRef("https://w3id.org/zonegraph/id/project/bad")
    g.add((p, RDF.type, ZG.Project))
    g.add((p, RDFS.label, Literal("坏项目", lang="zh")))
    g.add((p, ZG.investment, Literal("-5", datatype=XSD.decimal)))
    person = next(g.subjects(RDF.type, ZG.Person))
    g.add((person, ZG.leads, p))  # a person leading a project, not a zone
    v = validate_graph(g)
    assert not v.conforms and v.violations >= 2
