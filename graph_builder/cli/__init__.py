"""The `policykg` command line: thin wrappers that parse flags and call library code.

The only place that reads flags; relative paths are taken against the directory the
command runs in. Sits on top: nothing in graph_builder/ or endpoint/ imports it.
Commands live in one module per group (fetching, building, reading, serving); the group
itself is made here and the commands are added to it, so no command module imports this one.
"""

from __future__ import annotations

import click

from graph_builder import __version__
from graph_builder.cli import building, fetching, reading, serving

COMMANDS = (
    fetching.fetch,
    building.build,
    building.extract,
    building.evaluate,
    building.load,
    reading.validate,
    reading.query,
    reading.export,
    reading.stats,
    serving.serve,
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="policykg")
def main() -> None:
    """PolicyKG: Vietnamese policy news to a linked, queryable RDF knowledge graph."""


for _command in COMMANDS:
    main.add_command(_command)
