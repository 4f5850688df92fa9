"""General vocabulary the extraction rules consult: SKOS gazetteers and word lists.

Everything here is data (ontology/vocab/*.ttl, data/lexicon/*.txt), so covering a new
ministry, province or title is an edit to a file, never to code.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache, wraps
from pathlib import Path
from typing import Any, TypeVar

from rdflib import DCTERMS, SKOS, Graph, URIRef

from graph_builder.config import PROJECT_ROOT

LEXICON_DIR = PROJECT_ROOT / "data" / "lexicon"
T = TypeVar("T")


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Case, dash and spacing folded; diacritics kept (they distinguish Vietnamese words).

    Cached: the rules ask for the same few thousand words and names over and over (every
    gazetteer lookup normalises its key), and this was a tenth of extraction time."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"\s*[-–—]\s*", " - ", text)
    return " ".join(text.replace("uỷ", "ủy").replace("hoá", "hóa").split())


@lru_cache(maxsize=1 << 16)
def loose(text: str) -> str:
    """`norm` with commas, dashes, "&" and "và" dropped: "Bộ Văn hóa, Thể thao và Du lịch", "Bộ
    Văn hóa – Thể thao và Du lịch" and "Bộ Giáo dục - Đào tạo" (for "Giáo dục và Đào tạo")
    are names written in two ways: a dash or a comma often stands for the "và"."""
    words = re.sub(r"[,&\-–—]", " ", norm(text)).split()
    return " ".join(w for w in words if w != "và")


@dataclass(frozen=True)
class Entry:
    label: str  # as written in the gazetteer (a prefLabel or altLabel)
    canonical: str  # the Vietnamese prefLabel
    kind: str | None
    english: str | None
    concept: str


@dataclass(frozen=True)
class Head:
    """A head word that opens a name ("Sở", "Hội thảo"), the kind it gives, and flags that
    change how the name is read (data/lexicon/*_heads.txt documents them)."""

    label: str
    kind: str
    flags: frozenset[str] = frozenset()


@dataclass
class Lexicon:
    organisations: list[Entry] = field(default_factory=list)
    places: list[Entry] = field(default_factory=list)
    posts: list[Entry] = field(default_factory=list)
    beneficiaries: list[Entry] = field(default_factory=list)
    surnames: frozenset[str] = frozenset()
    stopwords: tuple[str, ...] = ()
    after_names: tuple[str, ...] = ()
    org_suffixes: tuple[str, ...] = ()
    org_heads: tuple[Head, ...] = ()
    event_heads: tuple[Head, ...] = ()
    not_org_names: tuple[str, ...] = ()
    body_roles: tuple[str, ...] = ()
    place_heads: tuple[Head, ...] = ()
    site_heads: tuple[Head, ...] = ()
    ambiguous_places: tuple[str, ...] = ()
    place_cues: tuple[str, ...] = ()
    name_numbers: tuple[str, ...] = ()
    dotted_abbreviations: tuple[str, ...] = ()
    unit_ranks: tuple[Head, ...] = ()
    demonym_words: tuple[str, ...] = ()
    inspection_verbs: tuple[str, ...] = ()

    def canonical_org(self, name: str) -> Entry | None:
        index = self._index("organisations")
        return index.get(norm(name)) or index.get(loose(name))

    def place(self, name: str) -> Entry | None:
        """The gazetteer place `name` is, out of context: never an ambiguous name ("Anh",
        "Đức" are also given names), which only graph_builder.nlp.rules.places reads in
        context."""
        if name.strip() in self.ambiguous_places:
            return None
        index = self._index("places")
        return index.get(norm(name)) or index.get(loose(name))

    def foreign_country(self, entry: Entry | None) -> bool:
        """Whether `entry` is a country other than Viet Nam: a body named with one
        ("Chính phủ Anh", "Bộ Y tế Singapore") is that country's, not the article's."""
        if entry is None or entry.kind != "country":
            return False
        home = self.place("Việt Nam")
        return home is None or entry.canonical != home.canonical

    def memo(self, key: str, build: Callable[[], T]) -> T:
        """`build()` once per lexicon under `key`: the patterns and sets the rules derive
        from the word lists (which never change once loaded) are built on first use, not
        per call and not at import, so a test's own lexicon gets its own."""
        memos: dict[str, Any] = self.__dict__.setdefault("_memos", {})  # frozen: no setattr
        if key not in memos:
            memos[key] = build()
        value: T = memos[key]
        return value

    def event_kinds(self, *flags: str) -> frozenset[str]:
        """The kinds of the event heads flagged with any of `flags` (data/lexicon/
        event_heads.txt: "campaign", "contest", "ceremony" ...), once per lexicon."""
        wanted = frozenset(flags)
        return self.memo(
            "event_kinds:" + ",".join(sorted(wanted)),
            lambda: frozenset(h.kind for h in self.event_heads if h.flags & wanted),
        )

    def _index(self, which: str) -> dict[str, Entry]:
        """norm(label) and loose(label) -> entry, built once: lookups run for every word of
        every name. A label as written wins over another's loose form."""
        cache = self.__dict__.setdefault("_indexes", {})
        if which not in cache:
            index: dict[str, Entry] = {}
            entries = getattr(self, which)
            for entry in entries:
                index.setdefault(norm(entry.label), entry)
            for entry in entries:
                index.setdefault(loose(entry.label), entry)
            cache[which] = index
        return dict.__getitem__(cache, which)


def _entries(path: Path) -> list[Entry]:
    graph = Graph().parse(path, format="turtle")
    out: list[Entry] = []
    for concept in set(graph.subjects(SKOS.prefLabel, None)):
        if not isinstance(concept, URIRef):
            continue
        labels = list(graph.objects(concept, SKOS.prefLabel))
        vi = next((str(x) for x in labels if getattr(x, "language", None) == "vi"), None)
        if vi is None:
            continue
        en = next((str(x) for x in labels if getattr(x, "language", None) == "en"), None)
        kind = graph.value(concept, DCTERMS.type)
        alts = [str(a) for a in graph.objects(concept, SKOS.altLabel)]
        for label in [vi, *alts]:
            out.append(Entry(label, vi, str(kind) if kind else None, en, str(concept)))
    return sorted(out, key=lambda e: (-len(e.label), e.label))


def _longest_first(entries: list[Entry]) -> list[Entry]:
    """Entries of several files in one order, the longest label first (as `_entries`
    sorts one file's): a rule that takes the first label a phrase starts with."""
    return sorted(entries, key=lambda e: (-len(e.label), e.label))


def word_list(path: Path) -> list[str]:
    """The words of a data file, one a line; blank lines and `#` comments skipped, and no
    file gives no words (the rules then match nothing of that kind)."""
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [s for line in lines if (s := line.strip()) and not s.startswith("#")]


def _heads(path: Path) -> tuple[Head, ...]:
    """ "head = kind ; flag flag" lines; the kind defaults to the head, capitalised. Each
    head also in the other placement of its tone mark ("Uỷ ban" for "Ủy ban"): both are
    correct Vietnamese and sources mix them, so a list written in one misses the other."""
    out: dict[str, Head] = {}
    for line in word_list(path):
        entry, _, flags = line.partition(";")
        label, _, kind = (part.strip() for part in entry.partition("="))
        kind = kind or label[:1].upper() + label[1:]
        for spelling in (label, tone_variant(label)):
            out.setdefault(spelling, Head(spelling, kind, frozenset(flags.split())))
    return tuple(out.values())


_NEW_PLACEMENT = "ủy úy ùy ũy ụy òa óa ỏa õa ọa òe óe ỏe õe ọe"  # the tone on the first vowel
_OLD_PLACEMENT = "uỷ uý uỳ uỹ uỵ oà oá oả oã oạ oè oé oẻ oẽ oẹ"  # and on the second
_PAIRS = dict(zip(_NEW_PLACEMENT.split(), _OLD_PLACEMENT.split(), strict=True))
_PAIRS |= {v: k for k, v in _PAIRS.items()}
_PAIRS |= {k.capitalize(): v.capitalize() for k, v in _PAIRS.items()}
_TONE_ENDING = re.compile(rf"(?:{'|'.join(_PAIRS)})(?![\wÀ-ỹ])")


def tone_variant(text: str) -> str:
    """ "Ủy ban" <-> "Uỷ ban", "Hòa" <-> "Hoà": the tone of a syllable ending in "uy", "oa"
    or "oe" written on its other vowel (the new and the old placement)."""
    return _TONE_ENDING.sub(lambda m: _PAIRS[m.group()], text)


@cache
def load_lexicon(vocab_dir: Path, lexicon_dir: Path = LEXICON_DIR) -> Lexicon:
    def entries(name: str) -> list[Entry]:
        path = vocab_dir / f"{name}.ttl"
        return _entries(path) if path.exists() else []

    return Lexicon(
        organisations=entries("organisations") + entries("international"),
        places=entries("places")
        + entries("countries")
        + entries("districts")
        + entries("airports"),
        posts=_longest_first(entries("posts") + entries("posts_missions")),
        beneficiaries=entries("beneficiaries"),
        surnames=frozenset(word_list(lexicon_dir / "surnames.txt")),
        stopwords=tuple(
            word_list(lexicon_dir / "stopwords.txt") + word_list(lexicon_dir / "verbs.txt")
        ),
        after_names=tuple(word_list(lexicon_dir / "after_names.txt")),
        org_heads=_heads(lexicon_dir / "org_heads.txt"),
        org_suffixes=tuple(word_list(lexicon_dir / "org_suffixes.txt")),
        event_heads=_heads(lexicon_dir / "event_heads.txt"),
        not_org_names=tuple(word_list(lexicon_dir / "not_org_names.txt")),
        body_roles=tuple(word_list(lexicon_dir / "body_roles.txt")),
        place_heads=_heads(lexicon_dir / "place_heads.txt"),
        site_heads=_heads(lexicon_dir / "site_heads.txt"),
        ambiguous_places=tuple(word_list(lexicon_dir / "ambiguous_places.txt")),
        place_cues=tuple(word_list(lexicon_dir / "place_cues.txt")),
        name_numbers=tuple(word_list(lexicon_dir / "name_numbers.txt")),
        dotted_abbreviations=tuple(word_list(lexicon_dir / "dotted_abbreviations.txt")),
        unit_ranks=_heads(lexicon_dir / "unit_ranks.txt"),
        demonym_words=tuple(word_list(lexicon_dir / "demonym_words.txt")),
        inspection_verbs=tuple(word_list(lexicon_dir / "inspection_verbs.txt")),
    )


def per_lexicon(derive: Callable[[Lexicon], T]) -> Callable[[Lexicon], T]:
    """`derive(lex)` computed once per lexicon (Lexicon.memo), keyed by the function."""
    key = f"{derive.__module__}.{derive.__qualname__}"

    @wraps(derive)
    def memoised(lex: Lexicon) -> T:
        return lex.memo(key, lambda: derive(lex))

    return memoised
