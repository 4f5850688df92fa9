"""A plan named again by its issuer alone: "UBND tỉnh X vừa có kế hoạch triển khai về học
tập ngoại ngữ ...", then "Kế hoạch của UBND tỉnh X cho biết ...". The second names no plan
of its own: it is the one plan of that kind the same body issued, and becomes its alias.
"""

from __future__ import annotations

import re

from graph_builder.extract.policies import PolicyBuilder
from graph_builder.extract.policy_merge import merge_into
from graph_builder.extract.policy_names import PolicyEntity

_BY_ISSUER = re.compile(r"(?P<head>\S+(?:\s\S+)?)\s+của\s+(?P<body>.+)")


def merge_issuer_refs(pb: PolicyBuilder) -> None:
    for ref in [e for e in pb.entities if not e.number and _names_only_issuer(e)]:
        same = [
            e
            for e in pb.entities
            if e is not ref and not e.number and e.kind == ref.kind and e.issuer == ref.issuer
        ]
        if len(same) == 1:
            merge_into(pb, same[0], ref)


def _names_only_issuer(e: PolicyEntity) -> bool:
    """Is the name the kind's word, "của" and the issuer, nothing more?"""
    m = _BY_ISSUER.fullmatch(e.name)
    return (
        m is not None
        and e.issuer is not None
        and m.group("head").casefold() == e.kind.casefold()
        and m.group("body") == e.issuer
    )
