"""The linear alignment gives spaCy's own words and spaces."""

from __future__ import annotations

import pytest
from spacy.util import get_words_and_spaces

from graph_builder.nlp.pipeline import build_nlp
from graph_builder.nlp.tokenizer import words_and_spaces

# fmt: off
TEXTS = [
    "Quyết định số 32/2010/QĐ-TTg  ngày 25/3/2010 của Thủ tướng Chính phủ.",
    "  Dòng đầu\n\nDòng  thứ hai\t(có tab)  ",
    "TP.HCM, Bộ LĐ-TB&XH và UNICEF…",
    "",
    "   ",
]
# fmt: on


@pytest.mark.parametrize("text", TEXTS)
def test_the_alignment_is_spacys(text: str) -> None:
    words = text.split()
    assert words_and_spaces(words, text) == get_words_and_spaces(words, text)


@pytest.mark.parametrize("use_pyvi", [True, False])
def test_the_pipeline_tokenises_as_spacys_vi_tokenizer(use_pyvi: bool) -> None:
    import spacy

    plain = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": use_pyvi}}})
    ours = build_nlp(use_pyvi=use_pyvi)
    for text in TEXTS[:3]:
        expected = plain.tokenizer(text)
        got = ours.make_doc(text)
        assert [(t.text, t.whitespace_) for t in got] == [(t.text, t.whitespace_) for t in expected]


def test_words_that_do_not_spell_the_text_are_refused() -> None:
    with pytest.raises(ValueError, match="do not match"):
        words_and_spaces(["khác"], "văn bản")
