"""Analytics: network measures (networkx) of the entity graph, one file per generation.

Takes a store generation; gives degree, centrality and communities for /graph. Never
imports nlp/, extract/ or endpoint/.
"""
