"""Workbooks that leave one database for another: the layout of the signed monthly submission
(报送表), its export, the office's own verify, the district's verify and merge (one opening,
``file_status``; one registry of the statuses a file ends in, ``statuses``), the guard that
judges untrusted files before any reader touches them, and the low-level workbook reading and
writing they share."""
