"""read → extract → resolve → graph → store, for the `build` command and the tests."""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .extract import extract_article, warm_up
from .extract_cache import ExtractionCache, article_key, extractor_fingerprint
from .graph import dataset_quads
from .incremental import edit_graph, edit_index
from .model import Article, Extraction, ReadError
from .read import DUPLICATE_KEY, input_files, read_files
from .resolve import resolve_clusters
from .resolve_state import Inputs, ResolutionState
from .sentence_index import INDEX
from .store import GraphStore


class NothingToBuild(RuntimeError):
    """No article could be read from the inputs: the build stops before touching the store or its cache."""

    def __init__(self, errors: list[ReadError]) -> None:
        super().__init__("no article could be read; the previous graph is kept")
        self.errors = errors


@dataclass
class BuildReport:
    articles: int = 0
    quads: int = 0
    errors: list[ReadError] = field(default_factory=list)
    skipped: bool = False  # the input had not changed: nothing was extracted
    extracted: int = 0  # articles extracted in this build (the others came from the cache)
    updated: bool = False  # the build changed a copy of the previous one (a few articles added or changed)
    changes: dict = field(default_factory=dict)  # for an update: articles added, removed, graphs rewritten
    store: Path | None = None


def input_manifest(files: list[Path], year: int | None) -> dict:
    """What a build depends on: every input file's content hash, the year option and the code version."""
    entries = []
    for f in files:
        h = hashlib.sha256(f.read_bytes()).hexdigest()
        entries.append({"path": str(f.resolve()), "sha256": h})
    return {"version": __version__, "year": year, "files": entries}


def safe_extract(article: Article) -> Extraction:
    """Extraction that never takes the build down: an article whose extraction fails keeps its metadata and
    sentences, and the failure is recorded on it (reported with its source and line)."""
    try:
        return extract_article(article)
    except Exception as exc:  # noqa: BLE001 - one bad article must not lose the corpus
        from .extract.text import split_sentences

        sentences = tuple(split_sentences(article.title, article.text))
        return Extraction(article=article, sentences=sentences, failure=f"{type(exc).__name__}: {exc}")


def _extract_all(
    articles: list[Article], workers: int, progress: Callable[[int], None] | None
) -> Iterator[Extraction]:
    """Each article's extraction in input order, as it is made (the caller keeps or caches it)."""
    warm_up()
    if workers <= 1 or len(articles) < 200:
        for a in articles:
            yield safe_extract(a)
            if progress:
                progress(1)
        return
    # loaded once here and inherited by the forked workers (2.8–3.5 s of CPU each when every one loaded it)
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("fork")) as pool:
        for ex in pool.map(safe_extract, articles, chunksize=64):
            yield ex
            if progress:
                progress(1)


def build(
    paths: list[Path],
    store: GraphStore,
    *,
    year: int | None = None,
    workers: int = 0,  # 0: one process per core
    cluster: str | None = None,  # a Dask scheduler's address: extraction runs on its workers
    force: bool = False,
    progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    on_phase: Callable[[str], None] | None = None,
) -> BuildReport:
    """Build the graph of every article below `paths` into `store`; atomic, and skipped when nothing changed.

    When the store keeps the resolution of its current build and only a few articles changed, the build is
    an update of that one (`incremental`): only the changed files are read and only what the changed
    articles touch is resolved and written again. The result is the same as a build from scratch."""
    report = BuildReport(store=store.root)
    files, errors = input_files(paths)
    report.errors.extend(errors)
    manifest = input_manifest(files, year)
    old = store.manifest()
    same_kind = old is not None and old.get("year") == year and old.get("version") == __version__
    if not force and same_kind and old.get("files") == manifest["files"]:
        report.skipped = True
        report.articles = int(old.get("articles", 0))
        report.quads = int(old.get("quads", 0))
        return report
    cache = ExtractionCache(store.root / "cache" / "extractions.sqlite")
    state = _state_of(store) if same_kind and not force else None

    def extract(todo: list[Article]) -> Iterable[Extraction]:
        if not todo:
            return []
        if cluster:
            from .cluster import extract_on_cluster

            return extract_on_cluster(cluster, todo, progress)
        return _extract_all(todo, workers or os.cpu_count() or 1, progress)

    try:
        if state is not None and _update(store, state, files, year, cache, manifest, report, extract):
            return report
        by_file: dict[Path, tuple[list[str], list[ReadError]]] = {}
        articles, errs = read_files(files, year, by_file)
        report.errors.extend(errs)
        if not articles:
            raise NothingToBuild(report.errors)
        keys = [article_key(a) for a in articles]
        extractions = _extractions(articles, keys, cache, extract, on_total, report)
        failed = list(extractions.failed.values())
        report.errors.extend(_failure(ex) for ex in failed)
        content = {a.key: k for a, k in zip(articles, keys, strict=True)}
        n_articles = len(articles)
        del articles  # their texts live on in the extractions (and, for a large build, only in the cache)
        if n_articles < STREAM_FROM:
            extractions = extractions.in_memory()
    finally:
        cache.close()
        if state is not None:
            state.close()
    phase = on_phase or (lambda _name: None)
    phase("resolve")
    res, roots, clusters = resolve_clusters(extractions)
    manifest["articles"] = n_articles
    manifest["errors"] = [str(e) for e in report.errors]
    phase("write")

    def counted(quads):  # noqa: ANN001, ANN202 - the write phase shows progress every 10,000 quads
        for n, q in enumerate(quads, start=1):
            if progress and n % 10_000 == 0:
                progress(10_000)
            yield q

    target = store.write_build(counted(dataset_quads(extractions, res)), manifest)
    phase("index")
    from .sentence_index import index_folder, write_index

    folder = index_folder(store)
    try:
        write_index(folder, extractions, res)  # beside the build: its sentences, searchable
    except (OSError, sqlite3.Error) as exc:  # the graph is built and served; only search is missing
        report.errors.append(ReadError(str(folder), None, f"sentence index not written: {exc}"))
    if isinstance(store, GraphStore):
        phase("state")  # what the next build needs to add or change a few articles in seconds
        inputs = _inputs(manifest["files"], files, by_file, content, failed)
        ResolutionState.create(
            store.root / "cache" / STATE, extractions, inputs, roots, clusters, res, _state_meta(target)
        )
    phase("done")
    report.articles = n_articles
    report.quads = len(store.open())  # what the store holds (a quad stated twice is stored once), as `stats`
    # the count is known only after writing; keep it with the build
    manifest["quads"] = report.quads
    store.write_manifest(manifest)
    cache = ExtractionCache(store.root / "cache" / "extractions.sqlite")
    try:  # only a build that was written forgets the articles it no longer has
        cache.prune(set(keys))
    finally:
        cache.close()
    return report


