"""The visit (消费记录) and follow-up (回访) dialogs: what the counter sees and what gets stored."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
)

from app.models.enums import FollowUpChannel
from app.services import visits
from app.services.customers import create_customer
from app.services.dto import CustomerData, FollowUpData, VisitData
from app.services.messages import FieldError, Message, ValidationError
from app.ui import prompts
from app.ui.customers.follow_up_dialog import FollowUpDialog
from app.ui.customers.visit_dialog import VisitDialog
from app.ui.customers.visit_items import COL_ITEM, COL_PRICE, COL_QUANTITY, COL_SPEC


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-qt closes dialogs after each test: answer their question instead of blocking."""
    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: True)


@pytest.fixture
def customer_id(db, now: datetime) -> int:
    return create_customer(CustomerData(name="张三"), "tester", now)


def save_visit(customer_id: int, now: datetime):
    def save(data: VisitData) -> list[FieldError]:
        try:
            visits.add_visit(customer_id, data, "tester", now)
        except ValidationError as exc:
            return exc.errors
        return []

    return save


def save_follow_up(customer_id: int, now: datetime):
    def save(data: FollowUpData) -> list[FieldError]:
        try:
            visits.add_follow_up(customer_id, data, "tester", now)
        except ValidationError as exc:
            return exc.errors
        return []

    return save


@pytest.fixture
def visit_dialog(qtbot, customer_id: int, now: datetime) -> VisitDialog:
    dialog = VisitDialog("张三", now.date(), save_visit(customer_id, now), ["小李", "王姐"])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def follow_up_dialog(qtbot, customer_id: int, now: datetime) -> FollowUpDialog:
    dialog = FollowUpDialog("张三", now.date(), save_follow_up(customer_id, now))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_item(
    dialog: VisitDialog, row: int, name: str, price: str, quantity: int = 1, spec: str = ""
) -> None:
    table = dialog.findChild(QTableWidget, "visitItems")
    table.item(row, COL_ITEM).setText(name)
    table.item(row, COL_SPEC).setText(spec)
    table.item(row, COL_QUANTITY).setData(Qt.ItemDataRole.EditRole, quantity)
    table.item(row, COL_PRICE).setText(price)


def click(qtbot, dialog: QDialog, name: str) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def errors_text(dialog: QDialog, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    return label.text() if label.isVisible() else ""


def test_two_items_show_their_total_and_are_stored_as_one_visit(qtbot, visit_dialog, customer_id):
    """The shop would record wrong amounts or lose the items of a purchase."""
    assert "张三" in visit_dialog.windowTitle()
    assert errors_text(visit_dialog, "visitErrors") == ""  # calm until something is typed
    type_item(visit_dialog, 0, "洗剪吹", "68", quantity=2)
    click(qtbot, visit_dialog, "visitAddItem")
    type_item(visit_dialog, 1, "护发素小样", "0", spec="赠品 30ml")
    visit_dialog.findChild(QComboBox, "visitStaff").setEditText("小李")

    assert "¥136.00" in visit_dialog.findChild(QLabel, "visitTotal").text()
    assert errors_text(visit_dialog, "visitErrors") == ""
    click(qtbot, visit_dialog, "visitSave")

    assert visit_dialog.result() == QDialog.DialogCode.Accepted
    assert not visit_dialog.isVisible()
    [visit] = visits.visits_of(customer_id)
    assert visit.amount_fen == 13600
    assert visit.staff == "小李"
    assert [(i.name, i.quantity, i.price_fen) for i in visit.items] == [
        ("洗剪吹", 2, 6800),
        ("护发素小样", 1, 0),
    ]


@pytest.mark.parametrize("price", ["12.345", "abc", "1e30"])
def test_a_price_that_is_not_money_is_shown_and_nothing_is_stored(
    qtbot, visit_dialog, customer_id, price
):
    """A mistyped price would be stored as a wrong amount (or crash the counter)."""
    type_item(visit_dialog, 0, "面部护理", "98")
    click(qtbot, visit_dialog, "visitAddItem")
    type_item(visit_dialog, 1, "面膜", price)

    assert "Item 2: Not an amount of money" in errors_text(visit_dialog, "visitErrors")
    click(qtbot, visit_dialog, "visitSave")

    assert visit_dialog.isVisible()
    assert visits.visits_of(customer_id) == []


def test_an_item_without_a_name_is_shown_at_its_row_and_nothing_is_stored(
    qtbot, visit_dialog, customer_id
):
    """A purchase nobody can read back later would be stored, or the wrong row blamed."""
    click(qtbot, visit_dialog, "visitAddItem")
    type_item(visit_dialog, 1, "", "30")  # row 1 stays empty and is skipped

    click(qtbot, visit_dialog, "visitSave")

    assert "Item 2: please enter what was bought" in errors_text(visit_dialog, "visitErrors")
    assert visit_dialog.isVisible()
    assert visits.visits_of(customer_id) == []


def test_a_refusal_from_the_service_keeps_the_dialog_open(qtbot, now):
    """What was typed would vanish when the save fails, with no word on why."""
    refusal = [FieldError("visited_on", Message(visits.FUTURE))]
    dialog = VisitDialog("张三", now.date(), lambda data: refusal, [])
    qtbot.addWidget(dialog)
    dialog.show()
    type_item(dialog, 0, "剪发", "38")

    assert dialog.try_save() is False
    assert dialog.isVisible()
    assert "This date is in the future." in errors_text(dialog, "visitErrors")


def test_enter_in_the_items_moves_on_instead_of_saving(qtbot, visit_dialog, customer_id):
    """Enter after the item name would save a visit before its price was typed."""
    table = visit_dialog.findChild(QTableWidget, "visitItems")
    table.editItem(table.item(0, COL_ITEM))
    editor = table.indexWidget(table.model().index(0, COL_ITEM))
    qtbot.keyClicks(editor, "Haircut")  # QTest types ASCII only
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    assert visit_dialog.isVisible()
    assert table.item(0, COL_ITEM).text() == "Haircut"
    assert (table.currentRow(), table.currentColumn()) == (0, COL_SPEC)
    assert visits.visits_of(customer_id) == []


def test_cancelling_a_typed_visit_asks_first(qtbot, visit_dialog, monkeypatch):
    """A slip of the Esc key would throw away a visit typed at a busy counter."""
    questions: list[str] = []
    answer = False

    def confirm(parent, title, text, destructive=False):
        questions.append(title)
        return answer

    monkeypatch.setattr(prompts, "confirm", confirm)
    qtbot.keyClicks(visit_dialog.findChild(QPlainTextEdit, "visitNote"), "wants a perm")

    click(qtbot, visit_dialog, "visitCancel")
    assert visit_dialog.isVisible()
    answer = True
    visit_dialog.close()  # the window's close button goes the same way
    assert not visit_dialog.isVisible()
    assert visit_dialog.result() == QDialog.DialogCode.Rejected
    assert len(questions) == 2


def test_cancelling_an_empty_visit_does_not_ask(qtbot, visit_dialog, monkeypatch):
    """Closing an untouched dialog would nag with a needless question."""
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: pytest.fail("asked"))
    click(qtbot, visit_dialog, "visitCancel")
    assert not visit_dialog.isVisible()


