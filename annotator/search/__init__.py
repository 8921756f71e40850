"""Finding text in Arabic documents as Arabic readers write it (no Qt here)."""
