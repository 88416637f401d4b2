"""A store beyond one process: any SPARQL 1.1 endpoint (Oxigraph server, Fuseki, Virtuoso, GraphDB).

`RemoteStore` answers the part of pyoxigraph's Store interface the rest of zonegraph uses (query,
quads_for_pattern, named_graphs, len, update), so serving, export, stats and the graph view work the same
on it. Builds are written through rdflib's SPARQLUpdateStore in batches with their named graphs.

Known pitfalls handled here: rdflib's Dataset over a SPARQLStore sends a default-graph-uri that hides the
named graphs, so reads go through plain protocol requests instead; Virtuoso refuses large INSERT DATA
requests, so batches hold at most 1,000 quads.
"""

from __future__ import annotations

import hashlib
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal, URIRef

from .config import PROJECT_ROOT
from .graph import Quad
from .vocab import PREFIXES

BATCH = 1000
NQUADS = "application/n-quads"
MANIFEST_GRAPH = "urn:zonegraph:manifest"
STAGING = "urn:zonegraph:staging:"  # graphs of a build being written; moved into place when it is whole
_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/plain;q=0.1"


class RemoteError(RuntimeError):
    """The remote endpoint failed or refused a request."""


def _term(t) -> str:  # noqa: ANN001
    return str(t)


class RemoteStore:
    """The query side of a remote endpoint, shaped like pyoxigraph.Store."""

    def __init__(self, query_url: str, update_url: str | None = None, timeout: float = 300) -> None:
        self.query_url = query_url
        self.update_url = update_url
        self.timeout = timeout

    # -- protocol -------------------------------------------------------------------------------
    def _post(
        self, url: str, body: bytes | Iterable[bytes], ctype: str, params: list[tuple[str, str]], accept: str
    ) -> tuple[str, bytes]:
        full = url + ("?" + urllib.parse.urlencode(params) if params else "")
        req = urllib.request.Request(full, data=body, headers={"Content-Type": ctype, "Accept": accept})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.headers.get("Content-Type", ""), resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")[:500]
            if exc.code == 400:
                raise SyntaxError(f"{url} answered 400: {detail}") from exc
            raise RemoteError(f"{url} answered {exc.code}: {detail}") from exc
        except urllib.error.URLError as exc:
            raise RemoteError(f"cannot reach {url}: {exc.reason}") from exc

    def post_stream(self, url: str, chunks: Iterable[bytes], ctype: str) -> None:
        """POST a body made while it is sent (chunked transfer): memory bounded by a chunk, not the body.
        A failure of whatever makes the body is raised as itself (the server saw a body cut short)."""
        failed: list[BaseException] = []

        def watched() -> Iterator[bytes]:
            try:
                yield from chunks
            except BaseException as exc:
                failed.append(exc)
                raise

        try:
            self._post(url, watched(), ctype, [], "*/*")
        except (RemoteError, SyntaxError):
            if failed:
                raise failed[0] from None
            raise

    def query(
        self,
        query: str,
        *,
        prefixes: dict[str, str] | None = None,
        base_iri: str | None = None,
        default_graph=None,
        named_graphs=None,
        use_default_graph_as_union: bool = False,  # noqa: ANN001
        substitutions=None,
    ):  # noqa: ANN001, ANN201
        if substitutions:
            raise NotImplementedError("substitutions are not sent to remote endpoints")
        head = "".join(f"PREFIX {k}: <{v}>\n" for k, v in (prefixes or {}).items())
        if base_iri:
            head = f"BASE <{base_iri}>\n" + head
        params: list[tuple[str, str]] = []
        if isinstance(default_graph, list):
            params += [("default-graph-uri", g.value) for g in default_graph if isinstance(g, ox.NamedNode)]
        for g in named_graphs or []:
            params.append(("named-graph-uri", g.value))
        ctype, body = self._post(
            self.query_url, (head + query).encode("utf-8"), "application/sparql-query", params, _ACCEPT
        )
        ctype = ctype.split(";")[0].strip()
        if ctype in ("application/sparql-results+json", "application/json"):
            return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        if ctype in ("application/sparql-results+xml", "application/xml"):
            return ox.parse_query_results(body, format=ox.QueryResultsFormat.XML)
        fmt = ox.RdfFormat.from_media_type(ctype) or ox.RdfFormat.N_TRIPLES
        return _Triples(q.triple for q in ox.parse(body, format=fmt))

    def update(
        self, update: str, *, prefixes: dict[str, str] | None = None, base_iri: str | None = None
    ) -> None:
        if not self.update_url:
            raise RemoteError("no update endpoint: give --store-update URL")
        head = "".join(f"PREFIX {k}: <{v}>\n" for k, v in (prefixes or {}).items())
        if base_iri:
            head = f"BASE <{base_iri}>\n" + head
        self._post(self.update_url, (head + update).encode("utf-8"), "application/sparql-update", [], "*/*")

    # -- the rest of the Store surface ----------------------------------------------------------
    def quads_for_pattern(self, s=None, p=None, o=None, g=None) -> Iterator[ox.Quad]:  # noqa: ANN001
        def v(term, name: str) -> str:  # noqa: ANN001
            return str(term) if term is not None else f"?{name}"

        triple = f"{v(s, 's')} {v(p, 'p')} {v(o, 'o')}"
        if isinstance(g, ox.DefaultGraph):
            q = f"SELECT * WHERE {{ {triple} }}"
        elif isinstance(g, ox.NamedNode):
            q = f"SELECT * WHERE {{ GRAPH {g} {{ {triple} }} }}"
        else:
            q = f"SELECT * WHERE {{ {{ {triple} }} UNION {{ GRAPH ?g {{ {triple} }} }} }}"
        for row in self.query(q):
            graph = g if isinstance(g, ox.NamedNode | ox.DefaultGraph) else (row["g"] or ox.DefaultGraph())
            if isinstance(graph, ox.NamedNode) and (
                graph.value == MANIFEST_GRAPH or graph.value.startswith(STAGING)
            ):
                continue  # bookkeeping, and a build still being written
            yield ox.Quad(s or row["s"], p or row["p"], o if o is not None else row["o"], graph)

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        for row in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            if row["g"].value != MANIFEST_GRAPH and not row["g"].value.startswith(STAGING):
                yield row["g"]

    def __len__(self) -> int:
        q = (
            "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } "
            f'FILTER(?g != <{MANIFEST_GRAPH}> && !STRSTARTS(STR(?g), "{STAGING}")) }} }}'
        )
        return int(next(iter(self.query(q)))["n"].value)


