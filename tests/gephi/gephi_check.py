"""Open a GraphML file with Gephi's own engine (gephi-toolkit, headless) from Python tests.

``gephi_import(path)`` runs ./check next to this file (which installs the toolkit on first use)
and returns its JSON: issues, nodes, edges, directed, directed_edges, node_columns, edge_columns,
labels, node_attributes, edge_weights, edge_attributes, node_colors, node_sizes.
"""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

CHECK = Path(__file__).resolve().parent / "check"


class GephiImportError(RuntimeError):
    """Gephi could not import the file (malformed XML, no importer, ...) or the check failed."""


def gephi_import(path: str | os.PathLike, timeout: float = 900) -> dict:
    # Generous timeout: the first call downloads the toolkit (~80 MB) from Maven Central.
    proc = subprocess.run([str(CHECK), os.fspath(path)], capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout)
    if proc.returncode != 0:
        raise GephiImportError(f"gephi check exited {proc.returncode}: {proc.stderr.strip()[-2000:]}")
    return json.loads(proc.stdout)
