"""Cycles are collected on the GUI thread, never on a background thread: a cycle that holds
a Qt wrapper must not have its C++ object destroyed off the GUI thread."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication

from annotator.gui import collector


def test_automatic_collection_is_off_and_the_gui_thread_collects(family, qtbot) -> None:
    assert not gc.isenabled()
    installed = collector.install(QApplication.instance())  # the one the app configured
    assert installed.timer.isActive()
    gc.collect()  # start from clean generations: only this test's cycles are young
    collected_in: list[str] = []

    class Cyclic:
        def __init__(self) -> None:
            self.me = self  # a cycle only the collector frees

        def __del__(self) -> None:
            collected_in.append(threading.current_thread().name)

    def make_garbage() -> None:
        for _ in range(3000):  # well past the first generation's threshold
            Cyclic()

    worker = threading.Thread(target=make_garbage, name="worker")
    worker.start()
    worker.join()
    assert "worker" not in collected_in
    qtbot.waitUntil(lambda: len(collected_in) >= 3000, timeout=5000)
    assert set(collected_in) == {threading.main_thread().name}
