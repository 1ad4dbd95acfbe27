"""One module per output format. Each takes a ``Draft`` and returns bytes."""
