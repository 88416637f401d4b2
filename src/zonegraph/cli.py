"""The one command-line entry point: build, serve, query, export, validate, stats."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .cluster import ClusterError
from .config import default_data_dir, default_store_dir
from .remote import RemoteError
from .store import StoreError, open_store


def store_option(f):  # noqa: ANN001, ANN201
    """--store DIR|URL and --store-update URL, on every command."""
    f = click.option(
        "--store-update",
        "store_update",
        envvar="ZONEGRAPH_STORE_UPDATE",
        default=None,
        help="Update URL of a remote store when it differs (Oxigraph: …/update).",
    )(f)
    return click.option(
        "--store",
        "store_dir",
        envvar="ZONEGRAPH_STORE",
        default=None,
        help="Store folder, or the URL of a SPARQL 1.1 endpoint (default: var/store in the "
        "project; env ZONEGRAPH_STORE).",
    )(f)


def _store(store_dir: str | None, store_update: str | None = None):  # noqa: ANN202
    return open_store(store_dir or default_store_dir(), store_update)


def _fail(message: str) -> None:
    raise click.ClickException(message)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="zonegraph")
def main() -> None:
    """zonegraph: a knowledge graph of Chinese development-zone news."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_option
@click.option("--year", type=int, default=None, help="Year for dates written without one (5月3日).")
@click.option(
    "--workers", type=int, default=0, show_default=True, help="Extraction processes (0: one per core)."
)
@click.option(
    "--cluster",
    metavar="ADDRESS",
    envvar="ZONEGRAPH_CLUSTER",
    default=None,
    help="Extract on a Dask cluster (its scheduler, tcp://host:8786; workers need zonegraph installed).",
)
@click.option(
    "--force", is_flag=True, help="Build everything again, even if the input has not changed (no update)."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def build(
    paths: tuple[Path, ...],
    store_dir: str | None,
    store_update: str | None,
    year: int | None,
    workers: int,
    cluster: str | None,
    force: bool,
    quiet: bool,
) -> None:
    """Read articles (.txt pages, .jsonl, folders; default data/) and build the graph."""
    from tqdm import tqdm

    from .pipeline import NothingToBuild
    from .pipeline import build as run_build

    inputs = list(paths) or [default_data_dir()]
    store = _store(store_dir, store_update)
    bar: list[tqdm] = []

    def on_total(n: int) -> None:
        if not quiet:
            bar.append(tqdm(total=n, unit="article", desc="extract", file=sys.stderr, disable=n < 50))

    def progress(k: int) -> None:
        if bar:
            bar[-1].update(k)

    def on_phase(name: str) -> None:
        """resolve, write (quads, with progress), index: every phase that takes time says so."""
        if bar:
            bar[-1].close()
        if quiet or name == "done":
            return
        if name == "write":
            bar.append(tqdm(total=None, unit="quad", desc="write", file=sys.stderr, unit_scale=True))
        else:
            bar.append(tqdm(total=None, desc=name, file=sys.stderr, bar_format="{desc}: {elapsed}"))

    try:
        report = run_build(
            inputs,
            store,
            year=year,
            workers=workers,
            cluster=cluster,
            force=force,
            progress=progress,
            on_total=on_total,
            on_phase=on_phase,
        )
    except NothingToBuild as exc:
        for err in exc.errors:
            click.echo(f"error: {err}", err=True)
        _fail(f"nothing built from {', '.join(map(str, inputs))}: {exc}")
        return
    except (StoreError, OSError, RemoteError, SyntaxError, ClusterError) as exc:
        _fail(f"build failed, the previous graph is kept: {exc}")
        return
    finally:
        for b in bar:
            b.close()
    for err in report.errors:
        click.echo(f"warning: {err}", err=True)
    if report.skipped:
        click.echo(f"unchanged input: {report.articles} articles, {report.quads} quads in {store.label}")
    elif report.updated:
        c = report.changes
        click.echo(
            f"updated {store.label} (articles added or changed: {c['added']}, removed: {c['removed']}, "
            f"article graphs written: {c['rewritten']}): {report.articles} articles, {report.quads} quads"
        )
    else:
        click.echo(
            f"built {report.articles} articles ({report.extracted} extracted, "
            f"{report.articles - report.extracted} from the cache), {report.quads} quads into {store.label}"
        )


@main.command()
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--format",
    "-f",
    "fmt",
    default=None,
    help="ttl, trig, nt, nq, jsonld or rdfxml (default: from the extension).",
)
@store_option
def load(files: tuple[Path, ...], fmt: str | None, store_dir: str | None, store_update: str | None) -> None:
    """Replace the graph with RDF files (TriG, N-Quads, Turtle, N-Triples, JSON-LD, RDF/XML), atomically."""
    store = _store(store_dir, store_update)
    try:
        store.load_rdf(list(files), fmt)
    except (SyntaxError, ValueError, OSError, StoreError, RemoteError) as exc:
        _fail(f"load failed, the previous graph is kept: {exc}")
    click.echo(f"loaded {len(files)} file(s) into {store.label}")


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option(
    "--update-token",
    envvar="ZONEGRAPH_UPDATE_TOKEN",
    default=None,
    help="Allow SPARQL Update with this Bearer token (env ZONEGRAPH_UPDATE_TOKEN).",
)
@click.option(
    "--timeout", "query_timeout", type=float, default=30.0, show_default=True, help="Query time limit, s."
)
@click.option("--max-rows", type=int, default=10_000, show_default=True, help="Most result rows returned.")
@click.option(
    "--threads", type=int, default=32, show_default=True, help="HTTP threads (most wait on query workers)."
)
@click.option(
    "--max-body",
    type=int,
    envvar="ZONEGRAPH_MAX_BODY",
    default=1_000_000,
    show_default=True,
    help="Largest request body, query or update in bytes (413 past it).",
)
@click.option(
    "--query-workers",
    type=int,
    default=2,
    show_default=True,
    help="Query processes (a query past the time limit has its process killed).",
)
def serve(
    store_dir: str | None,
    store_update: str | None,
    host: str,
    port: int,
    update_token: str | None,
    query_timeout: float,
    max_rows: int,
    threads: int,
    max_body: int,
    query_workers: int,
) -> None:
    """Serve the graph: SPARQL at /sparql, the query page at /, entity pages at /id/…"""
    from waitress import create_server

    from .config import ServerConfig
    from .web import create_app

    store = _store(store_dir, store_update)
    if not store.exists():
        _fail(f"no graph in {store.label}: run `zonegraph build` first")
    if store.manifest() is None:
        click.echo(
            f"warning: the graph in {store.label} has no build manifest: it was not written by a finished "
            "`zonegraph build` or `load` (an interrupted build?); serving it as it is",
            err=True,
        )
    cfg = ServerConfig(
        store_dir=store_dir or store.root,
        store_update=store_update,
        query_timeout=query_timeout,
        max_rows=max_rows,
        update_token=update_token,
        query_workers=query_workers,
        max_body=max_body,
    )
    app = create_app(cfg)
    try:
        server = create_server(app, host=host, port=port, threads=threads, ident="zonegraph")
    except OSError as exc:
        _fail(f"cannot listen on {host}:{port}: {exc.strerror or exc} (is another server on that port?)")
        return
    click.echo(f"serving {store.label} on http://{host}:{port}/ (SPARQL at /sparql)")
    server.run()


