"""Builds that add, change or remove a few articles: only what they touch is resolved and written again.

The new build starts as a copy of the current one (hard links, `GraphStore.write_edit`). The graphs of the
changed articles, and of those whose mentions now resolve to another IRI or to an entity with another label,
are written again. The merged default graph is then corrected triple by triple: a build's default graph is the
entity descriptions, the triples of the article graphs (without mentions and evidence) and the derived figures
(zone totals, statement counts). So a triple the rewritten graphs or the changed entities stated, before or
now, belongs to it exactly when its entity states it or some article graph still does; the figures are
computed again for the zones whose projects or investments changed. `tests/test_incremental.py` checks the
result against a build from scratch, quad for quad.
"""

from __future__ import annotations

from collections.abc import Iterable
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

# a zone's projects with the largest investment any article gives each, as graph.zone_totals counts them
_TOTALS = (
    f"SELECT ?p (MAX(?v) AS ?max) WHERE {{ ?p <{ZG.locatedIn.value}> ?z "
    f"OPTIONAL {{ ?p <{ZG.investment.value}> ?v }} }} GROUP BY ?p"
)

Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]


def _merged(q: ox.Quad) -> bool:
    """Whether an article graph's quad is one of the triples the default graph merges."""
    return q.predicate != ZG.mentionedIn and not q.subject.value.startswith(_STATEMENT)


def edit_graph(st: ox.Store, change: Change, dirty: list[Extraction], state: ResolutionState) -> int:
    """Bring the store from the previous build to this one; returns how many quads it gained (or lost)."""
    res = state.resolution(ex.article.key for ex in dirty)
    delta = 0
    candidates: set[Triple] = set()
    for key in sorted(change.dirty | change.removed):
        g = article_iri(key)
        for q in st.quads_for_pattern(None, None, None, g):
            delta -= 1
            if _merged(q):
                candidates.add((q.subject, q.predicate, q.object))
        st.remove_graph(g)
    for ex in dirty:
        quads = {ox.Quad(s, p, o, g) for s, p, o, g in article_quads(ex, res)}
        st.extend(quads)
        delta += len(quads)
        candidates.update((q.subject, q.predicate, q.object) for q in quads if _merged(q))
    entities = state.entities(change.entities)
    described: dict[ox.NamedNode, set[Triple]] = {}
    for iri in sorted(change.entities):
        s = ox.NamedNode(iri)
        for q in st.quads_for_pattern(s, None, None, _DEFAULT):  # the entity as the last build described it
            if q.predicate not in _DERIVED:
                candidates.add((q.subject, q.predicate, q.object))
        described[s] = set(entity_triples(entities[iri])) if iri in entities else set()
        candidates |= described[s]
    touched = {s for s, _p, _o in candidates}
    described.update((s, set(entity_triples(e))) for s, e in _entities_of(state, touched - set(described)))
    added, removed = [], []
    for t in candidates:
        wanted = t in described.get(t[0], ()) or any(
            isinstance(q.graph_name, ox.NamedNode) for q in st.quads_for_pattern(*t, None)
        )
        present = ox.Quad(*t, _DEFAULT) in st
        if wanted and not present:
            added.append(ox.Quad(*t, _DEFAULT))
        elif present and not wanted:
            removed.append(ox.Quad(*t, _DEFAULT))
    zones = _zones_of(st, [q.triple for q in (*added, *removed)])  # where they lay before
    for q in removed:
        st.remove(q)
    st.extend(added)
    delta += len(added) - len(removed)
    delta += _counts_again(st, change, dirty, res)
    zones |= _zones_of(st, [q.triple for q in (*added, *removed)])  # and where they lie now
    for z in sorted(zones, key=lambda n: n.value):
        delta += _zone_totals_again(st, z)
    return delta


def _entities_of(state: ResolutionState, subjects: Iterable[ox.NamedNode]):  # noqa: ANN202
    iris = [s.value for s in subjects if isinstance(s, ox.NamedNode)]
    for iri, e in state.entities(iris).items():
        yield ox.NamedNode(iri), e


def _counts_again(st: ox.Store, change: Change, dirty: list[Extraction], res) -> int:  # noqa: ANN001
    """The statement counts of the articles written again (and of those removed: none)."""
    delta = 0
    for key in change.dirty | change.removed:
        for q in list(st.quads_for_pattern(article_iri(key), ZG.statementCount, None, _DEFAULT)):
            st.remove(q)
            delta -= 1
    counts = [ox.Quad(*t, _DEFAULT) for t in article_counts(dirty, res)]
    st.extend(counts)
    return delta + len(counts)


def _zones_of(st: ox.Store, triples: list) -> set[ox.NamedNode]:  # noqa: ANN001
    """Zones whose derived figures depend on these triples: where their subjects lie, and zones among them."""
    out: set = set()
    for t in triples:
        s, p, o = t.subject, t.predicate, t.object
        if p == ZG.locatedIn:
            out.add(o)
        if p in (ZG.investment, ZG.locatedIn) or p == ZG.projectCount:
            out.update(q.object for q in st.quads_for_pattern(s, ZG.locatedIn, None, _DEFAULT))
        if any(True for _ in st.quads_for_pattern(s, ZG.projectCount, None, _DEFAULT)):
            out.add(s)
    return {z for z in out if isinstance(z, ox.NamedNode)}


def _zone_totals_again(st: ox.Store, z: ox.NamedNode) -> int:
    """`graph.zone_totals` for one zone, from the default graph as it now is."""
    delta = 0
    for p in _DERIVED:
        for q in list(st.quads_for_pattern(z, p, None, _DEFAULT)):
            st.remove(q)
            delta -= 1
    rows = list(st.query(_TOTALS.replace("?z", str(z))))  # an IRI the store gave: written as N-Triples
    if not rows:
        return delta
    projects = [r["p"] for r in rows]
    funded = [Decimal(r["max"].value) for r in rows if r["max"] is not None]
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
