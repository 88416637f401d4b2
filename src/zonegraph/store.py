"""The embedded store: Oxigraph on disk (chosen by measurement, see bench/RESULTS.md), used through rdflib.

A store folder holds finished builds under builds/ and a `current` link to the one being served. A build is
written beside the current one and the link is switched only when it is complete, so a failed build loses
nothing and the server never sees half a graph.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.term import Node

from .graph import Quad

CURRENT = "current"
MANIFEST = "manifest.json"


class StoreError(RuntimeError):
    """The store folder is missing, empty or unreadable."""


class UpdateFailed(ValueError):
    """A SPARQL Update that could not be applied (malformed, refused, crashed or too slow): nothing changed."""


def _update_in_copy(path: str, update: str, base_iri: str | None, conn) -> None:  # noqa: ANN001 - runs in its own process
    from .guard import deny_network
    from .vocab import PREFIXES

    deny_network()
    try:
        writable = ox.Store(path)
        writable.update(update, prefixes=PREFIXES, base_iri=base_iri)
        writable.flush()
        del writable
        conn.send(None)
    except (SyntaxError, ValueError, OSError) as exc:
        conn.send(f"update failed, nothing was changed: {' '.join(str(exc).split())[:300]}")


def open_store(spec: str | Path, update_url: str | None = None):  # noqa: ANN201 - GraphStore | RemoteGraphStore
    """A folder gives the embedded store; an http(s) URL a remote SPARQL endpoint (updates to update_url)."""
    if isinstance(spec, str) and spec.startswith(("http://", "https://")):
        from .remote import RemoteGraphStore

        return RemoteGraphStore(spec, update_url)
    return GraphStore(Path(spec))


_OX_TERMS = (ox.NamedNode, ox.BlankNode, ox.Literal)


def to_ox_term(term: Node):  # noqa: ANN201 - pyoxigraph term union
    """A term as Oxigraph's: the build's own terms already are; rdflib terms (files read back, tests) are
    converted."""
    if isinstance(term, _OX_TERMS):
        return term
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def to_ox_quad(q: Quad) -> ox.Quad:
    s, p, o, g = q
    return ox.Quad(to_ox_term(s), to_ox_term(p), to_ox_term(o), to_ox_term(g) if g else ox.DefaultGraph())


class TermText(dict):
    """term → its N-Triples text, each made once until `clear` (the same predicates, articles and entities
    come back in most quads); rdflib terms (files read back, tests) are converted first. A dict, so that
    looking a term up is the dict's own subscript (a method call per term cost the writer 40 %)."""

    def __missing__(self, t) -> str:  # noqa: ANN001 - an rdflib or pyoxigraph term
        text = self[t] = str(to_ox_term(t))
        return text


def nquads_chunks(quads: Iterable, batch: int = 50_000) -> Iterator[bytes]:
    """Quads as N-Quads text, `batch` quads a chunk. Each term's N-Triples form is made once a chunk (the
    same predicates, articles and entities come back in most quads): writing the text costs a fifth of
    making an `ox.Quad` of each and serialising those (bench/RESULTS.md, issue #13)."""
    text = TermText()
    lines: list[str] = []
    for q in quads:
        if isinstance(q, ox.Quad):
            s, p, o, g = q.subject, q.predicate, q.object, q.graph_name
        else:
            s, p, o, g = q
        if g is None or isinstance(g, ox.DefaultGraph):
            lines.append(f"{text[s]} {text[p]} {text[o]} .\n")
        else:
            lines.append(f"{text[s]} {text[p]} {text[o]} {text[g]} .\n")
        if len(lines) >= batch:
            yield "".join(lines).encode()
            lines = []
            text.clear()  # memory bounded by a batch, not by the corpus
    if lines:
        yield "".join(lines).encode()


LOADERS = 2  # Oxigraph's bulk loads run without the GIL and side by side: two take 0.7× the time of one


