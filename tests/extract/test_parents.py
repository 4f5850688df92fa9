"""partOf: member universities of a national university, councils of a university, and
ceremonies of an event named inside their own name (extract/agents.py, extract/events.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graph_builder.extract.model import Extraction, Predicate, all_relations
from tests.extract.conftest import extract_text


def parts(ex: Extraction) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in all_relations(ex) if r.predicate is Predicate.PART_OF}


def test_a_member_university_of_a_national_university(plain_nlp: Language) -> None:
    found = parts(
        extract_text(
            plain_nlp,
            "Các trường Đại học Bách khoa, Đại học Kinh tế - Luật (Đại học Quốc gia TP HCM) "
            "tăng học phí.",
        )
    )
    assert ("Đại học Kinh tế - Luật", "Đại học Quốc gia TP HCM") in found
    assert ("Đại học Bách khoa", "Đại học Kinh tế - Luật") not in found  # a list


def test_a_school_written_with_its_university_is_part_of_it(plain_nlp: Language) -> None:
    found = parts(
        extract_text(
            plain_nlp,
            "Học sinh Trường THPT chuyên Ngoại ngữ - Đại học Quốc gia Hà Nội đạt 12 giải.",
        )
    )
    assert ("Trường THPT chuyên Ngoại ngữ", "Đại học Quốc gia Hà Nội") in found


def test_a_council_named_with_its_university_is_part_of_it(plain_nlp: Language) -> None:
    found = parts(
        extract_text(
            plain_nlp, "Hội đồng Đại học Đà Nẵng họp phiên đầu tiên. Đại học Đà Nẵng có 8 trường."
        )
    )
    assert ("Hội đồng Đại học Đà Nẵng", "Đại học Đà Nẵng") in found


def test_a_ceremony_of_an_event_is_part_of_it(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Tỉnh triển khai Tháng hành động vì người cao tuổi năm 2024.\n"
        "Sáng 2/6, Lễ phát động Tháng hành động vì người cao tuổi diễn ra tại Hà Tĩnh.\n"
        "Tỉnh cũng tổ chức Hội nghị về người cao tuổi và Diễn đàn người cao tuổi năm 2024.",
    )
    found = parts(ex)
    assert (
        "Lễ phát động Tháng hành động vì người cao tuổi",
        "Tháng hành động vì người cao tuổi năm 2024",
    ) in found, [e.name for e in ex.events]
    assert not any(p.startswith("Diễn đàn") for _, p in found)


def test_a_member_school_of_a_regional_university_and_a_ministrys_school(
    plain_nlp: Language,
) -> None:
    found = parts(
        extract_text(
            plain_nlp,
            "Trường Đại học Sư phạm, Đại học Đà Nẵng phối hợp với Trường Đại học Lao động và Xã "
            "hội (Bộ Lao động - Thương binh và Xã hội) tổ chức hội thảo.",
        )
    )
    assert ("Trường Đại học Sư phạm", "Đại học Đà Nẵng") in found
    assert (
        "Trường Đại học Lao động và Xã hội",
        "Bộ Lao động - Thương binh và Xã hội",
    ) in found


def test_a_centre_under_a_department_in_brackets_or_as_its_unit(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Năm 2005, Trung tâm Bảo trợ trẻ em (trực thuộc Sở Y tế) được thành lập. "
        "Trung tâm Nuôi dưỡng người già là đơn vị sự nghiệp công lập thuộc Sở Nội vụ.",
    )
    found = parts(ex)
    assert ("Trung tâm Bảo trợ trẻ em", "Sở Y tế") in found, found
    assert ("Trung tâm Nuôi dưỡng người già", "Sở Nội vụ") in found, found


# fmt: off
BOARDS_OF_BODIES = [
    ("Trưởng Ban Tuyên giáo Tỉnh ủy Nghệ An phát biểu. Tỉnh ủy Nghệ An đã ban hành kế hoạch.",
     "Tỉnh ủy Nghệ An"),
    ("Ban Nữ công Liên đoàn Lao động tỉnh Bình Định tổ chức tọa đàm. Liên đoàn Lao động tỉnh "
     "Bình Định có 200 công đoàn cơ sở.", "Liên đoàn Lao động tỉnh Bình Định"),
]
# fmt: on


@pytest.mark.parametrize(("text", "body"), BOARDS_OF_BODIES)
def test_a_board_named_with_its_body_is_part_of_it(
    plain_nlp: Language, text: str, body: str
) -> None:
    ex = extract_text(plain_nlp, text)
    found = parts(ex)
    assert any(p == body and c.startswith("Ban ") for c, p in found), (
        found,
        [o.name for o in ex.organisations],
    )


def test_a_long_name_closing_with_a_body_speaks_of_it(plain_nlp: Language) -> None:
    """A lobbying board for a body's founding is no board of that body."""
    ex = extract_text(
        plain_nlp,
        "Ban Vận động trình hồ sơ xin thành lập Hội Người mù Hà Nội đã họp. "
        "Hội Người mù Hà Nội ra đời năm 1995.",
    )
    assert not any(c.startswith("Ban ") for c, _ in parts(ex)), [o.name for o in ex.organisations]


