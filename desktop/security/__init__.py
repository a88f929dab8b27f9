"""Who may do what and who said it: log-in and lockout, roles, users and passwords, this unit's
signing key and its passphrase, the district's trust store, and the audit log with its outside
anchors."""
