"""Numbered legal documents: "Quyết định số 32/2010/QĐ-TTg", "Nghị quyết 42-NQ/TW".

Matched on characters (pyvi splits "32/2010/QĐ-TTg" into seven tokens); the number's
own codes give the kind (QĐ, NĐ, TT ...) and often the issuer (TTg, CP, UBND ...), and a
Party document's number its organ (TW, TU ...): data/lexicon/kind_codes.txt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph_builder.nlp.rules.issuer_codes import kind_codes

CODES = kind_codes("state")
PARTY_CODES = kind_codes("party")
LEGAL_WORDS = (
    "Quyết định",
    "Nghị định",
    "Thông tư liên tịch",
    "Thông tư",
    "Nghị quyết",
    "Chỉ thị",
    "Kết luận",
    "Luật",
    "Bộ luật",
    "Kế hoạch liên tịch",
    "Kế hoạch",
    "Chương trình",
    "Đề án",
    "Công văn",
    "Công điện",
    "QĐ",
    "NĐ",
)
# "1177/QĐ BGDĐT", "1179/ QĐ BGDĐT": numbers written with a space for the hyphen, when
# an issuer's code in capitals follows (three letters or more, so no ordinary word)
_LOOSE_ISSUER = r" (?=[A-ZĐ]{3,}(?![\wÀ-ỹ]))"
# "32/2010/QĐ - TTg": a hyphen written with spaces round it, when a code follows
_SPACED_HYPHEN = r"\s?-\s(?=TTg(?![\wÀ-ỹ])|[A-ZĐ0-9&]+(?![a-zà-ỹ]))"
NUMBER = re.compile(
    r"(?:(?P<prefix>(?:" + "|".join(LEGAL_WORDS) + r"|[A-ZĐ]\w+ định)(?:\s+số)?)\s*)?"
    # "36a/NQ-CP": a letter after the serial number sets a text apart from the one before
    r"(?<![\d/])(?P<number>\d{1,5}[a-z]?(?:/(?P<year>(?:19|20)\d{2}))?/ ?(?P<code>"
    r"(?<=\d{4}/)(?P<alone>B[A-ZĐ&]{2,}(?![\wÀ-ỹ&-]))|"  # "Thông tư 21/2014/BGD&ĐT"
    r"(?<=/)TTg(?![\wÀ-ỹ])|(?:"  # "Chỉ thị 27/2004/TTg": the issuer alone, no kind code
    + "|".join(sorted(CODES, key=len, reverse=True))
    + r")\d*(?!r-)(?:(?:-|"  # "QH15"; "TTr" (a submission) is none
    + _SPACED_HYPHEN
    + "|"
    + _LOOSE_ISSUER
    + r")(?:TTg|[A-ZĐ0-9&]+))*)"
    r"|\d{1,5}-(?P<party>" + "|".join(PARTY_CODES) + r")/"
    # "08-KH/TĐTN-XDĐ": the organ, then the office of it that drafted the text
    r"(?P<organ>TW|TƯ|BCT|[A-ZĐƯ]{2,8})(?:-[A-ZĐƯ]{2,6})?(?![\wÀ-ỹ])"
    # "Chỉ thị số 149-TTg", "Thông tư số 15-LĐ/TT": the older form, serial-issuer[/kind],
    # read only after a kind's word
    r"|\d{1,5}-(?P<old_issuer>TTg|[A-ZĐ]{2,5})(?:/(?P<old_kind>[A-ZĐ]{2,4}))?(?![\wÀ-ỹ/-]))"
)


@dataclass
class PolicyMention:
    start: int
    end: int
    text: str
    kind: str
    number: str | None = None
    year: int | None = None
    issuer_code: str | None = None
    bare: bool = False  # "Đề án" alone, or "Đề án 32": refers to another mention
    ref_number: str | None = None


def find_legal(text: str) -> list[PolicyMention]:
    out = []
    for m in NUMBER.finditer(text):
        prefix = m.group("prefix")
        year: int | None
        issuer: str | None
        if m.group("party"):  # Party documents: "42-NQ/TW"
            kind = _kind_from_prefix(prefix) or PARTY_CODES[m.group("party")]
            year, issuer = None, "/" + m.group("organ")  # an organ: see issuer_codes.txt
        elif m.group("old_issuer") or m.group("alone"):
            loose_kind = _kind_from_prefix(prefix)
            if loose_kind is None:
                continue  # "149-TTg" alone may be anything; "Chỉ thị số 149-TTg" is one
            # "21/2014/BGD&ĐT", written without its kind code: its issuer is left to the text
            year = int(m.group("year")) if m.group("year") else None
            kind, issuer = loose_kind, m.group("old_issuer")
        else:
            code = m.group("code")
            if code == "TTg" and not prefix:
                continue  # the kind is only in the word before: "Chỉ thị 27/2004/TTg"
            kind_code = next(c for c in sorted(CODES, key=len, reverse=True) if code.startswith(c))
            kind = _kind_from_prefix(prefix) or CODES[kind_code]
            year = int(m.group("year")) if m.group("year") else None
            code = re.sub(r"\s?-\s|\s", "-", code)  # the loose form's issuer, as "-" gives it
            issuer = (
                code.split("-", 1)[1]
                if "-" in code
                else (code if code.startswith(("QH", "TTg")) else None)
            )
        start = m.start("prefix") if prefix else m.start("number")
        number = re.sub(r"\s?-\s", "-", m.group("number"))  # "QĐ - TTg" as "QĐ-TTg"
        out.append(PolicyMention(start, m.end(), text[start : m.end()], kind, number, year, issuer))
    return out


def _kind_from_prefix(prefix: str | None) -> str | None:
    if not prefix:
        return None
    word = re.sub(r"\s+số$", "", prefix)
    return CODES.get(word) or (word if word in LEGAL_WORDS else None)
