"""Phases of one programme named alike but for their periods are two policies
(extract/policy_names.periods_apart, read by extract/policies.PolicyBuilder)."""

from __future__ import annotations

from spacy.language import Language

from graph_builder.extract.policy_names import periods_apart
from tests.extract.conftest import extract_text


def test_a_phase_summed_up_and_the_next_launched_are_two_policies(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Hội nghị tổng kết Đề án “Hỗ trợ phụ nữ nông thôn phát triển nghề truyền thống "
        "giai đoạn 2016 - 2025”; triển khai Đề án “Hỗ trợ phụ nữ nông thôn phát triển nghề "
        "truyền thống giai đoạn 2026 - 2035”.",
    )
    assert sorted(p.period for p in ex.policies if p.kind == "Đề án") == [
        "2016-2025",
        "2026-2035",
    ]


def test_one_name_written_again_with_its_period_is_one_policy(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Tỉnh triển khai Đề án “Phát triển nghề truyền thống giai đoạn 2016 - 2025”. "
        "Đề án “Phát triển nghề truyền thống” giúp 500 hộ có việc làm.",
    )
    assert len([p for p in ex.policies if p.kind == "Đề án"]) == 1


# fmt: off
def test_periods_apart() -> None:
    assert periods_apart("Đề án X giai đoạn 2017 - 2025", "Đề án X giai đoạn 2026-2035")
    assert not periods_apart("Đề án X giai đoạn 2017 - 2025", "Đề án X giai đoạn 2017-2025")
    assert not periods_apart("Đề án X giai đoạn 2017 - 2025", "Đề án X")
# fmt: on
