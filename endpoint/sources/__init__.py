"""Sources: read-only access to the live graph, embedded Oxigraph or a remote SPARQL server.

Takes the app's STORE_PATH; gives a store (or a remote reader) for the current generation.
Never imports engine/, sparql/, bulk/ or pages/, nor spaCy or the extractor.
"""
