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


def after_a_closing_place(text: str, body_start: int, start: int, lex: Lexicon) -> bool:
    """ "Chủ tịch UBND tỉnh Hậu Giang Đồng Văn Thanh": a body's name read on over the
    capitalised words of a person's name, whose words before the name end with a place
    (the body's own end): the name is the person's, not part of the body's."""
    words = _WORD.findall(text, body_start, start)
    return any(
        lex.place(" ".join(words[-count:])) is not None
        for count in range(1, min(_LONGEST_PLACE, len(words) - 1) + 1)
    )


def name_after_closing_place(
    text: str, body: tuple[int, int], start: int, lex: Lexicon, names: re.Pattern[str]
) -> tuple[int, int] | None:
    """ "UBND tỉnh Hậu Giang Đồng Văn Thanh", the body read to "Văn": the name matched from
    "Giang" (a family name too) starts again at the first word after the body's place."""
    body_start, body_end = body
    for word in _WORD.finditer(text, start, body_end):
        if word.start() > start and after_a_closing_place(text, body_start, word.start(), lex):
            again = names.match(text, word.start())
            if again is not None and again.end() > body_end:
                return again.span()
    return None
