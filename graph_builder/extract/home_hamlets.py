"""Hamlets written as a person's address: "hộ bà Trần Thị Lan, thôn Đông Xá; hộ ông ...".

A report of gifts, houses or aid lists its beneficiaries each with the hamlet they live in,
right after the name and its comma. Such a hamlet is part of a person's address, not a
place the story is about, and the gold lists none; the commune and district that follow
are listed as usual. A hamlet named otherwise ("tại thôn X", "Bí thư thôn X", "ở thôn X")
stays: readers list those in some articles and not in others.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.place_context import is_hamlet
from graph_builder.nlp.rules.text import Span

_AFTER_NAME = re.compile(r"[ \t]*,[ \t]*$")
_REACH = 8


def address_hamlets(
    text: str, places: Iterable[Span], name_ends: Iterable[int], lex: Lexicon
) -> list[tuple[int, int]]:
    """(start, end) of each hamlet in `places` written right after a person's name and its
    comma; `name_ends`: where the article's people's names end."""
    ends = set(name_ends)
    out = []
    for span in places:
        if not is_hamlet(span.text, lex):
            continue
        comma = _AFTER_NAME.search(text, max(0, span.start - _REACH), span.start)
        if comma is not None and comma.start() in ends:
            out.append((span.start, span.end))
    return out
