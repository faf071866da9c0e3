"""Shared fixtures: the real pipeline, and the graph of the seed pages built once per session."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from kg.build import BuildOptions, build
from kg.lexicons import Lexicons
from kg.nlp import build_pipeline

# Every test run extracts for real: a fresh page cache, never the user's.
os.environ["KG_CACHE_DIR"] = tempfile.mkdtemp(prefix="kg-test-cache-")
ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def lex() -> Lexicons:
    return Lexicons.load()


@pytest.fixture(scope="session")
def nlp():
    return build_pipeline()


@pytest.fixture(scope="session")
def seed_build():
    return build([str(SEEDS)], BuildOptions())


@pytest.fixture(scope="session")
def seed_graph(seed_build):
    return seed_build.knowledge.to_networkx()


def node(graph, label: str) -> dict:
    """The attributes of the node whose canonical name is ``label``."""
    found = [data for _, data in graph.nodes(data=True) if data["label"] == label]
    assert found, f"no node {label}"
    return found[0]


def node_key(graph, label: str) -> str:
    return next(n for n, data in graph.nodes(data=True) if data["label"] == label)
