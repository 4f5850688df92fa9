"""Ingest: source files and fetched pages -> `Article` (NFC text, title, date, url, sha256).

Takes bytes on disk (plain text or HTML); gives an `Article` or an `IngestError` naming
the file and the reason. Page chrome (menus, share links, related news) is removed here.
Never imports nlp/, extract/, rdf/, store/, build/ or endpoint/.
"""
