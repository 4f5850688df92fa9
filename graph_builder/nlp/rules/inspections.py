"""Inspections told by their verb, in an article that names no event by a head word:
"Ngày 4/3, Chủ tịch UBND huyện X đã kiểm tra tiến độ xây nhà tại xã Y", "Thường trực HĐND
quận tiến hành khảo sát công tác phòng, chống dịch ...", "Sáng 26/6, Ban Văn hóa - Xã hội
HĐND tỉnh giám sát tại Sở Y ...". The verb phrase names the visit, as a reader lists it;
the verbs are data (data/lexicon/inspection_verbs.txt).

Only what was done ("đã", "vừa", "tiến hành", "tổ chức", or a lead opening with its day):
"sẽ kiểm tra", "cần giám sát", "được kiểm tra" and "Qua kiểm tra, ..." report none held.
"""

from __future__ import annotations

import re

from graph_builder.nlp.lexicon import Lexicon, per_lexicon
from graph_builder.nlp.rules.dates import DAY_OPENING
from graph_builder.nlp.rules.org_ends import across_comma
from graph_builder.nlp.rules.text import alternation, upper_first
from graph_builder.nlp.rules.verb_events import TOLD_BY_VERB, given_to

# "còn tổ chức kiểm tra", "thường xuyên tiến hành giám sát": what a body does, not one held
_HABIT = r"(?<!còn )(?<!sẽ )(?<!thường )(?<!xuyên )(?<!định kỳ )"
_DONE = r"(?:đã|vừa|tổ chức|tiến hành|thực hiện)\s+(?:(?:tổ chức|tiến hành|thực hiện)\s+)?"
# "sẽ kiểm tra", "được giám sát", "cần khảo sát": a lead's verb that tells no visit done
# ("Vụ trưởng Vụ X, thanh tra Tổng cục Y": a post after a comma; "kết quả kiểm tra", "công
# tác giám sát", "Đoàn kiểm tra": a noun, the work or who does it)
_NOT_DONE = (
    r"(?<!, )(?<!sẽ )(?<!được )(?<!cần )(?<!phải )(?<!để )(?<!nhằm )"
    r"(?<!quả )(?<!việc )(?<!tác )(?<![Đđ]oàn )(?<!cuộc )(?<!đợt )"
)
# a lead whose own verb ("đã ký văn bản thông báo kết quả kiểm tra ...") comes first
_NO_VERB_BEFORE = r"(?:(?!\sđã\s)[^\n.]){3,160}?"
# "giám sát tại Sở X", "thanh tra đối với huyện Y": where, or of whom, belongs to its name
_WHERE = re.compile(r"\s+(?:tại|đối với|ở)(?=\s)")


@per_lexicon
def _patterns(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    """A verb done in running text, and one in a lead opening with its day, compiled once;
    verbs joined by a comma or "và" ("kiểm tra, giám sát ...") are one visit."""
    if not lex.inspection_verbs:
        return ()
    verb = alternation(lex.inspection_verbs)
    # not "khảo sát và thống nhất hỗ trợ ...": joined to another verb, the work is the event
    verbs = rf"((?:{verb})(?:(?:\s*,\s*|\s+và\s+)(?:{verb}))*)(?=\s+[^\s.,;:])(?!\s+và\s)"
    done = re.compile(rf"(?<![\wÀ-ỹ]){_HABIT}{_DONE}(?:(?:đi|đến)\s+)?{verbs}")
    lead = re.compile(DAY_OPENING + rf"{_NO_VERB_BEFORE}\s{_NOT_DONE}{verbs}")
    return done, lead


def inspection(text: str, lex: Lexicon) -> tuple[int, int, str] | None:
    """The span and kind ("Kiểm tra", "Giám sát" ...) of the first inspection done, or None."""
    found = [m for pattern in _patterns(lex) if (m := pattern.search(text)) is not None]
    if not found:
        return None
    first = min(found, key=lambda m: m.start(1))
    verb_end = first.end(1)
    where = _WHERE.match(text, verb_end)
    end = _object_end(text, where.end() if where else verb_end)
    if end <= (where.end() if where else verb_end):
        return None  # "các đơn vị đã kiểm tra." : a verb with no object names nothing
    verb = re.split(r"\s*,\s*|\s+và\s+", first.group(1))[0]
    return first.start(1), end, upper_first(verb)


def _object_end(text: str, pos: int) -> int:
    """Where what was inspected ends: at the clause's end, or where and when it was done,
    across the comma of a fixed phrase ("công tác phòng, chống dịch ...")."""
    end = given_to(text, pos)
    while end > pos and (past := across_comma(text, end)) is not None:
        end = given_to(text, past)
    return end


@per_lexicon
def inspection_kinds(lex: Lexicon) -> frozenset[str]:
    """The kinds `inspection` gives: who did it organised it, and a place in its verb
    phrase is named as a place, as for the visits and gifts of verb_events."""
    return frozenset(upper_first(v) for v in lex.inspection_verbs)


@per_lexicon
def verb_told_kinds(lex: Lexicon) -> frozenset[str]:
    """Every kind of event told by its verb: visits, gifts and handovers, and inspections;
    a place inside such a verb phrase is named as a place."""
    return TOLD_BY_VERB | inspection_kinds(lex)
