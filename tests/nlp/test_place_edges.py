"""Places at the edges of prose: a head word closing a sentence, a photographer's initial,
a body named after the President, a hamlet's number (invented sentences)."""

from __future__ import annotations

import pytest

from graph_builder.extract.place_entities import keyed_places
from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.places import find_places


def places(text: str, lex: Lexicon) -> list[str]:
    return [s.text for s in find_places(text, lex)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ban An toàn giao thông TP. Theo đó, ban gồm 12 người.", []),
        ("Đường làng ngập nước. (Ảnh: Q. Minh). Người dân đi lại khó.", []),
        ("Ảnh: Hà Nội về đêm.", ["Hà Nội"]),
        ("Bí thư Đoàn thanh niên cộng sản Hồ Chí Minh của trường phát biểu.", []),
        ("Đoàn công tác đến TP. Hồ Chí Minh.", ["TP. Hồ Chí Minh"]),
        ("Lớp học mở tại thôn Đông Hòa 2, xã Tân Lập.", ["thôn Đông Hòa 2", "xã Tân Lập"]),
        ("Đoàn tặng quà cho người cao tuổi xã Tân Hòa.", ["xã Tân Hòa"]),
        ("Hội Người cao tuổi xã Tân Hòa họp mặt.", []),
        ("Đây là sản phẩm Việt Nam chất lượng cao.", []),
        ("Dự án do USAID/Việt Nam tài trợ tại Đồng Nai.", ["Đồng Nai"]),
        ("Chương trình giúp doanh nghiệp Việt Nam xuất khẩu.", []),
        ("Chương trình kích cầu du lịch Nhật Bản.", []),
        ("Doanh nghiệp đầu tư tại Việt Nam.", ["Việt Nam"]),
        (
            "Dự án “Hỗ trợ người khuyết tật tại các tỉnh Kon Tum, Gia Lai và Đắk Lắk” khởi động.",
            ["Kon Tum", "Gia Lai", "Đắk Lắk"],
        ),
        ("Hưởng ứng “Ngày Công tác xã hội Việt Nam” năm nay.", []),
        ("Hàng hóa qua khu kinh tế cửa khẩu quốc tế Cầu Treo tăng.", ["cửa khẩu quốc tế Cầu Treo"]),
        ("Hai du khách người châu Âu đã đến.", []),
        ("Số hộ nghèo: xã Tân Hòa 12, xã Tân Lập 5.", ["xã Tân Hòa", "xã Tân Lập"]),
    ],
)
def test_place_edges(text: str, expected: list[str], lex: Lexicon) -> None:
    assert places(text, lex) == expected


def test_a_hamlet_named_by_number_alone_is_no_place_listed(lex: Lexicon) -> None:
    text = "Đoàn đến thăm các hộ ở ấp 3, xã Tân Lập và thôn Đông Hòa."
    found = find_places(text, lex)
    assert "ấp 3" in [s.text for s in found]  # kept in the spans, for an event's venue
    listed = keyed_places(found, [], lex, province=None, article_id="x")
    assert [p.name for p in listed] == ["xã Tân Lập", "thôn Đông Hòa"]
