"""`policykg serve`: the endpoint and pages under waitress."""

from __future__ import annotations

import click

from graph_builder.cli.options import STORE_SPEC
from graph_builder.store.generations import StoreError


@click.command()
@STORE_SPEC
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option(
    "--threads",
    default=16,
    show_default=True,
    type=int,
    help="Server threads; more than QUERY_WORKERS + QUERY_QUEUE, so pages never wait.",
)
def serve(store_spec: str, host: str, port: int, threads: int) -> None:
    """Serve the SPARQL endpoint and pages with waitress (a production WSGI server).

    Ctrl-C or SIGTERM stops it cleanly: query workers included, exit status 0."""
    import logging

    from endpoint import create_app
    from endpoint.serving import serve as serve_app
    from endpoint.sources.store import check_servable

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")

    app = create_app({"STORE_PATH": str(store_spec)})
    try:  # fail fast with a clear message
        check_servable(app)
    except StoreError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"PolicyKG on http://{host}:{port}/ (store {store_spec})")
    serve_app(app, host=host, port=port, threads=threads)
