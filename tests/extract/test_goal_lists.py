"""Goals listed after commas, and counts as of a day that only look like goals."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.conftest import extract_text


@pytest.fixture(scope="module")
def nlp(plain_nlp: Language) -> Language:
    return plain_nlp


# fmt: off
LISTS = [
    ("Phấn đấu năm 2024 tỷ lệ bao phủ BHXH đạt 40% lực lượng lao động, trên 95% dân số có "
     "thẻ BHYT.", [(40, "2024"), (95, "2024")]),
    ("Mục tiêu đến năm 2025 mở rộng thêm khoảng 12.000 người tham gia BHXH bắt buộc, 3000 "
     "người tham gia BHXH tự nguyện và 50.000 người tham gia BHYT.",
     [(12000, "2025"), (3000, "2025"), (50000, "2025")]),
    ("Tỉnh phấn đấu đến năm 2030 có 90% người cao tuổi được khám sức khỏe, ít nhất 60% "
     "người cao tuổi có thẻ BHYT.", [(90, "2030"), (60, "2030")]),
    # a goal after a comma with its subject and cue before the figure, and "từ N% trở lên"
    ("Đến năm 2026, tỷ lệ đảng viên trẻ đạt tối thiểu 20%, đảng viên nữ đạt tối thiểu 30%.",
     [(20, "2026"), (30, "2026")]),
    # a pledge after a comma opens a goal of its own
    ("Đến năm 2028, 60% chi hội đạt danh hiệu vững mạnh, phấn đấu từ 85% hội viên tham gia "
     "sinh hoạt đều đặn.", [(60, "2028"), (85, "2028")]),
    ("Phấn đấu đến năm 2027 có 70% thôn có đội văn nghệ, thu hút ít nhất 40% thanh niên "
     "tham gia, từ 85% trở lên hộ gia đình đạt danh hiệu văn hóa.",
     [(70, "2027"), (40, "2027"), (85, "2027")]),
    # works and trees counted; "xây dựng trước năm 1945" describes the works, no deadline
    ("Mục tiêu đến năm 2026 của thành phố: tu bổ 15 công trình kiến trúc xây dựng trước năm "
     "1945. Trồng mới 20.000 cây xanh ven sông.", [(15, "2026"), (20000, "2026")]),
    ("Mục tiêu đến năm 2026 giảm tối thiểu 5% biên chế, giảm bình quân 8% chi thường xuyên.",
     [(5, "2026"), (8, "2026")]),
    # a lead clause with no figure states the goal its list gives
    ("Tỉnh ban hành Kế hoạch phát triển du lịch giai đoạn 2021-2025.\nPhấn đấu đến năm 2025: "
     "100% xã có điểm du lịch cộng đồng; 50% hộ làm du lịch được tập huấn.",
     [(100, "2025"), (50, "2025")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "goals"), LISTS)
def test_each_figure_after_a_comma_is_a_goal_of_its_own(
    nlp: Language, text: str, goals: list[tuple[float, str]]
) -> None:
    assert [(t.value, t.deadline) for t in extract_text(nlp, text).targets] == goals


@pytest.mark.parametrize(
    "text",
    [
        "Tính đến ngày 30/6/2024, số người tham gia BHXH tự nguyện đạt trên 15.000 người.",
        "Tính đến thời điểm này, tỉnh đạt 2.000 người tham gia BHYT tự nguyện.",
        "Số người đang có việc làm ổn định đạt 530 người, bằng 30% số người khuyết tật.",
    ],
)
def test_a_count_as_of_a_day_or_of_now_is_no_goal(nlp: Language, text: str) -> None:
    assert not extract_text(nlp, text).targets, [t.text for t in extract_text(nlp, text).targets]


def test_a_goal_as_of_a_day_stays_one(nlp: Language) -> None:
    text = "Tính đến ngày 31/12/2025, phấn đấu có 95% dân số tham gia BHYT."
    assert [t.value for t in extract_text(nlp, text).targets] == [95]


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        (
            "Tính đến ngày 15/5/2024, cả tỉnh cấp được 120.000 thẻ (đạt 80,5% so với chỉ tiêu "
            "150.000 hồ sơ).",
            (150000, "hồ sơ"),
        ),
        (
            "Năm 2023, tỷ lệ hộ nghèo của 9 huyện giảm bình quân 4,12%, đạt so với mức trên 4% "
            "mục tiêu kế hoạch tỉnh giao.",
            (4, "%"),
        ),
    ],
)
def test_the_plan_figure_a_result_is_measured_against_is_the_one_goal(
    nlp: Language, text: str, goal: tuple[float, str]
) -> None:
    assert [(t.value, t.unit) for t in extract_text(nlp, text).targets] == [goal]


def test_a_figure_compared_with_a_past_one_is_no_goal(nlp: Language) -> None:
    text = "Năm 2023, toàn tỉnh có 300 hộ thoát nghèo, tăng so với 250 hộ của năm trước."
    assert extract_text(nlp, text).targets == ()


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("Phấn đấu đến năm 2026 đào tạo nghề cho 3.000 - 4.000 lao động nông thôn.", (3000, 4000)),
        ("Mục tiêu giảm tỷ lệ hộ nghèo bình quân 2-3%/năm đến năm 2026.", (2, 3)),
        ("Phấn đấu đến năm 2026 có 60% xã đạt chuẩn nông thôn mới.", (60, None)),
        ("Đến năm 2026, thành phố xây dựng lại 4-5 khu tập thể cũ.", (4, 5)),
    ],
)
def test_a_range_written_before_its_figure(
    nlp: Language, text: str, bounds: tuple[float, float | None]
) -> None:
    assert [(t.value, t.value_max) for t in extract_text(nlp, text).targets] == [bounds]


@pytest.mark.parametrize(
    ("text", "goals"),
    [
        ("Đưa tỷ lệ người dân có thẻ BHYT lên 95% vào cuối năm 2026", [(95, "2026")]),
        ("Cuối năm 2027, tỷ lệ hộ nghèo của tỉnh còn khoảng 1,5%.", [(1.5, "2027")]),
        ("Cuối năm 2022, tỷ lệ hộ nghèo của tỉnh còn khoảng 1,5%.", []),  # before 2024: a result
    ],
)
def test_the_end_of_a_year_to_come_is_a_deadline(
    nlp: Language, text: str, goals: list[tuple[float, str]]
) -> None:
    assert [(t.value, t.deadline) for t in extract_text(nlp, text).targets] == goals


def test_a_sum_of_money_in_a_sentence_that_states_its_goal_first_is_a_goal(
    nlp: Language,
) -> None:
    ex = extract_text(
        nlp,
        "Phấn đấu đến năm 2027, huyện đón 800.000 lượt khách; đạt doanh thu 450 tỷ đồng.",
    )
    assert sorted((t.value, t.unit) for t in ex.targets) == [
        (450, "tỷ đồng"),
        (800000, "lượt"),
    ]


def test_a_sum_of_money_with_no_goal_stated_in_its_sentence_is_a_result(
    nlp: Language,
) -> None:
    ex = extract_text(
        nlp,
        "Năm qua, huyện đón 600.000 lượt khách. Du lịch đạt doanh thu 300 tỷ đồng, "
        "tăng 20% so với năm trước.",
    )
    assert all(t.unit != "tỷ đồng" for t in ex.targets), [t.text for t in ex.targets]


def test_what_a_goal_contributes_to_is_a_goal_of_its_own(nlp: Language) -> None:
    ex = extract_text(
        nlp,
        "Giai đoạn 2026-2030, Sở đặt mục tiêu đào tạo 40.000 lao động, góp phần nâng tỷ lệ "
        "lao động qua đào tạo đạt 75% vào năm 2030.",
    )
    texts = sorted(t.text for t in ex.targets)
    assert texts == [
        "mục tiêu đào tạo 40.000 lao động",
        "tỷ lệ lao động qua đào tạo đạt 75% vào năm 2030",
    ], texts


def test_a_law_named_in_a_goals_sentence_sets_none_of_them(nlp: Language) -> None:
    ex = extract_text(
        nlp,
        "Hội tuyên truyền Luật Thanh niên và các chính sách của Nhà nước, phấn đấu 80% "
        "thanh niên tham gia sinh hoạt đoàn.",
    )
    assert [(t.value, t.policy) for t in ex.targets] == [(80, None)]


def test_a_plan_named_beside_a_law_keeps_its_goals(nlp: Language) -> None:
    ex = extract_text(
        nlp,
        "Kế hoạch thực hiện Luật Thanh niên giai đoạn 2026-2030 phấn đấu 80% thanh niên "
        "tham gia sinh hoạt đoàn.",
    )
    [goal] = ex.targets
    assert goal.policy is not None and goal.policy.startswith("Kế hoạch thực hiện Luật")


def test_a_pledge_before_a_count_of_what_there_is_makes_it_the_goal(nlp: Language) -> None:
    """ "toàn tỉnh có N" counts what there is, unless a pledge comes before it in the clause:
    then it is what there is to be."""
    text = "Theo kế hoạch, phấn đấu đến cuối năm 2026, toàn tỉnh có 5,5% lao động tham gia BHXH."
    assert [(t.value, t.deadline) for t in extract_text(nlp, text).targets] == [(5.5, "2026")]
    text = "Đến cuối năm 2023, toàn tỉnh có 45 xã đạt chuẩn nông thôn mới."
    assert not extract_text(nlp, text).targets


def test_a_heading_of_tasks_ends_the_goals_listed_before_it(nlp: Language) -> None:
    """The tasks a plan lists under "Nội dung ...:" after its goal are no goals."""
    text = (
        "Mục tiêu đến năm 2026:\n"
        "Có 80% hộ gia đình được tuyên truyền về BHYT.\n"
        "Nội dung tuyên truyền gồm các hoạt động sau:\n"
        "1. Mỗi huyện chọn từ 2 đến 4 xã để tổ chức hội nghị.\n"
    )
    assert [t.value for t in extract_text(nlp, text).targets] == [80]


def test_successful_is_no_goal_reached(nlp: Language) -> None:
    """ "thành đạt" (successful) holds "đạt" but reaches no figure."""
    text = "Ông kể cho 30 học sinh nghe con đường học tập để thành đạt."
    assert not extract_text(nlp, text).targets
