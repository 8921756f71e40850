"""The Document panel: metadata, source and document-level fields of the current document."""
