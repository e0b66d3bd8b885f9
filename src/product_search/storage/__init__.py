"""The source of truth: the catalog store (SQLite or PostgreSQL), its generations, jobs and change log."""
