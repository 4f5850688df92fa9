"""A local body named in lower case with its level's word at the end ("Hội người cao tuổi
thành phố", "Ban chỉ đạo về công tác trẻ em huyện", "Ngân hàng chính sách xã hội tỉnh"): no
capitalised word says it is a name, but the unit's word closing the phrase does: it is
that body of the article's city, district or province (as "UBND tỉnh" is the province's
committee). A phrase of running text rarely closes on a bare unit's word."""

from __future__ import annotations

import re

from graph_builder.nlp.lexicon import Lexicon, per_lexicon
from graph_builder.nlp.rules.place_patterns import unit_pattern
from graph_builder.nlp.rules.stop_words import stop_pattern
from graph_builder.textnorm import ADMINISTRATIVE_UNITS as UNITS

MIN_WORDS, MAX_WORDS = 2, 7  # the words after the head: the body's subject, then the unit
# "UBND cấp tỉnh", "Bệnh viện tuyến huyện", "mỗi xã": bodies of a level, no one body
LEVELS = frozenset({"cấp", "tuyến", "mỗi", "từng", "các", "toàn"})
_UNIT_SYLLABLE_WORDS = frozenset({"xã hội"})  # "bảo trợ xã hội": "xã" is no commune there
_NEXT_WORD = re.compile(r"[ \t]*([\wÀ-ỹ]+)")


def generic_unit(tail: list[str], lex: Lexicon) -> str | None:
    """ "UBND tỉnh giao ...": the unit's word right after the head, in lower case, with
    its number when units of that word are numbered ("UBND quận 3", "UBND phường 5")."""
    for n in (2, 1):
        unit = " ".join(tail[:n]).lower()
        if len(tail) >= n and unit in UNITS:
            numbered = any(h.label == unit and "numbered" in h.flags for h in lex.place_heads)
            if numbered and len(tail) > n and re.fullmatch(r"\d{1,2}", tail[n]):
                return " ".join(tail[: n + 1])
            return " ".join(tail[:n])
    return None


def of_a_unit(tail: list[str], text: str, end: int) -> bool:
    """Whether the lower-case words after a head end with a unit's word, a few words on,
    where the phrase ends (`end`), no word of which it is a syllable ("bảo trợ xã hội" is
    no commune's), and no "cấp" or "tuyến" before it says a level."""
    if not MIN_WORDS <= len(tail) <= MAX_WORDS or not all(w.isalpha() for w in tail):
        return False  # "các tổ chức Hội xã hội - từ thiện tỉnh": a kind of body, listed
    words = [w.lower() for w in tail]
    n = next((n for n in (2, 1) if len(words) > n and " ".join(words[-n:]) in UNITS), 0)
    if not n or words[-n - 1] in LEVELS:
        return False
    after = _NEXT_WORD.match(text, end)
    return after is None or f"{words[-1]} {after.group(1)}" not in _UNIT_SYLLABLE_WORDS


PROVINCE_KINDS = ("province", "city")  # dcterms:type of ontology/vocab/places.ttl
PLACE_PREPOSITIONS = frozenset({"ở", "từ", "vào", "ra", "về"})  # data/lexicon/after_names.txt
MAX_LOWER_WORDS = 6  # "công ty xổ số kiến thiết Nghệ An": what the firm does, then where


def of_a_province(tail: list[str], lex: Lexicon, *, unit_alone: bool = False) -> bool:
    """ "công ty xổ số kiến thiết Nghệ An", "Câu lạc bộ liên thế hệ tự giúp nhau phường An
    Lạc": a head that wants a capital after it ("công ty Vinamilk") also names a body in
    lower case when a province, or a unit with its head word, closes the phrase. With
    `unit_alone` (a head that is a word, not initials), also when only the unit and its
    name follow ("Công đoàn tỉnh Tuyên Quang"; "CDC tỉnh X" keeps its head alone)."""
    if unit_alone and _unit_closes(tail, lex):
        return True  # "Công đoàn tỉnh Tuyên Quang": the unit and its name alone
    for n in (6, 5, 4, 3, 2, 1):
        if len(tail) <= n:
            continue
        place = " ".join(tail[-n:])
        entry = lex.place(place)
        headed = unit_pattern(lex).fullmatch(place) is not None and not place.islower()
        if headed or (entry is not None and entry.kind in PROVINCE_KINDS):
            return _what_it_does(tail[:-n], lex)
    return False


def _unit_closes(tail: list[str], lex: Lexicon) -> bool:
    """The whole tail is a unit's word and a capitalised name ("tỉnh Tuyên Quang")."""
    place = " ".join(tail)
    return (
        len(tail) > 1 and tail[1][:1].isupper() and unit_pattern(lex).fullmatch(place) is not None
    )


def _what_it_does(words: list[str], lex: Lexicon) -> bool:
    """A few plain lower-case words: no preposition ("công ty may mặc ở Bình Dương" speaks
    of firms there) and no unit's word ("CDC tỉnh X" keeps its head alone, the unit's
    committee rule reads "tỉnh X")."""
    if not 0 < len(words) <= MAX_LOWER_WORDS or not all(w.islower() for w in words):
        return False
    text = " ".join(words)
    stop = stop_pattern(lex)
    return not any(
        stop.match(" ".join(words[i:])) or words[i] in PLACE_PREPOSITIONS for i in range(len(words))
    ) and not any(unit in f" {text} " for unit in (f" {u} " for u in UNITS))


_LIST_NEXT = re.compile(r"[ \t]*(?:,|và|-|–)[ \t]*")


def shares_the_next_unit(text: str, end: int, lex: Lexicon) -> bool:
    """ "HĐND và UBND huyện", "Đảng ủy, HĐND, UBND xã X": a committee's head alone, listed
    before another committee of the same unit, is that unit's (a list shares one unit)."""
    gap = _LIST_NEXT.match(text, end)
    if gap is None or gap.end() == end:
        return False
    for head in _unit_heads(lex):
        if text.startswith(head, gap.end()):
            rest = text[gap.end() + len(head) :]
            if rest.startswith(" ") and _unit_word_at(rest[1:], lex):
                return True
            if rest[:1] in ",-–" or rest.startswith(" và "):
                return shares_the_next_unit(text, gap.end() + len(head), lex)
    return False


def _unit_word_at(text: str, lex: Lexicon) -> bool:
    """A unit's head word (data/lexicon/place_heads.txt: "huyện", "TP") opens `text`."""
    lower = text[:12].lower()
    return any(
        lower.startswith(h.label) and not lower[len(h.label) : len(h.label) + 1].isalpha()
        for h in lex.place_heads
    )


@per_lexicon
def _unit_heads(lex: Lexicon) -> tuple[str, ...]:
    """The heads named by their unit alone (flag `of_place`), the longest first."""
    labels = {h.label for h in lex.org_heads if "of_place" in h.flags}
    return tuple(sorted(labels, key=len, reverse=True))
