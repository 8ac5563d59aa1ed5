"""Opening, upgrading, backing up and restoring the shop's database."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.models import connection
from app.models.connection import StorageError
from app.services import storage
from app.services.customers import create_customer, customer_count, get_card, update_customer
from app.services.dto import CustomerData

DATA = Path(__file__).parent / "data"


@pytest.fixture
def closed_after():
    """Close whatever connection a test opened through the app's proxy."""
    yield
    connection.close()


def _add(name: str, now: datetime, mobile: str = "") -> int:
    return create_customer(CustomerData(name=name, mobile=mobile), "owner", now)


def _query(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as raw:
        return raw.execute(sql).fetchall()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def database_is_closed() -> bool:
    from app.models import database

    return bool(database.is_closed())


def _make_database(path: Path) -> None:
    database = connection.connect(str(path))
    connection.upgrade(database)
    connection.close()


def test_backup_of_open_wal_database_holds_recent_writes(db, db_path, now, tmp_path):
    """Without this a backup taken while the shop works would miss the latest customers."""
    db.execute_sql("PRAGMA wal_autocheckpoint=0")
    _add("王芳", now, "13800138001")
    _add("李娜", now)
    assert Path(f"{db_path}-wal").stat().st_size > 0

    copy = storage.backup_to(db_path, tmp_path / "usb" / "copy.db", now)

    assert copy == tmp_path / "usb" / "copy.db"
    assert _query(copy, "SELECT name FROM customer ORDER BY id") == [("王芳",), ("李娜",)]
    assert _query(copy, "PRAGMA journal_mode") == [("delete",)]
    assert not Path(f"{copy}-wal").exists()
    storage.validate_backup(copy)


def test_backup_to_folder_names_file_by_time_and_label(db, db_path, now, tmp_path):
    """Without this backups would overwrite each other or be unrecognisable in the folder."""
    first = storage.backup_to(db_path, tmp_path / "out", now)
    second = storage.backup_to(db_path, tmp_path / "out", now, label="pre-upgrade")
    third = storage.backup_to(db_path, tmp_path / "out", now)

    assert first.name == "huitouke-20261122-103000.db"
    assert second.name == "huitouke-20261122-103000-pre-upgrade.db"
    assert third.name == "huitouke-20261122-103000-2.db"
    listed = storage.list_backups(tmp_path / "out")
    assert [b.path for b in listed if b.label == ""] == [third, first]


def test_daily_backup_made_once_per_day(db, db_path, now):
    """Without this the shop would get no daily backup, or a new copy at every start."""
    made = storage.daily_backup(db_path, now)
    assert made is not None and made.parent == storage.backups_dir(db_path)

    assert storage.daily_backup(db_path, now + timedelta(hours=5)) is None
    tomorrow = storage.daily_backup(db_path, now + timedelta(days=1))
    assert tomorrow is not None and tomorrow.name.startswith("huitouke-20261123-")


def test_rotation_keeps_newest_fourteen_and_only_our_files(db, db_path, now):
    """Without this old backups would fill the disk, or rotation would delete the owner's files."""
    folder = storage.backups_dir(db_path)
    folder.mkdir()
    for days in range(1, 21):
        day = now - timedelta(days=days)
        (folder / f"huitouke-{day:%Y%m%d}-090000.db").write_bytes(b"old")
    (folder / "huitouke-20200101-090000-pre-upgrade.db").write_bytes(b"upgrade")
    (folder / "my notes.txt").write_text("keep me")

    made = storage.daily_backup(db_path, now)

    daily = [b for b in storage.list_backups(folder) if b.label == ""]
    assert len(daily) == 14
    assert daily[0].path == made
    assert daily[-1].taken_at.date() == (now - timedelta(days=13)).date()
    assert (folder / "huitouke-20200101-090000-pre-upgrade.db").exists()
    assert (folder / "my notes.txt").read_text() == "keep me"


def _kind_of(path: Path) -> str:
    with pytest.raises(StorageError) as caught:
        storage.validate_backup(path)
    return caught.value.kind


def test_validate_backup_refuses_what_is_not_a_sound_backup_of_ours(db, db_path, now, tmp_path):
    """Without this restoring a wrong or damaged file would wipe out the shop's customers."""
    text = tmp_path / "list.db"
    text.write_text("王芳 13800138001\n", encoding="utf-8")
    other = tmp_path / "other.db"
    with closing(sqlite3.connect(other)) as raw:
        raw.execute("CREATE TABLE note (body TEXT)")
        raw.commit()

    newer = storage.backup_to(db_path, tmp_path / "newer.db", now)
    with closing(sqlite3.connect(newer)) as raw:
        raw.execute(
            "INSERT INTO schema_migration (name, applied) VALUES ('0999_future', '2030-01-01')"
        )
        raw.commit()

    for i in range(300):
        _add(f"顾客{i}", now)
    good = storage.backup_to(db_path, tmp_path / "good.db", now)
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])

    storage.validate_backup(good)
    assert _kind_of(tmp_path / "missing.db") == "not_found"
    assert _kind_of(text) == "not_sqlite"
    assert _kind_of(other) == "not_ours"
    assert _kind_of(newer) == "newer_schema"
    assert _kind_of(truncated) == "corrupt"


