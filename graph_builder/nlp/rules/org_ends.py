"""Where an organisation's name ends, beyond punctuation and the next head word: a stop
word or verb of running text (data/lexicon/stopwords.txt, verbs.txt), a function word
after a proper name (after_names.txt), a place that completes the name, or a person's
name that follows it. Read by graph_builder.nlp.rules.org_phrases word by word.
"""

from __future__ import annotations

import functools
import re

from graph_builder.nlp.lexicon import LEXICON_DIR, Lexicon, per_lexicon, word_list
from graph_builder.nlp.rules.country_units import unit_after_country
from graph_builder.nlp.rules.name_places import (
    ends_with_place,
    place_goes_on,
    place_head_at,
    place_head_before,
    starts_place,
)
from graph_builder.nlp.rules.stop_words import in_a_compound, stop_pattern
from graph_builder.nlp.rules.text import NAME_SYLLABLE, alternation, words_at_start
from graph_builder.textnorm import ADMINISTRATIVE_UNITS

_NAME_WORDS = re.compile(  # "Hà Tĩnh." is a place, not "Hà" and "Tĩnh.": no punctuation
    r"([^\s,.;:()“”\"]+)[ \t]+([A-ZÀ-ỸĐ][^\s,.;:()“”\"]*)([ \t]+[A-ZÀ-ỸĐ][^\s,.;:()“”\"]*)?"
)
_PROPER = re.compile(NAME_SYLLABLE)  # "Pôn", "Nghị": not "ĐH", "Y" nor "tế"
# a number, an acronym, a letter ("Bệnh viện K", "Khu A")
_CLOSING_WORD = re.compile(r"\d{1,4}|[IVX]{1,4}|[A-ZĐ]{2,}[A-ZĐ0-9&.-]*|[A-ZĐ]")
_DATE_NEXT = re.compile(r"(?:năm|ngày|tháng)\s+\d")
_NUMBERED = re.compile(r"(?:Chương trình|Đề án|Nghị quyết|Chỉ thị|Kế hoạch|Chỉ đạo)\s*$")
UNITS = ADMINISTRATIVE_UNITS
UNIT_ENDS = tuple(f" {unit}" for unit in UNITS)  # a name ending with a unit's word
_CLOSING = re.compile(r"(?<![\wÀ-ỹ])(?:[Tt]rung ương|[Qq]uốc gia|[Qq]uốc tế)$")  # the level
# "Samsung", "Viettel", "Vinamilk": a capitalised word of two or more vowel groups is no
# Vietnamese syllable (each has one: "Nguyễn", "Quảng") but a brand or a foreign name,
# whole by itself as two syllables of a Vietnamese name are
_VOWELS = "aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ"
_COINED = re.compile(rf"[A-ZĐ][a-zđ]*[{_VOWELS}]+[b-df-hj-np-tv-xzđ]+[{_VOWELS}][a-zđ{_VOWELS}]*")


def across_comma(text: str, end: int) -> int | None:
    """ "Ban chỉ đạo phòng, chống dịch ...": where a phrase that holds a comma goes on
    past it (data/lexicon/fixed_phrases.txt), or None when the comma ends the name."""
    if not text.startswith(",", end):
        return None
    for before, after in _comma_phrases():
        if text.endswith(before, 0, end) and text.startswith(after, end + 1):
            return end + 1 + len(after)
    return None


@functools.cache
def _comma_phrases() -> tuple[tuple[str, str], ...]:
    """(before the comma, after it with its space), the longest first."""
    pairs = (p.partition(",")[::2] for p in word_list(LEXICON_DIR / "fixed_phrases.txt"))
    return tuple(sorted(((b, a) for b, a in pairs if a), key=lambda x: -len(x[1])))