# fmt: off
UNITS_OF_ASSOCIATIONS = [
    ("Ngày 5/6, Trung tâm Dạy nghề, Hội Người khuyết tật tỉnh Bình Phước đã khai giảng lớp "
     "may.", "Hội Người khuyết tật tỉnh Bình Phước"),
    ("Trước đây, việc này do Ban Thanh niên, Ủy ban Mặt trận Tổ quốc tỉnh Đồng Tháp phụ "
     "trách.", "Ủy ban Mặt trận Tổ quốc tỉnh Đồng Tháp"),
]
# fmt: on


@pytest.mark.parametrize(("text", "body"), UNITS_OF_ASSOCIATIONS)
def test_a_unit_written_before_its_association_is_part_of_it(
    plain_nlp: Language, text: str, body: str
) -> None:
    ex = extract_text(plain_nlp, text)
    assert any(p == body for _, p in parts(ex)), (parts(ex), [o.name for o in ex.organisations])


def test_a_unit_and_an_association_in_a_list_are_apart(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Nhờ sự hỗ trợ của Trung tâm Dạy nghề, Hội Người khuyết tật tỉnh Bình Phước và sự "
        "đồng hành của các nhà hảo tâm, lớp học đã thành công.",
    )
    assert not parts(ex), parts(ex)


def test_a_ministrys_party_board_written_in_lower_case_is_part_of_it(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "Ban cán sự đảng Bộ Nội vụ đã chỉ đạo tổng kết Đề án cải cách hành chính. Các cán bộ "
        "đảng viên của Bộ Nội vụ dự hội nghị.",
    )
    assert ("Ban cán sự đảng Bộ Nội vụ", "Bộ Nội vụ") in parts(ex)
    assert not any(o.name.startswith("cán bộ") for o in ex.organisations)


def test_units_listed_one_after_another_are_no_parents_of_each_other(
    plain_nlp: Language,
) -> None:
    found = parts(
        extract_text(
            plain_nlp,
            "Các đơn vị như Vụ Kế hoạch, Cục Quản lý giá, Cục Tin học và Thống kê tài chính "
            "của Bộ Tài chính đã báo cáo.",
        )
    )
    assert ("Vụ Kế hoạch", "Cục Quản lý giá") not in found


def test_a_unit_its_parent_and_the_parents_ministry_climb_one_by_one(
    plain_nlp: Language,
) -> None:
    found = parts(
        extract_text(
            plain_nlp,
            "Ông Lê Văn An, Vụ Đào tạo chính quy, Tổng cục Giáo dục nghề nghiệp, Bộ Lao động - "
            "Thương binh và Xã hội cho biết năm nay tuyển thêm 5.000 học viên.",
        )
    )
    assert ("Vụ Đào tạo chính quy", "Tổng cục Giáo dục nghề nghiệp") in found


def test_a_unit_and_its_body_with_only_a_space_between(plain_nlp: Language) -> None:
    found = parts(
        extract_text(
            plain_nlp,
            "Sáng 5/3, Khoa Ngữ văn Trường Đại học Vinh tổ chức hội thảo. Đại diện phòng Điều "
            "dưỡng - Bệnh viện Đa khoa tỉnh cùng dự.",
        )
    )
    assert ("Khoa Ngữ văn", "Trường Đại học Vinh") in found
    assert ("phòng Điều dưỡng", "Bệnh viện Đa khoa tỉnh") in found


