"""A realistic N-quad dataset of any size: the graph built from data/raw, its article
graphs copied with renamed IRIs until the size is reached.

Copies keep the real shapes (policies with numbers and periods, targets, events, people,
Web Annotation mentions), so the example queries in queries/ return rows at every size.
Ontology and gazetteer graphs are kept once. Deterministic: copy k renames every
entity and article graph IRI with the suffix "-rk".
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from graph_builder.build import build
from graph_builder.config import DEFAULT_RAW, BuildConfig
from graph_builder.store import GenerationStore
from graph_builder.storeops import export_store

BASE = "https://w3id.org/policykg/"
SHARED_GRAPHS = (f"<{BASE}graph/ontology>", f"<{BASE}graph/vocab>")
RENAMED = re.compile(r"<(" + re.escape(BASE) + r"(?:id|graph)/[^>#]*)")


def built_lines(raw: Path = DEFAULT_RAW) -> tuple[list[str], list[str]]:
    """(shared lines, per-copy lines) of the N-Quads export of a fresh build of `raw`."""
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "store"
        build([raw], BuildConfig(store_path=store))
        dump = Path(folder) / "dump.nq"
        with dump.open("wb") as handle:
            export_store(GenerationStore(store).open_read_only(), "nq", handle)
        lines = dump.read_text(encoding="utf-8").splitlines()
    shared = [line for line in lines if line.rstrip(" .").endswith(SHARED_GRAPHS)]
    return shared, [line for line in lines if not line.rstrip(" .").endswith(SHARED_GRAPHS)]


def write_dataset(path: Path, size: int, *, raw: Path = DEFAULT_RAW) -> int:
    """Write about `size` quads (never fewer than one copy) to `path`; returns the count."""
    shared, per_copy = built_lines(raw)
    written = 0
    with path.open("w", encoding="utf-8") as out:
        for line in shared[: max(0, size - len(per_copy))]:
            out.write(line + "\n")
            written += 1
        copy = 0
        while written < size:
            renamed = f"<\\1-r{copy}"
            for line in per_copy[: size - written]:
                out.write(RENAMED.sub(renamed, line) + "\n")
                written += 1
            copy += 1
    return written
