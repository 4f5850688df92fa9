"""Places smaller than an administrative unit, named after their head word: streets and
roads ("đường Trần Phú", "phố Huế", "quốc lộ 1A"), airports ("sân bay Nội Bài"), border
gates, markets, residential blocks (data/lexicon/site_heads.txt). An address or a route
names them as places: "ở số 5 đường Trần Phú", "xuất cảnh qua cửa khẩu Lao Bảo".

The heads match in lower case only: capitalised, "Chợ" or "Đường" is most often a syllable
of a name ("Chợ Mới", "Tổng cục Đường bộ"). The name is one to four capitalised syllables
or, after a numbered head, a number. A one-syllable name must end its phrase (a comma, a
stop, a bracket): "đường Láng, quận Đống Đa" is a street, "con đường Đổi mới" a slogan,
the capital being a phrase's, not a name's. The street of a body's seat ("trụ sở chính
đặt tại số 431 đường Hùng Vương") is the body's address, a detail of the body, and no place
the news is about (our gold lists none).

A house number and a street's name, with no head word between, is an address too ("ở số
16 Lý Thường Kiệt, phường ..."): after a cue of address, a number, then two to four
capitalised syllables that end the phrase. The span starts at the number.
"""

from __future__ import annotations

import functools
import re

from graph_builder.nlp.lexicon import LEXICON_DIR, Lexicon, per_lexicon, word_list
from graph_builder.nlp.rules.place_patterns import head_alternations
from graph_builder.nlp.rules.text import NAME_SYLLABLE, Span

MAX_SYLLABLES = 4
_NAME = rf"{NAME_SYLLABLE}(?:[ \t]+{NAME_SYLLABLE}){{0,{MAX_SYLLABLES - 1}}}"
_PHRASE_END = re.compile(r"[ \t]*(?:[,.;:)!?\n]|$)")
_SEAT = re.compile(
    r"(?<![\wÀ-ỹ])(?:trụ sở|văn phòng|đặt tại|đóng tại)(?![\wÀ-ỹ])[^.;\n]*$", re.IGNORECASE
)
_HOUSE = re.compile(
    r"(?<![\wÀ-ỹ])(?P<cue>tại|ở|số|nhà|địa chỉ|trú|ngụ)[ \t]+(?:số[ \t]+)?"
    rf"(?P<address>\d{{1,4}}[A-Z]?(?:/\d{{1,4}}[A-Z]?)*[ \t]*,?[ \t]*"
    rf"{NAME_SYLLABLE}(?:[ \t]+{NAME_SYLLABLE}){{1,{MAX_SYLLABLES - 1}}})"
    r"(?=[ \t]*(?:[,.;:()!?\n–-]|$)|[ \t]+và[ \t])"
)
# "Bệnh viện số 2", "Trường Tiểu học số 1": "số" after the words of a capitalised name (a
# head word in capitals, up to two words after it) is that body's number
_NAME_BEFORE = re.compile(
    rf"(?<![\wÀ-ỹ])(?:{NAME_SYLLABLE}|[A-ZĐ]{{2,}})(?:[ \t]+[\wÀ-ỹ]+){{0,2}}[ \t]+$"
)
NAME_REACH = 30
SEAT_REACH = 60  # "có trụ sở chính đặt tại số 431 " before the street


def find_sites(text: str, lex: Lexicon) -> list[Span]:
    """ "đường Trần Phú", "quốc lộ 14": every site head with its name or number."""
    out = []
    for m in _site_pattern(lex).finditer(text):
        name = m.group("name")
        if name and " " not in name and not _PHRASE_END.match(text, m.end()):
            continue
        if _SEAT.search(text, max(0, m.start() - SEAT_REACH), m.start()):
            continue
        if _in_a_compound(text, m.start(), m.group("head") or m.group("nhead")):
            continue
        if not _ends_a_longer_head(text, m.start(), m.group("head") or m.group("nhead"), lex):
            out.append(Span(m.start(), m.end(), m.group()))
    return out + _house_addresses(text)


def _house_addresses(text: str) -> list[Span]:
    """ "tại 125 Hàng Bông, quận ...": a number and a street's name after a cue."""
    return [
        Span(m.start("address"), m.end("address"), m.group("address"))
        for m in _HOUSE.finditer(text)
        if not _SEAT.search(text, max(0, m.start() - SEAT_REACH), m.start())
        and not _a_bodys_number(text, m)
    ]


def _a_bodys_number(text: str, m: re.Match[str]) -> bool:
    """ "Bệnh viện số 3, Hà Nam": "số" right after a capitalised name numbers that body
    (its province follows the comma), no house; a house's number follows a cue of address
    ("ở số 9, Lê Lợi", "nhà số 5 Trần Phú"), which the match then starts with."""
    if m.group("cue") != "số":
        return False
    return _NAME_BEFORE.search(text, max(0, m.start() - NAME_REACH), m.start()) is not None


def _in_a_compound(text: str, start: int, head: str) -> bool:
    """ "miền núi Quảng Nam", "xã đảo Thạnh An", "đồng hồ": the head ends a word that names
    no site (data/lexicon/site_compounds.txt)."""
    before = text[max(0, start - 8) : start].split()
    return bool(before) and f"{before[-1].lower()} {head}" in _compounds()


@functools.cache
def _compounds() -> frozenset[str]:
    return frozenset(word_list(LEXICON_DIR / "site_compounds.txt"))


def _ends_a_longer_head(text: str, start: int, head: str, lex: Lexicon) -> bool:
    """ "thành phố Huế", "tổ dân phố Tân Lập": the site's head ends a unit's head word,
    and the unit is the place (graph_builder/nlp/rules/places.py reads it)."""
    before = text[max(0, start - 12) : start].lower()
    for other in (*lex.place_heads, *lex.site_heads):
        prefix = other.label[: -len(head)]
        if other.label.endswith(" " + head) and before.endswith(prefix):
            return True
    return False


@per_lexicon
def _site_pattern(lex: Lexicon) -> re.Pattern[str]:
    """Heads longest first ("sân bay quốc tế" before "sân bay"), one pattern per lexicon."""
    named, numbered = head_alternations(list(lex.site_heads))
    return re.compile(
        rf"(?<![\wÀ-ỹ])(?:(?P<head>{named})[ \t]+(?P<name>{_NAME})|"
        rf"(?P<nhead>{numbered})[ \t]+\d{{1,4}}[A-Z]?)"
        r"(?![\wÀ-ỹ]|[/.,]\d)"
    )
