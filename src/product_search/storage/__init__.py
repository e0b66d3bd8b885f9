"""The source of truth (the catalog store) and the derived index files built from it."""
