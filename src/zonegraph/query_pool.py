"""Query worker processes: the time limit really stops a query, because a worker past it is killed.

Oxigraph cannot cancel a running query, and a thread cannot be killed; a process can. Each worker opens the
current build read-only and answers one request at a time completely (serialised, row cap applied), so a
slow query costs a worker, never the server. Workers start lazily and are replaced when killed. A worker on
a local store cannot open internet sockets (guard.deny_network): nothing it runs can fetch.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from .answer import Answer, Request


def _serve(conn: Connection) -> None:  # runs in the worker process
    import pyoxigraph as ox

    from .answer import answer
    from .guard import deny_network

    opened: tuple[str, ox.Store] | None = None
    sandboxed = False
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        path, req = job
        try:
            if opened is None or opened[0] != path:
                if path.startswith(("http://", "https://")):
                    from .remote import RemoteStore

                    opened = (path, RemoteStore(path))
                else:
                    if not sandboxed:  # a local store needs no network: take it away for good
                        sandboxed = deny_network()
                    opened = (path, ox.Store.read_only(path))
            conn.send(answer(opened[1], req))
        except Exception as exc:  # noqa: BLE001 - the worker must answer, whatever happened
            conn.send(Answer.error(500, f"{type(exc).__name__}: the query could not be answered"))


@dataclass
class _Worker:
    process: mp.process.BaseProcess
    conn: Connection

    def stop(self, kill: bool = False) -> None:
        try:
            if kill:
                self.process.kill()
            else:
                self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
        self.conn.close()


BUSY = "all query workers are busy; try again in a few seconds"


class QueryPool:
    """A few worker processes answering SPARQL requests with a time limit."""

    def __init__(self, size: int = 2) -> None:
        self.size = max(1, size)
        self._ctx = mp.get_context("spawn")  # no fork: the server has threads and open stores
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._started = 0
        self._lock = threading.Lock()
        self._closed = False

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        p = self._ctx.Process(target=_serve, args=(child,), daemon=True, name="zonegraph-query")
        p.start()
        child.close()
        return _Worker(p, parent)

    def _take(self, wait: float) -> _Worker | None:
        with self._lock:
            if self._idle.empty() and self._started < self.size:
                self._started += 1
                return self._spawn()
        try:
            return self._idle.get(timeout=wait)
        except queue.Empty:
            return None

    def run(self, store_path: Path | str, req: Request, timeout: float, wait: float = 1.0) -> Answer:
        """Answer a request within `timeout` seconds, or kill the worker and answer 503.

        A request waits at most `wait` seconds for a free worker: heavy queries do not hold the server's
        threads, so cheap requests (search, entity pages) are still answered; the 503 says when to retry."""
        worker = self._take(min(wait, timeout))
        if worker is None:
            return Answer.error(503, BUSY)
        try:
            worker.conn.send((str(store_path), req))
            if worker.conn.poll(timeout):
                ans = worker.conn.recv()
                self._idle.put(worker)
                return ans
        except (EOFError, OSError, BrokenPipeError):
            pass
        worker.stop(kill=True)
        with self._lock:
            self._started -= 1
        return Answer.error(503, f"the query ran longer than the time limit of {timeout:g} s and was stopped")

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().stop()
            except queue.Empty:
                break
