"""Independent SPARQL clients against a real server: SPARQLWrapper, and rdflib's SPARQLStore."""

from __future__ import annotations

import pytest

from zonegraph.loopback import zonegraph_server


@pytest.fixture(scope="module")
def endpoint(sample_store):
    with zonegraph_server(str(sample_store.root)) as url:
        yield url + "/sparql"


LEADS = "PREFIX zg: <https://w3id.org/zonegraph/ontology#> SELECT ?p ?z WHERE { ?p zg:leads ?z }"


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_sparqlwrapper_reads_every_result_format(endpoint, fmt: str) -> None:
    from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper

    sw = SPARQLWrapper(endpoint)
    sw.setQuery(LEADS)
    sw.setReturnFormat({"json": JSON, "xml": XML, "csv": CSV, "tsv": TSV}[fmt])
    res = sw.query().convert()
    if fmt == "json":
        rows = res["results"]["bindings"]
        assert len(rows) == 6
    elif fmt == "xml":
        assert len(res.getElementsByTagName("result")) == 6
    else:
        text = res.decode("utf-8") if isinstance(res, bytes) else res
        assert len(text.strip().splitlines()) == 7 and "赵自成" in text


def test_sparqlwrapper_ask_and_construct(endpoint) -> None:
    from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

    sw = SPARQLWrapper(endpoint)
    sw.setQuery("ASK { ?s ?p ?o }")
    sw.setReturnFormat(JSON)
    assert sw.query().convert()["boolean"] is True
    sw.setQuery(
        "PREFIX zg: <https://w3id.org/zonegraph/ontology#> CONSTRUCT { ?p zg:leads ?z } WHERE { ?p zg:leads ?z }"
    )
    sw.setReturnFormat(TURTLE)
    from rdflib import Graph

    data = sw.query().convert()
    assert len(Graph().parse(data=data, format="turtle")) == 6


def test_rdflib_sparqlstore(endpoint) -> None:
    from rdflib import Graph, URIRef
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    g = Graph(store=SPARQLStore(endpoint, returnFormat="json"))
    rows = list(g.query(LEADS))
    assert len(rows) == 6
    assert all(isinstance(r.p, URIRef) for r in rows)
    labels = {
        str(r[0])
        for r in g.query(
            "SELECT ?l WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l "
            'FILTER(CONTAINS(?l, "运城")) }'
        )
    }
    assert "运城经济技术开发区" in labels
