"""Inspections, supervisions and surveys told by their verb (nlp/rules/inspections.py)."""

from __future__ import annotations

import pytest

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.inspections import inspection
from tests.factories import event_names as names

# fmt: off
DONE = [
    ("Ngày 12/5, Phó Chủ tịch UBND huyện Lê Văn An đã kiểm tra tiến độ làm đường tại xã "
     "Tân Lập.", "kiểm tra tiến độ làm đường"),
    ("Trong tháng 9, Ban Kinh tế HĐND tỉnh tiến hành giám sát việc quản lý chợ đầu mối, "
     "bến xe.", "giám sát việc quản lý chợ đầu mối"),
    ("Sáng 3/6, Ban Pháp chế HĐND thành phố khảo sát tại Sở Tư pháp về công tác hộ tịch.",
     "khảo sát tại Sở Tư pháp về công tác hộ tịch"),
    ("Thường trực HĐND quận đã tổ chức khảo sát công tác phòng, chống dịch sốt xuất huyết "
     "tại các phường.", "khảo sát công tác phòng, chống dịch sốt xuất huyết"),
    ("Thanh tra Sở đã tiến hành thanh tra đối với huyện Đông Sơn về chính sách giảm nghèo.",
     "thanh tra đối với huyện Đông Sơn về chính sách giảm nghèo"),
]
NOT_DONE = [
    "Ngày 2/3, Sở Y tế cho biết sẽ kiểm tra các cơ sở kinh doanh thực phẩm.",  # planned
    "Xã cần thường xuyên kiểm tra, giám sát tiến độ xây nhà cho các hộ.",  # a task
    "Qua kiểm tra, các hồ sơ được lập đầy đủ, đúng quy định.",  # its result
    "Ngày 5/1, ông Trần Văn Bình, Vụ trưởng Vụ Pháp chế, thanh tra Tổng cục X đã ký văn bản.",
    "Ngày 8/8, Sở Công Thương đã ký văn bản thông báo kết quả kiểm tra các cửa hàng xăng.",
    "Ngày 4/4, Hội Phụ nữ xã đã khảo sát và thống nhất hỗ trợ vốn cho 10 hộ nghèo.",
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), DONE)
def test_an_inspection_done_is_named_by_its_verb_phrase(text: str, name: str, lex: Lexicon) -> None:
    assert names(text, lex) == [name]


@pytest.mark.parametrize("text", NOT_DONE)
def test_an_inspection_planned_asked_for_or_a_noun_is_none(text: str, lex: Lexicon) -> None:
    assert names(text, lex) == []


def test_the_kind_is_the_first_verb_as_written(lex: Lexicon) -> None:
    text = "Ngày 2/9, Ủy ban MTTQ xã đã kiểm tra, giám sát việc chi trả trợ cấp cho người dân."
    found = inspection(text, lex)
    assert found is not None
    assert found[2] == "Kiểm tra"
    assert text[found[0] : found[1]] == "kiểm tra, giám sát việc chi trả trợ cấp cho người dân"


def test_beside_an_event_named_by_its_head_the_inspection_is_not_the_event(lex: Lexicon) -> None:
    text = (
        "Sáng 5/5, Sở Y tế tổ chức Hội nghị tổng kết công tác y tế năm 2023. Trước đó, đoàn "
        "đã kiểm tra tiến độ xây dựng bệnh viện tỉnh."
    )
    assert names(text, lex) == ["Hội nghị tổng kết công tác y tế năm 2023"]
