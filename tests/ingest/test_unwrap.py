"""Hard wraps joined; paragraphs, list items and headings left on their own lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_builder.ingest.reader import article_from_bytes
from graph_builder.ingest.unwrap import unwrap

# fmt: off
JOINED = [
    (["Thông tư của Bộ Nông nghiệp và Phát", "triển nông thôn về hướng dẫn."],
     "Thông tư của Bộ Nông nghiệp và Phát triển nông thôn về hướng dẫn."),
    (["Quyết định số 924/QĐ-TTg ngày 22", "tháng 8 năm 2022 của Thủ tướng."],
     "Quyết định số 924/QĐ-TTg ngày 22 tháng 8 năm 2022 của Thủ tướng."),
    (["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/", "2015;"],
     "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;"),
    (["Căn cứ Thông tư liên tịch số", "24/2012/TTLT-BLĐTBXH-BNV-BTC ngày 22/10/2012;"],
     "Căn cứ Thông tư liên tịch số 24/2012/TTLT-BLĐTBXH-BNV-BTC ngày 22/10/2012;"),
    (["Số:", "125/KH-UBND"], "Số: 125/KH-UBND"),
    (["ỦY BAN NHÂN", "DÂN", "TỈNH BẾN TRE"], "ỦY BAN NHÂN DÂN TỈNH BẾN TRE"),
    (["Bến", "Tre, ngày 05 tháng 3 năm 2024"], "Bến Tre, ngày 05 tháng 3 năm 2024"),
    (["Tại hội nghị, bà Lê Thị", "Mận – Báo cáo viên trình bày."],
     "Tại hội nghị, bà Lê Thị Mận – Báo cáo viên trình bày."),
]
APART = [
    ["Hội nghị tổng kết công tác năm 2023", "Sáng 5/1, Sở Lao động tổ chức hội nghị."],
    ["Mục tiêu cụ thể:", "a) Giảm tỷ lệ hộ nghèo 1,5% mỗi năm;"],
    ["I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "1. Quyết định số 924/QĐ-TTg của Thủ tướng;"],
    ["Các nhiệm vụ chủ yếu gồm", "- tăng cường truyền thông;"],
    ["UBND tỉnh yêu cầu các sở thực hiện.", "các huyện báo cáo trước ngày 15."],
    ["KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG", "ỦY BAN NHÂN DÂN TỈNH"],
    ["ỦY BAN NHÂN DÂN", "-------", "TỈNH BẾN TRE"],
]
# fmt: on


@pytest.mark.parametrize(("lines", "joined"), JOINED)
def test_a_hard_wrap_is_joined(lines: list[str], joined: str) -> None:
    assert unwrap(lines) == [joined]


@pytest.mark.parametrize("lines", APART)
def test_a_new_paragraph_list_item_or_heading_stays_apart(lines: list[str]) -> None:
    assert unwrap(lines) == lines


def test_blank_lines_are_kept() -> None:
    assert unwrap(["Một đoạn văn.", "", "đoạn sau"]) == ["Một đoạn văn.", "", "đoạn sau"]


def test_an_article_read_from_a_hard_wrapped_file_has_whole_sentences() -> None:
    raw = (
        "Kế hoạch của UBND tỉnh\n\nCăn cứ Quyết định số\n1719/QĐ-TTg ngày 14\ntháng 10 năm 2021.\n"
    )
    article = article_from_bytes(raw.encode(), path=Path("kh.txt"))
    assert "Căn cứ Quyết định số 1719/QĐ-TTg ngày 14 tháng 10 năm 2021." in article.text.split("\n")


def test_a_dropped_rule_or_table_bar_keeps_two_cells_apart() -> None:
    raw = "ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\n-------\n|\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\n"
    lines = article_from_bytes(raw.encode(), path=Path("qd.txt")).text.split("\n")
    assert [line for line in lines if line] == [
        "ỦY BAN NHÂN DÂN TỈNH BẾN TRE",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ]


WRAPPED_TEXT = [  # invented: a text hard-wrapped throughout, cut before capitals too
    "Sáng nay, tại hội trường của huyện, Trung tâm",
    "Dịch vụ việc làm tỉnh Tây Sơn đã tổ chức phiên giao dịch việc làm cho người",
    "lao động của các xã: xã Hòa An (huyện Bắc Sơn), xã Tân",
    "Hòa (huyện Nam Sơn) với sự tham gia của nhiều doanh nghiệp và hàng trăm",
    "người lao động đang tìm việc, trong đó có nhiều thanh niên vừa hoàn thành",
    "nghĩa vụ quân sự, được các doanh nghiệp tư vấn trực tiếp về chế độ và",
    "lương thưởng, cùng các cơ hội học nghề miễn phí theo chính sách của",
    "tỉnh dành cho lao động nông thôn.",
    "Một số hình ảnh",
    "Người lao động tìm hiểu thông tin.",
]


def test_a_text_wrapped_throughout_is_joined_before_capitals_too() -> None:
    joined = unwrap(WRAPPED_TEXT)
    assert joined[0].startswith("Sáng nay, tại hội trường của huyện, Trung tâm Dịch vụ")
    assert "xã Tân Hòa (huyện Nam Sơn)" in joined[0]
    assert joined[1:] == ["Một số hình ảnh", "Người lao động tìm hiểu thông tin."]


def test_a_text_not_wrapped_keeps_its_lines() -> None:
    lines = ["Sáng nay, tại hội trường của huyện, các đại biểu đã họp bàn", "Kết quả đạt được"]
    assert unwrap(lines) == lines