def numbered_unit_before(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "Bệnh viện Quận 7", "UBND phường 5": a unit numbered by its head word (flag
    `numbered` of data/lexicon/place_heads.txt) keeps its number inside a name."""
    return _numbered_unit_end(lex).search(text, start, end) is not None


@per_lexicon
def _numbered_unit_end(lex: Lexicon) -> re.Pattern[str]:
    heads = alternation(tuple(h.label for h in lex.place_heads if "numbered" in h.flags))
    return re.compile(rf"(?<![\wÀ-ỹ])(?:{heads})[ \t]*$", re.IGNORECASE)


def ends_after_proper_name(phrase: str, text: str, pos: int, lex: Lexicon) -> bool:
    """ "Bệnh viện Xanh Pôn cách ly ...", "... Hữu Nghị ở Hà Nội": two capitalised syllables end
    what is read so far (a proper name), or a number, an acronym or the body's level does
    ("... cơ sở 2 vào ...", "... XHHT từ ...", "... Trung ương kết quả ..."), and a
    function word or a verb of running text follows (data/lexicon/after_names.txt).
    Inside a name such words follow only common nouns in lower case ("nhà ở", "từ
    thiện"), so they end a name only after a proper one."""
    if not ends_in_proper_name(phrase) or not text[pos : pos + 1].islower():
        return False
    return _after_names(lex).match(text, pos) is not None


@per_lexicon
def _after_names(lex: Lexicon) -> re.Pattern[str]:
    return words_at_start(lex.after_names)


def ends_in_proper_name(phrase: str) -> bool:
    """Two capitalised syllables end `phrase` ("... Xanh Pôn"), or a number, an acronym,
    a letter, the body's level or a brand's word does: a proper name is complete there."""
    last = phrase.split()[-2:]
    closed = bool(last) and _CLOSING_WORD.fullmatch(last[-1]) is not None  # "cơ sở 2", "XH"
    closed = closed or _CLOSING.search(phrase) is not None  # "... Nhi Trung ương"
    closed = closed or (bool(last) and _COINED.fullmatch(last[-1]) is not None)  # "Samsung"
    return closed or (len(last) == 2 and all(_PROPER.fullmatch(w) for w in last))


def starts_with_stopword(text: str, pos: int, lex: Lexicon) -> bool:
    """Stop words are verbs and prepositions of running text: written in lower case."""
    if not text[pos : pos + 1].islower() or in_a_compound(text, pos):
        return False
    return stop_pattern(lex).match(text[pos : pos + 40].lower()) is not None


PROVINCE_HEAD = "tỉnh"  # every province is in the gazetteer; "Tỉnh Đoàn" is a union


def is_person_name(text: str, pos: int, lex: Lexicon, prev_end: int) -> bool:
    """A family name and capitalised syllables, but not two syllables right after a place's
    head word: "UBND huyện Thạch Hà" names a district ("Thạch" is also a family name),
    while "Hội ... tỉnh Nguyễn Mạnh Kiên" is followed by a person. After "tỉnh" two
    syllables are a person's too when no province has that name: the gazetteer knows every
    province, not every district ("Phó Chủ tịch UBND tỉnh Nguyễn Thiện nhấn mạnh")."""
    following = _NAME_WORDS.match(text, pos)
    if not following:
        return False
    two = following.group(1) + " " + following.group(2)
    after_head = place_head_before(lex).search(text, max(0, prev_end - 12), prev_end)
    if after_head and not following.group(3):
        return after_head.group() == PROVINCE_HEAD and lex.place(two) is None
    three = two + (following.group(3) or "")
    return lex.place(two) is None and lex.place(three) is None


def stops_here(
    text: str,
    pos: int,
    end: int,
    cursor: int,
    token: str,
    lex: Lexicon,
    *,
    flags: frozenset[str],
    first: bool,
) -> bool:
    """Whether the name read so far (text[pos:end]) ends before the word at `cursor`: a
    word of running text, a date ("... tỉnh năm 2017"), a number that is no part of the
    name, a place that completes it, or a proper name followed by running text."""
    if starts_with_stopword(text, cursor, lex) or verb_for_place(text, pos, end, cursor, lex):
        return True
    if _where_next(text, cursor, lex):
        return True  # "Trung tâm Y tế dự phòng ở đường Lê Lợi"
    if _DATE_NEXT.match(text, cursor):
        return True  # "Trung tâm Bảo trợ xã hội tỉnh năm 2017": the year of what it did
    if (
        token.isdigit()
        and not (first and "numbered" in flags)
        and not _NUMBERED.search(text, pos, end)
        and not numbered_unit_before(text, pos, end, lex)
    ):
        return True  # "Ban Chỉ đạo Chương trình 135", "Bệnh viện Quận 7" keep their number
    if (
        ends_with_place(text[pos:end], lex)
        and not starts_place(text, cursor, lex)
        and not place_goes_on(text[pos:end], token, lex)
        and not _own_word_then_unit(text, pos, end, cursor, lex)
        and not unit_after_country(text, pos, end, cursor, lex)
    ):
        return True  # "UBND tỉnh Lào Cai" is complete: what follows is not its name
    return ends_after_proper_name(text[pos:end], text, cursor, lex)


def _own_word_then_unit(text: str, pos: int, end: int, cursor: int, lex: Lexicon) -> bool:
    """ "Sở Tư pháp tỉnh Hà Tĩnh": a name closing with a lower-case word that is also a
    place's name ("pháp", "Pháp") is not complete, when a unit's word and a capitalised
    name come next."""
    if not text[pos:end].rsplit(" ", 1)[-1][:1].islower():
        return False
    head = place_head_at(lex).match(text, cursor)
    return head is not None and text[head.end() : head.end() + 1].isupper()


_AT = re.compile(r"(?:ở|tại)[ \t]+")


def _where_next(text: str, cursor: int, lex: Lexicon) -> bool:
    """ "ở"/"tại" and a place's or a street's head word: where the body is, after its name
    even when the name ends in lower case ("... dự phòng ở đường ..."); not a compound
    that a unit's word begins ("nhà ở xã hội": data/lexicon/unit_compounds.txt), nor
    "nhà ở" itself (housing: "Quỹ Phát triển nhà ở thành phố")."""
    at = _AT.match(text, cursor)
    if at is None or text[max(0, cursor - 4) : cursor].rstrip().endswith("nhà"):
        return False
    rest = text[at.end() : at.end() + 24]
    if any(rest.startswith(c) for c in _compounds()):
        return False
    heads = (h.label for h in (*lex.place_heads, *lex.site_heads))
    return any(rest.startswith(h + " ") for h in heads)


def verb_for_place(text: str, pos: int, end: int, cursor: int, lex: Lexicon) -> bool:
    """ "... của Ủy ban nhân dân tỉnh Phê duyệt Đề án ...": after a unit's word a place is
    expected, and a stop word there ends the name even written with a capital. Any word
    in lower case ends it too ("Hội Nông dân huyện tập huấn ...", "Ban X tỉnh làm ..."):
    a unit's name is capitalised or a number, and no verb list holds every verb. Not the
    words a unit's word begins ("xã hội", "xã viên": data/lexicon/unit_compounds.txt)."""
    unit = next((u for u in UNITS if text.endswith(f" {u}", pos, end)), None)
    if unit is None:
        return _after_units_name(text, pos, end, cursor, lex)
    if stop_pattern(lex).match(text[cursor : cursor + 40].lower()) is not None:
        return True
    word = text[cursor : cursor + 20].split(maxsplit=1)[:1]
    return bool(word) and word[0][:1].islower() and f"{unit} {word[0]}" not in _compounds()


_UNITS_NAME = re.compile(
    rf"(?<![\wÀ-ỹ])(?i:{'|'.join(UNITS)})(?:[ \t]+{NAME_SYLLABLE}){{1,4}}$"
)  # the unit's word in either case, its name capitalised ("Khoa học Xã hội" is none)


def _after_units_name(text: str, pos: int, end: int, cursor: int, lex: Lexicon) -> bool:
    """ "Hội Cựu chiến binh xã Tân Lập long trọng tổ chức ...": after a unit's word and its
    capitalised name, a word in lower case is running text too, unless it opens the unit
    the first lies in ("xã Tân Lập huyện ...")."""
    if not text[cursor : cursor + 1].islower() or not _UNITS_NAME.search(text, pos, end):
        return False
    return place_head_before(lex).search(text[cursor : cursor + 12].split(" ")[0]) is None


@functools.cache
def _compounds() -> frozenset[str]:
    return frozenset(word_list(LEXICON_DIR / "unit_compounds.txt"))


AT = "tại"
_SEAT = re.compile(r"[ \t]+(\S+(?:[ \t]+\S+){0,3})")


def seat_end(text: str, pos: int, lex: Lexicon) -> int | None:
    """Where the gazetteer place right after "tại" ends, if one is there."""
    m = _SEAT.match(text, pos)
    if m is None:
        return None
    words = list(re.finditer(r"\S+", m.group(1)))
    for n in range(len(words), 0, -1):
        name = m.group(1)[: words[n - 1].end()].rstrip(",.;:)")
        capitalised = all(w.group()[:1].isupper() for w in words[:n])
        if capitalised and lex.place(name) is not None:
            return m.start(1) + len(name)
    return None
