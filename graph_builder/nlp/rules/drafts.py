"""Drafts named by the text they replace: "dự thảo Nghị định thay thế Nghị định 86/2015/NĐ-CP".

A draft has no number yet; an article names it by its kind and the document it is to
replace, and the gold conventions list it as a policy of that kind, apart from the one it
replaces (which keeps its own entry, also when cited only inside the draft's name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph_builder.nlp.rules.policies import PolicyMention

_KINDS = r"Nghị định|Thông tư|Nghị quyết|Quyết định|Luật"
DRAFT = re.compile(
    rf"(?<![\wÀ-ỹ])[Dd]ự thảo\s+({_KINDS})\s+thay thế\s+(?:{_KINDS})\s+(?:số\s+)?"
    r"(\d{1,5})(?:/(?:19|20)\d{2})?(?:/[A-ZĐ][A-ZĐ0-9&\-]*)?(?![\w/])"
)


@dataclass(frozen=True)
class Draft:
    mention: PolicyMention
    replaces: str  # the replaced document's number, its first part ("86" of "86/2015/NĐ-CP")


def find_drafts(text: str) -> list[Draft]:
    """One per draft named by what it replaces, to the replaced one's number."""
    return [
        Draft(PolicyMention(m.start(), m.end(), m.group(), m.group(1)), m.group(2))
        for m in DRAFT.finditer(text)
    ]
