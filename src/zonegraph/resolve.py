"""Across articles: which mentions are one real thing; one stable, readable IRI for each.

Zones resolve by (division, zone class); companies by legal name, shared aliases and, inside one article,
by short names (百泰 / 百泰生物药业有限公司); projects by name; people by name *and* a shared organisation,
so two people who share a name stay two.

Resolution is a pure function of the set of mentions, whatever order the articles come in: the clusters
are the connected parts of a graph whose edges are the rules below, and every choice inside a cluster
(label, attributes) or between clusters (IRIs they share, homonyms' numbers) goes by the sorted mention
order. That is what lets `resolve_state` redo only the part of the graph a new article touches and still
get what a build from scratch gets.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .extract.companies import legal_base, without_place
from .extract.lexicon import lexicon, short_place
from .extract.text import to_simplified
from .model import Extraction, Mention

BASE = "https://w3id.org/zonegraph/id/"
_PATH_KINDS = {
    "Zone": "zone",
    "Company": "company",
    "Organization": "org",
    "Project": "project",
    "Person": "person",
    "Region": "region",
}
_UNSAFE = re.compile(r"[\s<>\"{}|\\^`/?#%\[\]]+")
ORG_KINDS = ("Company", "Organization")

Node = tuple[str, str]  # (article key, mention key)


def slug(text: str) -> str:
    """A readable IRI segment: the name itself, with only IRI-unsafe characters replaced."""
    return _UNSAFE.sub("_", unicodedata.normalize("NFC", text)).strip("_") or "_"


def short_hash(*parts: str, n: int = 10) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:n]


@dataclass
class Entity:
    iri: str
    kind: str
    label: str
    aliases: set[str] = field(default_factory=set)
    attrs: dict[str, object] = field(default_factory=dict)
    official: bool = False


@dataclass
class Resolution:
    entities: dict[str, Entity]
    # (article key, mention key) → entity IRI
    mention_iri: dict[tuple[str, str], str]


@dataclass
class Cluster:
    """What one cluster of mentions says about its entity; clusters with one IRI make one entity."""

    root: Node  # its smallest mention
    kind: str
    label: str  # a person's name
    iri: str  # "" for people: they are numbered among homonyms (`person_iris`)
    names: set[str]  # every name and alias its mentions use
    attrs: dict[str, object]
    official: bool = False


class _UF:
    """Union-find whose roots are the smallest member: a cluster's root does not depend on the order."""

    def __init__(self) -> None:
        self.parent: dict[Node, Node] = {}

    def find(self, x: Node) -> Node:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Node, b: Node) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _norm(name: str) -> str:
    return re.sub(r"[\s\"'“”‘’()（）]", "", unicodedata.normalize("NFKC", name))


def _org_keys(m: Mention) -> list[str]:
    """The names an organisation mention joins by: a full name by itself, its legal base and aliases; a
    short name by its names in order (the first that names a full one decides). A body known only from a
    title (市委 of an article that names no city) joins nothing: it is that article's alone."""
    if m.attr("local"):
        return []
    if m.attr("short"):
        names = [m.name, *m.aliases]
    else:
        names = sorted({m.name, legal_base(m.name), *m.aliases})
    return list(dict.fromkeys(_norm(n) for n in names if len(n) >= 2))


def join_keys(mkey: str, m: Mention) -> list[str]:
    """Every key by which a mention can meet mentions of other articles (kind-prefixed)."""
    if m.kind in ORG_KINDS:
        return ["o:" + k for k in _org_keys(m)]
    if m.kind == "Project":
        return ["p:" + k for k in sorted({_norm(n) for n in (m.name, *m.aliases)})]
    if m.kind in ("Zone", "Region"):
        return ["z:" + mkey]
    if m.kind == "Person":
        return ["n:" + m.name]
    return []


def in_article_pairs(ex: Extraction) -> list[tuple[str, str]]:
    """Organisation mentions of one article that name one organisation (mention-key pairs)."""
    items = [(k, m) for k, m in ex.mentions.items() if m.kind in ORG_KINDS]
    pairs = []
    for key, m in items:
        base = legal_base(m.name)
        for key2, m2 in items:
            if key2 == key:
                continue
            base2 = legal_base(m2.name)
            if (
                # 百泰 / 百泰生物药业有限公司: a short name and the full name it abbreviates
                m.attr("short")
                and len(base) >= 2
                and len(base2) > len(base)
                and (base2.startswith(base) or without_place(base2).startswith(base))
            ) or (
                # 华泽公司 = 晋中市华泽牛肉制品有限公司 (but 双良集团 is not 山西双良集团)
                m.name.endswith("公司")
                and len(base) >= 2
                and len(without_place(base2)) > len(base)
                and without_place(base2).startswith(base)
                and not base.endswith("集团")
            ):
                pairs.append((key, key2))
            # 山西双良集团 = 山西双良再生能源产业集团: the group named by its head and its 集团
            if (
                base.endswith("集团")
                and base2.endswith("集团")
                and len(base2) > len(base)
                and base2.startswith(base[:-2])
                and len(base) - 2 >= 2
            ):
                pairs.append((key, key2))
    return pairs


