"""Span filters: how rule spans and backbone spans that overlap are reconciled.

Chosen in a component's config by name, as spaCy's ``span_ruler`` chooses its
``spans_filter``: ``{"@misc": "kg.rules_then_longest.v1"}``.
"""
from __future__ import annotations

from typing import Callable, Iterable

from spacy.util import registry

Span = tuple[int, int, str]
SpanFilter = Callable[[Iterable[Span], Iterable[Span]], list[Span]]


def _greedy(ranked: Iterable[Span]) -> list[Span]:
    taken: set[int] = set()
    chosen = []
    for start, end, label in ranked:
        if taken.isdisjoint(range(start, end)):
            taken.update(range(start, end))
            chosen.append((start, end, label))
    return sorted(chosen)


@registry.misc("kg.rules_then_longest.v1")
def rules_then_longest() -> SpanFilter:
    """Rule spans win over the backbone's, then longer spans over shorter ones."""
    def choose(rule_spans: Iterable[Span], backbone_spans: Iterable[Span]) -> list[Span]:
        ranked = [(0, s) for s in rule_spans] + [(1, s) for s in backbone_spans]
        ranked.sort(key=lambda item: (item[0], item[1][0] - item[1][1], item[1][0]))
        return _greedy(span for _, span in ranked)
    return choose


@registry.misc("kg.longest.v1")
def longest() -> SpanFilter:
    """The longest span wins, whoever proposed it (ties: the earlier one)."""
    def choose(rule_spans: Iterable[Span], backbone_spans: Iterable[Span]) -> list[Span]:
        spans = sorted({*rule_spans, *backbone_spans}, key=lambda s: (s[0] - s[1], s[0]))
        return _greedy(spans)
    return choose
