"""Shipped data: the default plan, translations, icons. A package so it installs with the wheel."""
