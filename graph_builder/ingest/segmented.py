"""Text from a Vietnamese word segmenter, read as the words it joins.

Segmenters (pyvi, VnCoreNLP, RDRSegmenter) and the corpora made with them write each
word of several syllables with underscores: "Bệnh_viện Đà_Nẵng", "Sở Y_tế tỉnh
Quảng_Nam". The rules read syllables ("Bệnh viện" is an organisation's head word,
"tỉnh Quảng Nam" a place), so such text would yield almost nothing. An underscore
between letters of one token is that segmenter's mark and nothing else in news text;
tokens with digits, dots, slashes or @ (file names, URLs, addresses, identifiers) keep
theirs.
"""

from __future__ import annotations

import re

_JOINED = re.compile(r"(?<![^\s(\[\"'“‘])[^\W\d_]+(?:_[^\W\d_]+)+(?=$|[\s,.;:!?)\]\"'”’])")


def split_segmented_words(text: str) -> str:
    """ "điều_trị tại Bệnh_viện" -> "điều trị tại Bệnh viện"; "ho_so_2021.pdf" stays."""
    if "_" not in text:
        return text
    return _JOINED.sub(lambda m: m.group().replace("_", " "), text)
