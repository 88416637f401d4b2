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
    assert res.exit_code == 1 and "no articles" in res.output


def test_store_from_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ZONEGRAPH_STORE", str(tmp_path / "env"))
    r = CliRunner()
    assert r.invoke(main, ["build", str(SAMPLE), "-q"]).exit_code == 0
    assert (tmp_path / "env" / "current").exists()
