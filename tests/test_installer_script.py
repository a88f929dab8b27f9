"""installer/street_ledger.iss, read as Inno Setup reads it (ISCC cannot run here): Windows 10 1809+
x64 only, a clean upgrade, the running program detected, the version taken from the built exe,
the Chinese messages file found, and the data kept on uninstall said so."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from desktop.system import running

ROOT = Path(__file__).resolve().parents[1]
RAW = (ROOT / "installer" / "street_ledger.iss").read_bytes()


def sections() -> tuple[list[str], dict[str, list[str]]]:
    """(preprocessor lines, {section: its lines}) without comments and blank lines."""
    text = RAW.decode("utf-8-sig")
    directives, found, current = [], {}, None
    for line in (raw.strip() for raw in text.splitlines()):
        if not line or line.startswith(";"):
            continue
        if line.startswith("#"):
            directives.append(line)
        elif re.fullmatch(r"\[\w+\]", line):
            current = found.setdefault(line[1:-1], [])
        else:
            current.append(line)
    return directives, found


def setup_values() -> dict[str, str]:
    return dict(line.split("=", 1) for line in sections()[1]["Setup"])


def test_saved_as_utf8_with_bom_so_iscc_reads_the_chinese_on_any_code_page():
    assert RAW.startswith(b"\xef\xbb\xbf")


def test_windows_10_1809_and_x64_only():
    setup = setup_values()
    assert setup["MinVersion"] == "10.0.17763"
    assert setup["ArchitecturesAllowed"] == "x64os" and setup["ArchitecturesInstallIn64BitMode"] == "x64os"


def test_version_is_read_from_the_built_program_not_typed():
    directives, _ = sections()
    setup = setup_values()
    assert setup["AppVersion"] == "{#AppVersion}" and setup["VersionInfoVersion"] == "{#AppVersion}"
    assert '#define AppVersion GetVersionNumbersString(AppExe)' in directives
    exe = next(d for d in directives if d.startswith("#define AppExe"))
    assert exe.endswith(r'"..\dist\StreetLedger\StreetLedger.exe"')
    assert not any(re.search(r'AppVersion\s+"?\d', d) for d in directives)


def test_upgrade_removes_the_old_program_files_first():
    deletes = sections()[1]["InstallDelete"]
    assert 'Type: filesandordirs; Name: "{app}\\_internal"' in deletes
    assert all("{app}" in line for line in deletes)          # never anything outside the program folder


def test_running_program_is_detected_by_the_mutex_the_program_holds():
    assert setup_values()["AppMutex"] == running.MUTEX_NAME


def test_program_creates_that_mutex_on_windows(monkeypatch):
    created = []

    class Kernel32:
        def CreateMutexW(self, attributes, owned, name):
            created.append((attributes, owned, name))
            return 1234

    monkeypatch.setattr(running, "_held", None)
    monkeypatch.setattr(sys, "platform", "win32")
    assert running.hold_running_mutex(Kernel32()) == 1234
    assert running.hold_running_mutex(Kernel32()) == 1234            # once per process
    assert created == [(None, False, running.MUTEX_NAME)]


def test_no_mutex_where_there_is_no_windows(monkeypatch):
    monkeypatch.setattr(running, "_held", None)
    monkeypatch.setattr(sys, "platform", "linux")
    assert running.hold_running_mutex(object()) is None


def test_chinese_messages_file_is_looked_for_with_a_fallback_and_used():
    directives, found = sections()
    candidates = [d for d in directives if d.startswith(("#if FileExists", "#elif FileExists"))]
    assert len(candidates) == 3 and "Unofficial" in candidates[2] and "SourcePath" in candidates[0]
    assert any(d.startswith("#error ChineseSimplified.isl") for d in directives)
    assert found["Languages"][0] == 'Name: "chinesesimplified"; MessagesFile: "{#ChineseMessages}"'


@pytest.mark.parametrize("language", ["chinesesimplified", "english"])
def test_uninstall_message_says_the_data_stays(language):
    messages = dict(line.split("=", 1) for line in sections()[1]["Messages"])
    for key in ("ConfirmUninstall", "UninstalledAll"):
        assert r"AppData\Local\StreetLedger" in messages[f"{language}.{key}"]
    assert ("不会删除" if language == "chinesesimplified" else "stays") in messages[f"{language}.ConfirmUninstall"]


def test_shortcuts_and_files_name_the_programs_the_spec_builds():
    spec = (ROOT / "build_installer.spec").read_text(encoding="utf-8")
    built = set(re.findall(r'program\("([^"]+)", console=', spec))
    assert built == {"StreetLedger", "street-ledger"}
    _, found = sections()
    named = set(re.findall(r"\{app\}\\([\w-]+)\.exe", "\n".join(found["Icons"] + found["Run"] + found["Setup"])))
    assert named <= built and "StreetLedger" in named
    assert found["Files"] == ['Source: "..\\dist\\StreetLedger\\*"; DestDir: "{app}"; '
                              'Flags: recursesubdirs createallsubdirs ignoreversion']
