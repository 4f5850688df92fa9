"""A realistic N-quad dataset of any size: the graph built from data/raw, its article
graphs copied with renamed IRIs until the size is reached.

Copies keep the real shapes (policies with numbers and periods, targets, events, people,
Web Annotation mentions), so the example queries in queries/ return rows at every size,
including those that name an entity of data/raw (copy 0 keeps the original IRIs).
Ontology and gazetteer graphs are kept once. Deterministic: copy k >= 1 renames every
entity and article graph IRI (the meta graph's too) with the suffix "-rk".
"""

from __future__ import annotations

import functools
import re
import tempfile
from pathlib import Path

from graph_builder.build.builder import build
from graph_builder.config import BuildConfig
from graph_builder.store.generations import GenerationStore
from graph_builder.store.ops import export_store

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"  # not the CWD's
BASE = "https://w3id.org/policykg/"
SHARED_GRAPHS = (f"<{BASE}graph/ontology>", f"<{BASE}graph/vocab>")
RENAMED = re.compile(r"<(" + re.escape(BASE) + r"(?:id|graph)/[^>#]*)")


@functools.cache
def built_lines(raw: Path = RAW) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(shared lines, per-copy lines) of the N-Quads export of a fresh build of `raw`.

    Cached: the growth benchmark writes several sizes and a build costs seconds.
    """
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "store"
        build([raw], BuildConfig(store_path=store))
        dump = Path(folder) / "dump.nq"
        with dump.open("wb") as handle:
            export_store(GenerationStore(store).open_read_only(), "nq", handle)
        lines = dump.read_text(encoding="utf-8").splitlines()
    if not any(_graph_of(line) not in SHARED_GRAPHS for line in lines):
        raise ValueError(f"no article graph built from {raw}: nothing to copy")
    shared = tuple(line for line in lines if _graph_of(line) in SHARED_GRAPHS)
    return shared, tuple(line for line in lines if _graph_of(line) not in SHARED_GRAPHS)


def _graph_of(line: str) -> str:
    return line.rstrip(" .").rsplit(" ", 1)[-1]


def copy_of(lines: tuple[str, ...], copy: int) -> list[str]:
    """Copy 0 is data/raw itself; copy k renames its IRIs with "-rk"."""
    if copy == 0:
        return list(lines)
    return [RENAMED.sub(f"<\\1-r{copy}", line) for line in lines]


def write_dataset(path: Path, size: int, *, raw: Path = RAW) -> int:
    """Write `size` distinct quads to `path` (the shared graphs first, cut if size is
    smaller than them and one copy); returns the count."""
    shared, per_copy = built_lines(raw)
    written = 0
    seen: set[str] = set()  # a default-graph triple naming nothing renamed recurs per copy
    with path.open("w", encoding="utf-8") as out:
        for line in shared[: max(0, size - len(per_copy))]:
            out.write(line + "\n")
            written += 1
        copy = 0
        while written < size:
            for line in copy_of(per_copy, copy):
                if written == size:
                    break
                if line not in seen:
                    seen.add(line)
                    out.write(line + "\n")
                    written += 1
            copy += 1
    return written
