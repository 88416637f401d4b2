"""A store beyond one process: any SPARQL 1.1 endpoint (Oxigraph server, Fuseki, Virtuoso, GraphDB).

`RemoteStore` answers the part of pyoxigraph's Store interface the rest of zonegraph uses (query,
quads_for_pattern, named_graphs, len, update), so serving, export, stats and the graph view work the same
on it. Builds are written through rdflib's SPARQLUpdateStore in batches with their named graphs.

Known pitfalls handled here: rdflib's Dataset over a SPARQLStore sends a default-graph-uri that hides the
named graphs, so reads go through plain protocol requests instead; Virtuoso refuses large INSERT DATA
requests, so batches hold at most 1,000 quads.

Virtuoso (known by its Server header) differs in its dataset: its default graph is the union of every graph,
system graphs included. There the store's default graph (the merged facts) lives in the named graph
VIRTUOSO_DEFAULT and every request names it as its default graph (`default-graph-uri`, which Virtuoso also
honours for updates); zonegraph's own reads skip that graph and Virtuoso's system graphs where they range
over named graphs. A user's `GRAPH ?g` on Virtuoso does see them: filter ?g where it matters. Virtuoso 7.2
also hangs on queries POSTed as application/sparql-query, so queries go as HTML forms (the protocol's other
POST), and it answers ASK as a one-row SELECT of `__ASK_RETVAL`, read back here as the boolean it is.
"""

from __future__ import annotations

import functools
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
DIGESTS_GRAPH = "urn:zonegraph:digests"  # a digest of each graph as last written (staged builds)
DIGEST = "urn:zonegraph:digest"
STAGING = "urn:zonegraph:staging:"  # graphs of a build being written; moved into place when it is whole
_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/plain;q=0.1"
VIRTUOSO_DEFAULT = "urn:zonegraph:default"  # the store's default graph, on Virtuoso
# graphs every Virtuoso holds for itself: never part of a zonegraph store
VIRTUOSO_SYSTEM = frozenset(
    {
        "http://www.openlinksw.com/schemas/virtrdf#",
        "http://www.w3.org/ns/ldp#",
        "http://localuriqaserver/sparql",
        "http://www.w3.org/2002/07/owl#",
    }
)


class RemoteError(RuntimeError):
    """The remote endpoint failed or refused a request."""


def _term(t) -> str:  # noqa: ANN001
    return str(t)


@functools.lru_cache(maxsize=64)
def is_virtuoso(query_url: str, timeout: float = 30) -> bool:
    """Whether the endpoint is Virtuoso, by the Server header of a trivial query (asked once per URL)."""
    full = query_url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    req = urllib.request.Request(full, headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            server = resp.headers.get("Server", "")
    except urllib.error.HTTPError as exc:
        server = exc.headers.get("Server", "") if exc.headers else ""
    except urllib.error.URLError as exc:
        raise RemoteError(f"cannot reach {query_url}: {exc.reason}") from exc
    return server.startswith("Virtuoso")


def _ours(graph: str, virtuoso: bool) -> bool:
    """A named graph of the store, not bookkeeping, a build being written or (Virtuoso) the server's own."""
    if graph in (MANIFEST_GRAPH, DIGESTS_GRAPH) or graph.startswith(STAGING):
        return False
    return not virtuoso or (graph != VIRTUOSO_DEFAULT and graph not in VIRTUOSO_SYSTEM)


@functools.lru_cache(maxsize=512)
def graph_terms(query: str) -> tuple[frozenset[str], bool, bool] | None:
    """(the IRIs a query names in GRAPH, whether a GRAPH takes a variable, whether it gives its own dataset
    with FROM / FROM NAMED), read from rdflib's algebra; None where rdflib cannot parse it (a server's own
    syntax is the server's business). Cached: zonegraph asks the same few queries again and again, and
    parsing one costs milliseconds."""
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import Variable

    try:
        algebra = translateQuery(parseQuery(query)).algebra
    except Exception:  # noqa: BLE001 - pyparsing's and rdflib's errors alike: not ours to judge
        return None
    own_dataset = bool(algebra.get("datasetClause"))
    iris: set[str] = set()
    variable = False
    stack: list[object] = [algebra]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name in ("Graph", "GraphGraphPattern"):  # the second inside EXISTS, left as parsed
                term = node.get("term")
                if isinstance(term, Variable):
                    variable = True
                elif isinstance(term, URIRef):
                    iris.add(str(term))
            stack.extend(node.values())
        elif isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list | tuple | set):
            stack.extend(node)
    return frozenset(iris), variable, own_dataset


