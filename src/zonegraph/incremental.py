"""Builds that add, change or remove a few articles: only what they touch is resolved and written again.

The new build starts as a copy of the current one (hard links, `GraphStore.write_edit`). The graphs of the
changed articles, and of those whose mentions now resolve to another IRI or to an entity with another label,
are written again. The merged default graph is then corrected triple by triple: a build's default graph is the
entity descriptions, the triples of the article graphs (without mentions and evidence) and the derived figures
(zone totals, statement counts). So a triple the rewritten graphs or the changed entities stated, before or
now, belongs to it exactly when its entity states it or some article graph still does; a zone's figures change
by the share of the projects whose place or investment changed. `tests/test_incremental.py` checks the
result against a build from scratch, quad for quad.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox

from .graph import ZG, Node, article_counts, article_iri, article_quads, entity_triples, zone_figures
from .model import Extraction
from .resolve import BASE, Resolution
from .resolve_state import Change, ResolutionState
from .sentence_index import INDEX, update_index

_STATEMENT = BASE + "statement/"
_DERIVED = (ZG.projectCount, ZG.totalInvestment, ZG.investedProjectCount)
_DEFAULT = ox.DefaultGraph()

Triple = tuple[Node, Node, Node]


def _merged(q: ox.Quad) -> bool:
    """Whether an article graph's quad is one of the triples the default graph merges."""
    return q.predicate != ZG.mentionedIn and not q.subject.value.startswith(_STATEMENT)


def edit_graph(
    st: ox.Store, change: Change, dirty: list[Extraction], res: Resolution, state: ResolutionState
) -> int:
    """Bring the store from the previous build to this one; returns how many quads it gained (or lost).
    `res` resolves the mentions of the `dirty` articles (`ResolutionState.resolution`)."""
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
    projects = {q.subject for q in (*added, *removed) if q.predicate in (ZG.locatedIn, ZG.investment)}
    before = {p: _placed(st, p) for p in projects}
    for q in removed:
        st.remove(q)
    st.extend(added)
    delta += len(added) - len(removed)
    delta += _counts_again(st, change, dirty, res)
    after = {p: _placed(st, p) for p in projects}
    return delta + _zone_totals_again(st, before, after)


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


def _placed(st: ox.Store, p: ox.NamedNode) -> tuple[set, Decimal | None]:
    """Where a project lies and the largest investment any article gives it (what a zone total counts)."""
    zones = {q.object for q in st.quads_for_pattern(p, ZG.locatedIn, None, _DEFAULT)}
    values = [Decimal(q.object.value) for q in st.quads_for_pattern(p, ZG.investment, None, _DEFAULT)]
    return zones, max(values) if values else None


def _zone_totals_again(st: ox.Store, before: dict, after: dict) -> int:
    """`graph.ZoneTotals` for the zones of the projects whose place or investment changed, by difference:
    each such project's share taken out as it was and put back as it is (Decimal sums are exact, and
    Oxigraph keeps decimals in canonical form, so the figures are those a build from scratch writes)."""
    delta = 0
    zones = {z for placed in (*before.values(), *after.values()) for z in placed[0]}
    for z in sorted(zones, key=str):
        figures = {p: q for p in _DERIVED for q in st.quads_for_pattern(z, p, None, _DEFAULT)}
        count = int(figures[ZG.projectCount].object.value) if ZG.projectCount in figures else 0
        invested = (
            int(figures[ZG.investedProjectCount].object.value) if ZG.investedProjectCount in figures else 0
        )
        total = (
            Decimal(figures[ZG.totalInvestment].object.value) if ZG.totalInvestment in figures else Decimal(0)
        )
        for placed, sign in ((before, -1), (after, 1)):
            for zones_of_p, largest in placed.values():
                if z in zones_of_p:
                    count += sign
                    if largest is not None:
                        invested += sign
                        total += sign * largest
        for q in figures.values():
            st.remove(q)
        triples = list(zone_figures(z, count, invested, total)) if isinstance(z, ox.NamedNode) else []
        st.extend(ox.Quad(*t, _DEFAULT) for t in triples)
        delta += len(triples) - len(figures)
    return delta


def edit_index(folder: Path, change: Change, dirty: list[Extraction], res: Resolution) -> None:
    """The sentence index of the copy: the changed articles' sentences again, with their entities."""
    index = folder / INDEX
    if index.exists():
        update_index(index, dirty, res, (article_iri(k).value for k in change.dirty | change.removed))
