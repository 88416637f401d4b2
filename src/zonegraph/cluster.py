"""Extraction on a Dask cluster: the pure, cacheable part of a build, spread over many machines.

`zonegraph build --cluster tcp://scheduler:8786` sends the articles to extract in batches to the cluster's
workers and takes the extractions back as they finish; resolution, writing and the atomic switch stay in the
building process, so a build on a cluster keeps every guarantee of a local one. Workers need zonegraph
installed, the same version as the builder: each batch reports the fingerprint of the extractor it ran, and
a different one stops the build before anything is written (its extractions would poison the cache).
"""

from __future__ import annotations

from collections.abc import Callable

from .model import Article, Extraction

BATCH = 64  # articles per task: large enough to amortise a task's overhead, small enough to spread the work
WINDOW = 8  # batches in flight per worker thread: memory stays bounded whatever the corpus


class ClusterError(RuntimeError):
    """The cluster could not be reached, or failed or refused the work: nothing was written."""


def extract_batch(articles: list[Article]) -> tuple[str, list[Extraction]]:
    """Runs on a worker: the extractions of a batch and the fingerprint of the extractor that made them."""
    from .extract import warm_up
    from .extract_cache import extractor_fingerprint
    from .pipeline import safe_extract

    warm_up()  # once per worker process: later calls find everything loaded
    return extractor_fingerprint(), [safe_extract(a) for a in articles]


def extract_on_cluster(
    address: str, articles: list[Article], progress: Callable[[int], None] | None = None
) -> list[Extraction]:
    """Every article's extraction (failures recorded on the article, as locally), in the articles' order."""
    try:
        from distributed import Client, as_completed
    except ImportError as exc:
        raise ClusterError("--cluster needs Dask: pip install 'zonegraph[cluster]'") from exc

    from .extract_cache import extractor_fingerprint

    try:
        client = Client(address, timeout="20s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    mine = extractor_fingerprint()
    batches = [articles[i : i + BATCH] for i in range(0, len(articles), BATCH)]
    out: list[list[Extraction] | None] = [None] * len(batches)
    try:
        threads = max(1, sum(client.nthreads().values()))
        todo = iter(enumerate(batches))
        where: dict[str, int] = {}

        def submit() -> object | None:
            nxt = next(todo, None)
            if nxt is None:
                return None
            i, batch = nxt
            fut = client.submit(extract_batch, batch, pure=False)
            where[fut.key] = i
            return fut

        first = [f for f in (submit() for _ in range(threads * WINDOW)) if f is not None]
        pending = as_completed(first, loop=client.loop)
        for fut in pending:
            try:
                fingerprint, exs = fut.result()
            except Exception as exc:  # noqa: BLE001 - a worker died or the task could not run
                raise ClusterError(f"extraction failed on the cluster: {type(exc).__name__}: {exc}") from exc
            if fingerprint != mine:
                raise ClusterError(
                    f"the cluster's workers run another zonegraph extractor ({fingerprint}, here {mine}): "
                    "install the same version on them"
                )
            out[where.pop(fut.key)] = exs
            fut.release()
            if progress:
                progress(len(exs))
            nxt = submit()
            if nxt is not None:
                pending.add(nxt)
    finally:
        client.close()
    return [ex for exs in out for ex in exs or ()]
