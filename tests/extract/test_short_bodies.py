"""The body of a post written with its head word alone (extract/persons.py,
data/lexicon/bare_heads.txt): "Phó Chủ nhiệm Ủy ban" is at the committee the article names."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import extract_text


def test_a_committee_named_by_its_head_word_alone(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Đoàn công tác của Ủy ban Văn hóa và Giáo dục đã đến thăm tỉnh. Ông Trần Văn Lộc, "
        "Phó Chủ nhiệm Ủy ban, phát biểu tại buổi làm việc.",
    )
    (person,) = [p for p in ex.people if p.name == "Trần Văn Lộc"]
    assert person.memberships == ("Ủy ban Văn hóa và Giáo dục",), [o.name for o in ex.organisations]
