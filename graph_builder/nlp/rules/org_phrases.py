"""Organisation names opened by a head word ("Sở ...", "Trung tâm ...", "Trường ĐH ...").

A phrase runs from a head word to the first stop word, punctuation, person name or new
head word. The head words, the kind each gives and the flags that change how a name is
read are data (data/lexicon/org_heads.txt), like the words that end a name.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from graph_builder.nlp.lexicon import Head, Lexicon
from graph_builder.nlp.rules.and_tails import and_runs_to_place
from graph_builder.nlp.rules.bare_names import clause_start_before, family_name_before
from graph_builder.nlp.rules.head_words import HeadWords
from graph_builder.nlp.rules.local_bodies import (
    generic_unit,
    of_a_province,
    of_a_unit,
    shares_the_next_unit,
)
from graph_builder.nlp.rules.name_places import place_goes_on, starts_place
from graph_builder.nlp.rules.org_ends import (
    AT,
    UNITS,
    across_comma,
    ends_in_proper_name,
    is_person_name,
    seat_end,
    stops_here,
)
from graph_builder.nlp.rules.places import gazetteer_spans
from graph_builder.nlp.rules.text import NAME_SYLLABLE, Span

# "|": a table's cell; "…": an ellipsis ends a name as a full stop does ("Sở Y tế…")
_WORD = re.compile(r"[^\s,.;:()“”\"'!?|…]+(?:\.[A-Z][^\s,.;:()“”\"'!?|…]*)*")
_GAP = re.compile(r"[ \t]*([-–&][ \t]*)?")
_EPONYM = re.compile(rf"\S+(?:\s+{NAME_SYLLABLE}){{1,3}}(?![\wÀ-ỹ])")
_IN_A_LAWS_NAME = re.compile(r"(?<![\wÀ-ỹ])(?:luật|pháp lệnh)\s$")
# "Số hiệu: 16/KH-UBND Loại văn bản: ...": a head glued to a document's number is its
# issuer's code, and the capitals after it (a portal's next field) are no name of a body
_IN_A_NUMBER = re.compile(r"(?<!\S)\S*\d\S*[/-]$")  # not "Tỉnh ủy-HĐND-UBND": a list
# "Trưởng ban Chỉ đạo ...": a board written in lower case right after its head's post
_BOARD_AFTER_POST = re.compile(r"(?<=[Tt]rưởng )(ban)(?= [A-ZĐ])(?! Ban\b)")  # not "... ban Ban X"
# "TP.HCMcùng": an acronym glued to the next word. Lower case is tested with islower():
# the range à-ỹ holds "Đ" (U+0110), so "GD&ĐT" read as glued before.
_GLUED = re.compile(r"^([A-ZĐ][A-ZĐ.&-]+)(\w)")
_HONORIFIC = re.compile(r"(?<![\wÀ-ỹ])(?:ông|bà|anh|chị|em|cháu)[ \t]+$")  # "Anh": the UK
# "Trung tâm kiểm soát bệnh tật (CDC) tỉnh X": initials in brackets, then the territory,
# after words in lower case show that the words are a body's name, as a capital would
_INITIALS_NEXT = re.compile(r"[ \t]*\([ \t]*[A-ZĐ]{2,8}[ \t]*\)[ \t]+")
MAX_WORDS = 24  # words after the head: a centre of care names whom it serves, then its place
ABOUT = "về"
AND = "và"


@dataclass(frozen=True)
class Phrase:
    start: int
    end: int
    head: Head


def head_phrases(text: str, lex: Lexicon) -> list[Phrase]:
    """Every name a head word opens; the caller weighs them against the gazetteer."""
    heads = HeadWords.of(lex)
    out = []
    matches = [*heads.pattern.finditer(text), *_BOARD_AFTER_POST.finditer(text)]
    places = gazetteer_spans(text, lex)  # disjoint, in text order
    coined_end = -1  # where the last firm's coined name ends ("Công ty Trường Phúc")
    for found in matches:
        m = _past_a_posts_word(text, found, heads)
        head = heads.by_label.get(m.group(1)) or heads.by_label[m.group(1).capitalize()]
        if _in_a_place(places, m.start(), m.end()) or _a_persons(text, m.start(), lex):
            continue
        if _IN_A_NUMBER.search(text, max(0, m.start() - 24), m.start()):
            continue
        if m.start() < coined_end and not _restarts(head, frozenset({"coined"})):
            continue  # "Trường" in "Công ty Trường Phúc": a syllable of the firm's name
        before = text[max(0, m.start() - 9) : m.start()].lower()
        if re.search(r"(các|những)\s$", before) or _IN_A_LAWS_NAME.search(before):
            continue  # "Luật Tổ chức Chính phủ" names a law
        if "not_initial" in head.flags and clause_start_before(text, m.start()):
            continue
        end = _phrase_end(text, m.end(), lex, head.flags)
        name = text[m.start() : end].rstrip(" -–&")
        tail = name[len(head.label) :].split()
        if heads.is_no_name(name):
            continue
        if not tail:
            if "alone" in head.flags or (
                "of_place" in head.flags and shares_the_next_unit(text, m.end(), lex)
            ):
                out.append(Phrase(m.start(), m.start() + len(name), head))
            continue
        after = re.findall(r"[^\s,.;:()]+", text[m.end() : m.end() + 20])  # up to a number
        unit = generic_unit(after, lex) if "of_place" in head.flags else None
        if not any(w[:1].isupper() for w in tail) and not _by_number(head, tail):
            if unit is not None:
                name = name[: len(m.group(1))] + " " + unit  # "UBND tỉnh", "HĐND xã"
            elif not (
                _initials_then_place(text, m.start() + len(name), lex)
                or of_a_unit(tail, text, m.start() + len(name))
            ):
                continue
        if lex.place(name):
            continue  # "Đài Loan" is a place, not a broadcaster
        if (
            "capitalised" in head.flags
            and not tail[0][:1].isupper()
            and unit is None
            and not of_a_province(tail, lex, unit_alone=not head.label.isupper())
        ):
            continue  # "BHXH tự nguyện và BHYT" is insurance; "BHXH tỉnh Y" its agency
        out.append(Phrase(m.start(), m.start() + len(name), head))
        coined_end = m.start() + len(name) if "coined" in head.flags else coined_end
    return out


def _initials_then_place(text: str, pos: int, lex: Lexicon) -> bool:
    """ "(CDC) tỉnh Nghệ An", "(CDC) Đà Nẵng" at `pos`: a body's initials and its territory;
    a common noun's initials go on with the sentence ("trung tâm thương mại (TTTM) mở")."""
    m = _INITIALS_NEXT.match(text, pos)
    if m is None:
        return False
    rest = text[m.end() : m.end() + 16].lower()
    return starts_place(text, m.end(), lex) or any(rest.startswith(f"{u} ") for u in UNITS)


