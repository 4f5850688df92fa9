"""The on-disk store: immutable generations of an embedded Oxigraph database.

Why generations: pyoxigraph says opening a store read-only while another process
writes it is undefined behaviour, and a build killed half-way must never leave a
half-written graph. So a writer clones the current generation (a RocksDB checkpoint,
hard links), changes the clone, and only then points `CURRENT` at it with an atomic
rename. Readers (the endpoint and its query workers) open generations read-only and
reopen when `CURRENT` changes; a killed build leaves `CURRENT` where it was.

Layout::

    data/store/CURRENT            name of the live generation ("gen-000003")
    data/store/LOCK               flock held by the one writer
    data/store/gen-000003/        an Oxigraph database
    data/store/gen-000003.json    its state: article hashes, IRI registry, build info
    data/store/gen-000003.analytics.json   its network analytics (graph_builder/analytics)

Clean-up: a build killed before publishing leaves a generation newer than `CURRENT`;
the next writer removes every such unpublished generation under the lock before it
clones, and after publishing keeps the live generation and the newest published ones
before it (readers may still hold them), with their state and analytics files; files
of generations that no longer exist are removed too.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

_GEN = re.compile(r"^gen-(\d{6})$")
KEEP_GENERATIONS = 3
BULK_FROM = 2_000  # quads: below this a transaction is cheaper than the bulk loader


class StoreError(RuntimeError):
    """The store is missing, corrupt, or locked by another writer."""


@dataclass
class StoreState:
    """What a generation knows about its own content."""

    articles: dict[str, str] = field(default_factory=dict)  # article id -> sha256
    minted: dict[str, str] = field(default_factory=dict)  # "kind/slug" -> owning key
    info: dict[str, Any] = field(default_factory=dict)  # last build: time, version, counts

    @classmethod
    def load(cls, path: Path) -> StoreState:
        if not path.exists():
            return cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise StoreError(f"corrupt store state {path}: {e}") from e
        return cls(raw.get("articles", {}), raw.get("minted", {}), raw.get("info", {}))

    def dump(self, path: Path) -> None:
        data = {"articles": self.articles, "minted": self.minted, "info": self.info}
        atomic_write(path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))


class Writer:
    """A new generation being written; becomes live only when the `write()` block ends."""

    def __init__(self, store: ox.Store, state: StoreState, path: Path) -> None:
        self._store: ox.Store | None = store
        self.state = state
        self.path = path
        self.dirty = False  # nothing written: the clone is discarded, not published

    def close(self) -> None:
        """Drop our handle so RocksDB closes the files (pyoxigraph has no explicit close)."""
        if self._store is not None:
            self._store.flush()
        self._store = None

    @property
    def store(self) -> ox.Store:
        if self._store is None:
            raise StoreError("this generation is closed")
        return self._store

    def _writable(self) -> ox.Store:
        self.dirty = True
        return self.store

    def replace_graph(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
        """Drop a named graph and write its new quads (each step one transaction)."""
        self._writable().remove_graph(graph)
        self.store.extend(quads)

    def add(self, quads: list[ox.Quad]) -> None:
        """Large batches by the bulk loader (3x faster, not transactional: the generation is
        private until published); small ones in a transaction (the bulk loader's fixed
        cost is about 20 ms)."""
        if len(quads) >= BULK_FROM:
            self._writable().bulk_extend(quads)
        else:
            self._writable().extend(quads)

    def drop_graph(self, graph: ox.NamedNode) -> None:
        self._writable().remove_graph(graph)

    def remove_about(self, graph: ox.NamedNode, subjects: list[ox.NamedNode]) -> None:
        """Remove every quad of `graph` whose subject is one of `subjects`."""
        for subject in subjects:
            for quad in list(self.store.quads_for_pattern(subject, None, None, graph)):
                self._writable().remove(quad)

    def load_file(self, path: Path, fmt: ox.RdfFormat, graph: ox.NamedNode | None) -> None:
        """Bulk load (fast, not transactional: the generation swap makes it atomic)."""
        self._writable().bulk_load(path=str(path), format=fmt, to_graph=graph)


class GenerationStore:
    """Opens, clones and publishes generations under one root directory."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)

    @property
    def current_file(self) -> Path:
        return self.root / "CURRENT"

    def current_name(self) -> str | None:
        try:
            name = self.current_file.read_text(encoding="ascii").strip()
        except FileNotFoundError:
            return None
        except OSError as e:
            raise StoreError(f"cannot read {self.current_file}: {e}") from e
        if not _GEN.match(name) or not (self.root / name).is_dir():
            raise StoreError(f"store {self.root} is corrupt: CURRENT names {name!r}")
        return name

    def current_path(self) -> Path | None:
        name = self.current_name()
        return self.root / name if name else None

    def exists(self) -> bool:
        return self.current_path() is not None

    def version(self) -> str | None:
        """Changes whenever a new generation is published (cheap: one small read)."""
        return self.current_name()

    def state(self) -> StoreState:
        path = self.current_path()
        return StoreState.load(path.with_suffix(".json")) if path else StoreState()

    def select(self, query: str) -> list[dict[str, str]]:
        """A SELECT over the live generation (union default graph), values as strings."""
        solutions = self.open_read_only().query(query, use_default_graph_as_union=True)
        if not isinstance(solutions, ox.QuerySolutions):
            raise TypeError("select() runs SELECT queries only")
        names = [v.value for v in solutions.variables]
        return [{n: row[n].value for n in names if row[n] is not None} for row in solutions]

    def quad_count(self) -> int:
        return len(self.open_read_only()) if self.exists() else 0

    def open_read_only(self) -> ox.Store:
        """The live generation, read-only. Raises StoreError with the reason."""
        path = self.current_path()
        if path is None:
            raise StoreError(f"no store at {self.root}: run `policykg build` first")
        try:
            return ox.Store.read_only(str(path))
        except OSError as e:
            raise StoreError(f"cannot open store {path}: {e}") from e

    @contextlib.contextmanager
    def write(self) -> Iterator[Writer]:
        """Clone the live generation, yield it for writing, publish it on success.

        On any exception (or a kill) the clone is discarded and readers keep the
        previous generation: the store is never left half written.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        with self._lock():
            current = self.current_path()
            self._remove_unpublished()
            target = self.root / self._next_name()
            state = self.state()
            writer: Writer | None = None
            try:
                if current is not None:
                    ox.Store.read_only(str(current)).backup(str(target))
                writer = Writer(ox.Store(str(target)), state, target)
                yield writer
                writer.close()
                if writer.dirty or current is None:
                    state.dump(target.with_suffix(".json"))
                    atomic_write(self.current_file, target.name + "\n")
                else:  # nothing changed: readers, dumps and analytics keep their generation
                    shutil.rmtree(target)
            except BaseException:
                if writer is not None:
                    writer._store = None
                shutil.rmtree(target, ignore_errors=True)
                target.with_suffix(".json").unlink(missing_ok=True)
                raise
            self._collect_garbage()

    def _next_name(self) -> str:
        numbers = [int(m.group(1)) for p in self.root.iterdir() if (m := _GEN.match(p.name))]
        return f"gen-{max(numbers, default=0) + 1:06d}"

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        with (self.root / "LOCK").open("a") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as e:
                raise StoreError(f"another build is writing {self.root}") from e
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _generations(self) -> list[tuple[int, Path]]:
        found = ((m, p) for p in self.root.iterdir() if (m := _GEN.match(p.name)))
        return sorted((int(m.group(1)), p) for m, p in found)

    def _live_number(self) -> int:
        live = self.current_name()
        return int(live.removeprefix("gen-")) if live else 0

    def _remove_unpublished(self) -> None:
        """Generations newer than the live one were never published: a build was killed.

        Numbers only grow and `CURRENT` moves only forward, so anything past it is
        garbage; called under the lock, no other writer can be making one."""
        live = self._live_number()
        for number, path in self._generations():
            if number > live:
                _remove_generation(path)
        self._remove_orphan_files()

    def _collect_garbage(self) -> None:
        """Keep the live generation and the newest published ones before it: a reader may
        still have an older one open. Unpublished ones were removed before cloning."""
        live = self._live_number()
        published = [path for number, path in self._generations() if number <= live]
        for old in published[:-KEEP_GENERATIONS]:
            _remove_generation(old)
        self._remove_orphan_files()

    def _remove_orphan_files(self) -> None:
        """State and analytics files whose generation folder is gone."""
        folders = {p.name for _, p in self._generations() if p.is_dir()}
        for file in self.root.glob("gen-*.json"):
            if file.name.split(".", 1)[0] not in folders:
                file.unlink(missing_ok=True)


def _remove_generation(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
    for suffix in (".json", ".analytics.json"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def atomic_write(path: Path, text: str) -> None:
    """Write-then-rename, fsynced, so a reader sees the old or the new file, never half."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    tmp.replace(path)
