"""Rule-based extraction over the NFC article text, one module per kind of fact.

Takes text and the lexicon; gives mentions (spans with offsets). Pure functions: never
imports anything outside nlp/.
"""
