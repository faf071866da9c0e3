"""A labelled PNG overview of the graph, for a quick look without Gephi.

Drawn with matplotlib's Agg canvas directly (no pyplot, so no display and no
global state) in a Noto CJK font: matplotlib's default fonts have no Chinese
glyphs and would print boxes.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patheffects import withStroke
from matplotlib import rc_context

from ..analysis import PALETTE
from .atomic import atomic_write

NOTO_DIR = Path("/usr/share/fonts/opentype/noto")
CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Serif CJK SC", "Noto Sans CJK", "Noto Serif CJK")
LABELS = 40


def cjk_family() -> str:
    """The best installed Noto CJK family (Simplified Chinese glyph forms first)."""
    for attempt in range(2):
        names = {font.name for font in font_manager.fontManager.ttflist}
        for wanted in CJK_FAMILIES:
            found = sorted(name for name in names if name.startswith(wanted))
            if found:
                return found[0]
        # matplotlib's font cache predates the fonts (installed later): add them by file.
        for path in sorted(NOTO_DIR.glob("Noto*CJK*")) if attempt == 0 else ():
            font_manager.fontManager.addfont(path)
    raise RuntimeError("no CJK font found: install fonts-noto-cjk")


def draw_png(graph: nx.Graph, path: str | Path, title: str = "", seed: int = 42) -> None:
    """Draw the largest connected component: colour by type, size by weighted degree, top nodes labelled."""
    if not graph:
        raise ValueError("nothing to draw: the graph has no nodes")
    part = graph.subgraph(max(nx.connected_components(graph), key=len))
    weighted = {node: float(total) for node, total in part.degree(weight="weight")}
    top = max(weighted.values()) or 1.0
    position = nx.spring_layout(part, k=2.5 / len(part) ** 0.5, weight=None, iterations=300, seed=seed)
    nodes = list(part)
    radius = {n: 5 + 25 * (weighted[n] / top) ** 0.5 for n in nodes}  # points; area grows with weighted degree
    labelled = sorted(nodes, key=lambda n: (-weighted[n], n))[:LABELS]
    with rc_context({"font.family": [cjk_family()]}):
        figure = Figure(figsize=(16, 12), dpi=100)
        FigureCanvasAgg(figure)
        axes = figure.add_axes((0.01, 0.01, 0.98, 0.93))
        axes.set_axis_off()
        for relation, colour, width in (("CO_OCCURS", "#b0b0b0", 0.8), ("HOLDS_ROLE", "#c03030", 2.0)):
            segments = [(position[u], position[v]) for u, v, r in part.edges(data="relation") if r == relation]
            axes.add_collection(LineCollection(segments, colors=colour, linewidths=width, alpha=0.6, zorder=1))
        axes.scatter([position[n][0] for n in nodes], [position[n][1] for n in nodes], zorder=2,
                     s=[radius[n] ** 2 for n in nodes], edgecolors="white", linewidths=0.8,
                     c=[tuple(c / 255 for c in PALETTE[part.nodes[n]["type"]]) for n in nodes])
        for node in labelled:
            x, y = position[node]
            axes.annotate(part.nodes[node]["label"], (x, y), xytext=(0, 4 + 0.5 * radius[node]), textcoords="offset points",
                          fontsize=11, ha="center", va="bottom", zorder=3, path_effects=[withStroke(linewidth=3, foreground="white")])
        types = [t for t in PALETTE if any(d == t for _, d in part.nodes(data="type"))]
        handles = [Line2D([], [], marker="o", linestyle="", markersize=10, label=t,
                          markerfacecolor=tuple(c / 255 for c in PALETTE[t]), markeredgecolor="white") for t in types]
        handles.append(Line2D([], [], color="#c03030", linewidth=2, label="HOLDS_ROLE"))
        axes.legend(handles=handles, loc="lower left", fontsize=11, frameon=False)
        figure.suptitle(title or f"largest component: {len(part)} of {len(graph)} nodes", fontsize=16)
        with atomic_write(path, "wb") as stream:
            figure.savefig(stream, format="png", facecolor="white")
