from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph

from zonegraph.export import FORMATS, export

RDFLIB_NAMES = {
    "ttl": "turtle",
    "nt": "nt",
    "rdfxml": "xml",
    "trig": "trig",
    "nq": "nquads",
    "jsonld": "json-ld",
}
OX_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_round_trips_through_two_independent_parsers(sample_store, fmt: str) -> None:
    buf = io.BytesIO()
    export(sample_store, fmt, buf)
    data = buf.getvalue()
    assert data
    ox_quads = set(ox.parse(data, format=OX_FORMATS[fmt]))
    if FORMATS[fmt].dataset:
        ds = Dataset()
        ds.parse(data=data, format=RDFLIB_NAMES[fmt])
        n_rdflib = sum(1 for _ in ds.quads((None, None, None, None)))
        expected = len(sample_store.open())
    else:
        g = Graph().parse(data=data, format=RDFLIB_NAMES[fmt])
        n_rdflib = len(g)
        expected = sum(1 for _ in sample_store.open().quads_for_pattern(None, None, None, ox.DefaultGraph()))
    assert len(ox_quads) == n_rdflib == expected


def test_jsonld_has_a_compact_context(sample_store) -> None:
    import json

    buf = io.BytesIO()
    export(sample_store, "jsonld", buf)
    doc = json.loads(buf.getvalue())
    assert doc["@context"]["@language"] == "zh"
    assert "label" in doc["@context"] and "zg" in doc["@context"]


def test_unknown_format_is_refused(sample_store) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        export(sample_store, "docx", io.BytesIO())
