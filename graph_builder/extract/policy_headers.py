"""A document's own header. Legal texts copied from an official site open with their title
in capitals ("KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH ... TRÊN ĐỊA BÀN TỈNH NGHỆ AN"), then the
issuer, the motto and the number ("Số: 151/KH-UBND"). The numbered document is the titled
plan: the title is its name (as written: names are matched ignoring case), and a shorter
name of that plan in the body ("Kế hoạch thực hiện") is one more mention of it.

Only instruments (Kế hoạch, Chương trình, Đề án ...) are named so: a decision keeps its
number as its name ("Quyết định 3970/QĐ-UBND"), its title says what it approves. A title
"KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH X" says what the plan carries out: programme X, which the
article names in the body, and the decision that approved X.
"""

from __future__ import annotations

import re

from graph_builder.extract.model import Predicate
from graph_builder.extract.policies import PolicyBuilder
from graph_builder.extract.policy_names import PolicyEntity
from graph_builder.nlp.lexicon import norm
from graph_builder.nlp.rules.policies import INSTRUMENTS, PolicyMention

HEADER_CHARS = 1_500  # the title, place and date, the issuer, the motto, the number
MAX_TITLE = 400
_NUMBER_LINE = re.compile(r"^[ \t|]*Số\s*:\s*", re.MULTILINE)
_FIRST_LINE = re.compile(r"\s*([^\n]+)")
_WORD = re.compile(r"[^\W\d_]+")
_MOTTO = re.compile(r"CỘNG\s+HÒA\s+XÃ\s+HỘI|CỘNG\s+HOÀ\s+XÃ\s+HỘI")
_COMMITTEE = re.compile(r"(?:ủy|uỷ) ban nhân dân (tỉnh|thành phố|huyện|quận|thị xã) (.+)")
_ISSUING_BODY = re.compile(r"(?:ỦY|UỶ) BAN NHÂN DÂN|BỘ |SỞ |HỘI ĐỒNG NHÂN DÂN")
_CARRIES_OUT = re.compile(r"\b(?:triển khai\s+)?(?:thực hiện|triển khai)\s+", re.IGNORECASE)


def name_own_document(pb: PolicyBuilder) -> None:
    """Give the document the header numbers its title as name (a first mention), and the
    body its header names above the motto as issuer."""
    title = _title(pb.text)
    own = _own_number(pb)
    if own is None:
        return
    own.issuer = _header_issuer(pb, title[1] if title else 0, own) or own.issuer
    if title is None or own.kind not in INSTRUMENTS:
        return
    if any(m.number is None and not m.bare for m in own.mentions):
        return  # the text names the plan it issues: that is its name (extract/own_document.py)
    start, end = title
    text = pb.text[start:end]
    if not (norm(text).startswith(norm(own.kind)) or _CARRIES_OUT.match(text)):
        return  # "THỰC HIỆN CHƯƠNG TRÌNH X ...": a plan's title may leave out "Kế hoạch"
    own.mentions.insert(0, PolicyMention(start, end, text, own.kind, number=own.number))
    words = set(_WORD.findall(norm(text)))
    for other in [e for e in pb.entities if e is not own and not e.number]:
        if other.kind == own.kind and set(_WORD.findall(norm(other.name))) <= words:
            own.mentions += other.mentions  # "Kế hoạch thực hiện" in the body: the plan
            pb.entities.remove(other)


def own_document(pb: PolicyBuilder) -> str | None:
    """The name of the plan (Kế hoạch, Chương trình ...) the article itself is, by its
    header's number: the goals it states without naming a policy are that plan's."""
    own = _own_number(pb)
    return own.name if own is not None and own.kind in INSTRUMENTS else None


def implements_by_title(pb: PolicyBuilder) -> None:
    """The titled plan implements the policies its title names after "thực hiện": those
    whose name (ignoring case) the title holds, and the decisions approving them."""
    own = next(
        (e for e in pb.entities if e.number and e.mentions[0].start == _title_start(pb)), None
    )
    if own is None:
        return
    cue = _CARRIES_OUT.search(own.name)
    if cue is None:
        return
    carried = norm(own.name[cue.end() :])
    for other in [e for e in pb.entities if e is not own and not e.number]:
        if norm(other.name) in carried:
            pb.relate(own.name, Predicate.IMPLEMENTS, other.name)
            for rel in list(pb.relations):
                if rel.predicate is Predicate.APPROVED_BY and rel.subject == other.name:
                    pb.relate(own.name, Predicate.IMPLEMENTS, rel.object)


def _title_start(pb: PolicyBuilder) -> int:
    title = _title(pb.text)
    return title[0] if title else -1


def _header_issuer(pb: PolicyBuilder, title_end: int, own: PolicyEntity) -> str | None:
    """ "ỦY BAN NHÂN\nDÂN\nTỈNH ĐỒNG NAI" between the title and the motto ("CỘNG HÒA XÃ
    HỘI CHỦ NGHĨA VIỆT NAM"): the body of the article that name is (case aside), else, for
    a people's committee, that name written as a name ("Ủy ban nhân dân tỉnh Đồng Nai")."""
    later = [m.start for m in own.mentions if m.start > title_end]  # not a headline's
    motto = _MOTTO.search(pb.text, title_end, min(later)) if later else None
    if motto is None:
        return None
    lines = [line.strip(" |-") for line in pb.text[title_end : motto.start()].splitlines()]
    block = " ".join(line for line in lines if line and line.isupper())
    if not block:
        return None
    words = _WORD.findall(norm(block))
    for group in pb.index.groups:  # punctuation aside: "ỦY BAN NHÂN DÂN |" is that body
        if _WORD.findall(norm(group.name)) == words:
            return group.name
    committee = _COMMITTEE.fullmatch(norm(block))
    if committee is None:  # "ỦY BAN NHÂN DÂN\nTHÀNH PH\nHÀ NỘI": as the header writes it
        return block if _ISSUING_BODY.match(block) else None
    place = " ".join(w.capitalize() for w in committee.group(2).split())
    return f"Ủy ban nhân dân {committee.group(1)} {place}"


def _title(text: str) -> tuple[int, int] | None:
    """The first line, when it is written in capitals."""
    line = _FIRST_LINE.match(text)
    if line is None or len(line.group(1)) > MAX_TITLE:
        return None
    letters = [c for c in line.group(1) if c.isalpha()]
    if len(letters) < 10 or any(c.islower() for c in letters):
        return None
    return line.start(1), line.end(1)


def _own_number(pb: PolicyBuilder) -> PolicyEntity | None:
    """The numbered document right after "Số:" in the header."""
    at = _NUMBER_LINE.search(pb.text, 0, HEADER_CHARS)
    if at is None:
        return None
    return next(
        (
            e
            for e in pb.entities
            if e.number and any(at.end() <= m.start <= at.end() + 3 for m in e.mentions)
        ),
        None,
    )
