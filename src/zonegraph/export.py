"""Export the stored graph in the usual RDF formats, chosen from a registry by name."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from .store import GraphStore
from .vocab import PREFIXES, ZG

JSONLD_CONTEXT: dict[str, object] = {
    "@language": "zh",
    **PREFIXES,
    "label": {"@id": "rdfs:label"},
    "altLabel": {"@id": "skos:altLabel"},
    "title": {"@id": "dcterms:title"},
    "creator": {"@id": "dcterms:creator"},
    "date": {"@id": "dcterms:date"},
    "identifier": {"@id": "dcterms:identifier", "@language": None},
    "leads": {"@id": str(ZG.leads), "@type": "@id"},
    "invests": {"@id": str(ZG.invests), "@type": "@id"},
    "locatedIn": {"@id": str(ZG.locatedIn), "@type": "@id"},
    "holds": {"@id": str(ZG.holds), "@type": "@id"},
    "postIn": {"@id": str(ZG.postIn), "@type": "@id"},
    "inRegion": {"@id": str(ZG.inRegion), "@type": "@id"},
    "investment": {"@id": str(ZG.investment), "@type": "xsd:decimal"},
}


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str
    extension: str
    dataset: bool  # named graphs kept (TriG, N-Quads, JSON-LD) or the merged default graph only
    write: Callable[[ox.Store, BinaryIO, bool], None]


def _ox_writer(fmt: ox.RdfFormat) -> Callable[[ox.Store, BinaryIO, bool], None]:
    def write(store: ox.Store, out: BinaryIO, dataset: bool) -> None:
        if dataset:
            quads = store.quads_for_pattern(None, None, None, None)
            ox.serialize(
                quads, out, format=fmt, **({"prefixes": PREFIXES} if fmt is ox.RdfFormat.TRIG else {})
            )
        else:
            triples = (q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
            kwargs = {"prefixes": PREFIXES} if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else {}
            ox.serialize(triples, out, format=fmt, **kwargs)

    return write


def _jsonld(store: ox.Store, out: BinaryIO, dataset: bool) -> None:
    """Compact JSON-LD with short keys; pyoxigraph writes only the expanded form, so rdflib compacts."""
    from rdflib import Dataset

    buf = io.BytesIO()
    ox.serialize(store.quads_for_pattern(None, None, None, None), buf, format=ox.RdfFormat.N_QUADS)
    ds = Dataset()
    ds.parse(data=buf.getvalue().decode("utf-8"), format="nquads")
    text = ds.serialize(format="json-ld", context=JSONLD_CONTEXT, auto_compact=True)
    out.write(text.encode("utf-8"))


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("ttl", "text/turtle", "ttl", False, _ox_writer(ox.RdfFormat.TURTLE)),
        Format("nt", "application/n-triples", "nt", False, _ox_writer(ox.RdfFormat.N_TRIPLES)),
        Format("rdfxml", "application/rdf+xml", "rdf", False, _ox_writer(ox.RdfFormat.RDF_XML)),
        Format("trig", "application/trig", "trig", True, _ox_writer(ox.RdfFormat.TRIG)),
        Format("nq", "application/n-quads", "nq", True, _ox_writer(ox.RdfFormat.N_QUADS)),
        Format("jsonld", "application/ld+json", "jsonld", True, _jsonld),
    )
}
ALIASES = {
    "turtle": "ttl",
    "ntriples": "nt",
    "n-triples": "nt",
    "nquads": "nq",
    "n-quads": "nq",
    "json-ld": "jsonld",
    "xml": "rdfxml",
    "rdf": "rdfxml",
}


def get_format(name: str) -> Format:
    key = ALIASES.get(name.lower(), name.lower())
    if key not in FORMATS:
        raise ValueError(f"unknown format {name!r}; choose one of: {', '.join(FORMATS)}")
    return FORMATS[key]


def export(store: GraphStore, fmt: str, out: Path | BinaryIO) -> None:
    """Write the whole graph. ttl, nt and rdfxml carry the merged default graph (every fact once);
    trig, nq and jsonld carry every article's named graph too."""
    f = get_format(fmt)
    ox_store = store.open()
    if isinstance(out, Path):
        tmp = out.with_name(out.name + ".tmp")
        with tmp.open("wb") as fh:
            f.write(ox_store, fh, f.dataset)
        tmp.replace(out)
    else:
        f.write(ox_store, out, f.dataset)


def context_json() -> str:
    return json.dumps({"@context": JSONLD_CONTEXT}, ensure_ascii=False, indent=1)
