"""What the endpoint is: a SPARQL service description (sd:) with a VoID dataset description and counts."""

from __future__ import annotations

from flask import Response, current_app, request
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD

from ..stats import graph_stats
from ..vocab import SD, VOID, ZG
from . import get_store


def service_description() -> Response:
    g = Graph()
    g.bind("sd", SD)
    g.bind("void", VOID)
    g.bind("zg", ZG)
    endpoint = URIRef(request.base_url)
    svc = URIRef(request.base_url + "#service")
    g.add((svc, RDF.type, SD.Service))
    g.add((svc, SD.endpoint, endpoint))
    g.add((svc, SD.supportedLanguage, SD.SPARQL11Query))
    if current_app.config["ZG"].update_token:
        g.add((svc, SD.supportedLanguage, SD.SPARQL11Update))
    for fmt in (
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N-Triples",
        "JSON-LD",
        "RDF_XML",
        "TriG",
        "N-Quads",
    ):
        g.add((svc, SD.resultFormat, URIRef("http://www.w3.org/ns/formats/" + fmt)))
    ds = BNode()
    g.add((svc, SD.defaultDataset, ds))
    g.add((ds, RDF.type, SD.Dataset))
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, DCTERMS.title, Literal("zonegraph: development-zone news knowledge graph", lang="en")))
    g.add((ds, VOID.sparqlEndpoint, endpoint))
    g.add((ds, VOID.vocabulary, URIRef(str(ZG))))
    dg = BNode()
    g.add((ds, SD.defaultGraph, dg))
    g.add((dg, RDF.type, SD.Graph))
    stats = graph_stats(get_store())
    g.add((dg, VOID.triples, Literal(stats["triples (merged)"], datatype=XSD.integer)))
    g.add((ds, VOID.triples, Literal(stats["quads"], datatype=XSD.integer)))
    for cls, key in (
        (ZG.Article, "articles"),
        (ZG.Zone, "zones"),
        (ZG.Person, "people"),
        (ZG.Company, "companies"),
        (ZG.Project, "projects"),
    ):
        part = BNode()
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], cls))
        g.add((part, VOID.entities, Literal(stats[key], datatype=XSD.integer)))
    g.add((ds, URIRef(str(VOID) + "documents"), Literal(stats["named graphs"], datatype=XSD.integer)))
    best = request.accept_mimetypes.best_match(
        ["text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"],
        default="text/turtle",
    )
    fmt = {
        "text/turtle": "turtle",
        "application/ld+json": "json-ld",
        "application/rdf+xml": "xml",
        "application/n-triples": "nt",
    }[best]
    resp = Response(g.serialize(format=fmt, encoding="utf-8"), content_type=best + "; charset=utf-8")
    resp.headers["Vary"] = "Accept"
    return resp
