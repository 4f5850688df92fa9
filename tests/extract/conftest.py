"""The plain pipeline (no pyvi: fast, and the rules match on characters) and a helper that
extracts one short text as an article, for the sentence-level tests of extract/."""

from __future__ import annotations

import unicodedata

import pytest
from spacy.language import Language

from graph_builder.extract.extractor import extract
from graph_builder.extract.model import Extraction
from graph_builder.ingest.article import Article
from graph_builder.nlp.pipeline import build_nlp


@pytest.fixture(scope="package")
def plain_nlp() -> Language:
    return build_nlp(use_pyvi=False)


def extract_text(nlp: Language, text: str) -> Extraction:
    """`text` (made NFC, as ingest does) extracted as an article published 2024-05-02."""
    text = unicodedata.normalize("NFC", text)
    return extract(
        Article(id="x", path="x.txt", text=text, sha256="0" * 64, date="2024-05-02"), nlp
    )