def test_restore_brings_back_the_backed_up_data(db, db_path, now):
    """Without this one-click restore would not give the shop its data back."""
    first = _add("王芳", now, "13800138001")
    _add("李娜", now)
    backup = storage.backup_to(db_path, storage.backups_dir(db_path), now)
    later = now + timedelta(hours=1)
    update_customer(first, CustomerData(name="王芳芳", member_no="100001"), "owner", later)
    _add("张伟", later)

    safety = storage.restore(db_path, backup, later)

    assert database_is_closed()
    connection.connect(str(db_path))
    assert get_card(first).data.name == "王芳"
    assert get_card(first).data.mobile == "13800138001"
    assert customer_count() == 2
    assert safety is not None and safety.name.endswith("-before-restore.db")
    assert _query(safety, "SELECT COUNT(*) FROM customer") == [(3,)]


def test_restore_refuses_a_bad_file_and_touches_nothing(db, db_path, now, tmp_path):
    """Without this a wrong file picked by mistake would replace the shop's data."""
    _add("王芳", now)
    bad = tmp_path / "bad.db"
    bad.write_text("not a database")

    with pytest.raises(StorageError) as caught:
        storage.restore(db_path, bad, now)

    assert caught.value.kind == "not_sqlite"
    assert not storage.backups_dir(db_path).exists()
    assert customer_count() == 1


def test_open_shop_creates_a_new_database(db_path, now, closed_after):
    """Without this a new shop could not start with an empty database."""
    opened = storage.open_shop(str(db_path), now.date())

    assert opened.is_new
    assert opened.upgraded == sorted(storage.known_migrations())
    assert opened.backup is None
    assert opened.daily_backup is not None and opened.daily_backup.exists()
    assert opened.daily_backup.name == "huitouke-20261122-000000.db"
    assert connection.application_id(opened.database) == connection.APPLICATION_ID


def test_open_shop_on_current_database_has_nothing_to_upgrade(db_path, now, closed_after):
    """Without this every start would re-run the schema steps or copy the file needlessly."""
    _make_database(db_path)

    opened = storage.open_shop(str(db_path), now)

    assert not opened.is_new
    assert opened.upgraded == []
    assert opened.backup is None
    assert connection.schema_state(opened.database).pending == ()


def test_open_shop_upgrades_a_database_of_the_first_release(db_path, now, closed_after):
    """Without this a shop updating the program could lose access to its old customers."""
    fixture = DATA / "schema_v1.db"
    assert _query(fixture, "SELECT name FROM schema_migration") == [("0001_initial",)]
    shutil.copy(fixture, db_path)

    opened = storage.open_shop(str(db_path), now)

    assert not opened.is_new
    assert connection.schema_state(opened.database).pending == ()
    assert opened.upgraded == sorted(storage.known_migrations() - {"0001_initial"})
    assert opened.backup is not None and "pre-upgrade" in opened.backup.name
    assert _query(opened.backup, "SELECT name FROM schema_migration") == [("0001_initial",)]
    cards = [get_card(i) for i in (1, 2, 3)]
    assert [c.data.name for c in cards] == ["王芳", "曾小贤", "欧阳娜娜"]
    assert cards[0].data.mobile == "13800138001"
    assert cards[0].visit_count == 2 and cards[0].total_spent_fen == 25600


