"""Numbered plans: "Kế hoạch số 5/KH-UBND triển khai Đề án X" implements what it names
next; and twin plans, "Kế hoạch thực hiện X" (a headline) and "Kế hoạch số 5/KH-UBND triển
khai X", are one plan when both implement the same policy: the unnumbered name becomes an
alias of the numbered document and its relations move to it. Run after the implements links.
"""

from __future__ import annotations

import re

from graph_builder.extract.model import Predicate, Relation
from graph_builder.extract.policies import PolicyBuilder
from graph_builder.extract.policy_names import PolicyEntity
from graph_builder.nlp.rules.policies import INSTRUMENTS
from graph_builder.nlp.rules.text import sentence_at

# "Kế hoạch số 5/KH-UBND ngày 3/4/2023 của Ban Thường vụ Tỉnh ủy về thực hiện X": the date
# and the issuer may stand between the plan and the cue
NAMED_NEXT = re.compile(r"[^.;]{0,80}?(?:triển khai|thực hiện)\s+")
# "Kế hoạch số 102/KH-UBND ngày 4/4/2025 của UBND tỉnh về Chương trình X": a plan on an
# instrument carries it out; the instrument is the subject of the plan, no one else's
_ABOUT_PLAN = re.compile(
    r"(?:\s+ngày\s+\d{1,2}/\d{1,2}/(?:19|20)\d{2})?(?:\s+của\s+[^,.;:“”\"()]{2,60}?)?"
    r"\s+về\s+(?=[“\"]?[A-ZĐ])"
)


def link_numbered_plans(pb: PolicyBuilder) -> None:
    """ "Kế hoạch số 5/KH-UBND triển khai Đề án X": a numbered plan implements what follows."""
    for plan in [e for e in pb.entities if e.number and e.kind in INSTRUMENTS]:
        for m in plan.mentions:
            sent = sentence_at(pb.sents, m.start)
            cue = NAMED_NEXT.match(pb.text, m.end) or _ABOUT_PLAN.match(pb.text, m.end)
            if sent is None or cue is None:
                continue
            following = [
                (om.start, other)
                for other in pb.entities
                if other is not plan
                for om in other.mentions
                if cue.end() <= om.start < sent.end
            ]
            if following:
                nearest = min(following, key=lambda f: f[0])[1]
                pb.relate(plan.name, Predicate.IMPLEMENTS, nearest.name)


def merge_numbered_plans(pb: PolicyBuilder) -> None:
    """Merge each unnumbered plan into the numbered one of its kind with a common goal."""
    for plan in [e for e in pb.entities if not e.number and e.kind in INSTRUMENTS]:
        goals = _objects(pb, plan.name, Predicate.IMPLEMENTS)
        twin = next(
            (
                e
                for e in pb.entities
                if e.number
                and e.kind == plan.kind
                and goals & _objects(pb, e.name, Predicate.IMPLEMENTS)
            ),
            None,
        )
        if twin is not None:
            merge_into(pb, twin, plan)


def merge_into(pb: PolicyBuilder, twin: PolicyEntity, plan: PolicyEntity) -> None:
    """`plan` is `twin` named another way: one entity, its relations renamed."""
    twin.mentions += plan.mentions
    pb.entities.remove(plan)
    renamed = [
        Relation(
            twin.name if r.subject == plan.name else r.subject,
            r.predicate,
            twin.name if r.object == plan.name else r.object,
        )
        for r in pb.relations
    ]
    pb.relations = list(dict.fromkeys(r for r in renamed if r.subject != r.object))


def _objects(pb: PolicyBuilder, subject: str, predicate: Predicate) -> set[str]:
    return {r.object for r in pb.relations if r.subject == subject and r.predicate is predicate}
