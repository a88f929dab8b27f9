"""Item models over the core's data (rows built on demand; no item widgets)."""
