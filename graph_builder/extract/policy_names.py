"""A policy as the article names it (its mentions grouped) and how names are compared."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph_builder.nlp.lexicon import norm
from graph_builder.nlp.rules.policies import PolicyMention


def same_verb(name: str) -> str:
    """ "Lộ trình triển khai X" and "Lộ trình thực hiện X" name one roadmap."""
    return name.replace("triển khai", "thực hiện")


def same_name(a: str, b: str) -> bool:
    """One name is the other, or the start of it, once case and the verb are folded."""
    x, y = same_verb(norm(a)), same_verb(norm(b))
    return x.startswith(y) or y.startswith(x)


def _tokens(text: str) -> set[str]:
    return {t for t in re.split(r"[\s\-–/,.;:()]+", norm(text)) if t}


def jaccard(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0


@dataclass
class PolicyEntity:
    kind: str
    mentions: list[PolicyMention] = field(default_factory=list)
    number: str | None = None
    issuer: str | None = None
    date: str | None = None
    period: tuple[int, int] | None = None

    @property
    def name(self) -> str:
        """A numbered document keeps its first written form; an instrument its fullest."""
        if self.number:
            return self.mentions[0].text
        return max(
            (m.text for m in self.mentions if not m.bare), key=len, default=self.mentions[0].text
        )
