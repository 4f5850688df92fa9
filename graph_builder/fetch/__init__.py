"""Downloading news pages to data/raw: the stage before ingest.

Takes URLs (given one by one, listed in a file, or found in RSS/Atom feeds and sitemaps);
gives, per page, the HTML as received (`<key>.html`) and a JSON sidecar (`<key>.json`:
where it came from, when, status, content type, title, date, author, site), which ingest
reads like any other page. It is polite on purpose: robots.txt per host, a delay between
requests to one host, a User-Agent naming the project, bounded retries, sizes and times.

Never imports nlp, extraction, rdf, store or endpoint code: fetching must work (and be
tested) without a spaCy pipeline or a store, and a build never touches the network.
"""