def _load_while_making(store: ox.Store, quads: Iterable, batch: int = 50_000) -> None:
    """Load quads while the next ones are being made: each batch is written as N-Quads and handed to
    threads that bulk-load it, which Oxigraph does without holding the GIL, so making (Python) and loading
    (Rust) share the cores instead of taking turns. At most two batches wait beside the ones being loaded:
    memory stays bounded."""
    import queue
    import threading

    todo: queue.Queue[bytes | None] = queue.Queue(maxsize=2)
    failure: list[BaseException] = []

    def loader() -> None:
        while (chunk := todo.get()) is not None:
            if not failure:
                try:
                    # lenient: the text is Oxigraph's own writing of terms it made (and so checked)
                    store.bulk_load(chunk, format=ox.RdfFormat.N_QUADS, lenient=True)
                except BaseException as exc:  # noqa: BLE001 - handed to the making side, raised there
                    failure.append(exc)

    threads = [threading.Thread(target=loader, name="zonegraph-loader", daemon=True) for _ in range(LOADERS)]
    for t in threads:
        t.start()
    try:
        for chunk in nquads_chunks(quads, batch):
            if failure:
                break
            todo.put(chunk)
    finally:
        for _ in threads:
            todo.put(None)
        for t in threads:
            t.join()
    if failure:
        raise failure[0]


READER_GRACE = 120.0  # seconds a replaced build is kept for readers still in a query (past any time limit)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stamp() -> str:
    """A build's folder name: sortable by time and unique (two updates may come in the same second)."""
    import uuid

    now = time.time_ns()
    seconds, nanos = divmod(now, 1_000_000_000)
    return time.strftime("%Y%m%dT%H%M%S", time.gmtime(seconds)) + f".{nanos:09d}-{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True)
