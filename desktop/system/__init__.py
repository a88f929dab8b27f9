"""The program on its machine: where files live, the log, backups, setting up a new database, the
one-writer lock, the installer's mutex, the user guide's place, console output that survives
cp936, and the options that open the window."""
