"""Rule-based extraction over the NFC article text, one module per kind of fact.

Rules match characters, not tokens (pyvi segments by context, see STYLE.md), and
consult the lexicon (data files) for names; nothing here names a particular article.
"""
