"""The Qt face of Street Ledger. Calls desktop/, never writes SQL."""
