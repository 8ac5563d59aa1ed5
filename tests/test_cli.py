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


def test_import_points_then_export_the_ledger(capsys, db_path: Path, tmp_path: Path) -> None:
    """A shop brings its customers with their points from a spreadsheet (checked first
    with --dry-run), and `export points` gives back the ledger they opened."""
    from openpyxl import Workbook, load_workbook

    book = Workbook()
    rows = (["会员号", "姓名", "积分"], ["A1", "甲", "1,280"], ["A2", "乙", 0], ["A3", "丙", 35])
    for row in rows:
        book.active.append(row)
    source = tmp_path / "客户.xlsx"
    book.save(source)
    args = ["--db", str(db_path), "import", "customers", str(source)]
    code, out, _ = run(capsys, *args, "--dry-run")
    assert code == 0 and "3 new" in out
    code, out, _ = run(capsys, "--db", str(db_path), "export", "points", str(tmp_path / "p.xlsx"))
    assert code == 0 and len(load_workbook(tmp_path / "p.xlsx").active["A"]) == 1  # header only
    code, out, _ = run(capsys, *args)
    assert code == 0 and "Imported: 3 new" in out
    target = tmp_path / "ledger.xlsx"
    code, out, err = run(capsys, "--db", str(db_path), "export", "points", str(target))
    assert code == 0 and err == "" and str(target) in out
    rows = [[c.value for c in r] for r in load_workbook(target).active.iter_rows()]
    assert [(r[2], r[4], r[5], r[6]) for r in rows[1:]] == [
        ("A1", "opening balance", 1280, 1280),
        ("A3", "opening balance", 35, 35),
    ]
    code, out, _ = run(capsys, "check", "--db", str(db_path))
    assert code == 0


def test_bad_points_cell_is_one_line_per_problem(capsys, db_path: Path, tmp_path: Path) -> None:
    """A wrong points cell is named as `row N: 积分: reason` and nothing is imported."""
    from openpyxl import Workbook

    book = Workbook()
    for row in (["姓名", "积分"], ["甲", -10], ["乙", 20]):
        book.active.append(row)
    book.save(tmp_path / "bad.xlsx")
    args = ["--db", str(db_path), "import", "customers", str(tmp_path / "bad.xlsx")]
    code, _, err = run(capsys, *args)
    assert code != 0
    assert "row 2: 积分: An opening balance cannot be negative." in err.splitlines()
    code, out, _ = run(capsys, "check", "--db", str(db_path))
    assert code == 0 and "Customers checked: 0" in out


def test_demo_complaints_export(capsys, db_path: Path, tmp_path: Path) -> None:
    """`export complaints` writes every complaint of the sample shop and its timeline."""
    from openpyxl import load_workbook

    run(capsys, "--db", str(db_path), "demo", "--customers", "40", "--seed", "2")
    target = tmp_path / "c.xlsx"
    code, out, err = run(capsys, "--db", str(db_path), "export", "complaints", str(target))
    assert code == 0 and err == "" and str(target) in out
    book = load_workbook(target)
    assert book.sheetnames == ["complaints", "complaint timeline"]
    numbers = [c.value for c in book["complaints"]["A"][1:]]
    assert numbers == sorted(numbers) and len(numbers) >= 8  # the demo's scripted ones too
    assert {c.value for c in book["complaint timeline"]["A"][1:]} == set(numbers)
    code, out, _ = run(capsys, "--db", str(db_path), "check")
    assert code == 0 and "Customers checked: 40" in out


def test_import_stored_value_and_cards_then_export_all(
    capsys, db_path: Path, tmp_path: Path
) -> None:
    """A shop brings its stored value and package cards from a spreadsheet, and `export
    all` gives them back on their own sheets; `check` proves both ledgers."""
    from openpyxl import Workbook, load_workbook

    book = Workbook()
    rows = (
        ["会员号", "姓名", "储值本金", "储值赠送", "次卡名称", "次卡总次数", "次卡已用",
         "次卡到期"],
        ["A1", "甲", "¥1,000", 200, "面部护理10次卡", 10, 2, "2027-11-22"],
        ["A2", "乙", None, None, None, None, None, None],
    )  # fmt: skip
    for row in rows:
        book.active.append(row)
    source = tmp_path / "储值.xlsx"
    book.save(source)
    code, out, _ = run(capsys, "--db", str(db_path), "import", "customers", str(source))
    assert code == 0 and "Imported: 2 new" in out
    target = tmp_path / "all.xlsx"
    code, out, err = run(capsys, "--db", str(db_path), "export", "all", str(target))
    assert code == 0 and err == ""
    exported = load_workbook(target)
    values = [[c.value for c in r] for r in exported["stored value"].iter_rows()]
    assert [(r[2], r[4], r[5], r[6]) for r in values[1:]] == [("A1", "opening balance", 1000, 200)]
    cards = [[c.value for c in r] for r in exported["package cards"].iter_rows()]
    assert [(r[0], r[2], r[4], r[5], r[6], r[11]) for r in cards[1:]] == [
        ("A1", "面部护理10次卡", 10, 2, 8, "no")
    ]
    code, out, _ = run(capsys, "check", "--db", str(db_path))
    assert code == 0 and "Customers checked: 2" in out
