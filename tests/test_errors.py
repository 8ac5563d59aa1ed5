"""Failures outside the program are explained; bugs are logged, never silent."""

from __future__ import annotations

import sqlite3

import peewee

from app.models.connection import StorageError
from app.services import storage
from app.ui import errors


def test_locked_database_gets_the_storage_message(qapp) -> None:
    """A busy second counter holding the database shows 'locked', not a traceback."""
    title, text = errors.message_for(peewee.OperationalError("database is locked"), "x.log")
    assert "locked" in text.lower() or "busy" in text.lower()
    assert "x.log" not in text


def test_disk_full_and_read_only(qapp) -> None:
    """A full disk and a read-only file each get their own plain message."""
    assert (
        storage.storage_failure(sqlite3.OperationalError("database or disk is full")).kind
        == "disk_full"
    )
    assert (
        storage.storage_failure(
            peewee.OperationalError("attempt to write a readonly database")
        ).kind
        == "read_only"
    )
    assert storage.storage_failure(StorageError("corrupt")).kind == "corrupt"


def test_bugs_are_not_dressed_as_storage_failures(qapp) -> None:
    """An integrity error or a plain bug points to the log, where the details are."""
    assert storage.storage_failure(peewee.IntegrityError("UNIQUE constraint failed")) is None
    title, text = errors.message_for(ValueError("boom"), "/tmp/huitouke.log")
    assert "/tmp/huitouke.log" in text and "boom" in text
