"""Storage errors carry a plain Chinese message; the CLI and the window show it as is."""


class StorageError(Exception):
    """A database problem the user must act on (corrupt file, wrong folder, ...)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class DatabaseCorrupt(StorageError):
    pass
