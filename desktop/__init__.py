"""Street Ledger (街道民生台账): the application core. No Qt here (a test checks)."""

__version__ = "0.1.0"
APP_ID = "StreetLedger"
