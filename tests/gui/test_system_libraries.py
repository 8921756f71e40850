"""Before the X11 window starts: every missing system library is named at once, with the
apt-get line that installs it (Qt itself aborts naming only one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.gui.window import system_libraries
from annotator.gui.window.system_libraries import (
    XCB_LIBRARIES,
    install_line,
    uses_xcb,
    window_problem,
)

README = Path(__file__).resolve().parents[2] / "README.md"
X11 = {"DISPLAY": ":0"}


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        (X11, "linux", True),
        ({**X11, "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({**X11, "WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({**X11, "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        (X11, "darwin", False),
        ({}, "linux", False),
    ],
)
def test_only_an_x11_start_is_checked(environ: dict, platform: str, expected: bool) -> None:
    assert uses_xcb(environ, platform) is expected


def test_every_missing_library_is_named_with_its_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gone = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}

    def load(name: str, *_args, **_kwargs) -> None:  # the others are there
        if name in gone:
            raise OSError(f"{name}: cannot open shared object file")

    monkeypatch.setattr(system_libraries.ctypes, "CDLL", load)
    monkeypatch.setattr(system_libraries.sys, "platform", "linux")
    problem = window_problem({"DISPLAY": ":0"})
    assert problem is not None
    assert problem.endswith("sudo apt-get install libxcb-icccm4 libxcb-keysyms1")
    assert window_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}) is None


def test_the_readme_gives_the_same_install_line() -> None:
    assert install_line() in README.read_text(encoding="utf-8")
    assert len(set(XCB_LIBRARIES.values())) == len(XCB_LIBRARIES)
