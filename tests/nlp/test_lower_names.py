"""Policies named in lower case: laws by their subject, programmes with their period; and
the capitalised "Luật ..." that are none."""

from __future__ import annotations

import pytest

from graph_builder.nlp.rules.policies import find_instruments

# fmt: off
CASES = [
    ("Chương trình góp phần thực thi Luật người khuyết tật nhằm cải thiện cuộc sống.",
     ["Luật người khuyết tật"]),
    ("Theo Khoản 4, Điều 12 Luật bảo hiểm y tế 2014, học sinh được hưởng quyền lợi.",
     ["Luật bảo hiểm y tế 2014"]),
    ("Luật bảo hiểm xã hội năm 2014 quy định chế độ hưu trí.",
     ["Luật bảo hiểm xã hội năm 2014"]),
    ("Luật trẻ em được Quốc hội thông qua vào tháng 4.", ["Luật trẻ em"]),
    ("Hướng dẫn Luật phòng, chống bạo lực gia đình và các văn bản.",
     ["Luật phòng, chống bạo lực gia đình"]),
    # a lawyer, law in general, a sentence's subject, the common noun: no law named
    ("Luật sư Nguyễn Văn An tư vấn miễn phí.", []),
    ("Luật pháp và các chính sách đối với trẻ em còn thiếu.", []),
    ("Luật quy định rõ trách nhiệm của gia đình.", []),
    ("Người dân cần hiểu luật người khuyết tật.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "names"), CASES)
def test_a_law_named_by_its_subject_in_lower_case(text: str, names: list[str]) -> None:
    assert [m.text for m in find_instruments(text) if m.kind == "Luật"] == names


# fmt: off
DATED = [
    ("Quyết định phê duyệt chương trình bảo vệ trẻ em giai đoạn 2016 – 2020.",
     ["chương trình bảo vệ trẻ em giai đoạn 2016 – 2020"]),
    ("Tỉnh triển khai chương trình trợ giúp người khuyết tật giai đoạn 2021 - 2030 tại 5 xã.",
     ["chương trình trợ giúp người khuyết tật giai đoạn 2021 - 2030"]),
    ("Sở thực hiện đề án phát triển nghề công tác xã hội đến năm 2030.",
     ["đề án phát triển nghề công tác xã hội đến năm 2030"]),
    ("Bộ Y tế triển khai kế hoạch hành động quốc gia dinh dưỡng đến năm 2020.",
     ["kế hoạch hành động quốc gia dinh dưỡng đến năm 2020"]),
    # common words: no period, the year is no programme's, a time or an owner, a length
    ("Tỉnh xây dựng kế hoạch từ năm 2022 đến năm 2030.", []),
    ("Xã lập kế hoạch của thôn giai đoạn 2021 - 2025.", []),
    ("Tỉnh xây dựng kế hoạch 5 năm phát triển kinh tế.", []),
    ("Gia đình lập kế hoạch 2 tháng cho con.", []),
    ("Nhóm thực hiện dự án 3 tháng ở xã.", []),
    ("Học sinh học theo chương trình mới từ năm 2020.", []),
    ("Em tham gia chương trình văn nghệ của trường, đến năm 2024 vẫn nhớ.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "names"), DATED)
def test_a_programme_in_lower_case_named_with_its_period(text: str, names: list[str]) -> None:
    assert [m.text for m in find_instruments(text)] == names


# fmt: off
ISSUED = [
    ("Phòng Giáo dục huyện vừa ban hành kế hoạch bồi dưỡng giáo viên tiểu học, áp dụng ngay.",
     ["kế hoạch bồi dưỡng giáo viên tiểu học"]),
    ("Bộ trưởng ký quyết định phê duyệt đề án sắp xếp các trường nghề.",
     ["đề án sắp xếp các trường nghề"]),
    ("Thông tư mới ban hành chương trình đào tạo kỹ năng số cho cán bộ xã.",
     ["chương trình đào tạo kỹ năng số"]),
    # no title after the head; the verb is not one of issuing; the verb is too far before
    ("Huyện đã ban hành kế hoạch.", []),
    ("Trường xây dựng kế hoạch giảng dạy môn tin học.", []),
    ("Sở ban hành văn bản hướng dẫn và kế hoạch kiểm tra các lớp học thêm.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "names"), ISSUED)
def test_a_head_in_lower_case_issued_by_a_verb_names_one_document(
    text: str, names: list[str]
) -> None:
    """What "ban hành" or "phê duyệt" takes is one document, so its words name it."""
    assert [m.text for m in find_instruments(text) if not m.bare] == names


# fmt: off
AMENDING = [
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Giáo dục và Luật Dạy nghề ngày "
     "12 tháng 6 năm 2020;",
     "Luật sửa đổi, bổ sung một số điều của Luật Giáo dục và Luật Dạy nghề"),
    ("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật bảo hiểm y tế.",
     "Luật sửa đổi, bổ sung một số điều của Luật bảo hiểm y tế"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), AMENDING)
def test_an_amending_law_is_named_by_the_laws_it_amends(text: str, name: str) -> None:
    assert next(m.text for m in find_instruments(text) if m.kind == "Luật") == name


def test_the_date_a_law_was_passed_is_no_part_of_its_name() -> None:
    text = "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật Cư trú ngày 13/11/2020;"
    assert [m.text for m in find_instruments(text)] == ["Luật Tổ chức Chính phủ", "Luật Cư trú"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Bộ sơ kết dự án Số hóa hồ sơ đất đai và dự án Cấp phiếu lý lịch tư pháp trực tuyến.",
            ["dự án Số hóa hồ sơ đất đai", "dự án Cấp phiếu lý lịch tư pháp trực tuyến"],
        ),
        ("Đại diện các xã thuộc vùng dự án World Vision tỉnh Yên Bái dự họp.", []),
        ("Gia đình anh có dự án trồng cây ăn quả.", []),
    ],
)
def test_a_project_in_lower_case_with_a_capitalised_title(text: str, names: list[str]) -> None:
    from graph_builder.nlp.rules.policies import find_instruments

    assert [m.text for m in find_instruments(text) if not m.bare] == names


# fmt: off
YEARLY = [
    ("Huyện triển khai kế hoạch sửa chữa trường học năm 2024 với 12 phòng học.",
     ["kế hoạch sửa chữa trường học năm 2024"]),
    ("Xã hoàn thành chương trình chăm lo người nghèo (CLNN) năm 2022 và trao 50 suất quà.",
     ["chương trình chăm lo người nghèo (CLNN) năm 2022"]),
    # a time, a show's title in capitals, an offer, a law cited on the way: no name
    ("Học sinh học theo chương trình mới từ năm 2020.", []),
    ("Khách được hưởng chương trình giảm giá 20% đến hết năm 2023.", []),
    ("Đài phát sóng chương trình Ước mơ xanh năm 2021.", []),
    ("Trường dạy chương trình học theo quy định của Luật Giáo dục năm 2019.",
     ["Luật Giáo dục năm 2019"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "names"), YEARLY)
def test_a_plan_in_lower_case_named_with_its_one_year(text: str, names: list[str]) -> None:
    """A plan or programme for one year is named with that year, and ends there."""
    assert [m.text for m in find_instruments(text)] == names
