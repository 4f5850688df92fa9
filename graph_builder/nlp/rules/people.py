"""People: a family name plus capitalised syllables, next to an honorific, a title or a post;
a foreign name after an honorific or a title.

A Vietnamese name with nothing around it is taken only when nothing else explains it
(graph_builder.nlp.rules.bare_names: not a street's or a school's name, not in a Title Case
line). A title word that is part of a street's or a place's name ("đường Bà Triệu",
"khu du lịch Bà Nà Hills") is no title: after a word of data/lexicon/named_after.txt, or
capitalised in the middle of a clause before a foreign-looking name. A historical
figure's name with no honorific or title (data/lexicon/historic_figures.txt) is the street's
or the school's named after them, whatever post word comes before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.bare_names import is_bare_name, is_historic_figure, is_named_after
from graph_builder.nlp.rules.name_spans import name_spans
from graph_builder.nlp.rules.orgs import OrgMention, org_starting_in
from graph_builder.nlp.rules.post_owners import commas_in_names, own_roles
from graph_builder.nlp.rules.posts import (
    FORMER,
    post_before,
    post_opening_clause,
    posts_chained,
    roles_after,
)
from graph_builder.nlp.rules.taken_posts import post_taken, representative_of
from graph_builder.nlp.rules.text import Intervals, Span

HONORIFIC = re.compile(r"(?:(?<![\wÀ-ỹ])(?:[ÔôBb]à|[Ôô]ng|[Aa]nh|[Cc]hị|[Nn]gài)\s+)$")
TITLE = re.compile(
    r"((?:GS\.\s?TSKH|GS\.\s?TS|PGS\.\s?TS|PGS|GS|TS|ThS|BS|NCS)\.?|Thạc sĩ|Tiến sĩ)\s*$"
)
_LETTER = re.compile(r"[^\W\d_]")
_TITLE_END = re.compile(r"[\s,\-–]*" + TITLE.pattern)
# "Người ký: Trần Văn A" in a legal portal's field block: the signer, named in a line of
# capitalised field labels that reads as a Title Case headline to the bare-name rule
SIGNER_FIELD = re.compile(r"(?<![\wÀ-ỹ])Người ký:[ \t]*$")
REPRESENTS = re.compile(r"[Đđ]ại diện\s+([^,;:.\n]{2,80}?)\s*,?\s*(?:[ÔôBb]à|[Ôô]ng)\s+$")
# after a name: a comma or a bracket, or "của" ("Tổ trưởng Tổ X Phan Thị A của NHCSXH huyện")
_AFFILIATION_SEP = re.compile(r"[ \t]*[,(][ \t]*|[ \t]+của[ \t]+")
_AND = re.compile(r"(?<![\wÀ-ỹ])và(?![\wÀ-ỹ])")
# a school's word right before a name written with a post before it and no title: the
# name is the school's ("Hiệu trưởng đại học Tôn Đức Thắng", "Hiệu trưởng trường Lê Lợi")
_SCHOOL_BEFORE = re.compile(
    r"(?<![\wÀ-ỹ])(?:trường|đại học|học viện|cao đẳng|THPT|THCS|tiểu học|trung học|mầm non)"
    r"[ \t]+$",
    re.IGNORECASE,
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
    names = name_spans(text, lex, orgs)
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
        if masked_role and title:  # "Thứ trưởng Bộ Y tế PGS.TS A": the title is no post's
            masked_role = _TITLE_END.sub("", masked_role) or None
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
        held = held or (None if after_roles else representative_of(text, end, orgs))
        after_roles += [held] if held else []
        person.roles.extend(r.text for r in after_roles)
        person.role_spans.extend(after_roles)
        person.affiliations = (
            [] if after_roles else _affiliation(text, end, orgs) or _represents(before, orgs, start)
        )
        signer = SIGNER_FIELD.search(before) is not None
        if not (title or honorific) and (
            is_historic_figure(name, lex) or _SCHOOL_BEFORE.search(before)
        ):
            continue  # "Trường THCS Chu Văn An", "nguyên Hiệu trưởng đại học Tôn Đức Thắng"
        if (
            title
            or honorific
            or person.roles
            or signer
            or is_bare_name(text, start, end, lex, taken)
        ):
            out.append(person)
    return out


def _represents(before: str, orgs: list[OrgMention], start: int) -> list[Span]:
    """ "Đại diện UNICEF, bà Rana Flowers": the body the person speaks for (no post named)."""
    m = REPRESENTS.search(before)
    if m is None or _AND.search(m.group(1)):  # "bà A, đại diện Hội X và ông B": A is, not B
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
