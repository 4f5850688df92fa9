"""The `policykg` command line: thin wrappers that parse flags and call library code."""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

import click
import pyoxigraph as ox

from . import __version__
from .config import DEFAULT_BASE_IRI, DEFAULT_RAW, DEFAULT_STORE, VOCAB_DIR, BuildConfig
from .remote import is_remote
from .store import GenerationStore, StoreError

STORE = click.option(
    "--store",
    "store_path",
    type=click.Path(path_type=Path),
    default=DEFAULT_STORE,
    show_default=True,
    help="Store directory.",
)

STORE_SPEC = click.option(  # build and serve also take a remote SPARQL server
    "--store",
    "store_spec",
    default=str(DEFAULT_STORE),
    show_default=True,
    help="Store directory, or sparql+http://HOST:PORT/... for a remote SPARQL server.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="policykg")
def main() -> None:
    """PolicyKG: Vietnamese policy news to a linked, queryable RDF knowledge graph."""


@main.command()
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

    from .build import build as run_build

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
            from .distributed import DaskExtractor

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
    for path, reason in report.failed:
        click.echo(f"FAILED {path}: {reason}", err=True)
    click.echo(
        f"generation {report.generation}: {len(report.built)} built, "
        f"{len(report.skipped)} unchanged, {len(report.removed)} removed, "
        f"{len(report.failed)} failed"
    )
    for kind, count in sorted(report.entities.items()):
        click.echo(f"  {kind:<14}{count:>8}")
    click.echo(f"  {'quads':<14}{report.triples:>8}")
    if report.seconds:
        click.echo(
            f"published in {report.seconds['published']:.2f} s, "
            f"with network analytics {report.seconds['total']:.2f} s"
        )
    if report.failed and not (report.built or report.skipped):
        sys.exit(1)


@main.command()
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
    from .exporting import write_extractions

    failures = write_extractions(list(paths), fmt=fmt, out=out, base_iri=base_iri)
    for path, reason in failures:
        click.echo(f"FAILED {path}: {reason}", err=True)


@main.command()
@click.option("--gold", type=click.Path(exists=True, path_type=Path), required=True)
@click.option("--pred", type=click.Path(exists=True, path_type=Path), required=True)
@click.option("--mismatches", type=click.Path(path_type=Path), help="Write missed/spurious items.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable scores.")
def evaluate(gold: Path, pred: Path, mismatches: Path | None, as_json: bool) -> None:
    """Score predictions against gold annotations (per type P/R/F1, macro F1)."""
    from .evaluate import score_dirs

    report = score_dirs(gold, pred)
    click.echo(
        json.dumps(report.as_dict(), ensure_ascii=False, indent=1)
        if as_json
        else report.format_table()
    )
    if mismatches:
        report.write_mismatches(mismatches)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--graph", help="Named graph IRI for triple formats (default: default graph).")
@click.option("--replace", is_flag=True, help="Empty the target graph first.")
@STORE
def load(files: tuple[Path, ...], graph: str | None, replace: bool, store_path: Path) -> None:
    """Load RDF files (Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD) into the store."""
    from .iris import IRIError, check_iri
    from .loader import LoadError, load_files

    try:
        if graph:
            check_iri(graph)
        total = load_files(
            list(files), store=GenerationStore(store_path), graph=graph, replace=replace
        )
    except (LoadError, StoreError, IRIError) as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"loaded {len(files)} file(s); the store holds {total} quads")


@main.command()
@STORE
def validate(store_path: Path) -> None:
    """Validate every article graph in the store against the SHACL shapes."""
    from .storeops import validate_store

    failures = validate_store(_open(store_path))
    for graph, text in failures:
        lines = text.splitlines()
        more = f"\n... ({len(lines) - 40} more lines)" if len(lines) > 40 else ""
        click.echo(f"VIOLATION in {graph}:\n" + "\n".join(lines[:40]) + more, err=True)
    click.echo(f"{len(failures)} graph(s) with violations")
    sys.exit(1 if failures else 0)


@main.command()
@click.argument("sparql")
@click.option(
    "--format",
    "fmt",
    default="tsv",
    show_default=True,
    help="json|xml|csv|tsv for SELECT/ASK; ttl|nt|nq|trig|jsonld|rdf for graphs.",
)
@STORE
def query(sparql: str, fmt: str, store_path: Path) -> None:
    """Run a SPARQL query over the union of all graphs."""
    from .storeops import run_query

    try:
        sys.stdout.buffer.write(run_query(_open(store_path), sparql, fmt))
    except (SyntaxError, ValueError) as e:
        raise click.ClickException(str(e)) from e


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["nq", "trig", "ttl", "nt", "jsonld"]),
    default="nq",
    show_default=True,
)
@click.option("--out", type=click.Path(path_type=Path), help="File (default: stdout).")
@STORE
def export(fmt: str, out: Path | None, store_path: Path) -> None:
    """Dump the graph (quads formats keep the named graphs; others give the union)."""
    from .storeops import export_store

    if out is None:
        export_store(_open(store_path), fmt, sys.stdout.buffer)
        return
    with out.open("wb") as handle:
        export_store(_open(store_path), fmt, handle)


@main.command()
@STORE
def stats(store_path: Path) -> None:
    """Counts: quads, graphs, articles, entities by class, last build."""
    from .storeops import store_stats

    click.echo(
        json.dumps(
            store_stats(_open(store_path), GenerationStore(store_path).state()),
            ensure_ascii=False,
            indent=1,
        )
    )


@main.command()
@STORE_SPEC
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--threads", default=8, show_default=True, type=int)
def serve(store_spec: str, host: str, port: int, threads: int) -> None:
    """Serve the SPARQL endpoint and pages with waitress (a production WSGI server).

    Ctrl-C or SIGTERM stops it cleanly: query workers included, exit status 0."""
    import logging

    from endpoint import create_app
    from endpoint.serving import serve as serve_app
    from endpoint.store import check_servable

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")

    app = create_app({"STORE_PATH": str(store_spec)})
    try:  # fail fast with a clear message
        check_servable(app)
    except StoreError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"PolicyKG on http://{host}:{port}/ (store {store_spec})")
    serve_app(app, host=host, port=port, threads=threads)


def _open(store_path: Path) -> ox.Store:
    try:
        return GenerationStore(store_path).open_read_only()
    except StoreError as e:
        raise click.ClickException(str(e)) from e