def _ask_answer(body: bytes) -> bytes | None:
    """Virtuoso's ASK as SPARQL JSON: a one-row SELECT of __ASK_RETVAL; the boolean it stands for."""
    if b"__ASK_RETVAL" not in body[:200]:
        return None
    doc = json.loads(body)
    if doc.get("head", {}).get("vars") != ["__ASK_RETVAL"]:
        return None
    rows = doc["results"]["bindings"]
    yes = bool(rows) and rows[0].get("__ASK_RETVAL", {}).get("value") not in ("0", "false")
    return json.dumps({"head": {}, "boolean": yes}).encode()


class RemoteStore:
    """The query side of a remote endpoint, shaped like pyoxigraph.Store."""

    def __init__(self, query_url: str, update_url: str | None = None, timeout: float = 300) -> None:
        self.query_url = query_url
        self.update_url = update_url
        self.timeout = timeout

    @functools.cached_property
    def virtuoso(self) -> bool:
        return is_virtuoso(self.query_url)

    def _dataset_params(self) -> list[tuple[str, str]]:
        """What a request names as its default graph when the caller names none (Virtuoso only)."""
        return [("default-graph-uri", VIRTUOSO_DEFAULT)] if self.virtuoso else []

    def _virtuoso_dataset(self, query: str) -> list[tuple[str, str]]:
        """The dataset of a query on Virtuoso: the store's default graph, and the graphs the query names in
        GRAPH <…>, which Virtuoso finds only when they are listed once a default graph is given (GRAPH ?g
        ranges over every graph whatever is listed, so a query with one names none). A query with its own
        FROM / FROM NAMED keeps them: the protocol's parameters would override them."""
        found = graph_terms(query)
        if found and found[2]:
            return []
        params = self._dataset_params()
        if found and found[0] and not found[1]:
            params += [("named-graph-uri", g) for g in sorted(found[0])]
        return params

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
        if not params and self.virtuoso:
            params = self._virtuoso_dataset(head + query)
        form = urllib.parse.urlencode([("query", head + query), *params]).encode("ascii")
        ctype, body = self._post(self.query_url, form, "application/x-www-form-urlencoded", [], _ACCEPT)
        ctype = ctype.split(";")[0].strip()
        if ctype in ("application/sparql-results+json", "application/json"):
            body = (self.virtuoso and _ask_answer(body)) or body
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
        self._post(
            self.update_url,
            (head + update).encode("utf-8"),
            "application/sparql-update",
            self._dataset_params(),
            "*/*",
        )

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
            if isinstance(graph, ox.NamedNode) and not _ours(graph.value, self.virtuoso):
                continue  # bookkeeping, a build still being written, Virtuoso's own graphs
            yield ox.Quad(s or row["s"], p or row["p"], o if o is not None else row["o"], graph)

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        # GROUP BY, not DISTINCT: the same graphs, and Virtuoso 7.2 takes minutes over DISTINCT ?g here
        for row in self.query("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"):
            if _ours(row["g"].value, self.virtuoso):
                yield row["g"]

    def __len__(self) -> int:
        skip = [MANIFEST_GRAPH, DIGESTS_GRAPH] + (
            [VIRTUOSO_DEFAULT, *sorted(VIRTUOSO_SYSTEM)] if self.virtuoso else []
        )
        q = (
            "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } "
            f"FILTER(?g NOT IN ({', '.join(f'<{g}>' for g in skip)}) "
            f'&& !STRSTARTS(STR(?g), "{STAGING}")) }} }}'
        )
        return int(next(iter(self.query(q)))["n"].value)


