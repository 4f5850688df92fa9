"""Which article files a build reads, and which of them it must (re)build.

An unchanged file is known by the hash of its bytes before any decoding, so a rebuild's
cost follows what changed; files sharing a stem are settled here too (README, "Adding
articles").
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from graph_builder.build.report import BuildReport
from graph_builder.config import ARTICLE_SUFFIXES
from graph_builder.ingest.article import Article, IngestError
from graph_builder.ingest.files import read_source
from graph_builder.ingest.reader import article_from_bytes
from graph_builder.store.generations import Writer
from graph_builder.store.remote import RemoteWriter


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Article files under the given files/directories, sorted for a stable order."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            found.add(path)
    return sorted(found)


def read_changed(
    files: Iterable[Path],
    writer: Writer | RemoteWriter,
    report: BuildReport,
    *,
    rebuild_all: bool = False,
) -> list[tuple[Path, Article]]:
    """Articles to (re)build. An unchanged file is recognised by the hash of its bytes,
    before any decoding or HTML extraction, so a rebuild's cost follows what changed;
    with `rebuild_all` (the extraction changed) every file is rebuilt.

    The article id is the file stem. Files sharing a stem (`a.html`, `a.txt`) are tried
    in path order and the first that reads becomes the article; a later one is reported,
    and one that fails does not take the id from the next (README, "Adding articles")."""
    todo: list[tuple[Path, Article]] = []
    claimed: dict[str, Path] = {}
    by_hash = {sha: article_id for article_id, sha in writer.state.articles.items()}
    for path in files:
        if path.stem in claimed:
            report.failed.append((str(path), f"same article id as {claimed[path.stem]}: skipped"))
            continue
        try:
            read = _read_one(path, writer, by_hash, rebuild=rebuild_all)
        except IngestError as e:
            report.failed.append((str(path), str(e).removeprefix(f"{path}: ")))
            continue
        claimed[path.stem] = path
        if read is None:
            report.skipped.append(path.stem)
        else:
            todo.append((path, read))
    return todo


def _read_one(
    path: Path, writer: Writer | RemoteWriter, by_hash: dict[str, str], *, rebuild: bool
) -> Article | None:
    """The article to build, None when unchanged since the last build (and not `rebuild`).

    :raise IngestError: unreadable, not a regular file, oversize, not text, or a
        duplicate of another article's content."""
    raw = read_source(path)
    article_id, sha = path.stem, hashlib.sha256(raw).hexdigest()
    if writer.state.articles.get(article_id) == sha and not rebuild:
        return None
    article = article_from_bytes(raw, path=path)
    twin = by_hash.setdefault(sha, article_id)
    if twin != article_id:
        raise IngestError(f"{path}: duplicate of article {twin} (same content)")
    return article
