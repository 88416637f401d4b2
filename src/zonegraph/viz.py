"""Self-contained HTML drawings of the graph with pyvis: one file that works with no network."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from markupsafe import escape

from .config import RESOURCES
from .subgraph import COLOURS, Subgraph

VENDOR = Path(__file__).resolve().parent / "web" / "static" / "vendor"
PHYSICS_LIMIT = 300  # above this many nodes the layout is computed in Python and physics is off


def _layout(sub: Subgraph) -> dict[str, tuple[float, float]]:
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(sub.nodes)
    g.add_edges_from((e.source, e.target) for e in sub.edges.values())
    iterations = 50 if len(g) < 1000 else 15
    pos = nx.spring_layout(g, iterations=iterations, seed=7)
    scale = 60 * max(10.0, len(g) ** 0.5)
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in pos.items()}


def network(sub: Subgraph, title: str = "zonegraph"):  # noqa: ANN201 - pyvis Network
    """A directed pyvis network (pyvis' undirected mode would merge parallel edges)."""
    from pyvis.network import Network

    net = Network(
        height="85vh", width="100%", directed=True, cdn_resources="in_line", heading=str(escape(title))
    )
    big = len(sub.nodes) > PHYSICS_LIMIT
    pos = _layout(sub) if big else {}
    for n in sub.nodes.values():
        kw = {"x": pos[n.id][0], "y": pos[n.id][1]} if big else {}
        net.add_node(
            n.id,
            label=n.label,
            title=f"{n.label}\n{n.kind}",
            group=n.kind,
            color=COLOURS.get(n.kind, "#aaaaaa"),
            shape="dot",
            size=12,
            **kw,
        )
    for e in sub.edges.values():
        if e.source in sub.nodes and e.target in sub.nodes:
            tip = e.label + (f"\n“{e.sentence}”" if e.sentence else "")
            net.add_edge(
                e.source, e.target, label=e.label if len(e.label) <= 12 else "", title=tip, arrows="to"
            )
    net.set_options(_options(physics=not big))
    env = Environment(loader=FileSystemLoader([str(RESOURCES / "pyvis"), str(VENDOR)]), autoescape=False)
    env.policies["json.dumps_kwargs"] = {
        "ensure_ascii": False,
        "sort_keys": False,
    }  # readable; <>& still escaped
    net.templateEnv = env
    net.path = "template.html"
    return net


def _options(physics: bool) -> str:
    import json

    return json.dumps(
        {
            "nodes": {
                "font": {"face": "Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif", "size": 13},
                "widthConstraint": {"maximum": 140},
            },
            "edges": {
                "font": {"size": 10, "align": "middle"},
                "smooth": {"type": "dynamic" if physics else "continuous"},
                "color": {"color": "#99a"},
            },
            # pyvis drops a node's colour when it has a group: the colours go by group, as in /graph
            "groups": {kind: {"color": colour} for kind, colour in COLOURS.items()},
            "physics": {"enabled": physics, "stabilization": {"iterations": 150}},
            "interaction": {"hover": True, "tooltipDelay": 150},
        }
    )


def write_html(sub: Subgraph, out: Path, title: str = "zonegraph") -> int:
    """Write the drawing as one UTF-8 HTML file; returns its size in bytes."""
    html = network(sub, title).generate_html(name=out.name)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(out)
    return out.stat().st_size
