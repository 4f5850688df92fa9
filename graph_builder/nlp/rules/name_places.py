"""Places met while a body's name is read: a place's head word before or at a point, a
place that goes on past the token read, a name that already ends with its province.

Why apart from the name's end rules (nlp/rules/org_ends): these ask the gazetteer and the
place heads only, and the phrase readers (org_phrases, and_tails) ask them too.
"""

from __future__ import annotations

import re

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.text import alternation


def place_head_before(lex: Lexicon) -> re.Pattern[str]:
    """A place's head word closing the text searched ("... UBND huyện")."""
    return _place_head_pattern(lex, "_place_head_before", r"(?<![\wÀ-ỹ])(?:{})$")


def place_head_at(lex: Lexicon) -> re.Pattern[str]:
    """A place's head word and the space after it, where a place's name begins."""
    return _place_head_pattern(lex, "_place_head_at", r"(?:{})[ \t]+")


def _place_head_pattern(lex: Lexicon, cache: str, template: str) -> re.Pattern[str]:
    def compiled() -> re.Pattern[str]:
        heads = alternation(tuple(h.label for h in lex.place_heads))
        return re.compile(template.format(heads), re.IGNORECASE)

    return lex.memo(f"{__name__}.{cache}", compiled)


def place_goes_on(phrase: str, token: str, lex: Lexicon) -> bool:
    """ "... tỉnh Lào" + "Cai": the place is longer than what is read so far."""
    words = phrase.split()
    return any(lex.place(" ".join([*words[-n:], token])) for n in (1, 2, 3) if len(words) >= n)


def starts_place(text: str, pos: int, lex: Lexicon) -> bool:
    words = text[pos : pos + 60].split()
    return any(lex.place(" ".join(words[:n])) for n in (1, 2, 3, 4) if len(words) >= n)


def ends_with_place(phrase: str, lex: Lexicon) -> bool:
    """A name that already ends with its province ("... tỉnh Hà Tĩnh") is complete."""
    words = phrase.split()
    return any(lex.place(" ".join(words[-n:])) for n in (1, 2, 3) if len(words) >= n)
