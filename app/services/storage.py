"""Keeping the shop's data safe: opening (and upgrading) the database, backups, restore.

Copies are made with SQLite's online backup API, never by copying the file, so
a live database in WAL mode is copied with the writes not yet checkpointed.
Backups are written beside the database in `backups/`, named
`huitouke-YYYYMMDD-HHMMSS[-label].db`; only files with that name are ever
rotated away. PostgreSQL databases are backed up by the server, not here.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import peewee

from app.models import connection
from app.models.connection import StorageError
from app.services.messages import QT_TRANSLATE_NOOP

# What the window (or the command line) says for each StorageError kind.
STORAGE_MESSAGES: dict[str, str] = {
    "locked": QT_TRANSLATE_NOOP(
        "Messages", "The database is busy in another window or program. Please try again."
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Messages", "The database cannot be changed: the file or its folder is read-only."
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full. Please free some space and try again."
    ),
    "corrupt": QT_TRANSLATE_NOOP(
        "Messages", "The database file is damaged. Please restore a backup."
    ),
    "cannot_open": QT_TRANSLATE_NOOP(
        "Messages",
        "The database file cannot be opened. Please check the folder and its access rights.",
    ),
    "failed": QT_TRANSLATE_NOOP("Messages", "The database could not be read or written."),
    "not_a_file": QT_TRANSLATE_NOOP("Messages", "The database location is a folder, not a file."),
    "unwritable": QT_TRANSLATE_NOOP(
        "Messages", "The folder cannot be written to. Please choose another place."
    ),
    "newer_schema": QT_TRANSLATE_NOOP(
        "Messages",
        "This database was made by a newer version of 回头客. "
        "Please install the newer version to open it.",
    ),
    "not_found": QT_TRANSLATE_NOOP("Messages", "The file does not exist."),
    "not_sqlite": QT_TRANSLATE_NOOP("Messages", "This file is not a 回头客 database or backup."),
    "not_ours": QT_TRANSLATE_NOOP(
        "Messages", "This database belongs to another program, not to 回头客."
    ),
}

BACKUP_PREFIX = "huitouke"
PRE_UPGRADE = "pre-upgrade"
BEFORE_RESTORE = "before-restore"
DAILY_KEEP = 14
_BACKUP_NAME = re.compile(
    rf"^{BACKUP_PREFIX}-(\d{{8}})-(\d{{6}})(?:-([a-z][a-z-]*?))?(?:-(\d+))?\.db$"
)
_LABEL = re.compile(r"^[a-z][a-z-]*$")
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class OpenedShop:
    """What happened while opening the shop's database."""

    database: peewee.Database
    is_new: bool
    upgraded: list[str]
    backup: Path | None  # the copy made before upgrading the schema
    daily_backup: Path | None
    backup_problem: str = ""  # the StorageError kind when the daily backup failed


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    label: str  # "" for the daily and manual backups


def _uri(path: Path, mode: str) -> str:
    # as_uri() escapes '?', '#' and '%' that a plain "file:{path}" would misread.
    return f"{path.resolve().as_uri()}?mode={mode}"


def _os_error(exc: OSError) -> StorageError:
    if exc.errno == errno.ENOSPC:
        return StorageError("disk_full", str(exc))
    return StorageError("unwritable", str(exc))


def storage_failure(exc: BaseException) -> StorageError | None:
    """The StorageError an exception stands for when the storage itself failed (locked,
    read-only, full, corrupt), None when it is a bug (an integrity or SQL error)."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(
        exc,
        peewee.IntegrityError
        | peewee.ProgrammingError
        | sqlite3.IntegrityError
        | sqlite3.ProgrammingError,
    ):
        return None
    if isinstance(exc, peewee.DatabaseError | sqlite3.DatabaseError):
        return connection.storage_error(exc)
    return None


def close_thread_connection() -> None:
    """Close the connection of the calling thread (peewee keeps one per thread): a worker
    thread calls this when its work is done."""
    connection.close()


def database_file(target: str) -> Path | None:
    """The database's file, or None for a PostgreSQL server (no file to back up)."""
    return None if connection.is_postgres_url(target) else Path(target)


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _parse(path: Path) -> BackupFile | None:
    match = _BACKUP_NAME.match(path.name)
    if match is None or not path.is_file():
        return None
    try:
        taken = datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return BackupFile(path, taken, match[3] or "")


