"""A labelled PNG overview of the graph, for a quick look without Gephi.

Drawn with matplotlib's Agg canvas directly (no pyplot, so no display and no
global state) in a Noto CJK font: matplotlib's default fonts have no Chinese
glyphs and would print boxes.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
from matplotlib import font_manager, rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patheffects import withStroke

from ..analysis import PALETTE
from ..atomic import atomic_write
from ..model import KnowledgeGraph

NOTO_DIR = Path("/usr/share/fonts/opentype/noto")
CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Serif CJK SC", "Noto Sans CJK", "Noto Serif CJK")
LABELS = 40
LABEL_CHARS = 16  # headlines of article nodes are cut


def _installed_cjk() -> str | None:
    names = {font.name for font in font_manager.fontManager.ttflist}
    for wanted in CJK_FAMILIES:
        found = sorted(name for name in names if name.startswith(wanted))
        if found:
            return found[0]
    return None


def cjk_family() -> str:
    """The best installed Noto CJK family (Simplified Chinese glyph forms first)."""
    if _installed_cjk() is None:
        # matplotlib's font cache may predate the fonts (installed later): add them by file.
        for path in sorted(NOTO_DIR.glob("Noto*CJK*")):
            font_manager.fontManager.addfont(path)
    family = _installed_cjk()
    if family is None:
        raise RuntimeError("no CJK font found: install fonts-noto-cjk")
    return family


def _colour(kind: str) -> tuple[float, float, float]:
    return tuple(c / 255 for c in PALETTE[kind])


def _place_labels(axes, labels: list[tuple[str, tuple[float, float], float]]) -> None:
    """Put each label above, below, right or left of its node, the first place free of earlier labels.

    Labels come most important first, so in a crowd it is a minor name that is left out.
    """
    renderer = axes.figure.canvas.get_renderer()
    placed = []
    for text, xy, gap in labels:
        text = text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1] + "…"
        for dx, dy, ha, va in ((0, gap, "center", "bottom"), (0, -gap, "center", "top"),
                               (gap, 0, "left", "center"), (-gap, 0, "right", "center")):
            label = axes.annotate(text, xy, xytext=(dx, dy), textcoords="offset points", ha=ha, va=va, fontsize=11,
                                  zorder=3, path_effects=[withStroke(linewidth=3, foreground="white")])
            box = label.get_window_extent(renderer)
            if not any(box.overlaps(other) for other in placed):
                placed.append(box)
                break
            label.remove()


def draw_png(graph: nx.Graph, path: str | Path, title: str = "", seed: int = 42) -> None:
    """Draw the largest connected component: colour by type, size by weighted degree, top nodes labelled."""
    if not graph:
        raise ValueError("nothing to draw: the graph has no nodes")
    part = graph.subgraph(max(nx.connected_components(graph), key=len))
    weighted = {node: float(total) for node, total in part.degree(weight="weight")}
    top = max(weighted.values()) or 1.0
    # Unweighted layout: NPMI weights of 1 would pull small cliques into one unreadable spot.
    position = nx.spring_layout(part, k=2.5 / len(part) ** 0.5, weight=None, iterations=300, seed=seed)
    nodes = list(part)
    diameter = {n: 5 + 25 * (weighted[n] / top) ** 0.5 for n in nodes}  # points: area grows with weighted degree
    xs, ys = zip(*(position[n] for n in nodes))
    with rc_context({"font.family": [cjk_family()]}):
        figure = Figure(figsize=(16, 12), dpi=100)
        FigureCanvasAgg(figure)
        axes = figure.add_axes((0.01, 0.01, 0.98, 0.93))
        axes.set_axis_off()
        axes.set_xlim(min(xs) - 0.08, max(xs) + 0.08)
        axes.set_ylim(min(ys) - 0.05, max(ys) + 0.05)
        for role, colour, width in ((False, "#b0b0b0", 0.8), (True, "#c03030", 2.0)):
            segments = [(position[u], position[v]) for u, v, r in part.edges(data="relation") if (r == "HOLDS_ROLE") == role]
            axes.add_collection(LineCollection(segments, colors=colour, linewidths=width, alpha=0.6, zorder=1))
        axes.scatter(xs, ys, s=[diameter[n] ** 2 for n in nodes], c=[_colour(part.nodes[n]["type"]) for n in nodes],
                     edgecolors="white", linewidths=0.8, zorder=2)
        labelled = sorted(nodes, key=lambda n: (-weighted[n], n))[:LABELS]
        _place_labels(axes, [(part.nodes[n]["label"], position[n], 3 + diameter[n] / 2) for n in labelled])
        kinds = {kind for _, kind in part.nodes(data="type")}
        handles = [Line2D([], [], marker="o", linestyle="", markersize=10, label=kind, markerfacecolor=_colour(kind),
                          markeredgecolor="white") for kind in PALETTE if kind in kinds]
        if any(r == "HOLDS_ROLE" for _, _, r in part.edges(data="relation")):
            handles.append(Line2D([], [], color="#c03030", linewidth=2, label="HOLDS_ROLE"))
        axes.legend(handles=handles, loc="lower left", fontsize=11, frameon=False)
        figure.suptitle(title or f"largest component: {len(part)} of {len(graph)} nodes", fontsize=16)
        with atomic_write(path, "wb") as stream:
            figure.savefig(stream, format="png", facecolor="white")


TIMELINE_ROWS = 40


def draw_timeline(knowledge: KnowledgeGraph, path: str | Path, title: str = "") -> None:
    """The most mentioned entities of the largest component on a time axis: a line from first to last
    appearance, a dot per period sized by its mentions, rows in order of first appearance."""
    from datetime import date

    from ..model import period_days

    graph = knowledge.to_networkx()
    dated = [n for n in knowledge.nodes if n.periods]
    if not dated:
        raise ValueError("nothing to draw on a time axis: no page has a date (see README, Time)")
    part = max(nx.connected_components(graph.subgraph(n.id for n in dated)), key=len)
    rows = sorted(sorted((n for n in dated if n.id in part), key=lambda n: (-n.mentions, n.id))[:TIMELINE_ROWS],
                  key=lambda n: (n.first_seen, -n.mentions), reverse=True)

    def middle(period: str) -> float:
        start, end = (date.fromisoformat(day).toordinal() for day in period_days(period))
        return (start + end) / 2

    top = max(count for n in rows for _, count in n.periods)
    with rc_context({"font.family": [cjk_family()]}):
        figure = Figure(figsize=(16, 3 + 0.35 * len(rows)), dpi=100)
        FigureCanvasAgg(figure)
        axes = figure.add_axes((0.16, 0.08, 0.82, 0.84))
        for y, node in enumerate(rows):
            colour = _colour(node.type)
            first, last = (date.fromisoformat(day).toordinal() for day in (node.first_seen, node.last_seen))
            axes.plot([first, last], [y, y], color=colour, linewidth=2, alpha=0.5, zorder=1)
            axes.scatter([middle(p) for p, _ in node.periods], [y] * len(node.periods), color=colour, zorder=2,
                         s=[20 + 300 * count / top for _, count in node.periods], edgecolors="white", linewidths=0.6)
        axes.set_yticks(range(len(rows)), [n.name for n in rows], fontsize=11)
        ticks = axes.get_xticks()
        axes.set_xticks(ticks, [date.fromordinal(int(t)).isoformat() if t >= 1 else "" for t in ticks], fontsize=10)
        axes.grid(axis="x", color="#dddddd")
        axes.set_ylim(-1, len(rows))
        handles = [Line2D([], [], marker="o", linestyle="", markersize=10, label=kind, markerfacecolor=_colour(kind),
                          markeredgecolor="white") for kind in PALETTE if kind in {n.type for n in rows}]
        axes.legend(handles=handles, loc="lower right", fontsize=10, frameon=False)
        figure.suptitle(title or f"first to last appearance, mentions per period: {len(rows)} entities", fontsize=15)
        with atomic_write(path, "wb") as stream:
            figure.savefig(stream, format="png", facecolor="white")
