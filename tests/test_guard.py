"""No request leaves the server on a query's behalf, however the query is written.

A listener on loopback counts every request it gets; each obfuscated SERVICE / LOAD is sent through every
way into the server, and the listener must hear nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from zonegraph.guard import MAX_DEPTH, check_safe, nesting_depth
from zonegraph.loopback import zonegraph_server
from zonegraph.query import QueryError, QueryRefused

TOKEN = "s3cret-token"


class _Listener(BaseHTTPRequestHandler):
    hits: list[str] = []

    def _answer(self) -> None:
        type(self).hits.append(f"{self.command} {self.path}")
        body = b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"LEAK"}}]}}'
        if self.path.endswith(".ttl"):
            body = b"<http://leak/s> <http://leak/p> <http://leak/o> ."
        self.send_response(200)
        self.send_header(
            "Content-Type", "text/turtle" if self.path.endswith(".ttl") else "application/sparql-results+json"
        )
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer  # noqa: N815 - the names http.server calls

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def listener() -> Iterator[tuple[int, list[str]]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Listener)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], _Listener.hits
    server.shutdown()


def obfuscations(port: int) -> list[str]:
    url = f"http://127.0.0.1:{port}/sparql"
    return [
        # the two that went through the text filter
        f"PREFIX ex: <http://e/> SELECT * WHERE {{ OPTIONAL {{ ?s ex:p\\#q ?o }} SERVICE <{url}> {{ ?x ?y ?z }} }}",
        f"PREFIX : <http://127.0.0.1:{port}/> SELECT * WHERE {{ BIND(1 AS ?a) FILTER(?a<2)SERVICE:sparql{{?x?y?z}}FILTER(?a>0) }}",
        # spelling, comments, escapes
        f"SELECT * WHERE {{ service <{url}> {{ ?x ?y ?z }} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?x ?y ?z }} }}",
        f"SELECT * WHERE {{ # a comment }}\n SERVICE <{url}> {{ ?x ?y ?z }} }}",
        f'SELECT * WHERE {{ FILTER("}}" != "#") SERVICE <{url}> {{ ?x ?y ?z }} }}',
        f"SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?x ?y ?z }} }}",
        f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/\\u0073parql> {{ ?x ?y ?z }} }}",
        f"BASE <http://127.0.0.1:{port}/> SELECT * WHERE {{ SERVICE <sparql> {{ ?x ?y ?z }} }}",
        f"SELECT * WHERE {{ ?a ?b ?c FILTER(1<2) SERVICE <{url}> {{ ?x ?y ?z }} FILTER(2>1) }}",
        # nested: subqueries, OPTIONAL, UNION, MINUS, GRAPH, EXISTS
        f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{url}> {{ ?x ?y ?z }} }} }} }}",
        f"SELECT * WHERE {{ {{ ?a ?b ?c }} UNION {{ SERVICE <{url}> {{ ?x ?y ?z }} }} }}",
        f"SELECT * WHERE {{ ?a ?b ?c MINUS {{ SERVICE <{url}> {{ ?a ?y ?z }} }} }}",
        f"SELECT * WHERE {{ GRAPH ?g {{ OPTIONAL {{ SERVICE <{url}> {{ ?x ?y ?z }} }} }} }}",
        f"ASK {{ FILTER EXISTS {{ SERVICE <{url}> {{ ?x ?y ?z }} }} }}",
        f"CONSTRUCT {{ ?x ?y ?z }} WHERE {{ SERVICE <{url}> {{ ?x ?y ?z }} }}",
        f"SELECT * WHERE {{ BIND(<{url}> AS ?u) SERVICE ?u {{ ?x ?y ?z }} }}",
    ]


def update_obfuscations(port: int) -> list[str]:
    ttl = f"http://127.0.0.1:{port}/x.ttl"
    return [
        f'INSERT DATA {{ <http://a/s> <http://a/p#q> "x#y" }} ; LOAD <{ttl}>',
        f"LOAD <{ttl}> INTO GRAPH <http://a/g>",
        f"load silent <{ttl}>",
        f"\\u004cOAD <{ttl}>",
        f"CLEAR GRAPH <http://a/none> ; # LOAD\n LOAD <{ttl}>",
        f"INSERT {{ ?x ?y ?z }} WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?x ?y ?z }} }}",
    ]


def test_parse_tree_decides_not_the_text() -> None:
    refused = 0
    for q in obfuscations(1234) + update_obfuscations(1234):
        # rdflib fails to parse a few valid forms (`ex:p\#q`, a FILTER with "#" before SERVICE): still refused
        with pytest.raises(QueryError) as caught:
            check_safe(q, update=q in update_obfuscations(1234))
        refused += isinstance(caught.value, QueryRefused)
        assert ("is not allowed" in str(caught.value)) == isinstance(caught.value, QueryRefused)
    assert refused >= len(obfuscations(1234)) + len(update_obfuscations(1234)) - 2
    # the words in strings, comments and IRIs are harmless
    check_safe('ASK { FILTER("SERVICE" != "LOAD") }')
    check_safe("SELECT * WHERE { ?s <http://e/SERVICE> ?o } # SERVICE <http://x/>")
    check_safe('INSERT DATA { <http://a/s> <http://a/p> "LOAD <http://x/>" }', update=True)


def test_what_cannot_be_parsed_is_refused_with_the_reason() -> None:
    with pytest.raises(QueryError, match="Expected"):
        check_safe("SELECT * WHERE { ?s ?p }")
    with pytest.raises(QueryError, match="nested"):
        check_safe("SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000)
    assert nesting_depth("{ ( [ ] ) }") == 3
    check_safe("SELECT * WHERE " + "{" * (MAX_DEPTH - 2) + " ?s ?p ?o " + "}" * (MAX_DEPTH - 2))


def test_query_workers_cannot_open_internet_sockets(listener) -> None:
    """The second wall alone: a store asked to SERVICE from a sandboxed process reaches nobody."""
    port, hits = listener
    before = len(hits)
    code = f"""
