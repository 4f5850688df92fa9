"""A local instrument named after the national one it carries out implements it."""

from __future__ import annotations

from spacy.language import Language

from graph_builder.extract.model import Predicate, all_relations
from tests.extract.conftest import extract_text


def _implements(text: str, nlp: Language) -> set[tuple[str, str]]:
    ex = extract_text(nlp, text)
    return {(r.subject, r.object) for r in all_relations(ex) if r.predicate is Predicate.IMPLEMENTS}


def test_a_provinces_programme_implements_the_national_one_of_its_words(
    plain_nlp: Language,
) -> None:
    found = _implements(
        "Thủ tướng đã phê duyệt Chương trình quốc gia về an toàn lao động giai đoạn 2021-2025. "
        "UBND tỉnh ban hành Chương trình về an toàn lao động tỉnh Hà Nam giai đoạn2021-2025 "
        "với nhiều nhiệm vụ cụ thể.",
        plain_nlp,
    )
    assert any(
        "Hà Nam" in s and o.startswith("Chương trình quốc gia về an toàn lao động")
        for s, o in found
    ), found


def test_a_programme_on_another_topic_is_no_twin(plain_nlp: Language) -> None:
    found = _implements(
        "Thủ tướng đã phê duyệt Chương trình quốc gia về an toàn lao động giai đoạn 2021-2025. "
        "UBND tỉnh ban hành Chương trình về an toàn giao thông tỉnh Hà Nam giai đoạn 2021-2025.",
        plain_nlp,
    )
    assert not found, found


def test_a_title_written_with_and_without_quotes_is_one_programme(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Chương trình Bữa trưa yêu thương: nhiều trường hưởng ứng\n\n"
        'Nhiều trường cho rằng chương trình "Bữa trưa yêu thương" cần sớm được triển khai.',
    )
    assert len(ex.policies) == 1, [p.name for p in ex.policies]


def test_a_short_name_in_brackets_after_the_full_one_is_its_alias(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Tỉnh triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn "
        "2021-2025 (Chương trình NTM 2025). Năm nay, Chương trình NTM 2025 đã về đích sớm.",
    )
    assert len(ex.policies) == 1, [p.name for p in ex.policies]
    assert "Chương trình NTM 2025" in ex.policies[0].aliases


def test_a_name_with_an_abbreviation_is_the_one_written_out(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Bộ xây dựng Chiến lược bình đẳng giới giai đoạn 2026-2035. Chiến lược quốc gia về BĐG "
        "giai đoạn 2026-2035 được xây dựng trên cơ sở đánh giá kết quả giai đoạn trước.",
    )
    assert len(ex.policies) == 1, [p.name for p in ex.policies]
