"""The derived indexes of each catalog (vector and lexical, with their facts and query reading): their files,
their life in memory, and how each is built, brought forward after a write or followed from the change log."""
