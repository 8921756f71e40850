"""annotator: annotate claims and speakers in Arabic text, offline."""

__version__ = "0.1.0"
