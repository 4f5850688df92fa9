"""`Extraction` -> the gold annotation schema of ../shared/gold/README.md."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graph_builder.extract.model import Extraction, Relation
from graph_builder.ingest.article import Article


def to_gold_json(ex: Extraction, article: Article) -> dict[str, Any]:
    return {
        "doc": Path(article.path).name,
        "policies": [
            {
                "name": p.name,
                "number": p.number,
                "kind": p.kind,
                "issuer": p.issuer,
                "date": p.date,
                "period": p.period,
                "aliases": list(p.aliases),
            }
            for p in ex.policies
        ],
        "organisations": [
            {"name": o.name, "aliases": list(o.aliases), "kind": o.kind} for o in ex.organisations
        ],
        "people": [
            {
                "name": p.name,
                "role": p.role,
                "organisation": p.organisation,
                **({"title": p.title} if p.title else {}),
            }
            for p in ex.people
        ],
        "events": [
            {
                "name": e.name,
                "kind": e.kind,
                "date": e.date,
                "location": e.location,
                "organisers": list(e.organisers),
                "participants": list(e.participants),
                **({"date_end": e.date_end} if e.date_end else {}),
            }
            for e in ex.events
        ],
        "targets": [
            {
                "text": t.text,
                "value": t.value,
                "unit": t.unit,
                "beneficiary": t.beneficiary,
                "deadline": t.deadline,
                "policy": t.policy,
                **({"value_max": t.value_max} if t.value_max is not None else {}),
            }
            for t in ex.targets
        ],
        "locations": list(dict.fromkeys(p.name for p in ex.places)),
        "relations": [
            {"s": r.subject, "p": r.predicate.value, "o": r.object} for r in _relations(ex)
        ],
    }


def _relations(ex: Extraction) -> list[Relation]:
    from graph_builder.extract.model import (
        all_relations,  # explicit plus field-implied, deduplicated
    )

    return all_relations(ex)