def test_open_shop_refuses_a_newer_database_and_leaves_it_alone(db_path, now):
    """Without this an older program could damage a database made by a newer one."""
    _make_database(db_path)
    with closing(sqlite3.connect(db_path)) as raw:
        raw.execute(
            "INSERT INTO schema_migration (name, applied) VALUES ('0999_future', '2030-01-01')"
        )
        raw.commit()
    before = _digest(db_path)

    with pytest.raises(StorageError) as caught:
        storage.open_shop(str(db_path), now)

    assert caught.value.kind == "newer_schema"
    assert _digest(db_path) == before
    assert not storage.backups_dir(db_path).exists()
    assert database_is_closed()


def test_open_shop_refuses_another_programs_database(tmp_path, now):
    """Without this pointing the program at the wrong file would add our tables to it."""
    other = tmp_path / "accounts.db"
    with closing(sqlite3.connect(other)) as raw:
        raw.execute("CREATE TABLE ledger (amount INTEGER)")
        raw.commit()

    with pytest.raises(StorageError) as caught:
        storage.open_shop(str(other), now)

    assert caught.value.kind == "not_ours"
    assert _query(other, "SELECT name FROM sqlite_master") == [("ledger",)]


def test_open_shop_backs_up_before_upgrading(db_path, now, tmp_path, monkeypatch, closed_after):
    """Without this a failed schema upgrade could leave the shop with no copy of its data."""
    steps = tmp_path / "migrations"
    steps.mkdir()
    shutil.copy(connection.MIGRATIONS_DIR / "0001_initial.py", steps)
    monkeypatch.setattr(connection, "MIGRATIONS_DIR", steps)
    _make_database(db_path)
    (steps / "0002_loyalty_note.py").write_text(
        "from peewee import TextField\n\n\n"
        "def up(migrator, db):\n"
        "    migrator.migrate(migrator.add_column('customer', 'loyalty_note', "
        "TextField(default='')))\n"
    )

    opened = storage.open_shop(str(db_path), now)

    assert opened.upgraded == ["0002_loyalty_note"]
    assert opened.backup is not None
    assert opened.backup.name == "huitouke-20261122-103000-pre-upgrade.db"
    columns = [c.name for c in opened.database.get_columns("customer")]
    assert "loyalty_note" in columns
    old_columns = [row[1] for row in _query(opened.backup, "PRAGMA table_info(customer)")]
    assert "loyalty_note" not in old_columns
    assert _query(opened.backup, "SELECT name FROM schema_migration") == [("0001_initial",)]


def test_every_storage_error_kind_has_a_message():
    """Without this the window would show a code instead of a sentence the owner understands."""
    kinds = {
        "locked",
        "read_only",
        "disk_full",
        "corrupt",
        "cannot_open",
        "failed",
        "not_a_file",
        "unwritable",
        "newer_schema",
        "not_found",
        "not_sqlite",
        "not_ours",
    }
    assert set(storage.STORAGE_MESSAGES) == kinds
    assert all(text.endswith(".") for text in storage.STORAGE_MESSAGES.values())


def test_open_shop_finishes_a_first_start_that_failed(db_path, now, closed_after):
    """Without this a first start cut off by a full disk would make the file unusable."""
    with closing(sqlite3.connect(db_path)) as raw:
        raw.execute(
            "CREATE TABLE schema_migration (id INTEGER PRIMARY KEY, name VARCHAR(255) UNIQUE,"
            " applied DATETIME)"
        )
        raw.commit()

    opened = storage.open_shop(str(db_path), now)

    assert opened.is_new and opened.upgraded == sorted(storage.known_migrations())


def test_open_shop_refuses_a_file_that_is_not_a_database(tmp_path, now):
    """Without this a mistyped --db would tell the owner her data is damaged."""
    sheet = tmp_path / "customers.csv"
    sheet.write_text("name,mobile\n王芳,13800138001\n", encoding="utf-8")

    with pytest.raises(StorageError) as caught:
        storage.open_shop(str(sheet), now)

    assert caught.value.kind == "not_sqlite"
    assert sheet.read_text(encoding="utf-8").startswith("name,mobile")
