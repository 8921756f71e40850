"""speakers."""
