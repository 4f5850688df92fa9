"""Quality floors: extraction on the annotated articles of data/raw must not fall back.

Two sets, both with gold in data/gold (made by reading the articles, never by correcting
the extractor): the five development articles (000-004) and the real development corpus
(every other annotated article: news leads and full texts from public sources, see
data/SOURCES.tsv), but the latest held-out sets (HELD_OUT), kept out to be measured again. A
floor is the level reached, a little under it for the pyvi model's small run-to-run
variation; raise it when extraction improves, never lower it to pass. The pipeline runs
as `make run` runs it (pyvi tokeniser, the real lexicon).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph_builder.build.exporting import write_extractions
from graph_builder.evaluate.scoring import ScoreReport, score_dirs
from tests.conftest import REPO

GOLD = REPO / "data" / "gold"
RAW = REPO / "data" / "raw"
DEVELOPMENT_FLOOR = 0.97
# 0.927 on the 497 articles of 1*-9*, a*-f* (round 18 read e* and f*); README has types
REAL_FLOOR = 0.925
REAL_TYPE_FLOOR = 0.83  # the lowest type is 0.84 (relations)
# the latest held-out sets (g*, h*), kept out of the floors to be measured again
HELD_OUT = ("g", "h")


def scored(tmp_path: Path, golds: list[Path]) -> ScoreReport:
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    for gold in golds:
        shutil.copy(gold, gold_dir / gold.name)
    articles = [RAW / f"{gold.stem}.txt" for gold in golds]
    failures = write_extractions(
        articles, fmt="gold-json", out=pred_dir, base_iri="https://w3id.org/policykg/"
    )
    assert not failures
    return score_dirs(gold_dir, pred_dir)


@pytest.fixture(scope="module")
def real_report(tmp_path_factory: pytest.TempPathFactory) -> ScoreReport:
    golds = sorted(g for g in GOLD.glob("*.json") if not g.name.startswith(("00", *HELD_OUT)))
    assert len(golds) >= 30
    return scored(tmp_path_factory.mktemp("real"), golds)


def test_development_articles_keep_their_level(tmp_path: Path) -> None:
    report = scored(tmp_path, sorted(GOLD.glob("00*.json")))
    assert report.macro_f1 >= DEVELOPMENT_FLOOR, report.format_table()


def test_the_real_development_corpus_keeps_its_level(real_report: ScoreReport) -> None:
    assert real_report.macro_f1 >= REAL_FLOOR, real_report.format_table()


def test_no_type_falls_below_its_floor_on_real_articles(real_report: ScoreReport) -> None:
    for kind in real_report.counts:
        assert real_report.scores(kind)[2] >= REAL_TYPE_FLOOR, real_report.format_table()
