"""Posts in a board stated with "làm": "Ban Chỉ đạo tỉnh do ông A - Phó Chủ tịch UBND tỉnh
làm Trưởng ban; ông B - Giám đốc Sở X làm Phó Trưởng ban".

The person holds the board post (holdsRole, as written) and is a member of the board
(memberOf): the last board named before the person in the same paragraph (an
organisation whose name opens with a board's head: Ban, Hội đồng, Tổ, Ủy ban), or, in a
list of members that goes on over the next paragraphs, the board of the member before. A
body inside a post is no board: "Phó Trưởng ban Thường trực" is a post, "Phó Chủ tịch Ủy
ban nhân dân tỉnh" names where the member works. The post words are data
(data/lexicon/board_posts.txt).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from graph_builder.extract.agents import OrgIndex
from graph_builder.extract.model import Mention, Predicate, Relation
from graph_builder.nlp.lexicon import LEXICON_DIR, word_list
from graph_builder.nlp.rules.orgs import OrgMention, org_covering
from graph_builder.nlp.rules.people import PersonMention
from graph_builder.nlp.rules.text import Intervals, alternation

BOARD_HEADS = ("Ban ", "Hội đồng ", "Tổ ", "Ủy ban ", "Uỷ ban ")
MAX_OPENING = 12  # "Ông ", "Bà ", "- Ông ": what a member's paragraph opens with
MAX_GAP = 160  # from the name to "làm": the person's own post lies between
_CLAUSE = re.compile(r"[;\n]")


def _posts_pattern() -> re.Pattern[str]:
    posts = alternation(word_list(LEXICON_DIR / "board_posts.txt"))
    return re.compile(rf"\s(?:làm|là|giữ chức)\s+((?:{posts})(?![\wÀ-ỹ]))", re.IGNORECASE)


_POSTS = _posts_pattern()


def board_roles(
    text: str, people: Sequence[PersonMention], orgs: Sequence[OrgMention], index: OrgIndex
) -> list[Relation]:
    out: list[Relation] = []
    starts = sorted(p.start for p in people)
    posts = Intervals(
        [m.span(1) for m in _POSTS.finditer(text)]
        + [(r.start, r.end) for p in people for r in p.role_spans]
    )
    boards = [  # in text order; none in a post: "Giám đốc Sở X làm Phó Trưởng ban"
        o for o in orgs if o.text.startswith(BOARD_HEADS) and not posts.covers(o.start)
    ]
    board_starts = [o.start for o in boards]
    previous: tuple[int, OrgMention] | None = None  # the last member's post, and board
    for person in sorted(people, key=lambda p: p.start):
        clause_end = _clause_end(text, person.end)
        post = _POSTS.search(text, person.end, clause_end)
        if post is None or _starts_in(starts, person.end, post.start()):
            continue
        named = _named_in_post(post, orgs)
        board = named or _board_before(text, person.start, boards, board_starts)
        if board is None and previous is not None and _list_goes_on(text, previous[0], person):
            board = previous[1]
        if board is not None:
            previous = (post.end(), board)
        end = named.end if named else post.end()
        role = text[post.start(1) : end]
        evidence = Mention(person.start, end, text[person.start : end])
        if not any(r.start == post.start(1) for r in person.role_spans):
            # else the post is already the person's, read to its end (nlp/rules/taken_posts)
            out.append(Relation(person.name, Predicate.HOLDS_ROLE, role, evidence=evidence))
        if board is not None:
            name = index.group_of(board).name
            out.append(Relation(person.name, Predicate.MEMBER_OF, name, evidence=evidence))
    return out


def _named_in_post(post: re.Match[str], orgs: Sequence[OrgMention]) -> OrgMention | None:
    """ "giữ chức Phó Trưởng Ban Tuyên giáo Trung ương": the post's last word opens a body's
    name, so the post goes on to the end of that name, and the person is of that body."""
    org = org_covering(orgs, post.end(1) - 1)
    return org if org is not None and org.end > post.end(1) else None


def _list_goes_on(text: str, last_post: int, person: PersonMention) -> bool:
    """The person's paragraph follows the last member's (nothing but blank lines between),
    and opens with the person: a list of members, one paragraph each."""
    paragraph_start = text.rfind("\n", 0, person.start) + 1
    last_end = text.find("\n", last_post)
    last_end = len(text) if last_end < 0 else last_end
    if last_end > paragraph_start or text[last_end:paragraph_start].strip():
        return last_end > paragraph_start  # the same paragraph
    return person.start - paragraph_start <= MAX_OPENING


def _clause_end(text: str, pos: int) -> int:
    stop = _CLAUSE.search(text, pos, min(len(text), pos + MAX_GAP))
    return stop.start() if stop else min(len(text), pos + MAX_GAP)


def _starts_in(starts: list[int], lo: int, hi: int) -> bool:
    """Another person's name between the name and "làm": the post is theirs."""
    index = bisect.bisect_left(starts, lo)
    return index < len(starts) and starts[index] < hi


def _board_before(
    text: str, pos: int, boards: Sequence[OrgMention], starts: list[int]
) -> OrgMention | None:
    """The last board named before `pos` in its paragraph."""
    index = bisect.bisect_left(starts, pos) - 1
    paragraph_start = text.rfind("\n", 0, pos) + 1
    return boards[index] if index >= 0 and boards[index].start >= paragraph_start else None
