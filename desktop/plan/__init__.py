"""The district plan: its model, loading and validation."""
from .model import Plan  # noqa: F401
