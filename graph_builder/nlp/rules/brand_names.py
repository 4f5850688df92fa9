"""A foreign brand named with the country or province it serves: "Unicef Việt Nam",
"Plan International Việt Nam", "Caritas Úc", "Viettel Hậu Giang", "Agribank chi nhánh
Bến Thành".

Companies, banks and NGOs write their branches and country offices as the brand plus a
place, with no Vietnamese head word ("Công ty", "Tổ chức") before it. Without a head word
nothing else reads them as a body, and the place alone becomes a spurious location. The
brand must not be Vietnamese: every word is in Latin letters without diacritics and reads
as no Vietnamese syllable (two vowel groups, "f", "j", "w" or "z", or an initial cluster
Vietnamese has not: "Plan"), so "UBND Hà Nội" or "TP Huế" are never brands. A brand right
after a capitalised word is the tail of a longer name ("Viện Pasteur TP HCM"), left to the
head-word rules.
"""

from __future__ import annotations

import re

from graph_builder.nlp.lexicon import Lexicon, per_lexicon
from graph_builder.nlp.rules.text import NAME_SYLLABLE, alternation

_SERVED = frozenset({"country", "province", "city"})  # the places a brand's branch is named by
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9']*[A-Za-z0-9]")
_FOREIGN_LETTER = re.compile(r"[fjwz]", re.IGNORECASE)
_VOWELS = re.compile(r"[aeiouy]+", re.IGNORECASE)
_VIETNAMESE_ONSET = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]", re.I
)
_PREVIOUS = re.compile(r"(\S+)[ \t]+$")
# an office or branch after the brand or its country: "chi nhánh Gia Định", "Văn phòng Bắc
# Kạn", "vùng Lai Châu", "- Chi nhánh Tiền Giang"
_BRANCH = rf"(?:[-–][ \t]*)?(?:[Cc]hi nhánh|[Vv]ăn phòng|vùng)(?:[ \t]+{NAME_SYLLABLE}){{1,4}}"


def is_foreign_word(word: str) -> bool:
    """A word in Latin letters that no Vietnamese syllable is written like."""
    parts = re.split(r"[-&]", word)
    if len(parts) > 1:
        return all(map(is_foreign_word, parts))  # "UBND-UBMTTQ": Vietnamese acronyms
    if not _LATIN.fullmatch(word):
        return False
    if _FOREIGN_LETTER.search(word) or len(_VOWELS.findall(word)) >= 2:
        return True
    return not word.isupper() and _VIETNAMESE_ONSET.match(word) is None


def brand_names(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """(start, end) of each brand + place, or brand + "chi nhánh" + a capitalised name."""
    out = []
    for m in _brand_pattern(lex).finditer(text):
        if not all(is_foreign_word(w) for w in m.group(1).split()):
            continue
        previous = _PREVIOUS.search(text, max(0, m.start() - 40), m.start())
        if previous and previous.group(1)[:1].isupper() and previous.group(1)[-1].isalnum():
            continue  # "Viện Pasteur TP HCM": the brand ends a longer name
        out.append((m.start(), m.end()))
    return out


@per_lexicon
def _brand_pattern(lex: Lexicon) -> re.Pattern[str]:
    """Compiled once per lexicon: one to three capitalised Latin words, then a country, a
    province or a city of the gazetteer, or a branch ("chi nhánh Gia Định")."""
    places = alternation(e.label for e in lex.places if e.kind in _SERVED)
    return re.compile(
        rf"(?<![\wÀ-ỹ])((?:[A-Z][A-Za-z0-9&'-]*[ \t]+){{1,3}}?)"
        rf"(?:(?:{places})(?:[ \t]+{_BRANCH})?|{_BRANCH})(?![\wÀ-ỹ])"
    )
