"""Register pages: the table, the record form generated from the plan, the Excel import."""
