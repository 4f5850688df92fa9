"""Bulk: whole-graph work for machines (dumps, VoID, the service description, counts).

Takes the live generation; gives files and descriptions made once per generation in a
process of their own. Never imports sparql/ views, pages/, spaCy or the extractor.
"""
