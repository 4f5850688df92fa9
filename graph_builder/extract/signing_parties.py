"""Who signs takes part in a signing: "Tổng cục X và Cục Y đã ký kết chương trình phối
hợp ... Tại lễ ký kết, ...".

A report of a signing names the parties as the subject of the verb "ký kết", often in the
lead, before it calls the ceremony "lễ ký kết"; the parties are there, as a reader lists
them. (The parties named after "giữa" in the event's own name are left to the names of
bodies: "Trường X (CS2)" there is often a short form of the body named elsewhere.)
"""

from __future__ import annotations

from collections.abc import Sequence

from graph_builder.nlp.rules.text import Span
from graph_builder.nlp.rules.verb_events import SIGNED


def signing_span(sents: Sequence[Span]) -> tuple[int, int] | None:
    """Where the parties of a signing are written: before the verb of the first sentence
    that says who signed ("đã ký kết")."""
    for sent in sents:
        verb = SIGNED.search(sent.text)
        if verb is not None and verb.start() > 0:
            return sent.start, sent.start + verb.start()
    return None
