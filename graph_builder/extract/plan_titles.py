"""A plan named by its subject: the headline "Kế hoạch thực hiện công tác bình đẳng giới ..."
and the lead "UBND tỉnh ban hành Kế hoạch số 38/KH-UBND về thực hiện công tác bình đẳng
giới ..." name one plan. The unnumbered name, its words after the head word those that
open the subject written after the numbered one's "về", is an alias of the numbered plan.

A letter named by its matter, "Công điện về việc tăng cường ...", in an article whose only
numbered letter of that kind is "công điện số 03/CĐ-X", is that letter: the headline names
it by its title, the text by its number.
"""

from __future__ import annotations

import re

from graph_builder.extract.policies import PolicyBuilder
from graph_builder.extract.policy_merge import merge_into
from graph_builder.extract.policy_names import PolicyEntity
from graph_builder.nlp.rules.policies import INSTRUMENTS
from graph_builder.nlp.rules.subject_refs import LETTER_SUBJECT

MIN_WORDS = 3  # "Kế hoạch thực hiện công tác ...": a subject, not one generic word
_ABOUT = re.compile(r"\s+(?:về(?:\s+việc)?)\s+")


def merge_titled_plans(pb: PolicyBuilder) -> None:
    for plan in [e for e in pb.entities if not e.number]:
        twin = next((e for e in pb.entities if e.number and _titled(pb.text, plan, e)), None)
        twin = twin or _numbered_letter(pb, plan)
        if twin is not None:
            merge_into(pb, twin, plan)


def _titled(text: str, plan: PolicyEntity, numbered: PolicyEntity) -> bool:
    if plan.kind != numbered.kind:
        return False
    words = _words(plan.name)[len(plan.kind.split()) :]
    if len(words) < MIN_WORDS:
        return False
    for m in numbered.mentions:
        about = _ABOUT.match(text, m.end)
        if about and _words(text[about.end() : about.end() + 300])[: len(words)] == words:
            return True
    return False


def _words(text: str) -> list[str]:
    return re.findall(r"[\wÀ-ỹ]+", text.casefold())


def _numbered_letter(pb: PolicyBuilder, letter: PolicyEntity) -> PolicyEntity | None:
    """The one numbered letter of the kind of `letter`, a letter named by its matter ("về
    việc ..."); None when the article has none, or two (which one is meant is unsaid)."""
    if letter.kind in INSTRUMENTS or not LETTER_SUBJECT.match(letter.name):
        return None
    numbered = [e for e in pb.entities if e.number and e.kind.casefold() == letter.kind.casefold()]
    return numbered[0] if len(numbered) == 1 else None
