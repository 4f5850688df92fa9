"""Figures a clause reports, whatever goal word stands near them: a change measured from a
past baseline ("tăng 137 hộ so với đầu năm"), an event just past ("vào ngày 31/3 vừa qua"),
a count of what there is ("hộ cận nghèo có 14.994 hộ", "có 84 người tham gia"). Split from
targets.py, which asks these before it reads a figure as a goal.
"""

from __future__ import annotations

import re

# Cues that report a result wherever they stand in the clause, before or after the figure:
# a goal is never measured against the start of this year or the same time last year
_REPORTED_ANYWHERE = re.compile(
    r"vừa qua|vừa rồi|so với (?:đầu năm|cùng kỳ|năm trước|năm ngoái|kỳ trước|tháng trước)|"
    # an admissions quota: how many places a school is given, no goal set for anyone
    # ("phê duyệt tổng chỉ tiêu 350 học sinh", "chỉ tiêu tuyển sinh là 500 sinh viên")
    r"chỉ tiêu(?:\s+tuyển sinh)?\s+(?:là\s+)?(?:khoảng\s+)?\d[\d.]*\s+"
    r"(?:học sinh|sinh viên|thí sinh)",
    re.IGNORECASE,
)
# "... có 84 người", "hộ nghèo có 10.689 hộ": "có" just before the figure counts what
# there is; "sẽ có", "phải có", "đều có" pledge it, and a bare "có" opening the clause
# ("..., trong đó có 3 triệu người") details the goal of the clause before
_HAS_JUST_BEFORE = re.compile(
    r"(?<=[\wÀ-ỹ,] )(?<!sẽ )(?<!phải )(?<!đều )(?<!cần )có\s+(?:khoảng\s+)?$"
)
# A pledge before the count makes it the count there is to be
_PLEDGED = re.compile(
    r"phấn đấu|mục tiêu(?! quốc gia)|chỉ tiêu|đến năm|vào năm|đến cuối năm|dự kiến|kế hoạch",
    re.IGNORECASE,
)
# "Đạt" with a capital inside a sentence is a name ("một nam sinh tên Đạt"), no goal verb
NAMED_DAT = re.compile(r"(?<=[\wÀ-ỹ,] )Đạt\b")


def reported_anywhere(clause: str) -> bool:
    """Does the clause report a result with a cue that holds wherever it stands?"""
    return _REPORTED_ANYWHERE.search(clause) is not None


def counts_what_there_is(before: str) -> bool:
    """Do the words just before a figure count what there is ("... có 84 người"), with no
    pledge before them?"""
    return _HAS_JUST_BEFORE.search(before) is not None and _PLEDGED.search(before) is None


def without_named_dat(clause: str) -> str:
    """The clause with a capitalised "Đạt" inside a sentence (a person's name) blanked, so
    that the goal verb "đạt" is not read in it."""
    return NAMED_DAT.sub("___", clause)