def _inputs(
    entries: list[dict],
    files: list[Path],
    by_file: dict[Path, tuple[list[str], list[ReadError]]],
    content: dict[str, str],
    failed: list[Extraction],
) -> Inputs:
    """What the files gave, for the next update: each file's hash and problems (its articles' failed
    extractions among them), each article's cache key and file."""
    inputs = Inputs()
    for f, e in zip(files, entries, strict=True):
        keys, errs = by_file[f]
        inputs.files[e["path"]] = (e["sha256"], list(errs))
        inputs.articles.update((k, (content[k], e["path"])) for k in keys)
    for ex in failed:
        inputs.files[inputs.articles[ex.article.key][1]][1].append(_failure(ex))
    return inputs


def _failure(ex: Extraction) -> ReadError:
    a = ex.article
    return ReadError(a.source, a.position, f"extraction failed, article kept without facts: {ex.failure}")


# from this many articles on, a build keeps its extractions in the cache only and reads them again at each
# of its six passes (resolution, graph ×3, index, state): 20% less memory for 40% more time at 20,000
# articles (bench/RESULTS.md), worth it only where memory binds (100,000 articles: 1.35 GB instead of 2.2)
STREAM_FROM = 50_000
_BATCH = 2_000


class Extractions:
    """Every article's extraction in input order, read from the extraction cache at each pass (a build of a
    hundred thousand articles cannot hold them all); failed ones, which are not cached, are kept here."""

    def __init__(self, cache_path: Path, keys: list[str], failed: dict[str, Extraction]) -> None:
        self.cache_path, self.keys, self.failed = cache_path, keys, failed

    def __len__(self) -> int:
        return len(self.keys)

    def __iter__(self) -> Iterator[Extraction]:
        cache = ExtractionCache(self.cache_path)  # a connection of its own, for as long as the pass lasts
        try:
            for i in range(0, len(self.keys), _BATCH):
                chunk = self.keys[i : i + _BATCH]
                got = cache.get_many([k for k in chunk if k not in self.failed])
                for k in chunk:
                    yield self.failed.get(k) or got[k]
        finally:
            cache.close()

    def in_memory(self) -> list[Extraction]:
        """All of them at once, for a build small enough to hold them (each pass is then quicker)."""
        return list(self)


def _extractions(
    articles: list[Article],
    keys: list[str],
    cache: ExtractionCache,
    extract: Callable[[list[Article]], Iterable[Extraction]],
    on_total: Callable[[int], None] | None,
    report: BuildReport,
) -> Extractions:
    """Every article's extraction, from the cache or made now (and cached as it comes, in batches; failures
    are not cached and stay in memory)."""
    have = cache.has(keys)
    todo = [(k, a) for k, a in zip(keys, articles, strict=True) if k not in have]
    if on_total:
        on_total(len(todo))
    failed: dict[str, Extraction] = {}
    batch: list[tuple[str, Extraction]] = []
    for (k, _a), ex in zip(todo, extract([a for _, a in todo]), strict=True):
        if ex.failure:
            failed[k] = ex
        else:
            batch.append((k, ex))
        if len(batch) >= _BATCH:
            cache.put_many(batch)
            batch = []
    cache.put_many(batch)
    report.extracted = len(todo)
    return Extractions(cache.path, keys, failed)


