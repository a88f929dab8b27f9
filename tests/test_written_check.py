"""The read-back check after writing streams the rows and judges a file as the reader does."""
from __future__ import annotations

import pytest
from hypothesis import given

from desktop.security import keys
from desktop.errors import UserError
from desktop.exchange.workbook.reader import read_signed
from desktop.exchange.workbook.written_check import problem_in_written
from desktop.exchange.workbook.writer import write_signed
from test_workbook_signature import PAIR, PASS, SETTINGS, edit, export, office_data, sheets_for

OTHER = keys.generate(PASS)


@SETTINGS
@given(rows=office_data)
def test_agrees_with_the_reader_on_intact_and_changed_files(tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("w")
    path = export(folder / "a.xlsx", rows).path
    assert problem_in_written(path, PAIR.fingerprint) is None and read_signed(path).status == "intact"
    changed = edit(path, folder / "b.xlsx", lambda wb: wb["失业人员实名登记"].cell(2, 1, "改过的名字"))
    assert problem_in_written(changed, PAIR.fingerprint) is not None
    assert read_signed(changed).status == "tampered"
    extra = edit(path, folder / "c.xlsx", lambda wb: wb["失业人员实名登记"].append(["多出的一行"]))
    assert problem_in_written(extra, PAIR.fingerprint) is not None and read_signed(extra).status == "tampered"
    assert problem_in_written(path, OTHER.fingerprint) == "签名密钥不符"


def test_a_file_that_does_not_verify_is_not_kept(tmp_path):
    """Signed with one key but naming another: the read-back refuses it and leaves no file."""
    target = tmp_path / "报送表.xlsx"
    with pytest.raises(UserError, match="回读校验失败"):
        write_signed(target, {"unit_code": "NHL", "period": "2023-03"}, sheets_for([]),
                     sign=lambda m: keys.sign(OTHER.private_pem, PASS, m),
                     public_raw=PAIR.public_raw, fingerprint=PAIR.fingerprint)
    assert list(tmp_path.iterdir()) == []