def list_backups(folder: Path) -> list[BackupFile]:
    """Our backup files in a folder, newest first."""
    if not folder.is_dir():
        return []
    found = [b for b in (_parse(p) for p in folder.iterdir()) if b is not None]
    return sorted(found, key=_age_order, reverse=True)


def _age_order(backup: BackupFile) -> tuple[datetime, int]:
    # "…-103000-2.db" was made after "…-103000.db" in the same second.
    match = _BACKUP_NAME.match(backup.path.name)
    return backup.taken_at, int(match[4]) if match and match[4] else 1


def _free_name(folder: Path, now: datetime, label: str) -> Path:
    stem = f"{BACKUP_PREFIX}-{now:%Y%m%d-%H%M%S}" + (f"-{label}" if label else "")
    path = folder / f"{stem}.db"
    number = 2
    while path.exists():
        path = folder / f"{stem}-{number}.db"
        number += 1
    return path


def _copy(source: sqlite3.Connection, target: Path) -> None:
    with closing(sqlite3.connect(str(target))) as copy:
        source.backup(copy)
        # The copy inherits WAL mode from a live database: make it one standalone file.
        copy.execute("PRAGMA journal_mode=DELETE").fetchone()


def backup_to(db_path: Path, dest: Path, now: datetime, label: str = "") -> Path:
    """Copy the database consistently to `dest`: a folder (an existing one, or a
    path without a suffix) gets a dated file name; anything else is the file."""
    if label and not _LABEL.match(label):
        raise ValueError(f"bad backup label {label!r}")
    if not db_path.is_file():
        raise StorageError("not_found", str(db_path))
    try:
        if dest.is_dir() or not dest.suffix:
            dest.mkdir(parents=True, exist_ok=True)
            target = _free_name(dest, now, label)
        else:
            dest.parent.mkdir(parents=True, exist_ok=True)
            target = dest
    except OSError as exc:
        raise _os_error(exc) from exc
    if target.exists() and target.resolve() == db_path.resolve():
        raise StorageError("failed", f"{target} is the database itself")
    # Written under a name no one reads as a backup, then renamed in one step,
    # so a cut-off copy never looks like a good one.
    partial = target.with_name(f".{target.name}.part")
    try:
        with closing(sqlite3.connect(_uri(db_path, "rw"), uri=True)) as source:
            source.execute("PRAGMA busy_timeout=5000")
            _copy(source, partial)
        os.replace(partial, target)
    except sqlite3.Error as exc:
        raise connection.storage_error(exc) from exc
    except OSError as exc:
        raise _os_error(exc) from exc
    finally:
        partial.unlink(missing_ok=True)
    return target


def rotate(folder: Path, keep: int = DAILY_KEEP) -> list[Path]:
    """Keep the newest `keep` backups of each label; returns the removed files."""
    removed: list[Path] = []
    seen: dict[str, int] = {}
    for backup in list_backups(folder):
        seen[backup.label] = seen.get(backup.label, 0) + 1
        if seen[backup.label] > keep:
            try:
                backup.path.unlink()
            except OSError as exc:
                raise _os_error(exc) from exc
            removed.append(backup.path)
    return removed


def daily_backup(db_path: Path, now: datetime, keep: int = DAILY_KEEP) -> Path | None:
    """Make today's backup unless there is one, then rotate. Returns the new file."""
    folder = backups_dir(db_path)
    today = now.date()
    made = None
    if not any(b.label == "" and b.taken_at.date() == today for b in list_backups(folder)):
        made = backup_to(db_path, folder, now)
    rotate(folder, keep)
    return made


def known_migrations() -> set[str]:
    """The schema steps this program has (the same files the migration runner reads)."""
    return set(connection.migration_names())


