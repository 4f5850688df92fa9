"""A goal stated "accordingly": "Thủ tướng vừa ban hành Quyết định X. Theo đó, đến năm 2030
...". "Theo đó" (by it) opens a sentence that states what the document just named says, so
its goals are that document's, a decision's too (goals.py otherwise gives a decision no
goals of its own).
"""

from __future__ import annotations

import re

from graph_builder.nlp.rules.text import Span

# "Theo đó,", "Theo quyết định này,", "Theo Kế hoạch,": by the document just named
_ACCORDINGLY = re.compile(
    r"\s*Theo\s+(?:đó|(?:quyết định|nghị quyết|kế hoạch|đề án|chương trình|chiến lược)"
    r"(?:\s+(?:này|trên))?)\s*,",
    re.IGNORECASE,
)
MAX_GAP = 200  # from the sentence naming the document to the one going on: a blank line


def said_before(sent: Span, sents: list[Span]) -> Span | None:
    """The sentence just before one that opens "Theo đó,", whose document it goes on with."""
    if not _ACCORDINGLY.match(sent.text):
        return None
    before = [s for s in sents if s.end <= sent.start and sent.start - s.end <= MAX_GAP]
    return before[-1] if before else None