_POST_BEFORE = re.compile(r"(?:[Cc]hủ tịch|[Bb]í thư|[Tt]rưởng ban)[ \t]+$")


def _past_a_posts_word(text: str, m: re.Match[str], heads: HeadWords) -> re.Match[str]:
    """ "Phó Chủ tịch Thường trực HĐND tỉnh": after a post, a "standing" head's first
    words go on the post, and the name is the body's (the head within it)."""
    head = heads.by_label.get(m.group(1)) or heads.by_label.get(m.group(1).capitalize())
    if head is None or "standing" not in head.flags:
        return m
    if not _POST_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return m
    starts = [m.start() + i + 1 for i, c in enumerate(m.group(1)) if c == " "]
    return next((i for at in starts if (i := heads.pattern.match(text, at))), m)


def _in_a_place(places: list[Span], start: int, end: int) -> bool:
    """ "Tây Ban Nha", "Trường Sa": the head word is a syllable of a place's name."""
    i = bisect.bisect_right(places, start, key=lambda s: s.start) - 1
    return i >= 0 and start < places[i].end and (places[i].start < start or places[i].end > end)


def _a_persons(text: str, start: int, lex: Lexicon) -> bool:
    """ "Thứ trưởng Đỗ Trường Xuân", "anh Trường Lâm": a head word after a family name
    or an honorific is a syllable of a person's name."""
    honorific = _HONORIFIC.search(text, max(0, start - 5), start)
    return honorific is not None or family_name_before(text, start, lex)


