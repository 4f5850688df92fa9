"""Batches of articles through extraction and validation, failing one article at a time.

A chunk is extracted as a whole (spaCy's nlp.pipe is cheaper per call than per article);
when a chunk fails, its articles are retried alone so that only the culprits are reported
and the rest of the chunk still loads.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pyoxigraph as ox

from graph_builder.extract.model import Extraction
from graph_builder.ingest.article import Article
from graph_builder.rdf.oxconvert import graph_from_ox
from graph_builder.validate.shacl import Validator

if TYPE_CHECKING:
    from graph_builder.build.report import BuildReport

log = logging.getLogger(__name__)
T = TypeVar("T")
Extractor = Callable[[Sequence[Article]], list[Extraction]]


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Bounded batches: memory stays flat however many articles a build has."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_safely(
    extract: Extractor, chunk: list[tuple[Path, Article]], report: BuildReport
) -> list[tuple[Path, Article, Extraction]]:
    """One article that breaks the extractor is reported; the others still get extracted."""
    try:
        extractions = extract([article for _, article in chunk])
    except Exception as e:
        if len(chunk) == 1:
            report.failed.append((str(chunk[0][0]), f"extraction failed: {type(e).__name__}: {e}"))
            return []
        return [item for one in chunk for item in extract_safely(extract, [one], report)]
    return [(p, a, ex) for (p, a), ex in zip(chunk, extractions, strict=True)]


Extracted = list[tuple[Path, Article, Extraction]]


def extracted_chunks(
    extract: Extractor, batches: Iterable[list[tuple[Path, Article]]], report: BuildReport
) -> Iterator[Extracted]:
    """Batches through the extractor, in order. An extractor with `submit(articles)`
    (returning a zero-argument callable that waits for the result) works on the next
    batch while the caller validates and loads this one."""
    submit = getattr(extract, "submit", None)
    if submit is None:
        for batch in batches:
            yield extract_safely(extract, batch, report)
        return
    pending: tuple[list[tuple[Path, Article]], Callable[[], list[Extraction]]] | None = None
    for batch in batches:
        ahead = (batch, submit([article for _, article in batch]))
        if pending is not None:
            yield _collect(extract, *pending, report)
        pending = ahead
    if pending is not None:
        yield _collect(extract, *pending, report)


def _collect(
    extract: Extractor,
    batch: list[tuple[Path, Article]],
    wait: Callable[[], list[Extraction]],
    report: BuildReport,
) -> Extracted:
    try:
        extractions = wait()
    except Exception:  # find the culprit: again, one article at a time
        return extract_safely(extract, batch, report)
    return [(p, a, ex) for (p, a), ex in zip(batch, extractions, strict=True)]


Graph = tuple[Path, Article, list[ox.Quad]]


def validated(
    validator: Validator | None,
    graphs: list[Graph],
    report: BuildReport,
    screened: Collection[int] = (),
) -> list[Graph]:
    """SHACL per article: a violation keeps that article out, with the report.

    The compiled screen checks the whole batch at once (except the graphs in `screened`,
    which a Dask worker screened already); pySHACL (the reference) decides on, and
    reports, only the graphs the screen flags."""
    if validator is None:
        return graphs
    rest = [i for i in range(len(graphs)) if i not in screened]
    suspects = {rest[i] for i in validator.suspects([graphs[i][2] for i in rest])}
    valid = []
    for i, (path, article, quads) in enumerate(graphs):
        if i not in suspects:
            valid.append((path, article, quads))
            continue
        result = validator.check_graph(graph_from_ox(quads))
        if result.conforms:
            log.warning("%s: flagged by the SPARQL screen, passed by pySHACL; loaded", path)
            valid.append((path, article, quads))
        else:
            report.failed.append(
                (str(path), f"SHACL: {result.violations} violation(s)\n{result.text}")
            )
    return valid
