"""Who did what a sentence opening at an event tells: "Tại lễ phát động, UBND thành phố X,
Trường Đại học Y đã trao quà ...": the bodies listed right after the comma, before the
predicate, are the clause's subject, there at the event (not those later in it: "... trao
quà cho Hội Z" names whom they gave to). Split from extract/event_participants.py.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from graph_builder.nlp.rules.orgs import OrgMention

# the subject ends where its predicate begins, a word in lower case; not at a term of the
# body just named ("Tại Kỳ họp thứ Mười, Quốc hội khóa XIV": the session's own name)
_NEXT_WORD = re.compile(r"\s*,?\s+(\w+)")
_TERM = {"khóa", "khoá"}
# between the bodies listed; "Tại hội nghị, đại diện Sở X trình bày ...": for the first one too
_LIST_GAP = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:đại diện\s+(?:lãnh đạo\s+)?)?")


def bodies_opening(
    text: str,
    orgs: Sequence[OrgMention],
    name_of: Callable[[OrgMention], str],
    start: int,
    end: int,
) -> list[str]:
    """The names of the bodies listed from `start` (after the event's name) as the subject
    of the clause ending by `end`; `orgs` in text order, `name_of` their entity's name."""
    out: list[str] = []
    pos = start
    first = bisect.bisect_left(orgs, start, key=lambda o: o.start)
    for o in orgs[first:]:
        gap = text[pos : o.start]
        if o.start >= end or not _LIST_GAP.fullmatch(gap) or (not out and "," not in gap):
            break
        out.append(name_of(o))
        pos = o.end
    word = _NEXT_WORD.match(text, pos)
    predicate = word is not None and word.group(1)[0].islower() and word.group(1) not in _TERM
    return out if predicate else []
