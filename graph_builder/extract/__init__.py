"""Extract: mentions assembled into entities and relations, one `Extraction` per article.

Takes an `Article` and the nlp pipeline; gives frozen dataclasses (extract/model.py) that
mirror the gold schema, and their gold-json projection. Never imports rdf/, store/,
build/ or endpoint/: extraction knows nothing of IRIs or stores.
"""
