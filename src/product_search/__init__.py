"""product-search: top-k product matching over uploaded catalogs with a sentence-embedding model."""

__version__ = "0.1.0"
