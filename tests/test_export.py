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


def _quads(store) -> set[ox.Quad]:
    return set(store.open().quads_for_pattern(None, None, None, None))


def _default_triples(store) -> set[ox.Triple]:
    return {q.triple for q in store.open().quads_for_pattern(None, None, None, ox.DefaultGraph())}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_then_load_is_the_identity(sample_store, tmp_path, fmt: str) -> None:
    """`export -f F -o g.F` then `load g.F`: the same quads (dataset formats) or the same default graph."""
    from click.testing import CliRunner

    from zonegraph.cli import main
    from zonegraph.store import GraphStore

    out = tmp_path / f"g.{fmt}"  # the format's name as extension: g.rdfxml, g.jsonld …
    r = CliRunner()
    res = r.invoke(main, ["export", "--store", str(sample_store.root), "-f", fmt, "-o", str(out)])
    assert res.exit_code == 0, res.output
    copy = GraphStore(tmp_path / "copy")
    res = r.invoke(main, ["load", str(out), "--store", str(copy.root)])
    assert res.exit_code == 0, res.output
    if FORMATS[fmt].dataset:
        assert _quads(copy) == _quads(sample_store)
    else:
        assert _default_triples(copy) == _default_triples(sample_store)
    # the format can also be said, whatever the file is called
    odd = tmp_path / "dump.data"
    odd.write_bytes(out.read_bytes())
    res = r.invoke(main, ["load", str(odd), "--store", str(tmp_path / "c2")])
    assert res.exit_code == 1 and "--format" in res.output
    res = r.invoke(main, ["load", str(odd), "-f", fmt, "--store", str(tmp_path / "c2")])
    assert res.exit_code == 0, res.output


def test_jsonld_default_graph_is_at_the_top_level_for_pyld(sample_store) -> None:
    """pyld (and jsonld.js, Jena) read a @graph object without @id as a named graph: none may be written."""
    import json

    from pyld import jsonld

    buf = io.BytesIO()
    export(sample_store, "jsonld", buf)
    doc = json.loads(buf.getvalue())
    assert not any("@graph" in n and "@id" not in n for n in doc["@graph"])
    nquads = jsonld.to_rdf(doc, {"format": "application/n-quads"})
    parsed = set(ox.parse(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
    assert {q.triple for q in parsed if q.graph_name == ox.DefaultGraph()} == _default_triples(sample_store)
    assert len(parsed) == len(_quads(sample_store))
