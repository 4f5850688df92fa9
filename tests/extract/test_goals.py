"""Goals as real articles state them, and what only looks like one."""

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


def test_a_national_target_programmes_name_states_no_goal(nlp: Language) -> None:
    ex = run(
        nlp,
        "Ban Chỉ đạo các Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025 tỉnh Bến Tre "
        "gồm có 30 thành viên.\nBan Chỉ đạo các Chương trình mục tiêu quốc gia giai đoạn "
        "2021 - 2025 tỉnh có nhiệm vụ chỉ đạo các địa phương.",
    )
    assert not ex.targets, [t.text for t in ex.targets]


def test_a_goal_in_a_programme_article_is_still_read(nlp: Language) -> None:
    ex = run(
        nlp,
        "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 đặt mục "
        "tiêu giảm tỷ lệ hộ nghèo 1-1,5%/năm.",
    )
    [goal] = ex.targets
    assert goal.text.startswith("mục tiêu giảm tỷ lệ hộ nghèo")
    assert goal.policy is not None and goal.policy.startswith("Chương trình mục tiêu quốc gia")


def test_goals_in_millions_and_in_the_sentences_after_the_goal(nlp: Language) -> None:
    ex = run(
        nlp,
        "Đề án phát triển nhân lực giai đoạn 2021-2030 đặt mục tiêu đến năm 2030 đào tạo "
        "1,2 triệu lao động. Thu hút 30% học sinh THCS vào học nghề.\n"
        "Năm 2023, tỉnh đã đào tạo 50.000 lao động.",
    )
    assert [(t.value, t.unit) for t in ex.targets] == [(1_200_000, "lao động"), (30, "%")]
    assert all(t.deadline == "2030" and t.policy for t in ex.targets)


def test_a_head_word_followed_by_an_adverb_names_no_policy(nlp: Language) -> None:
    ex = run(nlp, "Chiến lược cũng nêu rõ vai trò của gia đình. Đề án phải gắn với thực tiễn.")
    assert not ex.policies, [p.name for p in ex.policies]


def test_a_goal_set_with_da_dat_ra_and_its_year_carried_on(nlp: Language) -> None:
    ex = run(
        nlp,
        "Đề án đào tạo nghề giai đoạn 2021-2035 đã đặt ra mục tiêu đến năm 2030 sẽ đào tạo 2 "
        "triệu lao động nông thôn. Thu hút 30% học sinh THCS vào học nghề.",
    )
    assert [(t.value, t.deadline) for t in ex.targets] == [(2_000_000, "2030"), (30, "2030")]


def test_a_budget_and_a_past_result_are_no_goals(nlp: Language) -> None:
    ex = run(
        nlp,
        "Tổng vốn thực hiện Chương trình tối thiểu là 50.000 tỷ đồng. Tỷ lệ đỗ tốt nghiệp qua "
        "kỳ thi vừa rồi đạt 95%. Phấn đấu đến năm 2030 huy động 2.000 tỷ đồng cho giáo dục.",
    )
    assert [(t.value, t.unit) for t in ex.targets] == [(2000, "tỷ đồng")]


def test_a_document_cited_by_a_short_number_owns_no_later_goal(nlp: Language) -> None:
    ex = run(
        nlp,
        "Thực hiện Nghị quyết 12 của Chính phủ, tỉnh rà soát mạng lưới trường học.\n"
        "Mục tiêu cụ thể:\nĐến năm 2025 giảm 10% số điểm trường lẻ.",
    )
    assert [t.policy for t in ex.targets] == [None]


def test_conventions_agreements_and_regulations_are_policies(nlp: Language) -> None:
    ex = run(
        nlp,
        "Việt Nam thực hiện Công ước của Liên Hợp Quốc về quyền trẻ em và Hiệp định Hợp tác "
        "lao động với Hàn Quốc; Bộ ban hành Quy chế tuyển sinh đại học.",
    )
    kinds = {p.kind for p in ex.policies}
    assert {"Công ước", "Hiệp định", "Quy chế"} <= kinds, [p.name for p in ex.policies]