def partition(
    mentions: dict[Node, Mention],
    pairs: Iterable[tuple[Node, Node]],
    posts: dict[Node, set[Node]],
    root_elsewhere: Callable[[Node], Node] = lambda n: n,
) -> dict[Node, Node]:
    """Each mention's cluster root. `pairs` join mentions inside an article; `posts` are the organisations
    each person holds a post in; `root_elsewhere` gives the cluster of an organisation outside `mentions`
    (an incremental update passes a closed part of the graph, see resolve_state)."""
    uf = _UF()
    for n in mentions:
        uf.find(n)
    for a, b in pairs:
        uf.union(a, b)
    nodes = sorted(mentions)
    orgs = [n for n in nodes if mentions[n].kind in ORG_KINDS]
    # full organisation names join by any shared name
    full_index: dict[str, Node] = {}
    for n in orgs:
        if not mentions[n].attr("short"):
            for k in _org_keys(mentions[n]):
                uf.union(n, full_index.setdefault(k, n))
    # short names: a short name alone (大运) joins the full name it is an alias of, else other short-only
    # clusters of that name; two companies that share a brand in different articles stay apart
    anchored = {uf.find(n) for n in orgs if not mentions[n].attr("short")}
    loose = [n for n in orgs if mentions[n].attr("short") and uf.find(n) not in anchored]
    short_index: dict[str, Node] = {}
    for n in loose:
        keys = _org_keys(mentions[n])
        hit = next((full_index[k] for k in keys if k in full_index), None)
        if hit is not None:
            uf.union(n, hit)
        else:
            for k in keys:
                uf.union(n, short_index.setdefault(k, n))
    # projects by a shared name; zones and regions by their key (division code + class), already global
    names: dict[str, Node] = {}
    for n in nodes:
        m = mentions[n]
        if m.kind in ("Project", "Zone", "Region"):
            for k in join_keys(n[1], m):
                uf.union(n, names.setdefault(k, n))

    # people: one name and a shared organisation (organisations are joined by now): homonyms stay apart
    def org_root(o: Node) -> Node:
        return uf.find(o) if o in mentions else root_elsewhere(o)

    held: dict[tuple[str, Node], Node] = {}
    for n in nodes:
        m = mentions[n]
        if m.kind == "Person":
            for o in sorted({org_root(o) for o in posts.get(n, ())}):
                uf.union(n, held.setdefault((m.name, o), n))
    return {n: uf.find(n) for n in nodes}


def add_posts(out: dict[Node, set[Node]], ex: Extraction) -> None:
    """Each person mention's organisations in one article, added to `out`."""
    for p in ex.posts:
        out.setdefault((ex.article.key, p.person), set()).add((ex.article.key, p.org))


def _zone_label(names: set[str], attrs: dict[str, object]) -> str:
    lex = lexicon()
    suffixes = sorted(lex.zone_types, key=len, reverse=True)

    def abbreviated(n: str) -> bool:
        suf = next((s for s in suffixes if n.endswith(s)), None)
        return bool(suf and lex.zone_types[suf][1])

    full = [n for n in names if not abbreviated(n)]
    if full:
        return max(full, key=lambda n: (len(n), n))
    shortest = min(names, key=lambda n: (len(n), n))
    for suf, (_c, exp) in sorted(lex.zone_types.items(), key=lambda kv: -len(kv[0])):
        if exp and shortest.endswith(suf):
            return shortest[: -len(suf)] + exp
    return shortest


def _catalogue_entry(label: str, names: set[str], region: str | None, zclass: str):  # noqa: ANN202
    gaz = lexicon().gazetteer
    for n in sorted({label, *names}, key=lambda n: (-len(n), n)):
        if n in gaz.catalogue:
            return gaz.catalogue[n]
    if region and region in gaz.divisions:
        place = short_place(gaz.divisions[region].name)
        want = {
            "econ": ("经济技术开发区", "经济开发区"),
            "hitech": ("高新技术产业开发区", "高新技术产业园区"),
        }.get(zclass, ())
        province = gaz.divisions.get(region[:2] + "0000")
        for suf in want:
            for prefix in ("", short_place(province.name) if province else ""):
                z = gaz.catalogue.get(prefix + place + suf)
                if z:
                    return z
    return None


