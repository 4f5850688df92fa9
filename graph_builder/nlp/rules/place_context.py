"""What around a capitalised name says it is no place, though a gazetteer or a head word
reads one: a country saying whose ("người Việt Nam"), a title in quotes, a unit's head word
that opens a body's name ("Huyện Đoàn ...", "tỉnh Hội" for the province's association).
"""

from __future__ import annotations

import bisect
import functools
import re

from graph_builder.nlp.lexicon import LEXICON_DIR, Lexicon, per_lexicon, word_list
from graph_builder.nlp.rules.text import Span, alternation

HAMLET_LEVEL = "0"  # data/lexicon/place_heads.txt: the level of thôn, xóm, ấp
WHOSE_REACH = 20  # the longest word of demonym_words.txt ("doanh nghiệp") and its space


def whose(text: str, span: Span, lex: Lexicon) -> bool:
    """ "người Việt Nam", "Mẹ Việt Nam anh hùng": a country saying whose (demonym_words.txt).
    Not a unit written with its head word ("người cao tuổi xã Phú An"): the head says
    where the people are, as "người dân xã ..." does; but a body's name may hold the
    words ("Hội Người cao tuổi xã Phú An"), and the unit is then that body's."""
    before = text[max(0, span.start - WHOSE_REACH) : span.start]
    if _whose_pattern(lex).search(before) is None:
        return False
    return not _headed(span.text, lex) or _body_before(text, span.start, lex)


_WORDS_BEFORE = 4  # "Hội Người cao tuổi xã ...": the body's head within a few words


def _body_before(text: str, start: int, lex: Lexicon) -> bool:
    """A body's head word (data/lexicon/org_heads.txt) among the words right before."""
    words = re.findall(r"[\wÀ-ỹ]+", text[max(0, start - 40) : start].lower())[-_WORDS_BEFORE:]
    heads = _org_heads(lex)
    return any(" ".join(words[i : i + n]) in heads for i in range(len(words)) for n in (1, 2, 3))


def _headed(name: str, lex: Lexicon) -> bool:
    """The name opens with a unit's head word and a space ("xã Phú An", "tỉnh Bình Định"),
    or with a site's, in lower case ("cửa khẩu quốc tế Cầu Treo" after "khu kinh tế"); not
    a gazetteer name in lower case ("người châu Âu" says whose)."""
    lower = name.lower()
    site = name[:1].islower() and lex.place(name) is None
    return site or any(lower.startswith(h.label + " ") for h in lex.place_heads)


@per_lexicon
def _whose_pattern(lex: Lexicon) -> re.Pattern[str]:
    """The demonym words as one pattern, once per lexicon (one search per word and place,
    each formatted anew, was most of the module-level regex calls of a long text)."""
    words = alternation(lex.demonym_words)
    return re.compile(rf"(?<![\wÀ-ỹ])(?:{words})[ \t]+$", re.IGNORECASE)


# "USAID/Việt Nam", "TTXVN/Vietnam+": an agency's office in the country, or its credit
_ACRONYM_SLASH = re.compile(r"(?<![\wÀ-ỹ])[A-ZĐ]{2,}[A-Za-z]*/$")


def after_acronym(text: str, span: Span) -> bool:
    """A place's name right after an acronym and a slash is the agency's office's name."""
    return _ACRONYM_SLASH.search(text, max(0, span.start - 12), span.start) is not None


# "Tin, ảnh: Mai Huế": a credit line names its reporter or photographer; a place right
# after the cue ("Ảnh: Hà Nội về đêm") is a caption's, and stays one
_CREDIT = re.compile(
    r"(?<![\wÀ-ỹ])(?:Tin|Bài|Ảnh)(?:[ \t]*(?:,|và)[ \t]*ảnh)?[ \t]*:[ \t]*"
    r"(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*[ \t]+){1,2}$"
)
CREDIT_REACH = 40  # the cue and two syllables before the place; no scan from the start


# "(Ảnh: P. Thùy)": an initial with its stop reads as an abbreviated head ("P." for phường)
_INITIAL = re.compile(r"[A-ZĐ]\.[ \t]*[A-ZÀ-ỸĐ]")
_CREDIT_CUE = re.compile(r"(?<![\wÀ-ỹ])(?:Tin|Bài|Ảnh)(?:[ \t]*(?:,|và)[ \t]*ảnh)?[ \t]*:[ \t]*$")


def credited(text: str, span: Span) -> bool:
    """A place's name in a credit line ("Tin, ảnh: Mai Huế") is part of a person's name, and
    so is one that opens it with an initial ("Ảnh: P. Thùy")."""
    reach = max(0, span.start - CREDIT_REACH)
    if _CREDIT.search(text, reach, span.start) is not None:
        return True
    return (
        _INITIAL.match(span.text) is not None
        and _CREDIT_CUE.search(text, reach, span.start) is not None
    )


# a sentence ends inside the quote: a stop then a capital (not "TP. HCM"), or ? and !
_SPEECH = re.compile(r"(?<![A-ZĐ])[.…][ \t]+[A-ZÀ-ỸĐ]|[?!]")
QUOTE_REACH = 600  # a quoted title or speech is shorter; no scan to the end of the text
# "”, ông Nam nói", "” - chủ tịch quận cho biết": a comma or a dash, then the speaker
# and a verb of speech (data/lexicon/speech_verbs.txt) within a few words
_SPEAKER = re.compile(
    r"[ \t]*(?:,|[-–])[ \t]*(?:[\wÀ-ỹ.]+[ \t]+){1,8}?"
    rf"(?:nói|{alternation(word_list(LEXICON_DIR / 'speech_verbs.txt'))})(?![\wÀ-ỹ])"
)