STATE = "resolution.sqlite"
# raised when resolve_state's tables change: an older state is not read, the build starts afresh
STATE_SCHEMA = 3
UPDATE_SHARE = 0.2  # past this share of changed articles a build from scratch is quicker than an update


def _state_meta(target: Path) -> dict[str, str]:
    return {
        "build": target.name,
        "fingerprint": extractor_fingerprint(),
        "version": __version__,
        "schema": str(STATE_SCHEMA),
    }


def _state_of(store: GraphStore) -> ResolutionState | None:
    """The resolution kept with the current build, if it is that build's (else the build starts afresh)."""
    if not isinstance(store, GraphStore) or store.current is None:
        return None
    path = store.root / "cache" / STATE
    if not path.exists():
        return None
    try:
        state = ResolutionState(path)
        if state.meta() == _state_meta(store.current):
            return state
        state.close()
    except sqlite3.Error:
        pass
    return None


def _update(
    store: GraphStore,
    state: ResolutionState,
    files: list[Path],
    year: int | None,
    cache: ExtractionCache,
    manifest: dict,
    report: BuildReport,
    extract: Callable[[list[Article]], list[Extraction]],
) -> bool:
    """Read the files that changed and update the current build with their articles. False, with nothing
    done, when too much changed or a changed file uses the key of an article in another file (which of the
    two keeps it depends on every file): a build from scratch decides those."""
    files_before = state.files()
    now = {e["path"]: e["sha256"] for e in manifest["files"]}
    same = {p for p, sha in now.items() if files_before.get(p, ("",))[0] == sha}
    entries = [e for e in manifest["files"] if e["path"] not in same]
    changed_files = [f for f, e in zip(files, manifest["files"], strict=True) if e["path"] not in same]
    by_file: dict[Path, tuple[list[str], list[ReadError]]] = {}
    articles, errs = read_files(changed_files, year, by_file)
    known = state.articles_of(a.key for a in articles)  # key → (cache key, file) in the last build
    if any(e.message.endswith(DUPLICATE_KEY) for e in errs) or any(f in same for _c, f in known.values()):
        return False
    content = {a.key: article_key(a) for a in articles}
    cached = cache.has(content.values())
    fresh = [  # new or changed, or failed before (failures are not cached: extracted again, as from scratch)
        a for a in articles if known.get(a.key, ("",))[0] != content[a.key] or content[a.key] not in cached
    ]
    gone = state.articles_in(set(files_before) - same)  # the articles the changed files had
    removed = {k for k in gone if k not in content} | {a.key for a in fresh if a.key in known}
    total = state.count_articles() - len(gone) + len(articles)
    if not total or len(fresh) + len(removed) > max(50, UPDATE_SHARE * total):
        return False
    added = _extractions(fresh, [content[a.key] for a in fresh], cache, extract, None, report).in_memory()
    inputs = _inputs(entries, changed_files, by_file, content, [ex for ex in added if ex.failure])
    report.errors.extend(e for p in now for e in (inputs.files.get(p) or files_before[p])[1])
    try:
        change = state.update(removed, added)
        made = {ex.article.key: ex for ex in added}
        others = {k: v[0] for k, v in state.articles_of(k for k in change.dirty if k not in made).items()}
        state.record(inputs, gone_files=set(files_before) - set(now), gone_articles=removed - set(content))
        stored = cache.get_many(list(others.values()))
        dirty = [made.get(k) or stored[others[k]] for k in sorted(change.dirty)]

        res = state.resolution(change.dirty)  # the mentions of the graphs written again

        def edit(st, folder: Path) -> dict:  # noqa: ANN001
            delta = edit_graph(st, change, dirty, res, state)
            edit_index(folder, change, dirty, res)
            manifest["articles"] = total
            manifest["errors"] = [str(e) for e in report.errors]
            manifest["quads"] = int(store.manifest().get("quads", 0)) + delta
            manifest["update"] = {"added": len(added), "removed": len(removed), "rewritten": len(dirty)}
            return manifest

        target = store.write_edit(edit, copy=(INDEX,))
    except BaseException:
        state.rollback()
        raise
    state.commit(_state_meta(target))
    cache.forget(gone[k] for k in removed if gone.get(k) and gone[k] != content.get(k))
    report.articles = total
    report.quads = manifest["quads"]
    report.updated = True
    report.extracted = len(added)
    report.changes = manifest["update"]
    return True
