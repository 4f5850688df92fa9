"""Hand-made extractions for builder tests: independent of the NLP pipeline."""

from __future__ import annotations

from graph_builder.extract.model import (
    Event,
    Extraction,
    Mention,
    Organisation,
    Person,
    Place,
    Policy,
    Predicate,
    Relation,
    Target,
)
from graph_builder.ingest.article import Article
from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.events import find_events

TEXT = (
    "Ngày 12/5/2020, Thủ tướng Chính phủ ký Quyết định số 99/2020/QĐ-TTg phê duyệt "
    "Đề án trợ giúp trẻ em giai đoạn 2021-2030, phấn đấu 90% trẻ em được trợ giúp. "
    "Cục Trẻ em tổ chức Hội thảo bảo vệ trẻ em tại Hà Nội; TS. Trần Văn An, "
    "Cục trưởng Cục Trẻ em phát biểu."
)


def span(text: str, needle: str) -> Mention:
    start = text.index(needle)
    return Mention(start, start + len(needle), needle)


def sample_article(article_id: str = "a1", text: str = TEXT) -> Article:
    return Article(
        id=article_id,
        path=f"{article_id}.txt",
        text=text,
        sha256="0" * 64,
        title="Thử nghiệm",
        date="2020-05-13",
    )


def sample_extraction(doc_id: str = "a1", text: str = TEXT) -> Extraction:
    decision = "Quyết định số 99/2020/QĐ-TTg"
    scheme = "Đề án trợ giúp trẻ em giai đoạn 2021-2030"
    target = "phấn đấu 90% trẻ em được trợ giúp"
    event = "Hội thảo bảo vệ trẻ em"
    return Extraction(
        doc_id=doc_id,
        policies=(
            Policy(
                name=decision,
                kind="Quyết định",
                key="99/2020/QĐ-TTg",
                number="99/2020/QĐ-TTg",
                issuer="Thủ tướng Chính phủ",
                date="2020-05-12",
                mentions=(span(text, decision),),
            ),
            Policy(
                name=scheme,
                kind="Đề án",
                key=scheme,
                period_start=2021,
                period_end=2030,
                aliases=("Đề án 99",),
                mentions=(span(text, scheme),),
            ),
        ),
        organisations=(
            Organisation(
                name="Thủ tướng Chính phủ",
                kind="government",
                key="Thủ tướng Chính phủ",
                mentions=(span(text, "Thủ tướng Chính phủ"),),
            ),
            Organisation(
                name="Cục Trẻ em",
                kind="department",
                key="Cục Trẻ em",
                parent="Bộ Lao động - Thương binh và Xã hội",
                mentions=(span(text, "Cục Trẻ em"),),
            ),
            Organisation(
                name="Bộ Lao động - Thương binh và Xã hội",
                kind="ministry",
                key="Bộ Lao động - Thương binh và Xã hội",
            ),
        ),
        people=(
            Person(
                name="Trần Văn An",
                key="Trần Văn An",
                title="TS.",
                role="Cục trưởng Cục Trẻ em",
                organisation="Cục Trẻ em",
                mentions=(span(text, "Trần Văn An"),),
            ),
        ),
        events=(
            Event(
                name=event,
                kind="Hội thảo",
                key=event,
                date="2020-05-20",
                location="Hà Nội",
                organisers=("Cục Trẻ em",),
                participants=("Trần Văn An",),
                mentions=(span(text, event),),
            ),
        ),
        targets=(
            Target(
                text=target,
                key=target,
                value=90.0,
                unit="%",
                beneficiary="trẻ em",
                deadline="2030",
                policy=scheme,
                mentions=(span(text, target),),
            ),
        ),
        places=(Place(name="Hà Nội", key="Hà Nội", mentions=(span(text, "Hà Nội"),)),),
        relations=(
            Relation(scheme, Predicate.APPROVED_BY, decision, evidence=span(text, "phê duyệt")),
        ),
    )


def event_names(text: str, lex: Lexicon) -> list[str]:
    """The names of the events the rules find in `text`, without bare references back."""
    return [e.text for e in find_events(text, lex) if not e.bare]
