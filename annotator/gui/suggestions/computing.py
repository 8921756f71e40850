"""Suggestions computed off the GUI thread: the window reads what the project knows on its
own thread (SQLite connections stay there), a worker thread scans the text (pure Python,
`suggestions.engine.compute`), and the result comes back through a queued signal.

A newer request makes older results stale (a generation number), so switching documents
quickly never shows another document's suggestions.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from annotator.suggestions.engine import Cancelled, Existing, Found, Key, compute
from annotator.suggestions.lexicon import Lexicon
from annotator.suggestions.project_match import MarkedTexts


class Computing(QObject):
    done = Signal(int, int, object)  # generation, document id, Found
    fitted = Signal(int, int, object)  # fit generation, document id, list[Group]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self.fit_generation = 0
        self._threads: list[threading.Thread] = []

    def fit(
        self, document_id: int, found: Found, existing: list[Existing], rejected: set[Key]
    ) -> int:
        """Fit `found` to the annotations on the worker; `fitted` comes back on the GUI
        thread (a newer fit or a fit done at once makes it stale)."""
        self.fit_generation += 1
        generation = self.fit_generation

        def work() -> None:
            groups = found.groups(existing, rejected)
            self.fitted.emit(generation, document_id, groups)

        self._run(work)
        return generation

    def cancel_fit(self) -> None:
        self.fit_generation += 1

    def _run(self, work: Callable[[], None]) -> None:
        thread = threading.Thread(target=work, name="suggestions", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()]
        self._threads.append(thread)
        thread.start()

    def start(self, document_id: int, text: str, lexicon: Lexicon, marked: MarkedTexts) -> int:
        """Compute in the background; `done` is emitted on the GUI thread."""
        self.generation += 1
        generation = self.generation

        def work() -> None:
            try:
                found = compute(text, lexicon, marked, lambda: generation != self.generation)
            except Cancelled:
                return
            self.done.emit(generation, document_id, found)

        self._run(work)
        return generation

    def cancel(self) -> None:
        """Forget any computation under way (its result will be ignored)."""
        self.generation += 1

    def wait(self, timeout: float = 10.0) -> None:
        """Wait for running computations (tests, closing the window)."""
        for thread in self._threads:
            thread.join(timeout)

    @staticmethod
    def now(text: str, lexicon: Lexicon, marked: MarkedTexts) -> Found:
        return compute(text, lexicon, marked)
