"""The domain service: catalogs, writes, derived-index lifecycle, search and ranking, ingest."""
