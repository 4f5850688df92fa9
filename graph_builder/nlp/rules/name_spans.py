"""Where people are named: spans of Vietnamese names (a family name of the lexicon and
capitalised syllables) and of foreign ones after an honorific, a title or a post and its
body, each read past a body's or a place's name it begins inside, and cut where a body's
name begins inside it. graph_builder.nlp.rules.people reads the posts around them.
"""

from __future__ import annotations

import bisect
import re

from graph_builder.nlp.lexicon import Lexicon, per_lexicon
from graph_builder.nlp.rules.bare_names import clause_start_before, is_named_after
from graph_builder.nlp.rules.orgs import OrgMention, org_covering, org_starting_in
from graph_builder.nlp.rules.place_prefixes import (
    after_a_closing_place,
    name_after_closing_place,
    past_places,
)
from graph_builder.nlp.rules.posts import post_before
from graph_builder.nlp.rules.text import NAME_SYLLABLE, alternation


def name_spans(text: str, lex: Lexicon, orgs: list[OrgMention]) -> list[tuple[int, int]]:
    """The names of `text`, sorted and disjoint: a place, or a name inside a body's ("tỉnh
    Hà Giang"), is nobody's name."""
    spans = _before_bodies(text, _past_bodies(text, _read_past_places(text, lex), orgs, lex), orgs)
    names = [
        (a, b)
        for a, b in spans
        if not (_in_a_body(text, a, b, orgs, lex) or lex.place(text[a:b]))
        and not _cuts_a_post(text, a, b, lex)
    ]
    return sorted(names + _foreign_after_posts(text, orgs, names, lex))


SYLLABLE = NAME_SYLLABLE


# A foreign name: two to four capitalised words of Latin letters without Vietnamese
# diacritics ("Rana Flowers", "Matthew Jackson", "Jean-Marc Olivé"), after "ông", "bà",
# "ngài" or a title. "Bà Rịa" is no name: "ị" is a Vietnamese letter.
LATIN_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ'’]+)*"


FOREIGN = re.compile(
    r"(?:(?<![\wÀ-ỹ])(?:[ÔôBb]à|[Ôô]ng|[Nn]gài)|(?:TS|ThS|GS|PGS|BS|Dr|Mr|Ms|Mrs)\.?)\s+"
    rf"({LATIN_WORD}(?:\s+{LATIN_WORD}){{1,3}})(?![\wÀ-ỹ])"
)


# "Nay Y Phú", "Ksor Y Đông": the Ê Đê and Jrai prefix of a man's given name, one letter;
# "Vàng A Sử", "Lầu A Dình": the H'Mông middle name of a man, also one letter
_MALE_PREFIX = rf"[YA](?=[ \t]+{SYLLABLE})"


# Matched at a position of the whole text: slicing "the rest of the text" at every name
# made the rules quadratic in the article's length.
POST_LOOKAHEAD = 24  # longer than the rest of any post a name's last word may begin


_GAP = re.compile(r"[ \t]+")


# After a body's name: its acronym in brackets, "tại" and where it is posted, then the name
_AFTER_A_BODY = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:\s+tại\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?"
    rf"[ \t]+({LATIN_WORD}(?:[ \t]+{LATIN_WORD}){{1,2}})(?![\wÀ-ỹ])"
)


