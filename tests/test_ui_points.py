"""The points card at the counter: redeem in two clicks, refusals that change nothing,
adjustments with a reason, reversals, voided purchases, the statement printed and
exported — through the real window, checking both the screen and the database."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from app.models import PointsEntry, Reward
from app.models.connection import close
from app.models.enums import PointsKind, RewardKind
from app.services import customers, points, points_rules, visits
from app.services.dto import CustomerData, VisitData, VisitItemData
from app.services.points_rules import RewardData
from app.ui import prompts
from app.ui.points.redeem_dialog import RedeemDialog
from app.ui.points.rewards_model import COL_STATUS, RewardsModel
from app.ui.points.statement import COL_KIND, COL_POINTS, COL_SOURCE, StatementModel


@pytest.fixture
def window(qtbot, db_path: Path):
    import main

    win = main.create_main_window(str(db_path), "en")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    close()


@pytest.fixture
def shop(window, now: datetime) -> dict[str, int]:
    """王小丫 bought for ¥368 (368 points); hand cream costs 300 points, 2 in stock."""
    cid = customers.create_customer(CustomerData(name="王小丫", mobile="13912345678"), "x", now)
    visit = visits.add_visit(
        cid, VisitData(now.date(), (VisitItemData("烫发", price_fen=36800),)), "x", now
    )
    cream = points_rules.save_reward(RewardData(None, "Hand cream", 300, stock=2), now)
    spa = points_rules.save_reward(RewardData(None, "Spa day", 1000), now)
    window.customers.reload()
    window.customers.show_customer(cid)
    return {"customer": cid, "visit": visit, "cream": cream, "spa": spa}


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: shown.append(text))
    return shown


def open_redeem(qtbot, window) -> RedeemDialog:
    card = window.customers.card
    qtbot.mouseClick(card.redeem_button, Qt.MouseButton.LeftButton)
    dialog = window.customers.findChild(RedeemDialog, "redeemDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def entries(customer_id: int) -> list[tuple[str, int]]:
    query = PointsEntry.select().where(PointsEntry.customer == customer_id)
    return [(e.kind, e.points) for e in query.order_by(PointsEntry.id)]


def test_redeem_from_card_in_two_clicks(qtbot, window, shop) -> None:
    """'Redeem…' then a double-click posts the redemption: balance, stock and statement follow."""
    card = window.customers.card
    assert card.points_balance.text() == "368"
    dialog = open_redeem(qtbot, window)
    assert "368" in dialog.balance.text()
    row = dialog.model.row_of(shop["cream"])
    rect = dialog.table.visualRect(dialog.model.index(row, 0))
    viewport = dialog.table.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert points.balance(shop["customer"]) == 68
    assert Reward.get_by_id(shop["cream"]).stock == 1
    assert card.points_balance.text() == "68"
    assert card.tabs.currentWidget() is card.points_tab
    model = card.points_tab.model
    assert model.index(0, COL_KIND).data() == "Redemption"
    assert model.index(0, COL_POINTS).data() == "−300"
    assert model.index(0, COL_SOURCE).data() == "Hand cream"


def test_rewards_she_cannot_take_are_greyed_with_the_reason(qtbot, window, shop) -> None:
    """The spa day (1,000 points) cannot be picked with 368 points; it says what is missing."""
    dialog = open_redeem(qtbot, window)
    row = dialog.model.row_of(shop["spa"])
    assert not dialog.model.flags(dialog.model.index(row, 0)) & Qt.ItemFlag.ItemIsEnabled
    assert dialog.model.index(row, COL_STATUS).data() == "Needs 632 more points"
    dialog.table.doubleClicked.emit(dialog.model.index(row, 0))
    assert dialog.isVisible()
    assert entries(shop["customer"]) == [(PointsKind.PURCHASE, 368)]


def test_refused_when_points_were_spent_meanwhile(qtbot, window, shop, now, warnings) -> None:
    """Another counter spent the points after the dialog opened: the refusal is shown,
    nothing is posted, and the list now greys the reward out."""
    dialog = open_redeem(qtbot, window)
    points.adjust(shop["customer"], -300, "spent at the other counter", "y", now)
    before = entries(shop["customer"])
    dialog.table.selectRow(dialog.model.row_of(shop["cream"]))
    assert dialog.redeem_selected() is False
    assert warnings == ["Not enough points: 王小丫 has 68, Hand cream takes 300."]
    assert entries(shop["customer"]) == before
    assert Reward.get_by_id(shop["cream"]).stock == 2
    assert dialog.isVisible()
    assert not dialog.model.available(dialog.model.row_of(shop["cream"]))


def test_refused_when_out_of_stock(qtbot, window, shop, now, warnings) -> None:
    """The last hand cream went to someone else meanwhile: the message says so, nothing changes."""
    other = customers.create_customer(CustomerData(name="李四"), "x", now)
    points.adjust(other, 1000, "opening", "x", now)
    dialog = open_redeem(qtbot, window)
    for _ in range(2):
        points.redeem(other, shop["cream"], "y", now)
    assert dialog.redeem(shop["cream"]) is False
    assert warnings == ["Hand cream is out of stock."]
    assert entries(shop["customer"]) == [(PointsKind.PURCHASE, 368)]
    assert points.balance(shop["customer"]) == 368
    assert Reward.get_by_id(shop["cream"]).stock == 0
    assert dialog.model.index(dialog.model.row_of(shop["cream"]), COL_STATUS).data() == (
        "Out of stock"
    )


def test_adjust_needs_a_reason_as_one_types(qtbot, window, shop) -> None:
    """Points typed without a reason are refused before Save; with one they are posted."""
    card = window.customers.card
    card.adjust_button.trigger()
    dialog = window.customers.findChild(QDialog, "adjustDialog")
    dialog.points.setValue(50)
    assert dialog.errors.isVisible()
    assert "Give the reason" in dialog.errors.text()
    assert not dialog.save_button.isEnabled()
    assert dialog.after.text() == "418"
    assert dialog.try_save() is False
    assert entries(shop["customer"]) == [(PointsKind.PURCHASE, 368)]
    dialog.points.setValue(-400)
    assert "cannot go below zero" in dialog.errors.text()
    dialog.points.setValue(50)
    QTest.keyClicks(dialog.reason, "old paper card")
    assert not dialog.errors.isVisible() and dialog.save_button.isEnabled()
    assert dialog.try_save()
    assert points.balance(shop["customer"]) == 418
    assert card.points_balance.text() == "418"
    last = points.statement(shop["customer"])[-1]
    assert (last.kind, last.points, last.note) == (PointsKind.ADJUSTMENT, 50, "old paper card")


def test_reverse_an_entry_from_the_points_tab(qtbot, window, shop) -> None:
    """A wrong entry is undone by a new one naming it; it cannot be reversed twice."""
    tab = window.customers.card.points_tab
    window.customers.card.tabs.setCurrentWidget(tab)
    purchase = points.purchase_entry(shop["visit"])
    tab.select_entry(purchase)
    assert tab.reverse_button.isEnabled()
    qtbot.mouseClick(tab.reverse_button, Qt.MouseButton.LeftButton)
    dialog = window.customers.findChild(QDialog, "reasonDialog")
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setText("entered on the wrong card")
    assert dialog.try_save()
    assert points.balance(shop["customer"]) == 0
    assert tab.model.index(0, COL_KIND).data() == "Reversal"
    assert tab.model.index(0, COL_SOURCE).data() == f"Reversal of no. {purchase}"
    tab.select_entry(purchase)
    assert not tab.reverse_button.isEnabled()


def test_void_a_purchase_from_the_visits_tab(qtbot, window, shop) -> None:
    """Voiding a mistaken purchase takes back its points and leaves the totals."""
    card = window.customers.card
    card.visits.selectRow(0)
    assert card.void_button.isEnabled()
    card.void_button.trigger()
    dialog = window.customers.findChild(QDialog, "reasonDialog")
    assert "368" in dialog.explanation.text()
    dialog.reason.setText("recorded twice")
    assert dialog.try_save()
    data = customers.get_card(shop["customer"])
    assert (data.visit_count, data.total_spent_fen) == (0, 0)
    assert points.balance(shop["customer"]) == 0
    assert points.purchase_entry(shop["visit"]) is None
    assert card.points_balance.text() == "0"
    assert card.visits.rowCount() == 1  # it stays listed


def test_void_refused_when_its_points_were_spent(qtbot, window, shop, now) -> None:
    """A purchase whose points bought a gift cannot be voided: the message, and no change."""
    points.redeem(shop["customer"], shop["cream"], "x", now)
    window.customers.show_customer(shop["customer"])
    card = window.customers.card
    card.visits.selectRow(0)
    card.void_button.trigger()
    dialog = window.customers.findChild(QDialog, "reasonDialog")
    dialog.reason.setText("recorded twice")
    assert dialog.try_save() is False
    assert "cannot go below zero" in dialog.errors.text()
    assert customers.get_card(shop["customer"]).visit_count == 1
    assert points.balance(shop["customer"]) == 68


def test_statement_exported_to_excel(qtbot, window, shop, now, tmp_path: Path) -> None:
    """The exported statement lists every entry with its points and balance after."""
    from openpyxl import load_workbook

    points.redeem(shop["customer"], shop["cream"], "Amy", now, "pink")
    target = window.customers.points.export_statement(shop["customer"], str(tmp_path / "s"))
    assert target == tmp_path / "s.xlsx"
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("No.", "Date", "Kind", "Points", "Balance after")
    kinds = [(r[2], r[3], r[4]) for r in rows[1:]]
    assert kinds == [("Purchase", 368, 368), ("Redemption", -300, 68)]
    assert rows[2][5] == "Hand cream" and rows[2][8] == "Amy" and rows[2][9] == "pink"
    assert rows[1][5] == "Visit of 22 Nov 2026, ¥368.00"


def test_statement_printed_to_pdf(qtbot, window, shop, now, tmp_path: Path) -> None:
    """'Save as PDF…' writes an A4 statement naming the customer and her entries."""
    points.redeem(shop["customer"], shop["cream"], "Amy", now)
    path = window.customers.points.save_statement_pdf(shop["customer"], str(tmp_path / "s.pdf"))
    assert path is not None and path.stat().st_size > 1000
    assert path.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, timeout=30
        ).stdout
        assert "Points statement" in text and "100001" in text and "Hand cream" in text


def test_rewards_catalogue_checks_as_one_types(qtbot, window, shop) -> None:
    """A discount with a value that is not money is explained; a good one joins the catalogue."""
    from app.ui.points.rewards_dialog import open_rewards

    catalogue = open_rewards(window)
    editor = catalogue.edit(None)
    editor.name.setText("满减券")
    editor.kind.setCurrentIndex(editor.kind.findData(RewardKind.DISCOUNT.value))
    editor.value.setText("abc")
    assert "Not an amount of money" in editor.errors.text()
    assert not editor.save_button.isEnabled()
    editor.value.setText("50")
    editor.price.setValue(500)
    assert editor.try_save()
    saved = [r for r in points_rules.rewards() if r.name == "满减券"]
    assert saved and (saved[0].kind, saved[0].discount_fen, saved[0].stock) == (
        RewardKind.DISCOUNT,
        5000,
        None,
    )
    assert catalogue.model.row_of(saved[0].id) >= 0
    catalogue.close()


def test_models_pass_modeltester(qtmodeltester, window, shop) -> None:
    """The statement and rewards tables behave as Qt views expect (no crashes, no glitches)."""
    statement = StatementModel()
    statement.load(shop["customer"])
    qtmodeltester.check(statement)
    rewards = RewardsModel()
    rewards.set_rewards(points_rules.rewards(), 368)
    qtmodeltester.check(rewards)


def test_reward_added_from_the_redeem_dialog_is_offered(qtbot, window, shop) -> None:
    """'Manage rewards…' at the counter: a reward added there can be redeemed at once."""
    from app.ui.points.rewards_dialog import RewardsDialog

    dialog = open_redeem(qtbot, window)
    qtbot.mouseClick(dialog.manage_button, Qt.MouseButton.LeftButton)
    catalogue = dialog.findChild(RewardsDialog, "rewardsDialog")
    editor = catalogue.edit(None)
    editor.name.setText("发膜小样")
    editor.price.setValue(100)
    assert editor.try_save()
    catalogue.accept()
    names = [dialog.model.reward(r).name for r in range(dialog.model.rowCount())]
    assert "发膜小样" in names
    assert dialog.model.available(names.index("发膜小样"))
