"""Places written without their own head word: the rest of a list that one head word opens
("các xã Lục Yên, Hòa Bình và Tân Lập"), and the place a headline opens with ("Kon Tum:
Khai mạc ...").

Vietnamese writes the head word once for a list of units of one level, so only the first
name follows it. The list counts only after a plural word ("các", "những", a number:
"2 xã A và B"): without one, "xã A, B" is the commune A in the district or province B,
which the gazetteer or its own head word names. A headline naming where it happened is the
news dateline; only the article's first line is read, so "Số:" or "Nguồn:" lines are not.
"""

from __future__ import annotations

import re

from graph_builder.nlp.lexicon import Lexicon, per_lexicon
from graph_builder.nlp.rules.place_patterns import UNIT_NUMBER
from graph_builder.nlp.rules.text import NAME_SYLLABLE, Span, alternation

MAX_SYLLABLES = 4
_NAME = (
    rf"{NAME_SYLLABLE}(?:[ \t]+{NAME_SYLLABLE}){{0,{MAX_SYLLABLES - 1}}}{UNIT_NUMBER}(?![\wÀ-ỹ])"
)
_PLURAL = re.compile(
    r"(?<![\wÀ-ỹ])(?:các|những|\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \t]+$",
    re.IGNORECASE,
)
_NEXT = re.compile(rf"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)(?P<name>{_NAME})")
_FIRST = re.compile(rf"[ \t]*(?P<name>{_NAME})")
_DATELINE = re.compile(rf"[ \t]*(?P<name>{NAME_SYLLABLE}(?:[ \t]+{NAME_SYLLABLE}){{1,3}}):[ \t]+\S")
_HEADLINE_SUBJECT = re.compile(
    rf"[ \t]*(?P<name>{NAME_SYLLABLE}(?:[ \t]+{NAME_SYLLABLE}){{1,3}})[ \t]+[a-zà-ỹđ]"
)


def listed_units(text: str, units: list[Span], lex: Lexicon) -> list[Span]:
    """The names after a plural unit ("các huyện A, B và C"): B and C, as bare names."""
    out = []
    for unit in units:
        if not _PLURAL.search(text, max(0, unit.start - 8), unit.start):
            continue
        end = unit.end
        while (m := _NEXT.match(text, end)) and not _opens_a_name(text, m.start("name"), lex):
            out.append(Span(m.start("name"), m.end("name"), m.group("name")))
            end = m.end()
    return out


def colon_lists(text: str, lex: Lexicon) -> list[Span]:
    """ "tại các phường: Bắc Giang, Đa Mai và Yên Dũng": a plural unit word and a colon
    open a list of bare names, the first one too (no name follows the head itself)."""
    out = []
    for m in _colon_pattern(lex).finditer(text):
        first = _FIRST.match(text, m.end())
        if first is None or _opens_a_name(text, first.start("name"), lex):
            continue
        out.append(Span(first.start("name"), first.end("name"), first.group("name")))
        end = first.end()
        while (n := _NEXT.match(text, end)) and not _opens_a_name(text, n.start("name"), lex):
            out.append(Span(n.start("name"), n.end("name"), n.group("name")))
            end = n.end()
    return out


@per_lexicon
def _colon_pattern(lex: Lexicon) -> re.Pattern[str]:
    """A plural word, a place head, a colon or "gồm" ("có 10 phường, gồm: A, B"; "8 xã gồm
    A, B và C": the count announces the list); one alternation compiled per lexicon."""
    heads = alternation(h.label for h in lex.place_heads)
    opens = r"(?:[ \t]*:|,?[ \t]+(?:gồm|bao gồm)[ \t]*:?)"
    return re.compile(r"(?<![\wÀ-ỹ])(?i:các|những|\d{1,2})[ \t]+(?i:" + heads + r")" + opens)


def _opens_a_name(text: str, start: int, lex: Lexicon) -> bool:
    """ "..., Huyện Đoàn ...", "... và Trung tâm Y tế": a head word starts another name
    at `start`, no list item. The whole head, not its first word: "Đại Từ" is a
    district though "Đại học" is a head."""
    return _heads_pattern(lex).match(text, start) is not None


@per_lexicon
def _heads_pattern(lex: Lexicon) -> re.Pattern[str]:
    """Every place and organisation head, longest first, once per lexicon."""
    labels = sorted({h.label for h in (*lex.place_heads, *lex.org_heads)}, key=len)
    alternation = "|".join(re.escape(label) for label in reversed(labels)) or "(?!)"
    return re.compile(rf"(?i:{alternation})(?![\wÀ-ỹ])")


def dateline(text: str, lex: Lexicon) -> list[Span]:
    """ "Phú Hòa: Lễ ra quân ...": the capitalised words before the headline's colon.
    Not a person's name (a family name first: an interview's speaker) nor a body's."""
    m = _DATELINE.match(text) or _headed_subject(text, lex)
    if m is None or m.group("name").split()[0] in lex.surnames:
        return []
    if _opens_a_name(text, m.start("name"), lex) or lex.canonical_org(m.group("name")):
        return []
    return [Span(m.start("name"), m.end("name"), m.group("name"))]


def _headed_subject(text: str, lex: Lexicon) -> re.Match[str] | None:
    """ "Thanh Điền họp mặt ...": a headline whose subject is a bare name that the article
    writes elsewhere after a unit head word ("xã Thanh Điền"), so a place it names."""
    m = _HEADLINE_SUBJECT.match(text)
    if m is None:
        return None
    heads = "|".join(re.escape(h.label) for h in lex.place_heads)
    headed = re.compile(rf"(?<![\wÀ-ỹ])(?i:{heads})[ \t]+{re.escape(m.group('name'))}(?![\wÀ-ỹ])")
    return m if headed.search(text, m.end()) else None


def unit_key_name(name: str, lex: Lexicon) -> str:
    """ "thị xã Kinh Môn" -> "Kinh Môn": a list names a unit without its head word and
    another sentence with it; both are one place. A name that is itself a gazetteer place
    keeps its head ("thành phố Hà Tĩnh" is the city, not the province)."""
    lowered = name.lower()
    for head in sorted(lex.place_heads, key=lambda h: -len(h.label)):
        if lowered.startswith(head.label) and len(name) > len(head.label):
            bare = name[len(head.label) :].strip()
            if bare[:1].isupper() and lex.place(bare) is None:
                return bare
            break
    return name
