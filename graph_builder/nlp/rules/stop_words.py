"""The stop words of running text (data/lexicon/stopwords.txt) as one pattern per lexicon.

Why a module of its own: the name readers (org_ends, country_units, local_bodies) each
ask whether running text starts at a point; one compiled alternation serves them all.
"""

from __future__ import annotations

import functools
import re

from graph_builder.nlp.lexicon import LEXICON_DIR, Lexicon, per_lexicon, word_list
from graph_builder.nlp.rules.text import words_at_start


@per_lexicon
def stop_pattern(lex: Lexicon) -> re.Pattern[str]:
    """One alternation per lexicon instead of a loop over the list."""
    return words_at_start(lex.stopwords)


def in_a_compound(text: str, pos: int) -> bool:
    """ "Trung tâm Ứng dụng và Chuyển giao công nghệ": the word at `pos` is the second
    syllable of a word a name writes capitalised (data/lexicon/name_compounds.txt), not the
    stop word it is alone."""
    before = text[max(0, pos - 20) : pos].rstrip().rsplit(None, 1)[-1:]
    if not before or not before[0][:1].isupper():
        return False
    word = text[pos:].split(None, 1)[:1]
    return bool(word) and f"{before[0].lower()} {word[0].lower()}" in _compounds()


@functools.cache
def _compounds() -> frozenset[str]:
    return frozenset(word_list(LEXICON_DIR / "name_compounds.txt"))
