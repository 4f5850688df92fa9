"""Days observed each year ("Ngày Công tác xã hội Việt Nam", "Ngày Quốc tế Người khuyết
tật"): the head "Ngày" flagged `named` in data/lexicon/event_heads.txt.

Most mentions of such a day are the occasion of another event ("Lễ kỷ niệm Ngày X",
"hưởng ứng Ngày X") or background ("lấy ngày 1/10 hằng năm là Ngày X"); the day is an
event of its own only in an article about it, whose headline names it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Protocol, TypeVar

from graph_builder.textnorm import UPPER

# "Ngày Công tác xã hội ...", not "Ngày Thứ Hai", "Ngày Chủ nhật", "Ngày Tết"
_NAMED = re.compile(rf" (?!Thứ |Chủ nhật|Tết)[{UPPER}]")
# "kỷ niệm Ngày X", "hưởng ứng “Ngày X”", "nhân Ngày X", "về Ngày X": the day is the
# occasion or the subject, not the event reported
_MARKED = re.compile(
    r"(?<![\wÀ-ỹ])(?:kỷ niệm|kỉ niệm|hưởng ứng|chào mừng|nhân|về)\s+[“\"]?$", re.IGNORECASE
)
# the country or the world a day belongs to, which a headline may leave out
_WHOSE = re.compile(r"\s+(?:việt nam|quốc tế|thế giới)?(?:\s*năm (?:19|20)\d{2})?$")


# "Sở X tổ chức “Ngày Sách Việt Nam” lần thứ 8": a day held, the event reported
# ("Việc tổ chức Ngày X nhằm ...", "có kế hoạch tổ chức Ngày X": what holding it is for, or
# a plan to hold it, not the day reported as held)
_HELD = re.compile(r"(?<![\wÀ-ỹ])(?<![Vv]iệc )(?<!kế hoạch )tổ chức\s+[“\"]?$")


class _Found(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> str: ...


F = TypeVar("F", bound=_Found)


def observed(text: str, head: re.Match[str], last_end: int, days: Sequence[str] = ()) -> bool:
    """A day written with its capital and a capitalised name, or in lower case a day of
    `days` found before ("Ngày Người khuyết tật Việt Nam" then "Ngày người khuyết tật Việt
    Nam năm 2024"); never a date ("Ngày 25/3", "Ngày Thứ Hai"), nor a word of the event
    found just before ("Lễ kỷ niệm Ngày X" ends at `last_end`), nor the day another event
    marks ("hưởng ứng Ngày X", "nhân Ngày X") or a decision is about ("Quyết định ... về
    Ngày X")."""
    if not head.group(1)[0].isupper():
        return False
    if not _NAMED.match(text, head.end()) and not _found_before(text, head.start(), days):
        return False
    if head.start() < last_end:
        return False
    return not _MARKED.search(text, max(0, head.start() - 14), head.start())


def held_day(text: str, start: int) -> bool:
    """ "tổ chức “Ngày Sách ...”": the day right after the verb is held."""
    return bool(_HELD.search(text, max(0, start - 24), start))


def _found_before(text: str, start: int, days: Sequence[str]) -> bool:
    ahead = text[start : start + max((len(d) for d in days), default=0)].casefold()
    return any(ahead == d.casefold() for d in days if len(ahead) == len(d))


def days_alone(text: str, found: Sequence[F], day_kinds: Collection[str]) -> list[F]:
    """The events found, without the days when anything else was found: beside a meeting
    or a ceremony the day is the occasion it is held for. Alone, a day is kept only when
    the headline names it ("Việt Nam chính thức có “Ngày công tác xã hội”"). A day right
    after "tổ chức" is held, beside what else is held at it."""
    days = [e for e in found if e.kind in day_kinds]
    if len(days) < len(found):
        return [e for e in found if e not in days or held_day(text, e.start)]
    headline = text.split("\n", 1)[0].casefold()
    return [e for e in days if _day_words(e.text) in headline]


def _day_words(name: str) -> str:
    """ "Ngày Công tác xã hội Việt Nam năm 2024" -> "công tác xã hội": the day's own words,
    without the year of this observance."""
    return _WHOSE.sub("", name.split(maxsplit=1)[-1].casefold())