def test_a_fund_is_part_of_the_group_or_central_body_that_runs_it(plain_nlp: Language) -> None:
    found = parts(
        extract_text(
            plain_nlp,
            "Quỹ Ánh Dương – Tập đoàn Hòa Bình trao 50 suất quà. Quỹ Bảo trợ trẻ em (Trung "
            "ương Đoàn) tặng học bổng.",
        )
    )
    assert ("Quỹ Ánh Dương", "Tập đoàn Hòa Bình") in found
    assert ("Quỹ Bảo trợ trẻ em", "Trung ương Đoàn") in found


def test_a_company_next_to_another_body_is_no_unit_of_it(plain_nlp: Language) -> None:
    found = parts(
        extract_text(
            plain_nlp, "Công ty Cổ phần Sao Mai Trường Đại học Vinh ký kết hợp tác đào tạo."
        )
    )
    assert found == set()


def test_a_unit_stated_in_words_belongs_to_a_body_of_any_kind(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Theo khảo sát của Viện Nghiên cứu Phát triển bền vững thuộc Viện Hàn lâm Khoa học "
        "Kỹ thuật, nhiều hộ đã thoát nghèo.",
    )
    assert ("Viện Nghiên cứu Phát triển bền vững", "Viện Hàn lâm Khoa học Kỹ thuật") in parts(ex)


def test_two_bodies_of_one_kind_after_a_comma_are_a_list(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Viện Nghiên cứu Phát triển bền vững, Viện Hàn lâm Khoa học Kỹ thuật cùng ký kết.",
    )
    assert not parts(ex), parts(ex)


def test_an_office_written_short_once_is_part_of_the_body_it_names(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Ông Lê Văn An, Chánh Văn phòng Bộ Nông nghiệp và Phát triển nông thôn, cho biết. "
        "Bộ NN&PTNT sẽ ban hành hướng dẫn. Chánh văn phòng Bộ NN&PTNT cũng khẳng định.",
    )
    names = {o.name for o in ex.organisations}
    assert not any(n.startswith("phòng ") for n in names)  # "phòng" of "văn phòng"
    assert ("Văn phòng Bộ Nông nghiệp và Phát triển nông thôn", "Bộ NN&PTNT") in parts(ex)


def test_a_units_committees_listed_are_no_units_of_each_other(plain_nlp: Language) -> None:
    found = parts(extract_text(plain_nlp, "Đảng ủy, UBND xã Tân An tổ chức lễ mít tinh."))
    assert not any(child == "Đảng ủy" for child, _ in found)


def test_an_association_listed_before_a_state_body_is_no_unit_of_it(plain_nlp: Language) -> None:
    text = "Hội Luật gia Việt Nam, Tổng cục Thi hành án, các cơ quan báo chí cùng tham gia."
    assert parts(extract_text(plain_nlp, text)) == set()


def test_a_board_of_a_branch_written_with_its_units_word(plain_nlp: Language) -> None:
    text = (
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Giang ban hành kế hoạch. "
        "Ủy ban MTTQ Việt Nam tỉnh đã vận động 2 tỷ đồng."
    )
    found = parts(extract_text(plain_nlp, text))
    assert (
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Giang",
        "Ủy ban MTTQ Việt Nam tỉnh",
    ) in found


def test_a_board_closing_with_its_body_in_another_case(plain_nlp: Language) -> None:
    text = "Ban đại diện Hội Cựu Giáo chức tỉnh họp. Hội Cựu giáo chức tỉnh có 900 hội viên."
    found = parts(extract_text(plain_nlp, text))
    assert ("Ban đại diện Hội Cựu Giáo chức tỉnh", "Hội Cựu giáo chức tỉnh") in found


def test_a_fund_with_its_managing_department_in_brackets(plain_nlp: Language) -> None:
    found = parts(
        extract_text(
            plain_nlp,
            "Quỹ Hỗ trợ Nông dân tỉnh (đơn vị chủ quản Sở Nông nghiệp và Phát triển nông thôn) "
            "cho vay 2 tỷ đồng.",
        )
    )
    assert ("Quỹ Hỗ trợ Nông dân tỉnh", "Sở Nông nghiệp và Phát triển nông thôn") in found


def test_a_board_written_in_lower_case_after_a_post(plain_nlp: Language) -> None:
    found = parts(
        extract_text(
            plain_nlp, "Dự có ông Trần Văn Hải, Trưởng ban Tuyên giáo Tỉnh ủy; lãnh đạo Tỉnh ủy."
        )
    )
    assert ("ban Tuyên giáo Tỉnh ủy", "Tỉnh ủy") in found
