"""The project's namespaces, in one place."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

ZG = Namespace("https://w3id.org/zonegraph/ontology#")
ID = Namespace("https://w3id.org/zonegraph/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")

PREFIXES: dict[str, str] = {
    "zg": str(ZG),
    "id": str(ID),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "org": str(ORG),
    "schema": str(SCHEMA),
}

__all__ = [
    "ZG",
    "ID",
    "ORG",
    "SCHEMA",
    "SD",
    "VOID",
    "PREFIXES",
    "DCTERMS",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SKOS",
    "XSD",
]
