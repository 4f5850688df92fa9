"""Policies named in lower case, as explanatory news often writes them: laws cited by
their subject ("Luật người khuyết tật", "Luật bảo hiểm y tế 2014") and programmes named
with their period ("chương trình trợ giúp người khuyết tật giai đoạn 2021 - 2030").

A capitalised "Luật" with a word in lower case after it is mostly no law's name: "Luật sư"
(a lawyer), "Luật pháp" (law in general), "Luật quy định ..." opening a sentence. So the
words after it name a law only when they are a subject of data/lexicon/law_subjects.txt,
and the name ends with that subject (and a year written right after it): what follows
("... nhằm cải thiện ...") is the sentence, which a capitalised name's rules would run on.
"""

from __future__ import annotations

import re

from graph_builder.nlp.lexicon import LEXICON_DIR, word_list

SUBJECTS = tuple(sorted(word_list(LEXICON_DIR / "law_subjects.txt"), key=len, reverse=True))
_BY_SUBJECT = re.compile(
    r"[ \t]+(?:"
    + ("|".join(map(re.escape, SUBJECTS)) or "(?!)")
    + r")(?![\wÀ-ỹ])(?:[ \t]+(?:năm[ \t]+)?(?:19|20)\d{2}(?![\d/]))?",
    re.IGNORECASE,
)


def law_by_subject(text: str, pos: int) -> int | None:
    """Where a law's name ends when its subject in lower case starts at `pos` (right after
    "Luật"); None when the words there are no law's subject."""
    m = _BY_SUBJECT.match(text, pos)
    return m.end() if m else None


# "chương trình học", "dự án của gia đình" are common words; with a period or a year it is
# due by within a few words, the words name one programme. Bounded: no scan past 80 chars.
_DATED = re.compile(r"[ \t]+[^.;:,“”\"()\n]{3,80}?(?:giai đoạn|đến năm)[ \t]+(?:19|20)\d{2}(?!\d)")


def dated_name(text: str, pos: int) -> bool:
    """Whether the words from `pos` (right after a head in lower case) run on to the
    programme's period ("... giai đoạn 2016 – 2020", "... đến năm 2030")."""
    return _DATED.match(text, pos) is not None