def test_a_rate_raised_in_the_coming_years_and_a_second_step(nlp: Language) -> None:
    ex = run(
        nlp,
        "Bộ trưởng đề nghị các địa phương nâng tỉ lệ lao động qua đào tạo lên 65% trong thời "
        "gian tới. Tỉ lệ có bằng cấp phải đạt 28% giai đoạn 2021-2025 tiến tới 35% vào năm 2030.",
    )
    assert [(t.value, t.deadline) for t in ex.targets] == [
        (65, None),
        (28, "2025"),
        (35, "2030"),
    ]


def test_a_period_in_the_goals_own_words_is_its_deadline(nlp: Language) -> None:
    ex = run(
        nlp,
        "Đề án phát triển nguồn nhân lực giai đoạn 2021-2030, tầm nhìn đến năm 2045 đặt ra "
        "mục tiêu, trong 5 năm tới (2021-2025) sẽ đào tạo 2 triệu lao động, trong đó trình độ "
        "cao đẳng là 500 nghìn người.",
    )
    assert [(t.value, t.deadline) for t in ex.targets] == [(2e6, "2025"), (5e5, "2025")]
    assert all(t.policy and t.policy.startswith("Đề án phát triển") for t in ex.targets)


def test_the_next_sentence_names_the_policy_of_goals_stated_first(nlp: Language) -> None:
    ex = run(
        nlp,
        "Việt Nam đặt mục tiêu có 40% xã đạt chuẩn vào năm 2025. Mục tiêu này được đề ra "
        "trong Chiến lược quốc gia về phát triển nông thôn giai đoạn 2021-2030.",
    )
    [goal] = ex.targets
    assert goal.policy and goal.policy.startswith("Chiến lược quốc gia về phát triển")


def test_a_plan_referred_to_in_lower_case_owns_the_goals_that_follow(nlp: Language) -> None:
    ex = run(
        nlp,
        "Tỉnh vừa có kế hoạch về học ngoại ngữ cho cán bộ.\n"
        "Theo kế hoạch, tỉnh phấn đấu đến hết năm 2025 có 25% cán bộ đạt bậc 4.\n"
        "Có 60% viên chức đạt bậc 3 trở lên.\n"
        "Kế hoạch Học tập ngoại ngữ của tỉnh do Sở Nội vụ chủ trì thực hiện.",
    )
    assert len(ex.targets) == 2
    assert {t.policy for t in ex.targets} == {"Kế hoạch Học tập ngoại ngữ của tỉnh"}


def test_goals_that_count_lecturers_and_scientists(nlp: Language) -> None:
    ex = run(
        nlp,
        "Đề án phát triển đội ngũ giảng viên đặt mục tiêu đào tạo 2.000 giảng viên có trình "
        "độ tiến sĩ.\n"
        "Đồng thời, thu hút 500 nhà khoa học về làm việc tại các trường.\n"
        "Thu hút 300 chuyên gia là việc khó, ông An nói.",
    )
    assert [(t.value, t.unit) for t in ex.targets] == [(2000, "giảng viên"), (500, "nhà khoa học")]


def test_a_count_among_a_population_is_no_goal(nlp: Language) -> None:
    ex = run(
        nlp,
        "Mục tiêu là mọi nhà giáo cần đạt chứng chỉ kỹ năng nghề (trong số 306 giảng viên) "
        "theo quy định.",
    )
    assert not ex.targets, [t.text for t in ex.targets]


def test_a_goal_in_parentheses_is_a_goal_of_its_own(nlp: Language) -> None:
    ex = run(
        nlp,
        "Tỉnh phấn đấu đến năm 2025 có 60% viên chức (trong đó 50% cán bộ lãnh đạo) đạt "
        "trình độ ngoại ngữ bậc 4 trong giai đoạn (2021-2025).",
    )
    assert [(t.value, t.deadline) for t in ex.targets] == [(60, "2025"), (50, "2025")]
    assert ex.targets[0].text.endswith("60% viên chức")
    assert ex.targets[1].text == "50% cán bộ lãnh đạo"  # the aside ends at its ")"


