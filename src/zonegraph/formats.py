"""One registry of the RDF and SPARQL-results formats: short name, media type, Oxigraph format.

The exporter, the SPARQL endpoint and the entity pages all choose formats from here, so a format is
added in one place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .vocab import PREFIXES


@dataclass(frozen=True)
class RdfFormat:
    name: str
    media_type: str
    ox_format: ox.RdfFormat
    extension: str
    dataset: bool  # keeps named graphs (TriG, N-Quads, JSON-LD)


RDF_FORMATS: tuple[RdfFormat, ...] = (
    RdfFormat("ttl", "text/turtle", ox.RdfFormat.TURTLE, "ttl", False),
    RdfFormat("nt", "application/n-triples", ox.RdfFormat.N_TRIPLES, "nt", False),
    RdfFormat("jsonld", "application/ld+json", ox.RdfFormat.JSON_LD, "jsonld", True),
    RdfFormat("rdfxml", "application/rdf+xml", ox.RdfFormat.RDF_XML, "rdf", False),
    RdfFormat("trig", "application/trig", ox.RdfFormat.TRIG, "trig", True),
    RdfFormat("nq", "application/n-quads", ox.RdfFormat.N_QUADS, "nq", True),
)
RDF_BY_NAME = {f.name: f for f in RDF_FORMATS}
RDF_BY_MEDIA = {f.media_type: f for f in RDF_FORMATS}
RDF_ALIASES = {
    "turtle": "ttl",
    "ntriples": "nt",
    "n-triples": "nt",
    "nquads": "nq",
    "n-quads": "nq",
    "json-ld": "jsonld",
    "xml": "rdfxml",
    "rdf": "rdfxml",
}

# SPARQL SELECT/ASK results: short name → media type
RESULT_MEDIA = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}


def rdf_format(name: str) -> RdfFormat:
    key = RDF_ALIASES.get(name.lower(), name.lower())
    if key not in RDF_BY_NAME:
        raise ValueError(f"unknown format {name!r}; choose one of: {', '.join(RDF_BY_NAME)}")
    return RDF_BY_NAME[key]


def format_of_file(path: Path, name: str | None = None) -> RdfFormat:
    """The RDF format of a file: the name given (`load -f`), else its extension, read as one of our format
    names (g.rdfxml, g.jsonld) or a registered extension (.rdf, .owl, .ttl …)."""
    if name:
        return rdf_format(name)
    ext = path.suffix.lstrip(".").lower()
    if ext in RDF_BY_NAME or ext in RDF_ALIASES:
        return rdf_format(ext)
    ox_fmt = ox.RdfFormat.from_extension(ext) if ext else None
    for f in RDF_FORMATS:
        if f.ox_format == ox_fmt:
            return f
    raise ValueError(
        f"{path}: cannot tell the RDF format from {('.' + ext) if ext else 'a name without extension'}; "
        f"say it with --format ({', '.join(RDF_BY_NAME)})"
    )


def serialize_rdf(items: Iterable, media_type: str) -> bytes:  # noqa: ANN001 - triples or quads
    """Triples or quads in the given media type, with the project's prefixes where the syntax has them."""
    fmt = RDF_BY_MEDIA[media_type].ox_format
    kwargs = (
        {"prefixes": PREFIXES}
        if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML)
        else {}
    )
    return ox.serialize(items, format=fmt, **kwargs) or b""
