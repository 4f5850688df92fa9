"""NLP: the spaCy "vi" pipeline, the lexicon (gazetteers, word lists) and the rules.

Takes article text; gives a spaCy `Doc` and rule mentions with character offsets into
the NFC text. General knowledge lives in ontology/vocab/ and data/lexicon/, not here.
Never imports rdf/, store/, build/ or endpoint/ (nor extract/: it sits below it).
"""
