"""A bounded load test of the running server: slow queries that fill every query worker, cheap requests
beside them (search, entity page, a small ASK) and bodies up to the cap. Reports the cheap requests'
latency (p50/p99), what the slow ones heard, and the server's peak memory (VmHWM of its processes).

python bench/bench_load.py [SECONDS]

Traffic goes to 127.0.0.1 only; every loop is bounded in count and time and stops by itself.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from zonegraph.loopback import zonegraph_server
from zonegraph.pipeline import build
from zonegraph.store import GraphStore

ROOT = Path(__file__).resolve().parents[1]
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
CHEAP = [
    "/api/search?q=" + urllib.parse.quote("运城"),
    "/id/zone/" + urllib.parse.quote("运城经济技术开发区"),
    "/sparql?query=" + urllib.parse.quote("ASK { ?p zg:leads ?z }"),
]


def get(url: str, data: bytes | None = None, ctype: str | None = None) -> tuple[int, float]:
    req = urllib.request.Request(url, data=data, headers={"Content-Type": ctype} if ctype else {})
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            resp.read()
            status = resp.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except OSError:
        status = 0
    return status, time.perf_counter() - t


def peak_rss_mb(pid: int) -> float:
    """VmHWM of the server and its child processes (query workers), summed."""
    total = 0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            status = (proc / "status").read_text()
        except OSError:
            continue
        ppid = int(next(line.split()[1] for line in status.splitlines() if line.startswith("PPid:")))
        if int(proc.name) == pid or ppid == pid:
            hwm = next((line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")), "0")
            total += int(hwm)
    return total / 1024


def main(seconds: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = GraphStore(Path(tmp) / "g")
        build([ROOT / "data"], store, workers=1)
        with zonegraph_server(str(store.root), "--timeout", "5", "--max-body", "1000000") as base:
            import subprocess

            server_pid = int(
                subprocess.check_output(["pgrep", "-f", f"serve --store {store.root}"]).split()[0]
            )
            stop = time.monotonic() + seconds
            slow_status: list[int] = []
            cheap: list[tuple[int, float]] = []

            def slow_loop() -> None:
                while time.monotonic() < stop and len(slow_status) < 2000:
                    slow_status.append(get(base + "/sparql?query=" + urllib.parse.quote(SLOW))[0])

            def cheap_loop() -> None:
                n = 0
                while time.monotonic() < stop and n < 5000:
                    cheap.append(get(base + CHEAP[n % len(CHEAP)]))
                    n += 1

            big = ('ASK { FILTER(STRLEN("' + "a" * 999_000 + '") > 0) }').encode()
            body_status: list[int] = []

            def body_loop() -> None:
                for _ in range(10):
                    if time.monotonic() >= stop:
                        break
                    body_status.append(get(base + "/sparql", big, "application/sparql-query")[0])
                    body_status.append(
                        get(base + "/sparql", big + b"x" * 2000, "application/sparql-query")[0]
                    )

            threads = [threading.Thread(target=slow_loop) for _ in range(20)]
            threads += [threading.Thread(target=cheap_loop) for _ in range(2)]
            threads += [threading.Thread(target=body_loop)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            rss = peak_rss_mb(server_pid)
    lat = sorted(d for s, d in cheap if s == 200)
    p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000  # noqa: E731
    print(f"{seconds:g} s, 20 slow clients, 2 cheap clients, 1 client posting ~1 MB bodies")
    print(
        f"cheap requests: {len(cheap)} ({sum(1 for s, _ in cheap if s == 200)} ok), "
        f"p50 {statistics.median(lat) * 1000:.1f} ms, p99 {p(0.99):.1f} ms"
    )
    print(
        f"slow queries: {len(slow_status)}; statuses {sorted(set(slow_status))} "
        f"(503 = stopped at the time limit or no free worker, with Retry-After)"
    )
    print(f"bodies: statuses {sorted(set(body_status))} (200 under the cap, 413 over it)")
    print(f"server peak RSS (server + query workers): {rss:.0f} MB")


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 20)
