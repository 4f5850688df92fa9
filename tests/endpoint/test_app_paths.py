"""Paths in settings are the working directory's, as the user typed them, not the endpoint
package's: Flask resolves relative paths against the package (send_file) and looks for
instance/ beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from endpoint import create_app


def test_instance_config_and_paths_are_relative_to_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "instance").mkdir()
    (tmp_path / "instance" / "config.py").write_text(
        'STORE_PATH = "my/store"\nDUMPS_DIR = "my/dumps"\nQUERY_TIMEOUT_S = 3.5\n'
    )
    app = create_app()
    assert app.instance_path == str(tmp_path / "instance")
    assert app.config["QUERY_TIMEOUT_S"] == 3.5  # the instance file was read
    assert app.config["STORE_PATH"] == str(tmp_path / "my" / "store")
    assert app.config["DUMPS_DIR"] == str(tmp_path / "my" / "dumps")


def test_remote_stores_and_absolute_paths_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    remote = "sparql+http://127.0.0.1:7878/query"
    app = create_app({"STORE_PATH": remote, "DUMPS_DIR": "/srv/dumps"})
    assert app.config["STORE_PATH"] == remote and app.config["DUMPS_DIR"] == "/srv/dumps"
