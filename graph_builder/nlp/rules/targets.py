"""Targets: forward-looking numeric goals, never achieved statistics.

A figure counts as a target when its clause (or the goal statement it belongs to)
says so: "phấn đấu", "mục tiêu", "đạt", "bảo đảm ít nhất", "đến năm"; it does not
when the clause reports results ("đã tổ chức 319 lớp", "hiện có", "kết quả").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph_builder.nlp.rules.dates import find_period, find_until
from graph_builder.nlp.rules.plan_figures import plan_figure, reported_share, states_goal
from graph_builder.nlp.rules.reported_figures import (
    SHORT_OF,
    counts_what_there_is,
    goals_met_before,
    reported_anywhere,
    without_award_dat,
    without_named_dat,
)
from graph_builder.nlp.rules.target_clauses import FIGURE, clauses, first_figure
from graph_builder.nlp.rules.target_numbers import number, scaled
from graph_builder.nlp.rules.target_ranks import find_rank
from graph_builder.nlp.rules.text import Span

# "Chương trình mục tiêu quốc gia" is a name, not a goal; "truyền đạt" (convey) and "thành
# đạt" (successful) are no "đạt"
GOAL = re.compile(
    r"phấn đấu|mục tiêu(?! quốc gia)|chỉ tiêu|(?<!truyền )(?<!diễn )(?<!biểu )(?<!thành )\bđạt\b|"
    r"bảo đảm|đảm bảo|ít nhất|tối thiểu|"
    r"đến năm|vào năm|tăng \d|giảm \d|\bcho \d+\s*%|"
    r"(?:đến|vào) cuối năm|^\s*Cuối năm (?=(?:19|20)\d{2})|"  # "vào cuối năm 2025"
    r"\blên \d|trong thời gian tới|tiến (?:đến|tới) \d",
    re.IGNORECASE,
)
# "trong đó có 30 xã" counts what there is; "trong đó có ít nhất 5% ...", a share set as a
# minimum, is part of the goal it details
ACHIEVED = re.compile(
    r"\bđã\s+(?!đề ra|được đề ra|xác định|đặt ra|đặt mục tiêu|nêu mục tiêu)|"
    r"hiện nay|hiện có|kết quả|vừa qua|vừa rồi|"
    r"sau \d+ năm|trong số\s*$|\bluôn\s+(?:đạt|duy trì|ở mức)",
    re.IGNORECASE,
)
# "toàn tỉnh có 30 xã", "cả nước có hơn 5.000 trường": what there is, a count; after a
# pledge in the same clause ("phấn đấu đến cuối năm 2020, toàn tỉnh có 4,2% lao động ...")
# it is what there is to be, the goal itself
THERE_IS = re.compile(
    r"có khoảng|toàn [A-ZĐ]\w+ có|trong đó có(?!\s+(?:ít nhất|tối thiểu))|\bcó \d|"
    r"cả nước có|\bcó (?:hơn|gần|trên|tới|chừng) \d",
    re.IGNORECASE,
)


# "có việc làm là 6.465 người, đạt tỉ lệ 80,02%", "giảm 2.708 điểm trường, tương đương
# 6,65%": a share to two decimals is measured, so its clause reports a result; a goal is
# set in round figures ("đạt 80%", "giảm 1,5%")
_MEASURED = re.compile(r"(?<![\d.,])\d+,\d{2,}\s*%")
# "giảm 1/2 số hộ nghèo": a fraction of a count is a goal in per cent (group 2: no unit)
_FRACTION = re.compile(r"(?<![\d/.,])([1-3]/[2-4])()(?=\s+(?:số|tổng số)\s)")
MONEY = {"tỷ đồng", "triệu đồng", "đồng"}
# "1-1,5%/năm", "15.000 - 20.000 người": the lower bound of a range written before its figure
_LOWER = re.compile(r"(?<![\d/.,])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*(?:-|–|đến)\s*$")
# A clause with no figure that states the goal the next clauses of its sentence give
_LEAD = re.compile(r"phấn đấu|mục tiêu(?! quốc gia)|chỉ tiêu|đến năm|tối thiểu", re.IGNORECASE)
STATED_GOAL = re.compile(r"phấn đấu|mục tiêu(?! quốc gia)|chỉ tiêu", re.IGNORECASE)
PEOPLE_UNITS = {"người", "cán bộ", "nhân viên", "trẻ em", "học sinh", "sinh viên"}
REPORTED_YEAR = re.compile(r"\s*(?:Trong\s+)?[Nn]ăm\s+(?:qua|ngoái|trước|(?:19|20)\d{2})\s*,")
PLEDGE = re.compile(r"phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|dự kiến|sẽ", re.IGNORECASE)
HEADER = re.compile(r"mục tiêu(?! quốc gia)|phấn đấu|chỉ tiêu", re.IGNORECASE)
YEAR = re.compile(r"(?<!so với )(?<!trước )(?<!tháng \d )(?<!tháng \d\d )[Nn]ăm ((?:19|20)\d{2})")


@dataclass
class TargetMention:
    start: int
    end: int
    text: str
    value: float
    unit: str
    value_max: float | None
    beneficiary: str | None
    deadline: str | None


NOT_WHO = re.compile(r"(?:vào|đến|trong|năm|so với|trở lên|trở xuống|trước|sau)\b|$")
RATE_OF = re.compile(r"t[ỷỉ] lệ\s+(.+?)\s+(?:xuống|còn|đạt|giảm|tăng|lên|ở mức|dưới|trên)")


def find_targets(
    sentence: Span, *, in_goal_block: bool, period_end: int | None
) -> list[TargetMention]:
    out: list[TargetMention] = []
    lead_year: int | None = None  # "Mục tiêu đến năm 2030:" before the figures
    if REPORTED_YEAR.match(sentence.text) and not PLEDGE.search(sentence.text):
        return out  # "Năm 2023, tỷ lệ ... đạt 98%" reports a result
    for clause in clauses(sentence):
        figure = first_figure(clause.text) or _FRACTION.search(clause.text)
        rank = find_rank(clause.text) if figure is None else None
        if rank is not None and (in_goal_block or GOAL.search(clause.text)):
            if not _reports(clause.text[: rank[0]]):
                out.append(_ranked(clause, *rank, sentence.text))
            continue
        if figure is None:  # "Phấn đấu đến năm 2025: 100% xã ...": the lead states the goal
            if _LEAD.search(clause.text):
                in_goal_block, lead_year = True, lead_year or find_until(clause.text)
            continue
        plan = plan_figure(clause, FIGURE)
        if plan is not None:  # "đạt 67,8% so với chỉ tiêu 50 triệu hồ sơ": the plan's goal
            out.append(_planned(clause, *plan))
            continue
        lead = sentence.text[: clause.start - sentence.start]
        if figure.group(2) in MONEY and not STATED_GOAL.search(clause.text + " " + lead):
            continue  # "tối thiểu 75.000 tỷ đồng" is a budget, "đạt 574 tỷ đồng" a result
        if goals_met_before(lead):
            continue  # "... đều đạt và vượt, gồm: hỗ trợ 2.340 phụ nữ": results listed
        goal = GOAL.search(without_award_dat(without_named_dat(clause.text)))
        in_goal_block = in_goal_block or goal is not None  # later clauses share the goal
        if not in_goal_block or _reports(clause.text[: figure.start()]):
            continue
        if reported_anywhere(clause.text):
            continue
        goal_before = bool(out) or states_goal(lead)
        if reported_share(clause.text, figure.start(), figure.end(), goal_before=goal_before):
            continue
        if _MEASURED.search(clause.text) and not STATED_GOAL.search(clause.text):
            continue
        cues = [g for g in GOAL.finditer(clause.text[: figure.start()])]
        last = cues[-1] if cues else None
        if last is not None and re.match(r"tăng|giảm", last.group(), re.IGNORECASE):
            last = None  # "tỷ lệ ... tăng 20% so với": the whole clause says what rises
        rate = re.search(r"(?i)t[ỷỉ] lệ", clause.text[: figure.start()])
        if last is not None and rate is not None and rate.start() < last.start():
            last = rate  # "tỷ lệ ... đạt 100%": the rate is what the goal is about
        start = clause.start + (last.start() if last else 0)
        text = clause.text[start - clause.start :].strip(' ,"“”')
        unit, scale = scaled(figure.group(2) or "")
        value = number(figure.group(1)) * scale
        unit = "%" if figure.re is _FRACTION else unit
        upper = re.match(r"\s*(?:đến|-|–)\s*(\d+(?:,\d+)?)\s*%", clause.text[figure.end() :])
        value_max = float(upper.group(1).replace(",", ".")) if upper and unit == "%" else None
        lower = _LOWER.search(clause.text, 0, figure.start())
        if lower and value_max is None:  # "2-3 khu", "từ 15.000 - 20.000 người": a range
            value, value_max = number(lower.group(1)) * scale, value
        after = clause.text[figure.end() + (upper.end() if upper else 0) :]
        beneficiary = re.split(r"\s(?:được|có|đang|tham gia|làm việc)\s|[,;]", after.strip())[0]
        beneficiary = re.sub(r"^(?:là|các|những)\s+", "", beneficiary)
        if NOT_WHO.match(beneficiary):  # "... dưới 5% vào năm 2030": who is in "tỷ lệ ..."
            rate_of = RATE_OF.search(clause.text[: figure.start()])
            beneficiary = rate_of.group(1) if rate_of else ""
        year = YEAR.search(text) or YEAR.search(clause.text) or YEAR.match(sentence.text.strip())
        deadline = _deadline(text, clause.text, year)
        carried = out[-1].deadline if out else lead_year
        deadline = deadline or (str(carried) if carried else None) or str(period_end or "")
        offset = clause.text.find(text)
        begin = clause.start + max(offset, 0)
        out.append(
            TargetMention(
                begin,
                begin + len(text),
                text,
                value,
                "người" if unit in PEOPLE_UNITS else unit,
                value_max,
                (unit + " " + beneficiary).strip() if unit in PEOPLE_UNITS else beneficiary or None,
                deadline or None,
            )
        )
    return out


def _reports(before: str) -> bool:
    """Whether the words before a figure report a result: a cue of one, or a count of what
    there is that no pledge ("phấn đấu", "mục tiêu", "chỉ tiêu") comes before."""
    if ACHIEVED.search(before) or SHORT_OF.search(before) or counts_what_there_is(before):
        return True
    there_is = THERE_IS.search(before)
    pledge = STATED_GOAL.search(before)
    return there_is is not None and (pledge is None or pledge.start() > there_is.start())


def _planned(clause: Span, start: int, end: int, figure: re.Match[str]) -> TargetMention:
    """The plan's figure a result is measured against, with no year of its own."""
    unit, scale = scaled(figure.group(2))
    text = clause.text[start:end]
    value = number(figure.group(1)) * scale
    return TargetMention(
        clause.start + start, clause.start + end, text, value, unit, None, None, None
    )


