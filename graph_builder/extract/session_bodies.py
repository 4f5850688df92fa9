"""The body whose numbered session an event is: "Kỳ họp thứ Mười, Quốc hội khóa XIV",
"Kỳ họp thứ 20 của HĐND tỉnh", "Hội nghị lần thứ 4, Ban Chấp hành Đảng bộ Thành phố".

A session is numbered within the body that sits; the body written right after the
number (a comma or "của" between) holds it, as a reader lists its organiser.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from graph_builder.nlp.rules.orgs import OrgMention

_NUMBERED = re.compile(r"(?<![\wÀ-ỹ])thứ\s+[\wÀ-ỹ]+$", re.IGNORECASE)
_BETWEEN = re.compile(r"\s*,\s*|\s+của\s+")


def session_body(
    text: str, name_end: int, name: str, orgs: Sequence[OrgMention]
) -> OrgMention | None:
    """The body named right after a session's number (`orgs` in text order), or None."""
    if not _NUMBERED.search(name):
        return None
    gap = _BETWEEN.match(text, name_end)
    if gap is None:
        return None
    at = bisect.bisect_left(orgs, gap.end(), key=lambda o: o.start)
    return orgs[at] if at < len(orgs) and orgs[at].start == gap.end() else None
