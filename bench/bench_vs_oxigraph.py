"""The endpoint against Oxigraph's own server on the same build, side by side in one run (issue #14).

    python bench/bench_vs_oxigraph.py [N_ARTICLES] [REQUESTS] [--store DIR] [--serve "--query-workers 4"]
                                      [--only "ASK,lookup by label"]

Builds N synthetic articles (or takes an existing store), then starts `zonegraph serve` on it and
`oxigraph serve-read-only` on the very same Oxigraph folder, so both answer from the same bytes. Each query
of the mix is sent REQUESTS times per client over keep-alive connections, with 1 and with 4 clients at a time,
alternating the two servers query by query so that a noisy neighbour hits both alike. Prints p50/p95 per
server and the ratio zonegraph/oxigraph, after checking that both return the same values.
"""

from __future__ import annotations

import http.client
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from synth import generate

from zonegraph.loopback import free_port, running, zonegraph_server
from zonegraph.pipeline import build
from zonegraph.store import GraphStore
from zonegraph.vocab import PREFIXES

HEADER = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
QUERIES = {
    "ASK": "ASK { ?z a zg:Zone }",
    "lookup by label": 'SELECT ?s WHERE { ?s rdfs:label "运城经济技术开发区"@zh }',
    "leads per zone": "SELECT ?z ?p WHERE { ?p zg:leads ?z } ORDER BY ?z ?p",
    # from the zone with the most projects: who invests in what there, and who leads it
    "2-hop path": "SELECT ?c ?p ?who WHERE { ?p zg:locatedIn <ZONE> . ?c zg:invests ?p . "
    "OPTIONAL { ?who zg:leads <ZONE> } } ORDER BY ?c ?p ?who",
    "all investors to zones": "SELECT ?c ?p ?z WHERE { ?c zg:invests ?p . ?p zg:locatedIn ?z } ORDER BY ?c ?p ?z",
    "investment per zone": "SELECT ?z (SUM(?v) AS ?t) WHERE { ?p zg:locatedIn ?z ; zg:investment ?v } "
    "GROUP BY ?z ORDER BY DESC(?t) ?z",
}


def ask(host: str, port: int, path: str, query: str) -> tuple[float, bytes]:
    conn = http.client.HTTPConnection(host, port, timeout=120)
    try:
        return _send(conn, path, query)
    finally:
        conn.close()


def _send(conn: http.client.HTTPConnection, path: str, query: str) -> tuple[float, bytes]:
    body = (HEADER + query).encode()
    t = time.perf_counter()
    conn.request(
        "POST",
        path,
        body=body,
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    )
    r = conn.getresponse()
    data = r.read()
    if r.status != 200:
        raise RuntimeError(f"{r.status}: {data[:200]!r}")
    return time.perf_counter() - t, data


def drive(port: int, path: str, query: str, clients: int, requests: int) -> list[float]:
    lat: list[float] = []
    lock = threading.Lock()

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        mine = [_send(conn, path, query)[0] for _ in range(requests)]
        conn.close()
        with lock:
            lat.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return lat


def values(body: bytes) -> object:
    doc = json.loads(body)
    if "boolean" in doc:
        return doc["boolean"]
    return sorted(
        tuple(sorted((k, v["value"]) for k, v in row.items())) for row in doc["results"]["bindings"]
    )


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))] * 1000


MOST_PROJECTS = "SELECT ?z WHERE { ?p zg:locatedIn ?z } GROUP BY ?z ORDER BY DESC(COUNT(?p)) ?z LIMIT 1"


