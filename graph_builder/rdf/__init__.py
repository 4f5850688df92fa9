"""RDF: IRIs, quads, provenance and Web Annotation mentions, all pure functions.

Takes an `Extraction` and its `Article`; gives quads in the article's named graph and
the meta graph. No file or network I/O here; never imports store/, build/ or endpoint/.
"""
