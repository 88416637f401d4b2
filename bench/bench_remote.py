"""A build into a remote SPARQL store against the same build into a local folder, side by side.

    python bench/bench_remote.py [N]        (default 3000)

N synthetic articles (bench/synth.py, seed 7). A real `oxigraph serve` (the `oxigraph` package) on loopback
with its own folder; `zonegraph build --force` into it and into a local store, alternated, twice each, after
one warm-up build of each (so both take their extractions from their caches: what is compared is resolving
and writing). Reports wall times and the ratio of the medians.
"""

from __future__ import annotations

import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from synth import Corpus  # noqa: E402

ZG = [sys.executable, "-m", "zonegraph.cli"]
OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")


def timed(*args: str) -> float:
    t = time.perf_counter()
    subprocess.run([*ZG, *args], check=True, capture_output=True)
    return time.perf_counter() - t


def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as d:
        corpus = Corpus(7)
        src = Path(d) / "in.jsonl"
        src.write_text(
            "".join(json.dumps(corpus.article(i), ensure_ascii=False) + "\n" for i in range(n)),
            encoding="utf-8",
        )
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen(
            [OXIGRAPH, "serve", "--location", str(Path(d) / "ox"), "--bind", f"127.0.0.1:{port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(1.5)
            url = f"http://127.0.0.1:{port}"
            local = ["build", str(src), "--store", str(Path(d) / "local"), "--force", "-q"]
            remote = [
                "build",
                str(src),
                "--store",
                url + "/query",
                "--store-update",
                url + "/update",
                "--force",
                "-q",
            ]
            timed(*local), timed(*remote)  # warm both extraction caches
            times: dict[str, list[float]] = {"local": [], "remote": []}
            for _ in range(2):
                times["local"].append(timed(*local))
                times["remote"].append(timed(*remote))
        finally:
            server.terminate()
            server.wait()
        lo, re_ = statistics.median(times["local"]), statistics.median(times["remote"])
        print(
            f"{n} articles: local build {', '.join(f'{t:.1f}' for t in times['local'])} s; into oxigraph serve "
            f"{', '.join(f'{t:.1f}' for t in times['remote'])} s; remote / local = {re_ / lo:.2f}x"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
