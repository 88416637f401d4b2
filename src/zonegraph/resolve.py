"""Across articles: which mentions are one real thing; one stable, readable IRI for each.

Zones resolve by (division, zone class); companies by legal name, shared aliases and, inside one article,
by short names (百泰 / 百泰生物药业有限公司); projects by name; people by name *and* a shared organisation,
so two people who share a name stay two.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from .extract.companies import legal_base, without_place
from .extract.lexicon import lexicon, short_place
from .extract.text import to_simplified
from .model import Extraction

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


class _UF:
    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(self, x: tuple[str, str]) -> tuple[str, str]:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _norm(name: str) -> str:
    return re.sub(r"[\s\"'“”‘’()（）]", "", unicodedata.normalize("NFKC", name))


def _zone_label(names: set[str], attrs: dict[str, object]) -> str:
    lex = lexicon()
    suffixes = sorted(lex.zone_types, key=len, reverse=True)

    def abbreviated(n: str) -> bool:
        suf = next((s for s in suffixes if n.endswith(s)), None)
        return bool(suf and lex.zone_types[suf][1])

    full = [n for n in names if not abbreviated(n)]
    if full:
        return max(full, key=lambda n: (len(n), n))
    shortest = min(names, key=len)
    for suf, (_c, exp) in sorted(lex.zone_types.items(), key=lambda kv: -len(kv[0])):
        if exp and shortest.endswith(suf):
            return shortest[: -len(suf)] + exp
    return shortest


def _catalogue_entry(label: str, names: set[str], region: str | None, zclass: str):  # noqa: ANN202
    gaz = lexicon().gazetteer
    for n in sorted({label, *names}, key=len, reverse=True):
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


def resolve(extractions: list[Extraction]) -> Resolution:
    """Mentions of all articles → entities: join what names one thing, then give each cluster its IRI."""
    uf = _UF()
    mentions = {}
    for ex in extractions:
        for key, m in ex.mentions.items():
            mentions[(ex.article.key, key)] = m
            uf.find((ex.article.key, key))
    _join_organisations(extractions, mentions, uf)
    _join_projects(extractions, uf)
    _join_global_keys(mentions, uf)
    _join_people(extractions, mentions, uf)
    entities, mention_iri, person_clusters = _entities(mentions, uf)
    _add_zone_regions(entities)
    _add_people(entities, mention_iri, person_clusters, mentions)
    return Resolution(entities, mention_iri)


def _join_organisations(extractions: list[Extraction], mentions: dict, uf: _UF) -> None:
    """Companies and other organisations that are one (see the comments for which)."""
    # -- organisations. Inside one article, short names join the full name they abbreviate (百泰 / 百泰生物药业
    # 有限公司). Across articles, full names join by name; a short name alone (大运) joins a full-name cluster
    # only when it is that cluster's own alias, else other short-only clusters of the same name: two companies
    # that share a brand in different articles are not merged through it.
    for ex in extractions:
        items = [(k, m) for k, m in ex.mentions.items() if m.kind in ("Company", "Organization")]
        for key, m in items:
            base = legal_base(m.name)
            for key2, m2 in items:
                if key2 == key:
                    continue
                base2 = legal_base(m2.name)
                if (
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
                    uf.union((ex.article.key, key), (ex.article.key, key2))
                # 山西双良集团 = 山西双良再生能源产业集团: the group named by its head and its 集团
                if (
                    base.endswith("集团")
                    and base2.endswith("集团")
                    and len(base2) > len(base)
                    and base2.startswith(base[:-2])
                    and len(base) - 2 >= 2
                ):
                    uf.union((ex.article.key, key), (ex.article.key, key2))
    org_nodes = [(n, m) for n, m in mentions.items() if m.kind in ("Company", "Organization")]
    full_index: dict[str, tuple[str, str]] = {}
    for node, m in org_nodes:
        if m.attr("short"):
            continue
        for n in {m.name, legal_base(m.name), *m.aliases}:
            if len(n) >= 2:
                uf.union(node, full_index.setdefault(_norm(n), node))
    anchored = {uf.find(n) for n, m in org_nodes if not m.attr("short")}
    short_index: dict[str, tuple[str, str]] = {}
    for node, m in org_nodes:
        if not m.attr("short") or uf.find(node) in anchored:
            continue
        names = [_norm(n) for n in (m.name, *m.aliases) if len(n) >= 2]
        hit = next((full_index[n] for n in names if n in full_index), None)
        if hit is not None:
            uf.union(node, hit)
        else:
            for n in names:
                uf.union(node, short_index.setdefault(n, node))


def _join_projects(extractions: list[Extraction], uf: _UF) -> None:
    """Projects join by a shared name or alias, in any article."""
    # -- projects: same name or alias anywhere
    pnames: dict[str, tuple[str, str]] = {}
    for ex in extractions:
        for key, m in ex.mentions.items():
            if m.kind == "Project":
                node = (ex.article.key, key)
                for n in {m.name, *m.aliases}:
                    uf.union(node, pnames.setdefault(_norm(n), node))


def _join_global_keys(mentions: dict, uf: _UF) -> None:
    """Zones and regions: their keys are already global (division code + class)."""
    # -- zones and regions: their keys are already global (division code + class)
    gkeys: dict[str, tuple[str, str]] = {}
    for node, m in mentions.items():
        if m.kind in ("Zone", "Region"):
            uf.union(node, gkeys.setdefault(node[1], node))


def _join_people(extractions: list[Extraction], mentions: dict, uf: _UF) -> None:
    """People join by name and a shared organisation (organisations are resolved first): homonyms stay apart."""
    # -- people: same name and a shared organisation (after organisations are resolved)
    orgs_of: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for ex in extractions:
        for p in ex.posts:
            orgs_of.setdefault((ex.article.key, p.person), set()).add(uf.find((ex.article.key, p.org)))
    people_by_name: dict[str, list[tuple[str, str]]] = {}
    for node, m in mentions.items():
        if m.kind == "Person":
            people_by_name.setdefault(m.name, []).append(node)
    for _name, nodes in people_by_name.items():
        for i, a in enumerate(nodes):
            for b in nodes[i + 1 :]:
                if orgs_of.get(a, set()) & orgs_of.get(b, set()):
                    uf.union(a, b)


def _entities(mentions: dict, uf: _UF) -> tuple[dict[str, Entity], dict, dict]:
    """One entity per cluster with its label and IRI; people are kept aside to number homonyms."""
    # -- build entities
    clusters: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for node in mentions:
        clusters.setdefault(uf.find(node), []).append(node)
    entities: dict[str, Entity] = {}
    mention_iri: dict[tuple[str, str], str] = {}
    person_clusters: dict[str, list[tuple[tuple[str, str], list[tuple[str, str]]]]] = {}
    for root, nodes in sorted(clusters.items()):
        ms = [mentions[n] for n in nodes]
        kinds = {m.kind for m in ms}
        kind = "Company" if "Company" in kinds else ms[0].kind
        all_names = {m.name for m in ms} | {a for m in ms for a in m.aliases}
        # labels are chosen among simplified forms; traditional ones stay aliases
        names = {n for n in all_names if to_simplified(n) == n} or all_names
        attrs: dict[str, object] = {}
        for m in ms:
            for k, v in m.attrs:
                if k != "sentences":
                    attrs.setdefault(k, v)
        if kind == "Person":
            person_clusters.setdefault(ms[0].name, []).append((root, nodes))
            continue
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
        elif kind in ("Company", "Organization"):
            full = [n for n in names if n != legal_base(n)]
            label = max(full or names, key=lambda n: (len(n), n))
            iri = BASE + _PATH_KINDS[kind] + "/" + slug(legal_base(label))
        else:
            label = max(names, key=lambda n: (len(n), n))
            iri = BASE + "project/" + slug(label)
        while iri in entities and entities[iri].kind != kind:
            iri += "_"
        ent = entities.setdefault(iri, Entity(iri, kind, label))
        ent.aliases |= all_names - {label}
        ent.attrs.update({k: v for k, v in attrs.items() if k not in ent.attrs})
        for n in nodes:
            mention_iri[n] = iri
    return entities, mention_iri, person_clusters


def _add_zone_regions(entities: dict[str, Entity]) -> None:
    """Every zone's region is an entity too, named or not."""
    gaz = lexicon().gazetteer
    for ent in list(entities.values()):
        code = ent.attrs.get("region") if ent.kind == "Zone" else None
        if code and str(code) in gaz.divisions and BASE + f"region/{code}" not in entities:
            d = gaz.divisions[str(code)]
            entities[BASE + f"region/{code}"] = Entity(
                BASE + f"region/{code}", "Region", d.name, attrs={"code": d.code, "level": d.level}
            )


def _add_people(
    entities: dict[str, Entity], mention_iri: dict, person_clusters: dict, mentions: dict
) -> None:
    """People: one IRI per cluster, numbered when homonyms are apart."""
    for name, groups in person_clusters.items():
        for idx, (_root, nodes) in enumerate(sorted(groups, key=lambda g: min(g[1]))):
            iri = BASE + "person/" + slug(name) + ("" if len(groups) == 1 else f"-{idx + 1}")
            ent = entities.setdefault(iri, Entity(iri, "Person", name))
            ent.official = any(bool(mentions[n].attr("official")) for n in nodes)
            ent.aliases |= {a for n in nodes for a in mentions[n].aliases} - {name}
            for n in nodes:
                mention_iri[n] = iri
