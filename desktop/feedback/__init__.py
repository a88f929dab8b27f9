"""Feedback to offices (退回意见): the district comments on an office's month, the office answers
in its next revision. Layout in ``layout``, the district's side in ``write`` and ``status``, the
office's in ``inbox`` and ``answers``; a comment's verdict and where a feedback stands are codes
of the registry in ``statuses``."""
