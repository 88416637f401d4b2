"""Time to the first drawn frame of a pyvis export in headless Chromium, for 100, 1,000 and 5,000 nodes.

    python bench/bench_frame.py [SIZES...]

Measured in the page: from navigation start to vis-network's first `afterDrawing` event. Above
viz.PHYSICS_LIMIT nodes the layout is computed in Python (its time is printed too) and physics is off.
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from zonegraph.subgraph import Edge, Node, Subgraph
from zonegraph.viz import write_html

KINDS = ["zone", "person", "company", "project", "region"]


def synthetic(n: int, seed: int = 7) -> Subgraph:
    r = random.Random(seed)
    sub = Subgraph()
    for i in range(n):
        sub.nodes[f"urn:n{i}"] = Node(f"urn:n{i}", f"实体{i}号开发区项目", r.choice(KINDS))
    for i in range(1, n):
        j = r.randrange(0, i)
        sub.add_edge(Edge(f"urn:n{i}", f"urn:n{j}", "urn:p", "位于"))
    for _ in range(n // 2):
        a, b = r.randrange(n), r.randrange(n)
        sub.add_edge(Edge(f"urn:n{a}", f"urn:n{b}", "urn:q", "投资"))
    return sub


def main(sizes: list[int]) -> None:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium")
    with tempfile.TemporaryDirectory() as d, sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=chromium,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        print(f"{'nodes':>6} {'layout (py)':>12} {'html':>8} {'first frame':>12}")
        for n in sizes:
            out = Path(d) / f"g{n}.html"
            t = time.perf_counter()
            write_html(synthetic(n), out, f"{n} nodes")
            t_py = time.perf_counter() - t
            page = b.new_page()
            page.goto(out.as_uri())
            page.wait_for_function("window.zonegraphViz && window.zonegraphViz.firstFrame", timeout=300_000)
            ms = page.evaluate("window.zonegraphViz.firstFrame")  # ms since navigation start
            print(f"{n:>6} {t_py:>11.2f}s {out.stat().st_size // 1024:>6}KB {ms / 1000:>11.2f}s")
            page.close()
        b.close()


if __name__ == "__main__":
    main([int(x) for x in sys.argv[1:]] or [100, 1000, 5000])
