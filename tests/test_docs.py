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


def test_readme_renders_with_the_headings_it_means() -> None:
    """A stray character after a closing fence turns the rest of the README into one code block."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse((ROOT / "README.md").read_text(encoding="utf-8"))
    headings = [
        tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2"
    ]
    for h in ("Command line", "In the browser", "Settings", "The graph", "Layout", "Benchmarks", "Quality"):
        assert h in headings, (h, headings)
    assert "Input" in [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    for t in tokens:
        if t.type == "fence":
            assert "### " not in t.content, "a heading inside a code block"