def validate_backup(path: Path) -> None:
    """Raise StorageError unless `path` is a sound 回头客 database this program can read."""
    if not path.is_file():
        raise StorageError("not_found", str(path))
    try:
        with path.open("rb") as file:
            magic = file.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise StorageError("cannot_open", str(exc)) from exc
    if magic != _SQLITE_MAGIC:
        raise StorageError("not_sqlite", str(path))
    try:
        with closing(sqlite3.connect(_uri(path, "ro"), uri=True)) as candidate:
            app_id = candidate.execute("PRAGMA application_id").fetchone()[0]
            if app_id != connection.APPLICATION_ID:
                raise StorageError("not_ours", f"application_id {app_id}")
            has_history = candidate.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                (connection.HISTORY_TABLE,),
            ).fetchone()
            if has_history is None:
                raise StorageError("not_ours", "no schema history")
            applied = {
                row[0]
                for row in candidate.execute(f'SELECT name FROM "{connection.HISTORY_TABLE}"')
            }
            unknown = sorted(applied - known_migrations())
            if unknown:
                raise StorageError("newer_schema", ", ".join(unknown))
            result = [row[0] for row in candidate.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise StorageError("corrupt", "; ".join(result[:5]))
    except sqlite3.Error as exc:
        raise connection.storage_error(exc) from exc


def restore(db_path: Path, backup_file: Path, now: datetime) -> Path | None:
    """Replace the database's content with a backup's; returns the safety copy of
    what was there (None when there was no database). The caller reconnects
    (with open_shop, which upgrades a backup made by an older version)."""
    validate_backup(backup_file)
    if db_path.exists() and backup_file.resolve() == db_path.resolve():
        raise StorageError("failed", "the backup is the database itself")
    safety = None
    if db_path.exists():
        safety = backup_to(db_path, backups_dir(db_path), now, BEFORE_RESTORE)
    connection.close()
    try:
        # Through SQLite, not a file copy: the database's -wal and -shm files
        # (and any other open connection) stay consistent with the new content.
        with (
            closing(sqlite3.connect(_uri(backup_file, "ro"), uri=True)) as source,
            closing(sqlite3.connect(str(db_path))) as target,
        ):
            target.execute("PRAGMA busy_timeout=5000")
            source.backup(target)
    except sqlite3.Error as exc:
        raise connection.storage_error(exc) from exc
    return safety


def _may_be_sqlite(path: Path) -> bool:
    """False for an existing file that is plainly something else (SQLite would call it
    damaged, and the owner would be told to restore a backup)."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return True
        with path.open("rb") as file:
            return file.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return True  # connect() explains what is wrong with it


def _is_ours(db: peewee.Database, is_new: bool) -> bool:
    app_id = connection.application_id(db)
    if app_id is None or app_id == connection.APPLICATION_ID:
        return True
    # A new, empty file is ours to fill (the runner may have made its history
    # table before a first upgrade failed); someone else's SQLite file is not.
    return app_id == 0 and is_new and set(db.get_tables()) <= {connection.HISTORY_TABLE}


def open_shop(target: str, today: date) -> OpenedShop:
    """Connect, refuse a database that is newer or not ours, back up and upgrade
    an older one, and make the day's backup.

    `today` may be a datetime: its time then goes into the backup file names
    (a plain date gives 00:00:00)."""
    now = today if isinstance(today, datetime) else datetime.combine(today, time())
    if not connection.is_postgres_url(target) and not _may_be_sqlite(Path(target)):
        raise StorageError("not_sqlite", target)
    db = connection.connect(target)
    try:
        try:
            state = connection.schema_state(db)
            ours = _is_ours(db, state.is_new)
        except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
            raise connection.storage_error(exc) from exc
        if state.unknown:
            raise StorageError("newer_schema", ", ".join(state.unknown))
        if not ours:
            raise StorageError("not_ours", target)
        path = None if connection.is_postgres_url(target) else Path(target)
        backup = None
        if path is not None and state.pending and not state.is_new:
            backup = backup_to(path, backups_dir(path), now, PRE_UPGRADE)
        upgraded = connection.upgrade(db) if state.pending else []
    except BaseException:
        connection.close()
        raise
    daily, problem = None, ""
    if path is not None:
        try:
            daily = daily_backup(path, now)
        except StorageError as exc:
            # The shop can still work; the window warns that backups are failing.
            problem = exc.kind
    return OpenedShop(db, state.is_new, upgraded, backup, daily, problem)