def _graph_blocks(batch: dict[str, list[str]]) -> str:
    return " ".join(f"GRAPH <{g}> {{ {' '.join(lines)} }}" for g, lines in batch.items())


class _Triples(list):
    """A CONSTRUCT result: an iterable of triples, as pyoxigraph returns."""

    def __init__(self, items: Iterable[ox.Triple]) -> None:
        super().__init__(items)


@dataclass(frozen=True)
class RemoteGraphStore:
    """The GraphStore interface over a SPARQL endpoint (query URL, and update URL when they differ)."""

    query_url: str
    update_url: str | None = None
    cache_root: Path = field(default_factory=lambda: PROJECT_ROOT / "var" / "remote")

    @property
    def root(self) -> Path:
        """Local folder for the extraction cache of this endpoint."""
        h = hashlib.sha1(self.query_url.encode()).hexdigest()[:12]
        return self.cache_root / h

    @property
    def current(self) -> str | None:
        return self.query_url if self.exists() else None

    @property
    def label(self) -> str:
        return self.query_url

    def query_target(self) -> str:
        return self.query_url

    def _ox(self) -> RemoteStore:
        return RemoteStore(self.query_url, self.update_url or self.query_url)

    def exists(self) -> bool:
        try:
            return bool(self._ox().query("ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"))
        except RemoteError:
            return False

    def open(self, *, read_only: bool = True) -> RemoteStore:
        return RemoteStore(self.query_url, None if read_only else (self.update_url or self.query_url))

    def manifest(self) -> dict | None:
        try:
            rows = list(self._ox().query(f"SELECT ?m WHERE {{ GRAPH <{MANIFEST_GRAPH}> {{ ?s ?p ?m }} }}"))
        except RemoteError:
            return None
        return json.loads(rows[0]["m"].value) if rows else None

    def write_build(self, quads: Iterable[Quad], manifest: dict) -> str:
        """Replace the endpoint's content with the build, keeping the old graph until the new one is whole.

        On Oxigraph (known by its Graph Store endpoint beside …/query) the build goes as one streamed update
        (`_write_in_one_update`). Elsewhere (Virtuoso refuses large INSERT DATA requests) it is written into
        staging graphs (urn:zonegraph:staging:…) in SPARQL INSERT DATA batches of BATCH quads; then a single
        update request (a transaction on Fuseki) drops the old graphs, moves the staged ones into place and
        writes the manifest. Either way a build killed midway leaves the old graph and its manifest as they
        were; staging graphs left behind are removed by the next build.
        """
        ox_store = self._ox()
        if self._graph_store_url():
            self._write_in_one_update(quads, manifest, ox_store)
            return self.query_url
        self._drop_staging(ox_store)
        staged = self._stage_sparql(quads, ox_store)
        old = [g.value for g in ox_store.named_graphs() if not g.value.startswith(STAGING)]
        ops = ["CLEAR SILENT DEFAULT"] + [f"DROP SILENT GRAPH <{g}>" for g in old]
        for target in sorted(staged):
            real = target[len(STAGING) :]
            ops.append(
                f"MOVE SILENT GRAPH <{target}> TO " + ("DEFAULT" if real == "default" else f"<{real}>")
            )
        ops.append(self._manifest_update(manifest))
        ox_store.update(" ;\n".join(ops))
        return self.query_url

    def _stage_sparql(self, quads: Iterable[Quad], ox_store: RemoteStore) -> set[str]:
        """Staging through SPARQL Update: INSERT DATA batches of BATCH quads (Virtuoso's limit)."""
        from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

        nts = SPARQLUpdateStore(self.query_url, self.update_url or self.query_url).node_to_sparql
        staged: set[str] = set()
        batch: dict[str, list[str]] = {}
        count = 0
        for s, p, o, g in quads:
            target = STAGING + (_iri(g) if g is not None else "default")
            staged.add(target)
            batch.setdefault(target, []).append(f"{_sparql(s, nts)} {_sparql(p, nts)} {_sparql(o, nts)} .")
            count += 1
            if count >= BATCH:
                ox_store.update("INSERT DATA { %s }" % _graph_blocks(batch))  # noqa: UP031
                batch.clear()
                count = 0
        if batch:
            ox_store.update("INSERT DATA { %s }" % _graph_blocks(batch))  # noqa: UP031
        return staged

    def _write_in_one_update(self, quads: Iterable[Quad], manifest: dict, ox_store: RemoteStore) -> None:
        """The whole build as one SPARQL update, streamed (chunked) as it is made: `DROP ALL`, one
        `INSERT DATA` whose graph blocks follow the build's graphs, the manifest. One update is one
        transaction on Oxigraph: readers see the old graph until it commits, and a stream cut short is a
        malformed update that changes nothing. Measured against staging graphs moved into place (bench/
        RESULTS.md), 3× quicker: moving every article graph was most of a remote build."""
        from .store import QuadConverter

        convert = QuadConverter()

        def body() -> Iterator[bytes]:
            yield b"DROP SILENT ALL ;\nINSERT DATA {\n"
            lines: list[str] = []
            current: object = None
            for s, p, o, g in quads:
                if g != current or len(lines) >= 10_000:
                    if lines:
                        yield ("\n".join(lines) + ("\n}\n" if current is not None else "\n")).encode()
                    current, lines = g, []
                    if g is not None:
                        lines.append(f"GRAPH {convert.term(g)} {{")
                lines.append(f"{convert.term(s)} {convert.term(p)} {convert.term(o)} .")
            if lines:
                yield ("\n".join(lines) + ("\n}\n" if current is not None else "\n")).encode()
            yield ("} ;\n" + self._manifest_update(manifest)).encode()

        ox_store.post_stream(self.update_url or self.query_url, body(), "application/sparql-update")

    def _graph_store_url(self) -> str | None:
        """The endpoint's Graph Store Protocol URL for whole datasets, where it has one that takes N-Quads
        (Oxigraph server: …/store beside …/query); probed with an empty body, which changes nothing."""
        if not self.query_url.endswith("/query"):
            return None
        url = self.query_url[: -len("query")] + "store"
        try:
            self._ox()._post(url, b"", NQUADS, [], "*/*")
        except (RemoteError, SyntaxError):
            return None
        return url

    def _drop_staging(self, ox_store: RemoteStore) -> None:
        rows = ox_store.query(
            f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{STAGING}")) }}'
        )
        stale = [r["g"].value for r in rows]
        if stale:
            ox_store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in stale))

    def write_manifest(self, manifest: dict) -> None:
        self._ox().update(self._manifest_update(manifest))

    @staticmethod
    def _manifest_update(manifest: dict) -> str:
        g = URIRef(MANIFEST_GRAPH)
        lit = Literal(json.dumps(manifest, ensure_ascii=False))
        return (
            f"DROP SILENT GRAPH {g.n3()} ; INSERT DATA {{ GRAPH {g.n3()} {{ {g.n3()} "
            f"<urn:zonegraph:json> {lit.n3()} }} }}"
        )

    def load_rdf(self, files: list[Path], fmt: str | None = None) -> str:
        from .formats import format_of_file

        formats = [format_of_file(f, fmt).media_type for f in files]

        def quads():  # noqa: ANN202
            from rdflib import Dataset

            for f, media in zip(files, formats, strict=True):
                ds = Dataset()
                ds.parse(f, format=media)
                for s, p, o, gname in ds.quads((None, None, None, None)):
                    yield s, p, o, (None if gname == ds.default_graph.identifier else gname)

        return self.write_build(quads(), {"rdf_files": [str(f) for f in files]})

    def apply_update(self, update: str, base_iri: str | None = None) -> None:
        self._ox().update(update, prefixes=PREFIXES, base_iri=base_iri)


__all__ = ["RemoteStore", "RemoteGraphStore", "RemoteError"]


def _iri(g) -> str:  # noqa: ANN001 - a graph name, pyoxigraph's or rdflib's
    return g.value if isinstance(g, ox.NamedNode) else str(g)


def _sparql(term, nts) -> str:  # noqa: ANN001
    """A term in SPARQL syntax: pyoxigraph writes its own (N-Triples, valid in SPARQL), rdflib's through nts."""
    return str(term) if isinstance(term, ox.NamedNode | ox.Literal | ox.BlankNode) else nts(term)
