"""Vietnamese alphabetical order: a ă â b c d đ e ê ... o ô ơ ... u ư ..., tones second.

Python's `sorted` orders by code point, which puts "Đ" (U+0110) after every other
letter and "Ấ" after "Z". ICU's Vietnamese tailoring fixes that, but PyICU needs the
ICU headers to install. Vietnamese needs little: the letters with a breve, circumflex or
horn and "đ" are letters of their own (primary), the five tone marks only break ties
(secondary: none, huyền, hỏi, ngã, sắc, nặng, as CLDR's "vi" orders them), and case
breaks the remaining ties (lower case first). That is what `sort_key` returns.
"""

from __future__ import annotations

import unicodedata

# fmt: off
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
LETTERS = {  # a base letter and a letter-forming mark (breve, circumflex, horn) in NFD
    ("a", "\u0306"): "ă", ("a", "\u0302"): "â", ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô", ("o", "\u031b"): "ơ", ("u", "\u031b"): "ư",
}
TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# fmt: on
DIGITS = "0123456789"
RANK = {letter: i for i, letter in enumerate(ALPHABET)}
SPACE, DIGIT, LETTER, OTHER = 0, 1, 2, 3  # word breaks first, then digits, then letters

SortKey = tuple[tuple[tuple[int, int], ...], tuple[int, ...], tuple[int, ...]]


def sort_key(text: str) -> SortKey:
    """Key for `sorted`: primary (letters), then tones, then case; punctuation ignored."""
    primary: list[tuple[int, int]] = []
    tones: list[int] = []
    cases: list[int] = []
    for cluster in _clusters(unicodedata.normalize("NFD", text)):
        weight, tone, upper = _weigh(cluster)
        if weight is None:
            continue
        primary.append(weight)
        tones.append(tone)
        cases.append(upper)
    return tuple(primary), tuple(tones), tuple(cases)


def _clusters(text: str) -> list[str]:
    """A base character with the combining marks that follow it; a run of digits is one
    cluster, so numbers sort by value ("9/QĐ" before "112/QĐ")."""
    out: list[str] = []
    for char in text:
        joins_digits = char in DIGITS and bool(out) and out[-1][-1] in DIGITS
        if out and (unicodedata.combining(char) or joins_digits):
            out[-1] += char
        else:
            out.append(char)
    return out


def _weigh(cluster: str) -> tuple[tuple[int, int] | None, int, int]:
    base, marks = cluster[0], cluster[1:]
    lower = base.lower()
    tone = next((TONES[m] for m in marks if m in TONES), 0)
    if base.isspace():
        return (SPACE, 0), 0, 0
    if base in DIGITS:
        return (DIGIT, int(cluster)), 0, 0
    if lower in RANK:
        return (LETTER, RANK[_letter(lower, marks)]), tone, int(base != lower)
    if base.isalpha():
        return (OTHER, ord(lower)), tone, int(base != lower)
    return None, 0, 0


def _letter(lower: str, marks: str) -> str:
    """The Vietnamese letter a base letter and its marks make: a + breve -> ă."""
    return next((LETTERS[(lower, m)] for m in marks if (lower, m) in LETTERS), lower)
