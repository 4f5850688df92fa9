"""Twin plans: "Kế hoạch thực hiện X" (a headline) and "Kế hoạch số 5/KH-UBND triển khai X"
are one plan when both implement the same policy; the unnumbered name becomes an alias of
the numbered document and its relations move to it. Run after the implements links.
"""

from __future__ import annotations

from graph_builder.extract.model import Predicate, Relation
from graph_builder.extract.policies import PolicyBuilder
from graph_builder.extract.policy_names import PolicyEntity
from graph_builder.nlp.rules.policies import INSTRUMENTS


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
