"""Running a server on loopback for the tests and benchmarks: a free port, and a process that is stopped."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


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
def running(
    cmd: list[str],
    port: int,
    cwd: Path | None = None,
    start_timeout: float = 20.0,
    stop_timeout: float = 10.0,
) -> Iterator[subprocess.Popen]:
    """Start a command that listens on `port`, wait until it does, stop it afterwards."""
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, timeout=start_timeout)
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=stop_timeout)
        except subprocess.TimeoutExpired:
            proc.kill()


@contextmanager
def zonegraph_server(store: str, *extra: str) -> Iterator[str]:
    """`zonegraph serve` on a free loopback port; yields its base URL."""
    port = free_port()
    cmd = [sys.executable, "-m", "zonegraph.cli", "serve", "--store", store, "--port", str(port), *extra]
    with running(cmd, port):
        yield f"http://127.0.0.1:{port}"


VIRTUOSO = "virtuoso-t"  # Debian's virtuoso-opensource
_VIRTUOSO_INI = """[Database]
DatabaseFile = virtuoso.db
ErrorLogFile = virtuoso.log
LockFile = virtuoso.lck
TransactionFile = virtuoso.trx
xa_persistent_file = virtuoso.pxa
[TempDatabase]
DatabaseFile = virtuoso-temp.db
TransactionFile = virtuoso-temp.trx
[Parameters]
ServerPort = {sql_port}
DisableUnixSocket = 1
DirsAllowed = .
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
CheckpointInterval = 0
[HTTPServer]
ServerPort = {http_port}
ServerRoot = .
ServerThreads = 8
MaxClientConnections = 8
[SPARQL]
ResultSetMaxRows = 100000000
MaxQueryExecutionTime = 600
"""
# What a zonegraph build needs of Virtuoso's anonymous SPARQL user: updates, and writing to any graph.
VIRTUOSO_GRANTS = "GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);"


@contextmanager
def virtuoso_server(folder: Path, memory_mb: int = 1000) -> Iterator[str]:
    """A Virtuoso server of its own in `folder` on free loopback ports, its SPARQL user allowed to update
    (VIRTUOSO_GRANTS, through isql-vt), its result cap lifted (zonegraph reads whole graphs back); yields the
    SPARQL endpoint's URL (…/sparql; its Graph Store endpoint is …/sparql-graph-crud)."""
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    buffers = memory_mb * 1024 // 8 * 2 // 3  # 8 KB pages, two thirds of the memory (Virtuoso's own advice)
    (folder / "virtuoso.ini").write_text(
        _VIRTUOSO_INI.format(sql_port=sql_port, http_port=http_port, buffers=buffers, dirty=buffers * 3 // 4),
        encoding="utf-8",
    )
    cmd = [VIRTUOSO, "+foreground", "+configfile", "virtuoso.ini"]
    with running(cmd, http_port, cwd=folder, start_timeout=60, stop_timeout=30):
        subprocess.run(
            ["isql-vt", str(sql_port), "dba", "dba", f"exec={VIRTUOSO_GRANTS}"],
            check=True,
            capture_output=True,
            timeout=60,
        )
        yield f"http://127.0.0.1:{http_port}/sparql"
