"""Posts a person takes in the words after their name and posts: "do ông A, Phó Chủ nhiệm
Ủy ban làm Trưởng đoàn", "ông B giữ chức vụ Chủ nhiệm", "bầu bà C làm Chủ tịch Hội X"; and
the body a person speaks for: "bà D, đại diện Hội Phụ nữ xã".

The verb of taking a post ends the post before it (posts.ROLE_END); what follows the verb
is a post of the same person when it opens with a label of the posts gazetteer.
"""

from __future__ import annotations

import re

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.orgs import OrgMention, org_covering, org_starting_in
from graph_builder.nlp.rules.posts import ROLE_END
from graph_builder.nlp.rules.text import Span

# "làm", "giữ chức (vụ)", "đảm nhiệm/đảm nhận (chức vụ)": the verbs that give a post, after a
# comma or a dash that closes the post before ("A, Phó Giám đốc X, giữ chức Giám đốc X"),
# and after "được (đại hội) bầu"
_TAKES = re.compile(
    r"[ \t]*[,–-]?[ \t]+(?:được[ \t]+(?:[^\W\d_]+[ \t]+){0,3}?bầu[ \t]+)?"
    r"(?:làm|giữ(?: các)? chức(?: vụ)?|(?:đảm nhiệm|đảm nhận)(?: chức(?: vụ)?)?)[ \t]+"
)
# "làm trưởng đoàn đến thăm ...": a verb of going ends the post, which ROLE_END leaves open,
# as does the term of office ("giữ chức vụ Chủ tịch Hội đồng X nhiệm kỳ 2021 - 2026")
_GOES = re.compile(r"[ \t]+(?:đến|về|tới|sang|xuống|lên|nhiệm kỳ)(?![\wÀ-ỹ])")


def post_taken(text: str, pos: int, lex: Lexicon, orgs: list[OrgMention]) -> Span | None:
    """The post taken right after `pos` (the end of a name or of its last post), if any."""
    verb = _TAKES.match(text, pos)
    if verb is None or not _opens_with_post(text, verb.end(), lex):
        return None
    start = verb.end()
    stop = ROLE_END.search(text, start)
    end = stop.start() if stop else len(text)
    body = org_covering(orgs, end - 1) if end > start else None
    end = body.end if body is not None and body.start >= start else end
    goes = _GOES.search(text, start, end)
    end = goes.start() if goes and org_covering(orgs, goes.start() + 1) is None else end
    piece = text[start:end].rstrip(" ,-–")
    return Span(start, start + len(piece), piece) if piece else None


def _opens_with_post(text: str, pos: int, lex: Lexicon) -> bool:
    head = text[pos : pos + 50]
    return any(
        head.startswith(p.label) and not head[len(p.label) : len(p.label) + 1].isalpha()
        for p in lex.posts
    )


# "bà A, đại diện Hội Phụ nữ xã", "ông B - đại diện Công ty X": whom the person speaks for
_REPRESENTS_AFTER = re.compile(r"[ \t]*[,–-][ \t]*(đại diện)[ \t]+")


def representative_of(text: str, pos: int, orgs: list[OrgMention]) -> Span | None:
    """ "đại diện <body>" right after a name: the post is the representative's of that body
    (a body the article names; "đại diện một số cơ quan" names none)."""
    m = _REPRESENTS_AFTER.match(text, pos)
    body = org_starting_in(orgs, m.end(), m.end() + 1) if m else None
    if m is None or body is None:
        return None
    return Span(m.start(1), body.end, text[m.start(1) : body.end])
