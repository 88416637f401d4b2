"""The W3C SPARQL 1.1 Protocol tests (query side) against a real server on loopback."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

from conftest import shared_or_skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_w3c_protocol_query_tests(tmp_path: Path) -> None:
    runner = shared_or_skip("w3c-protocol", "run_protocol_tests.py")
    fixture = tmp_path / "fixture.trig"
    subprocess.run(
        [sys.executable, str(runner), "--endpoint", "x", "--write-fixture", str(fixture)], check=True
    )
    store = tmp_path / "store"
    zg = [sys.executable, "-m", "zonegraph.cli"]
    subprocess.run([*zg, "load", str(fixture), "--store", str(store)], check=True)
    port = free_port()
    server = subprocess.Popen(
        [*zg, "serve", "--store", str(store), "--port", str(port), "--update-token", "tok"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        url = f"http://127.0.0.1:{port}/sparql"
        res = subprocess.run(
            [sys.executable, str(runner), "--endpoint", url], capture_output=True, text=True, timeout=300
        )
        last = res.stdout.strip().splitlines()[-1]
        assert res.returncode == 0, res.stdout
        assert last.startswith("20 passed, 0 failed"), last
        # the update side too, with the server's token (the suite clears the store: it runs last)
        res = subprocess.run(
            [
                sys.executable,
                str(runner),
                "--endpoint",
                url,
                "--update-endpoint",
                url,
                "--include-update",
                "--bearer",
                "tok",
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        last = res.stdout.strip().splitlines()[-1]
        assert res.returncode == 0, res.stdout
        assert last.startswith("34 passed, 0 failed"), last
    finally:
        server.terminate()
        server.wait(timeout=10)
