"""Validate: SHACL shapes (ontology/shapes.ttl) checked on each article graph before it is stored.

Takes quads; gives conformance and readable violations. Never imports store/, build/
or endpoint/.
"""