def test_goals_of_a_table_belong_to_the_plan_not_to_a_law_it_cites(nlp: Language) -> None:
    ex = run(
        nlp,
        "Kế hoạch hỗ trợ người khuyết tật tỉnh Hà Tĩnh giai đoạn 2021 - 2030\n"
        "1. Mục tiêu chung\nThực hiện Luật Người khuyết tật trên địa bàn tỉnh.\n"
        "2. Mục tiêu cụ thể\nTT\nNội dung chỉ tiêu\nĐơn vị tính\nGiai đoạn 2021 - 2025\n"
        "Giai đoạn 2026 - 2030\n1\nSố người khuyết tật được học nghề.\nNgười\n800\n1.500\n",
    )
    assert [(t.value, t.deadline) for t in ex.targets] == [(800, "2025"), (1500, "2030")]
    assert {t.policy for t in ex.targets} == {
        "Kế hoạch hỗ trợ người khuyết tật tỉnh Hà Tĩnh giai đoạn 2021 - 2030"
    }


def test_goals_listed_under_a_numbered_heading(nlp: Language) -> None:
    ex = run(
        nlp,
        "Kế hoạch bảo vệ trẻ em tỉnh Long An giai đoạn 2021 - 2025\n"
        "2. Các mục tiêu cụ thể\n"
        "- Giảm tỷ lệ trẻ em có hoàn cảnh đặc biệt xuống còn 5%.\n"
        "- Có 90% trẻ em có hoàn cảnh đặc biệt được trợ giúp.\n"
        "3. Nhiệm vụ\n",
    )
    assert [t.value for t in ex.targets] == [5, 90]
    assert {t.deadline for t in ex.targets} == {"2025"}


def test_a_fraction_of_a_count_is_a_goal_in_per_cent(nlp: Language) -> None:
    ex = run(
        nlp,
        "Giai đoạn 2024-2025, tỉnh tiếp tục phấn đấu giảm 1/2 số hộ nghèo so với đầu kỳ. "
        "Ngày 1/2 tỉnh họp.",
    )
    [goal] = ex.targets
    assert (goal.value, goal.unit, goal.deadline) == (50, "%", "2025")


def test_a_figure_due_before_the_year_of_publication_is_a_result(nlp: Language) -> None:
    ex = run(  # published 2024-05-02
        nlp,
        "Tỷ lệ lao động qua đào tạo của tỉnh đạt 80% trong năm 2023. Tỉnh phấn đấu đạt 85% "
        "vào năm 2025.",
    )
    assert [(t.value, t.deadline) for t in ex.targets] == [(85, "2025")]


def test_a_policy_goal_due_before_publication_is_still_its_goal(nlp: Language) -> None:
    ex = run(  # published 2024-05-02: the scheme's goals for 2020, recalled in a report
        nlp,
        "Đề án phát triển nhân lực y tế giai đoạn 2016-2020 của tỉnh đặt mục tiêu đến năm "
        "2020 đào tạo 200 bác sĩ. Năm 2023, tỷ lệ trạm y tế có bác sĩ đạt 95% trong năm 2023.",
    )
    [goal] = ex.targets
    assert (goal.value, goal.unit, goal.deadline) == (200, "bác sĩ", "2020")
    assert goal.policy is not None and goal.policy.startswith("Đề án phát triển nhân lực y tế")


def test_a_rate_that_is_always_reached_is_a_result(nlp: Language) -> None:
    ex = run(
        nlp,
        "Mục tiêu của trường là đào tạo gắn với doanh nghiệp; tỷ lệ sinh viên có việc làm sau "
        "khi ra trường luôn đạt trên 95%.",
    )
    assert not ex.targets, [t.text for t in ex.targets]


def test_a_plan_opening_the_goal_sentence_by_its_head_word_owns_the_goals(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "UBND tỉnh vừa ban hành Kế hoạch số 210/KH-UBND về việc thực hiện Đề án phát triển "
        "nghề công tác xã hội giai đoạn 2021 - 2025 trên địa bàn tỉnh.\n"
        "Kế hoạch đặt ra mục tiêu có 80% cán bộ cấp xã được tập huấn về công tác xã hội.",
    )
    [goal] = ex.targets
    assert goal.policy == "Kế hoạch số 210/KH-UBND"


