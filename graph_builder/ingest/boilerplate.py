"""Removing page chrome from article text: menus, share links, related-news lists.

Rules are data (data/boilerplate.txt, data/boilerplate_tail.txt), not code, so a new
site's chrome is one line in a file. Lines are dropped whole; text after a related-news
marker is cut, because teasers of other articles must never become entities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from graph_builder.config import PROJECT_ROOT

DROP_FILE = PROJECT_ROOT / "data" / "boilerplate.txt"
TAIL_FILE = PROJECT_ROOT / "data" / "boilerplate_tail.txt"
NOT_TITLES_FILE = PROJECT_ROOT / "data" / "not_titles.txt"
TEASER_PREFIX = "teaser:"
_LONE_PUNCT = re.compile(r"^[\W_]*$")


@dataclass(frozen=True)
class BoilerplateRules:
    drop: tuple[re.Pattern[str], ...]
    cut: tuple[re.Pattern[str], ...]
    teaser: tuple[re.Pattern[str], ...]  # a teaser date line: the cut starts at its headline

    @classmethod
    def from_files(cls, drop_file: Path, tail_file: Path) -> BoilerplateRules:
        tail = _patterns(tail_file)
        return cls(
            drop=tuple(_compile(p) for p in _patterns(drop_file)),
            cut=tuple(_compile(p) for p in tail if not p.startswith(TEASER_PREFIX)),
            teaser=tuple(
                _compile(p.removeprefix(TEASER_PREFIX)) for p in tail if p.startswith(TEASER_PREFIX)
            ),
        )


@cache
def default_rules() -> BoilerplateRules:
    return BoilerplateRules.from_files(DROP_FILE, TAIL_FILE)


@cache
def not_title_rules() -> tuple[re.Pattern[str], ...]:
    """Lines at an article's top that are no headline (data/not_titles.txt), same format."""
    return tuple(_compile(p) for p in _patterns(NOT_TITLES_FILE))


def clean_lines(lines: list[str], rules: BoilerplateRules) -> list[str]:
    """Cut the related-news tail, then blank chrome lines; keeps the article's own lines.

    A dropped line leaves a blank one: a rule "-------" or a table bar "|" between two
    cells of a letterhead is a boundary, and the lines on either side are not one text."""
    kept = _cut_tail([line.strip() for line in lines], rules)
    return ["" if any(p.fullmatch(line) for p in rules.drop) else line for line in kept]


def _cut_tail(lines: list[str], rules: BoilerplateRules) -> list[str]:
    """Markers in the first quarter are ignored: a lead can mention "Tin liên quan"."""
    floor = max(1, len([x for x in lines if x]) // 4)
    seen = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen <= floor:
            continue
        if any(p.fullmatch(line) for p in rules.cut):
            return lines[:index]
        if any(p.fullmatch(line) for p in rules.teaser):
            return lines[: _headline_start(lines, index)]
    return lines


def _headline_start(lines: list[str], date_index: int) -> int:
    """Walk back to the teaser's headline, then over its repeats and separator lines."""
    start = date_index - 1
    while start > 0 and not lines[start]:
        start -= 1
    headline = lines[start]
    while start > 0 and (
        not lines[start - 1] or lines[start - 1] == headline or _LONE_PUNCT.match(lines[start - 1])
    ):
        start -= 1
    return max(start, 0)


def _patterns(path: Path) -> list[str]:
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    return [s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#")]


def _compile(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as e:
        raise ValueError(f"bad boilerplate pattern {pattern!r}: {e}") from e
