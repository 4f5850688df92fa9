"""Places written as parts of an address, which a reader does not list as places of the
story.

- A hamlet right after a person's name and its comma: "hộ bà Trần Thị Lan, thôn Đông Xá;
  hộ ông ...". A report of gifts, houses or aid lists its beneficiaries each with the
  hamlet they live in; the commune and district that follow are listed as usual. A hamlet
  named otherwise ("tại thôn X", "Bí thư thôn X", "ở thôn X") stays: readers list those
  in some articles and not in others.
- The ward and district of a street address: "Địa chỉ: 12 Tràng Thi - Hoàn Kiếm - Hà
  Nội", "Trụ sở: 5 Lê Lợi, quận 1, TP.HCM". A province, city or country there stays (it
  is the one place a reader takes from the address).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from graph_builder.extract.place_entities import NAMED_ONCE
from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.place_context import is_hamlet
from graph_builder.nlp.rules.place_lookup import place_entry
from graph_builder.nlp.rules.text import Span

_AFTER_NAME = re.compile(r"[ \t]*,[ \t]*$")
_REACH = 8
# an address's label, then the address up to the end of its clause
_ADDRESS = re.compile(r"(?<![\wÀ-ỹ])(?:[Đđ]ịa chỉ|[Tt]rụ sở)[ \t]*:[^;\n]*")


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


def address_places(text: str, places: Iterable[Span], lex: Lexicon) -> list[tuple[int, int]]:
    """(start, end) of each place in `places` below a province that lies in a labelled
    address ("Địa chỉ: ...", "Trụ sở: ...")."""
    addresses = [(m.start(), m.end()) for m in _ADDRESS.finditer(text)]
    out = []
    for span in places:
        if not any(a <= span.start < b for a, b in addresses):
            continue
        entry = place_entry(span.text, lex)
        if entry is None or entry.kind not in NAMED_ONCE:
            out.append((span.start, span.end))
    return out