def compare(zg_port: int, ox_port: int, requests: int, only: set[str] | None = None) -> list[str]:
    _, top = ask("127.0.0.1", ox_port, "/query", MOST_PROJECTS)
    zone = json.loads(top)["results"]["bindings"][0]["z"]["value"]
    lines = [
        "| query | rows | clients | zonegraph p50 / p95 | Oxigraph p50 / p95 | ratio p50 |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name, q in QUERIES.items():
        if only and name not in only:
            continue
        q = q.replace("ZONE", zone)
        _, a = ask("127.0.0.1", zg_port, "/sparql", q)
        _, b = ask("127.0.0.1", ox_port, "/query", q)
        va, vb = values(a), values(b)
        if va != vb:
            raise SystemExit(f"{name}: the two servers disagree")
        rows = 1 if isinstance(va, bool) else len(va)
        for clients in (1, 4):
            drive(zg_port, "/sparql", q, clients, 5)  # warm both
            drive(ox_port, "/query", q, clients, 5)
            zg = drive(zg_port, "/sparql", q, clients, requests)
            ox = drive(ox_port, "/query", q, clients, requests)
            ratio = statistics.median(zg) / statistics.median(ox)
            lines.append(
                f"| {name} | {rows} | {clients} | {pct(zg, 0.5):.1f} / {pct(zg, 0.95):.1f} ms "
                f"| {pct(ox, 0.5):.1f} / {pct(ox, 0.95):.1f} ms | {ratio:.2f}× |"
            )
            print(lines[-1], flush=True)
    return lines


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (the query workers), from /proc."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo += children.get(p, [])
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def main(argv: list[str]) -> None:
    store_dir = None
    # every client its own query worker, and no row cap the largest answer passes (the same work as Oxigraph)
    serve_args: list[str] = ["--max-rows", "1000000", "--query-workers", "4"]
    if "--serve" in argv:  # extra options for `zonegraph serve`, one string: --serve "--query-workers 4"
        i = argv.index("--serve")
        serve_args += argv[i + 1].split()
        del argv[i : i + 2]
    only: set[str] | None = None
    if "--only" in argv:  # --only "ASK,lookup by label": a subset of the mix
        i = argv.index("--only")
        only = set(argv[i + 1].split(","))
        del argv[i : i + 2]
    if "--store" in argv:
        i = argv.index("--store")
        store_dir = argv[i + 1]
        del argv[i : i + 2]
    n = int(argv[0]) if argv else 3000
    requests = int(argv[1]) if len(argv) > 1 else 200
    with tempfile.TemporaryDirectory() as d:
        if store_dir is None:
            src = Path(d) / "synth.jsonl"
            src.write_text(
                "\n".join(json.dumps(a, ensure_ascii=False) for a in generate(n)), encoding="utf-8"
            )
            store = GraphStore(Path(d) / "store")
            rep = build([src], store, workers=2)
            print(f"{rep.articles} articles, {rep.quads} quads")
        else:
            store = GraphStore(Path(store_dir))
        data = store.current / "oxigraph"
        ox_port = free_port()
        oxigraph = str(Path(sys.executable).with_name("oxigraph"))
        cmd = [oxigraph, "serve-read-only", "--location", str(data), "--bind", f"127.0.0.1:{ox_port}"]
        with zonegraph_server(str(store.root), *serve_args) as base, running(cmd, ox_port):
            zg_port = int(base.rsplit(":", 1)[1])
            print(f"{requests} requests per client and query; same folder {data}")
            compare(zg_port, ox_port, requests, only)
            zg_pid = next(
                int(p.parent.name) for p in Path("/proc").glob("[0-9]*/cmdline") if _serves(p, zg_port)
            )
            ox_pid = next(
                int(p.parent.name) for p in Path("/proc").glob("[0-9]*/cmdline") if _serves(p, ox_port)
            )
            print(
                f"resident memory after the run: zonegraph serve (with its query workers) "
                f"{tree_rss_mb(zg_pid):.0f} MB, oxigraph serve {tree_rss_mb(ox_pid):.0f} MB"
            )


def _serves(cmdline: Path, port: int) -> bool:
    try:
        args = cmdline.read_bytes().split(b"\0")
    except OSError:
        return False
    return str(port).encode() in args or f"127.0.0.1:{port}".encode() in args


if __name__ == "__main__":
    main(sys.argv[1:])
