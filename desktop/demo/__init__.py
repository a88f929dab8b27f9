"""Sample data for newcomers: a ready street office (宁海路街道) or a district with six offices, a year
of figures, months changed after export, and feedback."""
