"""What an export can be asked for: its formats and which annotations it takes.

Apart from `exporting` so that the command line can offer them without importing the
exporters (`annotator --help` stays quick); `exporting` re-exports them.
"""

from typing import Literal

Reviewed = Literal["all", "accepted"]
FORMATS = ("csv", "claims-csv", "documents-csv", "jsonl")
REVIEWED: tuple[Reviewed, ...] = ("all", "accepted")