def test_knowledge_conveyed_to_a_number_of_communes_is_no_goal(nlp: Language) -> None:
    """ "truyền đạt" (convey) holds "đạt" (reach) but states no goal."""
    ex = run(
        nlp,
        "Trong 2 ngày, cán bộ của 5 xã được truyền đạt kiến thức về phòng chống thiên tai.",
    )
    assert not ex.targets, [t.text for t in ex.targets]


def test_a_headline_restating_the_bodys_goal_is_one_target(nlp: Language) -> None:
    ex = run(
        nlp,
        "Phấn đấu 95% người cao tuổi được khám sức khỏe định kỳ\n"
        "UBND tỉnh vừa ban hành Kế hoạch số 88/KH-UBND về chăm sóc người cao tuổi.\n"
        "Kế hoạch đặt ra mục tiêu có 95% người cao tuổi được khám sức khỏe định kỳ.",
    )
    [goal] = ex.targets
    assert goal.policy == "Kế hoạch số 88/KH-UBND"
    assert len(goal.mentions) == 2


def test_a_short_headline_goal_held_in_the_bodys_longer_statement(nlp: Language) -> None:
    ex = run(
        nlp,
        "Mục tiêu giảm 3% hộ nghèo trong năm 2025\n"
        "Theo Kế hoạch 52/KH-UBND về giảm nghèo năm 2025, UBND tỉnh yêu cầu các địa phương "
        "triển khai đồng bộ các giải pháp để giảm 3% tổng số hộ nghèo trong năm 2025.",
    )
    assert len(ex.targets) == 1, [t.text for t in ex.targets]


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch năm 2024 giao chỉ tiêu 5.000 người. Đến nay đã đạt gần 94% kế hoạch.",
        "Kết thúc lớp học, 21 học viên đạt loại khá, 04 học viên xếp loại giỏi, chiếm tỷ lệ 16%.",
        "Theo Nghị định, người thuộc hộ cận nghèo được hỗ trợ tối thiểu 70% mức đóng.",
    ],
)
def test_a_share_reached_or_a_benefits_rate_is_no_goal(nlp: Language, text: str) -> None:
    values = [t.value for t in run(nlp, text).targets]
    assert 94 not in values and 16 not in values and 70 not in values


def test_a_share_stated_as_a_goal_stays_one(nlp: Language) -> None:
    text = "Phấn đấu đến năm 2030, lao động qua đào tạo chiếm 70% lực lượng lao động."
    assert [(t.value, t.deadline) for t in run(nlp, text).targets] == [(70, "2030")]


def test_a_goal_belongs_to_the_numbered_plan_not_to_what_it_carries_out(
    nlp: Language,
) -> None:
    """ "Theo Kế hoạch số 5/KH-UBND về thực hiện Chương trình X, ... giảm 3%": a plan is
    an instrument with or without its number; a decision would not be."""
    ex = run(
        nlp,
        "Theo Kế hoạch số 27/KH-UBND về thực hiện Chương trình mục tiêu quốc gia giảm nghèo "
        "bền vững năm 2024, tỉnh Kon Tum phấn đấu giảm 3% tổng số hộ nghèo trong năm nay.",
    )
    assert [t.policy for t in ex.targets] == ["Kế hoạch số 27/KH-UBND"], ex.targets


def test_a_minimum_share_after_trong_do_co_details_the_goal(nlp: Language) -> None:
    ex = run(
        nlp,
        "Huyện phấn đấu đến năm 2025 đào tạo nghề cho lao động nông thôn đạt chỉ tiêu giao, "
        "trong đó có tối thiểu 10% lao động là người dân tộc thiểu số. Năm 2024, huyện đã "
        "mở lớp đạt chỉ tiêu, trong đó có 30% lao động nữ.",
    )
    assert [(t.value, t.unit) for t in ex.targets] == [(10, "%")]


