"""Storage: the only code that speaks SQL. No Qt here (a test checks)."""