def _graph_blocks(batch: dict[str, list[str]]) -> str:
    return " ".join(f"GRAPH <{g}> {{ {' '.join(lines)} }}" for g, lines in batch.items())


class _Triples(list):
    """A CONSTRUCT result: an iterable of triples, as pyoxigraph returns."""

    def __init__(self, items: Iterable[ox.Triple]) -> None:
        super().__init__(items)


@dataclass
class _Part:
    """Quads of one graph to send (N-Triples lines); `first`: the first part of that graph this build sends,
    so its old copy goes before it."""

    graph: str  # an IRI; DEFAULT_KEY for the default graph
    lines: list[str]
    first: bool


DEFAULT_KEY = VIRTUOSO_DEFAULT  # the default graph's name in the digests (and its home on Virtuoso)


def _changed_parts(
    quads: Iterable[Quad],
    previous: dict[str, str],
    digests: dict[str, str],
    kept: set[str],
    size: int = 20_000,
) -> Iterator[_Part]:
    """The build's graphs in parts of at most `size` quads, leaving out each graph whose digest (of its sorted
    N-Triples) is the one the last build wrote for it (`previous`): those go to `kept`, their old copy stays.
    `digests` receives every graph's digest; a graph cut in parts or coming in more than one run gets none
    (it is always sent), and a later run of a kept graph is sent as an addition to it."""
    from .store import TermText

    text = TermText()
    closed: set[str] = set()
    sent: set[str] = set()

    def part(graph: str, lines: list[str]) -> _Part:
        first = graph not in sent and graph not in kept
        sent.add(graph)
        return _Part(graph, lines, first)

    def close(graph: str, lines: list[str], whole: bool) -> Iterator[_Part]:
        again = graph in closed
        closed.add(graph)
        if again or not whole:
            digests[graph] = ""
            yield part(graph, lines)
            return
        digest = hashlib.blake2b("\n".join(sorted(lines)).encode("utf-8"), digest_size=16).hexdigest()
        digests[graph] = digest
        if previous.get(graph) == digest:
            kept.add(graph)
        else:
            yield part(graph, lines)

    current: object = None
    lines: list[str] = []
    cut = False
    for s, p, o, g in quads:
        if g != current or len(lines) >= size:
            if lines:
                name = _iri(current) if current is not None else DEFAULT_KEY
                if g == current:  # cut for size: this run goes in parts, none of them compared
                    cut = True
                    yield from close(name, lines, whole=False)
                    closed.discard(name)
                else:
                    yield from close(name, lines, whole=not cut)
                    cut = False
            current, lines = g, []
            text.clear()  # memory bounded by a part
        lines.append(f"{text[s]} {text[p]} {text[o]} .")
    if lines:
        yield from close(_iri(current) if current is not None else DEFAULT_KEY, lines, whole=not cut)


