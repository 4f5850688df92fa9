"""Goals laid out as a table, flattened one cell a line, as plans copied from an official
site are: a header "TT | Nội dung chỉ tiêu | Đơn vị tính | Giai đoạn 2021 - 2025 | Giai
đoạn 2026 - 2030", then rows "1 | Tỷ lệ ... | % | 80 | 90".

Each value is a goal: the row's indicator, its figure and the column it stands in ("Tỷ lệ
... : 80 (Giai đoạn 2021 - 2025)"), due in the column's last year. A table whose header
has no column of years, or a row that does not fit the header, is read no further.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from graph_builder.nlp.rules.text import Span

_INDICATOR_HEAD = re.compile(r"(?:Nội dung\s+)?(?:chỉ tiêu|nhiệm vụ)|Nội dung|Tên chỉ tiêu", re.I)
_UNIT_HEAD = re.compile(r"Đơn vị(?: tính)?|ĐVT", re.I)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_INDEX = re.compile(r"(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]?")
_VALUE = re.compile(
    r"(?:≥|≤|>|<|trên|dưới|ít nhất|tối thiểu)?\s*(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*%?"
)
MAX_UNIT = 15  # "%", "Người", "Lượt người", "Cơ sở"
MAX_COLUMNS = 6


@dataclass(frozen=True)
class TableGoal:
    text: str
    value: float
    unit: str
    deadline: str | None
    start: int  # the value's cell
    end: int


def table_goals(cells: Sequence[Span]) -> list[TableGoal]:
    """Goals of every goal table among `cells` (the text's non-empty lines, in order)."""
    out: list[TableGoal] = []
    texts = [c.text.strip(" |\t") for c in cells]
    i = 0
    while i < len(cells):
        columns = _header(texts, i)
        if columns is None:
            i += 1
            continue
        i, goals = _rows(cells, texts, i + 2 + len(columns), columns)
        out += goals
    return out


def _header(texts: list[str], i: int) -> list[str] | None:
    """ "Nội dung chỉ tiêu", "Đơn vị tính", then the columns of years, from line `i`."""
    if not _INDICATOR_HEAD.fullmatch(texts[i]) or i + 1 >= len(texts):
        return None
    if not _UNIT_HEAD.fullmatch(texts[i + 1]):
        return None
    columns = []
    for text in texts[i + 2 : i + 2 + MAX_COLUMNS]:
        if not _YEAR.search(text) or len(text) > 40:
            break
        columns.append(text)
    return columns or None


def _rows(
    cells: Sequence[Span], texts: list[str], i: int, columns: list[str]
) -> tuple[int, list[TableGoal]]:
    out: list[TableGoal] = []
    while i < len(texts):
        at = i + 1 if _INDEX.fullmatch(texts[i]) else i
        row = texts[at : at + 2 + len(columns)]
        if len(row) < 2 + len(columns) or not _is_row(row):
            return max(at, i + 1), out
        indicator, unit = row[0].rstrip(" .;"), row[1]
        for column, value, cell in zip(columns, row[2:], cells[at + 2 :], strict=False):
            figure = _VALUE.fullmatch(value)
            if figure is None:
                continue
            years = _YEAR.findall(column)
            out.append(
                TableGoal(
                    text=f"{indicator}: {value} ({column})",
                    value=float(figure.group(1).replace(".", "").replace(",", ".")),
                    unit=unit,
                    deadline=years[-1] if years else None,
                    start=cell.start,
                    end=cell.end,
                )
            )
        i = at + 2 + len(columns)
    return i, out


def _is_row(row: list[str]) -> bool:
    """An indicator in words, a short unit, then figures (a cell may be "-")."""
    indicator, unit, values = row[0], row[1], row[2:]
    return (
        len(indicator) > MAX_UNIT
        and any(c.isalpha() for c in indicator)
        and 0 < len(unit) <= MAX_UNIT
        and not _VALUE.fullmatch(unit)
        and any(_VALUE.fullmatch(v) for v in values)
        and all(_VALUE.fullmatch(v) or v in "-–" for v in values)
    )
