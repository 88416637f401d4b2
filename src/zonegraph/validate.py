"""SHACL validation of a graph against ontology/shapes.ttl, with the ontology for class inference."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from .config import PROJECT_ROOT, RESOURCES


def _ontology_file(name: str) -> Path:
    for base in (PROJECT_ROOT / "ontology", RESOURCES / "ontology"):
        if (base / name).exists():
            return base / name
    raise FileNotFoundError(f"ontology file {name} not found")


@dataclass(frozen=True)
class Validation:
    conforms: bool
    violations: int
    report: str


def validate_graph(data: Graph) -> Validation:
    """pyshacl over the data as built (no inference: a range must hold, not be inferred into truth).

    The graph states zg:Person beside zg:Official, so subclasses need no reasoner."""
    from pyshacl import validate

    shapes = Graph().parse(_ontology_file("shapes.ttl"))
    ont = Graph().parse(_ontology_file("zones.ttl"))
    conforms, results, text = validate(
        data, shacl_graph=shapes, ont_graph=ont, inference="none", allow_warnings=True
    )
    from rdflib.namespace import SH

    n = len(list(results.subjects(predicate=SH.resultSeverity)))
    return Validation(bool(conforms), n, str(text))
