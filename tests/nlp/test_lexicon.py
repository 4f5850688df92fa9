"""The gazetteers and word lists are data: head words load from data/lexicon."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from graph_builder.config import VOCAB_DIR
from graph_builder.nlp.lexicon import (
    LEXICON_DIR,
    Head,
    Lexicon,
    load_lexicon,
    per_lexicon,
    tone_variant,
)
from graph_builder.textnorm import ADMINISTRATIVE_UNITS


def test_head_words_come_from_data_files() -> None:
    lex = load_lexicon(VOCAB_DIR)
    orgs = {h.label: h for h in lex.org_heads}
    assert orgs["Sở"] == Head("Sở", "department", frozenset({"restarts", "provincial"}))
    assert "about" in orgs["Ủy ban"].flags
    events = {h.label: h.kind for h in lex.event_heads}
    assert events["Lớp tập huấn"] == "Tập huấn"
    assert events["Hội thảo"] == "Hội thảo"
    assert "Hội thảo" in lex.not_org_names


def test_a_new_head_word_is_an_edit_to_a_file(tmp_path: Path) -> None:
    (tmp_path / "org_heads.txt").write_text(
        "# comment\nNhà văn hóa = centre ; capitalised\n", encoding="utf-8"
    )
    (tmp_path / "event_heads.txt").write_text("hội chợ = Hội chợ\n", encoding="utf-8")
    lex = load_lexicon(VOCAB_DIR, tmp_path)
    assert lex.org_heads == (  # with its tone on the other vowel
        Head("Nhà văn hóa", "centre", frozenset({"capitalised"})),
        Head("Nhà văn hoá", "centre", frozenset({"capitalised"})),
    )
    assert lex.event_heads == (Head("hội chợ", "Hội chợ"),)


def test_a_legal_numbers_suffix_names_its_issuer_from_data() -> None:
    """State suffixes and Party organs are apart: "TT-BCT" is a ministry's, "/BCT" the
    Politburo's."""
    from graph_builder.nlp.rules.issuer_codes import issuer_from_code
    from graph_builder.nlp.rules.policies import find_legal

    lex = load_lexicon(VOCAB_DIR)
    codes = {
        m.number: issuer_from_code(m.issuer_code, lex)
        for m in find_legal(
            "Quyết định 32/2010/QĐ-TTg, Nghị định 76/2024/NĐ-CP, Thông tư 12/2023/TT-BCT "
            "và Nghị quyết 42-NQ/BCT."
        )
    }
    assert codes["32/2010/QĐ-TTg"] == "Thủ tướng Chính phủ"
    assert codes["76/2024/NĐ-CP"] == "Chính phủ"
    assert codes["12/2023/TT-BCT"] == "Bộ Công Thương"
    assert codes["42-NQ/BCT"] == "Bộ Chính trị"


def test_legal_numbers_with_a_legislature_and_what_is_no_legal_number() -> None:
    from graph_builder.nlp.rules.policies import find_legal

    found = find_legal("Nghị quyết số 24/2021/QH15 và Tờ trình số 124/TTr-BYT của Bộ.")
    assert [m.number for m in found] == ["24/2021/QH15"]


def test_notices_and_guidance_by_their_numbers() -> None:
    from graph_builder.nlp.rules.policies import find_legal

    found = find_legal("Văn bản số 88/TB-VPCP và Hướng dẫn số 15/HD-SYT được gửi các đơn vị.")
    assert [(m.number, m.kind) for m in found] == [
        ("88/TB-VPCP", "Thông báo"),
        ("15/HD-SYT", "Hướng dẫn"),
    ]


def test_the_kind_of_document_a_number_names_comes_from_data() -> None:
    """kind_codes.txt: state codes in "n/yyyy/CODE-...", Party codes in "n-CODE/organ"; a
    conclusion (KL) is a Party document only."""
    from graph_builder.nlp.rules.policies import CODES, PARTY_CODES, find_legal

    assert CODES["TTLT"] == "Thông tư liên tịch" and "KL" not in CODES
    assert PARTY_CODES["KL"] == "Kết luận" and "NĐ" not in PARTY_CODES
    found = find_legal("Kết luận số 15-KL/TW, Thông tư liên tịch 05/2019/TTLT-BLĐTBXH-BYT.")
    assert [(m.number, m.kind) for m in found] == [
        ("15-KL/TW", "Kết luận"),
        ("05/2019/TTLT-BLĐTBXH-BYT", "Thông tư liên tịch"),
    ]


def test_a_head_word_matches_in_either_placement_of_its_tone() -> None:
    assert tone_variant("Ủy ban") == "Uỷ ban"
    assert tone_variant("Hoà Bình") == "Hòa Bình"
    assert tone_variant("Hội đồng") == "Hội đồng"
    labels = {h.label for h in load_lexicon(VOCAB_DIR).org_heads}
    assert {"Ủy ban", "Uỷ ban"} <= labels


def test_the_unit_words_of_code_are_the_place_heads_of_units() -> None:
    """ingest and rdf name units from textnorm, the rules from place_heads.txt: a unit
    added to one (a "đặc khu", say) must be added to the other."""
    heads = load_lexicon(VOCAB_DIR).place_heads
    written_in_full = {
        h.label
        for h in heads
        if h.kind in {"1", "2", "3"}
        and "." not in h.label
        and h.label != "tp"
        and h.label == h.label.lower()
    }
    assert written_in_full == set(ADMINISTRATIVE_UNITS)
    assert list(ADMINISTRATIVE_UNITS) == sorted(ADMINISTRATIVE_UNITS, key=len, reverse=True)


def test_no_word_list_holds_an_entry_twice() -> None:
    """Two branches adding the same words merge into a list that holds them twice (a block
    of event heads did once): harmless to the rules, but each edit then has two places."""
    for path in sorted(LEXICON_DIR.glob("*.txt")):
        entries = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        counts = Counter(e for e in entries if e and not e.startswith("#"))
        assert not [e for e, n in counts.items() if n > 1], path.name


def test_what_the_rules_derive_from_a_lexicon_is_built_once_for_each_lexicon() -> None:
    builds: list[tuple[str, ...]] = []

    @per_lexicon
    def stop_words(lex: Lexicon) -> tuple[str, ...]:
        builds.append(lex.stopwords)
        return tuple(sorted(lex.stopwords))

    first, second = Lexicon(stopwords=("và", "của")), Lexicon(stopwords=("tại",))
    assert stop_words(first) == ("của", "và")
    assert stop_words(first) is stop_words(first)
    assert stop_words(second) == ("tại",)  # a lexicon of its own gets its own
    assert builds == [("và", "của"), ("tại",)]
