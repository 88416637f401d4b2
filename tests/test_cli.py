from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from conftest import SAMPLE

from zonegraph import __version__
from zonegraph.cli import main


def test_version_and_help_for_every_command() -> None:
    r = CliRunner()
    assert __version__ in r.invoke(main, ["--version"]).output
    for cmd in ("build", "serve", "query", "export", "validate", "stats", "load"):
        res = r.invoke(main, [cmd, "--help"])
        assert res.exit_code == 0 and "--store" in res.output, cmd


def test_build_query_export_with_a_store_of_its_own(tmp_path: Path) -> None:
    r = CliRunner()
    store = str(tmp_path / "g")
    res = r.invoke(main, ["build", str(SAMPLE), "--store", store, "-q"])
    assert res.exit_code == 0, res.output
    assert "built 9 articles" in res.output
    res = r.invoke(
        main, ["query", "SELECT ?n WHERE { ?p zg:leads ?z ; rdfs:label ?n } ORDER BY ?n", "--store", store]
    )
    assert res.exit_code == 0 and "赵自成" in res.output
    out = tmp_path / "g.trig"
    res = r.invoke(main, ["export", "--store", store, "-f", "trig", "-o", str(out)])
    assert res.exit_code == 0 and out.stat().st_size > 1000
    res = r.invoke(main, ["validate", "--store", store])
    assert res.exit_code == 0 and "conforms" in res.output
    res = r.invoke(main, ["stats", "--store", store, "--json"])
    assert '"articles": 9' in res.output


def test_errors_are_one_line_and_non_zero(tmp_path: Path) -> None:
    r = CliRunner()
    res = r.invoke(main, ["query", "SELECT * WHERE {", "--store", str(tmp_path / "none")])
    assert res.exit_code != 0 and "zonegraph build" in res.output
    store = str(tmp_path / "g")
    r.invoke(main, ["build", str(SAMPLE), "--store", store, "-q"])
    res = r.invoke(main, ["query", "SELECT * WHERE {", "--store", store])
    assert res.exit_code == 1 and res.output.startswith("Error:")
    res = r.invoke(main, ["export", "-f", "docx", "--store", store])
    assert res.exit_code == 1 and "unknown format" in res.output
    empty = tmp_path / "empty"
    empty.mkdir()
    res = r.invoke(main, ["build", str(empty), "--store", str(tmp_path / "e"), "-q"])
    assert res.exit_code == 1 and "nothing built" in res.output


def test_store_from_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ZONEGRAPH_STORE", str(tmp_path / "env"))
    r = CliRunner()
    assert r.invoke(main, ["build", str(SAMPLE), "-q"]).exit_code == 0
    assert (tmp_path / "env" / "current").exists()


def _triples(base: str) -> int:
    import json
    import urllib.parse
    import urllib.request

    q = urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    with urllib.request.urlopen(f"{base}/sparql?query={q}", timeout=30) as resp:
        return int(json.load(resp)["results"]["bindings"][0]["n"]["value"])


def test_a_failed_build_changes_nothing_under_a_running_server(tmp_path: Path) -> None:
    """No input, an empty file, a binary file: exit 1, the served graph and the extraction cache stay."""
    import sqlite3

    from zonegraph.loopback import zonegraph_server

    r = CliRunner()
    store = tmp_path / "g"
    assert r.invoke(main, ["build", str(SAMPLE), "--store", str(store), "-q"]).exit_code == 0
    cache = store / "cache" / "extractions.sqlite"

    def cached() -> int:
        with sqlite3.connect(cache) as db:
            return db.execute("SELECT COUNT(*) FROM extraction").fetchone()[0]

    entries = cached()
    assert entries >= 9
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(bytes(range(256)) * 40)
    with zonegraph_server(str(store)) as base:
        before = _triples(base)
        for bad in (tmp_path / "no" / "such" / "path", empty, binary):
            res = r.invoke(main, ["build", str(bad), "--store", str(store), "-q"])
            assert res.exit_code == 1, res.output
            assert "nothing built" in res.output and "previous graph is kept" in res.output
            assert str(bad.name) in res.output  # which input failed, and why
            assert _triples(base) == before
            assert cached() == entries
        # some bad inputs among good ones: the rest builds, and the bad ones are named
        res = r.invoke(main, ["build", str(SAMPLE), str(empty), "--store", str(store), "-q", "--force"])
        assert res.exit_code == 0 and "built 9 articles" in res.output and "empty.txt" in res.output
        assert _triples(base) == before


