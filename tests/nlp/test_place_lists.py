"""Places written without their own head word: the rest of a plural unit's list and a
headline's dateline; and units whose head word opens a body's name."""

from __future__ import annotations

import unicodedata

import pytest

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.place_lists import unit_key_name
from graph_builder.nlp.rules.places import find_places


def places(text: str, lex: Lexicon) -> list[str]:
    return [s.text for s in find_places(unicodedata.normalize("NFC", text), lex)]


# fmt: off
LISTS = [
    ("Lớp học dành cho người dân các xã Tân Lập, Vĩnh Hòa, Đồng Tâm.",
     ["xã Tân Lập", "Vĩnh Hòa", "Đồng Tâm"]),
    ("Hội nghị có 300 hộ dân thuộc 2 xã Phú Lộc và Thạnh Mỹ tham dự.",
     ["xã Phú Lộc", "Thạnh Mỹ"]),
    ("Học viên đến từ các huyện Tân Kỳ, Quế Sơn và thị xã Hương Trà.",
     ["huyện Tân Kỳ", "Quế Sơn", "thị xã Hương Trà"]),
    ("Trẻ em ở những phường Tân Định, Đa Kao được khám bệnh.",
     ["phường Tân Định", "Đa Kao"]),
    # no plural word: the name after the comma is where the commune lies, not a commune
    ("Gia đình sống ở xã Tân Lập, Đồng Hới.", ["xã Tân Lập", "Đồng Hới"]),
    ("Đại biểu các xã Tân Lập, Huyện Đoàn và Hội Phụ nữ dự lễ.", ["xã Tân Lập"]),
    # the whole head opens a body, not its first word: "Đại Từ" is no "Đại học"
    ("Mưa lớn ở các huyện Phú Lương, Đại Từ và Trung tâm Y tế huyện trực chiến.",
     ["huyện Phú Lương", "Đại Từ"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_a_plural_unit_names_the_whole_list(text: str, expected: list[str], lex: Lexicon) -> None:
    assert places(text, lex) == expected


# fmt: off
DATELINES = [
    ("Phước Hưng: Ra quân chiến dịch hè tình nguyện\nSáng nay, đoàn viên ra quân.", ["Phước Hưng"]),
    ("Nguyễn Văn Bình: Tôi luôn nghĩ về trẻ em\nÔng kể lại chuyện cũ.", []),
    ("Số: 12/KH-UBND\nKế hoạch thực hiện năm 2024.", []),
    ("Sáng nay\nPhước Hưng: ra quân.", []),  # only the headline opens with its dateline
    # a headline's bare subject that the article writes after a unit head word
    ("Long Phú ra mắt mô hình nuôi bò\nNông dân xã Long Phú được tập huấn.",
     ["Long Phú", "xã Long Phú"]),
    ("Long Phú ra mắt mô hình nuôi bò\nNông dân được tập huấn.", []),
    # a family name first: a person in the news, though a commune bears the name
    ("Nguyễn Văn Hòa nhận bằng khen\nÔng Hòa sống ở xã Nguyễn Văn Hòa.", ["xã Nguyễn Văn Hòa"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_a_headline_opens_with_where_it_happened(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert places(text, lex) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lớp học dành cho 20 hội viên thuộc tỉnh Hội.",
        "Sáng 1/6, Huyện Đoàn tổ chức lễ ra quân.",
        "Tỉnh phấn đấu xây dựng một thành phố Đại học hiện đại.",
    ],
)
def test_a_unit_word_opening_a_bodys_name_is_no_place(text: str, lex: Lexicon) -> None:
    assert places(text, lex) == []


def test_a_unit_and_its_bare_name_share_a_key(lex: Lexicon) -> None:
    assert unit_key_name("thị xã An Thạnh", lex) == "An Thạnh"
    assert unit_key_name("xã Tân Lập", lex) == "Tân Lập"
    assert unit_key_name("thành phố Hà Tĩnh", lex) == "thành phố Hà Tĩnh"  # not the province
    assert unit_key_name("thôn 6", lex) == "thôn 6"


# fmt: off
COLON_LISTS = [
    ("Thẻ được trao cho người dân các phường: Tân Định, Đa Kao, Bến Nghé và Cầu Kho.",
     ["Tân Định", "Đa Kao", "Bến Nghé", "Cầu Kho"]),
    ("Đoàn đã đến 3 xã: Phú Lộc, Thạnh Mỹ và Tân An.", ["Phú Lộc", "Thạnh Mỹ", "Tân An"]),
    ("Các huyện: Tân Kỳ, Quế Sơn đã hoàn thành.", ["Tân Kỳ", "Quế Sơn"]),
    ("Lớp học ở các xã: UBND xã cử cán bộ dự.", []),  # a head word opens a body, no list
    ("Kết quả ở các xã: xây dựng nông thôn mới đạt chuẩn.", []),  # running text after it
    # the count and "gồm" announce the list as a colon does
    ("Thị xã có 4 phường, gồm: Tân An, Hòa Lợi, Phú Mỹ và Định Hòa.",
     ["Tân An", "Hòa Lợi", "Phú Mỹ", "Định Hòa"]),
    ("Huyện còn 3 xã gồm Tân Lập, Vĩnh Hòa và Đồng Tâm chưa đạt.",
     ["Tân Lập", "Vĩnh Hòa", "Đồng Tâm"]),
    # a unit split in two keeps its number, in the list and after its own head
    ("Quận có 3 phường gồm: Tân Định 1, Tân Định 2 và Đa Kao.",
     ["Tân Định 1", "Tân Định 2", "Đa Kao"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), COLON_LISTS)
def test_a_plural_unit_and_a_colon_open_a_list_of_bare_names(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert places(text, lex) == expected


# fmt: off
NUMBERED_NAMES = [
    ("Dân cư phường Phú Mỹ 2 có đời sống ổn định.", ["phường Phú Mỹ 2"]),
    ("Lớp học mở tại thôn Tân Lập 1, theo kế hoạch của huyện.", ["thôn Tân Lập 1"]),
    # a count after the name is no part of it
    ("Xã Phú Lộc 3 năm liền đạt chuẩn.", ["Xã Phú Lộc"]),
    ("Thôn Tân Lập 12 hộ được hỗ trợ.", ["Thôn Tân Lập"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), NUMBERED_NAMES)
def test_a_split_unit_keeps_its_number(text: str, expected: list[str], lex: Lexicon) -> None:
    assert places(text, lex) == expected


# fmt: off
CREDITS = [
    ("Lễ khai mạc diễn ra sáng nay.\nTin, ảnh: Mai Huế", []),
    ("Người dân nhận thẻ BHYT. Ảnh: Lê Hà Nam", []),
    ("Bài và ảnh: Thu Huế", []),
    ("Ảnh: Hà Nội về đêm", ["Hà Nội"]),  # the caption's subject, right after the cue
    ("Ảnh: Hội nghị tại Hà Nội", ["Hà Nội"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CREDITS)
def test_a_name_in_a_credit_line_is_a_persons(text: str, expected: list[str], lex: Lexicon) -> None:
    assert places(text, lex) == expected
