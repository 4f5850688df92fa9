"""Whether two names are one event's, by their words: the shorter the first words of the
longer, an edition's name without its number, a headline's words spread in order inside
the full name, a later mention in fewer words. Split from extract/event_groups.py, which
asks these questions of every pair of full mentions.
"""

from __future__ import annotations

import re

from graph_builder.nlp.rules.events import EventMention

MIN_PREFIX_WORDS = 3  # "Hội nghị tập huấn" then "Hội nghị tập huấn “...” năm 2022"
MIN_WITHIN_WORDS = 6  # a name's words spread inside another's: a headline that shortens it


def starts(a: str, b: str) -> bool:
    """The shorter name, of a few words at least, is the first words of the longer: a
    later mention shortened ("Hội nghị tập huấn" for the one named in full)."""
    short, long_ = sorted((a.casefold().split(), b.casefold().split()), key=len)
    return len(short) >= MIN_PREFIX_WORDS and long_[: len(short)] == short


# "lần thứ I", "nhiệm kỳ 2021 - 2026", "khóa XIV": which edition of a recurring meeting
_EDITION = re.compile(
    r"\s*(?:[-–,]\s*)?(?:lần thứ\s+[\wÀ-ỹ]+|nhiệm kỳ\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|"
    r"kh[oó]a\s+[IVXLC]+)",
    re.IGNORECASE,
)


def edition(a: str, b: str) -> bool:
    """ "Đại hội Đại biểu Hội X tỉnh" (a headline) and "tổ chức Đại hội Đại biểu lần thứ I -
    nhiệm kỳ 2021 - 2026": a name that, its edition aside, is the first words (two at
    least) of a name stating no edition is that meeting, the subject saying whose it is."""
    for named, other in ((a, b), (b, a)):
        if _EDITION.search(named) is None or _EDITION.search(other) is not None:
            continue
        core = _EDITION.sub("", named).strip(" -–,").casefold().split()
        if len(core) >= 2 and other.casefold().split()[: len(core)] == core:
            return True
    return False


def within(a: str, b: str) -> bool:
    """ "Hội nghị toàn quốc triển khai 2 Chương trình X" (a headline) and "Hội nghị toàn quốc
    triển khai thực hiện 02 Chương trình X về ... giai đoạn ...": the shorter name's words,
    numbers read as numbers, all come in order in the longer one's, which only adds words."""
    short, long_ = sorted((_words(a), _words(b)), key=len)
    return len(short) >= MIN_WITHIN_WORDS and _in_order(short, long_)


def shortened(named: EventMention, later: EventMention) -> bool:
    """ "tổ chức Lễ trao 30 chiếc xe đạp mới cho ...", then "Dự Lễ trao xe có ...": a later
    mention whose words (a few at least) all come in order in the name given before
    calls that event by fewer words."""
    short, long_ = _words(later.text), _words(named.text)
    if later.start < named.end or len(short) < MIN_PREFIX_WORDS or len(short) >= len(long_):
        return False
    return _in_order(short, long_)


def _in_order(short: list[str], long_: list[str]) -> bool:
    """Every word of `short` comes in `long_`, in the same order (others may come between)."""
    rest = iter(long_)
    return all(word in rest for word in short)


def _words(name: str) -> list[str]:
    return [w.lstrip("0") if w.isdigit() and w != "0" else w for w in name.casefold().split()]
