"""Events named by what was done: "UBND huyện X tổ chức mừng thọ cho 1.161 người cao tuổi",
"Trung tâm Y phối hợp với Hội Z (Hoa Kỳ) tổ chức trao tặng 40 xe lăn cho người khuyết tật".
News of a local body often names its event by the action it held, not by a head noun.

A head flagged `action` (data/lexicon/event_heads.txt) is an event only right after "tổ
chức" whose subject is named: a body's name, a capitalised word or a closing bracket ends
right before it ("đã", "vừa", "phối hợp" may come between). "toàn tỉnh đã tổ chức trao
395.550 suất học bổng" (a tally), "sẽ tổ chức thăm ...", "được tổ chức mừng thọ", "các hoạt
động như tổ chức khám ..." (work planned or counted) name none. The name runs through what
was given and to whom, to the clause's end or to where and when (verb_events.given_to).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph_builder.nlp.rules.orgs import OrgMention, org_covering
from graph_builder.nlp.rules.verb_events import given_to
from graph_builder.textnorm import UPPER

# "Ban tổ chức trao giải ...": the organising committee, a noun, not "tổ chức" done
_HELD = re.compile(r"\s+(?:(?:đã|vừa)\s+)?(?:phối hợp\s+)?(?<![Bb]an )tổ chức\s+$")
# "Tại lễ phát động, Công ty X tổ chức trao 20 xe đạp ...": done at the event the sentence
# opens with, part of it
_AT_EVENT = re.compile(r"(?:(?<=\n)|(?<=\. ))(?:Tại|Trong)\s+(?:buổi\s+)?[^\n.,]{2,60},[^\n.]*$")
_NAMED_WORD = re.compile(rf"(?:(?<![\wÀ-ỹ])[{UPPER}][\wÀ-ỹ]*|\))$")
REACH = 40  # "Hội X đã phối hợp tổ chức " before the head


def action_end(text: str, start: int, end: int, bodies: Sequence[OrgMention]) -> int | None:
    """Where the name of the action whose head spans [start, end) ends, or None when no
    named subject held it."""
    held = _HELD.search(text, max(0, start - REACH), start)
    if held is None:
        return None
    subject_end = held.start()
    body = org_covering(bodies, subject_end - 1) if subject_end else None
    named = _NAMED_WORD.search(text, max(0, subject_end - 40), subject_end)
    if named is None and (body is None or body.end != subject_end):
        return None
    if _AT_EVENT.search(text, max(0, start - 200), start):
        return None
    return given_to(text, end)
