"""The NER proxy's own parts: text rebuilt from syllables, BIO entities, pseudo-articles.
Sentences composed for the test; no corpus is read."""

from __future__ import annotations

import json
from pathlib import Path

from bench.ner_proxy import detokenise, entities, read_docs

# fmt: off
CASES = [
    ("Sở GD - ĐT tỉnh Bà Rịa - Vũng Tàu họp ngày 14 - 4 .",
     "Sở GD-ĐT tỉnh Bà Rịa - Vũng Tàu họp ngày 14-4."),
    ('Ông A ( 45 tuổi ) nói : " Hết Covid - 19 rồi " , rồi về TP. HCM .',
     'Ông A (45 tuổi) nói: "Hết Covid-19 rồi", rồi về TP. HCM.'),
]
# fmt: on


def test_detokenise_as_a_newspaper_writes() -> None:
    for syllables, text in CASES:  # the corpus's tokens, written with a space between
        assert detokenise(syllables.split(" "))[0] == text


def test_entities_are_surface_strings_of_the_rebuilt_text() -> None:
    words = ["Sở", "Y", "tế", "tỉnh", "Bà", "Rịa", "-", "Vũng", "Tàu", "và", "Hà", "Nội"]
    tags = ["B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION",
            "I-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION",
            "I-ORGANIZATION", "O", "B-LOCATION", "I-LOCATION"]  # fmt: skip
    text, offsets = detokenise(words)
    assert list(entities(words, tags, offsets, text)) == [
        ("ORGANIZATION", "Sở Y tế tỉnh Bà Rịa - Vũng Tàu"),
        ("LOCATION", "Hà Nội"),
    ]


def test_a_place_written_again_is_listed_once_per_document(tmp_path: Path) -> None:
    rows = [
        {"words": ["Về", "Đà", "Nẵng", "."], "tags": ["O", "B-LOCATION", "I-LOCATION", "O"]},
        {"words": ["Ở", "TP", "Đà", "Nẵng", "và", "Bệnh", "viện", "Đà", "Nẵng"],
         "tags": ["O", "B-LOCATION", "I-LOCATION", "I-LOCATION", "O",
                  "B-LOCATION", "I-LOCATION", "I-LOCATION", "I-LOCATION"]},
        {"words": ["thành", "phố", "Đà", "Nẵng"],
         "tags": ["B-LOCATION", "I-LOCATION", "I-LOCATION", "I-LOCATION"]},
    ]  # fmt: skip
    path = tmp_path / "corpus.json"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    [(text, gold)] = read_docs(path, per_doc=50)
    assert text == "Về Đà Nẵng.\nỞ TP Đà Nẵng và Bệnh viện Đà Nẵng\nthành phố Đà Nẵng"
    assert gold["locations"] == ["Đà Nẵng", "Bệnh viện Đà Nẵng"]