def _digest_table(digests: dict[str, str]) -> list[str]:
    return [f"<{g}> <{DIGEST}> {json.dumps(d)} ." for g, d in digests.items() if d]


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
        """Whether the endpoint holds a graph (on Virtuoso: a zonegraph one, not only the server's own)."""
        try:
            ox_store = self._ox()
            if ox_store.virtuoso:
                q = f"ASK {{ {{ ?s ?p ?o }} UNION {{ GRAPH <{MANIFEST_GRAPH}> {{ ?s ?p ?o }} }} }}"
                return bool(ox_store.query(q))
            return bool(ox_store.query("ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"))
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
        (`_write_in_one_update`). On Virtuoso it is staged through its Graph Store endpoint into staging graphs
        (urn:zonegraph:staging:…), then one update request deletes the graphs it replaces and renames the
        staged quads into place (`_virtuoso_switch`). Both send only the graphs whose digest changed since the
        last build (`_changed_parts`). Elsewhere (Fuseki, GraphDB) the staging graphs are filled by SPARQL
        INSERT DATA batches of BATCH quads (Virtuoso refuses large ones) and moved into place by one update
        request (a transaction on Fuseki), with no digests. Every way, a build killed midway leaves the old
        graph and its manifest as they were; staging graphs left behind are removed by the next build.
        """
        ox_store = self._ox()
        if not ox_store.virtuoso and self._graph_store_url():
            self._write_in_one_update(quads, manifest, ox_store)
            return self.query_url
        self._drop_staging(ox_store)
        crud = self._virtuoso_crud_url(ox_store)
        if crud:  # Virtuoso: graphs unchanged since the last build stay where they are
            kept: set[str] = set()
            self._stage_graph_store(quads, crud, self._digests(ox_store), kept)
            old = [g.value for g in ox_store.named_graphs()] + [VIRTUOSO_DEFAULT, DIGESTS_GRAPH]
            ops = self._virtuoso_switch([g for g in old if g not in kept])
        else:  # no digests are written here: those of an earlier build go, or they would vouch for it
            staged = self._stage_sparql(quads, ox_store)
            old = [g.value for g in ox_store.named_graphs()] + [DIGESTS_GRAPH]
            if ox_store.virtuoso:
                ops = self._virtuoso_switch([VIRTUOSO_DEFAULT, *old])
            else:
                ops = ["CLEAR SILENT DEFAULT"] + [f"DROP SILENT GRAPH <{g}>" for g in old]
                for target in sorted(staged):
                    real = target[len(STAGING) :]
                    into = "DEFAULT" if real == "default" else f"<{real}>"
                    ops.append(f"MOVE SILENT GRAPH <{target}> TO {into}")
        ops.append(self._manifest_update(manifest))
        ox_store.update(" ;\n".join(ops))
        return self.query_url

    @staticmethod
    def _virtuoso_switch(old: list[str]) -> list[str]:
        """The staged build put in place on Virtuoso as two set-wise updates in one request (a transaction):
        the quads of the graphs it replaces deleted, the staged quads renamed. One MOVE per graph took over 5
        minutes for 1,000 article graphs; these take seconds (bench/RESULTS.md)."""
        graphs = " ".join(f"<{g}>" for g in old)
        return [
            f"DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {{ VALUES ?g {{ {graphs} }} GRAPH ?g {{ ?s ?p ?o }} }}",
            "DELETE { GRAPH ?g { ?s ?p ?o } } INSERT { GRAPH ?real { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } "
            f'FILTER(STRSTARTS(STR(?g), "{STAGING}")) BIND(STRAFTER(STR(?g), "{STAGING}") AS ?rest) '
            # "default": the default graph as SPARQL staging names it
            f'BIND(IF(?rest = "default", <{VIRTUOSO_DEFAULT}>, IRI(?rest)) AS ?real) }}',
        ]

    def _virtuoso_crud_url(self, ox_store: RemoteStore) -> str | None:
        """Virtuoso's Graph Store endpoint (…/sparql-graph-crud beside …/sparql), where it is Virtuoso."""
        if ox_store.virtuoso and self.query_url.rstrip("/").endswith("/sparql"):
            return self.query_url.rstrip("/") + "-graph-crud"
        return None

    def _digests(self, ox_store: RemoteStore) -> dict[str, str]:
        """Each graph's digest as the last staged build wrote it (graph IRI → hex)."""
        rows = ox_store.query(f"SELECT ?g ?d WHERE {{ GRAPH <{DIGESTS_GRAPH}> {{ ?g <{DIGEST}> ?d }} }}")
        return {r["g"].value: r["d"].value for r in rows}

    def _stage_graph_store(
        self, quads: Iterable[Quad], crud: str, previous: dict[str, str], kept: set[str]
    ) -> None:
        """Staging through the Graph Store Protocol: each changed graph's N-Triples POSTed to its staging
        graph (`_changed_parts`: unchanged graphs stay, added to `kept`). One request at a time, from this
        thread: Virtuoso deadlocks concurrent inserts (SR172), its own time is most of the staging, and a
        second thread could free pyoxigraph results, which must die on the thread that made them. A request
        that lost to another writer's is retried. The digests are staged as a graph of their own, so they
        change with the graphs, in the same update."""
        poster = RemoteStore(self.query_url, crud)
        digests: dict[str, str] = {}

        def send(graph: str, lines: list[str]) -> None:
            body = ("\n".join(lines) + "\n").encode("utf-8")
            for attempt in range(5):
                try:
                    poster._post(crud, body, "application/n-triples", [("graph-uri", STAGING + graph)], "*/*")
                    return
                except RemoteError as exc:
                    if "SR172" not in str(exc) or attempt == 4:
                        raise

        for part in _changed_parts(quads, previous, digests, kept):
            send(part.graph, part.lines)
        table = _digest_table(digests)
        for i in range(0, max(len(table), 1), 20_000):
            send(DIGESTS_GRAPH, table[i : i + 20_000])

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
        """The build as one SPARQL update, streamed (chunked) as it is made: for each graph that changed
        since the last build (`_changed_parts`) its old copy dropped and its quads inserted, then the graphs
        the build no longer has dropped, the digests and the manifest. One update is one transaction on
        Oxigraph: readers see the old graph until it commits, and a stream cut short is a malformed update
        that changes nothing. Measured against staging graphs moved into place (bench/RESULTS.md), 3× quicker;
        a graph unchanged since the last build is not sent at all."""
        previous = self._digests(ox_store)
        old = {g.value for g in ox_store.named_graphs()}
        digests: dict[str, str] = {}
        kept: set[str] = set()

        def body() -> Iterator[bytes]:
            if not previous:  # nothing to keep: one INSERT DATA after DROP ALL, as the first build's update
                yield b"DROP SILENT ALL ;\nINSERT DATA {\n"
                for part in _changed_parts(quads, previous, digests, kept):
                    triples = "\n".join(part.lines)
                    block = (
                        triples if part.graph == DEFAULT_KEY else f"GRAPH <{part.graph}> {{\n{triples}\n}}"
                    )
                    yield (block + "\n").encode("utf-8")
                yield b"} ;\n"
                old.clear()
            for part in _changed_parts(quads, previous, digests, kept) if previous else ():
                default = part.graph == DEFAULT_KEY
                ops = []
                if part.first and (default or part.graph in old):
                    ops.append("CLEAR SILENT DEFAULT ;" if default else f"DROP SILENT GRAPH <{part.graph}> ;")
                triples = "\n".join(part.lines)
                ops.append(
                    f"INSERT DATA {{\n{triples}\n}} ;"
                    if default
                    else f"INSERT DATA {{ GRAPH <{part.graph}> {{\n{triples}\n}} }} ;"
                )
                yield ("\n".join(ops) + "\n").encode("utf-8")
            if DEFAULT_KEY not in digests:  # a build with no default graph leaves none
                yield b"CLEAR SILENT DEFAULT ;\n"
            gone = sorted(old - set(digests))
            yield "".join(f"DROP SILENT GRAPH <{g}> ;\n" for g in gone).encode("utf-8")
            table = "\n".join(_digest_table(digests))
            yield (
                f"DROP SILENT GRAPH <{DIGESTS_GRAPH}> ;\n"
                f"INSERT DATA {{ GRAPH <{DIGESTS_GRAPH}> {{\n{table}\n}} }} ;\n"
                + self._manifest_update(manifest)
            ).encode("utf-8")

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
        if ox_store.virtuoso:  # one DROP per graph is slow there (minutes for a thousand); set-wise, seconds
            ox_store.update(
                "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } "
                f'FILTER(STRSTARTS(STR(?g), "{STAGING}")) }}'
            )
            return
        rows = ox_store.query(
            f'SELECT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{STAGING}")) }} GROUP BY ?g'
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