def _ranked(
    clause: Span, start: int, end: int, value: float, unit: str, sent: str
) -> TargetMention:
    """A rank set as a goal ("Đến năm 2030, nằm trong nhóm 100 trường ..."), due in the
    year its clause or sentence states."""
    text = clause.text[start:end]
    year = YEAR.search(clause.text) or YEAR.match(sent.strip())
    deadline = _deadline(text, clause.text, year) or None
    begin = clause.start + start
    return TargetMention(begin, begin + len(text), text, value, unit, None, None, deadline)


def _deadline(text: str, clause: str, year: re.Match[str] | None) -> str:
    """The year a goal is due: "đến năm 2030" or a period in the goal's own words ("trong 5
    năm tới (2021-2025) sẽ đào tạo ..." is due in 2025), then "đến năm" elsewhere in its
    clause (a policy's name before the goal, "... tầm nhìn đến năm 2045 đặt ra mục tiêu",
    comes last), then a year."""
    own = find_until(text)
    period = find_period(text)
    until = own or (period[1] if period else None) or find_until(clause)
    return str(until) if until else (year.group(1) if year else "")


# "... thực hiện chỉ tiêu giải quyết việc làm đạt khá so cùng kỳ năm 2022": a quota measured
# against the same months of the year before reports how it went; the figures after it
# are results
_SAME_PERIOD = re.compile(r"so (?:với )?cùng kỳ", re.IGNORECASE)


def is_goal_header(text: str) -> bool:
    """Does the paragraph announce the goals the next ones list (and report no results)?"""
    return bool(HEADER.search(text)) and _SAME_PERIOD.search(text) is None
