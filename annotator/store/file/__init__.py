"""The SQLite file under a project: the thin connection, its marks (application id and
schema version), the migrations that build and upgrade it, and the storage faults
(locks, full or read-only disks) turned into sentences."""
