"""A body named by a quoted title after its head word: "Quỹ “Vì người nghèo” huyện",
"Câu lạc bộ “Gia đình hạnh phúc”", "CLB “Liên thế hệ tự giúp nhau” xã Hải Hà".

Funds and clubs are named by a slogan in quotes. The head-word reader stops at the quote
(a quote ends a name in running text), so the body is missed, or read as the words before
it. The heads are data (data/lexicon/quoted_heads.txt); the name is the head, the quoted
title and the territory right after the closing quote: a unit's word with its capitalised
name, if any ("huyện Châu Đức", "tỉnh"), or a level ("cấp xã").
"""

from __future__ import annotations

import re

from graph_builder.nlp.lexicon import LEXICON_DIR, Lexicon, per_lexicon, word_list
from graph_builder.nlp.rules.text import NAME_SYLLABLE, alternation
from graph_builder.textnorm import ADMINISTRATIVE_UNITS

MAX_TITLE = 120  # a slogan is short; a longer quote is speech
_UNITS = "|".join((*ADMINISTRATIVE_UNITS, "ấp", "thôn", "bản"))
_TITLE = rf"(?:“[^”\n]{{2,{MAX_TITLE}}}”|\"[^\"\n]{{2,{MAX_TITLE}}}\")"
_TERRITORY = rf"(?:[ \t]+(?:cấp[ \t]+)?(?:{_UNITS})(?:[ \t]+{NAME_SYLLABLE}){{0,4}}(?![\wÀ-ỹ]))?"


def quoted_bodies(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """(start, end) of each head + quoted title + territory."""
    return [(m.start(), m.end()) for m in _pattern(lex).finditer(text)]


@per_lexicon
def _pattern(lex: Lexicon) -> re.Pattern[str]:
    """Compiled once per lexicon: a head in either case of its first letter, a space, a
    title in curly or straight quotes, the territory."""
    heads = word_list(LEXICON_DIR / "quoted_heads.txt")
    both = alternation([*heads, *(h[:1].lower() + h[1:] for h in heads)])
    return re.compile(rf"(?<![\wÀ-ỹ])(?:{both})[ \t]+{_TITLE}{_TERRITORY}")
