"""Roles held by bodies: "Sở X là cơ quan thường trực thực hiện Chương trình", "Hội Y giữ
vai trò cơ quan đầu mối ...", "..., với tư cách là Chủ tịch Hiệp hội Z".

The gold schema's holdsRole takes an organisation as subject as well as a person. The role
nouns are data (data/lexicon/body_roles.txt); the role runs from its noun to the first
clause break or "có trách nhiệm ..." (what the body must do is not the role's name).
"""

from __future__ import annotations

import re

from graph_builder.extract.agents import OrgIndex
from graph_builder.extract.model import Mention, Predicate, Relation
from graph_builder.nlp.lexicon import Lexicon, per_lexicon
from graph_builder.nlp.rules.orgs import OrgMention
from graph_builder.nlp.rules.text import words_at_start

_LINK = re.compile(
    r"(?:\s*,)?\s+(?:là|làm|được giao (?:là|làm)|(?:giữ|đóng|với) vai trò(?: là)?|"
    r"với tư cách(?: là)?)\s+"
)
_END = re.compile(
    r"\s+(?:có trách nhiệm|chịu trách nhiệm|có nhiệm vụ|để|nhằm|và có|sẽ|đã)\b|[,;:.(\n“\"]"
)
MAX_CHARS = 120


def body_roles(text: str, orgs: list[OrgMention], index: OrgIndex, lex: Lexicon) -> list[Relation]:
    """holdsRole (body -> role as written) for each body followed by a role link."""
    nouns = _role_nouns(lex)
    out = []
    for org in orgs:
        link = _LINK.match(text, org.end)
        if link is None or not nouns.match(text[link.end() : link.end() + 40].lower()):
            continue
        start = link.end()
        stop = _END.search(text, start, min(len(text), start + MAX_CHARS))
        end = stop.start() if stop else start
        role = text[start:end].strip()
        if role:
            evidence = Mention(org.start, end, text[org.start : end])
            out.append(
                Relation(index.group_of(org).name, Predicate.HOLDS_ROLE, role, evidence=evidence)
            )
    return out


@per_lexicon
def _role_nouns(lex: Lexicon) -> re.Pattern[str]:
    """Compiled once per lexicon, like the other word lists."""
    return words_at_start(lex.body_roles)
