"""People: a family name plus capitalised syllables, next to an honorific, a title or a post;
a foreign name after an honorific or a title.

A Vietnamese name with nothing around it is taken only when nothing else explains it
(graph_builder.nlp.rules.bare_names: not a street's or a school's name, not in a Title Case
line). A title word that is part of a street's or a place's name ("đường Bà Triệu",
"khu du lịch Bà Nà Hills") is no title: after a word of data/lexicon/named_after.txt, or
capitalised in the middle of a clause before a foreign-looking name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.bare_names import clause_start_before, is_bare_name, is_named_after
from graph_builder.nlp.rules.orgs import OrgMention, org_covering, org_starting_in
from graph_builder.nlp.rules.place_prefixes import (
    after_a_closing_place,
    name_after_closing_place,
    past_places,
)
from graph_builder.nlp.rules.posts import (
    FORMER,
    commas_in_names,
    own_roles,
    post_before,
    post_opening_clause,
    posts_chained,
    roles_after,
)
from graph_builder.nlp.rules.taken_posts import post_taken
from graph_builder.nlp.rules.text import NAME_SYLLABLE, Intervals, Span

HONORIFIC = re.compile(r"(?:(?<![\wÀ-ỹ])(?:[ÔôBb]à|[Ôô]ng|[Aa]nh|[Cc]hị|[Nn]gài)\s+)$")
TITLE = re.compile(
    r"((?:GS\.\s?TSKH|GS\.\s?TS|PGS\.\s?TS|PGS|GS|TS|ThS|BS|NCS)\.?|Thạc sĩ|Tiến sĩ)\s*$"
)
SYLLABLE = NAME_SYLLABLE
# A foreign name: two to four capitalised words of Latin letters without Vietnamese
# diacritics ("Rana Flowers", "Matthew Jackson", "Jean-Marc Olivé"), after "ông", "bà",
# "ngài" or a title. "Bà Rịa" is no name: "ị" is a Vietnamese letter.
LATIN_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ'’]+)*"
FOREIGN = re.compile(
    r"(?:(?<![\wÀ-ỹ])(?:[ÔôBb]à|[Ôô]ng|[Nn]gài)|(?:TS|ThS|GS|PGS|BS|Dr|Mr|Ms|Mrs)\.?)\s+"
    rf"({LATIN_WORD}(?:\s+{LATIN_WORD}){{1,3}})(?![\wÀ-ỹ])"
)
_LETTER = re.compile(r"[^\W\d_]")
# "Nay Y Phú", "Ksor Y Đông": the Ê Đê and Jrai prefix of a man's given name, one letter;
# "Vàng A Sử", "Lầu A Dình": the H'Mông middle name of a man, also one letter
_MALE_PREFIX = rf"[YA](?=[ \t]+{SYLLABLE})"
# "Người ký: Trần Văn A" in a legal portal's field block: the signer, named in a line of
# capitalised field labels that reads as a Title Case headline to the bare-name rule
SIGNER_FIELD = re.compile(r"(?<![\wÀ-ỹ])Người ký:[ \t]*$")
REPRESENTS = re.compile(r"[Đđ]ại diện\s+([^,;:.\n]{2,80}?)\s*,?\s*(?:[ÔôBb]à|[Ôô]ng)\s+$")
# Matched at a position of the whole text: slicing "the rest of the text" at every name
# made the rules quadratic in the article's length.
POST_LOOKAHEAD = 24  # longer than the rest of any post a name's last word may begin
# after a name: a comma or a bracket, or "của" ("Tổ trưởng Tổ X Phan Thị A của NHCSXH huyện")
_AFFILIATION_SEP = re.compile(r"[ \t]*[,(][ \t]*|[ \t]+của[ \t]+")
_GAP = re.compile(r"[ \t]+")
# After a body's name: its acronym in brackets, "tại" and where it is posted, then the name
_AFTER_A_BODY = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:\s+tại\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?"
    rf"[ \t]+({LATIN_WORD}(?:[ \t]+{LATIN_WORD}){{1,2}})(?![\wÀ-ỹ])"
)


# "Trưởng đoàn Đại biểu Quốc hội tỉnh": a province's deputies, not the National Assembly
_DEPUTIES = re.compile(r"[Đđ]oàn\s+[Đđ]ại biểu\s+$")


@dataclass
class PersonMention:
    start: int
    end: int
    name: str
    title: str | None = None
    roles: list[str] = field(default_factory=list)
    role_spans: list[Span] = field(default_factory=list)
    affiliations: list[Span] = field(default_factory=list)  # an org named after, no post


def find_people(
    text: str, lex: Lexicon, orgs: list[OrgMention], *, claimed: Sequence[Span] = ()
) -> list[PersonMention]:
    """People by their names; `claimed` are other names (places, policies, events) that a
    name with nothing around it must not overlap."""
    out: list[PersonMention] = []
    taken = Intervals((s.start, s.end) for s in claimed)
    previous_end = 0
    names = [  # a place, or a name inside a body's ("tỉnh Hà Giang"), is nobody's name
        (a, b)
        for a, b in _past_bodies(text, _read_past_places(text, lex), orgs, lex)
        if not (_in_a_body(text, a, b, orgs, lex) or lex.place(text[a:b]))
        and not _cuts_a_post(text, a, b, lex)
    ]
    names = sorted(names + _foreign_after_posts(text, orgs, names, lex))
    starts = [a for a, _ in names]  # where people are named: a post holding one is theirs
    for start, end in names:
        name = text[start:end]
        after_a_name = previous_end > start - 160  # the window opens where a name ends
        before = text[max(previous_end, start - 160) : start]
        previous_end = end
        title = TITLE.search(before)
        honorific = HONORIFIC.search(before)
        if honorific and is_named_after(text, start - len(before) + honorific.start(), lex):
            honorific = None  # "đường Bà Triệu"
        person = PersonMention(start, end, name, title=title.group(1).strip() if title else None)
        masked = commas_in_names(before, start - len(before), orgs)
        masked_role = post_before(masked, lex) or post_opening_clause(masked, lex)
        if masked_role:
            at = masked.rfind(masked_role)
            prefix_role = before[at : at + len(masked_role)]
            person.roles.append(prefix_role)
            offset = start - len(before) + at
            person.role_spans.append(Span(offset, offset + len(prefix_role), prefix_role))
            for i, role in posts_chained(masked, at, lex):
                if after_a_name and not _LETTER.search(masked, 0, i):
                    break  # ", Bộ trưởng Bộ X," right after a name: that person's post
                offset = start - len(before) + i  # the nearest post stays the first
                person.roles.append(before[i : i + len(role)])
                person.role_spans.append(Span(offset, offset + len(role), person.roles[-1]))
        after_roles = own_roles(roles_after(text, end, lex, orgs), starts)
        held = post_taken(text, after_roles[-1].end if after_roles else end, lex, orgs)
        after_roles += [held] if held else []
        person.roles.extend(r.text for r in after_roles)
        person.role_spans.extend(after_roles)
        person.affiliations = (
            [] if after_roles else _affiliation(text, end, orgs) or _represents(before, orgs, start)
        )
        signer = SIGNER_FIELD.search(before) is not None
        if (
            title
            or honorific
            or person.roles
            or signer
            or is_bare_name(text, start, end, lex, taken)
        ):
            out.append(person)
    return out


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


def _vietnamese(lex: Lexicon) -> re.Pattern[str]:
    """A family name of the lexicon and one to three capitalised syllables; built once."""
    pattern = lex.__dict__.get("_person_pattern")
    if pattern is None:
        surnames = "|".join(sorted(map(re.escape, lex.surnames), key=len, reverse=True))
        pattern = lex.__dict__["_person_pattern"] = re.compile(
            rf"(?<![\wÀ-ỹ])(?:{surnames})(?:[ \t]+(?:{SYLLABLE}|{_MALE_PREFIX})){{1,3}}(?![\wÀ-ỹ])"
        )
    return pattern


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


def _represents(before: str, orgs: list[OrgMention], start: int) -> list[Span]:
    """ "Đại diện UNICEF, bà Rana Flowers": the body the person speaks for (no post named)."""
    m = REPRESENTS.search(before)
    if m is None:
        return []
    lo, hi = start - len(before) + m.start(1), start - len(before) + m.end(1)
    org = org_starting_in(orgs, lo, hi)
    return [Span(org.start, org.end, org.text)] if org else []


def _affiliation(text: str, pos: int, orgs: list[OrgMention]) -> list[Span]:
    """ "PGS.TS Nguyễn Văn A, Khoa Xã hội học ..." or "... (Sở Y tế)": where the person works,
    with no post named: an organisation, not a role."""
    sep = _AFFILIATION_SEP.match(text, pos)
    if not sep:
        return []
    org = org_starting_in(orgs, sep.end(), sep.end() + 1)
    return [Span(org.start, org.end, text[org.start : org.end])] if org else []


def organisation_of(person: PersonMention, orgs: list[OrgMention]) -> OrgMention | None:
    """The first organisation named inside the person's roles, else their affiliation."""
    found = organisations_of(person, orgs)
    return found[0] if found else None


def organisations_of(person: PersonMention, orgs: list[OrgMention]) -> list[OrgMention]:
    """The body of each role ("Phó Chủ tịch UBND tỉnh, Trưởng ban Chỉ đạo X": the UBND and
    the Ban Chỉ đạo), then the affiliation: one membership per role."""
    out = []
    for span in person.role_spans:
        inside = org_starting_in(orgs, span.start, span.end)
        former = FORMER.match(span.text)  # "nguyên Chủ tịch nước": still the post itself
        if inside is not None and inside.start == span.start + (former.end() if former else 0):
            # "Chủ tịch nước": the gazetteer's authority is the post itself, not a body
            inside = org_starting_in(orgs, inside.end, span.end)
        if inside is not None and not _DEPUTIES.search(span.text, 0, inside.start - span.start):
            out.append(inside)
    for span in person.affiliations:
        inside = org_starting_in(orgs, span.start, span.end)
        if inside is not None:
            out.append(inside)
    return out
