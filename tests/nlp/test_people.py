"""People: names with nothing before them, and title words that are part of a place's or
a street's name."""

from __future__ import annotations

import unicodedata

import pytest

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.orgs import find_orgs
from graph_builder.nlp.rules.people import find_people
from graph_builder.nlp.rules.places import find_places


def people(text: str, lex: Lexicon) -> list[str]:
    text = unicodedata.normalize("NFC", text)
    places = find_places(text, lex)
    return [p.name for p in find_people(text, lex, find_orgs(text, lex), claimed=places)]


# fmt: off
BARE = [
    ("Nguyễn Thị Hồng Nhung cho biết gia đình đã thoát nghèo.", ["Nguyễn Thị Hồng Nhung"]),
    ("Theo Trần Văn Bình, chính sách này cần sớm được ban hành.", ["Trần Văn Bình"]),
    ("Chủ hộ là Lò Văn Páo, người dân tộc Thái.", ["Lò Văn Páo"]),
    ("Ngôi nhà nằm trên đường Lê Văn Sỹ, gần Trường THPT Nguyễn Thị Minh Khai.", []),
    ("Học sinh xã Nguyễn Văn Trỗi được tặng quà.", []),
    ("Các nước vùng Châu Á - Thái Bình Dương tham gia.", []),
    ("Lễ Kỷ Niệm Ngày Thành Lập Đoàn Thanh Niên", []),
    # less common family names of the lexicon; a place holding one stays a place
    ("Vân Thị Hồng Nhung cho biết gia đình đã thoát nghèo.", ["Vân Thị Hồng Nhung"]),
    ("Du khách đến huyện Vân Đồn mua hải sản.", []),
    # a legal portal's field block reads as Title Case; its signer field names a person
    ("Nơi ban hành: Tỉnh Quảng Ngãi Người ký: Đặng Văn Minh\nNgày ban hành: 05/3/2022",
     ["Đặng Văn Minh"]),
    ("Nơi ban hành: Tỉnh Quảng Ngãi Cơ Quan: Đặng Văn Minh Street", []),
    # a historical figure's name with nothing before it is a school's or a street's
    ("Các trường tuyển sinh gồm: Lương Thế Vinh, Trần Quốc Toản (quận 1).", []),
    ("Văn phòng ở 12 Lý Thường Kiệt, điện thoại 0123.", []),
    ("Ông Trần Quốc Toản, nông dân xã Yên Lạc, cho biết.", ["Trần Quốc Toản"]),
    ("Thầy Minh, Hiệu trưởng phân hiệu Nguyễn Trãi, phát biểu.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), BARE)
def test_a_vietnamese_name_with_nothing_before_it(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert people(text, lex) == expected


# fmt: off
TITLE_WORDS = [
    ("Đoàn đã đến thăm khu du lịch Bà Nà Hills và đường Ông Ích Khiêm.", []),
    ("Trụ sở đặt tại số 5 đường Bà Triệu, quận Hoàn Kiếm.", []),
    ("Bà Rịa có nhiều khu công nghiệp, Bà Nà có nhiều du khách.", []),
    ("Tham dự có bà Rana Flowers và ông Phạm Minh Chính.", ["Rana Flowers", "Phạm Minh Chính"]),
    ("Ông Nguyễn Văn Nam phát biểu tại hội nghị.", ["Nguyễn Văn Nam"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), TITLE_WORDS)
def test_title_words_inside_place_and_street_names_are_no_title(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert sorted(people(text, lex)) == sorted(expected)


def test_a_name_never_runs_across_lines(lex: Lexicon) -> None:
    text = "Hội nghị có sự tham dự của Thứ trưởng Trần Minh Tú\nNgày mai, đoàn về xã."
    assert people(text, lex) == ["Trần Minh Tú"]


# fmt: off
HIGHLANDS = [
    ("Đồng chí Ksor Y Đông, Phó Chủ tịch UBND huyện phát biểu.", ["Ksor Y Đông"]),
    ("Bà Niê Thị Mai chia sẻ kinh nghiệm.", ["Niê Thị Mai"]),
    ("Tham dự có ông Nay Y Blang, Trưởng phòng Nội vụ huyện.", ["Nay Y Blang"]),
    ("Từ nay Y tế cơ sở được đầu tư thêm.", []),
    ("Dự lễ có ông Vàng A Sử, Phó Chủ tịch Hội đồng Dân tộc.", ["Vàng A Sử"]),
    ("Ông Sùng A Hồ - Chủ tịch UBND huyện phát biểu.", ["Sùng A Hồ"]),
    ("Điểm thi của em Lê Mai là điểm A.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), HIGHLANDS)
def test_names_of_the_central_highlands(text: str, expected: list[str], lex: Lexicon) -> None:
    """Ê Đê and Jrai family names, "Y" opening a man's given name, and the H'Mông "A"."""
    assert people(text, lex) == expected


# fmt: off
AFTER_A_BODY_ENDING_LIKE_A_NAME = [
    ("Phó Chủ tịch UBND TP Hồ Chí Minh Võ Văn Hoan chủ trì cuộc họp.", ["Võ Văn Hoan"]),
    ("Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh phát biểu.", ["Trần Sỹ Thanh"]),
    ("UBND TP Hồ Chí Minh vừa ban hành kế hoạch mới.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), AFTER_A_BODY_ENDING_LIKE_A_NAME)
def test_a_name_right_after_a_body_whose_place_reads_as_a_name(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    """ "... TP Hồ Chí Minh Võ Văn Hoan": the family name of the place ("Hồ") does not swallow
    the person's; the body's own words are nobody's name."""
    assert people(text, lex) == expected


# fmt: off
FOREIGN_AFTER_A_POST = [
    ("Bộ trưởng Bộ Y tế Lào Bounfeng Phoummalaysith phát biểu.", ["Bounfeng Phoummalaysith"]),
    ("Trưởng đại diện Quỹ Dân số Liên hợp quốc (UNFPA) tại Việt Nam Matt Jackson cho biết.",
     ["Matt Jackson"]),
    ("Phóng viên báo Vientiane Times đưa tin về hội nghị.", []),
    ("Sở Y tế Hà Nội phối hợp với Bệnh viện Bạch Mai Green Care tổ chức.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FOREIGN_AFTER_A_POST)
def test_a_foreign_name_after_a_post_and_its_body(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    """No honorific is needed when a post and its body come right before the name; a body
    with no post before it is followed by no one."""
    assert people(text, lex) == expected


def test_a_family_name_before_a_post_is_no_person(lex: Lexicon) -> None:
    """ "Đoàn" is a family name and "Chủ" a given name, but "Đoàn Chủ tịch" is a body's
    presidium: the word goes on as a post."""
    text = "Bà Lê Thu Hằng, Ủy viên Đoàn Chủ tịch Trung ương Hội dự lễ. Ông Đoàn Văn Chủ phát biểu."
    assert people(text, lex) == ["Lê Thu Hằng", "Đoàn Văn Chủ"]


# fmt: off
LESS_COMMON_FAMILY_NAMES = [
    ("Tại hội thảo, TS. Khuất Văn Bình, giám đốc Viện Xã hội học, trình bày báo cáo.",
     ["Khuất Văn Bình"]),
    ("Ông Phí Đức Long, Vụ trưởng Vụ Tổ chức cán bộ, phát biểu.", ["Phí Đức Long"]),
    ("Đồng chí Viên Văn Hải - Bí thư Đảng ủy xã dự buổi lễ.", ["Viên Văn Hải"]),
    ("Tham dự có bà Cù Thị Lan, Chủ tịch Hội Nông dân huyện.", ["Cù Thị Lan"]),
    # the same words as common nouns, with no name after them
    ("Các giảng viên và nghiên cứu viên của trường tham gia.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), LESS_COMMON_FAMILY_NAMES)
def test_less_common_family_names_next_to_a_title(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    """Khuất, Phí, Viên, Cù ... (data/lexicon/surnames.txt) open a name like Nguyễn does."""
    assert people(text, lex) == expected


def test_a_name_after_a_place_that_closes_a_body(lex: Lexicon) -> None:
    """ "Phó Giám đốc ĐHQG Hà Nội Trần Văn Khải": "Hà Nội" ends the body's name, and
    the person is named after it, not "Hà Nội Trần Văn"."""
    text = unicodedata.normalize("NFC", "Dự có Phó Giám đốc ĐHQG Hà Nội Trần Văn Khải.")
    names = [p.name for p in find_people(text, lex, find_orgs(text, lex))]
    assert names == ["Trần Văn Khải"]


def test_a_name_a_body_was_read_into_after_its_place(lex: Lexicon) -> None:
    """ "Chủ tịch UBND tỉnh Hậu Giang Đồng Văn Thanh": the body's place ends its name, and
    the person after it ("Đồng", a family name) holds the post."""
    text = unicodedata.normalize(
        "NFC", "Phát biểu tại lễ, Chủ tịch UBND tỉnh Hậu Giang Đồng Văn Thạch cho biết."
    )
    people = find_people(text, lex, find_orgs(text, lex))
    assert [(p.name, p.roles) for p in people] == [
        ("Đồng Văn Thạch", ["Chủ tịch UBND tỉnh Hậu Giang"])
    ]


def test_a_name_running_into_a_body_and_an_address(lex: Lexicon) -> None:
    """ "Nay Bộ Lao động ra ...": "Nay" (an Ê Đê family name) runs into the ministry's name,
    and one word left is nobody; "(82 Trần Quý Cáp, ...)" is an address's street."""
    text = unicodedata.normalize(
        "NFC",
        "Nay Bộ Lao động ra thông tư này. Cơ sở 2 đặt tại (82 Trần Văn Ơn, phường Vạn "
        "Thắng). Ông Nay Y Phú phát biểu.",
    )
    names = [p.name for p in find_people(text, lex, find_orgs(text, lex))]
    assert names == ["Nay Y Phú"]


def test_a_name_after_a_post_ending_in_a_schools_word_is_the_schools(lex: Lexicon) -> None:
    found = people("Ông Lê Văn Tâm (nguyên Hiệu trưởng đại học Nguyễn Tất Thành) đã nghỉ hưu.", lex)
    assert found == ["Lê Văn Tâm"], found
