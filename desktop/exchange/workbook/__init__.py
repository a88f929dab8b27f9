"""The signed workbook (报送表): write, read back, canonicalise, sign and verify.

Generic over sheets of typed columns; what goes into an office's or the district's workbook is
decided by the export and report modules, not here."""
