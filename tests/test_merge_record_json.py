"""The merged snapshot stores each register row as json.dumps(row, ensure_ascii=False) gave it:
the encoder built once writes the same text, byte for byte."""
from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from desktop.exchange.submission_read import _json


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(), max_size=30))
def test_record_json_is_what_dumps_writes(row):
    assert _json(row) == json.dumps(row, ensure_ascii=False)


def test_record_json_keeps_chinese_and_escapes_quotes():
    assert _json(["王伟", 'a"b', "\n"]) == '["王伟", "a\\"b", "\\n"]'
