"""PolicyKG web app: a read-only SPARQL 1.1 endpoint and pages for browsing the graph."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask

from graph_builder.config import DEFAULT_BASE_IRI, DEFAULT_STORE
from graph_builder.store.remote import is_remote

DEFAULTS: dict[str, Any] = {
    "STORE_PATH": str(DEFAULT_STORE),
    "BASE_IRI": DEFAULT_BASE_IRI,
    "QUERY_TIMEOUT_S": 10.0,  # wall clock; the worker running the query is killed after it
    "QUERY_WORKERS": 4,  # two heavy clients hold two at most (QUERIES_PER_CLIENT)
    "QUERIES_PER_CLIENT": 1,  # running or waiting at once; the next waits, then 429
    "CLIENT_WAIT_S": 2.0,  # how long a client's next query waits for its previous one
    "QUERY_QUEUE": 4,  # requests waiting for a worker past QUERY_WORKERS; more: 503
    "QUERY_MEMORY_MIB": 2048,  # data segment per query worker; past it the worker dies. 0: none
    "MAX_RESULT_ROWS": 10_000,  # reported to the client when hit, never silent
    "MAX_RESULT_BYTES": 64 * 1024 * 1024,  # of values held by a worker; reported likewise
    "MAX_QUERY_BYTES": 64 * 1024,
    "MAX_CONTENT_LENGTH": 1024 * 1024,  # Flask answers 413 above this
    "RATE_LIMIT_PER_MINUTE": 120,  # per client address; 0 disables
    "DUMPS_DIR": None,  # None: <STORE_PATH>/dumps, so dumps go when the store goes
    "BULK_WAIT_S": 10.0,  # a request waits this long for VoID counts or a dump, then 503
    "BULK_TIMEOUT_S": 600.0,  # making them goes on in a process killed after this
    "JSON_AS_ASCII": False,
    "TRUSTED_PROXIES": 0,  # reverse proxies in front that set X-Forwarded-For/-Proto/-Host
    # dcterms:license of the dataset (VoID, /dumps/): the project's own licence, as the
    # ontology's; set it to the data's licence where the sources ask for another.
    "DATA_LICENSE": "https://www.apache.org/licenses/LICENSE-2.0",
}
PATH_SETTINGS = ("STORE_PATH", "DUMPS_DIR")


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """App factory: defaults, then instance/config.py, then POLICYKG_* environment variables
    (POLICYKG_QUERY_TIMEOUT_S=30, POLICYKG_RATE_LIMIT_PER_MINUTE=0: values are JSON), then
    `test_config`. Relative paths, instance/ included, are the working directory's."""
    app = Flask(__name__, instance_path=str(Path.cwd() / "instance"), instance_relative_config=True)
    app.config.from_mapping(DEFAULTS)
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
    app.config.from_prefixed_env("POLICYKG")
    if test_config is not None:
        app.config.update(test_config)
    proxies = int(app.config["TRUSTED_PROXIES"])
    if proxies:  # rate limits and the per-client query cap must see the client, not the proxy
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies
        )
    resolve_paths(app.config)

    from endpoint import errors, health
    from endpoint.bulk import dumps, service
    from endpoint.pages import browse, labels_api, search, site, timeline
    from endpoint.pages import entity as pages
    from endpoint.pages import graph as graphview
    from endpoint.pages import ontology as ontology_doc
    from endpoint.sources import store
    from endpoint.sparql import limits
    from endpoint.sparql import views as sparql

    store.init_app(app)
    limits.init_app(app)
    errors.init_app(app)
    site.init_app(app)
    blueprints = (
        sparql.bp,
        service.bp,
        dumps.bp,
        pages.bp,
        search.bp,
        graphview.bp,
        health.bp,
        ontology_doc.bp,
        timeline.bp,
        browse.bp,
        site.bp,
        labels_api.bp,
    )
    for blueprint in blueprints:
        app.register_blueprint(blueprint)
    return app


def resolve_paths(config: dict[str, Any]) -> None:
    """Make the store and dumps paths absolute against the working directory, where the
    user typed them: Flask's `send_file` would otherwise resolve a relative path against
    the endpoint package (`policykg serve --store data/store` gave 500 on every dump)."""
    for key in PATH_SETTINGS:
        value = config.get(key)
        if value and not is_remote(str(value)):
            config[key] = str(Path(value).expanduser().absolute())
