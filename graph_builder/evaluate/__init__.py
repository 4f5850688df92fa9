"""Evaluate: gold-json predictions scored against gold, as the reference scorer does.

Takes two folders of gold-schema JSON; gives per-type precision, recall, F1 and macro F1.
Imports nothing else of the builder.
"""