def quoted(text: str, span: Span) -> bool:
    """A place inside quotes on its line is part of a title ("“Ngày ... Việt Nam”"); not
    inside quoted speech, which a sentence's end inside the quotes shows ("“... với tỉnh
    Đồng Nai. Và nay ...”"): a title is a phrase, speech has sentences. A title is also
    closed on its line, and nobody is said to have said it: a quote left open (speech
    running on over paragraphs) or followed by its speaker ("”, ông Nam nói") is speech."""
    line_start = text.rfind("\n", 0, span.start) + 1
    opening, closing, straight = (
        bisect.bisect_left(found, span.start) - bisect.bisect_left(found, line_start)
        for found in _quote_marks(text)
    )
    if not (opening > closing or straight % 2 == 1):
        return False
    reach = max(line_start, span.start - QUOTE_REACH)
    start = max(text.rfind("“", reach, span.start), text.rfind('"', reach, span.start), reach)
    line_end = text.find("\n", span.end)
    limit = min(len(text) if line_end < 0 else line_end, span.end + QUOTE_REACH)
    ends = [i for mark in ("”", '"') if (i := text.find(mark, span.end, limit)) >= 0]
    if not ends:
        return False
    end = min(ends)
    return _SPEECH.search(text, start, end) is None and not _SPEAKER.match(text, end + 1, limit)


@functools.lru_cache(maxsize=8)
def _quote_marks(text: str) -> tuple[list[int], list[int], list[int]]:
    """Where “, ” and " stand, once per text: counting them on the line before every place
    was quadratic on a text without line breaks (the key is cheap: Python keeps a string's
    hash, and a hit compares the same object)."""
    opening, closing, straight = (
        [m.start() for m in re.finditer(mark, text)] for mark in ("“", "”", '"')
    )
    return opening, closing, straight


def in_a_body(unit: str, name: str | None, name_on: str, lex: Lexicon) -> bool:
    """ "thuộc tỉnh Hội" (the province's association), "Huyện Đoàn Phú Tân" (the district's
    Youth Union), "thành phố Đại học" (a university town): the unit's word opens a body's
    name (data/lexicon/org_heads.txt), or what follows it, from its name on (`name_on`),
    is a body's head word. Then the unit is a body's level or a common noun, no place.
    Not after a hamlet's head word ("thôn Viện", "xóm Bộ"): no body is named by a hamlet's
    level, so a head word after it is the hamlet's name."""
    heads = _org_heads(lex)
    words = unit.lower().split()
    if any(" ".join(words[:n]) in heads for n in (2, 3)):
        return True
    if is_hamlet(unit, lex):
        return False
    two = " ".join(re.findall(r"[\wÀ-ỹ]+", name_on.lower())[:2])
    return (name is not None and name.lower() in heads) or two in heads


@per_lexicon
def _org_heads(lex: Lexicon) -> frozenset[str]:
    return frozenset(h.label.lower() for h in lex.org_heads)


def is_hamlet(unit: str, lex: Lexicon) -> bool:
    """The unit's head word is of the lowest level (data/lexicon/place_heads.txt: thôn,
    xóm, ấp, làng, khu phố), below any that a body is named by."""
    lower = unit.lower()
    return any(lower.startswith(h.label + " ") and h.kind == HAMLET_LEVEL for h in lex.place_heads)


_NUMBER_ONLY = re.compile(r"[ \t]+\d{1,3}")


def numbered_hamlet(unit: str, lex: Lexicon) -> bool:
    """ "ấp 5", "khu phố 3": a unit of the lowest level named by its number alone."""
    lower = unit.lower()
    return any(
        lower.startswith(h.label)
        and h.kind == HAMLET_LEVEL
        and _NUMBER_ONLY.fullmatch(lower, len(h.label)) is not None
        for h in lex.place_heads
    )


# "thôn Thái Bằng 1, xã ...": a hamlet's number after its name, then punctuation or the end
_HAMLET_NUMBER = re.compile(r"[ \t]+\d{1,2}(?=[,.;)\n]|$)")


def hamlet_number_end(text: str, unit: Span, lex: Lexicon) -> int:
    """Where a hamlet's name ends when a number completes it ("thôn Thái Bằng 1": one of
    several hamlets of that name); a commune's or district's name is never numbered so
    (a number after it is a count: "Lý Nhân 337")."""
    m = _HAMLET_NUMBER.match(text, unit.end)
    return m.end() if m is not None and is_hamlet(unit.text, lex) else unit.end


def word_of_prose(name: str | None, lex: Lexicon) -> bool:
    """ "... giới TP. Theo đó, ...": a name of one syllable that is a stop word opens the
    next sentence after a head word that closed the last one; no unit is named so."""
    return name is not None and " " not in name and name.lower() in lex.stopwords


def in_particulars(text: str, name: Span, lex: Lexicon) -> bool:
    """ "nam, 52 tuổi, Đông Xá (Ngũ Hành Sơn, Đà Nẵng)": a name in a list of particulars; "Bà
    Lan (xã X, huyện Y)" opens a sentence and ", Lê Minh (quận X)" starts with a family
    name: people with their addresses."""
    after_comma = text[max(0, name.start - 3) : name.start].rstrip().endswith(",")
    return after_comma and name.text.split()[0] not in lex.surnames
