"""Extraction on a Dask cluster: the same graph as a local build, failures reported per article, and a
cluster that cannot be reached or runs other code stops the build before anything is written."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="dask.distributed is not installed (pip install -e '.[test]')")

from conftest import FIXTURES, SAMPLE  # noqa: E402
from distributed import LocalCluster  # noqa: E402

from zonegraph import cluster as cluster_mod  # noqa: E402
from zonegraph.cluster import ClusterError  # noqa: E402
from zonegraph.pipeline import build  # noqa: E402
from zonegraph.store import GraphStore  # noqa: E402

INPUTS = [SAMPLE, FIXTURES / "devset.jsonl"]


def quads(store: GraphStore) -> list[str]:
    return sorted(str(q) for q in store.open().quads_for_pattern(None, None, None, None))


@pytest.fixture(scope="module")
def two_workers():
    """A real scheduler and two worker processes on this machine, as `dask worker` would start them."""
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        worker_dashboard_address=None,
    ) as lc:
        yield lc.scheduler_address


def test_a_build_on_the_cluster_is_the_local_build(two_workers: str, tmp_path: Path, monkeypatch) -> None:
    import zonegraph.pipeline as pipeline

    monkeypatch.setattr(cluster_mod, "BATCH", 5)  # several batches: order and streaming matter
    on_cluster, local = GraphStore(tmp_path / "c"), GraphStore(tmp_path / "l")
    build(INPUTS, local, workers=1)
    monkeypatch.setattr(pipeline, "_extract_all", None)  # nothing is extracted here
    report = build(INPUTS, on_cluster, cluster=two_workers)
    assert report.extracted == report.articles > 10 and not report.updated
    assert quads(on_cluster) == quads(local)
    # the extractions came back into the cache: building again elsewhere needs no cluster
    again = build(INPUTS, on_cluster, force=True, cluster="tcp://127.0.0.1:1")
    assert again.extracted == 0 and quads(on_cluster) == quads(local)


def test_an_unreachable_scheduler_keeps_the_previous_graph(tmp_path: Path) -> None:
    st = GraphStore(tmp_path / "g")
    build([SAMPLE], st, workers=1)
    before = st.current
    with pytest.raises(ClusterError, match="cannot reach"):
        build([SAMPLE, FIXTURES / "devset.jsonl"], st, cluster="tcp://127.0.0.1:1")
    assert st.current == before


def test_a_failed_article_is_reported_and_the_rest_is_built(tmp_path: Path, monkeypatch) -> None:
    import zonegraph.pipeline as pipeline

    real = pipeline.extract_article

    def fragile(a):  # noqa: ANN001, ANN202
        if a.key in ("dev-3", "dev-5"):
            raise RuntimeError("boom")
        return real(a)

    monkeypatch.setattr(pipeline, "extract_article", fragile)
    with LocalCluster(n_workers=1, processes=False, dashboard_address=":0") as lc:  # threads see the patch
        st = GraphStore(tmp_path / "g")
        report = build(INPUTS, st, cluster=lc.scheduler_address)
    failed = [e for e in report.errors if "extraction failed" in e.message]
    assert failed and all("boom" in e.message for e in failed)
    assert report.articles > len(failed) and st.exists()


def test_workers_running_another_extractor_are_refused(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(cluster_mod, "extract_batch", lambda arts: ("another", []))
    with LocalCluster(n_workers=1, processes=False, dashboard_address=":0") as lc:
        with pytest.raises(ClusterError, match="another zonegraph extractor"):
            build([SAMPLE], GraphStore(tmp_path / "g"), cluster=lc.scheduler_address)
    assert not (tmp_path / "g" / "current").exists()
