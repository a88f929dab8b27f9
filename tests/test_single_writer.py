"""One writer per database, and nothing loses a committed write (issue 12 §2).

A real window process (tests/window_process.py) holds the database after each of the program's
file dialogs has listed the folder that holds it; command-line calls run in other processes."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from db.connection import connect, quick_check
from db.schema import open_database
from desktop.system.instance_lock import DatabaseInUse, acquire, holder
from desktop.main import main

ROOT = Path(__file__).resolve().parents[1]


def side_files(path: Path) -> dict[str, bool]:
    return {s: Path(str(path) + s).exists() for s in ("-wal", "-shm")}


def cli(path: Path, *args: str, password: str = "abc12345") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STREET_LEDGER_USER": "张三",
           "STREET_LEDGER_PASSWORD": password}
    return subprocess.run([sys.executable, "-m", "desktop", "--db", str(path), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


class Window:
    def __init__(self, path: Path):
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen([sys.executable, str(ROOT / "tests" / "window_process.py"), str(path),
                                      "张三", "abc12345"], cwd=ROOT, env=env, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, encoding="utf-8")
        ready = self.proc.stdout.readline().split()
        assert ready and ready[0] == "READY", ready
        self.pid = int(ready[1])

    def set(self, indicator: str, period: str, value: str) -> str:
        self.proc.stdin.write(f"set {indicator} {period} {value}\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def close(self) -> int:
        if self.proc.poll() is None:
            self.proc.stdin.write("quit\n")
            self.proc.stdin.flush()
        return self.proc.wait(timeout=60)


@pytest.fixture
def window(office_db_path):
    w = Window(office_db_path)
    yield w
    w.close()


def month_value(path: Path, indicator: str, period: str) -> str | None:
    result = cli(path, "entry", "show", "--period", period, "--json")
    assert result.returncode == 0, result.stderr
    row = next(r for r in json.loads(result.stdout)["indicators"] if r["indicator"] == indicator)
    return row["value"]


def test_window_with_dialogs_used_keeps_its_wal_and_every_write(window, office_db_path):
    path = office_db_path
    assert window.set("new_jobs", "2023-03", "120") == "OK"
    assert side_files(path) == {"-wal": True, "-shm": True}

    # Any connection of another process that closes now must see the window's locks: had a dialog
    # opened and closed the database or its -shm in the window's process, this close would think
    # it is the last one, checkpoint and delete the window's -wal and -shm.
    other = connect(path)
    assert quick_check(other) == []
    other.close()
    assert side_files(path) == {"-wal": True, "-shm": True}

    # A writing command is refused, naming the open window; nothing is written.
    refused = cli(path, "entry", "set", "--period", "2023-03", "--indicator", "jobs_driven", "--value", "9")
    assert refused.returncode == 1
    assert "已在窗口中打开" in refused.stderr and f"进程号 {window.pid}" in refused.stderr
    assert "用户 张三" in refused.stderr and "关闭该窗口" in refused.stderr
    assert "内部错误" not in refused.stderr and "Traceback" not in refused.stderr
    # a backup writes its personal-data line into the audit log: a writer too
    assert "已在窗口中打开" in cli(path, "backup").stderr

    # Read-only commands run beside the window and leave its -wal and -shm in place.
    for args in (["check"], ["entry", "show", "--period", "2023-03"], ["user", "list"], ["key", "show"]):
        result = cli(path, *args)
        assert result.returncode == 0, (args, result.stderr)
        assert side_files(path) == {"-wal": True, "-shm": True}, args
    assert month_value(path, "new_jobs", "2023-03") == "120"

    # The window's later writes survive, and the file is sound once it has closed.
    assert window.set("new_jobs", "2023-04", "35") == "OK"
    assert window.set("jobs_driven", "2023-03", "7") == "OK"
    assert window.close() == 0
    assert holder(path) is None
    assert cli(path, "check").returncode == 0
    assert month_value(path, "new_jobs", "2023-03") == "120"
    assert month_value(path, "new_jobs", "2023-04") == "35"
    assert month_value(path, "jobs_driven", "2023-03") == "7"
    # and once the window is gone, the same command may write
    assert cli(path, "entry", "set", "--period", "2023-03", "--indicator", "jobs_driven",
               "--value", "9").returncode == 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks belong to the process only on POSIX")
def test_a_read_only_command_never_deletes_the_wal_of_a_process_that_lost_its_locks(office_db_path):
    """The second side: even if some code in the window's process dropped SQLite's locks (here
    this process does it on purpose, the way a file dialog sniffing the -shm did), a read-only
    command opens the file read-only and so can never checkpoint and delete the -wal on close."""
    path = office_db_path
    db = open_database(path)
    db.execute("PRAGMA wal_autocheckpoint = 0")     # the new rows stay in the -wal only
    from desktop.security.auth import login
    from desktop.entry.service import EntryService
    from desktop.plan.store import active_plan
    from desktop.unit import unit_of

    service = EntryService(db, active_plan(db), unit_of(db), login(db, "张三", "abc12345"))
    service.set_text("new_jobs", "2023-03", "120")
    for suffix in ("", "-shm"):
        with open(str(path) + suffix, "rb"):        # one open() and close(): this process's locks go
            pass
    result = cli(path, "check")
    assert result.returncode == 0, result.stderr
    assert side_files(path) == {"-wal": True, "-shm": True}
    assert service.row("new_jobs", "2023-03").month.value is not None
    db.close()
    assert month_value(path, "new_jobs", "2023-03") == "120"


def test_restore_and_every_write_are_refused_while_the_database_is_open(office_db_path, tmp_path, capsys,
                                                                        monkeypatch):
    path = office_db_path
    monkeypatch.setenv("STREET_LEDGER_USER", "张三")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    assert main(["--db", str(path), "backup", "--to", str(tmp_path / "备份")]) == 0
    backup = next((tmp_path / "备份").glob("*.sqlite"))
    capsys.readouterr()
    before = path.read_bytes()

    lock = acquire(path, kind="window", user="李四")       # what the window holds while open
    try:
        assert main(["--db", str(path), "restore", str(backup)]) == 1
        err = capsys.readouterr().err
        assert "已在窗口中打开" in err and "用户 李四" in err and f"进程号 {os.getpid()}" in err
        assert path.read_bytes() == before
        assert not list(path.parent.glob("*.restoring"))
        for args in (["entry", "set", "--period", "2023-03", "--indicator", "new_jobs", "--value", "5"],
                     ["user", "add", "王五", "--role", "clerk"], ["key", "rotate"]):
            assert main(["--db", str(path), *args]) == 1, args
            assert "已在窗口中打开" in capsys.readouterr().err, args
        assert main(["--db", str(path), "check"]) == 0          # reading is still allowed
        with pytest.raises(DatabaseInUse, match="请切换到那个窗口"):
            acquire(path, kind="window")                       # a second window is refused too
    finally:
        lock.release()
    capsys.readouterr()
    assert main(["--db", str(path), "restore", str(backup)]) == 0
    assert "已用" in capsys.readouterr().out


def test_a_writing_command_holds_the_lock_for_its_whole_run(office_db_path, monkeypatch):
    """Two writers from the command line exclude each other as the window and a command do."""
    from desktop.cli import entry_cmds

    seen = []
    original = entry_cmds.EntryService.set_text

    def spy(self, *a, **k):
        seen.append(holder(office_db_path))
        return original(self, *a, **k)

    monkeypatch.setattr(entry_cmds.EntryService, "set_text", spy)
    monkeypatch.setenv("STREET_LEDGER_USER", "张三")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    assert main(["--db", str(office_db_path), "entry", "set", "--period", "2023-03", "--indicator", "new_jobs",
                 "--value", "5"]) == 0
    assert seen and seen[0].kind == "command" and seen[0].command == "entry set" and seen[0].pid == os.getpid()
    assert holder(office_db_path) is None


def test_every_file_dialog_of_the_window_goes_through_the_one_safe_helper():
    """A QFileDialog built anywhere else could sniff the database's files again."""
    offenders = []
    for source in (ROOT / "ui").rglob("*.py"):
        if source.name == "file_dialogs.py":
            continue
        if re.search(r"\bQFileDialog\b", source.read_text(encoding="utf-8")):
            offenders.append(str(source.relative_to(ROOT)))
    assert offenders == []


