"""A policy's name after its subject ("về ..."): who it is for and what it goes with stay in
the name; and names alike but for their numerals are two documents."""

from __future__ import annotations

from graph_builder.extract.policy_names import numbered_apart
from graph_builder.nlp.rules.policies import find_instruments
from graph_builder.nlp.rules.subject_refs import find_by_subject


def test_who_a_decision_subject_is_for_stays_in_its_name() -> None:
    text = (
        "Bộ vừa ký Quyết định về việc giao kế hoạch tiêm chủng cho các tỉnh, thành phố "
        "trực thuộc Trung ương năm 2027 (kèm danh sách)."
    )
    [m] = find_by_subject(text)
    assert m.text.endswith("cho các tỉnh, thành phố trực thuộc Trung ương năm 2027")


def test_a_subject_still_ends_at_a_comma_before_other_words() -> None:
    [m] = find_by_subject("Chỉ thị về tăng cường phòng cháy cho nhà trọ, thành lập tổ đội.")
    assert m.text == "Chỉ thị về tăng cường phòng cháy cho nhà trọ"


def test_cho_ends_a_name_that_states_no_subject() -> None:
    [m] = find_instruments("UBND xã triển khai Kế hoạch hỗ trợ sinh kế cho người dân.")
    assert m.text == "Kế hoạch hỗ trợ sinh kế"


def test_what_an_aim_goes_with_stays_in_the_name() -> None:
    found = find_instruments(
        "Huyện ban hành Kế hoạch phát triển du lịch gắn với xây dựng nông thôn mới năm 2027."
    )
    assert found[0].text.endswith("gắn với xây dựng nông thôn mới năm 2027")


def test_names_with_different_numerals_are_two_documents() -> None:
    assert numbered_apart("Nghị quyết Đại hội XII của Đảng", "Nghị quyết Đại hội XIV của Đảng bộ")
    assert not numbered_apart("Nghị quyết Đại hội XII của Đảng", "Nghị quyết Đại hội XII")
    assert not numbered_apart("Đề án phát triển", "Đề án phát triển nghề")


def test_a_head_followed_by_its_verb_is_the_bare_head() -> None:
    found = find_instruments(
        "Chương trình “Sách cho em” ra đời năm 2020. Chương trình bước sang giai đoạn 2025 - 2030."
    )
    assert [m.text for m in found if not m.bare] == ["Chương trình “Sách cho em”"]


def test_times_a_programme_was_held_name_no_policy() -> None:
    found = find_instruments("Hội đã tổ chức được 15 chương trình “Sách cho em” ở các xã.")
    assert found == []
    assert find_instruments("Tỉnh làm 02 Chương trình mục tiêu quốc gia giai đoạn 2026-2030.")


def test_a_letter_named_by_its_subject() -> None:
    found = find_by_subject(
        "Ngày 3/4, Sở đã có văn bản về việc tăng cường phòng chống dịch trong trường học. "
        "Sở cũng gửi công văn khẩn về việc rà soát sĩ số lớp học, đề nghị các trường báo cáo."
    )
    assert [(m.text, m.kind) for m in found] == [
        ("văn bản về việc tăng cường phòng chống dịch trong trường học", "văn bản"),
        ("công văn khẩn về việc rà soát sĩ số lớp học", "công văn"),
    ]
    assert find_by_subject("Sở đã trả lời văn bản của trường.") == []


def test_a_sum_after_a_programme_is_no_number_of_it() -> None:
    assert find_instruments("Tổng trị giá chương trình 45 triệu đồng.") == []
    assert [m.text for m in find_instruments("Tỉnh triển khai Đề án 06.")] == ["Đề án 06"]


def test_a_letter_sent_to_addressees_is_named_by_its_subject() -> None:
    text = (
        "Bộ Y tế vừa có văn bản gửi các Sở Y tế, bệnh viện trực thuộc, về việc tăng cường "
        "phòng chống dịch đối với học sinh tiểu học, nhất là vùng cao."
    )
    assert [m.text for m in find_by_subject(text)] == [
        "về việc tăng cường phòng chống dịch đối với học sinh tiểu học"
    ]
