"""Pages: HTML for people (home, entity pages, search, browse, graph, timeline, ontology, editor).

Takes the live source; gives pages and their small JSON APIs. Never imports sparql/
views, spaCy or the extractor.
"""
