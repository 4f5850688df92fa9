"""Whose post a post is, where names and posts alternate in one sentence ("Thủ tướng A, Bộ
trưởng Bộ X B, ..."), and the commas inside a body's name that end no post: split from
nlp/rules/posts.py, which finds the posts themselves; nlp/rules/people.py asks both."""

from __future__ import annotations

import bisect

from graph_builder.nlp.rules.orgs import OrgMention, org_covering
from graph_builder.nlp.rules.text import Span


def commas_in_names(before: str, base: int, orgs: list[OrgMention]) -> str:
    """ "Thứ trưởng Bộ Lao động, Thương binh và Xã hội X": a comma inside a body's name
    does not end the post before a name (masked, same length, for the clause split)."""
    chars = list(before)
    for i, char in enumerate(chars):
        if char == "," and org_covering(orgs, base + i) is not None:
            chars[i] = "\u00b7"
    return "".join(chars)


def own_roles(roles: list[Span], starts: list[int]) -> list[Span]:
    """ "Thủ tướng A, Bộ trưởng Bộ X B, ...": a post after a name that holds another name
    is that person's post, as are the posts after it."""
    out = []
    for role in roles:
        index = bisect.bisect_right(starts, role.start)
        if index < len(starts) and starts[index] < role.end:
            out += _before_the_next_name(role, starts[index])
            break
        out.append(role)
    return out


def _before_the_next_name(role: Span, name_start: int) -> list[Span]:
    """ "A, Phó Chủ tịch UBND Thành phố Huế, Nguyễn Văn B - ...": a post that runs on to
    the next person's name, past a comma, is the part before that comma."""
    piece = role.text[: name_start - role.start].rstrip()
    if not piece.endswith(","):
        return []
    piece = piece.rstrip(" ,")
    return [Span(role.start, role.start + len(piece), piece)] if piece else []
