"""Store: immutable generations of an embedded Oxigraph store, or a remote SPARQL server.

Takes quads to write and queries to run; gives published generations, exports, loads
and read-side operations. Never imports nlp/, extract/, build/ or endpoint/.
"""