def test_a_share_measured_to_two_decimals_reports_a_result(nlp: Language) -> None:
    ex = run(
        nlp,
        "Số học viên có việc làm sau đào tạo là 1.250 người, đạt tỉ lệ 85,37%. Số lớp học "
        "giảm 120 lớp, tương đương 4,15% số lớp hiện có. Phấn đấu tỉ lệ học viên có việc "
        "làm đạt 90% vào năm 2026.",
    )
    assert [(t.value, t.unit) for t in ex.targets] == [(90, "%")]


def test_a_headline_goal_is_the_one_body_goal_of_its_figure(plain_nlp: Language) -> None:
    text = (
        "Phấn đấu 95% người cao tuổi được khám sức khỏe định kỳ\n"
        "Tỉnh vừa ban hành Kế hoạch chăm sóc người cao tuổi giai đoạn 2021-2026.\n"
        "Kế hoạch đặt mục tiêu tỷ lệ người cao tuổi được khám sức khỏe đạt 90% vào năm 2024 "
        "và 95% vào năm 2026.\n"
    )
    targets = extract_text(plain_nlp, text).targets
    assert [(t.value, t.text, len(t.mentions)) for t in targets] == [
        (90, "tỷ lệ người cao tuổi được khám sức khỏe đạt 90% vào năm 2024", 1),
        (95, "95% vào năm 2026", 2),
    ]


def test_a_headline_figure_the_body_states_twice_stays_apart(plain_nlp: Language) -> None:
    text = (
        "Phấn đấu 100% xã có nhà văn hóa\n"
        "Kế hoạch phát triển văn hóa giai đoạn 2021-2026 đặt mục tiêu 100% thôn có đội văn "
        "nghệ; 100% trường học có thư viện.\n"
    )
    assert len(extract_text(plain_nlp, text).targets) == 3


def test_a_paragraph_for_another_group_goes_on_with_the_goals(plain_nlp: Language) -> None:
    text = (
        "Theo kế hoạch, đến năm 2026 tỉnh đào tạo tin học cho 500 cán bộ cấp tỉnh.\n"
        "Đối với cán bộ cấp xã, đào tạo tin học cơ bản là 300 người.\n"
    )
    assert [t.value for t in extract_text(plain_nlp, text).targets] == [500, 300]


def test_a_paragraph_for_another_group_after_results_is_no_goal(plain_nlp: Language) -> None:
    text = (
        "Năm 2023, tỉnh mở 12 lớp tin học.\n"
        "Đối với cán bộ cấp xã, số người học tin học là 300 người.\n"
    )
    assert extract_text(plain_nlp, text).targets == ()


def test_goals_counting_degrees_criteria_and_homes(nlp: Language) -> None:
    """What a goal counts is general vocabulary (data/lexicon/target_units.txt)."""
    ex = run(
        nlp,
        "Đề án phát triển nhân lực chất lượng cao của tỉnh giai đoạn 2021-2025 phấn đấu đến "
        "năm 2025 đào tạo 120 thạc sĩ, 15 tiến sĩ. Kế hoạch cũng đặt mục tiêu mỗi xã tăng "
        "thêm tối thiểu 02 tiêu chí và hỗ trợ xây mới 300 căn nhà cho hộ nghèo.\n"
        "Kết thúc khóa học, có 12 học viên đạt loại giỏi.",
    )
    assert [(t.value, t.unit) for t in ex.targets] == [
        (120, "thạc sĩ"),
        (15, "tiến sĩ"),
        (2, "tiêu chí"),
        (300, "căn nhà"),
    ]


def test_a_quota_measured_against_the_same_months_before_heads_no_goals(nlp: Language) -> None:
    """ "... thực hiện chỉ tiêu ... đạt khá so cùng kỳ năm 2023": the paragraph reports
    how the quota went, so the figures after it are results."""
    ex = run(
        nlp,
        "6 tháng năm 2024, Sở Công Thương tỉnh thực hiện chỉ tiêu xuất khẩu đạt khá so cùng "
        "kỳ năm 2023.\n\nCụ thể, hỗ trợ cho 1.250 doanh nghiệp nhỏ, trong đó 320 doanh nghiệp "
        "ở miền núi.",
    )
    assert not ex.targets, [t.text for t in ex.targets]
