"""A body's name that joins two groups it serves with "và" ("Hội Bảo trợ người khuyết tật và
trẻ mồ côi Việt Nam", "Trung tâm Dạy nghề và hỗ trợ người khuyết tật tỉnh Ninh Bình").

A head phrase ends at "và" before a lower-case word: "Sở Y tế và người dân" is two
things, so the rule is right in general. But when the words after "và" are a few lower-case
words of no running text (no verb, no preposition) and then the body's territory (a
province or a country of the gazetteer, or a unit word and a capitalised name), the "và"
joins two parts of one name: the territory closes it. Not after a unit word ("Hội Nông dân
tỉnh và ..."): a name that already has its territory is complete.
"""

from __future__ import annotations

import re

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.head_words import HeadWords
from graph_builder.nlp.rules.name_places import starts_place
from graph_builder.nlp.rules.org_ends import UNITS, starts_with_stopword
from graph_builder.nlp.rules.text import NAME_SYLLABLE

MAX_WORDS = 6  # "bảo vệ quyền trẻ em": the second group is short
_LOWER_WORD = re.compile(r"[a-zà-ỹđ]+(?=[ \t])")
# "tỉnh Thái Nguyên", or the article's own "tỉnh" or "TP" before punctuation or running
# text ("TP. Hồ Chí Minh" is the gazetteer's; "TP. Theo ..." is a new sentence)
_UNIT_AND_NAME = re.compile(rf"(?i:{'|'.join(UNITS)})[ \t]+{NAME_SYLLABLE}")
_OWN_UNIT = re.compile(rf"(?:(?i:{'|'.join(UNITS)})|TP)(?:(?=[ \t]*[,.;:)\n])|[ \t]+)")
_GAP = re.compile(r"[ \t]+")


def and_runs_to_place(text: str, pos: int, word_before: str, lex: Lexicon) -> bool:
    """Do the words from `pos` (right after "và") run, in lower case, to a territory that
    closes the name? `word_before` is the word before "và", which must be lower case and no
    unit word."""
    if not word_before[:1].islower() or word_before in UNITS:
        return False
    cursor = pos
    for _ in range(MAX_WORDS):
        if _UNIT_AND_NAME.match(text, cursor) or starts_place(text, cursor, lex):
            return cursor > pos
        own = _OWN_UNIT.match(text, cursor)
        if own and (
            own.group() == own.group().rstrip() or starts_with_stopword(text, own.end(), lex)
        ):
            return cursor > pos
        word = _LOWER_WORD.match(text, cursor)
        if word is None or word.group() == "và" or _stops(text, cursor, lex):
            return False
        gap = _GAP.match(text, word.end())
        if gap is None:
            return False
        cursor = gap.end()
    return False


def _stops(text: str, cursor: int, lex: Lexicon) -> bool:
    """A word of running text, or a body's head in lower case ("Ban chấp hành và đoàn đại
    biểu tỉnh X" are two bodies)."""
    if starts_with_stopword(text, cursor, lex):
        return True
    return HeadWords.of(lex).pattern.match(text[cursor : cursor + 40].capitalize()) is not None
