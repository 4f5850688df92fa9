"""An organisation's name ends before the verb phrase that follows it: issuing a document,
a negated verb, recruiting after a proper name (invented sentences)."""

from __future__ import annotations

import pytest

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.orgs import find_orgs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nay Bộ Tài chính ra thông tư hướng dẫn thi hành.", ["Bộ Tài chính"]),
        ("Nếu Bệnh viện Đa khoa không đủ điều kiện thì chuyển tuyến.", ["Bệnh viện Đa khoa"]),
        ("Năm nay Trường THPT Nguyễn Trãi tuyển 600 học sinh.", ["Trường THPT Nguyễn Trãi"]),
        ("Cục Hàng không Việt Nam cấp phép bay.", ["Cục Hàng không Việt Nam"]),
        ("Đề nghị Sở Tài chính bổ sung kinh phí.", ["Sở Tài chính"]),
        ("Các cấp Hội Nông dân tạo điều kiện cho hội viên.", ["Hội Nông dân"]),
        ("Hội Cựu chiến binh hằng năm tổ chức gặp mặt.", ["Hội Cựu chiến binh"]),
        ("Ông là Phó Giám đốc Bệnh viện Phổi nhiệm kỳ trước.", ["Bệnh viện Phổi"]),
        ("Hội thao người cao tuổi lần thứ III khai mạc.", []),
        ("Hội nhập quốc tế là xu thế tất yếu.", []),
    ],
)
def test_name_ends_before_the_verb(text: str, expected: list[str], lex: Lexicon) -> None:
    assert [m.text for m in find_orgs(text, lex)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dự có đại diện Hội nông dân thành phố, Sở Y tế.", ["Hội nông dân thành phố", "Sở Y tế"]),
        ("Ban chỉ đạo về công tác gia đình huyện họp.", ["Ban chỉ đạo về công tác gia đình huyện"]),
        ("Văn bản gửi UBND cấp tỉnh và UBND cấp huyện.", []),
        ("Trung tâm bảo trợ xã hội nhận 20 trẻ.", []),
        ("Bệnh viện rất cám ơn thành phố đã hỗ trợ.", []),
        ("Mời các tổ chức Hội nhân đạo - từ thiện tỉnh tham gia.", []),
    ],
)
def test_a_local_body_in_lower_case_ends_with_its_units_word(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert [m.text for m in find_orgs(text, lex)] == expected


def test_a_long_name_keeps_its_province(lex: Lexicon) -> None:
    name = (
        "Trung tâm Bảo trợ xã hội Nuôi dưỡng và Phục hồi chức năng người cao tuổi "
        "người khuyết tật trẻ mồ côi tỉnh Tây Sơn"
    )
    assert [m.text for m in find_orgs(f"{name} tổ chức lễ kỷ niệm.", lex)] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Lâm, Giám đốc ĐH Quốc gia Hà Nội phát biểu.", ["ĐH Quốc gia Hà Nội"]),
        ("Phó Giám đốc ĐHQG TP.HCM Trần Văn Nam dự lễ.", ["ĐHQG TP.HCM"]),
        ("Năm nay thí sinh thi ĐH sớm hơn.", []),
    ],
)
def test_a_university_by_its_abbreviation(text: str, expected: list[str], lex: Lexicon) -> None:
    assert [m.text for m in find_orgs(text, lex)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trạm Y tế xã Tân An tổ chức tiêm chủng.", ["Trạm Y tế xã Tân An"]),
        ("Trạm Y tế tổ chức khám sức khỏe.", []),
        ("Học sinh trường TH&THCS Tân An đạt giải.", ["trường TH&THCS Tân An"]),
    ],
)
def test_a_health_station_and_a_two_level_school(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert [m.text for m in find_orgs(text, lex)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dự có công ty cấp nước Quảng Nam và Sở Y tế.", ["công ty cấp nước Quảng Nam", "Sở Y tế"]),
        ("Nhiều công ty may mặc ở Bình Dương tuyển lao động.", []),
        ("Khách của công ty du lịch Việt Nam tăng.", []),
        (
            "Ra mắt Câu lạc bộ dưỡng sinh phường Tân An và Hội Nông dân.",
            ["Câu lạc bộ dưỡng sinh phường Tân An", "Hội Nông dân"],
        ),
    ],
)
def test_a_firm_in_lower_case_named_by_its_province(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert [m.text for m in find_orgs(text, lex)] == expected


def test_a_dotted_abbreviation_before_a_vietnamese_capital(lex: Lexicon) -> None:
    text = "Dự có đại diện Ban Chỉ đạo T.Ư Chương trình mục tiêu quốc gia và Bộ Y tế."
    assert [m.text for m in find_orgs(text, lex)] == [
        "Ban Chỉ đạo T.Ư Chương trình mục tiêu quốc gia",
        "Bộ Y tế",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đại diện Huyện ủy, HĐND, UBND huyện dự lễ.", ["Huyện ủy", "HĐND", "UBND huyện"]),
        ("Báo cáo gửi Thành ủy, HĐND và UBND TP để chỉ đạo.", ["Thành ủy", "HĐND", "UBND TP"]),
        ("Theo HĐND, UBND đã làm tốt.", []),
    ],
)
def test_a_committee_alone_shares_the_unit_of_the_next(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert [m.text for m in find_orgs(text, lex)] == expected
