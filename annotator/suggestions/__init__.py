"""Suggested attributions: cue, speaker and claim proposed from patterns and from the project.

Nothing here writes an annotation the analyst did not accept: `engine` computes suggestions
from a document's text alone (pure, safe off the GUI thread), `project_suggestions` reads
what the project already knows, and `accepting` stores the parts an analyst accepts.
"""
