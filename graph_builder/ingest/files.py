"""Reading a source file's bytes safely: regular files only, size checked first, bounded.

A folder of articles is user input: it can hold a FIFO (opening it blocks for ever),
a symlink to /dev/zero or /dev/urandom (endless), a socket, or a sparse file of
gigabytes. Reading any of those whole would hang a build that holds the store's lock,
or end it in MemoryError with nothing built. So the kind and size are checked before
reading, the file is opened without blocking, checked again on the open descriptor
(it may have been swapped meanwhile), and read no further than the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from graph_builder.ingest.article import IngestError

MAX_BYTES = 32 * 1024 * 1024  # an HTML page can be bloated; the text limit comes later
_CHUNK = 1024 * 1024
_KINDS = (
    (stat.S_ISDIR, "directory"),
    (stat.S_ISFIFO, "named pipe (FIFO)"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
    (stat.S_ISSOCK, "socket"),
)


def read_source(path: Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most `max_bytes`, or an IngestError saying why not.

    :raise IngestError: missing or unreadable, not a regular file (symlinks are
        followed: a link to a device is a device), or over the size limit.
    """
    try:
        _check(path, path.stat(), max_bytes)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as e:
        raise IngestError(f"{path}: cannot read: {e.strerror or e}") from e
    try:
        _check(path, os.fstat(fd), max_bytes)
        return _read_bounded(path, fd, max_bytes)
    except OSError as e:
        raise IngestError(f"{path}: cannot read: {e.strerror or e}") from e
    finally:
        os.close(fd)


def _check(path: Path, info: os.stat_result, max_bytes: int) -> None:
    for test, kind in _KINDS:
        if test(info.st_mode):
            raise IngestError(f"{path}: a {kind}, not a regular file: skipped")
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(f"{path}: not a regular file: skipped")
    if info.st_size > max_bytes:
        raise IngestError(f"{path}: {info.st_size} bytes is over the {max_bytes}-byte limit")


def _read_bounded(path: Path, fd: int, max_bytes: int) -> bytes:
    """A file can grow after the size check: never read more than the limit plus one."""
    parts: list[bytes] = []
    size = 0
    while size <= max_bytes:
        part = os.read(fd, min(_CHUNK, max_bytes + 1 - size))
        if not part:
            return b"".join(parts)
        parts.append(part)
        size += len(part)
    raise IngestError(f"{path}: over the {max_bytes}-byte limit (it grew while being read)")
