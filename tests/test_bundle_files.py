"""The bundle's size filter (tools/bundle_files.py, used by build_installer.spec) decides alike on
Linux names (libQt6Qml.so.6) and Windows names (Qt6Qml.dll), with either separator."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools.bundle_files import wanted  # noqa: E402

LEFT_OUT = [
    # Windows (PySide6 wheel layout), as PyInstaller names them on a Windows build
    "PySide6\\Qt6Qml.dll", "PySide6\\Qt6QmlModels.dll", "PySide6\\Qt6Quick.dll", "PySide6\\Qt6QuickWidgets.dll",
    "PySide6\\Qt6Pdf.dll", "PySide6\\Qt6OpenGL.dll", "PySide6\\Qt6Svg.dll", "PySide6\\Qt6Network.dll",
    "PySide6\\Qt6VirtualKeyboard.dll", "PySide6\\Qt6Lottie.dll", "PySide6\\opengl32sw.dll", "PySide6\\d3dcompiler_47.dll",
    "PySide6\\plugins\\platforms\\qdirect2d.dll", "PySide6\\plugins\\platforms\\qminimal.dll",
    "PySide6\\plugins\\imageformats\\qpdf.dll", "PySide6\\plugins\\imageformats\\qsvg.dll",
    "PySide6\\plugins\\iconengines\\qsvgicon.dll", "PySide6\\plugins\\tls\\qschannelbackend.dll",
    "PySide6\\plugins\\networkinformation\\qnetworklistmanager.dll", "PySide6\\plugins\\generic\\qtuiotouchplugin.dll",
    "PySide6\\plugins\\sqldrivers\\qsqlite.dll", "PySide6\\translations\\qtbase_de.qm", "PySide6\\translations\\qt_zh_TW.qm",
    # Linux
    "PySide6/Qt/lib/libQt6Qml.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6Network.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so", "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/translations/qtbase_ja.qm", "libgtk-3.so.0", "libcairo.so.2", "libkrb5.so.3",
]
SHIPPED = [
    "PySide6\\Qt6Core.dll", "PySide6\\Qt6Gui.dll", "PySide6\\Qt6Widgets.dll", "PySide6\\QtWidgets.pyd",
    "PySide6\\pyside6.abi3.dll", "PySide6\\msvcp140.dll", "shiboken6\\shiboken6.abi3.dll",
    "PySide6\\plugins\\platforms\\qwindows.dll", "PySide6\\plugins\\platforms\\qoffscreen.dll",
    "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", "PySide6\\plugins\\imageformats\\qico.dll",
    "PySide6\\translations\\qtbase_zh_CN.qm", "PySide6\\translations\\qt_zh_CN.qm", "PySide6\\translations\\qtbase_en.qm",
    "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libQt6XcbQpa.so.6", "PySide6/Qt/lib/libQt6DBus.so.6",
    "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", "PySide6/Qt/translations/qtbase_zh_CN.qm",
    "libpython3.11.so.1.0", "python311.dll", "cryptography\\hazmat\\bindings\\_rust.pyd",
    "python_calamine\\_python_calamine.cp311-win_amd64.pyd", "resources\\plan\\default_plan.toml",
    "libsqlite3.so.0", "sqlite3.dll",
]


@pytest.mark.parametrize("dest", LEFT_OUT)
def test_left_out(dest):
    assert not wanted(dest)


@pytest.mark.parametrize("dest", SHIPPED)
def test_shipped(dest):
    assert wanted(dest)