def _names(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Vietnamese names (a family name first), then foreign ones where no Vietnamese name
    is: those need an honorific or a title right before them, since nothing else marks them."""
    vietnamese = [m.span() for m in _vietnamese(lex).finditer(text)]  # in order, disjoint
    spans = list(vietnamese)
    for m in FOREIGN.finditer(text):
        if _overlaps(vietnamese, m.start(1), m.end(1)) or _in_a_place_name(text, m, lex):
            continue
        spans.append(m.span(1))
    return sorted(spans)


def _in_a_body(text: str, a: int, b: int, orgs: list[OrgMention], lex: Lexicon) -> bool:
    """Inside a body's name, unless the body was read on past its place into the name."""
    org = org_covering(orgs, a)
    return org is not None and not (org.end < b and after_a_closing_place(text, org.start, a, lex))


def _read_past_places(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """The names, each read past a place's name it begins with ("ĐHQG Hà Nội Nguyễn ...")."""
    return past_places(text, _names(text, lex), lex, _vietnamese(lex))


def _cuts_a_post(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "Ủy viên Đoàn Chủ tịch Trung ương Hội": a family name ("Đoàn") and a capitalised
    word look like a name, but the word goes on as a post ("Chủ tịch") in lower case."""
    last = text.rfind(" ", start, end) + 1
    if last <= start or end >= len(text) or not text[end].isspace():
        return False
    tail = text[last : end + POST_LOOKAHEAD]
    return any(tail.startswith(post.label) and len(post.label) > end - last for post in lex.posts)


@per_lexicon
def _vietnamese(lex: Lexicon) -> re.Pattern[str]:
    """A family name of the lexicon and one to three capitalised syllables; built once."""
    surnames = alternation(lex.surnames)
    return re.compile(
        rf"(?<![\wÀ-ỹ])(?:{surnames})(?:[ \t]+(?:{SYLLABLE}|{_MALE_PREFIX})){{1,3}}(?![\wÀ-ỹ])"
    )


def _past_bodies(
    text: str, spans: list[tuple[int, int]], orgs: list[OrgMention], lex: Lexicon
) -> list[tuple[int, int]]:
    """ "Phó Chủ tịch UBND Thành phố Hồ Chí Minh Trần Văn Bình": a match that begins inside
    a body's name ("Hồ Chí Minh Trần") and runs past its end is read again from that end."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        org = org_covering(orgs, a)
        gap = _GAP.match(text, org.end) if org is not None and a < org.end < b else None
        again = _vietnamese(lex).match(text, gap.end()) if gap else None
        if again is None and org is not None and a < org.end < b:
            freed = name_after_closing_place(text, (org.start, org.end), a, lex, _vietnamese(lex))
            a, b = freed or (a, b)
        if again is not None:
            a, b = again.span()
        if not out or a >= out[-1][1]:
            out.append((a, b))
    return out


def _before_bodies(
    text: str, spans: list[tuple[int, int]], orgs: list[OrgMention]
) -> list[tuple[int, int]]:
    """ "Nay Bộ Lao động ra thông tư": a name that runs into a body's name ("Nay", an Ê Đê
    family name, then "Bộ Lao") ends where the body begins; one word left is no name."""
    out = []
    for a, b in spans:
        org = org_starting_in(orgs, a + 1, b)
        if org is not None:
            b = a + len(text[a : org.start].rstrip())
        if len(text[a:b].split()) >= 2:
            out.append((a, b))
    return out


def _foreign_after_posts(
    text: str, orgs: list[OrgMention], names: list[tuple[int, int]], lex: Lexicon
) -> list[tuple[int, int]]:
    """ "Bộ trưởng Bộ Lao động và Phúc lợi xã hội Lào Somsack Vongkham": a foreign name
    with no honorific, right after a post that names its body (a post, then a body, then
    the name: nothing else reads that way)."""
    out = []
    for org in orgs:
        m = _AFTER_A_BODY.match(text, org.end)
        if m is None or _overlaps(names, m.start(1), m.end(1)) or org_covering(orgs, m.start(1)):
            continue
        role = post_before(text[max(0, org.start - 80) : org.start], lex)
        if role is not None and not lex.place(m.group(1)):
            out.append(m.span(1))
    return out


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) overlap one of `spans` (sorted, disjoint)? Only the last span
    starting before `end` can: a binary search, as a name-dense text has thousands."""
    index = bisect.bisect_left(spans, (end, 0)) - 1
    return index >= 0 and spans[index][1] > start


def _in_a_place_name(text: str, m: re.Match[str], lex: Lexicon) -> bool:
    """ "khu du lịch Bà Nà Hills", "đến Bà Nà Hills": a capitalised "Bà" or "Ông" inside a
    clause, or any after "đường", "phố" ..., begins a place's name, not a person's."""
    if is_named_after(text, m.start(), lex):
        return True
    word = m.group()[:1]
    return (
        word in "ÔB"
        and m.group().startswith(("Ông", "Bà"))
        and not clause_start_before(text, m.start())
    )
