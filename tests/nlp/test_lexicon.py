"""The gazetteers and word lists are data: head words load from data/lexicon."""

from __future__ import annotations

from pathlib import Path

from graph_builder.config import VOCAB_DIR
from graph_builder.nlp.lexicon import Head, load_lexicon


def test_head_words_come_from_data_files() -> None:
    lex = load_lexicon(VOCAB_DIR)
    orgs = {h.label: h for h in lex.org_heads}
    assert orgs["Sở"] == Head("Sở", "department", frozenset({"restarts"}))
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
    assert lex.org_heads == (Head("Nhà văn hóa", "centre", frozenset({"capitalised"})),)
    assert lex.event_heads == (Head("hội chợ", "Hội chợ"),)
