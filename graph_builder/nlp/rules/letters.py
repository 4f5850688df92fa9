"""Official letters (công văn) cited by their number: "Công văn số 555/LĐTBXH-BTXH".

A letter's number carries no kind code (a decision's has "QĐ"): it is the sender's code and
the drafting unit's after the slash. Alone such a number could be anything ("25/BC-HĐTĐNN"
is a report), so a letter is read only with its word "Công văn" before it. Written forms
vary: "1848/LĐTBXH- TE", "4235/UBND - KGVX"; "văn bản số 4235/UBND-KGVX" is a letter too
(its number, not its word, says so), and a sender's code may hold digits ("4813/V01-P05", a
ministry's office). A number whose first code is a kind ("văn bản số 88/TB-VPCP", a Thông
báo) is find_legal's.
"""

from __future__ import annotations

import re

from graph_builder.nlp.rules.policies import CODES, PolicyMention

KIND = "Công văn"
# "văn bản khẩn số ...", "Công văn hỏa tốc số ...": how urgent it is, between word and number
_URGENCY = r"(?:\s+(?:thượng khẩn|khẩn cấp|khẩn|hỏa tốc|hoả tốc))?"
_LETTER = re.compile(
    rf"(?P<prefix>[Cc]ông văn{_URGENCY}(?:\s+số)?|[Vv]ăn bản{_URGENCY}\s+số)\s*"
    r"(?P<number>\d{1,5}/(?P<sender>[A-ZĐ][A-ZĐ0-9&]{1,14})(?:\s?-\s?[A-ZĐ]"
    # the drafting unit's code may hold a small letter inside it ("GDTrH": Trung học)
    r"(?:[A-ZĐ0-9&]|[a-zđ](?=[A-ZĐ])){0,14})+)"
    r"(?![\wÀ-ỹ])"
)


def find_letters(text: str) -> list[PolicyMention]:
    """Letters cited with their word and number; the sender's code names the issuer."""
    return [
        PolicyMention(
            m.start(),
            m.end(),
            m.group(),
            KIND,
            number=m.group("number"),
            issuer_code=m.group("sender"),
        )
        for m in _LETTER.finditer(text)
        if not (m.group("prefix").lower().startswith("văn bản") and m.group("sender") in CODES)
    ]


# "vừa có công văn hỏa tốc yêu cầu ...", "đã có công văn khẩn chấn chỉnh ...": a letter sent
# in haste is often reported with no number; its urgency makes it one letter the body sent,
# not letters in general ("công văn" alone is a common noun)
_URGENT = re.compile(
    r"(?<![\wÀ-ỹ])(?P<head>[Cc]ông (?:văn|điện))\s+(?:thượng khẩn|khẩn cấp|khẩn|hỏa tốc|hoả tốc)"
    r"(?![\wÀ-ỹ])(?!\s*,?\s*(?:số\s*)?\d)"
)


def find_urgent_letters(text: str) -> list[PolicyMention]:
    """ "công văn hỏa tốc", "công điện khẩn": a letter named by its urgency, with no
    number after it (a numbered one is find_letters'); the urgency is all its name."""
    """Letters and dispatches named by their urgency alone ("công văn hỏa tốc")."""
    return [
        PolicyMention(m.start(), m.end(), m.group(), m.group("head").capitalize())
        for m in _URGENT.finditer(text)
    ]
