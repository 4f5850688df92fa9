"""Decisions named by what they found: "UBND tỉnh vừa có quyết định thành lập Trung tâm X",
"Thủ tướng ban hành quyết định thành lập Hội Y". An article often names such a decision
by no number, only by the body it sets up; the gold conventions list it as a policy
("quyết định thành lập <body>", kind Quyết định) issued by the subject of the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph_builder.nlp.rules.orgs import OrgMention
from graph_builder.nlp.rules.policies import PolicyMention

KIND = "Quyết định"
# "quyết định thành lập" as a noun: after a verb that has it ("có", "ban hành", "ký") or a
# preposition ("theo", "tại"), or opening a sentence; "Sở quyết định thành lập ..." (a verb:
# the body decided) and "ra quyết định thành lập các đoàn ..." (no body named) are none
_FOUNDING = re.compile(
    r"(?:(?<![\wÀ-ỹ])(?:có|ban hành|ký|công bố|trao|theo|tại)\s+|(?:^|(?<=[.\n])\s*))"
    r"([Qq]uyết định\s+thành lập)\s+",
    re.MULTILINE,
)


def founding_decisions(text: str, orgs: Sequence[OrgMention]) -> list[PolicyMention]:
    """One mention per "quyết định thành lập" right before a body the rules found, named
    to that body's end as the article writes it."""
    starts = {o.start: o for o in orgs}
    out = []
    for m in _FOUNDING.finditer(text):
        body = starts.get(m.end())
        if body is None:
            continue
        start = m.start(1)
        out.append(PolicyMention(start, body.end, text[start : body.end], KIND))
    return out
