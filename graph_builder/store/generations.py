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
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from graph_builder.store.state import StoreError, StoreState, atomic_write
from graph_builder.store.writer import Writer

_GEN = re.compile(r"^gen-(\d{6})$")
KEEP_GENERATIONS = 3


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
        """A SELECT over the live generation (the merged default graph), values as strings."""
        solutions = self.open_read_only().query(query)
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


__all__ = ["GenerationStore", "StoreError", "StoreState", "Writer", "atomic_write"]