@main.command()
@click.argument("sparql", required=False)
@click.option(
    "--file", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Query file."
)
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(["table", "json", "csv", "tsv", "xml", "ttl", "nt"]),
    default="table",
    show_default=True,
)
@store_option
def query(
    sparql: str | None, query_file: Path | None, fmt: str, store_dir: str | None, store_update: str | None
) -> None:
    """Run a SPARQL query (text or --file) on the graph."""
    import pyoxigraph as ox

    from .query import QueryError, query_kind, run_query, term_text

    if query_file:
        sparql = query_file.read_text(encoding="utf-8")
    if not sparql:
        _fail("give a query, or --file FILE")
        return
    try:
        result = run_query(_store(store_dir, store_update).open(), sparql)
    except (QueryError, StoreError, RemoteError) as exc:
        _fail(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return
    kind = query_kind(result)
    out = click.get_binary_stream("stdout")
    if kind == "ASK":
        click.echo("true" if bool(result) else "false")
    elif kind == "SELECT":
        formats = {
            "json": ox.QueryResultsFormat.JSON,
            "csv": ox.QueryResultsFormat.CSV,
            "tsv": ox.QueryResultsFormat.TSV,
            "xml": ox.QueryResultsFormat.XML,
        }
        if fmt in formats:
            out.write(result.serialize(format=formats[fmt]))
        else:
            names = [v.value for v in result.variables]
            click.echo("\t".join(names))
            for row in result:
                click.echo("\t".join(term_text(row[n]) for n in names))
    else:
        rdf = ox.RdfFormat.N_TRIPLES if fmt == "nt" else ox.RdfFormat.TURTLE
        out.write(ox.serialize(result, format=rdf) or b"")


@main.command()
@click.option(
    "--format", "-f", "fmt", default="ttl", show_default=True, help="ttl, trig, nt, nq, jsonld or rdfxml."
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write (default: standard output).",
)
@store_option
def export(fmt: str, output: Path | None, store_dir: str | None, store_update: str | None) -> None:
    """Export the graph (ttl/nt/rdfxml: merged facts; trig/nq/jsonld: with every article's graph)."""
    from .export import export as do_export
    from .export import get_format

    try:
        get_format(fmt)
        do_export(_store(store_dir, store_update), fmt, output or click.get_binary_stream("stdout"))
    except (ValueError, StoreError, OSError) as exc:
        _fail(str(exc))
    if output:
        click.echo(f"wrote {output}", err=True)


@main.command()
@store_option
def validate(store_dir: str | None, store_update: str | None) -> None:
    """Check the graph against the SHACL shapes (ontology/shapes.ttl)."""
    import io

    import pyoxigraph as ox
    from rdflib import Graph

    from .validate import validate_graph

    try:
        store = _store(store_dir, store_update).open()
    except (StoreError, RemoteError) as exc:
        _fail(str(exc))
        return
    buf = io.BytesIO()
    ox.serialize(
        (q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())),
        buf,
        format=ox.RdfFormat.N_TRIPLES,
    )
    g = Graph().parse(data=buf.getvalue().decode("utf-8"), format="nt")
    v = validate_graph(g)
    if v.conforms:
        click.echo(f"conforms ({len(g)} triples checked)")
    else:
        click.echo(v.report, err=True)
        _fail(f"{v.violations} SHACL violation(s)")


