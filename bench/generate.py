"""Synthetic Vietnamese policy articles from the gazetteers, and synthetic N-Quads.

Articles combine general vocabulary (ministries, provinces, posts, beneficiary groups from
ontology/vocab) into realistic sentences: decisions approving programmes, events with
organisers, people with posts, goals with figures, plus page chrome. Seeded, so runs repeat.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

from graph_builder.config import VOCAB_DIR
from graph_builder.nlp.lexicon import load_lexicon

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Minh", "Thu", "Hữu", "Ngọc", "Quang", "Thanh"]
GIVEN = ["An", "Bình", "Cường", "Dung", "Hà", "Hải", "Lan", "Mai", "Nam", "Phương", "Tâm"]
TOPICS = [
    "phát triển công tác xã hội",
    "trợ giúp xã hội",
    "chăm sóc người cao tuổi",
    "bảo vệ trẻ em",
    "giảm nghèo bền vững",
    "hỗ trợ người khuyết tật",
]
INSTRUMENTS = ["Đề án", "Chương trình", "Kế hoạch"]
EVENTS = ["Hội thảo", "Hội nghị", "Tọa đàm", "Diễn đàn"]


def article(rng: random.Random, index: int) -> str:
    lex = load_lexicon(VOCAB_DIR)
    ministries = [e.canonical for e in lex.organisations if e.kind == "ministry"]
    provinces = [e.canonical for e in lex.places if e.kind == "province"]
    posts = ["Giám đốc", "Phó Giám đốc", "Thứ trưởng", "Cục trưởng", "Chủ tịch"]
    groups = [e.canonical for e in lex.beneficiaries]
    province, ministry, topic = rng.choice(provinces), rng.choice(ministries), rng.choice(TOPICS)
    year = rng.randint(2015, 2024)
    number = rng.randint(100, 3999)
    person = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
    instrument = f"{rng.choice(INSTRUMENTS)} {topic} giai đoạn {year} - {year + 5}"
    return "\n\n".join(
        [
            f"{province} triển khai {instrument.split(' giai')[0]}",
            f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{year} 08:00",
            f"Ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{year}, "
            f"Ủy ban nhân dân tỉnh {province} "
            f"đã ban hành Quyết định số {number}/QĐ-UBND phê duyệt {instrument}.",
            f"Theo đó, tỉnh phấn đấu đến năm {year + 5} có ít nhất {rng.randint(50, 99)}% "
            f"{rng.choice(groups)} được hỗ trợ phù hợp. Năm {year - 1}, toàn tỉnh đã hỗ trợ "
            f"{rng.randint(100, 9000)} người.",
            f"Sáng {rng.randint(1, 28)}/{rng.randint(1, 12)}, {ministry} phối hợp với "
            f"Sở Lao động - Thương binh và Xã hội {province} tổ chức {rng.choice(EVENTS)} "
            f"về {topic} tại {province}. "
            f"Phát biểu tại hội nghị, ông {person}, {rng.choice(posts)} Sở Lao động - Thương binh "
            f"và Xã hội {province} cho biết mô hình đã được nhân rộng.",
            f"Bài số {index}. Chia sẻ",
        ]
    )


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        path = folder / f"synthetic_{i:06d}.txt"
        path.write_text(article(rng, i), encoding="utf-8")
        paths.append(path)
    return paths


def nquads(count: int, seed: int = 7) -> Iterator[str]:
    """`count` quads in the shape of ontology/MAPPING.md, spread over article graphs."""
    rng = random.Random(seed)
    base = "https://w3id.org/policykg/"
    pkg = "https://w3id.org/policykg/ontology#"
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    classes = ["Policy", "Organisation", "Person", "Event", "Place"]
    links = ["issuedBy", "approvedBy", "organisedBy", "participatedIn", "locatedIn"]
    entities = max(count // 10, 10)
    for i in range(count):
        graph = f"<{base}graph/a{i // 60}>"
        s = f"<{base}id/{classes[i % 5].lower()}/e{i % entities}>"
        kind = i % 3
        if kind == 0:
            yield f"{s} <{rdf_type}> <{pkg}{classes[i % 5]}> {graph} .\n"
        elif kind == 1:
            yield f'{s} <{label}> "Thực thể {i % entities} {rng.choice(TOPICS)}"@vi {graph} .\n'
        else:
            o = f"<{base}id/{rng.choice(classes).lower()}/e{rng.randrange(entities)}>"
            yield f"{s} <{pkg}{rng.choice(links)}> {o} {graph} .\n"
