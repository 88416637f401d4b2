"""A command, format or setting that the README does not mention fails here."""

from __future__ import annotations

from conftest import ROOT

from zonegraph.cli import main
from zonegraph.formats import RDF_FORMATS


def test_every_cli_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"zonegraph {name}" in readme, name


def test_every_export_format_and_setting_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for f in RDF_FORMATS:
        assert f.name in readme, f.name
    for setting in (
        "ZONEGRAPH_STORE",
        "ZONEGRAPH_UPDATE_TOKEN",
        "--store-update",
        "--update-token",
        "--timeout",
        "--max-rows",
    ):
        assert setting in readme, setting
