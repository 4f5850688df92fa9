"""Policy names held whole by quotes: “Chương trình tặng sổ BHXH, thẻ BHYT cho người dân
có hoàn cảnh khó khăn”. A quote opened right before the head word closes where the name
ends; the commas and stop words inside are the title's own, so the running-text rules of
policies._name_end (a comma or "cho" ends a name) do not apply.
"""

from __future__ import annotations

import re

_CLOSING = {"“": re.compile(r"[^”\n]{3,250}”"), '"': re.compile(r'[^"\n]{3,250}"')}


def quoted_end(text: str, start: int) -> int | None:
    """Where a name opened by a quote right before its head word (at `start`) ends: at the
    closing quote on the same line, or None when no quote opens it."""
    closing = _CLOSING.get(text[start - 1 : start]) if start else None
    found = closing.match(text, start) if closing else None
    return found.end() - 1 if found else None
