"""A policy a goal sentence names only as a task, to be drafted: "Hoàn thành xây dựng Đề án
X; cải tạo 2-3 khu chung cư cũ" lists the tasks of the plan stated before (Đề án X is one
of them), so the goals are not Đề án X's. A policy issued or carried out in the sentence
("ban hành Kế hoạch X với mục tiêu ...") still owns them.
"""

from __future__ import annotations

import re

# "xây dựng", "hoàn thành xây dựng", "xây dựng và trình", "nghiên cứu xây dựng" just before
# the policy's name
_DRAFTING = re.compile(
    r"(?:(?:hoàn thành|nghiên cứu|tiếp tục)\s+)?xây dựng(?:\s+và\s+trình)?\s+$", re.IGNORECASE
)
REACH = 40  # characters before the name that the drafting verbs take


def is_drafted(text: str, start: int) -> bool:
    """Is the policy named at `start` the object of a drafting verb?"""
    return _DRAFTING.search(text, max(0, start - REACH), start) is not None
