"""Engine: the killable query worker processes and the serialisers they run.

Takes a query job; gives serialised results within a time and memory limit. Never
imports Flask views (sparql/, bulk/, pages/), spaCy or the extractor.
"""