import pyoxigraph as ox, socket
from zonegraph.guard import deny_network
assert deny_network()
try:
    socket.create_connection(("127.0.0.1", {port}), timeout=2)
    print("CONNECTED")
except OSError:
    print("no socket")
try:
    list(ox.Store().query("SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?x ?y ?z }} }}"))
    print("FETCHED")
except OSError as exc:
    print("store refused")
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["no", "socket", "store", "refused"]
    assert len(hits) == before


def _send(method: str, url: str, data: bytes | None = None, headers: dict | None = None) -> tuple[int, str]:
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


@pytest.fixture(scope="module")
def server(sample_store) -> Iterator[str]:
    with zonegraph_server(str(sample_store.root), "--update-token", TOKEN, "--timeout", "10") as base:
        yield base


def test_no_request_reaches_the_listener_through_any_door(server, listener) -> None:
    port, hits = listener
    before = len(hits)
    for q in obfuscations(port):
        enc = urllib.parse.quote(q)
        answers = [
            _send("GET", f"{server}/sparql?query={enc}"),
            _send("POST", f"{server}/sparql", q.encode(), {"Content-Type": "application/sparql-query"}),
            _send(
                "POST",
                f"{server}/sparql",
                f"query={enc}".encode(),
                {"Content-Type": "application/x-www-form-urlencoded"},
            ),
            _send("GET", f"{server}/graph/construct.json?query={enc}"),
        ]
        for status, body in answers:
            assert status == 400, (q, status, body)
            assert "LEAK" not in body
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"}
    for u in update_obfuscations(port):
        status, body = _send("POST", f"{server}/sparql", u.encode(), auth)
        assert status == 400, (u, status, body)
    assert hits[before:] == []
    # and nothing was stored by the refused updates
    status, body = _send(
        "GET", f"{server}/sparql?query=" + urllib.parse.quote("ASK { ?s <http://leak/p> ?o }")
    )
    assert status == 200 and json.loads(body)["boolean"] is False


def test_bodies_and_queries_past_the_cap_are_413(sample_store) -> None:
    from zonegraph.config import ServerConfig
    from zonegraph.web import create_app

    client = create_app(ServerConfig(store_dir=sample_store.root, max_body=10_000)).test_client()
    big = 'ASK { FILTER(STRLEN("' + "a" * 20_000 + '") > 0) }'
    direct = client.post("/sparql", data=big.encode(), content_type="application/sparql-query")
    assert direct.status_code == 413 and "at most 10,000 bytes" in direct.get_data(as_text=True)
    form = client.post("/sparql", data={"query": big})
    assert form.status_code == 413
    get = client.get("/sparql", query_string={"query": big})
    assert get.status_code == 413
    small = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
    assert small.status_code == 200


def test_an_unknown_prefix_is_named_with_the_ones_added_for_you() -> None:
    with pytest.raises(QueryError) as caught:
        check_safe("SELECT * WHERE { ?s foo:bar ?o }")
    msg = str(caught.value)
    assert "unknown prefix foo:" in msg and "zg:" in msg and "rdfs:" in msg and len(msg) < 300
    check_safe("PREFIX foo: <http://f/> SELECT * WHERE { ?s foo:bar ?o ; zg:leads ?z }")