def cluster_of(root: Node, ms: list[Mention]) -> Cluster:
    """One cluster's label, IRI and attributes; `ms` in the order of their nodes."""
    kinds = {m.kind for m in ms}
    kind = "Company" if "Company" in kinds else ms[0].kind
    all_names = {m.name for m in ms} | {a for m in ms for a in m.aliases}
    attrs: dict[str, object] = {}
    for m in ms:
        for k, v in m.attrs:
            if k != "sentences":
                attrs.setdefault(k, v)
    if kind == "Person":
        name = ms[0].name
        aliases = {a for m in ms for a in m.aliases} - {name}
        official = any(bool(m.attr("official")) for m in ms)
        return Cluster(root, kind, name, "", aliases, {}, official)
    # labels are chosen among simplified forms; traditional ones stay aliases
    names = {n for n in all_names if to_simplified(n) == n} or all_names
    if kind == "Zone":
        label = _zone_label(names, attrs)
        region = None if attrs.get("mid") else attrs.get("region")
        z = _catalogue_entry(label, names, region, str(attrs.get("zone_class")))  # type: ignore[arg-type]
        if z:
            attrs["catalogue"] = z
        iri = BASE + "zone/" + slug(label)
    elif kind == "Region":
        label = ms[0].name
        iri = BASE + "region/" + str(attrs.get("code"))
    elif kind in ORG_KINDS:
        full = [n for n in names if n != legal_base(n)]
        label = max(full or names, key=lambda n: (len(n), n))
        iri = BASE + _PATH_KINDS[kind] + "/" + slug(legal_base(label))
        if attrs.get("local"):
            iri += "/" + slug(str(root[0]))  # one article's 市委, apart from every other article's
    else:
        label = max(names, key=lambda n: (len(n), n))
        iri = BASE + "project/" + slug(label)
    return Cluster(root, kind, label, iri, all_names, attrs)


def person_iris(clusters: Iterable[Cluster]) -> dict[Node, str]:
    """People's IRIs: their name, numbered by first mention when homonyms stay apart. `clusters` holds
    every person cluster of each name it holds."""
    by_name: dict[str, list[Cluster]] = {}
    for c in clusters:
        by_name.setdefault(c.label, []).append(c)
    out = {}
    for name, group in by_name.items():
        for idx, c in enumerate(sorted(group, key=lambda c: c.root)):
            out[c.root] = BASE + "person/" + slug(name) + ("" if len(group) == 1 else f"-{idx + 1}")
    return out


def merge(iri: str, clusters: list[Cluster]) -> Entity:
    """The entity of the clusters that share an IRI (the first by root names it)."""
    group = sorted(clusters, key=lambda c: c.root)
    ent = Entity(iri, group[0].kind, group[0].label)
    for c in group:
        ent.aliases |= c.names
        ent.attrs.update({k: v for k, v in c.attrs.items() if k not in ent.attrs})
        ent.official = ent.official or c.official
    ent.aliases.discard(ent.label)
    return ent


def zone_region(e: Entity) -> str | None:
    """The division code of the region a zone entity lies in."""
    return str(e.attrs["region"]) if e.kind == "Zone" and e.attrs.get("region") else None


def region_entity(code: str) -> Entity | None:
    """The region a zone lies in, when no article names it."""
    d = lexicon().gazetteer.divisions.get(code)
    if d is None:
        return None
    return Entity(BASE + f"region/{code}", "Region", d.name, attrs={"code": d.code, "level": d.level})


def resolve(extractions: list[Extraction]) -> Resolution:
    """Mentions of all articles → entities: join what names one thing, then give each cluster its IRI."""
    return resolve_clusters(extractions)[0]


def resolve_clusters(extractions: list[Extraction]) -> tuple[Resolution, dict[Node, Node], list[Cluster]]:
    """`resolve`, with each mention's cluster root and the clusters (what an update starts from)."""
    # one pass over the extractions (a large build reads them back from its cache at each pass)
    mentions: dict[Node, Mention] = {}
    pairs: list[tuple[Node, Node]] = []
    posts: dict[Node, set[Node]] = {}
    for ex in extractions:
        key = ex.article.key
        mentions.update(((key, k), m) for k, m in ex.mentions.items())
        pairs.extend(((key, a), (key, b)) for a, b in in_article_pairs(ex))
        add_posts(posts, ex)
    roots = partition(mentions, pairs, posts)
    clusters = clusters_of(roots, mentions)
    return assemble(clusters, roots), roots, clusters


def clusters_of(roots: dict[Node, Node], mentions: dict[Node, Mention]) -> list[Cluster]:
    members: dict[Node, list[Node]] = {}
    for n, r in roots.items():
        members.setdefault(r, []).append(n)
    return [cluster_of(r, [mentions[n] for n in sorted(ns)]) for r, ns in sorted(members.items())]


def assemble(clusters: list[Cluster], roots: dict[Node, Node]) -> Resolution:
    """Entities from clusters (numbering people, adding the regions zones lie in), and each mention's IRI."""
    people = person_iris(c for c in clusters if c.kind == "Person")
    by_iri: dict[str, list[Cluster]] = {}
    iri_of: dict[Node, str] = {}
    for c in clusters:
        iri = c.iri = people.get(c.root, c.iri)
        by_iri.setdefault(iri, []).append(c)
        iri_of[c.root] = iri
    entities = {iri: merge(iri, cs) for iri, cs in sorted(by_iri.items())}
    for code in sorted({c for e in entities.values() if (c := zone_region(e))}):
        iri = BASE + f"region/{code}"
        if iri not in entities and (ent := region_entity(code)) is not None:
            entities[iri] = ent
    return Resolution(entities, {n: iri_of[r] for n, r in roots.items()})
