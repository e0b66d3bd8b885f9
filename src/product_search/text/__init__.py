"""What product text says: words and stems, identifiers (part numbers, barcodes, sizes, standards), product types."""
