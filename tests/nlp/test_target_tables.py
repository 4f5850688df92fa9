"""Goals laid out as a table, flattened one cell a line (nlp/rules/target_tables.py)."""

from __future__ import annotations

from graph_builder.nlp.rules.target_tables import table_goals
from graph_builder.nlp.rules.text import paragraphs

TABLE = """2. Mục tiêu cụ thể
TT

Nội dung chỉ tiêu

Đơn vị tính

Giai đoạn 2021 - 2025

Năm 2030

1

Tỷ lệ xã có điểm bưu điện văn hóa hoạt động hiệu quả.

%

60

-

2

Số hộ được hỗ trợ vay vốn sản xuất.

Hộ

1.200

2.500

3. Nhiệm vụ
Số 45 đường Trần Phú là trụ sở của Sở."""


def test_each_value_of_a_row_is_a_goal_due_in_its_columns_year() -> None:
    goals = table_goals(paragraphs(TABLE))
    assert [(g.text, g.value, g.unit, g.deadline) for g in goals] == [
        (
            "Tỷ lệ xã có điểm bưu điện văn hóa hoạt động hiệu quả: 60 (Giai đoạn 2021 - 2025)",
            60,
            "%",
            "2025",
        ),
        ("Số hộ được hỗ trợ vay vốn sản xuất: 1.200 (Giai đoạn 2021 - 2025)", 1200, "Hộ", "2025"),
        ("Số hộ được hỗ trợ vay vốn sản xuất: 2.500 (Năm 2030)", 2500, "Hộ", "2030"),
    ]
    assert all(TABLE[g.start : g.end].strip() in g.text for g in goals)


def test_a_table_without_columns_of_years_gives_no_goal() -> None:
    text = TABLE.replace("Giai đoạn 2021 - 2025", "Kết quả").replace("Năm 2030", "Ghi chú")
    assert table_goals(paragraphs(text)) == []


def test_no_table_no_goal() -> None:
    assert table_goals(paragraphs("Nội dung chỉ tiêu\nĐơn vị tính")) == []
    assert table_goals([]) == []
