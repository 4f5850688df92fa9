"""Numbers of a goal as written: "1.200", "0,9", "1/2 số hộ", "12,8 triệu lao động", and
the years of a period that are no figures (split from targets.py to keep it short)."""

from __future__ import annotations

import re

SCALES = {"triệu": 1_000_000, "nghìn": 1_000, "ngàn": 1_000}


def number(text: str) -> float:
    """ "1.200" is 1200, "0,9" is 0.9, and a fraction of a whole ("1/2") is a percentage."""
    if "/" in text:
        part, whole = text.split("/")
        return round(100 * int(part) / int(whole), 2)
    return float(text.replace(".", "").replace(",", "."))


def scaled(unit: str) -> tuple[str, int]:
    """ "12,8 triệu lao động": the unit is "lao động" and the value 12,800,000."""
    word, _, rest = unit.partition(" ")
    if word in SCALES and rest:
        return rest.strip(), SCALES[word]
    return unit, 1


def in_period(text: str, m: re.Match[str]) -> bool:
    """ "giai đoạn 2021 - 2025 tỉnh X": a year of a period, never a figure."""
    if not re.fullmatch(r"(?:19|20)\d{2}", m.group(1)):
        return False
    return bool(
        re.search(r"(?:giai đoạn|đến|từ)\s*(?:(?:19|20)\d{2}\s*[-–]\s*)?$", text[: m.start()])
    )