def test_the_dialog_names_types_from_names_and_hides_sqlite_side_files(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QFileInfo
    from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QMessageBox

    from ui import file_dialogs

    monkeypatch.setattr(file_dialogs, "_protected", set())

    for name in ("台账.sqlite", "台账.sqlite-wal", "台账.sqlite-shm", "台账.sqlite.lock", "报送表.xlsx"):
        (tmp_path / name).write_bytes(b"SQLite format 3\x00")
    dialog = file_dialogs.make_dialog(None, "x", str(tmp_path), mode=QFileDialog.FileMode.ExistingFile)
    qtbot.addWidget(dialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    icons = dialog.iconProvider()
    assert isinstance(icons, file_dialogs.NameOnlyIcons)
    assert icons.type(QFileInfo(str(tmp_path / "台账.sqlite-shm"))) == "SQLITE-SHM 文件"
    assert icons.type(QFileInfo(str(tmp_path))) == "文件夹"
    model = dialog.findChild(QFileSystemModel)
    with qtbot.waitSignal(model.directoryLoaded, timeout=10000):
        dialog.show()
    proxy = dialog.proxyModel()
    root = proxy.mapFromSource(model.index(str(tmp_path)))
    listed = sorted(proxy.index(r, 0, root).data() for r in range(proxy.rowCount(root)))
    assert listed == ["台账.sqlite", "报送表.xlsx"]

    # The window's own database is neither listed nor accepted when its name is typed.
    file_dialogs.protect(tmp_path / "台账.sqlite")
    proxy.invalidate()
    root = proxy.mapFromSource(model.index(str(tmp_path)))
    assert [proxy.index(r, 0, root).data() for r in range(proxy.rowCount(root))] == ["报送表.xlsx"]
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    for typed, expected in (("台账.sqlite", ""), ("报送表.xlsx", str(tmp_path / "报送表.xlsx"))):
        def accept(self, typed=typed):
            self.selectFile(str(tmp_path / typed))
            return QFileDialog.DialogCode.Accepted
        monkeypatch.setattr(QFileDialog, "exec", accept)
        assert file_dialogs.open_file(None, "x", str(tmp_path)) == expected
    assert len(warned) == 1 and "正在使用的数据库文件" in warned[0]


def test_a_wrong_password_in_a_read_only_command_is_still_counted(office_db_path, capsys, monkeypatch):
    """Read-only commands open the file read-only; a failed login is recorded through a writer
    connection when the database is free, and refused plainly while the window holds it."""
    monkeypatch.setenv("STREET_LEDGER_USER", "张三")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "wrong-password-1")
    assert main(["--db", str(office_db_path), "entry", "show", "--period", "2023-03"]) == 1
    assert "再错 4 次" in capsys.readouterr().err
    lock = acquire(office_db_path, kind="window", user="张三")
    try:
        assert main(["--db", str(office_db_path), "entry", "show", "--period", "2023-03"]) == 1
        err = capsys.readouterr().err
        assert "登录未完成" in err and "已在窗口中打开" in err and "内部错误" not in err
    finally:
        lock.release()
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    assert main(["--db", str(office_db_path), "entry", "show", "--period", "2023-03"]) == 0
    db = open_database(office_db_path)
    try:
        failures = db.execute("SELECT failed_attempts FROM users WHERE name = '张三'").fetchone()[0]
    finally:
        db.close()
    assert failures == 0       # the right password, with the database free, reset the count


def test_a_read_only_command_holds_the_free_lock_so_nothing_restores_under_it(office_db_path, monkeypatch):
    from desktop.cli import maintenance_cmds

    seen = []
    original = maintenance_cmds.audit_anchor.check

    def spy(db, *args, **kwargs):
        seen.append(holder(office_db_path))
        with pytest.raises(DatabaseInUse, match="正由命令 check 使用"):
            acquire(office_db_path, kind="command", command="restore")
        return original(db, *args, **kwargs)

    monkeypatch.setattr(maintenance_cmds.audit_anchor, "check", spy)
    assert main(["--db", str(office_db_path), "check"]) == 0
    assert seen and seen[0].command == "check"
    assert holder(office_db_path) is None
