"""Word-segmented text (syllables of a word joined by underscores, as pyvi, VnCoreNLP and
the corpora made with them write it) reads as the same text with spaces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph_builder.cli import main
from graph_builder.ingest.segmented import split_segmented_words

PLAIN = (
    "Sáng 12/3, Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An phối hợp với Bệnh viện "
    "Đa khoa huyện Diễn Châu tổ chức khám sức khỏe cho người cao tuổi tại xã Diễn Kỷ.\n"
)
SEGMENTED = (
    "Sáng 12/3 , Sở Lao_động - Thương_binh và Xã_hội tỉnh Nghệ_An phối_hợp với Bệnh_viện "
    "Đa_khoa huyện Diễn_Châu tổ_chức khám sức_khỏe cho người cao_tuổi tại xã Diễn_Kỷ .\n"
)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("điều_trị tại Bệnh_viện Đa_khoa", "điều trị tại Bệnh viện Đa khoa"),
        ("(Sở Y_tế) và “Đề_án”, huyện Diễn_Châu.", "(Sở Y tế) và “Đề án”, huyện Diễn Châu."),
        ("tải ho_so_2021.pdf", "tải ho_so_2021.pdf"),
        ("https://a.gov.vn/tin_tuc/bai_viet", "https://a.gov.vn/tin_tuc/bai_viet"),
        ("thư gửi van_thu@a.gov.vn", "thư gửi van_thu@a.gov.vn"),
        ("__init__ và _x", "__init__ và _x"),
    ],
)
def test_only_a_segmenters_underscores_become_spaces(written: str, read: str) -> None:
    assert split_segmented_words(written) == read


def test_segmented_text_yields_what_the_same_text_with_spaces_yields(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # relative paths, as a user passes them
    for name, text in (("plain", PLAIN), ("segmented", SEGMENTED)):
        Path(name).mkdir()
        (Path(name) / "a.txt").write_text(text, encoding="utf-8")
        result = CliRunner().invoke(
            main, ["extract", name, "--format", "gold-json", "--out", f"{name}-out"]
        )
        assert result.exit_code == 0, result.output
    plain, segmented = (
        json.loads(Path(f"{name}-out/a.json").read_text(encoding="utf-8"))
        for name in ("plain", "segmented")
    )
    assert [o["name"] for o in segmented["organisations"]] == [
        o["name"] for o in plain["organisations"]
    ]
    assert segmented["locations"] == plain["locations"]
    assert any(o["name"].startswith("Bệnh viện Đa khoa") for o in segmented["organisations"])
