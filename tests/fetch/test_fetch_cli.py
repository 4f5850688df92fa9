"""`policykg fetch` end to end: CliRunner, and the installed entry point as a process."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph_builder.cli import main
from tests.fetch.site import Site, serve_site

FAST = ("--delay", "0", "--retries", "0", "--timeout", "1", "--max-bytes", "200000")


@pytest.fixture
def site() -> Iterator[Site]:
    with serve_site() as running:
        yield running


def test_help_says_what_the_exit_status_means() -> None:
    result = CliRunner().invoke(main, ["fetch", "--help"])
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert "exit status is 1 if any URL, feed or sitemap failed" in text
    for option in ("--feed", "--sitemap", "--urls", "--out", "--refresh", "--delay", "--timeout"):
        assert option in result.output


def test_feed_into_a_relative_out(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    args = ["fetch", "--feed", site.url("/feed.atom"), "--out", "pages", *FAST]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "fetched 2, skipped 0, failed 0 (in pages)"
    assert len(list((tmp_path / "pages").glob("127-0-0-1-*.html"))) == 2
    again = CliRunner().invoke(main, args)
    assert again.stdout.startswith("fetched 0, skipped 2, failed 0")


def test_failures_on_stderr_and_exit_status(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    listed = tmp_path / "urls.txt"
    listed.write_text(
        f"# pages\n{site.url('/news/a.html')}\n\n{site.url('/files/report.pdf')}\n", "utf-8"
    )
    args = ["fetch", site.url("/news/missing.html"), "--urls", "urls.txt", "--out", "raw", *FAST]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert result.stdout.strip() == "fetched 1, skipped 0, failed 2 (in raw)"
    assert f"FAILED {site.url('/news/missing.html')}: HTTP 404" in result.stderr
    assert f"FAILED {site.url('/files/report.pdf')}: not HTML (application/pdf)" in result.stderr


def test_nothing_to_fetch_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["fetch"])
    assert result.exit_code == 2
    assert "give URLs" in result.stderr


def test_installed_entry_point(site: Site, tmp_path: Path) -> None:
    command = Path(sys.executable).with_name("policykg")
    if not command.exists():
        pytest.skip("policykg is not installed next to this Python")
    done = subprocess.run(
        [str(command), "fetch", "--sitemap", site.url("/sitemap_index.xml"), "--out", "raw", *FAST],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1  # the sitemap lists a page robots.txt disallows
    assert done.stdout.strip() == "fetched 2, skipped 0, failed 1 (in raw)"
    assert "disallowed by robots.txt" in done.stderr
    assert len(list((tmp_path / "raw").glob("*.json"))) == 2