@main.command()
@store_option
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def stats(store_dir: str | None, store_update: str | None, as_json: bool) -> None:
    """Counts of articles, entities by kind, relations and quads."""
    import json

    from .stats import graph_stats

    try:
        s = graph_stats(_store(store_dir, store_update).open())
    except (StoreError, RemoteError) as exc:
        _fail(str(exc))
        return
    if as_json:
        click.echo(json.dumps(s, ensure_ascii=False, indent=1))
    else:
        for k, v in s.items():
            click.echo(f"{k:<22}{v}")


@main.command()
@click.option("--entity", default=None, help="Start from this entity IRI (or a label to search for).")
@click.option("--depth", type=int, default=1, show_default=True, help="Hops from the entity.")
@click.option(
    "--query",
    "query_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Draw the result of a CONSTRUCT query in this file.",
)
@click.option("--limit", type=int, default=50, show_default=True, help="Most neighbours per node.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), required=True)
@store_option
def viz(
    entity: str | None,
    depth: int,
    query_file: Path | None,
    limit: int,
    output: Path,
    store_dir: str | None,
    store_update: str | None,
) -> None:
    """Write a self-contained HTML drawing (pyvis, works offline): an entity's neighbourhood, a CONSTRUCT
    result, or the whole graph."""
    from .analyze import entity_named
    from .query import QueryError, run_query
    from .subgraph import expand, from_triples, whole_graph
    from .viz import write_html

    try:
        store = _store(store_dir, store_update).open()
    except (StoreError, RemoteError) as exc:
        _fail(str(exc))
        return
    if entity and query_file:
        _fail("give --entity or --query, not both")
    if query_file:
        try:
            result = run_query(store, query_file.read_text(encoding="utf-8"))
        except QueryError as exc:
            _fail(str(exc).splitlines()[0])
            return
        if not hasattr(result, "__iter__") or hasattr(result, "variables"):
            _fail("--query needs a CONSTRUCT or DESCRIBE query")
        sub, title = from_triples(store, list(result)), query_file.name
    elif entity:
        try:
            iri = entity_named(store, entity)
        except KeyError as exc:
            _fail(str(exc.args[0]))
            return
        sub = expand(store, iri, depth, limit=limit)
        if not sub.nodes:
            _fail(f"not an entity of the graph: {iri}")
        title = sub.nodes[iri].label
    else:
        sub, title = whole_graph(store), "zonegraph"
    size = write_html(sub, output, title)
    click.echo(f"wrote {output}: {len(sub.nodes)} nodes, {len(sub.edges)} edges, {size // 1024} KiB")


@main.command()
@click.option("--top", type=int, default=10, show_default=True)
@click.option(
    "--path",
    "path_between",
    nargs=2,
    default=None,
    metavar="FROM TO",
    help="The shortest path between two entities, by name or IRI.",
)
@click.option("--graphml", type=click.Path(dir_okay=False, path_type=Path), help="Write GraphML for Gephi.")
@click.option("--gexf", type=click.Path(dir_okay=False, path_type=Path), help="Write GEXF for Gephi.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@store_option
def analyze(
    top: int,
    path_between: tuple[str, str] | None,
    graphml: Path | None,
    gexf: Path | None,
    as_json: bool,
    store_dir: str | None,
    store_update: str | None,
) -> None:
    """Centrality, components, communities, most invested zones, most connected people (networkx)."""
    import json

    from .analyze import analyze as run_analysis
    from .analyze import shortest_path, step_text, write_gephi

    try:
        store = _store(store_dir, store_update).open()
    except (StoreError, RemoteError) as exc:
        _fail(str(exc))
        return
    if path_between:
        try:
            steps = shortest_path(store, *path_between)
        except KeyError as exc:
            _fail(str(exc.args[0]))
            return
        if as_json:
            click.echo(json.dumps(steps, ensure_ascii=False, indent=1))
        elif not steps:
            click.echo("no path")
        for s in steps if not as_json else []:
            click.echo(step_text(s))
        return
    for out in (graphml, gexf):
        if out:
            write_gephi(store, out)
            click.echo(f"wrote {out}", err=True)
    report = run_analysis(store, top)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
        return
    click.echo(
        f"{report['nodes']} nodes, {report['edges']} edges, {report['components']} components "
        f"(largest {report['largest_component']})"
    )
    for key in ("most_invested_zones", "most_connected_people", "degree", "betweenness"):
        click.echo(f"\n{key.replace('_', ' ')}:")
        for r in report[key]:
            v = r["value"]
            shown = f"{v:,.0f}" if float(v).is_integer() else f"{v:.4f}"
            click.echo(f"  {shown:>18}  {r['label']}  ({r['kind']})")
    click.echo("\ncommunities:")
    for c in report["communities"]:
        click.echo(f"  {c['size']:>5}  " + "、".join(c["members"]))


if __name__ == "__main__":  # pragma: no cover
    main()
