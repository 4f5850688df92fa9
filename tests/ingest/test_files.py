"""Source files that are not articles are refused before they are read, never read whole."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from graph_builder.ingest.article import IngestError
from graph_builder.ingest.files import read_source
from graph_builder.ingest.reader import read_article
from tests.factories import TEXT


def test_a_regular_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"xin chao")
    assert read_source(path) == b"xin chao"


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)  # opening it for reading would wait for a writer for ever
    with pytest.raises(IngestError, match="named pipe"):
        read_source(pipe)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_link_to_a_device_is_refused(tmp_path: Path, device: str) -> None:
    link = tmp_path / "device.txt"
    link.symlink_to(device)
    with pytest.raises(IngestError, match="character device"):
        read_source(link)


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        with pytest.raises(IngestError, match="socket"):
            read_source(path)


def test_a_huge_sparse_file_is_refused_from_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(5 * 1024**3)  # 5 GB of holes: no disk used, no byte read
    with pytest.raises(IngestError, match="over the"):
        read_source(path)


def test_the_limit_holds_on_the_bytes_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 101)
    with pytest.raises(IngestError, match="over the 100-byte limit"):
        read_source(path, max_bytes=100)
    assert read_source(path, max_bytes=101) == b"x" * 101


def test_a_directory_named_like_an_article_is_refused(tmp_path: Path) -> None:
    (tmp_path / "d.txt").mkdir()
    with pytest.raises(IngestError, match="directory"):
        read_source(tmp_path / "d.txt")


@pytest.mark.parametrize("where", [10, 5000, 50_000])
def test_nul_bytes_are_refused_wherever_they_stand(tmp_path: Path, where: int) -> None:
    body = TEXT * 100
    path = tmp_path / "a.txt"
    path.write_text(body[:where] + "\x00" + body[where:], encoding="utf-8")
    with pytest.raises(IngestError, match="NUL"):
        read_article(path)
