"""A name read from a place's name: "Phó Giám đốc ĐHQG Hà Nội Nguyễn Hoàng Hải" holds
"Hà Nội Nguyễn Hoàng" (a family name, "Hà", and three capitalised syllables), where the
person is "Nguyễn Hoàng Hải" after the place that closes the body's name."""

from __future__ import annotations

import re

from graph_builder.nlp.lexicon import Lexicon

_WORD = re.compile(r"\S+")
_GAP = re.compile(r"[ \t]+")
_LONGEST_PLACE = 3  # words of the longest place name a name may begin with ("Bà Rịa Vũng Tàu")


def past_places(
    text: str, spans: list[tuple[int, int]], lex: Lexicon, names: re.Pattern[str]
) -> list[tuple[int, int]]:
    """Each name that begins with a place's name and goes on with another name is read
    again from after the place; the rest are kept as they are (sorted, disjoint)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        again = _after_a_place(text, a, b, lex, names)
        if again is not None:
            a, b = again
        if not out or a >= out[-1][1]:
            out.append((a, b))
    return out


def _after_a_place(
    text: str, a: int, b: int, lex: Lexicon, names: re.Pattern[str]
) -> tuple[int, int] | None:
    words = list(_WORD.finditer(text, a, b))
    for count in range(min(_LONGEST_PLACE, len(words) - 2), 1, -1):
        if lex.place(text[a : words[count - 1].end()]) is None:
            continue
        gap = _GAP.match(text, words[count - 1].end())
        again = names.match(text, gap.end()) if gap else None
        if again is not None:
            return again.span()
    return None
