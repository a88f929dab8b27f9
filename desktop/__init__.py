"""Street Ledger (街道民生台账): the application core. No Qt here (a test checks).

Packages by domain: entry, plan, registers, exchange (workbooks that travel: export, verify,
merge, the guard), district, feedback, security, system, demo, cli. At the root only what every
package uses: main, session, errors, messages, clock, unit. README '代码结构' is the folder map."""

__version__ = "0.1.0"
APP_ID = "StreetLedger"
