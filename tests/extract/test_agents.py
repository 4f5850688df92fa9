"""One body however an article writes it: with "và" or a dash, with or without the
article's generic place, with its ward's name or only the ward's word."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.conftest import extract_text

# fmt: off
ONE_BODY = [
    ("Sở Nội vụ-Lao động-Thương binh và Xã hội chủ trì. Lãnh đạo Sở Nội vụ-Lao động-Thương "
     "binh-Xã hội phát biểu."),
    ("Trung tâm Nuôi dưỡng người già tỉnh tiếp nhận 12 cụ. Trung tâm Nuôi dưỡng người già "
     "có 40 cán bộ."),
    ("Hội Cựu chiến binh phường Tân Định trao quà. Hội Cựu chiến binh phường thăm hỏi các "
     "gia đình."),
]
# fmt: on


@pytest.mark.parametrize("text", ONE_BODY)
def test_two_spellings_of_one_body_are_one_organisation(plain_nlp: Language, text: str) -> None:
    orgs = extract_text(plain_nlp, text).organisations
    assert len(orgs) == 1, [o.name for o in orgs]


def test_two_wards_keep_the_ward_word_apart(plain_nlp: Language) -> None:
    text = (
        "Hội Cựu chiến binh phường Tân Định và Hội Cựu chiến binh phường Đa Kao trao quà. "
        "Hội Cựu chiến binh phường thăm hỏi các gia đình."
    )
    assert len(extract_text(plain_nlp, text).organisations) == 3
