"""SPARQL: the read-only SPARQL 1.1 Protocol endpoint at /sparql.

Takes HTTP requests; checks them (protocol, refusals, limits), runs them on the engine,
and answers in the negotiated format. Never imports pages/, spaCy or the extractor.
"""
