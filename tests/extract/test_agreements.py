"""Provinces that sign an agreement together (extract/agreements.py)."""

from __future__ import annotations

from spacy.language import Language

from graph_builder.extract.model import Predicate, all_relations
from tests.extract.conftest import extract_text


def signed(nlp: Language, text: str) -> set[tuple[str, str]]:
    ex = extract_text(nlp, text)
    return {
        (r.subject, r.object)
        for r in all_relations(ex)
        if r.predicate is Predicate.SIGNED_AGREEMENT_WITH
    }


def test_three_provinces_listed_before_the_verb_each_sign_with_the_others(
    plain_nlp: Language,
) -> None:
    found = signed(
        plain_nlp,
        "Sáng 12/4, tại TP Lào Cai, 3 tỉnh Lào Cai – Yên Bái – Hà Giang đã ký kết chương "
        "trình hợp tác về du lịch giai đoạn 2024 - 2026.",
    )
    assert found == {
        (a, b)
        for a in ("Lào Cai", "Yên Bái", "Hà Giang")
        for b in ("Lào Cai", "Yên Bái", "Hà Giang")
        if a != b
    }


def test_two_provinces_joined_by_and_sign_with_each_other(plain_nlp: Language) -> None:
    found = signed(
        plain_nlp, "Hai tỉnh Sơn La và Điện Biên vừa ký kết thỏa thuận hợp tác về lao động."
    )
    assert found == {("Sơn La", "Điện Biên"), ("Điện Biên", "Sơn La")}


def test_places_that_only_host_or_attend_a_signing_sign_nothing(plain_nlp: Language) -> None:
    found = signed(
        plain_nlp,
        "Đại biểu các tỉnh Sơn La, Điện Biên dự lễ ký kết. Tại Hà Nội, Hải Phòng ký kết "
        "hợp tác với doanh nghiệp.",
    )
    assert found == set()
