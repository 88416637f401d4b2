"""Resolved facts → RDF quads with the ontology's terms; nothing else writes triples.

Each article's facts go into its own named graph (the article IRI), with the sentences they come from and
an rdf:Statement per fact pointing at its sentence. The default graph holds the deduplicated merge of
every fact and entity description, so COUNT and SUM over it count each fact once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox

from . import vocab
from .extract.amounts import mu_to_m2
from .model import Extraction
from .resolve import BASE, Entity, Resolution, short_hash, slug


class _Terms:
    """A namespace whose terms are made once, as the store's own (pyoxigraph) terms: the build writes
    them to Oxigraph without a conversion (making rdflib terms and converting them cost more than the
    store's bulk write, bench/RESULTS.md)."""

    def __init__(self, ns) -> None:  # noqa: ANN001
        self._ns = ns

    def __getattr__(self, name: str) -> ox.NamedNode:
        term = ox.NamedNode(str(self._ns) + name)
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> ox.NamedNode:
        return getattr(self, name)


DCTERMS, PROV, RDF, RDFS, SCHEMA, SKOS, XSD, ZG = (
    _Terms(ns)
    for ns in (
        vocab.DCTERMS,
        vocab.PROV,
        vocab.RDF,
        vocab.RDFS,
        vocab.SCHEMA,
        vocab.SKOS,
        vocab.XSD,
        vocab.ZG,
    )
)

Node = ox.NamedNode | ox.Literal
Quad = tuple[Node, Node, Node, ox.NamedNode | None]  # graph None: the default graph

CLASS = {
    "Zone": ZG.Zone,
    "Company": ZG.Company,
    "Organization": ZG.Organization,
    "Project": ZG.Project,
    "Person": ZG.Person,
    "Region": ZG.Region,
}
QUANTITY = {
    "investment": ZG.investment,
    "landArea": ZG.landArea,
    "floorArea": ZG.floorArea,
    "annualOutput": ZG.annualOutput,
    "annualTax": ZG.annualTax,
    "jobs": ZG.jobs,
    "phases": ZG.phases,
    "completedInvestment": ZG.completedInvestment,
    "startYear": ZG.startYear,
    "completionYear": ZG.completionYear,
}
RELATION = {"leads": ZG.leads, "invests": ZG.invests, "locatedIn": ZG.locatedIn}


# Terms are immutable and the same names, articles and sentences come back in many quads: building an rdflib
# term costs more than writing it to the store, so the common ones are made once (bench_build profile).
@lru_cache(maxsize=1 << 16)
def zh(text: str) -> ox.Literal:
    return ox.Literal(text, language="zh")


def plain(text: str) -> ox.Literal:
    return ox.Literal(text)


def typed(value: object, datatype: ox.NamedNode) -> ox.Literal:
    """A typed literal with the lexical form rdflib gives the same value (decimals never in exponent form)."""
    lexical = format(value, "f") if isinstance(value, Decimal) else str(value)
    return ox.Literal(lexical, datatype=datatype)


@lru_cache(maxsize=1 << 14)
def article_iri(key: str) -> ox.NamedNode:
    return ox.NamedNode(BASE + "article/" + slug(key))


@lru_cache(maxsize=1 << 16)
def sentence_iri(article_key: str, index: int) -> ox.NamedNode:
    return ox.NamedNode(f"{BASE}article/{slug(article_key)}/s{index}")


def _date_literal(date: str) -> ox.Literal:
    if date.startswith("--"):
        return typed(date, XSD.gMonthDay)
    return typed(date, XSD.date)


def entity_triples(e: Entity) -> Iterator[tuple[Node, Node, Node]]:
    s = ox.NamedNode(e.iri)
    yield s, RDF.type, CLASS[e.kind]
    if e.kind == "Person" and e.official:
        yield s, RDF.type, ZG.Official
    yield s, RDFS.label, zh(e.label)
    for a in sorted(e.aliases):
        yield s, SKOS.altLabel, zh(a)
    if e.kind == "Zone":
        if e.attrs.get("region"):
            yield s, ZG.inRegion, ox.NamedNode(BASE + "region/" + str(e.attrs["region"]))
        if e.attrs.get("zone_class"):
            yield s, ZG.zoneClass, plain(str(e.attrs["zone_class"]))
        cat = e.attrs.get("catalogue")
        if cat is not None:
            yield s, ZG.catalogueCode, plain(cat.code)  # type: ignore[attr-defined]
            yield s, ZG.catalogueName, zh(cat.name)  # type: ignore[attr-defined]
            yield s, ZG.approvalLevel, plain(cat.level)  # type: ignore[attr-defined]
            yield s, ZG.zoneType, zh(cat.type)  # type: ignore[attr-defined]
    elif e.kind == "Region":
        yield s, ZG.divisionCode, plain(str(e.attrs.get("code")))
        yield s, ZG.divisionLevel, plain(str(e.attrs.get("level")))
    elif e.kind == "Company" and e.attrs.get("stock"):
        yield s, ZG.stockCode, plain(str(e.attrs["stock"]))


def post_iri(person: str, title: str, org: str) -> ox.NamedNode:
    return ox.NamedNode(f"{BASE}post/{short_hash(person, title, org, n=16)}")


def mention_iris(ex: Extraction, res: Resolution) -> dict[str, ox.NamedNode]:
    return {k: ox.NamedNode(res.mention_iri[(ex.article.key, k)]) for k in ex.mentions}


def facts(ex: Extraction, res: Resolution) -> Iterator[tuple[tuple[Node, Node, Node], int, str | None, bool]]:
    """(triple, sentence, surface form, is the fact itself) for every post, relation and figure of an article.

    Facts with is-the-fact False describe a fact's node (a post's title) and need no evidence of their own.
    """
    iri = mention_iris(ex, res)
    for p in ex.posts:
        person, org = iri[p.person], iri[p.org]
        post = post_iri(person.value, p.title, org.value)
        yield (person, ZG.holds, post), p.sentence, None, True
        yield (post, RDF.type, ZG.Post), p.sentence, None, False
        yield (post, ZG.title, zh(p.title)), p.sentence, None, False
        yield (post, ZG.postIn, org), p.sentence, None, False
        yield (post, RDFS.label, zh(res.entities[org.value].label + p.title)), p.sentence, None, False
    for r in ex.relations:
        yield (iri[r.subject], RELATION[r.predicate], iri[r.object]), r.sentence, None, True
    for q in ex.quantities:
        if q.unit == "year":
            value = typed(q.value, XSD.gYear)
        else:
            value = typed(Decimal(q.value), XSD.decimal)
        yield (iri[q.project], QUANTITY[q.prop], value), q.sentence, q.surface, True
        if q.prop == "landArea" and q.unit == "mu":
            m2 = typed(mu_to_m2(Decimal(q.value)), XSD.decimal)
            yield (iri[q.project], ZG.landAreaSquareMetres, m2), q.sentence, q.surface, False
        if q.qualifier:
            yield (iri[q.project], ZG[q.prop + "Qualifier"], plain(q.qualifier)), q.sentence, None, False


def article_quads(ex: Extraction, res: Resolution) -> Iterator[Quad]:
    """The named graph of one article: metadata, sentences, entity mentions, facts and their evidence."""
    a = ex.article
    g = article_iri(a.key)
    for t in article_meta(ex):
        yield (*t, g)
    iri = mention_iris(ex, res)
    for key, m in ex.mentions.items():
        e = res.entities[iri[key].value]
        s = iri[key]
        yield s, RDF.type, CLASS[e.kind], g
        if e.kind == "Person" and m.attr("official"):
            yield s, RDF.type, ZG.Official, g
        yield s, RDFS.label, zh(e.label), g
        for n in sorted({m.name, *m.aliases} - {e.label}):
            yield s, SKOS.altLabel, zh(n), g
        for i in sorted({m.sentence, *(m.attr("sentences") or ())}):  # type: ignore[arg-type]
            yield s, ZG.mentionedIn, sentence_iri(a.key, i), g
    for t, sentence, surface, is_fact in facts(ex, res):
        yield (*t, g)
        if is_fact:
            yield from _evidence(t, a.key, sentence, g, surface)


def _evidence(
    t: tuple[Node, Node, Node], article_key: str, sentence: int, g: ox.NamedNode, surface: str | None = None
) -> Iterator[Quad]:
    st = ox.NamedNode(f"{BASE}statement/{short_hash(article_key, *(x.value for x in t), n=20)}")
    yield st, RDF.type, RDF.Statement, g
    yield st, RDF.subject, t[0], g
    yield st, RDF.predicate, t[1], g
    yield st, RDF.object, t[2], g
    yield st, PROV.wasDerivedFrom, sentence_iri(article_key, sentence), g
    if surface:
        yield st, ZG.surfaceForm, zh(surface), g


def article_meta(ex: Extraction) -> Iterator[tuple[Node, Node, Node]]:
    a = ex.article
    s = article_iri(a.key)
    yield s, RDF.type, ZG.Article
    if a.title:
        yield s, DCTERMS.title, zh(a.title)
    if a.author:
        for name in a.author.split("、"):
            yield s, DCTERMS.creator, zh(name)
    if a.identifier:
        yield s, DCTERMS.identifier, plain(a.identifier)
    if a.date:
        yield s, DCTERMS.date, _date_literal(a.date)
    yield s, DCTERMS.source, plain(f"{a.source}#line={a.position}" if not a.url else a.url)
    yield s, ZG.sourceFile, plain(a.source)
    yield s, ZG.sourceLine, typed(a.position, XSD.integer)
    if a.url:
        yield s, SCHEMA.url, ox.NamedNode(a.url) if a.url.startswith("http") else plain(a.url)
    yield s, ZG.text, zh(a.text)
    for sent in ex.sentences:
        if not sent.text:
            continue
        si = sentence_iri(a.key, sent.index)
        yield si, RDF.type, ZG.Sentence
        yield si, DCTERMS.isPartOf, s
        yield si, ZG.sentenceIndex, typed(sent.index, XSD.integer)
        yield si, ZG.text, zh(sent.text)


def dataset_quads(extractions: list[Extraction], res: Resolution) -> Iterator[Quad]:
    """Every quad of the build: per-article graphs, then the merged default graph.

    Of the merged triples only facts repeat (one fact stated by many articles): they are written once, and
    only they are remembered for that; an entity's, an article's or a zone's own triples are written as
    they come (remembering every triple of the default graph took 400 MB at 20,000 articles, and the store
    keeps a set of quads whatever it is given)."""
    # three passes over the extractions (a large build reads them back from its cache at each one); the
    # derived figures are gathered in the first and written last, as before
    totals = ZoneTotals(res)
    counts: list[tuple[Node, Node, Node]] = []
    for ex in extractions:
        yield from article_quads(ex, res)
        totals.add(ex)
        counts.append(article_count(ex, res))
    for e in res.entities.values():
        for t in entity_triples(e):
            yield (*t, None)
    for ex in extractions:
        for t in article_meta(ex):
            yield (*t, None)
    seen: set[tuple[Node, Node, Node]] = set()
    for ex in extractions:
        for t, *_ in facts(ex, res):
            if t not in seen:
                seen.add(t)
                yield (*t, None)
    for t in totals.triples():
        yield (*t, None)
    for t in counts:
        yield (*t, None)


def article_counts(extractions: Iterable[Extraction], res: Resolution) -> Iterator[tuple[Node, Node, Node]]:
    for ex in extractions:
        yield article_count(ex, res)


def article_count(ex: Extraction, res: Resolution) -> tuple[Node, Node, Node]:
    """How many facts (each with its rdf:Statement) an article states; derived at build time, because
    counting them in the article graphs scans every quad of the store."""
    n = len({t for t, _s, _f, is_fact in facts(ex, res) if is_fact})  # one rdf:Statement per distinct fact
    return article_iri(ex.article.key), ZG.statementCount, typed(n, XSD.integer)


class ZoneTotals:
    """Each zone's total of its projects' investments, computed once at build time, gathered one article at
    a time (the graph writer needs no pass of its own for it).

    A project counts once, with the largest total any article gives it. These are derived figures for quick
    answers (the GROUP BY over 100k projects takes a second); the facts they come from stay queryable.
    """

    def __init__(self, res: Resolution) -> None:
        self.res = res
        self.invest: dict[str, Decimal] = {}
        self.where: dict[str, set[str]] = {}

    def add(self, ex: Extraction) -> None:
        key, iri = ex.article.key, self.res.mention_iri
        for q in ex.quantities:
            if q.prop == "investment":
                p = iri[(key, q.project)]
                self.invest[p] = max(self.invest.get(p, Decimal(0)), Decimal(q.value))
        for r in ex.relations:
            if r.predicate == "locatedIn":
                self.where.setdefault(iri[(key, r.object)], set()).add(iri[(key, r.subject)])

    def triples(self) -> Iterator[tuple[Node, Node, Node]]:
        for zone, projects in sorted(self.where.items()):
            funded = [self.invest[p] for p in projects if p in self.invest]
            yield from zone_figures(ox.NamedNode(zone), len(projects), len(funded), sum(funded, Decimal(0)))


def zone_figures(
    z: ox.NamedNode, projects: int, funded: int, total: Decimal
) -> Iterator[tuple[Node, Node, Node]]:
    """A zone's derived figures: none without a project, no total without a funded one."""
    if projects:
        yield z, ZG.projectCount, typed(projects, XSD.integer)
        if funded:
            yield z, ZG.totalInvestment, typed(total, XSD.decimal)
            yield z, ZG.investedProjectCount, typed(funded, XSD.integer)
