"""Before Qt starts its X11 window: are the system libraries its xcb plugin links to there?

On a bare Debian or Ubuntu machine several are missing, and Qt then aborts the process with
a message that names only one of them (libxcb-cursor0). Loading each by its soname, as the
dynamic loader would for Qt, finds them all at once, so the one sentence the user reads
lists the packages to install. The list is every library outside Qt that the xcb plugin
and the Qt libraries it loads link to (readelf -d, mapped to Debian 12 packages with
dpkg -S); README.md gives the same apt-get line.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping

# soname -> the Debian/Ubuntu package that holds it
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def install_line() -> str:
    """The one apt-get command that installs every library the X11 window needs."""
    return "sudo apt-get install " + " ".join(XCB_LIBRARIES.values())


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Will Qt start its window through xcb (X11)? Not off Linux, not offscreen, and not
    in a Wayland session unless xcb is asked for."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def missing_libraries() -> list[str]:
    """The packages whose library the dynamic loader cannot find, in install-line order."""
    missing = []
    for soname, package in XCB_LIBRARIES.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing


def window_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """One sentence saying why the X11 window cannot start and what to install, or None."""
    if not uses_xcb(os.environ if environ is None else environ):
        return None
    missing = missing_libraries()
    if not missing:
        return None
    return (
        f"the window cannot start: the system libraries of {' '.join(missing)} are missing;"
        f" on Debian or Ubuntu: sudo apt-get install {' '.join(missing)}"
    )
