"""Hard-wrapped lines joined back into the sentences they break.

Legal documents copied from PDF or from a portal's table layout arrive cut every 60-80
characters, mid-name and mid-date: "Bộ Nông nghiệp và Phát" / "triển nông thôn", "ngày 22" /
"tháng 8 năm 2022", "ỦY BAN NHÂN" / "DÂN". A line break ends a sentence for the rules
downstream, so an unjoined wrap loses the name, the date and the relation across it. A
break is joined only where no new paragraph can start: the next line begins in lower case,
the line ends inside a number or a date, or both are fragments of a capitalised heading.
List items ("a) ...", "1. ...", "- ...") always start their own line. In a text that is
hard-wrapped throughout (many lines go on in lower case), a line of prose cut mid-sentence
goes on also where the next begins with a capital: "..., Trung tâm" / "Bảo trợ xã hội tỉnh
X", "xã Cây" / "Trường (huyện ...)".
"""

from __future__ import annotations

import itertools
import re

from graph_builder.textnorm import ADMINISTRATIVE_UNITS, LOWER, UPPER

_LIST_ITEM = re.compile(rf"(?:[{LOWER}]\)|\d{{1,3}}[.)]\s|[IVX]{{1,5}}\.\s|[-–—+•*]\s?)")
_STARTS_LOWER = re.compile(rf"[{LOWER}]")
_STARTS_CAPITAL = re.compile(rf"[{UPPER}]")
_STARTS_DIGIT = re.compile(r"\d")
_ENDS_SENTENCE = re.compile(r"[.!?…:;\"”)]$")
_ENDS_OPEN = re.compile(r"(?:[,/(\-–]|\b(?:[Ss]ố|ngày|tháng|năm|Số:))$")
_SEPARATOR = re.compile(r"[\W_]*")  # "|", "-------", "***"
_UNIT_NEXT = re.compile(rf"(?:{'|'.join(u.upper() for u in ADMINISTRATIVE_UNITS)}) ")
# "Bà Trần Thị" + "Bé – Báo cáo viên ...": a woman's or a man's middle name never ends a
# line of prose, so the next line goes on with the given name
_MIDDLE_NAME_END = re.compile(r"(?<![\wÀ-ỹ])(?:Thị|Văn)$")
HEADING_FRAGMENT_WORDS = 3  # "ỦY BAN NHÂN", "CỘNG HÒA XÃ": a table cell cut short
WRAPPED_TEXT_CUTS = 5  # lines going on in lower case that show a text hard-wrapped throughout
PROSE_LINE = 40  # a cut line of prose is this long at least; a title or caption is shorter


def unwrap(lines: list[str]) -> list[str]:
    """The lines with every hard wrap joined by a space; blank lines kept as they are."""
    out: list[str] = []
    previous = ""  # the line as written before this one (a heading's cell is judged by it)
    wrapped = _wrapped_throughout(lines)
    for line in lines:
        if out and out[-1] and line and _continues(out[-1], line, previous, wrapped=wrapped):
            glue = "" if out[-1].endswith("/") else " "  # "26/11/" + "2003": one date
            out[-1] = f"{out[-1]}{glue}{line}"
        else:
            out.append(line)
        previous = line
    return out


def _wrapped_throughout(lines: list[str]) -> bool:
    """Many lines end open and the next goes on in lower case: the text was hard-wrapped."""
    cuts = sum(
        1
        for before, line in itertools.pairwise(lines)
        if before and _STARTS_LOWER.match(line) and not _ENDS_SENTENCE.search(before)
    )
    return cuts >= WRAPPED_TEXT_CUTS


def _prose_cut(before: str, line: str) -> bool:
    """A long line of prose (not in capitals) cut mid-sentence, then one that is not a
    heading in capitals either."""
    first = line.split()[0]
    return len(before) >= PROSE_LINE and not before.isupper() and not first.isupper()


def _continues(before: str, line: str, previous: str, *, wrapped: bool = False) -> bool:
    if _SEPARATOR.fullmatch(before) or _SEPARATOR.fullmatch(line) or _LIST_ITEM.match(line):
        return False
    if _ENDS_OPEN.search(before):  # "ngày 26/11/" + "2003;", "Số:" + "3970/QĐ-UBND"
        return True
    if _ENDS_SENTENCE.search(before):
        return False
    if _STARTS_LOWER.match(line):  # "... và Phát" + "triển nông thôn"
        return True
    if wrapped and _STARTS_CAPITAL.match(line) and _prose_cut(before, line):
        return True
    if _MIDDLE_NAME_END.search(before) and _STARTS_CAPITAL.match(line):
        return True
    return _heading_fragment(previous, line) or _one_word_cut(before, line)


def _heading_fragment(before: str, line: str) -> bool:
    """Two capitalised lines, the first a few words only: one heading cut in its cell
    ("ỦY BAN NHÂN" / "DÂN" / "TỈNH BẾN TRE"), or any, when the next goes on with the place
    the body belongs to ("ỦY BAN NHÂN DÂN" / "TỈNH BÌNH ĐỊNH")."""
    if not (before.isupper() and line.split()[0].isupper()):
        return False
    return len(before.split()) <= HEADING_FRAGMENT_WORDS or _UNIT_NEXT.match(line) is not None


def _one_word_cut(before: str, line: str) -> bool:
    """ "Tiền" + "Giang, ngày 07 ...": a lone capitalised word is the start of a name."""
    return (
        " " not in before
        and before[:1].isupper()
        and not before.isupper()
        and (_STARTS_CAPITAL.match(line) is not None or _STARTS_DIGIT.match(line) is not None)
    )