class GraphStore:
    """A folder with atomic builds. `root` may not exist yet; the first build creates it."""

    root: Path

    @property
    def label(self) -> str:
        return str(self.root)

    @property
    def current(self) -> Path | None:
        link = self.root / CURRENT
        if not link.exists():
            return None
        return link.resolve()

    def exists(self) -> bool:
        return self.current is not None

    def manifest(self) -> dict | None:
        cur = self.current
        if cur is None or not (cur / MANIFEST).exists():
            return None
        return json.loads((cur / MANIFEST).read_text(encoding="utf-8"))

    def open(self, *, read_only: bool = True) -> ox.Store:
        cur = self.current
        if cur is None:
            raise StoreError(f"no graph in {self.root}: run `zonegraph build` first")
        data = cur / "oxigraph"
        try:
            return ox.Store.read_only(str(data)) if read_only else ox.Store(str(data))
        except OSError as exc:
            raise StoreError(f"cannot open the store in {data}: {exc}") from exc

    def dataset(self) -> Dataset:
        """The current graph as an rdflib Dataset (Oxigraph does the SPARQL)."""
        from oxrdflib import OxigraphStore

        return Dataset(store=OxigraphStore(store=self.open()))

    def write_build(self, quads: Iterable[Quad], manifest: dict) -> Path:
        """Write a complete new build and make it current; the previous build stays until then."""
        return self._write_ox(quads, manifest)

    def _write_ox(self, quads: Iterable, manifest: dict) -> Path:
        def fill(folder: Path) -> dict:
            store = ox.Store(str(folder / "oxigraph"))
            _load_while_making(store, quads)
            store.flush()
            store.optimize()
            return manifest

        return self._new_build(fill)

    def write_edit(self, edit: Callable[[ox.Store, Path], dict], copy: tuple[str, ...] = ()) -> Path:
        """A new build made by editing a copy of the current one, made current when the edit returns.

        The copy is Oxigraph's backup (hard links to the current build's immutable files: milliseconds, not a
        rewrite); `edit` changes it and returns the manifest. Files named in `copy` (the sentence index) are
        copied beside it for the edit to change. As with any build, a failure leaves the current one served."""
        cur = self.current
        if cur is None:
            raise StoreError(f"no graph in {self.root}")

        def fill(folder: Path) -> dict:
            self.open().backup(str(folder / "oxigraph"))
            for name in copy:
                if (cur / name).exists():
                    shutil.copy(cur / name, folder / name)
            store = ox.Store(str(folder / "oxigraph"))
            manifest = edit(store, folder)
            store.flush()
            return manifest

        return self._new_build(fill)

    def _new_build(self, fill: Callable[[Path], dict]) -> Path:
        """A build folder filled by `fill` (which returns its manifest) beside the current one, then made
        current; a failure removes it and leaves the current build served."""
        builds = self.root / "builds"
        builds.mkdir(parents=True, exist_ok=True)
        stamp = _stamp()
        tmp = builds / (stamp + f"-p{os.getpid()}.partial")
        try:
            tmp.mkdir(parents=True)
            manifest = fill(tmp)  # the store it opened is closed when fill returns
            (tmp / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
            target = builds / stamp
            tmp.rename(target)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        self._switch(target)
        return target

    def load_rdf(self, files: list[Path], fmt: str | None = None) -> Path:
        """A build made of RDF files (TriG, N-Quads, Turtle …) instead of articles; atomic like any build."""
        from .formats import format_of_file

        formats = [format_of_file(f, fmt).ox_format for f in files]  # every name checked before writing

        def quads():  # noqa: ANN202
            for f, ox_fmt in zip(files, formats, strict=True):
                yield from ox.parse(path=str(f), format=ox_fmt)

        return self._write_ox(quads(), {"rdf_files": [str(f.resolve()) for f in files]})

    def query_target(self) -> str | None:
        """What a query worker opens: the current build's folder."""
        cur = self.current
        return str(cur / "oxigraph") if cur else None

    def write_manifest(self, manifest: dict) -> None:
        cur = self.current
        if cur is not None:
            (cur / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")

    def apply_update(self, update: str, base_iri: str | None = None, timeout: float | None = None) -> None:
        """SPARQL Update on a copy of the current build, then a switch to it: readers never see half of it,
        and a failed update changes nothing (the copy is thrown away).

        The update runs in a process of its own that cannot open internet sockets: a parser crash or an
        update past `timeout` seconds costs that process (killed), never the caller."""
        import multiprocessing as mp

        partial = self.copy_current()
        try:
            ctx = mp.get_context("spawn")
            parent, child = ctx.Pipe(duplex=False)
            proc = ctx.Process(
                target=_update_in_copy, args=(str(partial / "oxigraph"), update, base_iri, child)
            )
            proc.start()
            child.close()
            done = parent.poll(timeout)
            error = parent.recv() if done else None
            proc.join(5 if done else 0)
            if proc.is_alive():
                proc.kill()
                proc.join()
            if not done:
                reason = "crashed" if proc.exitcode not in (None, -9) else f"ran past {timeout:g} s"
                raise UpdateFailed(f"the update {reason} and was stopped; nothing was changed")
            if error:
                raise UpdateFailed(error)
            self.commit_copy(partial)
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise

    def copy_current(self) -> Path:
        """A writable copy of the current build (for updates), not yet current."""
        cur = self.current
        if cur is None:
            raise StoreError(f"no graph in {self.root}")
        target = self.root / "builds" / (_stamp() + f"-upd-p{os.getpid()}.partial")
        target.mkdir(parents=True)
        src = self.open()
        dst = ox.Store(str(target / "oxigraph"))
        dst.bulk_extend(src.quads_for_pattern(None, None, None, None))
        dst.flush()
        del dst, src
        for name in (MANIFEST, "search.sqlite"):  # an update keeps the build's manifest and sentence index
            if (cur / name).exists():
                shutil.copy(cur / name, target / name)
        return target

    def commit_copy(self, partial: Path) -> Path:
        final = partial.with_name(partial.name.removesuffix(".partial"))
        partial.rename(final)
        self._switch(final)
        return final

    def _switch(self, target: Path) -> None:
        link = self.root / CURRENT
        tmp_link = self.root / f".{CURRENT}.{os.getpid()}"
        if tmp_link.is_symlink() or tmp_link.exists():
            tmp_link.unlink()
        os.symlink(os.path.relpath(target, self.root), tmp_link)
        os.replace(tmp_link, link)  # atomic on POSIX
        self._prune(keep={target.name})

    def _prune(self, keep: set[str]) -> None:
        """Old builds go once no reader can still have them open: a build replaced more than READER_GRACE
        seconds ago (longer than any query may run); the newest previous one always stays. Unfinished
        builds whose writing process is gone (killed mid-write) go too."""
        builds_dir = self.root / "builds"
        builds = sorted(p for p in builds_dir.iterdir() if not p.name.endswith(".partial"))
        now = time.time()
        for older, newer in zip(builds, builds[1:], strict=False):
            if older.name in keep or older == builds[-2]:
                continue
            if now - newer.stat().st_mtime > READER_GRACE:
                shutil.rmtree(older, ignore_errors=True)
        for p in builds_dir.glob("*.partial"):
            pid = re.search(r"-p(\d+)\.partial$", p.name)
            if pid is None or not _alive(int(pid.group(1))):
                shutil.rmtree(p, ignore_errors=True)
