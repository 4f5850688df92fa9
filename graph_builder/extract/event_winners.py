"""Who won a prize at a contest took part in it: "Ban tổ chức đã trao giải nhất cho Hội X;
giải nhì thuộc về Hội Y, Hội Z đạt giải ba", "Bốn nhà giáo đoạt giải nhất gồm: thầy A
(Trường B), ...", "giải tập thể cho Sở X". News of a contest (a head flagged `contest` in
data/lexicon/event_heads.txt: "Hội thi", "Cuộc thi", "Hội giảng") closes with its prizes, and
the winners are its entrants; where a winner works ("tác giả A, Báo B") is not one.

The people and bodies named after the first prize word of a sentence are the winners; so
is the subject right before "đạt giải", "đoạt giải". The giver ("Ban tổ chức", a leader who
"trao giải") comes before the prize and is left out. A prize sentence belongs to the contest
last named before it (before any, to the article's one contest); in an article naming no
contest, to nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from graph_builder.nlp.rules.text import Span

# "giải nhất", "đồng giải nhì", "giải Ba", "giải khuyến khích"; not "giải pháp", "giải quyết"
PRIZE = re.compile(
    r"(?<![\wÀ-ỹ])giải\s+(?:nhất|nhì|ba|tư|đặc biệt|khuyến khích|tập thể|A|B|C)(?![\wÀ-ỹ])",
    re.IGNORECASE,
)
# "Hội LHPN xã X đạt giải ba": the winner is the clause's subject, before the verb
_WON = re.compile(r"(?:đạt|đoạt|giành|nhận)\s+(?:được\s+)?(?:đồng\s+)?$", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[;,:.]\s*(?=[^;,:.]*$)")


@dataclass(frozen=True)
class Named:
    start: int
    name: str


def winners(
    text: str,
    sents: Sequence[Span],
    contests: Mapping[int, int],
    named: Sequence[Named],
) -> dict[int, list[str]]:
    """The winners per contest: `contests` maps an event's number to where the contest is
    first named, `named` holds the people and bodies of the article. The result maps an
    event's number to the names that won a prize at it."""
    out: dict[int, list[str]] = {}
    for sent in sents:
        prize = PRIZE.search(text, sent.start, sent.end)
        owner = _contest_before(contests, sent.start)
        if prize is None or owner is None:
            continue
        lo = _subject_start(text, sent.start, prize.start())
        found = out.setdefault(owner, [])
        for n in sorted(named, key=lambda n: n.start):
            if lo <= n.start < sent.end and n.name not in found:
                found.append(n.name)
    return out


# "tác giả Trần Văn A, Báo X", "Lê Thị B, giáo viên Trường Y": after a winner's name, a
# comma and a few words in lower case (a post) before a body
_AFFILIATION = re.compile(r",\s*(?:[a-zà-ỹđ]+\s+){0,3}$")


def works_at(text: str, person_ends: Sequence[int], start: int) -> bool:
    """Whether the body at `start` is where the person named just before it works: the
    winner won, not the newspaper or school (`person_ends` sorted)."""
    i = bisect.bisect_right(person_ends, start) - 1
    if i < 0 or start - person_ends[i] > 40:
        return False
    return bool(_AFFILIATION.fullmatch(text, person_ends[i], start))


def _contest_before(contests: Mapping[int, int], pos: int) -> int | None:
    """The contest named last before `pos`, by its event's number; before any, the
    article's one contest (a text that opens with its prizes: "Bốn nhà giáo đoạt giải
    nhất gồm: ...")."""
    before = [(start, number) for number, start in contests.items() if start < pos]
    if before:
        return max(before)[1]
    return next(iter(contests)) if len(contests) == 1 else None


def _subject_start(text: str, sent_start: int, prize: int) -> int:
    """Where the winners start: at the prize word, or, after "đạt", "đoạt" ("X đạt giải
    ba"), at the start of the clause that names X."""
    if not _WON.search(text, max(sent_start, prize - 24), prize):
        return prize
    clause = _CLAUSE_START.search(text, sent_start, prize)
    return clause.end() if clause else sent_start
