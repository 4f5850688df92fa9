"""Dates, years and periods as Vietnamese news writes them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4,5}))?(?![\d/])"
    r"|(?<!\d)(\d{1,2}) tháng (\d{1,2}) năm (\d{4})"
)
RANGE = re.compile(
    r"(?:[Tt]ừ (?:ngày )?)?(?<!\d)(\d{1,2})(?:/(\d{1,2}))?\s*(?:-|–|đến)\s*(?:ngày )?"
    r"(\d{1,2})/(\d{1,2})(?:/(\d{4}))?"
)
PERIOD = re.compile(
    r"(?:giai đoạn|thời kỳ|từ năm|năm)?\s*\(?((?:19|20)\d{2})\s*(?:-|–|—|đến(?: năm)?)\s*"
    r"((?:19|20)\d{2})\)?"
)
UNTIL = re.compile(r"(?:đến|tới) năm ((?:19|20)\d{2})")
# Days named relative to the publication: "hôm qua", "sáng nay", "tối qua", "ngày mai".
RELATIVE_DAY = re.compile(
    r"(?<![\wÀ-ỹ])(?:(?:hôm|sáng|trưa|chiều|tối|đêm)\s+(nay|qua|kia)|ngày\s+(mai|hôm qua|hôm nay))"
    r"(?![\wÀ-ỹ])",
    re.IGNORECASE,
)
# "Ngày 04/8/2020, Ủy ban X phối hợp với Y tổ chức ...", "Sáng 14/1, ...", "Chiều 18-1,":
# a sentence, most often a report's lead, that opens with the day of what it reports
DAY_OPENING = (
    r"(?:\A|(?<=\n)|(?<=\. ))[^\n.]{0,40}?(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày)\s+"
    r"(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s*,"  # "Chiều 18-1,", "Sáng 2.7,"
)
_DAYS_AFTER = {"nay": 0, "hôm nay": 0, "qua": -1, "hôm qua": -1, "kia": -2, "mai": 1}


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    iso: str | None  # YYYY-MM-DD when the year is known


def iso(day: int, month: int, year: int | None) -> str | None:
    if year is None or not (1 <= day <= 31 and 1 <= month <= 12 and 1900 < year < 2100):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def find_dates(
    text: str,
    *,
    default_year: int | None,
    fallback_year: int | None = None,
    published: str | None = None,
) -> list[DateMatch]:
    """Day/month(/year) dates; a missing year comes from the article's dateline. With the
    publication day (`published`, YYYY-MM-DD), days written relative to it ("hôm qua",
    "sáng nay") are dates too. In text order."""
    out = _relative_days(text, published)
    for m in DATE.finditer(text):
        year: int | None
        if m.group(4):
            day, month, year = int(m.group(4)), int(m.group(5)), int(m.group(6))
        else:
            day, month = int(m.group(1)), int(m.group(2))
            year = int(m.group(3)) if m.group(3) else default_year
            if year is not None and year > 2100:  # "25/3/20210": a typo in the year
                year = fallback_year
        if _looks_like_legal_number(text, m.start(), m.end()):
            continue
        out.append(DateMatch(m.start(), m.end(), iso(day, month, year)))
    return sorted(out, key=lambda d: d.start)


def _relative_days(text: str, published: str | None) -> list[DateMatch]:
    try:
        day = dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        day = None
    if day is None:
        return []
    out = []
    for m in RELATIVE_DAY.finditer(text):
        word = (m.group(1) or m.group(2)).lower()
        when = day + dt.timedelta(days=_DAYS_AFTER[" ".join(word.split())])
        out.append(DateMatch(m.start(), m.end(), when.isoformat()))
    return out


def _looks_like_legal_number(text: str, start: int, end: int) -> bool:
    return (
        bool(re.match(r"\s*/?\s*[A-ZĐ]{2}", text[end : end + 4])) or text[start - 1 : start] == "/"
    )


def find_period(text: str) -> tuple[int, int] | None:
    m = PERIOD.search(text)
    if m and int(m.group(1)) <= int(m.group(2)):
        return int(m.group(1)), int(m.group(2))
    return None


def find_until(text: str) -> int | None:
    m = UNTIL.search(text)
    return int(m.group(1)) if m else None
