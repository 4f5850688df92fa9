"""What a build tells its caller: articles built, skipped, removed, failed, and counts.

Its own module because the batching code fills it in while the builder drives it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class BuildReport:
    built: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    entities: Counter[str] = field(default_factory=Counter)
    triples: int = 0
    generation: str | None = None
    rebuilt_all: bool = False  # the extraction changed since the store's last build
    seconds: dict[str, float] = field(default_factory=dict)  # published, analytics
    # (shared name, IRI, other IRI): maybe one resource, kept apart on weak evidence
    candidates: list[tuple[str, str, str]] = field(default_factory=list)
