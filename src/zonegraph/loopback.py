"""Running a server on loopback for the tests and benchmarks: a free port, and a process that is stopped."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout:g} s")


@contextmanager
def running(cmd: list[str], port: int) -> Iterator[subprocess.Popen]:
    """Start a command that listens on `port`, wait until it does, stop it afterwards."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port)
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@contextmanager
def zonegraph_server(store: str, *extra: str) -> Iterator[str]:
    """`zonegraph serve` on a free loopback port; yields its base URL."""
    port = free_port()
    cmd = [sys.executable, "-m", "zonegraph.cli", "serve", "--store", store, "--port", str(port), *extra]
    with running(cmd, port):
        yield f"http://127.0.0.1:{port}"
