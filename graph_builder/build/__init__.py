"""Build: articles on disk -> validated named graphs in a new store generation.

Drives ingest, extract, rdf, validate and store: incrementally (by content hash), in
batches, one article's failure at a time, on a Dask cluster when asked. Never imports
endpoint/.
"""
