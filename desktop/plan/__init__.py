"""The district plan: its model, loading and validation, its canonical form and workbook; the
report periods and 序时进度 (``periods``), progress maths (``progress``), the progress and
milestone status registry (``statuses``) and numbers as a district
office writes them (``formatting``)."""
from .model import Plan  # noqa: F401
