"""The command line (SPEC §9): exit codes and one-line reasons that scripts rely on."""

from __future__ import annotations

from pathlib import Path

import pytest

import main
from app.models.connection import close


@pytest.fixture(autouse=True)
def closed(qapp):
    """The commands reuse the test run's QApplication (they make a QCoreApplication only
    when there is none, which would then stand in the way of the window tests)."""
    yield
    close()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main.main(["--lang", "en", *argv])
    out = capsys.readouterr()
    close()
    return code, out.out, out.err


def test_demo_then_refuses_a_filled_database(capsys, db_path: Path) -> None:
    """Sample data only goes into an empty database, so real customers are never mixed."""
    code, out, _ = run(capsys, "--db", str(db_path), "demo", "--customers", "20", "--seed", "3")
    assert code == 0 and "20" in out
    code, _, err = run(capsys, "--db", str(db_path), "demo", "--customers", "20")
    assert code != 0 and "empty database" in err and len(err.strip().splitlines()) == 1


def test_backup_restore_check(capsys, db_path: Path, tmp_path: Path) -> None:
    """A scripted backup can be restored, and check says all is well."""
    run(capsys, "--db", str(db_path), "demo", "--customers", "10")
    code, out, _ = run(capsys, "--db", str(db_path), "backup", str(tmp_path / "copies"))
    copy = Path(out.strip())
    assert code == 0 and copy.exists() and copy.parent == tmp_path / "copies"
    code, out, _ = run(capsys, "--db", str(db_path), "restore", str(copy))
    assert code == 0 and "before-restore" in out
    code, out, _ = run(capsys, "check", "--db", str(db_path))
    assert code == 0 and "Customers checked: 10" in out


def test_restore_refuses_a_file_that_is_not_ours(capsys, db_path: Path, tmp_path: Path) -> None:
    """Restoring a wrong file is refused with a reason and changes nothing."""
    run(capsys, "--db", str(db_path), "demo", "--customers", "5")
    bad = tmp_path / "notes.db"
    bad.write_text("hello")
    code, _, err = run(capsys, "--db", str(db_path), "restore", str(bad))
    assert code != 0 and "not a 回头客 database" in err
    code, out, _ = run(capsys, "--db", str(db_path), "check")
    assert code == 0 and "Customers checked: 5" in out


def test_folder_as_database_is_a_clear_error(capsys, tmp_path: Path) -> None:
    """--db pointing at a folder says so in one line, without a traceback."""
    code, _, err = run(capsys, "--db", str(tmp_path), "check")
    assert code != 0 and "folder" in err and "Traceback" not in err


def test_check_names_broken_customers(capsys, db_path: Path) -> None:
    """check exits non-zero and names the customer whose totals do not add up."""
    from app.models import database

    run(capsys, "--db", str(db_path), "demo", "--customers", "5")
    from app.services import storage

    storage.open_shop(str(db_path), __import__("datetime").datetime(2026, 11, 22))
    database.execute_sql("UPDATE customer SET visit_count = visit_count + 1 WHERE id = 1")
    close()
    code, _, err = run(capsys, "--db", str(db_path), "check")
    assert code != 0 and "100001" in err
