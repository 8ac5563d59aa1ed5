"""Opening the shop's database: connection settings, schema versions, storage errors.

Everything that only SQLite has (pragmas, application id) lives here, so the
models stay portable to PostgreSQL.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import peewee

if TYPE_CHECKING:
    from playhouse.migrations import Runner

from app.models.base import database

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
APPLICATION_ID = 0x48544B43
HISTORY_TABLE = "schema_migration"

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # Prepaid money and points must survive a power cut.
    "synchronous": "full",
    "busy_timeout": 5000,
    "cache_size": -16000,
}


class StorageError(Exception):
    """The storage failed for a reason outside the program: locked, read-only,
    full, corrupt, not ours, or newer than this program."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail


@dataclass(frozen=True)
class SchemaState:
    applied: tuple[str, ...]
    pending: tuple[str, ...]
    unknown: tuple[str, ...]  # applied by a newer program

    @property
    def is_new(self) -> bool:
        return not self.applied


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def connect(target: str) -> peewee.Database:
    """Connect to a SQLite file (created if missing) or a PostgreSQL URL."""
    if is_postgres_url(target):
        from playhouse.db_url import connect as url_connect

        db = url_connect(target)
    else:
        path = Path(target)
        if path.exists() and path.is_dir():
            raise StorageError("not_a_file", str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError("unwritable", str(exc)) from exc
        db = peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, check_same_thread=False)
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        if isinstance(db, peewee.SqliteDatabase):
            db.execute_sql("PRAGMA schema_version").fetchone()
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        db.close()
        raise storage_error(exc) from exc
    return db


def storage_error(exc: BaseException) -> StorageError:
    """Translate a driver error into a StorageError with a kind the window can explain."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StorageError("locked", str(exc))
    if "readonly" in text or "read-only" in text:
        return StorageError("read_only", str(exc))
    if "disk" in text and "full" in text:
        return StorageError("disk_full", str(exc))
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return StorageError("corrupt", str(exc))
    if "unable to open" in text:
        return StorageError("cannot_open", str(exc))
    return StorageError("failed", str(exc))


def _runner(db: peewee.Database) -> Runner:
    # playhouse.migrations (and playhouse.migrate with it) costs ~8 ms to import:
    # it is loaded only when there is something to upgrade.
    from playhouse.migrations import Runner

    return Runner(db, directory=str(MIGRATIONS_DIR), table_name=HISTORY_TABLE)


def migration_names() -> list[str]:
    """The program's migrations, in the order the runner applies them."""
    return sorted(p.stem for p in MIGRATIONS_DIR.glob("[0-9]*.py"))


def schema_state(db: peewee.Database) -> SchemaState:
    """What the runner's history table says, read directly (no runner needed)."""
    known = migration_names()
    applied: list[str] = []
    if db.table_exists(HISTORY_TABLE):
        cursor = db.execute_sql(f'SELECT "name" FROM "{HISTORY_TABLE}"')
        applied = [row[0] for row in cursor.fetchall()]
    return SchemaState(
        applied=tuple(n for n in known if n in applied),
        pending=tuple(n for n in known if n not in applied),
        unknown=tuple(sorted(n for n in applied if n not in known)),
    )


def upgrade(db: peewee.Database) -> list[str]:
    """Apply the pending migrations, each in its own transaction."""
    state = schema_state(db)
    if state.unknown:
        raise StorageError("newer_schema", ", ".join(state.unknown))
    try:
        return _runner(db).up()
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        raise storage_error(exc) from exc


def application_id(db: peewee.Database) -> int | None:
    if not isinstance(db, peewee.SqliteDatabase):
        return None
    return int(db.execute_sql("PRAGMA application_id").fetchone()[0])


def close() -> None:
    if database.obj is not None and not database.is_closed():
        database.close()
