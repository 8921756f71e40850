"""Suggested attributions in the window: drawn apart from annotations, stepped through and
accepted or rejected with the keyboard (`controller.Suggesting`)."""
