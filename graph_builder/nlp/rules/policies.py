"""Policies: named instruments (Đề án, Chương trình ...) and, from legal_numbers, numbered
legal documents.

Instrument names run from the head word to punctuation or a stop phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph_builder.nlp.lexicon import LEXICON_DIR, word_list
from graph_builder.nlp.rules.event_contexts import held_with
from graph_builder.nlp.rules.legal_numbers import (
    CODES,
    LEGAL_WORDS,
    PARTY_CODES,
    PolicyMention,
    find_legal,
)
from graph_builder.nlp.rules.lower_names import (
    law_by_subject,
    named_in_lower,
    undated_law,
    yearly_end,
)
from graph_builder.nlp.rules.quoted_names import quoted_end
from graph_builder.nlp.rules.standing_plans import opens_a_list, standing_plan
from graph_builder.nlp.rules.text import LOWER, words_at_start


def _lines(name: str) -> tuple[str, ...]:
    return tuple(word_list(LEXICON_DIR / name))


INSTRUMENTS = tuple(sorted(_lines("policy_heads.txt"), key=len, reverse=True))  # as data
# Written in lower case, a head names a policy by its number ("dự án 8") or a title in
# quotes; the terms of data/lexicon/policy_terms.txt ("chương trình mục tiêu ...") by a name
LOWER_TERMS = tuple(sorted(_lines("policy_terms.txt"), key=len, reverse=True))
_LOWER_HEADS = (*LOWER_TERMS, "đề án", "chương trình", "dự án", "kế hoạch", "quy hoạch")
HEAD = re.compile(r"(?<![\wÀ-ỹ])(" + "|".join((*INSTRUMENTS, *_LOWER_HEADS)) + r")(?![\wÀ-ỹ])")
MAX_WORDS = 32


STOPS = _lines("policy_stopwords.txt")
FIXED = _lines("fixed_phrases.txt")
WINDOW = 2 * max(map(len, (*STOPS, *FIXED, "x" * 100)))
_STOP = words_at_start(STOPS)
# "số 12/...", "số 389-KH/TU", "số 03-CTr/TU"
_NUMBERED = re.compile(r"\s+(?:số\s+)?\d{1,5}(?:/|-[A-ZĐ][A-ZĐa-z]*/)")
# "Nghị định 86", "quyết định 3800": a legal word and a bare number, not a figure or a date,
# nor the verb and a count ("Chủ tịch nước quyết định 2 mức quà tết"), nor a length
# ("quyết định 30 ngày"); a date after it ("Chỉ thị số 19 ngày 10/1/2018") dates a document
SHORT_REF = re.compile(
    r"(?<![\wÀ-ỹ])(Quyết định|Nghị định|Nghị quyết|Thông tư|Chỉ thị)\s+(?:số\s+)?\d{1,5}"
    # "Nghị quyết số 05/2021 của ...", "... Nghị định số 52/2013.": the number and its year;
    # "số 36a/NQ-CP" is a full number, no short one
    r"(?:/(?:19|20)\d{2}(?![\w/\-]|\.\d)|"
    r"(?![\d/.\-]|[a-z]/|,\d|\s*(?:%|năm|tháng|ngày(?!\s+\d{1,2}[/-]\d)|người|triệu|tỷ|mức|loại|nhóm)"
    r"(?![\wÀ-ỹ])))",
    re.IGNORECASE,
)
# "Chương trình 135 năm 2020" is programme 135; "kế hoạch 5 năm", "đề án 3 tháng" a length
# ("chương trình 55 triệu đồng": what it cost, a sum, no programme 55)
_REF = re.compile(
    r"\s+(\d{1,5})(?![\d/]|[.,]\d)(?!\s*(?:năm(?!\s+(?:19|20)\d{2})|tháng|tuần|ngày|"
    r"triệu|tỷ|nghìn|ngàn|đồng|người|%)(?![\wÀ-ỹ]))"
)
_CAPITAL_NEXT = re.compile(r"\s+[A-ZĐÀ-Ỹ]")
_NAME_WORD = re.compile(r"[ \t]+([^\s,;:()“”\"!?]+)")
_LISTED = re.compile(rf",(?= [{LOWER}][^.;:,]{{0,60}}?giai đoạn (?:19|20)\d{{2}})")
_NAMED_PLACE = re.compile(r"tại [^,.;]{1,40}? (?:giai đoạn|thời kỳ|đến năm|năm \d)")
# A title in quotes after the head word, on one line; quotes open with a capital
_QUOTED_TITLE = re.compile(r' ?(?:"[A-ZĐÀ-Ỹ][^"\n]{3,250}"|“[A-ZĐÀ-Ỹ][^”\n]{3,250}”)')
_PLURAL = re.compile(r"(?<![\wÀ-ỹ])(?:các|những)\s$")
# a count before a head in lower case; "02 Chương trình mục tiêu quốc gia" names two policies
_COUNTED = re.compile(r"(?<![\d/.,])\d+\s$")
_HELD = re.compile(r"(?<![\wÀ-ỹ])tổ chức\s+$")
# a name ending in its ordinal, no congress's or conference's inside it
_HELD_AGAIN = re.compile(r"^(?!.*(?:Đại hội|Hội nghị)).* lần thứ [\wÀ-ỹ]+(?: năm \d{4})?$", re.I)
# "Theo Quy chế và quy định về ...": a conjunction the name stopped after is no part of it;
# " và dự án B" after "dự án A" opens a second project
_DANGLING = re.compile(r"\s+(?:và|hoặc|cùng)$")
# Right after the head word, a verb of what it sets out to do: "định hướng đến năm" goes
# on a name only after its period ("... giai đoạn 2011-2015 và định hướng đến năm 2020")
# ("Chương trình gắn với thực hiện mục tiêu ...": what the programme is tied to)
_ITS_VERB = re.compile(
    r"(?:định hướng|hướng) (?:đến|tới) năm|phấn đấu|hướng (?:đến|tới)\b|gắn với\b"
)
# "... thuộc Dự án trên địa bàn 4 tỉnh": where the project named before works, no name
_SCOPE_FIRST = re.compile(r"\s+trên địa bàn\s")
# " và dự thảo Nghị quyết ...": a second document, drafted beside the first
# A name that has stated its period ends at "và" unless a horizon follows ("giai đoạn
# 2021-2025 và định hướng đến năm 2030", "... và tầm nhìn đến năm 2045")
_PERIOD_END = re.compile(r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}$")
_AFTER_PERIOD = re.compile(r" và (?!(?:định hướng|tầm nhìn|những năm|các năm|giai đoạn)\b)")
_AND_INSTRUMENT = re.compile(
    r" và (?:các |những )?(?:dự thảo )?("
    + "|".join((*INSTRUMENTS, *LEGAL_WORDS[:7], "dự án"))
    + ")"
)


@dataclass
class PolicyGroup:
    mentions: list[PolicyMention] = field(default_factory=list)

    @property
    def first(self) -> PolicyMention:
        return self.mentions[0]


def find_instruments(text: str) -> list[PolicyMention]:
    """Named instruments, and legal documents cited by a short number ("Nghị quyết 19",
    "quyết định 3800"): those name a document, but not by its full number."""
    found = [m for m in _instruments(text) if not standing_plan(m.text)]
    taken = [(m.start, m.end) for m in found]
    short = [m for m in _short_refs(text) if not any(a <= m.start < b for a, b in taken)]
    return sorted(found + short, key=lambda m: m.start)


def _short_refs(text: str) -> list[PolicyMention]:
    out = []
    for m in SHORT_REF.finditer(text):
        kind = m.group(1)[0].upper() + m.group(1)[1:].lower()
        out.append(PolicyMention(m.start(), m.end(), m.group(), kind))
    return out


def _instruments(text: str) -> list[PolicyMention]:
    out = []
    for m in HEAD.finditer(text):
        head = m.group(1)
        kind = head[0].upper() + head[1:]
        if _NUMBERED.match(text, m.end()):
            continue  # "Kế hoạch số 125/KH-UBND": a numbered document, found by find_legal
        if _PLURAL.search(text, max(0, m.start() - 6), m.start()):
            continue  # "các Công ước quốc tế": a kind of document, no one policy
        if head.islower() and _COUNTED.search(text, max(0, m.start() - 8), m.start()):
            continue  # "tổ chức được 21 chương trình “X”": times it was held, no policy
        held = head.casefold() == "chương trình" and held_with(text, m.start()) is not None
        if held or _HELD.search(text, max(0, m.start() - 10), m.start()):
            continue  # "tổ chức chương trình “Tặng thẻ ...”": what is held is an event
        ref = _REF.match(text, m.end())
        if ref:  # "dự án 8 “...”": the number and the title, one name
            titled = _QUOTED_TITLE.match(text, ref.end())
            end = titled.end() if titled else ref.end()
            out.append(
                PolicyMention(
                    m.start(), end, text[m.start() : end], kind, bare=True, ref_number=ref.group(1)
                )
            )
            continue
        quoted = _QUOTED_TITLE.match(text, m.end())
        if quoted:  # Đề án “Trồng một tỷ cây xanh”: the title is what the quotes hold
            end = quoted.end()
            out.append(PolicyMention(m.start(), end, text[m.start() : end], kind))
            continue
        if (
            head.islower()
            and head not in LOWER_TERMS
            and not named_in_lower(text, m.start(), m.end())
        ):
            continue
        if head.endswith("uật") and not _CAPITAL_NEXT.match(text, m.end()):
            law_end = law_by_subject(text, m.end()) if head[0].isupper() else None
            if law_end:  # "Luật người khuyết tật"; not "luật pháp", "Luật sư"
                out.append(PolicyMention(m.start(), law_end, text[m.start() : law_end], kind))
            continue
        closed = quoted_end(text, m.start()) or yearly_end(text, m.start(), m.end())
        end = closed or _name_end(text, m.end())
        name = _DANGLING.sub("", text[m.start() : end].rstrip(" ,;:-–"))
        name = undated_law(name) if head.endswith("uật") else name
        name = (
            head
            if opens_a_list(text, m.start(), name) or _SCOPE_FIRST.match(text, m.end())
            else name
        )
        if _HELD_AGAIN.search(name):
            continue  # "Chương trình X lần thứ 19": held for the 19th time, an event
        bare = len(name.split()) <= len(head.split())
        out.append(PolicyMention(m.start(), m.start() + len(name), name, kind, bare=bare))
    return out


def _name_end(text: str, pos: int) -> int:
    """Where an instrument's name ends. Each step looks at a bounded window after the
    cursor (longer than any stop phrase), never at the whole rest of the article: that made
    long articles quadratic."""
    end = pos
    for _ in range(MAX_WORDS):
        rest = text[end : end + WINDOW]
        lowered = rest.lower()
        fixed = next((f for f in FIXED if lowered.startswith(" " + f)), None)
        if fixed:
            end += len(fixed) + 1
            continue
        word = _NAME_WORD.match(text, end)
        if _LISTED.match(rest):  # "... lành mạnh, sáng tạo trên môi trường mạng giai đoạn 2021"
            end += 1
            continue
        if not word:
            break
        lowered = lowered[1:]
        if lowered.startswith("tại ") and not _NAMED_PLACE.match(lowered):
            break  # "... tại Việt Nam giai đoạn 2010-2020" is a name; "... tại Đà Nẵng" is not
        stop = _STOP.match(lowered) and not _subject_goes_on(text[pos:end], lowered)
        if _generic_scope(rest) or stop or _AND_INSTRUMENT.match(rest):
            break
        if _PERIOD_END.search(text, pos, end) and _AFTER_PERIOD.match(rest):
            break  # "... giai đoạn 2011-2020 và tới năm 2015 Bộ X ...": the name is over
        if end == pos and _ITS_VERB.match(lowered):
            break  # "Đề án định hướng đến năm 2015 đào tạo ...": the head is the subject
        if word.group(1).endswith(".") and not re.search(r"\.[A-ZĐ]", word.group(1)):
            end = word.end() - 1  # the sentence ends here
            break
        end = word.end()
    return end


# "về việc giao chỉ tiêu cho các tỉnh", "về phát triển nguồn nhân lực cho thế giới việc
# làm": after the subject ("về ..."), who it is for and what it goes with are the subject's
# làm": after the subject ("về ..."), who it is for is the subject's; "gắn với", "đi đôi
# với", "kết hợp với" join two aims of one name ("du lịch gắn với xây dựng nông thôn mới")
_SUBJECT = re.compile(r"(?<![\wÀ-ỹ])về(?![\wÀ-ỹ])")
_JOINED = re.compile(r"(?<![\wÀ-ỹ])(?:gắn|đi đôi|kết hợp)\s*$")


def _subject_goes_on(name: str, rest: str) -> bool:
    """Does the stop word that opens `rest` go on the name so far?"""
    if rest.startswith("với ") and _JOINED.search(name):
        return True
    return rest.startswith("cho ") and _SUBJECT.search(name) is not None


def _generic_scope(rest: str) -> bool:
    """ "... trên địa bàn tỉnh." is the plan's scope, not its name; "... trên địa bàn tỉnh
    Nghệ An giai đoạn ..." and "... trên địa bàn Thành phố" are names."""
    scope = re.match(r" trên địa bàn (?:tỉnh|thành phố|huyện|xã)\b\s*(\S?)", rest)
    return scope is not None and not scope.group(1)[:1].isupper()


# the legal numbers' names are imported from here too, with the instruments'
__all__ = [
    "CODES",
    "FIXED",
    "HEAD",
    "INSTRUMENTS",
    "PARTY_CODES",
    "STOPS",
    "PolicyGroup",
    "PolicyMention",
    "find_instruments",
    "find_legal",
]
