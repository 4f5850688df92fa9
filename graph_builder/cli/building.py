"""Commands that make graphs: build from articles, extract to files, evaluate, load RDF."""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

import click

from graph_builder.cli.options import STORE, STORE_SPEC
from graph_builder.config import (
    DEFAULT_BASE_IRI,
    DEFAULT_RAW,
    VOCAB_DIR,
    BuildConfig,
)
from graph_builder.store.generations import GenerationStore, StoreError
from graph_builder.store.remote import is_remote


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@STORE_SPEC
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True)
@click.option("--vocab-dir", type=click.Path(path_type=Path), default=VOCAB_DIR)
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation (not recommended).")
@click.option("--prune", is_flag=True, help="Remove stored articles that are not in PATHS.")
@click.option("--no-pyvi", is_flag=True, help="Whitespace tokeniser instead of pyvi (faster).")
@click.option(
    "--workers",
    type=int,
    default=1,
    show_default=True,
    help="Extract on a local Dask cluster of this many processes (1: in process).",
)
@click.option("--scheduler", help="Address of a Dask scheduler to extract on (tcp://HOST:PORT).")
def build(
    paths: tuple[Path, ...],
    store_spec: str,
    base_iri: str,
    vocab_dir: Path,
    no_validate: bool,
    prune: bool,
    no_pyvi: bool,
    workers: int,
    scheduler: str | None,
) -> None:
    """Build the graph from articles (default data/raw), incrementally by content hash."""
    from tqdm import tqdm

    from graph_builder.build.builder import build as run_build

    config = BuildConfig(
        base_iri=base_iri,
        vocab_dir=vocab_dir,
        store_path=store_spec if is_remote(store_spec) else Path(store_spec),
        validate=not no_validate,
        use_pyvi=not no_pyvi,
    )
    with contextlib.ExitStack() as stack:
        extractor = None
        if workers > 1 or scheduler:
            from graph_builder.build.distributed import DaskExtractor

            extractor = stack.enter_context(
                DaskExtractor(config, workers=workers, scheduler=scheduler)
            )
        try:
            report = run_build(
                list(paths) or [DEFAULT_RAW],
                config,
                prune=prune,
                extractor=extractor,
                progress=lambda files: tqdm(files, desc="articles", unit="file"),
            )
        except StoreError as e:
            raise click.ClickException(str(e)) from e
        except OSError as e:  # disk full, permissions: the unpublished generation is gone
            raise click.ClickException(
                f"cannot write the store {store_spec}: {e.strerror or e}; "
                "the live generation is unchanged"
            ) from e
    for path, reason in report.failed:
        click.echo(f"FAILED {path}: {reason}", err=True)
    if report.rebuilt_all:
        click.echo("the extraction (code, word lists or gazetteers) changed: rebuilt every article")
    click.echo(
        f"generation {report.generation}: {len(report.built)} built, "
        f"{len(report.skipped)} unchanged, {len(report.removed)} removed, "
        f"{len(report.failed)} failed"
    )
    for kind, count in sorted(report.entities.items()):
        click.echo(f"  {kind:<14}{count:>8}")
    click.echo(f"  {'quads':<14}{report.triples:>8}")
    for name, iri, other in report.candidates:
        click.echo(f"possibly the same, kept apart: <{iri}> <{other}> (both named {name!r})")
    if report.seconds:
        click.echo(
            f"published in {report.seconds['published']:.2f} s, "
            f"with network analytics {report.seconds['total']:.2f} s"
        )
    if report.failed and not (report.built or report.skipped):
        sys.exit(1)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["gold-json", "trig", "jsonld"]),
    default="gold-json",
    show_default=True,
)
@click.option("--out", type=click.Path(path_type=Path), required=True, help="Output directory.")
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True)
def extract(paths: tuple[Path, ...], fmt: str, out: Path, base_iri: str) -> None:
    """Extract entities and relations, one output file per article (no store)."""
    from graph_builder.build.exporting import write_extractions

    failures = write_extractions(list(paths), fmt=fmt, out=out, base_iri=base_iri)
    for path, reason in failures:
        click.echo(f"FAILED {path}: {reason}", err=True)


@click.command()
@click.option("--gold", type=click.Path(exists=True, path_type=Path), required=True)
@click.option("--pred", type=click.Path(exists=True, path_type=Path), required=True)
@click.option("--mismatches", type=click.Path(path_type=Path), help="Write missed/spurious items.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable scores.")
@click.option("--by-predicate", is_flag=True, help="Also relations per predicate.")
def evaluate(
    gold: Path, pred: Path, mismatches: Path | None, as_json: bool, by_predicate: bool
) -> None:
    """Score predictions against gold annotations (per type P/R/F1, macro F1)."""
    from graph_builder.evaluate.scoring import score_dirs

    report = score_dirs(gold, pred)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
    else:
        click.echo(report.format_table())
        if by_predicate:
            click.echo(report.format_predicates())
    if mismatches:
        report.write_mismatches(mismatches)


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--graph", help="Named graph IRI for triple formats (default: default graph).")
@click.option("--replace", is_flag=True, help="Empty the target graph first.")
@STORE
def load(files: tuple[Path, ...], graph: str | None, replace: bool, store_path: Path) -> None:
    """Load RDF files (Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD) into the store."""
    from graph_builder.rdf.iris import IRIError, check_iri
    from graph_builder.store.loader import LoadError, load_files

    try:
        if graph:
            check_iri(graph)
        total = load_files(
            list(files), store=GenerationStore(store_path), graph=graph, replace=replace
        )
    except (LoadError, StoreError, IRIError) as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"loaded {len(files)} file(s); the store holds {total} quads")
