"""Figures a clause reports, whatever goal word stands near them: a change measured from a
past baseline ("tăng 137 hộ so với đầu năm"), an event just past ("vào ngày 31/3 vừa qua"),
a count of what there is ("hộ cận nghèo có 14.994 hộ", "có 84 người tham gia"). Split from
targets.py, which asks these before it reads a figure as a goal.
"""

from __future__ import annotations

import re

from graph_builder.nlp.lexicon import LEXICON_DIR, word_list
from graph_builder.nlp.rules.text import alternation

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


_CUE_LINES = word_list(LEXICON_DIR / "result_cues.txt")  # "kind: words", read once


def _cues(kind: str) -> str:
    """The words of data/lexicon/result_cues.txt marked `kind:`, as one alternation."""
    marked = (w.split(":", 1) for w in _CUE_LINES if ":" in w)
    return alternation(words.strip() for mark, words in marked if mark == kind)


# "tỷ lệ ... chỉ đạt 68%": a share that falls short, or is merely reached, is measured;
# the "chỉ" of "chứng chỉ" (certificate), "địa chỉ", the "mới" of "đổi mới" are none
SHORT_OF = re.compile(
    rf"(?<![\wÀ-ỹ])(?<!chứng )(?<!địa )(?<!đổi )(?:{_cues('before')})\s+đạt\b", re.IGNORECASE
)
# "01 em đạt học sinh giỏi": "đạt" of an award or a title is no goal verb
AWARD_DAT = re.compile(rf"\bđạt\s+(?:{_cues('award')})(?![\wÀ-ỹ])", re.IGNORECASE)
# "3 mục tiêu của đề án đều đạt và vượt, gồm: ...": the goals met, the figures results
GOALS_MET = re.compile(rf"(?<![\wÀ-ỹ])(?:{_cues('met')})(?![\wÀ-ỹ])", re.IGNORECASE)


def without_award_dat(clause: str) -> str:
    """The clause with "đạt" of an award ("đạt học sinh giỏi") blanked, as a name's is."""
    return AWARD_DAT.sub(lambda m: "___" + m.group()[3:], clause)


def goals_met_before(lead: str) -> bool:
    """Does the sentence, before a clause, say its goals were met, with no pledge after?"""
    ends = [m.end() for m in GOALS_MET.finditer(lead)]
    return bool(ends) and _PLEDGED.search(lead, ends[-1]) is None
