"""``python -m product_search.cli``."""

from . import main

main()