def _by_number(head: Head, tail: list[str]) -> bool:
    """ "Bệnh viện 108", "Bệnh viện số 2": a head flagged `numbered` may be named by a
    number alone."""
    number = tail[1:2] if tail[0] == "số" else tail[:1]
    return "numbered" in head.flags and bool(number) and number[0].isdigit()


def _restarts(head: Head, flags: frozenset[str]) -> bool:
    """ "Sở Y tế Sở Tài chính": a restarting head opens the next name of a list; not a head
    of one word inside a firm's coined name ("Công ty TNHH Trường Thịnh"), where it is the
    name's first syllable."""
    return "restarts" in head.flags and not ("coined" in flags and " " not in head.label)


def _phrase_end(text: str, pos: int, lex: Lexicon, flags: frozenset[str]) -> int:
    """Flags of the head (data/lexicon/org_heads.txt): "about" keeps a "về ..." complement
    ("Ủy ban Quốc gia về người cao tuổi"); "posted" keeps "tại" and the place the office
    is posted in ("Đại sứ quán Anh tại Hà Nội"); "eponym" reads a person's name right after the
    head as the name ("Trường ĐH Võ Trường Toản"), which elsewhere ends it."""
    heads = HeadWords.of(lex)
    about = "about" in flags
    end = pos
    words = 0
    while words < MAX_WORDS:
        gap = _GAP.match(text, end)  # always matches (maybe empty); never slices the text
        sep = gap.group(1) if gap else None
        cursor = gap.end() if gap else end
        number = heads.numbered.match(text, cursor)
        if number and not text[end:cursor].count("\n"):
            end = number.end()  # "... Hà Nội cơ sở 2", "Trường Tiểu học số 1 ..."
            words += 2
            continue
        if words and (past := across_comma(text, end)):
            end = past  # "Ban chỉ đạo phòng, chống dịch ..."
            words += 2
            continue
        dotted = heads.dotted.match(text, cursor)
        word = _WORD.match(text, dotted.end() if dotted else cursor)
        if not word or cursor >= len(text) or text[end:cursor].count("\n"):
            break
        token = word.group()
        glued = _GLUED.match(token)
        if glued and glued.group(2).islower():  # "TP.HCMcùng": a missing space in the source
            end = word.start() + len(glued.group(1))
            break
        if about and token == ABOUT:
            end = word.end()
            words += 1
            continue
        if "posted" in flags and token == AT and (seat := seat_end(text, word.end(), lex)):
            end = seat
            break
        if stops_here(text, pos, end, cursor, token, lex, flags=flags, first=not words):
            break
        if sep and sep[0] in "-–" and heads.post.match(text, cursor):
            break  # "Bí thư Huyện ủy – Chủ tịch UBND huyện": the dash opens the next post
        if (
            sep
            and sep[0] in "-–"
            and token[:1].islower()
            and ends_in_proper_name(text[max(0, end - 40) : end])
        ):
            break  # "Bệnh viện Xanh Pôn - nơi ...": a dash after a proper name, then prose
        head = heads.pattern.match(text, cursor)
        if head and words and (sep or _restarts(heads.by_label[head.group(1)], flags)):
            break
        if token == AND:
            nxt = _WORD.match(text, word.end() + 1)
            if not nxt or heads.pattern.match(text, nxt.start()):
                break
            before = text[max(pos, end - 20) : end].split()
            if not nxt.group()[:1].isupper() and not (
                words and before and and_runs_to_place(text, nxt.start(), before[-1], lex)
            ):
                break  # "và trẻ mồ côi Việt Nam" goes on to the territory: one name
        if (
            token in lex.surnames
            and not place_goes_on(text[pos:end], token, lex)  # "Tỉnh ủy Hà" + "Giang"
            and is_person_name(text, cursor, lex, end)
        ):
            eponym = _EPONYM.match(text, cursor) if not words and "eponym" in flags else None
            if eponym is None:
                break
            end = eponym.end()
            words += len(eponym.group().split())
            continue
        end = word.end()
        words += 1
    return end
