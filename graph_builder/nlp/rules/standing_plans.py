"""Instrument names that name no one policy the article reports on: the standing plans
every level of government keeps ("kế hoạch phát triển kinh tế - xã hội", cited as a kind of
work; the names are data, data/lexicon/generic_policies.txt), a head word opening a
sentence that lists what the plan does ("Kế hoạch triển khai một số nội dung: ..."), and a
programme standing where the body that acts stands.
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


# "... triển khai một số nội dung:", "... gồm các nhiệm vụ sau:": the words announce a list
_LIST_OPENING = re.compile(
    r"\s(?:một số|các|những)\s+(?:nội dung|nhiệm vụ|giải pháp|hoạt động)(?:\s+sau)?\s*$"
)


def opens_a_list(text: str, start: int, name: str) -> bool:
    """A name ending in a quantity of contents right before a colon is the plan named
    before (its head word) doing something, the colon opening the list of what."""
    end = start + len(name)
    return text.startswith(":", end) and _LIST_OPENING.search(name) is not None


# "Hội thảo được tổ chức bởi Chương trình Toàn cầu về ...", "Đại sứ quán phối hợp với
# Chương trình hành động của Liên Hợp Quốc ... tổ chức Hội nghị": one holds an event with a
# body, not with a policy; such a programme is the donor's or the UN's office that runs it
_AGENT_OF = re.compile(r"(?:tổ chức bởi|phối hợp với|phối hợp cùng)\s+$")
AGENT_KINDS = {"Chương trình", "Dự án"}


def acts_as_body(text: str, start: int, kind: str) -> bool:
    """Whether a programme's name starting at `start` is the agent of the sentence."""
    return kind in AGENT_KINDS and _AGENT_OF.search(text, max(0, start - 20), start) is not None
