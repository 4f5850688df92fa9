"""Commands that read a built store: validate, query, export, stats."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from graph_builder.cli.options import STORE, open_read_only
from graph_builder.store.generations import GenerationStore


@click.command()
@STORE
def validate(store_path: Path) -> None:
    """Validate every article graph in the store against the SHACL shapes."""
    from graph_builder.store.ops import validate_store

    failures = validate_store(open_read_only(store_path))
    for graph, text in failures:
        lines = text.splitlines()
        more = f"\n... ({len(lines) - 40} more lines)" if len(lines) > 40 else ""
        click.echo(f"VIOLATION in {graph}:\n" + "\n".join(lines[:40]) + more, err=True)
    click.echo(f"{len(failures)} graph(s) with violations")
    sys.exit(1 if failures else 0)


@click.command()
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
    """Run a SPARQL query; the default graph is the merge of all graphs, each fact once."""
    from graph_builder.store.ops import run_query

    try:
        sys.stdout.buffer.write(run_query(open_read_only(store_path), sparql, fmt))
    except (SyntaxError, ValueError) as e:
        raise click.ClickException(str(e)) from e


@click.command()
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
    """Dump the graph (quads formats keep every graph; others give the merged default graph)."""
    from graph_builder.store.ops import export_store

    if out is None:
        export_store(open_read_only(store_path), fmt, sys.stdout.buffer)
        return
    with out.open("wb") as handle:
        export_store(open_read_only(store_path), fmt, handle)


@click.command()
@STORE
def stats(store_path: Path) -> None:
    """Counts: quads, graphs, articles, entities by class, last build."""
    from graph_builder.store.ops import store_stats

    click.echo(
        json.dumps(
            store_stats(open_read_only(store_path), GenerationStore(store_path).state()),
            ensure_ascii=False,
            indent=1,
        )
    )
