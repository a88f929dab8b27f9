"""Named migrations, each in its own transaction, recorded in the file by sqlite-utils.

A new migration is a new function in a new module, appended to ``MIGRATIONS`` below: names are
never reused and applied migrations never change.
"""
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("street_ledger")

# Import order is apply order.
from . import m001_core  # noqa: E402,F401
from . import m002_entries  # noqa: E402,F401
from . import m003_registers  # noqa: E402,F401
from . import m005_submissions  # noqa: E402,F401
from . import m006_district  # noqa: E402,F401
from . import m007_stale_months  # noqa: E402,F401
from . import m008_feedback  # noqa: E402,F401
from . import m009_audit_anchor  # noqa: E402,F401
from . import m010_status_codes  # noqa: E402,F401
from . import m011_feedback_codes  # noqa: E402,F401
