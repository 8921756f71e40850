"""What marks a SQLite file as an annotator project, and which schema it holds.

Apart from the migrations so that opening a project (which only checks these) does not
import sqlite-utils; `migrations` re-exports both.
"""

APPLICATION_ID = 0x414E4E54  # "ANNT", in PRAGMA application_id
SCHEMA_VERSION = 4  # PRAGMA user_version once every migration has run
