"""A document named by its subject with its number in brackets after it: "Thủ tướng ban
hành Quyết định về việc giao chỉ tiêu ... (Quyết định số 12/QĐ-TTg, ngày 2/3/2016)". The
brackets give the number of the document just named, so the two are one policy: named by
its subject (the name the article gives it), numbered by the brackets' number.
"""

from __future__ import annotations

import re

from graph_builder.extract.model import Relation
from graph_builder.extract.policies import PolicyBuilder
from graph_builder.extract.policy_names import PolicyEntity

# From the end of the subject's name to the numbered mention: an opening bracket, at most
# a comma or a space before it
_INTO_BRACKET = re.compile(r"\s*,?\s*\(\s*$")


def merge_bracketed_numbers(pb: PolicyBuilder) -> None:
    """Merge each numbered document cited in brackets right after an unnumbered one of its
    kind into it."""
    for named in [e for e in pb.entities if not e.number]:
        numbered = _bracketed(pb, named)
        if numbered is not None:
            _merge(pb, named, numbered)


def _bracketed(pb: PolicyBuilder, named: PolicyEntity) -> PolicyEntity | None:
    for m in named.mentions:
        for other in pb.entities:
            if other is named or not other.number or other.kind != named.kind:
                continue
            first = min(other.mentions, key=lambda o: o.start)
            gap = pb.text[m.end : first.start]
            if len(gap) <= 4 and _INTO_BRACKET.match(gap):
                return other
    return None


def _merge(pb: PolicyBuilder, named: PolicyEntity, numbered: PolicyEntity) -> None:
    """One entity: the subject's mentions first (a numbered entity is named by its first
    mention), the number and what is known of the numbered document kept."""
    old = {named.name, numbered.name}
    numbered.mentions[:0] = sorted(named.mentions, key=lambda m: m.start)
    numbered.issuer = numbered.issuer or named.issuer
    numbered.date = numbered.date or named.date
    numbered.period = numbered.period or named.period
    pb.entities.remove(named)
    name = numbered.name
    renamed = (
        Relation(
            name if r.subject in old else r.subject,
            r.predicate,
            name if r.object in old else r.object,
        )
        for r in pb.relations
    )
    pb.relations = list(dict.fromkeys(r for r in renamed if r.subject != r.object))
