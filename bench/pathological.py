"""Extraction time against article length on texts made to be hard (issue 14.7).

Five kinds of text, each at doubling sizes up to 1,000,000 characters (the ingest
limit for one article): many capitalised words (names everywhere), numbers and dates
(every rule for targets, periods and legal numbers fires), no punctuation (one endless
sentence), one long line (no paragraphs) and normal news prose. For each it prints the
seconds of the spaCy-vi pipeline plus assembly into entities, and the ratio to the
previous size: linear is 2.0, the goal is at most 2.3 per doubling and any 10^6
characters under 20 s on this machine.

    python -m bench.pathological [--max 1000000] [--kinds caps,numbers,...] [--no-pyvi]
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

from graph_builder.extract.extractor import extract
from graph_builder.ingest.article import Article
from graph_builder.nlp.pipeline import build_nlp

NORMAL = (
    "Sáng 14/11, Bộ Lao động - Thương binh và Xã hội tổ chức Hội thảo về công tác xã hội "
    "tại Hà Nội. Thứ trưởng Nguyễn Văn A cho biết Đề án phát triển nghề công tác xã hội "
    "giai đoạn 2021-2030 đặt mục tiêu đến năm 2025 có 60% cán bộ được đào tạo. "
)
SYLLABLES = [
    "Minh",
    "Hoàng",
    "Lan",
    "Quốc",
    "Đức",
    "Thành",
    "Hải",
    "Phương",
    "Nam",
    "Bình",
    "Văn",
    "Thị",
    "Hữu",
    "Anh",
]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]


def caps(size: int, rng: random.Random) -> str:
    words: list[str] = []
    length = 0  # kept as we go: summing the list each time made the generator quadratic
    while length < size:
        more = [rng.choice(FAMILY), rng.choice(SYLLABLES), rng.choice(SYLLABLES)]
        more.append(rng.choice(["Sở", "Bộ", "Trung tâm", "Hội", "và", "ông", "bà", ","]))
        words += more
        length += sum(len(w) + 1 for w in more)
    return " ".join(words)[:size]


def numbers(size: int, rng: random.Random) -> str:
    parts: list[str] = []
    length = 0
    while length < size:
        n = rng.randint(1, 999)
        parts.append(
            rng.choice(
                [
                    f"ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/20{rng.randint(10, 30)}",
                    f"{n}/QĐ-TTg",
                    f"{n}/2020/NĐ-CP",
                    f"đạt {n}%",
                    f"{n}.000 người",
                    f"giai đoạn 20{rng.randint(10, 25)}-20{rng.randint(26, 40)}",
                    f"đến năm 20{rng.randint(20, 40)}",
                ]
            )
        )
        length += len(parts[-1]) + 1
    return " ".join(parts)[:size]


def repeat(base: str, size: int) -> str:
    return (base * (size // len(base) + 1))[:size]


def no_punctuation(size: int, rng: random.Random) -> str:
    return repeat(NORMAL.replace(",", "").replace(".", "").replace("/", " "), size)


def one_line(size: int, rng: random.Random) -> str:
    return repeat(NORMAL, size).replace("\n", " ")


def normal(size: int, rng: random.Random) -> str:
    paragraphs = [NORMAL * 3 for _ in range(size // (3 * len(NORMAL)) + 1)]
    return "\n\n".join(paragraphs)[:size]


KINDS: dict[str, Callable[[int, random.Random], str]] = {
    "caps": caps,
    "numbers": numbers,
    "no-punctuation": no_punctuation,
    "one-line": one_line,
    "normal": normal,
}


def sizes(maximum: int) -> list[int]:
    out, size = [], 15_625
    while size < maximum:
        out.append(size)
        size *= 2
    return [*out, maximum]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--max", type=int, default=1_000_000)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--no-pyvi", action="store_true")
    args = parser.parse_args()
    nlp = build_nlp(use_pyvi=not args.no_pyvi)
    nlp.max_length = args.max + 1
    print("| text | characters | seconds | x previous |")
    print("|---|---:|---:|---:|")
    for kind in args.kinds.split(","):
        previous = None
        for size in sizes(args.max):
            text = KINDS[kind](size, random.Random(size))
            article = Article(id="bench", path="bench.txt", text=text, sha256="0")
            started = time.perf_counter()
            extract(article, nlp)
            took = time.perf_counter() - started
            ratio = f"{took / previous:.2f}" if previous else ""
            print(f"| {kind} | {size:,} | {took:.2f} | {ratio} |", flush=True)
            previous = took


if __name__ == "__main__":
    main()
