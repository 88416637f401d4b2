"""The W3C SPARQL 1.1 Protocol tests (query and update sides) against a real server on loopback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import shared_or_skip

from zonegraph.loopback import zonegraph_server


def _run(runner: Path, *args: str) -> str:
    res = subprocess.run([sys.executable, str(runner), *args], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stdout
    return res.stdout.strip().splitlines()[-1]


def test_w3c_protocol_tests(tmp_path: Path) -> None:
    runner = shared_or_skip("w3c-protocol", "run_protocol_tests.py")
    fixture = tmp_path / "fixture.trig"
    _run(runner, "--endpoint", "x", "--write-fixture", str(fixture))
    store = tmp_path / "store"
    subprocess.run(
        [sys.executable, "-m", "zonegraph.cli", "load", str(fixture), "--store", str(store)], check=True
    )
    with zonegraph_server(str(store), "--update-token", "tok") as base:
        url = base + "/sparql"
        assert _run(runner, "--endpoint", url).startswith("20 passed, 0 failed")
        # the update side too, with the server's token (it clears the store, so it runs last)
        last = _run(
            runner, "--endpoint", url, "--update-endpoint", url, "--include-update", "--bearer", "tok"
        )
        assert last.startswith("34 passed, 0 failed"), last
