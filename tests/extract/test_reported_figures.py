"""Figures near a goal word that report what there is or what was done, and the goals
beside them that are still read."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graph_builder.extract.model import Extraction
from tests.extract.conftest import extract_text


@pytest.fixture(scope="module")
def nlp(plain_nlp: Language) -> Language:
    return plain_nlp


def run(nlp: Language, text: str) -> Extraction:
    return extract_text(nlp, text)


def test_a_rise_since_the_start_of_the_year_is_a_result(nlp: Language) -> None:
    ex = run(
        nlp,
        "Mục tiêu đến năm 2027 của huyện:\nSố hộ nghèo toàn huyện là 820 hộ (tăng 40 hộ so "
        "với đầu năm).",
    )
    assert not [t for t in ex.targets if t.value == 40], [t.text for t in ex.targets]


def test_a_campaign_just_past_is_no_goal(nlp: Language) -> None:
    ex = run(
        nlp,
        "Tỉnh phấn đấu đến năm 2028 đạt 60% hộ gia đình dùng nước sạch.\nHưởng ứng chiến "
        "dịch tổ chức trên 40 xã vào ngày 12/4/2026 vừa qua.",
    )
    assert [t.value for t in ex.targets] == [60]


def test_a_count_of_who_took_part_is_no_goal(nlp: Language) -> None:
    ex = run(
        nlp,
        "Mục tiêu đến năm 2030 của ngành:\nTại điểm cầu huyện, ông trưởng phòng chỉ đạo và "
        "có 120 người tham gia.",
    )
    assert not ex.targets, [t.text for t in ex.targets]


def test_a_share_detailing_a_goal_with_trong_do_co_is_kept(nlp: Language) -> None:
    ex = run(
        nlp,
        "Giai đoạn 2026-2030, Bộ đề ra mục tiêu tuyển khoảng 5 triệu người học nghề, trong "
        "đó có 1,5 triệu người học nghề trình độ cao đẳng.",
    )
    assert 1_500_000 in [t.value for t in ex.targets]


def test_a_boy_named_dat_sets_no_goal(nlp: Language) -> None:
    ex = run(
        nlp,
        "Trên đường về, các em thấy 3 học sinh được một thanh niên tên Đạt đưa lên bờ.",
    )
    assert not ex.targets, [t.text for t in ex.targets]


def test_a_count_after_a_comma_is_no_goal(nlp: Language) -> None:
    ex = run(
        nlp,
        "Mục tiêu năm 2027 của chương trình:\nKhu vực miền Trung, có 45 sinh viên được nhận "
        "học bổng.",
    )
    assert not ex.targets, [t.text for t in ex.targets]


def test_an_admissions_quota_is_no_goal(nlp: Language) -> None:
    ex = run(
        nlp,
        "Năm học 2026-2027, Sở Giáo dục và Đào tạo tỉnh giao chỉ tiêu 420 học sinh cho "
        "trường chuyên của tỉnh.",
    )
    assert not ex.targets, [t.text for t in ex.targets]


@pytest.mark.parametrize("cue", ["chỉ đạt", "mới đạt", "chưa đạt", "vẫn chưa đạt"])
def test_a_share_that_falls_short_is_a_result(nlp: Language, cue: str) -> None:
    ex = run(nlp, f"Tỷ lệ người dân tham gia bảo hiểm y tế của huyện {cue} 71%.")
    assert not ex.targets, [t.text for t in ex.targets]


def test_a_certificate_before_dat_is_no_shortfall(nlp: Language) -> None:
    ex = run(
        nlp,
        "Huyện phấn đấu đến năm 2027, tỷ lệ lao động qua đào tạo đạt 75%, trong đó lao "
        "động có bằng cấp, chứng chỉ đạt 35%.",
    )
    assert [t.value for t in ex.targets] == [75, 35]


def test_dat_of_an_award_is_no_goal_verb(nlp: Language) -> None:
    ex = run(
        nlp,
        "Ngày 4/9, Hội Khuyến học xã trao 45 suất học bổng cho học sinh nghèo và khen "
        "thưởng 3 em đạt học sinh giỏi cấp tỉnh.",
    )
    assert not ex.targets, [t.text for t in ex.targets]


def test_the_figures_of_goals_met_are_results(nlp: Language) -> None:
    ex = run(
        nlp,
        "Các mục tiêu của đề án đều đạt và vượt, gồm: hỗ trợ 1.200 phụ nữ khởi nghiệp; tư "
        "vấn và hỗ trợ phát triển cho 900 doanh nghiệp.",
    )
    assert not ex.targets, [t.text for t in ex.targets]


def test_a_pledge_after_goals_met_sets_goals_again(nlp: Language) -> None:
    ex = run(
        nlp,
        "Năm qua huyện hoàn thành vượt kế hoạch, phấn đấu năm 2027 giảm 2% hộ nghèo.",
    )
    assert [t.value for t in ex.targets] == [2]
