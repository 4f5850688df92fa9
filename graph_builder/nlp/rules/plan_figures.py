"""The plan's figure a result is measured against: "đạt 67,8% so với chỉ tiêu 50 triệu hồ
sơ", "đạt so với mức trên 3% mục tiêu kế hoạch". The clause reports a result, but the figure
after "so với" names the goal the plan set: that figure is the clause's one target, and the
figures reached beside it are statistics. A share of the plan reached ("đạt gần 94% kế
hoạch") is a result (`reported_share`).
"""

from __future__ import annotations

import re

from graph_builder.nlp.rules.text import Span

# "so với [mức] chỉ tiêu|mục tiêu|kế hoạch [là|đề ra] [trên] N unit [mục tiêu kế hoạch]"
_AGAINST = re.compile(
    r"so với\s+(?:mức\s+)?(?P<goal>(?:(?:chỉ tiêu|mục tiêu|kế hoạch)(?:\s+(?:là|đề ra|được giao))?"
    r"\s+)?(?:(?:trên|dưới|khoảng|hơn|ít nhất|tối thiểu)\s+)?)(?=\d)",
    re.IGNORECASE,
)
_PLAN = re.compile(r"chỉ tiêu|mục tiêu|kế hoạch", re.IGNORECASE)
_PLAN_AFTER = re.compile(r"\s*(?:mục tiêu|chỉ tiêu)(?:\s+kế hoạch)?|\s*kế hoạch", re.IGNORECASE)


def plan_figure(clause: Span, figure: re.Pattern[str]) -> tuple[int, int, re.Match[str]] | None:
    """Where the plan's figure stands in `clause` (start and end of its text, from the goal
    word or the figure to the figure's unit or the plan word after it), and the figure
    (groups as `figure`'s: number, unit): only when the plan is named before or after it."""
    for m in _AGAINST.finditer(clause.text):
        found = figure.match(clause.text, m.end())
        if found is None or not found.group(2):
            continue
        after = _PLAN_AFTER.match(clause.text, found.end())
        if not _PLAN.search(m.group("goal")) and after is None:
            continue  # "so với 50 người năm trước": a past figure, no plan's
        end = after.end() if after else found.end()
        return m.start("goal"), end, found
    return None


# "đạt gần 94% kế hoạch", "chiếm tỷ lệ 16%": a share of the plan reached, a share of a
# count: results, unless the clause states a goal ("phấn đấu ... chiếm 70%"); "hỗ trợ tối
# thiểu 30% mức đóng", "hưởng 75% mức lương": a benefit's rate, set by a rule, no goal
_OF_PLAN = re.compile(r"\s*(?:(?:so với\s+)?(?:kế hoạch|chỉ tiêu)|mức\s)")
_SHARE = re.compile(r"chiếm(?:\s+t[ỷỉ]\s*lệ)?\s*(?:khoảng|gần|trên|hơn|dưới)?\s*$")
_GOAL_WORDS = re.compile(r"phấn đấu|mục tiêu(?! quốc gia)|chỉ tiêu|đến năm|vào năm|sẽ", re.I)


# "Tính đến ngày 30/9, số người tham gia ... là 22.000 người", "số người đang có việc làm
# là 430 người": a count as of a day, or of now, is a result; "tính đến năm 2030" may be a goal
_AS_OF = re.compile(r"(?i:tính đến|tính tới)\s+(?:hết\s+)?(?:ngày|thời điểm|nay|hiện tại)|đang có")


def states_goal(text: str) -> bool:
    """Does the text set a goal in words ("phấn đấu", "đến năm", "sẽ" ...)?"""
    return _GOAL_WORDS.search(text) is not None


def reported_share(clause: str, start: int, end: int, *, goal_before: bool = False) -> bool:
    """A figure that is a share reached, a count as of a day, or a benefit's rate, not a
    goal to reach. `goal_before`: the sentence set a goal before this clause; "phấn đấu đến
    năm 2025 A chiếm khoảng 34%, B chiếm khoảng 31%" and "đạt 70%; trong đó B chiếm 35%"
    set each share of their list as a goal."""
    if _OF_PLAN.match(clause, end):
        return True
    goal = goal_before or states_goal(clause)
    if _AS_OF.search(clause, 0, start) and not goal:
        return True
    return bool(_SHARE.search(clause, 0, start)) and not goal
