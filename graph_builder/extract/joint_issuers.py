"""A joint document's issuers: "Thông tư liên tịch số 30/2015/TTLT-BLĐTBXH-BNV" is issued by
each body its number's suffix names (the labour ministry and the home affairs ministry),
"83/KHLT-SLĐTBXH-GDĐT" by two departments. Each body the article names is an issuer; the
entity keeps one issuer (the first found), the others are added as relations.
"""

from __future__ import annotations

from graph_builder.extract.model import Predicate
from graph_builder.extract.policies import PolicyBuilder
from graph_builder.nlp.rules.issuer_codes import issuer_from_code

JOINT_KINDS = ("TTLT", "KHLT")  # the kind codes of documents bodies issue together


def link_joint_issuers(pb: PolicyBuilder) -> None:
    for e in pb.entities:
        code = (e.number or "").rsplit("/", 1)[-1]
        kind, *parts = code.split("-")
        if kind not in JOINT_KINDS or len(parts) < 2:
            continue
        for part in parts:
            body = _named_body(pb, part)
            if body is not None and body != e.issuer:
                pb.relate(e.name, Predicate.ISSUED_BY, body)


def _named_body(pb: PolicyBuilder, part: str) -> str | None:
    """The body of the article that one part of the suffix names ("BNV", "SLĐTBXH")."""
    issuer = issuer_from_code(part, pb.lex) or issuer_from_code(part[1:], pb.lex)
    if issuer is None:
        return None
    # a province's department has its ministry's field: "GDĐT" of a local plan is the Sở;
    # "BLĐTBXH" ("B" for Bộ) is the ministry itself
    ministry = part.startswith("B")
    local = "Sở " + issuer[len("Bộ ") :] if issuer.startswith("Bộ ") and not ministry else None
    for name in (issuer, local):
        found = name and (pb._org_named(name) or pb._local(name))
        if found:
            return found
    return None
