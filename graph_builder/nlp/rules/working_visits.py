"""A working visit told by its verb alone: "Phó Thủ tướng X đã làm việc với Ủy ban Dân
tộc về ...", "đoàn công tác đã đến làm việc với tỉnh Y". No head word names the event;
the verb phrase does ("làm việc với Ủy ban Dân tộc"), as a reader would list it.

Only a visit done ("đã"): "mong muốn có cơ hội làm việc với", "đang làm việc với" and a
headline "đến thăm, làm việc với ..." report no one meeting held.
"""

from __future__ import annotations

import re

from graph_builder.nlp.rules.event_name_ends import name_end

KIND = "Buổi làm việc"
VERB = "làm việc với"
_DONE = re.compile(rf"(?<![\wÀ-ỹ])đã\s+(?:đến\s+)?(?=({VERB})\s+\S)")


def working_visit(text: str) -> tuple[int, int] | None:
    """The span of the first visit done ("làm việc với <whom> [về <what>]"), or None."""
    done = _DONE.search(text)
    if done is None:
        return None
    start = done.start(1)
    return start, name_end(text, done.end(1))
