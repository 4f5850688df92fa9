"""When an event was held: a range of days ("từ ngày 4-5/9/2024") in its sentences or the one
after, else the first date of its sentences; never a date years before the article's, which
is what the event marks or cites ("kỷ niệm 67 năm Ngày Thầy thuốc (27/2/1955 - 27/2/2022)").
Split from extract/events.py, which asks it once per event.
"""

from __future__ import annotations

import re

from graph_builder.nlp.rules.dates import DAY_OPENING, RANGE, find_dates, iso
from graph_builder.nlp.rules.text import Span

_NAMED_YEAR = re.compile(r"năm ((?:19|20)\d{2})")  # "Tháng hành động ... năm 2025"


def event_dates(
    name: str,
    spans: list[Span],
    following: Span | None,
    *,
    year: int | None,
    published: str | None,
) -> tuple[str | None, str | None]:
    """The start and end (or None) of the event named `name`, from the sentences naming it
    (`spans`) and the one after; `year` is the article's, `published` its date."""
    for sent in [*spans, *([following] if following else [])]:
        r = RANGE.search(sent.text)
        if r and r.group(4):
            in_year = int(r.group(5)) if r.group(5) else year
            month_start = int(r.group(2)) if r.group(2) else int(r.group(4))
            start, end = (
                iso(int(r.group(1)), month_start, in_year),
                iso(int(r.group(3)), int(r.group(4)), in_year),
            )
            if start and end and not long_before(start, year or int(end[:4])):
                return start, end  # not "(27/2/1955 - 27/2/2022)", the span it marks
    named_year = _NAMED_YEAR.search(name)
    default = year or (int(named_year.group(1)) if named_year else None)
    for sent in spans:
        found = find_dates(sent.text, default_year=default, published=published)
        days = [d.iso for d in found if d.iso]
        latest = max((int(d[:4]) for d in days), default=None)
        dates = [d for d in days if not long_before(d, year or latest)]
        if dates:
            return dates[0], None
    return None, None


def long_before(day: str, year: int | None) -> bool:
    """A date years before the article's (or, undated, before the latest its sentence gives)
    is what the event marks or cites, not when it was held."""
    return year is not None and int(day[:4]) < year - 1


_LEAD_DAY = re.compile(DAY_OPENING)


def lead_day(text: str, *, year: int | None, published: str | None) -> str | None:
    """The day the article's lead opens with: when an article reports one event and the
    sentences naming it give no date ("Phát biểu tại Lễ bàn giao nhà, ..."), it is that
    event's day."""
    lead = _LEAD_DAY.search(text)
    if lead is None:
        return None
    days = find_dates(lead.group(0), default_year=year, published=published)
    day = days[0].iso if days else None
    return None if day is None or long_before(day, year) else day  # "Ngày 10/10/1954, ..."
