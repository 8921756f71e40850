"""Python's cycle collector, run on the GUI thread only.

Background work (suggestions, project search) runs Python on other threads, and Python
collects reference cycles in whichever thread happens to allocate when a threshold is
crossed. A cycle holding a Qt wrapper (a panel and a closure over it, say) then has its C++
object destroyed off the GUI thread, which crashes Qt. So automatic collection is turned
off and the same thresholds are checked from a GUI-thread timer (the pattern pyqtgraph
uses); plain reference counting still frees everything else at once, on any thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 250


class GuiThreadCollector(QObject):
    """Collects garbage by generation, as Python would, but from the GUI thread's loop."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("gui-thread-collector")
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        first, second, third = gc.get_count()
        if first > self.threshold[0]:
            gc.collect(0)
            if second > self.threshold[1]:
                gc.collect(1)
                if third > self.threshold[2]:
                    gc.collect(2)


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Install the collector once per application (tests configure the app many times)."""
    found = app.findChild(GuiThreadCollector, "gui-thread-collector")
    if isinstance(found, GuiThreadCollector):
        gc.disable()  # something may have turned it back on
        return found
    return GuiThreadCollector(app)
