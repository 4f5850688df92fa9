"""Vietnamese names with no honorific, title or post around them ("Nguyễn Thị Hồng Nhung
cho biết ..."), and the words that make a name something else's.

A name is a family name (data/lexicon/surnames.txt) plus capitalised syllables, so a bare
one is taken only when nothing else explains it:
- three or four syllables: two-syllable runs are mostly places and historic figures that
  name streets and provinces ("Hà Nội", "Lê Lợi");
- no other span claims it (a place, a policy's or an event's name) and no gazetteer place
  is inside it ("Thái Bình Dương" holds "Thái Bình");
- it is not named after: no word of data/lexicon/named_after.txt right before it
  ("đường Lê Văn Sỹ", "xã Nguyễn Văn Trỗi", "Trường THPT Nguyễn Huệ"), nor a house
  number ("82 Trần Quý Cáp");
- it is not part of a longer capitalised run (a Title Case headline, an organisation):
  the word before it is lower case or starts the sentence, the word after is not
  capitalised, and the line is not mostly capitalised words.
"""

from __future__ import annotations

import functools
import re

from graph_builder.nlp.lexicon import LEXICON_DIR, Lexicon, norm, per_lexicon, word_list
from graph_builder.nlp.rules.text import NAME_SYLLABLE, Intervals, alternation

MIN_SYLLABLES = 3
HEADLINE_SHARE = 0.7  # a line with this share of capitalised words is in Title Case
_CAPITAL_AFTER = re.compile(rf"[ \t]+(?:{NAME_SYLLABLE}|[A-ZĐ]{{2,}})")
_PREVIOUS = re.compile(r"(\S+)[ \t]+$")
_FAMILY_BEFORE = re.compile(rf"(?:(\S+)[ \t]+)?({NAME_SYLLABLE})[ \t]+$")
# an address's house number: "(82 ", "số 12A ", "tại 5/3 " (a year before a name is none)
_HOUSE_NUMBER = re.compile(r"(?:\(|(?<![\wÀ-ỹ])(?:[Ss]ố|tại))[ \t]*\d+[A-Za-z]?(?:/\d+)*[ \t]+$")
_CLAUSE_START = re.compile(r"(?:^|[.!?:;\n“\"(\[–-])\s*$")


@per_lexicon
def named_after(lex: Lexicon) -> re.Pattern[str]:
    """Words right before a name that make it a street's, place's or school's; compiled
    once per lexicon and matched against the text just before the name."""
    words = alternation(word_list(LEXICON_DIR / "named_after.txt"))
    return re.compile(rf"(?<![\wÀ-ỹ])(?:{words})[ \t]+$", re.IGNORECASE)


def is_named_after(text: str, start: int, lex: Lexicon) -> bool:
    return named_after(lex).search(text, max(0, start - 24), start) is not None


def is_historic_figure(name: str, lex: Lexicon) -> bool:
    """A king's, hero's or scholar's name (data/lexicon/historic_figures.txt), which news of
    today writes for the street, school or branch named after them ("Trường THCS Chu Văn
    An", "59 Lý Thái Tổ"); read once per lexicon."""
    return norm(name) in _historic_figures(lex)


@per_lexicon
def _historic_figures(lex: Lexicon) -> frozenset[str]:
    return frozenset(map(norm, word_list(LEXICON_DIR / "historic_figures.txt")))


def is_bare_name(text: str, start: int, end: int, lex: Lexicon, claimed: Intervals) -> bool:
    """True when the name at text[start:end] stands as a person with nothing else to say so.
    `claimed`: the other names (places, policies, events), which it must not overlap."""
    words = text[start:end].split()
    if len(words) < MIN_SYLLABLES or claimed.overlaps(start, end):
        return False
    if _holds_place(words, lex) or is_named_after(text, start, lex):
        return False
    if _HOUSE_NUMBER.search(text, max(0, start - 16), start):
        return False  # "(82 Trần Quý Cáp, phường ...)": an address's street
    return not _in_capitalised_run(text, start, end)


def _holds_place(words: list[str], lex: Lexicon) -> bool:
    return any(
        lex.place(" ".join(words[i : i + n])) is not None
        for n in (2, 3)
        for i in range(len(words) - n + 1)
    )


def _in_capitalised_run(text: str, start: int, end: int) -> bool:
    if _CAPITAL_AFTER.match(text, end):
        return True
    previous = _PREVIOUS.search(text, max(0, start - 40), start)
    if previous and _capitalised_mid_clause(text, previous):
        return True  # "Trung tâm Y tế Nguyễn ..." or "THPT Nguyễn Huệ"
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return _title_case_line(text, line_start, line_end if line_end >= 0 else len(text))


@functools.lru_cache(maxsize=256)
def _title_case_line(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a line in Title Case? Once per line: asked for every name on it,
    and a text without line breaks is one line (a string's hash is kept by Python, and a
    hit compares the same object, so the key costs nothing however long the text)."""
    line = text[start:end].split()
    capitalised = [w for w in line if w[:1].isupper()]
    return len(line) >= 4 and len(capitalised) >= HEADLINE_SHARE * len(line)


def _capitalised_mid_clause(text: str, word: re.Match[str]) -> bool:
    """A capitalised word that neither starts its clause nor ends with punctuation."""
    written = word.group(1)
    if not written[:1].isupper() or written[-1] in ',;:)”"':
        return False
    return not clause_start_before(text, word.start(1))


def clause_start_before(text: str, pos: int) -> bool:
    """Nothing but punctuation or the start of a line before `pos` in its clause."""
    return _CLAUSE_START.search(text, max(0, pos - 3), pos) is not None


def family_name_before(text: str, pos: int, lex: Lexicon) -> bool:
    """A family name right before `pos` that opens a person's name ("Thứ trưởng Nguyễn" +
    "Trường Xuân", "Phó Thủ tướng Phạm" + "Bình Minh"), so what follows is the person's.
    Not a word that starts its clause ("Từ Quy Nhơn, ..." is "from"), nor the last
    syllable of a capitalised run ("Bắc Ninh", "Kiên Giang" end places)."""
    word = _FAMILY_BEFORE.search(text, max(0, pos - 24), pos)
    if word is None or word.group(2) not in lex.surnames:
        return False
    if clause_start_before(text, word.start(2)):
        return False
    return not (word.group(1) and _capitalised_mid_clause(text, word))
