"""The organisation head words of a lexicon ("Sở", "Trung tâm", "Hội"), compiled once, and
the patterns of what a name may hold after them: shared by the phrase finder
(org_phrases) and the extractor's grouping of mentions (extract/agents, org_entities)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from graph_builder.nlp.lexicon import LEXICON_DIR, Head, Lexicon, word_list
from graph_builder.nlp.rules.text import alternation, words_at_start
from graph_builder.textnorm import UPPER

_POST = re.compile(r"^(?:\S+ )?\S+ (trưởng|phó)\b", re.IGNORECASE)  # "Bộ trưởng", "Sở phó": posts
_NUMERAL = r"(?:\d{1,3}|[IVX]{1,4})"  # "cơ sở 2", "Phân hiệu II"


@dataclass(frozen=True)
class HeadWords:
    """The organisation head words of one lexicon, compiled once, with the patterns of what
    a name may hold: a dotted abbreviation and the word it shortens ("TP. HCM"), a branch's
    or a school's number ("cơ sở 2", "số 1")."""

    pattern: re.Pattern[str]
    by_label: dict[str, Head]
    not_names: re.Pattern[str]
    dotted: re.Pattern[str]
    numbered: re.Pattern[str]
    post: re.Pattern[str]  # a post in capitals (posts.ttl): after a dash, the next post

    @classmethod
    def of(cls, lex: Lexicon) -> HeadWords:
        """The head words of `lex`, compiled once per lexicon."""
        return lex.memo(f"{__name__}.HeadWords", lambda: cls._compiled(lex))

    @classmethod
    def _compiled(cls, lex: Lexicon) -> HeadWords:
        heads = alternation(h.label for h in lex.org_heads)
        return cls(
            pattern=re.compile(r"(?<![\wÀ-ỹ])(" + heads + r")(?=[\s,;]|[.:](?!\w)|$)"),
            by_label={h.label: h for h in lex.org_heads},
            not_names=words_at_start(n.lower() for n in lex.not_org_names),
            dotted=re.compile(rf"(?:{alternation(lex.dotted_abbreviations)})[ \t]?(?=[{UPPER}\d])"),
            numbered=re.compile(rf"(?:{alternation(lex.name_numbers)})[ \t]+{_NUMERAL}(?![\wÀ-ỹ])"),
            post=re.compile(rf"(?:{alternation(_capitalised_posts(lex))})(?![\wÀ-ỹ])"),
        )

    def is_no_name(self, name: str) -> bool:
        lowered = name.lower()
        return bool(_POST.match(name) or self.not_names.match(lowered)) or lowered in _generic()


@functools.cache
def _generic() -> frozenset[str]:
    """Whole names that are no organisation's (data/lexicon/generic_org_names.txt)."""
    return frozenset(n.lower() for n in word_list(LEXICON_DIR / "generic_org_names.txt"))


def _capitalised_posts(lex: Lexicon) -> tuple[str, ...]:
    return tuple(p.label for p in lex.posts if p.label[:1].isupper())
