"""Which files of a PyInstaller analysis ship in the bundle (build_installer.spec uses it).

Names are matched case-insensitively on the destination path with '/' separators, so one rule
covers a Linux build (libQt6Qml.so.6, plugins/platforms/libqvnc.so) and the Windows build
(Qt6Qml.dll, plugins\\platforms\\qdirect2d.dll).

Qt plugins that ship, and why:
  platforms/      qwindows (Windows), qxcb (Linux X11), qoffscreen (--self-test, the tests); no other
  styles/         qmodernwindowsstyle: the native Windows 10/11 look
  imageformats/   qico (the .ico icon); PNG is built into QtGui
  platforminputcontexts/  ibus and compose: Chinese input methods on Linux (Windows IME is in qwindows)
  xcbglintegrations/      small; qxcb looks for them on Linux
Everything else is left out: the product draws with QtWidgets in software, never networks,
prints through QPdfWriter (QtGui), and shows no SVG, QML, PDF or web content.
"""
from __future__ import annotations

import re

# Qt libraries the product never loads, either name style: (lib)Qt6Qml(.so.6|.dll) and kin
_UNUSED_QT_LIBRARY = re.compile(
    r"(^|/)(lib)?qt6(qml|quick|pdf|opengl|svg|network|wayland|wl|egl|virtualkeyboard|labs|shadertools"
    r"|designer|help|sql|test|uitools|concurrent|xml|charts|datavisualization|multimedia|positioning"
    r"|serialport|websockets|webengine|webchannel|3d|lottie|printsupport)[\w]*\.(so[.\d]*|dll)$")

# other binaries: Windows' software OpenGL (~20 MB) and shader compiler (Qt Quick only), the GTK
# theme's libraries, networking and Kerberos (only the network and SQL plugins need them)
_UNUSED_LIBRARY = re.compile(
    r"(^|/)(opengl32sw|d3dcompiler_\d+|libgtk|libgdk|libatk|libcairo|libpango|libharfbuzz|libthai|libdatrie"
    r"|libfribidi|libgraphite|libpixman|libkrb5|libgssapi|libk5crypto|libcom_err|libkeyutils|libssl)[\w.-]*$")

SHIPPED_PLUGINS = {
    "platforms": ("qwindows", "qxcb", "qoffscreen"),
    "styles": None,                   # every style: on Windows only qmodernwindowsstyle
    "imageformats": ("qico",),
    "platforminputcontexts": None,
    "xcbglintegrations": None,
}
KEEP_TRANSLATIONS = ("qtbase_zh_cn", "qt_zh_cn", "qtbase_en", "qt_en")


def _plugin_wanted(dest: str) -> bool:
    folder, _, name = dest.split("/plugins/", 1)[1].partition("/")
    if folder not in SHIPPED_PLUGINS:
        return False
    keep = SHIPPED_PLUGINS[folder]
    stem = re.sub(r"^lib|\.(so|dll)$", "", name)
    return keep is None or stem in keep


def wanted(dest: str) -> bool:
    """True if the file at bundle path ``dest`` ships."""
    dest = dest.replace("\\", "/").lower()
    if _UNUSED_QT_LIBRARY.search(dest) or _UNUSED_LIBRARY.search(dest):
        return False
    if dest.startswith("pyside6/") and "/plugins/" in dest:
        return _plugin_wanted(dest)
    if dest.startswith("pyside6/") and "/translations/" in dest:
        return any(dest.rsplit("/", 1)[1].startswith(k + ".") for k in KEEP_TRANSLATIONS)
    return True
