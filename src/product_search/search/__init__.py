"""Writes and searches: uploads and edits under the write lock, the search path and its ranking, ingest, telemetry."""
