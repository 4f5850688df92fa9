"""/dumps/: the whole graph as files, for people who want the data rather than queries.

Each dump is written once per store generation (a generation never changes after it
is published) under `<DUMPS_DIR>/<generation>/<name>`, by default inside the store
directory so that deleting the store deletes its dumps too. Writing walks the whole
store, so it is done in a process of its own with a time and memory limit, and the
request that asked waits only so long (endpoint/bulk/background: 503 with Retry-After while
it goes on). Files are written to a temporary name and renamed, so a reader never sees
half a file; dumps of older generations are removed once the new ones exist. Files are
streamed by Flask's `send_file`, with an ETag (generation, name, size), Last-Modified,
Content-Length, Range, and 304 for If-None-Match / If-Modified-Since.

Only the names in DUMPS can be asked for: `name` is looked up in that table before
it touches a path, so no request can reach another file.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, cast

import pyoxigraph as ox
from flask import (
    Blueprint,
    Response,
    current_app,
    jsonify,
    render_template,
    request,
    send_file,
    url_for,
)
from werkzeug.exceptions import NotFound, ServiceUnavailable

from endpoint.bulk.background import background, run_bulk
from endpoint.engine.results import PREFIXES
from endpoint.sources.store import LiveStore, StoreError, live_store
from graph_builder.store.remote import is_remote

bp = Blueprint("dumps", __name__)

# The merged default graph: each fact once, and never a remote store's bookkeeping
# (graph_builder.store.remote keeps it out of the merge).
DEFAULT_GRAPH = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


@dataclass(frozen=True)
class Dump:
    media_type: str
    fmt: ox.RdfFormat
    description: str
    compressed: bool = False
    union: bool = False  # Turtle has no named graphs: write the merged default graph

    @property
    def format_name(self) -> str:
        return self.fmt.name + (" (gzip)" if self.compressed else "")


DUMPS = {
    "policykg.nq.gz": Dump(
        "application/gzip",
        ox.RdfFormat.N_QUADS,
        "Every quad: the named graphs and their merge, the default graph (N-Quads, gzip)",
        True,
    ),
    "policykg.trig": Dump("application/trig", ox.RdfFormat.TRIG, "Every named graph (TriG)"),
    "policykg.ttl": Dump(
        "text/turtle",
        ox.RdfFormat.TURTLE,
        "The merged default graph, each fact once (Turtle)",
        union=True,
    ),
    "policykg.jsonld": Dump(
        "application/ld+json", ox.RdfFormat.JSON_LD, "Every named graph (JSON-LD)"
    ),
}
HTML_OR_JSON = ["application/json", "text/html"]


@bp.get("/dumps/")
def index() -> Response:
    """The list of dumps: JSON, or a page for browsers, with the licence either way."""
    version = live_store().version
    entries = [_entry(name, spec, version) for name, spec in DUMPS.items()]
    licence = current_app.config["DATA_LICENSE"]
    if request.accept_mimetypes.best_match(HTML_OR_JSON) == "text/html":
        start_writing(version)
        page = render_template("dumps.html", dumps=entries, generation=version, licence=licence)
        response = Response(page, content_type="text/html; charset=utf-8")
    else:
        response = jsonify(generation=version, license=licence, dumps=entries)
    response.vary.add("Accept")
    return response


@bp.get("/dumps/<name>")
def dump(name: str) -> Response:
    """One dump file, generated on first request after each build.

    :raise 404: not one of DUMPS. :raise 503: no store (see endpoint/errors), or still
    being written (Retry-After), or stopped at BULK_TIMEOUT_S or QUERY_MEMORY_MIB.
    """
    spec = DUMPS.get(name)
    if spec is None:
        raise NotFound(f"No dump {name!r}. Available: {', '.join(DUMPS)}.")
    live = live_store()
    live.get(whole_graph=True)  # no store: StoreError now, not from a child process
    version = live.version or ""
    path = ensure_dump(name, version)
    stat = path.stat()
    response = send_file(
        path,
        mimetype=spec.media_type,
        conditional=True,
        etag=f"{version}-{name}-{stat.st_size}",
        last_modified=stat.st_mtime,
    )
    response.cache_control.public = True
    response.cache_control.no_cache = True  # revalidate: the URL stays, the content changes
    return response


def start_writing(version: str | None) -> None:
    """A person opening /dumps/ is about to download: start writing this generation's
    missing dumps (in the background, one at a time, as a download would) without waiting,
    so the page shows their sizes when it is next loaded. A download joins the same work."""
    if not version:
        return
    store, timeout = str(current_app.config["STORE_PATH"]), current_app.config["BULK_TIMEOUT_S"]
    for name in DUMPS:
        target = dumps_root() / version / name
        if target.exists():
            continue
        with contextlib.suppress(ServiceUnavailable, StoreError):  # under way, or failed
            background().run(
                f"the dump {name}", (name, version), write_dump, store, name, str(target),
                wait=0, timeout=float(timeout),
            )  # fmt: skip


def dumps_root() -> Path:
    configured = current_app.config.get("DUMPS_DIR")
    if configured:
        return Path(configured)
    store = str(current_app.config["STORE_PATH"])
    if is_remote(store):  # no store directory to keep them in: a private temporary one
        digest = hashlib.sha256(store.encode()).hexdigest()[:16]
        return Path(tempfile.gettempdir()) / f"policykg-dumps-{digest}"
    return Path(store) / "dumps"


def ensure_dump(name: str, version: str) -> Path:
    """The dump file for this generation, written first if needed (one writer at a time
    per name and generation in this server: endpoint/bulk/background)."""
    root = dumps_root()
    target = root / version / name
    if not target.exists():
        store = str(current_app.config["STORE_PATH"])
        run_bulk(f"the dump {name}", (name, version), write_dump, store, name, str(target))
    return target


def write_dump(store_root: str, name: str, target: str) -> None:
    """In the child process: write one dump, then drop the other generations' dumps."""
    path = Path(target)
    if not path.exists():  # written meanwhile by another server process
        _write(path, DUMPS[name], LiveStore(store_root).get(whole_graph=True))
    _remove_other_generations(path.parent.parent, keep=path.parent.name)


def _write(target: Path, spec: Dump, store: ox.Store) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as handle:
            if spec.compressed:
                with gzip.GzipFile(fileobj=handle, mode="wb", mtime=0) as zipped:
                    _serialize(store, spec, cast(IO[bytes], zipped))
            else:
                _serialize(store, spec, handle)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)


def _serialize(store: ox.Store, spec: Dump, out: IO[bytes]) -> None:
    prefixes = PREFIXES if spec.fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE) else None
    if spec.union:
        triples = store.query(DEFAULT_GRAPH)
        if isinstance(triples, ox.QuerySolutions | ox.QueryBoolean):
            raise TypeError("the union CONSTRUCT gave no triples")
        ox.serialize(triples, out, spec.fmt, prefixes=prefixes)
    else:
        store.dump(out, spec.fmt, prefixes=prefixes)


def _remove_other_generations(root: Path, *, keep: str) -> None:
    """Old dumps go once the new one exists (an open download keeps its file on POSIX)."""
    for child in root.iterdir():
        if child.is_dir() and child.name != keep:
            with contextlib.suppress(OSError):
                shutil.rmtree(child)


def _entry(name: str, spec: Dump, version: str | None) -> dict[str, object]:
    path = dumps_root() / version / name if version else None
    return {
        "name": name,
        "url": url_for("dumps.dump", name=name, _external=True),
        "media_type": spec.media_type,
        "format": spec.format_name,
        "description": spec.description,
        "size": path.stat().st_size if path and path.exists() else None,
    }