def test_the_build_and_stats_count_quads_the_same_way(tmp_path: Path) -> None:
    import json
    import re

    r = CliRunner()
    store = str(tmp_path / "g")
    built = r.invoke(main, ["build", str(SAMPLE), "--store", store, "-q"]).output
    stats = json.loads(r.invoke(main, ["stats", "--store", store, "--json"]).output)
    assert int(re.search(r"(\d+) quads", built).group(1)) == stats["quads"]


def test_serve_on_a_busy_port_says_so_in_one_line(tmp_path: Path) -> None:
    import socket
    import subprocess
    import sys

    r = CliRunner()
    store = str(tmp_path / "g")
    assert r.invoke(main, ["build", str(SAMPLE), "--store", store, "-q"]).exit_code == 0
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        cmd = [sys.executable, "-m", "zonegraph.cli", "serve", "--store", store, "--port", str(port)]
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert out.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in out.stderr and "Traceback" not in out.stderr
    assert "serving" not in out.stdout


def test_one_meaning_per_flag() -> None:
    """-f is --format wherever it exists."""
    for name, cmd in main.commands.items():
        for param in cmd.params:
            if "-f" in getattr(param, "opts", []):
                assert "--format" in param.opts, name


def test_a_build_shows_each_phase(tmp_path: Path) -> None:
    from zonegraph.pipeline import build as run_build
    from zonegraph.store import GraphStore

    phases: list[str] = []
    run_build([SAMPLE], GraphStore(tmp_path / "g"), workers=1, on_phase=phases.append)
    assert phases == ["resolve", "write", "index", "state", "done"]


def test_bad_records_are_reported_and_the_rest_builds_with_valid_iris(tmp_path: Path) -> None:
    import json

    import pyoxigraph as ox

    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        "\n".join(
            json.dumps(r, ensure_ascii=False)
            for r in (
                {
                    "id": "a b",
                    "title": "t",
                    "text": "本刊讯 运城经济技术开发区签约。",
                    "url": "http://x y/>z",
                },
                {"id": "..", "title": "t2", "text": "本刊讯 名字\u0000测试。", "url": "javascript:alert(1)"},
            )
        ),
        encoding="utf-8",
    )
    r = CliRunner()
    store = str(tmp_path / "g")
    res = r.invoke(main, ["build", str(bad), "--store", store, "-q"])
    assert res.exit_code == 0 and "built 2 articles" in res.output and "not an http(s) URL" in res.output
    out = tmp_path / "g.nq"
    assert r.invoke(main, ["export", "--store", store, "-f", "nq", "-o", str(out)]).exit_code == 0
    quads = list(ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS))  # every IRI parses back
    iris = {t.value for q in quads for t in (q.subject, q.object) if isinstance(t, ox.NamedNode)}
    assert "http://x%20y/%3Ez" in iris
    assert not any("/.." in i or "/./" in i or "\x00" in i for i in iris)


def test_adding_a_file_is_an_update_and_says_so(tmp_path: Path) -> None:
    import json
    import shutil

    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SAMPLE, inputs / SAMPLE.name)
    store = str(tmp_path / "g")
    r = CliRunner()
    assert r.invoke(main, ["build", str(inputs), "--store", store, "-q"]).exit_code == 0
    record = {
        "id": "later-1",
        "title": "新闻",
        "text": "本刊讯 总投资2亿元的澄岚光电项目在运城经济技术开发区开工。",
    }
    (inputs / "later.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    res = r.invoke(main, ["build", str(inputs), "--store", store, "-q"])
    assert res.exit_code == 0 and res.output.startswith(
        f"updated {store} (articles added or changed: 1, removed: 0"
    )
    res = r.invoke(main, ["build", str(inputs), "--store", store, "--force", "-q"])
    assert res.exit_code == 0 and res.output.startswith("built 10 articles")
