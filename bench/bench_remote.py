"""A build into a remote SPARQL store against the same build into a local folder, side by side.

    python bench/bench_remote.py [N] [--server oxigraph|virtuoso]        (default 3000, oxigraph)

N synthetic articles (bench/synth.py, seed 7). A real server on loopback with its own folder: `oxigraph
serve` (the `oxigraph` package) or Virtuoso (Debian's virtuoso-opensource, started by
`zonegraph.loopback.virtuoso_server` with 1 GB of buffers); `zonegraph build --force` into it and into a
local store, alternated, twice each, after one warm-up build of each (so both take their extractions from
their caches: what is compared is resolving and writing). The digests of the last build are dropped before
each timed build, so that every graph is sent and replaced as in a first build; then two more builds keep
them (a rebuild of unchanged input). Reports wall times and the ratio of the medians.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from zonegraph.loopback import free_port, running, virtuoso_server
from zonegraph.remote import DIGESTS_GRAPH, RemoteStore

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from synth import Corpus  # noqa: E402

ZG = [sys.executable, "-m", "zonegraph.cli"]
OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")


def timed(*args: str) -> float:
    t = time.perf_counter()
    subprocess.run([*ZG, *args], check=True, capture_output=True)
    return time.perf_counter() - t


@contextmanager
def server(kind: str, folder: Path):
    """(query URL, update URL) of a real server of `kind` in `folder`."""
    if kind == "virtuoso":
        with virtuoso_server(folder) as url:
            yield url, url
        return
    port = free_port()
    cmd = [OXIGRAPH, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"]
    with running(cmd, port):
        yield f"http://127.0.0.1:{port}/query", f"http://127.0.0.1:{port}/update"


def main(n: int, kind: str) -> None:
    with tempfile.TemporaryDirectory() as d:
        corpus = Corpus(7)
        src = Path(d) / "in.jsonl"
        src.write_text(
            "".join(json.dumps(corpus.article(i), ensure_ascii=False) + "\n" for i in range(n)),
            encoding="utf-8",
        )
        with server(kind, Path(d) / kind) as (query_url, update_url):
            local = ["build", str(src), "--store", str(Path(d) / "local"), "--force", "-q"]
            remote = ["build", str(src), "--store", query_url, "--store-update", update_url, "--force", "-q"]
            timed(*local), timed(*remote)  # warm both extraction caches
            times: dict[str, list[float]] = {"local": [], "remote": [], "unchanged": []}
            for _ in range(2):
                times["local"].append(timed(*local))
                # without the digests every graph is sent and replaced, as in a first build
                RemoteStore(query_url, update_url).update(f"DROP SILENT GRAPH <{DIGESTS_GRAPH}>")
                times["remote"].append(timed(*remote))
            for _ in range(2):
                times["unchanged"].append(timed(*remote))
        lo, re_ = statistics.median(times["local"]), statistics.median(times["remote"])
        print(
            f"{n} articles: local build {', '.join(f'{t:.1f}' for t in times['local'])} s; into {kind} "
            f"{', '.join(f'{t:.1f}' for t in times['remote'])} s; remote / local = {re_ / lo:.2f}x"
        )
        if times["unchanged"]:
            un = statistics.median(times["unchanged"])
            print(
                f"  rebuild of unchanged input, graphs kept by their digests: "
                f"{', '.join(f'{t:.1f}' for t in times['unchanged'])} s; remote / local = {un / lo:.2f}x"
            )


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, nargs="?", default=3000)
    ap.add_argument("--server", choices=["oxigraph", "virtuoso"], default="oxigraph")
    args = ap.parse_args()
    main(args.n, args.server)
