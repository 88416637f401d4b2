"""Export the stored graph in the usual RDF formats, chosen from a registry by name."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from .formats import RDF_BY_NAME, RDF_FORMATS, RdfFormat, rdf_format, serialize_rdf
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


def _ox_writer(fmt: RdfFormat) -> Callable[[ox.Store, BinaryIO], None]:
    def write(store: ox.Store, out: BinaryIO) -> None:
        if fmt.dataset:
            out.write(serialize_rdf(store.quads_for_pattern(None, None, None, None), fmt.media_type))
        else:
            triples = (q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
            out.write(serialize_rdf(triples, fmt.media_type))

    return write


def _jsonld(store: ox.Store, out: BinaryIO) -> None:
    """Compact JSON-LD with short keys; pyoxigraph writes only the expanded form, so rdflib compacts."""
    from rdflib import Dataset

    buf = io.BytesIO()
    ox.serialize(store.quads_for_pattern(None, None, None, None), buf, format=ox.RdfFormat.N_QUADS)
    ds = Dataset()
    ds.parse(data=buf.getvalue().decode("utf-8"), format="nquads")
    doc = json.loads(ds.serialize(format="json-ld", context=JSONLD_CONTEXT, auto_compact=True))
    out.write(json.dumps(default_graph_on_top(doc), ensure_ascii=False, indent=1).encode("utf-8"))


def default_graph_on_top(doc: dict) -> dict:
    """rdflib wraps the default graph in a `@graph` object without `@id`, which every other JSON-LD
    processor reads as a named graph with a blank-node name; its nodes belong at the top level."""
    nodes = doc.get("@graph")
    if not isinstance(nodes, list):
        return doc
    top: list = []
    for node in nodes:
        if isinstance(node, dict) and "@graph" in node and "@id" not in node and len(node) == 1:
            inner = node["@graph"]
            top.extend(inner if isinstance(inner, list) else [inner])
        else:
            top.append(node)
    return {**doc, "@graph": top}


# how each format is written: Oxigraph's writers, and rdflib for compact JSON-LD
WRITERS: dict[str, Callable[[ox.Store, BinaryIO], None]] = {
    f.name: (_jsonld if f.name == "jsonld" else _ox_writer(f)) for f in RDF_FORMATS
}
FORMATS = RDF_BY_NAME
get_format = rdf_format


def export(store: GraphStore, fmt: str, out: Path | BinaryIO) -> None:
    """Write the whole graph. ttl, nt and rdfxml carry the merged default graph (every fact once);
    trig, nq and jsonld carry every article's named graph too."""
    write = WRITERS[rdf_format(fmt).name]
    ox_store = store.open()
    if isinstance(out, Path):
        tmp = out.with_name(out.name + ".tmp")
        with tmp.open("wb") as fh:
            write(ox_store, fh)
        tmp.replace(out)
    else:
        write(ox_store, out)


def context_json() -> str:
    return json.dumps({"@context": JSONLD_CONTEXT}, ensure_ascii=False, indent=1)
