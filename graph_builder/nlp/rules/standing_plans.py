"""The standing plans every level of government keeps ("kế hoạch phát triển kinh tế - xã
hội"): an article cites them as a kind of work, not as one policy it reports on. The names
are data (data/lexicon/generic_policies.txt).
"""

from __future__ import annotations

import re

from graph_builder.nlp.lexicon import LEXICON_DIR, word_list

GENERIC = frozenset(word_list(LEXICON_DIR / "generic_policies.txt"))
_PERIOD_END = re.compile(
    r"\s+(?:(?:giai đoạn|năm|thời kỳ)\s+)?(?:(?:19|20)\d{2})(?:\s*[-–—]\s*(?:19|20)\d{2})?$"
)


def standing_plan(name: str) -> bool:
    """Whether a name, in any case and with any dash, a period or year after it aside, is
    one of the standing plans."""
    key = " ".join(re.sub(r"[–—]", "-", name.casefold()).split())
    return _PERIOD_END.sub("", key) in GENERIC
