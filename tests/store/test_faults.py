"""A build killed at any point leaves the store as it was; readers keep answering."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from graph_builder.store.generations import GenerationStore
from tests.factories import TEXT

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from dataclasses import replace
    from pathlib import Path
    from graph_builder.build import builder as build_module
    from graph_builder.config import BuildConfig
    from graph_builder.store.generations import Writer
    from tests.factories import sample_extraction

    kill_after = int(sys.argv[3])
    calls = {"n": 0}

    def then_die(original):
        def write(self, *args):
            original(self, *args)
            calls["n"] += 1
            if calls["n"] >= kill_after:
                os.kill(os.getpid(), signal.SIGKILL)
        return write

    for step in ("drop_graph", "remove_about", "add"):  # every write a build makes
        setattr(Writer, step, then_die(getattr(Writer, step)))
    fake = lambda arts: [replace(sample_extraction(a.id, a.text), doc_id=a.id) for a in arts]
    config = BuildConfig(store_path=Path(sys.argv[2]), validate=False)
    build_module.build([Path(sys.argv[1])], config, extractor=fake)
    """
)


def run_child(raw: Path, store: Path, kill_after: int) -> int:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(raw), str(store), str(kill_after)],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    return proc.returncode


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    for n in range(3):
        (folder / f"a{n}.txt").write_text(TEXT + f" Số {n}.", encoding="utf-8")
    return folder


@pytest.mark.parametrize("kill_after", [1, 2, 4, 7, 8])
def test_sigkill_during_load_keeps_the_previous_generation(
    tmp_path: Path, raw: Path, kill_after: int
) -> None:
    store_dir = tmp_path / "store"
    assert run_child(raw, store_dir, kill_after=99) == 0  # a complete first build
    store = GenerationStore(store_dir)
    before_version = store.version()
    before = sorted(str(q) for q in store.open_read_only())
    reader = store.open_read_only()  # a server holding the store open

    for n in range(3):
        (raw / f"a{n}.txt").write_text(TEXT + f" Đã sửa {n}.", encoding="utf-8")
    assert run_child(raw, store_dir, kill_after) == -signal.SIGKILL

    assert store.version() == before_version
    assert sorted(str(q) for q in store.open_read_only()) == before
    assert len(reader) == len(before)


def test_next_build_after_a_kill_succeeds_and_cleans_up(tmp_path: Path, raw: Path) -> None:
    store_dir = tmp_path / "store"
    assert run_child(raw, store_dir, kill_after=99) == 0
    (raw / "a0.txt").write_text(TEXT + " Mới.", encoding="utf-8")
    assert run_child(raw, store_dir, kill_after=1) == -signal.SIGKILL
    for _ in range(3):
        (raw / "a0.txt").write_text(TEXT + f" Lần {_}.", encoding="utf-8")
        assert run_child(raw, store_dir, kill_after=99) == 0
    store = GenerationStore(store_dir)
    assert store.state().articles.keys() == {"a0", "a1", "a2"}
    generations = [p for p in store_dir.iterdir() if p.is_dir()]
    assert len(generations) <= 3


def store_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def test_kills_at_several_moments_leave_no_garbage_after_the_rerun(
    tmp_path: Path, raw: Path
) -> None:
    """Five builds killed at different writes, then one clean rerun: the store holds what
    a run without kills holds (the same generations kept, no unpublished leftovers), and
    the previous live generation survived every kill."""
    clean, killed = tmp_path / "clean", tmp_path / "killed"
    for store_dir in (clean, killed):
        assert run_child(raw, store_dir, kill_after=99) == 0
    first_live = GenerationStore(killed).current_path()
    assert first_live is not None
    for n, kill_after in enumerate([1, 2, 3, 5, 7]):
        for k in range(3):
            (raw / f"a{k}.txt").write_text(TEXT + f" Bản {n}.{k}.", encoding="utf-8")
        assert run_child(raw, killed, kill_after) == -signal.SIGKILL
        assert first_live.is_dir()  # the live generation stays until another is published
    assert run_child(raw, killed, kill_after=99) == 0
    assert run_child(raw, clean, kill_after=99) == 0

    def layout(root: Path) -> list[str]:
        return sorted(p.name.split("-", 1)[0] + p.suffix for p in root.iterdir())

    assert layout(killed) == layout(clean)
    assert len([p for p in killed.iterdir() if p.is_dir()]) == 2  # new live + previous
    assert store_bytes(killed) <= 1.5 * store_bytes(clean)


def test_analytics_of_removed_generations_are_removed(tmp_path: Path, raw: Path) -> None:
    store_dir = tmp_path / "store"
    assert run_child(raw, store_dir, kill_after=99) == 0
    stale = store_dir / "gen-000042.analytics.json"  # as left by an older version
    stale.write_text("{}", encoding="utf-8")
    (raw / "a1.txt").write_text(TEXT + " Thay đổi.", encoding="utf-8")
    assert run_child(raw, store_dir, kill_after=99) == 0
    assert not stale.exists()
