"""Sentences, spans and small text helpers shared by the rules."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from graph_builder.textnorm import LOWER, UPPER

# A sentence ends at . ! ? or a line break, but not inside "TP.HCM", "TS.", "60.000" or "./."
_END = re.compile(r"(?<=[.!?…])[\"”’']?\s+(?=[\"“‘']?[A-ZÀ-Ỹ0-9Đ])|\n+")
_ABBREV_BEFORE_DOT = re.compile(r"(?:\b(?:TS|PGS|GS|ThS|BS|TP|Tp|St|NCS|CN|KS|Th\.S|P|Q)\.)$")

NAME_SYLLABLE = rf"[{UPPER}][{LOWER}]+"  # a capitalised syllable of a Vietnamese name
# A line break inside a sentence, for text that reaches the rules without ingest's joining
# of hard-wrapped lines (graph_builder/ingest): the line ends without a stop and the next
# goes on in lower case ("phê duyệt Chương trình\nchuyển đổi số"), or with the day or number
# its last word announces ("ngày\n28/4/2011"). A title before a dateline ("... năm 2024\n
# 12/12/2024") is no such break: the number announced must be the line's last word.
_WRAPPED = re.compile(rf"[^.;:!?\s]\n[{LOWER}]|(?<![\wÀ-ỹ])(?:ngày|tháng|năm|số)\n\d")
_WRAP_REACH = 6  # "tháng\n": how far before the line break _WRAPPED looks
# Longer than any real sentence (755 characters at most in our corpora): a text without
# punctuation is cut into pieces of this size, so every rule that scans "the sentence
# around a mention" stays linear in the article's length however the text is written.
MAX_SENTENCE = 2_000


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Span]:
    """Sentence spans; abbreviations such as "TS." or "TP." do not end a sentence, nor does
    the line break of a hard-wrapped text (_WRAPPED)."""
    out: list[Span] = []
    start = 0
    for match in _END.finditer(text):
        end = match.start()
        if _ABBREV_BEFORE_DOT.search(text[max(start, end - 6) : end]):
            continue
        if match.group() == "\n" and _wrapped(text, end):
            continue
        _add(out, text, start, end)
        start = match.end()
    _add(out, text, start, len(text))
    return out


def _wrapped(text: str, newline: int) -> bool:
    """Does the line break at `newline` fall inside a sentence (_WRAPPED)?"""
    lo = max(0, newline - _WRAP_REACH)
    return any(m.end() - 2 == newline for m in _WRAPPED.finditer(text, lo, newline + 2))


def _add(out: list[Span], text: str, start: int, end: int) -> None:
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _add_one(out, text, start, cut)
        start = cut
    _add_one(out, text, start, end)


def _add_one(out: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end, text[start:end]))


def paragraphs(text: str) -> list[Span]:
    out: list[Span] = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            out.append(Span(match.start(), match.end(), match.group()))
    return out


def sentence_at(sents: list[Span], offset: int) -> Span | None:
    """The sentence holding `offset` (sentences are in text order): a binary search, as it
    runs once per mention and articles can hold thousands of both."""
    index = bisect.bisect_right(sents, offset, key=lambda s: s.start) - 1
    if index >= 0 and sents[index].start <= offset < sents[index].end:
        return sents[index]
    return None


def spans_starting_in(spans: Sequence[Span], lo: int, hi: int) -> Sequence[Span]:
    """The spans (in text order, as `sentences` gives them) that start in [lo, hi)."""
    first = bisect.bisect_left(spans, lo, key=lambda s: s.start)
    last = bisect.bisect_left(spans, hi, key=lambda s: s.start)
    return spans[first:last]


class Intervals:
    """Half-open ranges [start, end), possibly overlapping, asked "does one hold this offset?".

    Built once per article: the rules ask it once per mention, and a scan of every range
    per mention was quadratic in the article's length."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self._starts = [start for start, _ in ordered]
        self._reach = list(itertools.accumulate((end for _, end in ordered), max))

    def covers(self, offset: int) -> bool:
        """Is `offset` inside one of the ranges (`start <= offset < end`)?"""
        index = bisect.bisect_right(self._starts, offset) - 1
        return index >= 0 and self._reach[index] > offset

    def overlaps(self, start: int, end: int) -> bool:
        """Does one of the ranges overlap [start, end) (`s < end and start < e`)?"""
        index = bisect.bisect_left(self._starts, end) - 1
        return index >= 0 and self._reach[index] > start


def longer_of(best: str | None, texts: Iterable[str]) -> str | None:
    """The first longest text: `best` (of the texts seen before) or one of `texts` (seen
    after), as `max(..., key=len)` over all of them gives. Lets a name be kept up to date
    as mentions are added instead of recomputed over all of them."""
    for text in texts:
        if best is None or len(text) > len(best):
            best = text
    return best


def upper_first(text: str) -> str:
    """`text` with its first letter in capital: a kind named by its verb ("Khánh thành",
    "Kiểm tra"), or a name written in lower case after a post ("phòng Công tác xã hội")
    matched against heads written capitalised. `str.capitalize` would lower the rest."""
    return text[:1].upper() + text[1:]


def is_capitalised(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span over surrounding spaces and punctuation (not closing quotes)."""
    while start < end and (text[start].isspace() or text[start] in ",;:-–"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-–.("):
        end -= 1
    return start, end


@lru_cache(maxsize=4096)
def whole_word(phrase: str) -> re.Pattern[str]:
    """`phrase` not inside a longer word, compiled once: the rules test every gazetteer label,
    more patterns than the `re` module's cache holds, so they were compiled again and again."""
    return re.compile(r"(?<![\wÀ-ỹ])" + re.escape(phrase) + r"(?![\wÀ-ỹ])")


def words_at_start(words: Iterable[str]) -> re.Pattern[str]:
    """Matches when a text starts with one of `words` as a whole word (what follows is not a
    letter or digit): one alternation instead of a `startswith` loop over the list."""
    return re.compile(rf"(?:{alternation(words)})(?![^\W_])")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, escaped, longest first (so a longer word wins over
    its prefix); one that never matches when there are none."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(map(re.escape, ordered)) or "(?!)"
