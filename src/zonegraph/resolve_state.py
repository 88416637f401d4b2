"""The resolution kept beside a build, so that adding or changing a few articles redoes only what they touch.

An SQLite file holds every mention with its cluster, the keys it can meet other mentions by, the pairs and
posts inside its article, each cluster's share of its entity and each entity. An update finds the closed
part of the mention graph that the changed articles reach — every mention sharing a join key with it and whole
clusters, again until nothing is added, then the people holding posts in organisations whose clusters moved —
partitions that part again with resolve's own functions and assembles again only the entities whose clusters changed. Resolution
does not depend on the articles' order, so the result is what a build from scratch gives
(tests/test_incremental.py compares the two quad for quad).
"""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .model import Extraction, Mention, ReadError
from .resolve import (
    BASE,
    Cluster,
    Entity,
    Node,
    Resolution,
    add_posts,
    clusters_of,
    in_article_pairs,
    join_keys,
    merge,
    partition,
    person_iris,
    region_entity,
    zone_region,
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS file (path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, errors BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS article (key TEXT PRIMARY KEY, content TEXT NOT NULL, file TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS article_file ON article (file);
CREATE TABLE IF NOT EXISTS node (article TEXT NOT NULL, mkey TEXT NOT NULL, mention BLOB NOT NULL,
    root_a TEXT NOT NULL, root_k TEXT NOT NULL, PRIMARY KEY (article, mkey)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS node_root ON node (root_a, root_k);
CREATE TABLE IF NOT EXISTS jkey (key TEXT NOT NULL, article TEXT NOT NULL, mkey TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS jkey_key ON jkey (key);
CREATE INDEX IF NOT EXISTS jkey_article ON jkey (article);
CREATE TABLE IF NOT EXISTS pair (article TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS pair_article ON pair (article);
CREATE TABLE IF NOT EXISTS post (article TEXT NOT NULL, person TEXT NOT NULL, org TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS post_org ON post (article, org);
CREATE INDEX IF NOT EXISTS post_person ON post (article, person);
CREATE TABLE IF NOT EXISTS cluster (root_a TEXT NOT NULL, root_k TEXT NOT NULL, kind TEXT NOT NULL,
    label TEXT NOT NULL, iri TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (root_a, root_k)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS cluster_iri ON cluster (iri);
CREATE INDEX IF NOT EXISTS cluster_person ON cluster (kind, label);
CREATE TABLE IF NOT EXISTS entity (iri TEXT PRIMARY KEY, region TEXT, data BLOB NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_region ON entity (region);
"""
REGION = BASE + "region/"


def _dump(obj: object) -> bytes:
    return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)


def _load(blob: bytes):  # noqa: ANN202 - our own pickles, written by this module only
    return pickle.loads(blob)


def _select_in(db: sqlite3.Connection, sql: str, values: Iterable[str]) -> Iterator[tuple]:
    """Rows of `sql` whose `IN ({})` takes the values, asked 500 at a time (SQLite's bound on parameters)."""
    items = sorted(set(values))
    for i in range(0, len(items), 500):
        chunk = items[i : i + 500]
        yield from db.execute(sql.format(",".join("?" * len(chunk))), chunk)


@dataclass
class Inputs:
    """What a build read: file path → (content hash, its problems), article key → (extraction cache key, file)."""

    files: dict[str, tuple[str, list[ReadError]]] = field(default_factory=dict)
    articles: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass
class _Region:
    """A closed part of the mention graph being gathered: its mentions, their roots before, what was asked."""

    mentions: dict[Node, Mention] = field(default_factory=dict)
    old_root: dict[Node, Node] = field(default_factory=dict)
    keys: set[str] = field(default_factory=set)
    roots: set[Node] = field(default_factory=set)


@dataclass
class Change:
    """What an update changed: the graphs to write again and the entity descriptions that differ."""

    removed: set[str] = field(default_factory=set)  # articles gone (their graphs are dropped)
    dirty: set[str] = field(default_factory=set)  # articles whose graph is written (again), new ones included
    entities: set[str] = field(default_factory=set)  # IRIs whose entity appeared, went or differs


class ResolutionState:
    """One build's resolution in SQLite; `update` leaves a transaction open until `commit` or `rollback`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(str(path))
        self.db.executescript(SCHEMA)

    # -- whole builds ---------------------------------------------------------------------------
    @staticmethod
    def create(
        path: Path,
        extractions: list[Extraction],
        inputs: Inputs,
        roots: dict[Node, Node],
        clusters: list[Cluster],
        res: Resolution,
        meta: dict[str, str],
    ) -> None:
        """Write the state of a build from scratch into a new file that replaces the old one at once."""
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        partial.unlink(missing_ok=True)
        state = ResolutionState(partial)
        try:
            db = state.db
            state.record(inputs)
            state._insert(extractions, roots)
            db.executemany(
                "INSERT INTO cluster VALUES (?, ?, ?, ?, ?, ?)",
                ((*c.root, c.kind, c.label, c.iri, _dump(c)) for c in clusters),
            )
            db.executemany(
                "INSERT INTO entity VALUES (?, ?, ?)",
                ((iri, zone_region(e), _dump(e)) for iri, e in res.entities.items()),
            )
            state.commit(meta)
        finally:
            state.close()
        partial.replace(path)

    def _insert(self, extractions: Iterable[Extraction], roots: dict[Node, Node]) -> None:
        """One pass over the extractions, each table's rows in article order, written a batch at a time."""
        db = self.db
        nodes: list[tuple] = []
        jkeys: list[tuple] = []
        pairs: list[tuple] = []
        posts: dict[Node, set[Node]] = {}

        def flush() -> None:
            db.executemany("INSERT INTO node VALUES (?, ?, ?, ?, ?)", nodes)
            db.executemany("INSERT INTO jkey VALUES (?, ?, ?)", jkeys)
            db.executemany("INSERT INTO pair VALUES (?, ?, ?)", pairs)
            nodes.clear(), jkeys.clear(), pairs.clear()

        for ex in extractions:
            a = ex.article.key
            for k, m in ex.mentions.items():
                nodes.append((a, k, _dump(m), *roots[(a, k)]))
                jkeys.extend((key, a, k) for key in join_keys(k, m))
            pairs.extend((a, x, y) for x, y in in_article_pairs(ex))
            add_posts(posts, ex)
            if len(nodes) >= 20_000:
                flush()
        flush()
        db.executemany(
            "INSERT INTO post VALUES (?, ?, ?)",
            ((person[0], person[1], org[1]) for person, orgs in posts.items() for org in sorted(orgs)),
        )

    def meta(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT k, v FROM meta"))

    def files(self) -> dict[str, tuple[str, list[ReadError]]]:
        """Each input file of the build: its content hash and problems."""
        return {
            p: (sha, _load(errs)) for p, sha, errs in self.db.execute("SELECT path, sha256, errors FROM file")
        }

    def articles_of(self, keys: Iterable[str]) -> dict[str, tuple[str, str]]:
        """For those of the keys the build had: (extraction cache key, file)."""
        rows = _select_in(self.db, "SELECT key, content, file FROM article WHERE key IN ({})", keys)
        return {k: (c, f) for k, c, f in rows}

    def articles_in(self, files: Iterable[str]) -> dict[str, str]:
        """The articles the build read from these files: key → extraction cache key."""
        out: dict[str, str] = {}
        for f in files:
            out.update(self.db.execute("SELECT key, content FROM article WHERE file = ?", (f,)))
        return out

    def count_articles(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM article").fetchone()[0]

    def record(
        self, inputs: Inputs, gone_files: Iterable[str] = (), gone_articles: Iterable[str] = ()
    ) -> None:
        """Remember files and articles (new or changed), and forget those that went."""
        db = self.db
        db.executemany("DELETE FROM file WHERE path = ?", ((p,) for p in gone_files))
        db.executemany("DELETE FROM article WHERE key = ?", ((k,) for k in gone_articles))
        db.executemany(
            "INSERT OR REPLACE INTO file VALUES (?, ?, ?)",
            ((p, sha, _dump(errs)) for p, (sha, errs) in inputs.files.items()),
        )
        db.executemany(
            "INSERT OR REPLACE INTO article VALUES (?, ?, ?)",
            ((k, c, f) for k, (c, f) in inputs.articles.items()),
        )

    def commit(self, meta: dict[str, str]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
        self.db.commit()

    def rollback(self) -> None:
        self.db.rollback()

    def close(self) -> None:
        self.db.close()

    # -- reading --------------------------------------------------------------------------------
    def entities(self, iris: Iterable[str]) -> dict[str, Entity]:
        return {
            iri: _load(d)
            for iri, d in _select_in(self.db, "SELECT iri, data FROM entity WHERE iri IN ({})", iris)
        }

    def resolution(self, articles: Iterable[str]) -> Resolution:
        """The part of the resolution that the graphs of `articles` need: their mentions' IRIs, those entities."""
        q = (
            "SELECT n.article, n.mkey, c.iri FROM node n JOIN cluster c "
            "ON c.root_a = n.root_a AND c.root_k = n.root_k WHERE n.article IN ({})"
        )
        mention_iri: dict[Node, str] = {(a, k): iri for a, k, iri in _select_in(self.db, q, articles)}
        return Resolution(self.entities(mention_iri.values()), mention_iri)

    # -- updating -------------------------------------------------------------------------------
    def update(self, removed: Iterable[str], added: list[Extraction]) -> Change:
        """Remove articles and add (or replace) others; returns what the store must write again.

        An article whose content changed is in both: removed first, then added under the same key."""
        db = self.db
        change = Change(removed=set(removed))
        added_keys = {ex.article.key for ex in added}
        # what the removed articles touched, read before their rows go
        seed_keys: set[str] = set()
        seed_roots: set[Node] = set()
        seed_keys.update(
            k for (k,) in _select_in(db, "SELECT key FROM jkey WHERE article IN ({})", change.removed)
        )
        seed_roots.update(
            _select_in(db, "SELECT root_a, root_k FROM node WHERE article IN ({})", change.removed)
        )
        for table in ("node", "jkey", "pair", "post"):
            list(_select_in(db, f"DELETE FROM {table} WHERE article IN ({{}})", change.removed))  # noqa: S608 - runs the deletes
        new_nodes = [(ex.article.key, k) for ex in added for k in ex.mentions]
        self._insert(added, {n: n for n in new_nodes})

        # the region: organisations, projects and zones first; then the people whose organisations' clusters
        # moved (people never move an organisation), until nothing more moves
        region = _Region()
        self._grow(region, seed_keys, seed_roots, new_nodes)
        while True:
            roots = self._partition(region.mentions)
            moved = [
                n for n, r in roots.items() if region.mentions[n].kind != "Person" and region.old_root[n] != r
            ]
            more = [p for p in self._holders(moved) if p not in region.mentions]
            if not more:
                break
            self._grow(region, set(), set(), more)
        mentions, old_root = region.mentions, region.old_root
        db.executemany(
            "UPDATE node SET root_a = ?, root_k = ? WHERE article = ? AND mkey = ?",
            ((*r, *n) for n, r in roots.items()),
        )
        new_clusters = clusters_of(roots, mentions)

        # clusters: the old ones of the region go, the new ones come; people are numbered again by name
        old_roots = set(old_root.values()) | seed_roots  # a new mention's own root names no cluster yet
        old_clusters = self._clusters(old_roots)
        old_iri_of_root = {c.root: c.iri for c in old_clusters}
        db.executemany("DELETE FROM cluster WHERE root_a = ? AND root_k = ?", list(old_iri_of_root))
        self._put_clusters(new_clusters)
        touched = {c.iri for c in old_clusters} | {c.iri for c in new_clusters if c.kind != "Person"}
        names = {c.label for c in (*old_clusters, *new_clusters) if c.kind == "Person"}
        renumbered: set[Node] = set()  # roots of people outside the region whose number changed
        new_roots = {c.root for c in new_clusters}
        for name in sorted(names):
            group = [
                _load(d)
                for (d,) in db.execute(
                    "SELECT data FROM cluster WHERE kind = 'Person' AND label = ?", (name,)
                )
            ]
            numbers = person_iris(group)
            for c in group:
                iri = numbers[c.root]
                if iri != c.iri:
                    if c.root not in new_roots:
                        renumbered.add(c.root)
                    touched |= {c.iri, iri} - {""}
                    c.iri = iri
                    db.execute(
                        "UPDATE cluster SET iri = ?, data = ? WHERE root_a = ? AND root_k = ?",
                        (iri, _dump(c), *c.root),
                    )
        touched.discard("")
        label_changed = self._entities_again(touched, change)
        change.dirty |= added_keys  # with or without mentions: an article without any still has its graph
        # graphs to write again: a mention whose IRI changed, or whose entity has a new label or kind
        iri_now = {c.root: c.iri for c in self._clusters(new_roots)}
        for n, r in roots.items():
            before = old_iri_of_root.get(old_root.get(n, n))
            if before != iri_now[r]:
                change.dirty.add(n[0])
        change.dirty.update(self._articles_of_roots(renumbered))
        for iri in label_changed:
            roots_at = [
                tuple(r) for r in db.execute("SELECT root_a, root_k FROM cluster WHERE iri = ?", (iri,))
            ]
            change.dirty.update(self._articles_of_roots(roots_at))
        change.dirty -= change.removed - added_keys
        return change

    def _grow(self, region: _Region, keys: set[str], roots: set[Node], nodes: list[Node]) -> None:
        """Grow the region to closure: every mention sharing a join key with it and whole old clusters."""
        db = self.db
        todo_nodes = list(nodes)
        todo_keys, todo_roots = keys - region.keys, roots - region.roots
        while todo_nodes or todo_keys or todo_roots:
            found: list[Node] = list(todo_nodes)
            todo_nodes = []
            region.keys |= todo_keys
            found.extend(_select_in(db, "SELECT article, mkey FROM jkey WHERE key IN ({})", todo_keys))
            region.roots |= todo_roots
            for r in sorted(todo_roots):
                found.extend(db.execute("SELECT article, mkey FROM node WHERE root_a = ? AND root_k = ?", r))
            todo_keys, todo_roots = set(), set()
            for n in found:
                n = tuple(n)
                if n in region.mentions:
                    continue
                row = db.execute(
                    "SELECT mention, root_a, root_k FROM node WHERE article = ? AND mkey = ?", n
                ).fetchone()
                if row is None:
                    continue
                m = region.mentions[n] = _load(row[0])
                region.old_root[n] = (row[1], row[2])
                todo_roots.add(region.old_root[n])
                todo_keys.update(join_keys(n[1], m))
            todo_keys -= region.keys
            todo_roots -= region.roots

    def _holders(self, nodes: Iterable[Node]) -> set[Node]:
        """The people holding posts in these mentions (a zone, company, project …)."""
        out: set[Node] = set()
        for n in nodes:
            out.update(
                (n[0], p)
                for (p,) in self.db.execute("SELECT person FROM post WHERE article = ? AND org = ?", n)
            )
        return out

    def _partition(self, mentions: dict[Node, Mention]) -> dict[Node, Node]:
        db = self.db
        articles = {n[0] for n in mentions}
        pairs = [
            ((a, x), (a, y))
            for a, x, y in _select_in(db, "SELECT article, a, b FROM pair WHERE article IN ({})", articles)
            if (a, x) in mentions
        ]
        posts: dict[Node, set[Node]] = {}
        for a, p, o in _select_in(
            db, "SELECT article, person, org FROM post WHERE article IN ({})", articles
        ):
            if (a, p) in mentions:
                posts.setdefault((a, p), set()).add((a, o))

        def root_elsewhere(o: Node) -> Node:
            row = db.execute("SELECT root_a, root_k FROM node WHERE article = ? AND mkey = ?", o).fetchone()
            return (row[0], row[1]) if row else o

        return partition(mentions, pairs, posts, root_elsewhere)

    def _clusters(self, roots: Iterable[Node]) -> list[Cluster]:
        out = []
        for r in sorted(roots):
            row = self.db.execute("SELECT data FROM cluster WHERE root_a = ? AND root_k = ?", r).fetchone()
            if row:
                out.append(_load(row[0]))
        return out

    def _put_clusters(self, clusters: list[Cluster]) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO cluster VALUES (?, ?, ?, ?, ?, ?)",
            ((*c.root, c.kind, c.label, c.iri, _dump(c)) for c in clusters),
        )

    def _articles_of_roots(self, roots: Iterable[Node]) -> set[str]:
        out: set[str] = set()
        for r in roots:
            out.update(
                a
                for (a,) in self.db.execute(
                    "SELECT DISTINCT article FROM node WHERE root_a = ? AND root_k = ?", r
                )
            )
        return out

    def _entities_again(self, iris: set[str], change: Change) -> set[str]:
        """Assemble the entities at `iris` (and the regions their zones lie in) again from their clusters;
        records those that differ in `change` and returns those whose label or kind changed."""
        db = self.db
        label_changed: set[str] = set()
        before = self.entities(iris)
        regions = {iri for iri in iris if iri.startswith(REGION)}

        def put(iri: str, new: Entity | None) -> None:
            old = before[iri] if iri in before else self.entities([iri]).get(iri)
            if (vars(old) if old else None) == (vars(new) if new else None):
                return
            change.entities.add(iri)
            if old is None or new is None or (old.label, old.kind) != (new.label, new.kind):
                label_changed.add(iri)
            if new is None:
                db.execute("DELETE FROM entity WHERE iri = ?", (iri,))
            else:
                db.execute(
                    "INSERT OR REPLACE INTO entity VALUES (?, ?, ?)", (iri, zone_region(new), _dump(new))
                )

        for iri in sorted(iris - regions):
            group = [_load(d) for (d,) in db.execute("SELECT data FROM cluster WHERE iri = ?", (iri,))]
            new = merge(iri, group) if group else None
            for e in (before.get(iri), new):
                if e is not None and (code := zone_region(e)):
                    regions.add(REGION + code)
            put(iri, new)
        for iri in sorted(regions):
            group = [_load(d) for (d,) in db.execute("SELECT data FROM cluster WHERE iri = ?", (iri,))]
            code = iri[len(REGION) :]
            if group:
                new = merge(iri, group)
            elif db.execute("SELECT 1 FROM entity WHERE region = ? LIMIT 1", (code,)).fetchone():
                new = region_entity(code)
            else:
                new = None
            put(iri, new)
        return label_changed
