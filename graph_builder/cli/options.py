"""Options and helpers shared by the command groups."""

from __future__ import annotations

from pathlib import Path

import click
import pyoxigraph as ox

from graph_builder.config import (
    DEFAULT_STORE,
)
from graph_builder.store.generations import GenerationStore, StoreError

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


def open_read_only(store_path: Path) -> ox.Store:
    try:
        return GenerationStore(store_path).open_read_only()
    except StoreError as e:
        raise click.ClickException(str(e)) from e
