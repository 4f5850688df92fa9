"""Which policy name holds another's start ("Kế hoạch thực hiện Chiến lược X" holds "Chiến
lược X"), asked once per mention: split from extract/policies.py, whose builder asks it."""

from __future__ import annotations

import bisect
import itertools

from graph_builder.nlp.rules.policies import PolicyMention


class Enclosing:
    """Which full mention's name holds a position: mentions come in text order (the rules
    find them left to right), so the first one holding it is the first whose end reaches
    past it, found by binary search over the running maximum of ends. Asked once per
    mention, a scan of every mention was quadratic in the article's length."""

    def __init__(self, mentions: list[PolicyMention]) -> None:
        self.full = [o for o in mentions if not o.bare]
        self.ordered = all(
            a.start <= b.start for a, b in zip(self.full, self.full[1:], strict=False)
        )
        self._reach = list(itertools.accumulate((o.end for o in self.full), max))

    def around(self, m: PolicyMention) -> PolicyMention | None:
        """The first full mention (in list order) whose name holds `m`'s start."""
        if not self.ordered:  # not in text order: the plain scan
            return next((o for o in self.full if o is not m and o.start < m.start < o.end), None)
        index = bisect.bisect_right(self._reach, m.start)
        if index < len(self.full) and self.full[index].start < m.start:
            return self.full[index]
        return None
