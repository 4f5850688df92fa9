"""People: a family name plus capitalised syllables, next to an honorific, a title or a post.

A name with nothing around it (a byline, a photo credit) is not taken: news bylines are
not the people a policy article is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicon import Lexicon
from .orgs import OrgMention
from .text import NAME_SYLLABLE, Span, whole_word

HONORIFIC = re.compile(r"(?:(?<![\wÀ-ỹ])(?:[ÔôBb]à|[Ôô]ng|[Aa]nh|[Cc]hị)\s+)$")
TITLE = re.compile(
    r"((?:GS\.\s?TSKH|GS\.\s?TS|PGS\.\s?TS|PGS|GS|TS|ThS|BS|NCS)\.?|Thạc sĩ|Tiến sĩ)\s*$"
)
SYLLABLE = NAME_SYLLABLE
ROLE_END = re.compile(
    r"\s+(?:cho biết|phát biểu|chia sẻ|nêu|nhấn mạnh|khẳng định|cho rằng|"
    r"tiếp thu|đã|đang|và các|tặng|trao|chủ trì|thông tin|nói|tham dự|"
    r"chụp|giới thiệu|trình bày|báo cáo|dự(?! án| thảo| toán| báo| kiến| bị)|đến dự|về dự)\b|"
    r"\s+và\s+(?=[a-zà-ỹđ])|[:;“\"(]|\.(?![A-ZĐ])|$"
)


@dataclass
class PersonMention:
    start: int
    end: int
    name: str
    title: str | None = None
    roles: list[str] = field(default_factory=list)
    role_spans: list[Span] = field(default_factory=list)
    affiliations: list[Span] = field(default_factory=list)  # an org named after, no post


def find_people(text: str, lex: Lexicon, orgs: list[OrgMention]) -> list[PersonMention]:
    surnames = "|".join(sorted(map(re.escape, lex.surnames), key=len, reverse=True))
    pattern = re.compile(rf"(?<![\wÀ-ỹ])(?:{surnames})(?:\s+{SYLLABLE}){{1,3}}(?![\wÀ-ỹ])")
    out: list[PersonMention] = []
    previous_end = 0
    for m in pattern.finditer(text):
        if any(o.start <= m.start() < o.end for o in orgs) or lex.place(m.group()):
            continue
        before = text[max(previous_end, m.start() - 160) : m.start()]
        previous_end = m.end()
        title = TITLE.search(before)
        honorific = HONORIFIC.search(before)
        person = PersonMention(
            m.start(), m.end(), m.group(), title=title.group(1).strip() if title else None
        )
        prefix_role = _post_before(before, lex)
        if prefix_role:
            person.roles.append(prefix_role)
            offset = m.start() - len(before) + before.rfind(prefix_role)
            person.role_spans.append(Span(offset, offset + len(prefix_role), prefix_role))
        after_roles = _roles_after(text, m.end(), lex)
        person.roles.extend(r.text for r in after_roles)
        person.role_spans.extend(after_roles)
        person.affiliations = [] if after_roles else _affiliation(text, m.end(), orgs)
        if title or honorific or person.roles:
            out.append(person)
    return out


def _affiliation(text: str, pos: int, orgs: list[OrgMention]) -> list[Span]:
    """ "PGS.TS Nguyễn Văn A, Khoa Xã hội học ..." or "... (Sở Y tế)": where the person works,
    with no post named: an organisation, not a role."""
    sep = re.match(r"[ \t]*[,(][ \t]*", text[pos:])
    if not sep:
        return []
    org = next((o for o in orgs if o.start == pos + sep.end()), None)
    return [Span(org.start, org.end, text[org.start : org.end])] if org else []


def _post_before(before: str, lex: Lexicon) -> str | None:
    """ "Thứ trưởng Bộ LĐ-TB&XH " right before the name: the role is that whole phrase."""
    line = re.split(r"[;:\n“”\",]|\.(?![A-ZĐ])", before)[-1]
    best = None
    for post in lex.posts:
        if post.label not in line:
            continue
        for m in whole_word(post.label).finditer(line):
            if m.start() < len(line) and (best is None or m.start() < best):
                best = m.start()
    if best is None:
        return None
    role = line[best:].strip(" -–")
    return role if role and len(role.split()) <= 20 else None


def _roles_after(text: str, pos: int, lex: Lexicon) -> list[Span]:
    """ ", Thành ủy viên, Phó Chủ tịch UBND TP.HCM (Trưởng ban ...)" after the name."""
    sep = re.match(r"\s*[,–-]\s*", text[pos:])
    if not sep:
        return []
    start = pos + sep.end()
    if not _starts_with_post(text, start, lex):
        return []
    end_match = ROLE_END.search(text, start)
    end = end_match.start() if end_match else len(text)
    out = _split_roles(text, start, end, lex)
    paren = re.match(r"\s*\(([^()]{3,120})[)]?", text[end:])
    if paren and _starts_with_post(text, end + paren.start(1), lex):
        inner_end = end + paren.end(1)
        stop = ROLE_END.search(text, end + paren.start(1) + 1, inner_end)
        inner_end = stop.start() if stop else inner_end
        out.extend(_split_roles(text, end + paren.start(1), inner_end, lex))
    return out


def _split_roles(text: str, start: int, end: int, lex: Lexicon) -> list[Span]:
    """Split on commas only where a new post starts: an org name may contain commas."""
    cuts = [start]
    for m in re.finditer(r",\s*", text[start:end]):
        if _starts_with_post(text, start + m.end(), lex):
            cuts.append(start + m.start())
            cuts.append(start + m.end())
    cuts.append(end)
    spans = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        piece = text[a:b].strip(" ,-–")
        if piece:
            offset = text.index(piece, a)
            spans.append(Span(offset, offset + len(piece), piece))
    return spans


def _starts_with_post(text: str, pos: int, lex: Lexicon) -> bool:
    head = text[pos : pos + 40]
    return any(
        head.startswith(p.label) and not head[len(p.label) : len(p.label) + 1].isalpha()
        for p in lex.posts
    )


def organisation_of(person: PersonMention, orgs: list[OrgMention]) -> OrgMention | None:
    """The first organisation named inside the person's roles, else their affiliation."""
    spans = person.role_spans + person.affiliations
    inside = [o for o in orgs for r in spans if r.start <= o.start < r.end]
    return inside[0] if inside else None
