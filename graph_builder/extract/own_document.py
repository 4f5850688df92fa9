"""The article that is itself a legal document: its header's number and its title are one
policy.

A plan or decision published in full opens with "Số: 258/KH-UBND" and then says "UBND tỉnh
ban hành Kế hoạch triển khai thực hiện Đề án X trên địa bàn tỉnh, cụ thể như sau:". The
number and the named plan are the same document; kept apart, the title is a policy without
its number and the number a policy without its name, and every relation of the document
is split between the two. The named form becomes the policy's name (what the article calls
it), the number its number.
"""

from __future__ import annotations

import re

from graph_builder.extract.policy_names import PolicyEntity
from graph_builder.nlp.rules.text import Span, sentence_at

_HEADER_NUMBER = re.compile(r"(?:^|\n)[ \t]*Số[ \t]*:?[ \t]*$")
# "ban hành Kế hoạch ... như sau:", "... với những nội dung sau", "(sau đây gọi tắt là ...)"
_ISSUED_HERE = re.compile(r"\bban hành\s+$")
_INTRODUCED = re.compile(
    r"\(sau đây gọi tắt là|\b(?:cụ thể\s+)?như sau\s*:|\bvới (?:những|các) nội dung (?:như )?sau"
)
HEADER_REACH = 3_000  # the header is at the top of the document


def adopt_own_number(entities: list[PolicyEntity], text: str, sents: list[Span]) -> None:
    """Merge the header's numbered document into the named policy the text issues here."""
    own = _header_document(entities, text)
    if own is None:
        return
    named = next((e for e in entities if _issued_here(e, own.kind, text, sents)), None)
    if named is None:
        return
    named.number = own.number
    named.issuer = own.issuer or named.issuer
    named.date = own.date or named.date
    named.mentions += own.mentions  # the named form stays first: it is the name
    entities.remove(own)


def issued_here(entities: list[PolicyEntity], text: str, sents: list[Span]) -> PolicyEntity | None:
    """The plan the text issues here ("ban hành Kế hoạch X ... như sau:"), if any."""
    return next((e for e in entities if _issued_here(e, e.kind, text, sents)), None)


def _header_document(entities: list[PolicyEntity], text: str) -> PolicyEntity | None:
    for entity in entities:
        if entity.number and any(
            m.start < HEADER_REACH and _HEADER_NUMBER.search(text, max(0, m.start - 40), m.start)
            for m in entity.mentions
        ):
            return entity
    return None


def _issued_here(entity: PolicyEntity, kind: str, text: str, sents: list[Span]) -> bool:
    if entity.number or entity.kind != kind:
        return False
    for m in entity.mentions:
        sent = sentence_at(sents, m.start)
        if m.bare or sent is None:
            continue
        if _ISSUED_HERE.search(text, sent.start, m.start) and _INTRODUCED.search(
            text, m.end, sent.end + 1
        ):
            return True
    return False
