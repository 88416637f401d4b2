"""Builds that add, change or remove a few articles: only what they touch is resolved and written again.

The new build starts as a copy of the current one (hard links, `GraphStore.write_edit`). The graphs of the
changed articles, and of those whose mentions now resolve to another IRI or to an entity with another label,
are written again; the merged default graph is written again for every subject they state something about
and every entity whose description changed. That is exact because the default graph of a build is, subject
by subject, the entity descriptions, the triples of the article graphs (without mentions and evidence) and
the derived figures (zone totals, statement counts), which are computed again for the zones concerned.
`tests/test_incremental.py` checks the result against a build from scratch, quad for quad.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox

from .graph import XSD, ZG, article_counts, article_iri, article_quads, entity_triples, typed
from .model import Extraction
from .resolve import BASE
from .resolve_state import Change, ResolutionState
from .sentence_index import INDEX, update_index

_STATEMENT = BASE + "statement/"
_DERIVED = (ZG.projectCount, ZG.totalInvestment, ZG.investedProjectCount)
_DEFAULT = ox.DefaultGraph()


def edit_graph(st: ox.Store, change: Change, dirty: list[Extraction], state: ResolutionState) -> int:
    """Bring the store from the previous build to this one; returns how many quads it gained (or lost)."""
    res = state.resolution(ex.article.key for ex in dirty)
    delta = 0
    subjects: set[ox.NamedNode] = {ox.NamedNode(iri) for iri in change.entities}
    for key in sorted(change.dirty | change.removed):
        g = article_iri(key)
        for q in st.quads_for_pattern(None, None, None, g):
            delta -= 1
            if not q.subject.value.startswith(_STATEMENT):
                subjects.add(q.subject)
        st.remove_graph(g)
    for ex in dirty:
        quads = {ox.Quad(s, p, o, g) for s, p, o, g in article_quads(ex, res)}
        st.extend(quads)
        delta += len(quads)
        subjects.update(q.subject for q in quads if not q.subject.value.startswith(_STATEMENT))
    zones = _zones_of(st, subjects)
    entities = state.entities(s.value for s in subjects)
    counts = {t[0]: t for t in article_counts(dirty, res)}
    for s in sorted(subjects, key=lambda n: n.value):
        old = list(st.quads_for_pattern(s, None, None, _DEFAULT))
        for q in old:
            st.remove(q)
        triples = set(_triples_of(st, s, entities.get(s.value)))
        if s in counts:
            triples.add(counts[s])
        st.extend(ox.Quad(*t, _DEFAULT) for t in triples)
        delta += len(triples) - len(old)
    for z in sorted(zones | _zones_of(st, subjects), key=lambda n: n.value):
        delta += _zone_totals_again(st, z)
    return delta


def _triples_of(st: ox.Store, s: ox.NamedNode, entity) -> Iterator[tuple]:  # noqa: ANN001
    """The default graph's triples about `s` (derived figures aside): its entity description and whatever
    any article graph states about it, mentions and evidence aside."""
    if entity is not None:
        yield from entity_triples(entity)
    for q in st.quads_for_pattern(s, None, None, None):
        if isinstance(q.graph_name, ox.NamedNode) and q.predicate != ZG.mentionedIn:
            yield q.subject, q.predicate, q.object


def _zones_of(st: ox.Store, subjects: set[ox.NamedNode]) -> set[ox.NamedNode]:
    """Zones whose derived figures may depend on these subjects: where they lie, and the zones among them."""
    out = set()
    for s in subjects:
        out.update(q.object for q in st.quads_for_pattern(s, ZG.locatedIn, None, _DEFAULT))
        if any(True for _ in st.quads_for_pattern(None, ZG.locatedIn, s, _DEFAULT)) or any(
            True for _ in st.quads_for_pattern(s, ZG.projectCount, None, _DEFAULT)
        ):
            out.add(s)
    return {z for z in out if isinstance(z, ox.NamedNode)}


def _zone_totals_again(st: ox.Store, z: ox.NamedNode) -> int:
    """`graph.zone_totals` for one zone, from the default graph as it now is."""
    delta = 0
    for p in _DERIVED:
        for q in list(st.quads_for_pattern(z, p, None, _DEFAULT)):
            st.remove(q)
            delta -= 1
    projects = {q.subject for q in st.quads_for_pattern(None, ZG.locatedIn, z, _DEFAULT)}
    if not projects:
        return delta
    funded = []
    for p in projects:
        values = [Decimal(q.object.value) for q in st.quads_for_pattern(p, ZG.investment, None, _DEFAULT)]
        if values:
            funded.append(max(values))
    triples = [(z, ZG.projectCount, typed(len(projects), XSD.integer))]
    if funded:
        triples.append((z, ZG.totalInvestment, typed(sum(funded, Decimal(0)), XSD.decimal)))
        triples.append((z, ZG.investedProjectCount, typed(len(funded), XSD.integer)))
    st.extend(ox.Quad(*t, _DEFAULT) for t in triples)
    return delta + len(triples)


def edit_index(folder: Path, change: Change, dirty: list[Extraction], state: ResolutionState) -> None:
    """The sentence index of the copy: the changed articles' sentences again, with their entities."""
    index = folder / INDEX
    if index.exists():
        res = state.resolution(ex.article.key for ex in dirty)
        update_index(index, dirty, res, (article_iri(k).value for k in change.dirty | change.removed))
