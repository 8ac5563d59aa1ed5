"""The import preview: problems beside their rows, no import until the file is clean,
Check again after the owner fixed the file, and Import writing the customers."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QTableView

from app.models import Customer
from app.services import excel_import, packages
from app.ui import prompts
from app.ui.import_dialog import COL_ACTION, COL_PROBLEMS, COL_ROW, ImportDialog, ImportRowsModel

HEADER = ["会员号", "姓名", "手机", "生日"]


def write(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in [["美丽人生 会员名单"], HEADER, *rows]:
        book.active.append(row)
    book.save(path)
    return path


def dialog_for(qtbot, path: Path, now: datetime) -> ImportDialog:
    dialog = ImportDialog(
        path,
        read=lambda p: excel_import.read_customers(p, now.date()),
        apply=lambda plan: excel_import.apply(plan, "店长", now),
    )
    qtbot.addWidget(dialog)
    return dialog


def cell(table: QTableView, row: int, column: int, role=Qt.ItemDataRole.DisplayRole) -> object:
    model = table.model()
    return model.data(model.index(row, column), role)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(prompts, "info", lambda _parent, _title, text: said.append(text))
    return said


def test_mistakes_beside_their_rows_then_fixed_and_imported(
    qtbot, db, tmp_path: Path, now: datetime, shown: list[str]
) -> None:
    """The owner sees each mistake at its row and cannot import half a file; after fixing
    it in Excel, Check again lets her import, and the customers are in the shop."""
    path = write(
        tmp_path / "客户.xlsx",
        [
            ["100001", "曾小贤", "13912345678", "1984-05-20"],
            ["100002", "胡一菲", "1391234567", "1985-02-14"],
            ["100003", "吕子乔", "13900000003", None],
            ["100004", "陈美嘉", "13900000004", "1990-02-30"],
        ],
    )
    dialog = dialog_for(qtbot, path, now)
    table = dialog.findChild(QTableView, "importTable")
    problems = dialog.findChild(QListWidget, "importProblems")
    button = dialog.findChild(QPushButton, "importButton")
    assert not button.isEnabled()
    assert [problems.item(i).text() for i in range(problems.count())] == [
        "row 4: 手机: A mobile number has 11 digits and starts with 13–19, e.g. 138 1234 5678.",
        "row 6: 生日: That day does not exist in this month.",
    ]
    assert [cell(table, r, COL_ROW) for r in range(4)] == ["3", "4", "5", "6"]
    assert cell(table, 0, COL_PROBLEMS) == "" and cell(table, 2, COL_PROBLEMS) == ""
    assert "A mobile number has 11 digits" in cell(table, 1, COL_PROBLEMS)
    assert "does not exist" in cell(table, 3, COL_PROBLEMS)
    assert cell(table, 3, COL_PROBLEMS, Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
    assert cell(table, 1, 3 + HEADER.index("手机")) == "1391234567"  # the cell as written
    summary = dialog.findChild(QLabel, "importSummary").text()
    assert "4 new, 0 updated, 0 unchanged" in summary and "Problems to fix: 2" in summary

    qtbot.mouseClick(problems.viewport(), Qt.MouseButton.LeftButton,
                     pos=problems.visualItemRect(problems.item(1)).center())  # fmt: skip
    assert table.selectionModel().selectedRows()[0].row() == 3

    write(
        path,
        [
            ["100001", "曾小贤", "13912345678", "1984-05-20"],
            ["100002", "胡一菲", "13912345670", "1985-02-14"],
            ["100003", "吕子乔", "13900000003", None],
            ["100004", "陈美嘉", "13900000004", "1990-02-28"],
        ],
    )
    qtbot.mouseClick(dialog.findChild(QPushButton, "recheckButton"), Qt.MouseButton.LeftButton)
    assert button.isEnabled() and problems.isHidden()
    assert Customer.select().count() == 0  # checking never writes
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.import_result == excel_import.ImportResult(4, 0, 0)
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    assert sorted(c.name for c in Customer.select()) == sorted(
        ["曾小贤", "胡一菲", "吕子乔", "陈美嘉"]
    )
    assert shown == ["Imported: 4 new, 0 updated, 0 unchanged."]


def test_second_check_shows_updates_and_unchanged(
    qtbot, db, tmp_path: Path, now: datetime, shown: list[str]
) -> None:
    """After an import, the same file shows her customers as unchanged, not new again."""
    path = write(tmp_path / "a.xlsx", [["1", "甲", None, None], ["2", "乙", None, None]])
    excel_import.apply(excel_import.read_customers(path, now.date()), "店长", now)
    write(path, [["1", "甲", None, None], ["2", "乙乙", None, None], ["3", "丙", None, None]])
    dialog = dialog_for(qtbot, path, now)
    table = dialog.findChild(QTableView, "importTable")
    assert [cell(table, r, COL_ACTION) for r in range(3)] == ["Unchanged", "Update", "New"]
    assert "1 new, 1 updated, 1 unchanged" in dialog.findChild(QLabel, "importSummary").text()


def test_opening_points_confirmed_after_import(
    qtbot, db, tmp_path: Path, now: datetime, shown: list[str]
) -> None:
    """A shop bringing its points sees them in the preview and is told how many
    customers' balances were opened; a refused points cell sits beside its row."""
    book = Workbook()
    for row in (["会员号", "姓名", "积分"], ["1", "甲", "1,280"], ["2", "乙", -3], ["3", "丙", 0]):
        book.active.append(row)
    path = tmp_path / "积分.xlsx"
    book.save(path)
    dialog = dialog_for(qtbot, path, now)
    table = dialog.findChild(QTableView, "importTable")
    assert cell(table, 0, 3 + 2) == "1,280"  # the cell as written
    assert "cannot be negative" in cell(table, 1, COL_PROBLEMS)
    book.active["C3"] = 35
    book.save(path)
    qtbot.mouseClick(dialog.findChild(QPushButton, "recheckButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.findChild(QPushButton, "importButton"), Qt.MouseButton.LeftButton)
    assert dialog.import_result == excel_import.ImportResult(3, 0, 0, opening_balances=2)
    # The plural reads "customers" once the English translation is installed.
    [said] = shown
    assert said.startswith("Imported: 3 new, 0 updated, 0 unchanged.\nOpening points posted for 2")
    assert sorted(c.points_balance for c in Customer.select()) == [0, 35, 1280]


def test_opening_stored_value_and_cards_beside_their_rows(
    qtbot, db, tmp_path: Path, now: datetime, shown: list[str]
) -> None:
    """A shop bringing its stored value and package cards sees a wrong amount or a card
    without its expiry beside its row, and after fixing the file both are opened."""
    book = Workbook()
    for row in (
        ["会员号", "姓名", "储值本金", "次卡名称", "次卡总次数", "次卡到期"],
        ["1", "甲", "¥1,000", "洗吹5次卡", 5, None],
        ["2", "乙", "-200", None, None, None],
    ):
        book.active.append(row)
    path = tmp_path / "储值.xlsx"
    book.save(path)
    dialog = dialog_for(qtbot, path, now)
    table = dialog.findChild(QTableView, "importTable")
    assert cell(table, 0, 3 + 2) == "¥1,000"  # the cell as written
    assert "expires" in cell(table, 0, COL_PROBLEMS)
    assert "cannot be negative" in cell(table, 1, COL_PROBLEMS)
    assert not dialog.findChild(QPushButton, "importButton").isEnabled()
    book.active["F2"] = "2027-06-30"
    book.active["C3"] = 200
    book.save(path)
    qtbot.mouseClick(dialog.findChild(QPushButton, "recheckButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.findChild(QPushButton, "importButton"), Qt.MouseButton.LeftButton)
    assert dialog.import_result == excel_import.ImportResult(
        2, 0, 0, opening_values=2, opening_cards=1
    )
    balances = sorted((c.name, c.stored_principal_fen) for c in Customer.select())
    assert balances == [("乙", 20000), ("甲", 100000)]
    assert [(c.name, c.left) for c in packages.cards(Customer.get(name="甲").id)] == [
        ("洗吹5次卡", 5)
    ]


def test_unreadable_file_and_ignored_columns_said(qtbot, db, tmp_path: Path, now: datetime) -> None:
    """A file that is not a customer list says why in one sentence; unknown columns are named."""
    dialog = dialog_for(qtbot, tmp_path / "missing.xlsx", now)
    assert "does not exist" in dialog.findChild(QLabel, "importSummary").text()
    assert not dialog.findChild(QPushButton, "importButton").isEnabled()
    book = Workbook()
    book.active.append(["姓名", "星座"])
    book.active.append(["甲", "天蝎"])
    book.save(tmp_path / "b.xlsx")
    dialog = dialog_for(qtbot, tmp_path / "b.xlsx", now)
    ignored = dialog.findChild(QLabel, "importIgnored")
    assert ignored.isVisibleTo(dialog) and "星座" in ignored.text()


def test_refused_import_keeps_the_dialog_open(
    qtbot, db, tmp_path: Path, now: datetime, shown: list[str]
) -> None:
    """When the customers changed since the check, the owner is told and nothing is written."""
    from app.services import customers
    from app.services.dto import CustomerData

    path = write(tmp_path / "a.xlsx", [["", "甲", "13800000001", None]])
    dialog = dialog_for(qtbot, path, now)
    customers.create_customer(CustomerData(name="乙"), "前台", now)
    qtbot.mouseClick(dialog.findChild(QPushButton, "importButton"), Qt.MouseButton.LeftButton)
    assert "check the file again" in dialog.findChild(QLabel, "importSummary").text()
    assert dialog.import_result is None and shown == [] and Customer.select().count() == 1


def test_rows_model_passes_the_model_tester(
    qtmodeltester, db, tmp_path: Path, now: datetime
) -> None:
    """The preview's model follows Qt's rules, so views never crash on it."""
    path = write(tmp_path / "a.xlsx", [["1", "甲", "138", None], ["2", "乙", None, "1990-01-01"]])
    model = ImportRowsModel()
    model.set_plan(excel_import.read_customers(path, now.date()))
    qtmodeltester.check(model)
    model.set_plan(None)
    qtmodeltester.check(model)
