"""Ranks as goals: "nằm ở tốp 300 châu Á", "nằm trong nhóm 100 trường đại học hàng đầu".

A rank has no unit after its figure (the figure follows "tốp"/"top"/"nhóm"), so the
figure scan of targets.py never sees it; a goal clause that puts a body in a group of the
best N sets N as its goal.
"""

from __future__ import annotations

import re

# "nằm trongnhóm 100" (a missing space in the source) too; "lọt vào top 10", "đứng trong
# tốp 5"; the rank is followed by what it ranks ("châu Á", "trường đại học ...")
RANK = re.compile(
    r"(?<![\wÀ-ỹ])(?:nằm|đứng|lọt)\s+(?:trong|ở|vào)\s*(tốp|top|nhóm)\s+(\d{1,4})"
    r"(?![\d.,%])(?=\s+[\wÀ-ỹ])",
    re.IGNORECASE,
)
_END = re.compile(r"[,;]|\s+(?:và|để|nhằm)\s")


def find_rank(clause: str) -> tuple[int, int, float, str] | None:
    """(start, end, value, unit) of the rank a clause sets, its text running to the end of
    the phrase (a comma, "và", "để"); None when it sets none."""
    m = RANK.search(clause)
    if m is None:
        return None
    stop = _END.search(clause, m.end())
    end = stop.start() if stop else len(clause.rstrip(" ."))
    return m.start(), end, float(m.group(2)), m.group(1).lower()
