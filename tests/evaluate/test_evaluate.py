"""`policykg evaluate` agrees with the reference scorer, number for number."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from graph_builder.evaluate.scoring import score_dirs
from tests.conftest import SHARED

SCORER = SHARED / "tools" / "score_extraction.py"

GOLD = {
    "doc": "a.txt",
    "policies": [
        {"name": "Quyết định số 9/QĐ-TTg", "number": "9/QĐ-TTg", "aliases": []},
        {"name": "Đề án X", "number": None, "aliases": ["Đề án 9"], "optional": True},
    ],
    "organisations": [{"name": "Bộ Y tế", "aliases": ["BYT"], "kind": "ministry"}],
    "people": [{"name": "Trần Văn An"}],
    "events": [{"name": "Hội thảo về trẻ em", "kind": "Hội thảo", "date": "2024-01-02"}],
    "targets": [{"text": "phấn đấu 90% trẻ em", "value": 90, "unit": "%"}],
    "locations": ["Hà Nội", "Việt Nam"],
    "relations": [
        {"s": "Quyết định số 9/QĐ-TTg", "p": "issuedBy", "o": "Thủ tướng"},
        {"s": "Đề án X", "p": "approvedBy", "o": "Quyết định số 9/QĐ-TTg"},
    ],
}
PRED = {
    "policies": [
        {"name": "QĐ 9/QĐ-TTg", "number": "9/QĐ-TTg"},
        {"name": "Đề án 9", "number": None},
        {"name": "Luật Trẻ em", "number": None},
    ],
    "organisations": [{"name": "BYT", "aliases": []}],
    "people": [{"name": "Trần Văn Ân"}],
    "events": [{"name": "Một sự kiện", "kind": "Hội thảo", "date": "2024-01-02"}],
    "targets": [{"text": "90 phần trăm", "value": "90", "unit": "%"}],
    "locations": ["Hà Nội"],
    "relations": [{"s": "QĐ 9/QĐ-TTg", "p": "issuedBy", "o": "Thủ tướng"}],
}


def reference(gold: Path, pred: Path) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/tools is not beside the repo")
def test_agrees_with_the_reference_scorer(tmp_path: Path) -> None:
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    (gold / "a.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    (pred / "a.json").write_text(json.dumps(PRED, ensure_ascii=False), encoding="utf-8")
    (gold / "b.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    ours = score_dirs(gold, pred).as_dict()
    theirs = reference(gold, pred)
    assert ours["macro_f1"] == theirs["macro_f1"]
    for kind, row in theirs["types"].items():  # type: ignore[attr-defined]
        assert ours["types"][kind] == row, kind


def test_mismatches_file_lists_missed_and_spurious(tmp_path: Path) -> None:
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    (gold / "a.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    (pred / "a.json").write_text(json.dumps(PRED, ensure_ascii=False), encoding="utf-8")
    report = score_dirs(gold, pred)
    out = tmp_path / "mm.txt"
    report.write_mismatches(out)
    text = out.read_text(encoding="utf-8")
    assert "SPURIOUS" in text and "Luật Trẻ em" in text
    assert "MISSED" in text and "Việt Nam" in text
    assert report.format_table().splitlines()[-1].startswith("macro_F1=")


def test_relations_are_counted_per_predicate_as_in_the_total(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from graph_builder.cli import main

    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    spurious = {"s": "Trần Văn Ân", "p": "memberOf", "o": "BYT"}
    predicted = json.loads(json.dumps(PRED))
    predicted["relations"].append(spurious)
    (gold / "a.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    (pred / "a.json").write_text(json.dumps(predicted, ensure_ascii=False), encoding="utf-8")
    report = score_dirs(gold, pred)
    # the approval of an optional policy is optional: counted nowhere, as in the total
    assert report.predicates == {"issuedBy": [1, 1, 1], "memberOf": [0, 1, 0]}
    totals = [sum(row[i] for row in report.predicates.values()) for i in range(3)]
    assert totals == report.counts["relations"]
    out = (
        CliRunner()
        .invoke(main, ["evaluate", "--gold", str(gold), "--pred", str(pred), "--by-predicate"])
        .output
    )
    assert "issuedBy             P=1.00 R=1.00 F1=1.00  (1/1 pred, 1 gold)" in out
    assert "memberOf             P=0.00 R=0.00 F1=0.00  (0/1 pred, 0 gold)" in out
