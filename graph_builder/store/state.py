"""A generation's own record (article hashes, IRI registry, build info) and the store's
error, apart from the generations themselves so that the writer can use them too."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


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


def atomic_write(path: Path, text: str) -> None:
    """Write-then-rename, fsynced, so a reader sees the old or the new file, never half."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    tmp.replace(path)