def test_a_follow_up_is_stored_with_satisfaction_and_next_date(
    qtbot, follow_up_dialog, customer_id, now
):
    """The follow-up would be lost, or she would never come back onto the Today board."""
    dialog = follow_up_dialog
    assert "张三" in dialog.windowTitle()
    channel = dialog.findChild(QComboBox, "followUpChannel")
    channel.setCurrentIndex(channel.findData(FollowUpChannel.WECHAT.value))
    dialog.findChild(QPlainTextEdit, "followUpContent").insertPlainText("皮肤不干了，想试面膜")
    satisfaction = dialog.findChild(QComboBox, "followUpSatisfaction")
    satisfaction.setCurrentIndex(satisfaction.findData(4))
    assert "★★★★☆" in satisfaction.currentText()
    dialog.findChild(QCheckBox, "followUpScheduleNext").setChecked(True)

    click(qtbot, dialog, "followUpSave")

    assert dialog.result() == QDialog.DialogCode.Accepted
    [follow_up] = visits.follow_ups_of(customer_id)
    assert follow_up.channel == FollowUpChannel.WECHAT
    assert follow_up.content == "皮肤不干了，想试面膜"
    assert follow_up.satisfaction == 4
    assert follow_up.next_due == now.date() + timedelta(days=30)


def test_a_follow_up_without_content_is_refused(qtbot, follow_up_dialog, customer_id):
    """Empty follow-ups would fill the history and tell the next person nothing."""
    click(qtbot, follow_up_dialog, "followUpSave")

    assert follow_up_dialog.isVisible()
    assert "Please write what was said." in errors_text(follow_up_dialog, "followUpErrors")
    assert visits.follow_ups_of(customer_id) == []


def test_a_follow_up_without_next_date_and_rating_stores_none(qtbot, follow_up_dialog, customer_id):
    """An unasked rating would be stored as a score, or a call scheduled nobody wanted."""
    qtbot.keyClicks(follow_up_dialog.findChild(QPlainTextEdit, "followUpContent"), "no answer")
    click(qtbot, follow_up_dialog, "followUpSave")

    [follow_up] = visits.follow_ups_of(customer_id)
    assert (follow_up.satisfaction, follow_up.next_due) == (None, None)
    assert follow_up.channel == FollowUpChannel.PHONE


def test_cancelling_a_typed_follow_up_asks_first(qtbot, follow_up_dialog, monkeypatch):
    """What the customer said on the phone would be lost by one wrong click."""
    answers = iter([False, True])
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: next(answers))
    qtbot.keyClicks(follow_up_dialog.findChild(QPlainTextEdit, "followUpContent"), "happy")

    click(qtbot, follow_up_dialog, "followUpCancel")
    assert follow_up_dialog.isVisible()
    click(qtbot, follow_up_dialog, "followUpCancel")
    assert not follow_up_dialog.isVisible()
