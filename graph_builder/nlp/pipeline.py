"""The one place the spaCy pipeline is assembled: blank "vi" plus rule components.

No model is loaded or downloaded. pyvi tokenises (or a whitespace tokenizer when
`use_pyvi=False`, for fast tests); the rule components match on characters and record
their spans in `doc.spans` (mapped with `char_span(..., alignment_mode="expand")`) and
their structured findings in `doc._.pkg`, which graph_builder.extract assembles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from graph_builder.config import VOCAB_DIR
from graph_builder.nlp.lexicon import Lexicon, load_lexicon
from graph_builder.nlp.rules.abbreviations import with_abbreviations
from graph_builder.nlp.rules.bracket_tails import with_bracket_tails
from graph_builder.nlp.rules.events import EventMention, find_events
from graph_builder.nlp.rules.letterhead import with_letterheads, with_signers
from graph_builder.nlp.rules.letters import find_letters, find_urgent_letters
from graph_builder.nlp.rules.orgs import OrgMention, find_orgs
from graph_builder.nlp.rules.people import PersonMention, find_people
from graph_builder.nlp.rules.places import find_places
from graph_builder.nlp.rules.policies import PolicyMention, find_instruments, find_legal
from graph_builder.nlp.rules.text import Span, sentences
from graph_builder.nlp.tokenizer import AlignedTokenizer


@dataclass
class Found:
    """What the rule components found in one document."""

    lexicon: Lexicon
    sentences: list[Span] = field(default_factory=list)
    orgs: list[OrgMention] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    legal: list[PolicyMention] = field(default_factory=list)
    instruments: list[PolicyMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    places: list[Span] = field(default_factory=list)


class RuleComponent:
    """Runs the character-level rules once per Doc and records spans by label."""

    def __init__(self, vocab_dir: Path) -> None:
        self.lexicon = load_lexicon(vocab_dir)

    def __call__(self, doc: Doc) -> Doc:
        text, lex = doc.text, self.lexicon
        found = Found(lex, sentences(text))
        orgs = with_letterheads(find_orgs(text, lex), text, lex)
        found.orgs = with_bracket_tails(text, with_abbreviations(text, orgs), lex)
        letters = find_letters(text) + find_urgent_letters(text)
        found.legal = sorted(find_legal(text) + letters, key=lambda m: m.start)
        found.instruments = find_instruments(text)
        found.events = find_events(text, lex, found.orgs)
        found.places = find_places(text, lex)
        claimed = [
            *found.places,
            *(Span(p.start, p.end, p.text) for p in found.instruments),
            *(Span(e.start, e.end, e.text) for e in found.events if not e.bare),
        ]
        found.people = find_people(text, lex, found.orgs, claimed=claimed)
        found.people = with_signers(found.people, text, lex, found.orgs)
        doc._.pkg = found
        for label, items in (
            ("ORG", found.orgs),
            ("PER", found.people),
            ("LAW", found.legal + found.instruments),
            ("EVENT", found.events),
            ("LOC", found.places),
        ):
            spans = [
                doc.char_span(i.start, i.end, label=label, alignment_mode="expand") for i in items
            ]
            doc.spans[label] = [s for s in spans if s is not None]
        return doc


@Language.factory(
    "pkg_rules", assigns=["doc.spans", "doc._.pkg"], default_config={"vocab_dir": str(VOCAB_DIR)}
)
def make_rules(nlp: Language, name: str, vocab_dir: str) -> RuleComponent:
    return RuleComponent(Path(vocab_dir))


def build_nlp(*, vocab_dir: Path = VOCAB_DIR, use_pyvi: bool = True) -> Language:
    """spacy.blank("vi") + rule components. Never spacy.load: no model download."""
    Doc.set_extension("pkg", default=None, force=True)
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": use_pyvi}}})
    nlp.tokenizer = AlignedTokenizer.around(nlp.tokenizer)  # same tokens, linear alignment
    nlp.add_pipe("pkg_rules", config={"vocab_dir": str(vocab_dir)})
    return nlp


def found_in(doc: Doc) -> Found:
    found: Found | None = doc._.pkg
    if found is None:
        raise ValueError("the document was not processed by the pkg_rules component")
    return found
