"""The greeting list, the greeting templates and the shop's dates, through their widgets."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from app.models.enums import Calendar, DayKind, Gender
from app.services import customers, greetings, holidays, settings
from app.services.dto import Birthday, CustomerData
from app.ui import prompts
from app.ui.calendar.greetings import GreetingsPanel
from app.ui.calendar.greetings_model import COL_MESSAGE, COL_NAME, COL_SENT
from app.ui.calendar.shop_dates_dialog import ShopDatesDialog
from app.ui.calendar.templates_dialog import TemplatesDialog

DAY = date(2026, 11, 22)
CHRISTMAS = date(2026, 12, 25)
WANG_MESSAGE = (
    "Dear Ms Wang, happy birthday! "
    "Wishing you health, beauty and a wonderful year ahead. — Lily Salon"
)


def add(name: str, on: date, consent: bool = True, gender: Gender = Gender.FEMALE) -> int:
    data = CustomerData(
        name=name,
        gender=gender,
        birthday=Birthday(Calendar.SOLAR, on.month, on.day, 1996),
        marketing_consent=consent,
    )
    return customers.create_customer(data, "test", datetime(2026, 1, 5, 9))


@pytest.fixture
def shop(db) -> dict[str, int]:
    """王丽 and 李娜 agreed to marketing, 赵敏 did not; all born on 22 November."""
    settings.set_value("shop_name", "Lily Salon")
    settings.set_value("operator", "Amy")
    return {
        "王丽": add("王丽", DAY),
        "李娜": add("李娜", DAY),
        "赵敏": add("赵敏", DAY, consent=False),
        "陈静": add("陈静", DAY + timedelta(days=3)),
    }


@pytest.fixture
def panel(qtbot, shop, now: datetime) -> GreetingsPanel:
    widget = GreetingsPanel(lambda: now)
    qtbot.addWidget(widget)
    widget.mark_on_copy.setChecked(False)
    widget.resize(1100, 600)
    widget.show()
    return widget


def names(model) -> list[str]:
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


def row_of(model, name: str) -> int:
    return names(model).index(name)


def test_day_lists_whom_to_greet(panel) -> None:
    """The owner sees who has a birthday today, with those without consent kept apart."""
    assert sorted(names(panel.model)) == ["李娜", "王丽"]
    assert names(panel.apart_model) == ["赵敏"]
    assert panel.apart.isVisible() and panel.stack.currentIndex() == 0
    message = panel.model.index(row_of(panel.model, "王丽"), COL_MESSAGE).data()
    assert message == WANG_MESSAGE


def test_empty_day_says_so(qtbot, shop, now: datetime) -> None:
    """A day without birthdays says so instead of showing an empty grid."""
    widget = GreetingsPanel(lambda: now)
    qtbot.addWidget(widget)
    widget.set_day(date(2026, 11, 23))
    assert widget.stack.currentWidget() is widget.empty
    assert not widget.festival_row.isVisibleTo(widget)


def test_copy_puts_the_exact_message_on_the_clipboard(panel, shop) -> None:
    """One click copies the composed greeting, ready to paste into WeChat."""
    panel.select(row_of(panel.model, "王丽"))
    assert panel.copy_button.isEnabled()
    QTest.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == WANG_MESSAGE
    assert greetings.sent_marks(DAY, DAY + timedelta(days=1)) == {}


def test_ctrl_c_copies(panel) -> None:
    """Ctrl+C in the list copies the selected customer's message."""
    panel.select(row_of(panel.model, "王丽"))
    panel.table.setFocus()
    QTest.keyClick(panel.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == WANG_MESSAGE


def test_copy_marks_sent_and_moves_to_the_next(panel, shop) -> None:
    """With "mark as sent when copied", copying records the greeting and selects the next one."""
    panel.mark_on_copy.setChecked(True)
    panel.select(0)
    first = panel.model.index(0, COL_NAME).data()
    panel.copy_message()
    marks = greetings.sent_marks(DAY, DAY + timedelta(days=1))
    assert list(marks) == [(shop[first], "birthday:solar", DAY)]
    assert names(panel.model)[-1] == first  # sent ones sort below
    _, rows = panel.selected_rows()
    assert rows == [0] and panel.model.index(0, COL_NAME).data() != first


def test_mark_sent_shows_tick_and_records_once(panel, shop, now: datetime) -> None:
    """Mark sent puts a ✓ and one mark in the database; marking again adds none."""
    panel.select(row_of(panel.model, "王丽"))
    QTest.mouseClick(panel.sent_button, Qt.MouseButton.LeftButton)
    row = row_of(panel.model, "王丽")
    assert panel.model.index(row, COL_SENT).data() == "✓"
    greetings.mark_sent([panel.model.item(row)], now, "Amy")
    panel.set_day(DAY)
    row = row_of(panel.model, "王丽")
    assert panel.model.index(row, COL_SENT).data() == "✓"
    panel.select(row)
    assert not panel.sent_button.isEnabled()
    panel.mark_sent()
    marks = greetings.sent_marks(DAY, DAY + timedelta(days=1))
    assert list(marks) == [(shop["王丽"], "birthday:solar", DAY)]
    QTest.mouseClick(panel.unsent_button, Qt.MouseButton.LeftButton)
    assert greetings.sent_marks(DAY, DAY + timedelta(days=1)) == {}
    assert panel.model.index(row_of(panel.model, "王丽"), COL_SENT).data() == ""


def test_several_rows_marked_at_once(panel, shop) -> None:
    """Selecting both customers and pressing Mark sent records both."""
    panel.table.selectAll()
    panel.mark_sent()
    assert len(greetings.sent_marks(DAY, DAY + timedelta(days=1))) == 2
    assert panel.to_greet.heading.text() == "To greet: 2 (2 sent)"


def test_promotional_greeting_withheld_without_consent(qtbot, panel, shop) -> None:
    """A greeting with an offer is never offered to a customer who refused marketing."""
    greetings.save_template("birthday", "en", "Dear {title}, 20% off this week!", True)
    panel.reload()
    row = row_of(panel.apart_model, "赵敏")
    assert panel.apart_model.message(row) == ""
    assert "offer" in panel.apart_model.index(row, COL_MESSAGE).data()
    assert panel.apart.note.isVisibleTo(panel)
    QApplication.clipboard().setText("before")
    panel.select(row, apart=True)
    assert not panel.copy_button.isEnabled()
    assert panel.copy_message() == ""
    assert QApplication.clipboard().text() == "before"
    assert "赵敏" not in names(panel.model)
    panel.select(row_of(panel.model, "王丽"))
    assert panel.copy_message() == "Dear Ms Wang, 20% off this week!"


def test_festival_adds_every_customer(qtbot, shop, now: datetime) -> None:
    """On Christmas the owner can add every customer's Christmas greeting to the list."""
    widget = GreetingsPanel(lambda: now)
    qtbot.addWidget(widget)
    widget.set_day(CHRISTMAS)
    assert widget.festival_row.isVisibleTo(widget)
    assert "Christmas" in widget.festival.text()
    assert widget.stack.currentWidget() is widget.empty
    widget.festival.setChecked(True)
    assert sorted(names(widget.model)) == ["李娜", "王丽", "陈静"]
    assert names(widget.apart_model) == ["赵敏"]
    row = row_of(widget.model, "王丽")
    assert widget.model.index(row, COL_MESSAGE).data() == (
        "Dear Ms Wang, wishing you a happy Christmas! — Lily Salon"
    )


def test_export_writes_the_list(panel, tmp_path: Path, monkeypatch) -> None:
    """Export to Excel… writes the day's list with each message, to hand to a colleague."""
    from openpyxl import load_workbook

    target = tmp_path / "greetings"
    monkeypatch.setattr(prompts, "save_file", lambda *a, **k: str(target))
    written = panel.export()
    assert written == tmp_path / "greetings.xlsx"
    book = load_workbook(written)
    rows = list(book.worksheets[0].iter_rows(min_row=2, values_only=True))
    book.close()
    by_name = {row[2]: row for row in rows}
    assert set(by_name) == {"王丽", "李娜", "赵敏"}
    assert by_name["王丽"][3] == "birthday" and by_name["王丽"][8] == WANG_MESSAGE


def test_export_error_is_a_message(panel, tmp_path: Path, monkeypatch) -> None:
    """A folder that does not exist gives a plain message, not a crash."""
    shown: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: shown.append(text))
    assert panel.export(str(tmp_path / "missing" / "x.xlsx")) is None
    assert shown and "does not exist" in shown[0]


def test_double_click_opens_the_customer(qtbot, panel, shop) -> None:
    """Double-clicking a row opens that customer's card."""
    row = row_of(panel.model, "李娜")
    with qtbot.waitSignal(panel.open_customer) as opened:
        panel.table.doubleClicked.emit(panel.model.index(row, COL_NAME))
    assert opened.args == [shop["李娜"]]


def test_greeting_model_passes_modeltester(qtmodeltester, panel) -> None:
    """The greeting list follows Qt's model rules (no crashes or wrong rows in views)."""
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.apart_model)


# --- templates ---------------------------------------------------------------------------


@pytest.fixture
def templates(qtbot, shop) -> TemplatesDialog:
    def leave_drafts(widget: TemplatesDialog) -> None:
        with pytest.MonkeyPatch.context() as patch:  # closed at the end without asking
            patch.setattr(prompts, "save_discard_cancel", lambda *a: "discard")
            widget.reject()

    dialog = TemplatesDialog()
    qtbot.addWidget(dialog, before_close_func=leave_drafts)
    dialog.show()
    return dialog


def test_unknown_placeholder_is_explained_and_blocks_save(templates) -> None:
    """Typing {foo} shows why at once, and Save stays disabled until it is fixed."""
    templates.text.setPlainText("Dear {foo}, happy birthday!")
    assert templates.error.isVisible() and "{foo}" in templates.error.text()
    assert not templates.save_button.isEnabled()
    templates.text.setPlainText("Dear {title}, happy birthday!")
    assert not templates.error.isVisible() and templates.save_button.isEnabled()
    assert templates.preview.text() == "Dear Ms Wang, happy birthday!"


def test_saved_template_changes_the_list(qtbot, templates, panel) -> None:
    """A saved template is what the greeting list composes from then on."""
    templates.text.setPlainText("")
    templates.text.insertPlainText("Happy birthday, ")
    QTest.mouseClick(
        templates.findChild(type(templates.save_button), "insert_name"), Qt.MouseButton.LeftButton
    )
    templates.text.insertPlainText("!")
    QTest.mouseClick(templates.save_button, Qt.MouseButton.LeftButton)
    assert greetings.template("birthday", "en").text == "Happy birthday, {name}!"
    row = row_of(panel.model, "王丽")
    qtbot.waitUntil(lambda: panel.model.message(row) == "Happy birthday, 王丽!", timeout=2000)
    panel.select(row)
    assert panel.copy_message() == "Happy birthday, 王丽!"


@pytest.fixture
def english(qapp) -> None:
    """The window's English, digits grouped as the owner reads them (1,280)."""
    from app.ui.application import install_language

    install_language("en")


def test_points_placeholder_fills_in_her_balance(
    english, qtbot, templates, panel, shop, now
) -> None:
    """{points} puts each customer's own balance into her greeting (the preview shows the
    sample customer's 1,280), so the owner can invite her to redeem them."""
    from app.services import points

    assert "1,280 points" in templates.findChild(QLabel, "templatePreviewCaption").text()
    templates.text.setPlainText("Dear {title}, you have ")
    templates.text.moveCursor(QTextCursor.MoveOperation.End)
    QTest.mouseClick(
        templates.findChild(type(templates.save_button), "insert_points"),
        Qt.MouseButton.LeftButton,
    )
    templates.text.insertPlainText(" points to spend.")
    assert templates.preview.text() == "Dear Ms Wang, you have 1,280 points to spend."
    QTest.mouseClick(templates.save_button, Qt.MouseButton.LeftButton)
    points.post_opening(shop["王丽"], 2500, "店长", now)
    panel.reload()
    row = row_of(panel.model, "王丽")
    assert panel.model.message(row) == "Dear Ms Wang, you have 2,500 points to spend."
    assert (
        panel.model.message(row_of(panel.model, "李娜"))
        == "Dear Ms Li, you have 0 points to spend."
    )
    tooltip = panel.model.index(row, COL_NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.endswith("2,500 points")


def test_drafts_survive_switching_template_and_language(templates, monkeypatch) -> None:
    """Typed text is kept when the owner looks at another template or language first."""
    templates.text.setPlainText("My own birthday words, {title}")
    templates.list.setCurrentRow(1)
    templates.language.setCurrentIndex(templates.language.findData("zh_CN"))
    templates.text.setPlainText("{title}，周年快乐")
    templates.language.setCurrentIndex(templates.language.findData("en"))
    templates.list.setCurrentRow(0)
    assert templates.text.toPlainText() == "My own birthday words, {title}"
    assert templates.list.item(0).text().startswith("• ")
    monkeypatch.setattr(prompts, "save_discard_cancel", lambda *a: "save")
    templates.reject()
    assert not templates.isVisible()
    assert greetings.template("birthday", "en").text == "My own birthday words, {title}"
    assert greetings.template("anniversary", "zh_CN").text == "{title}，周年快乐"


def test_reset_brings_back_the_default(templates, monkeypatch) -> None:
    """Reset to default replaces the shop's words with the program's, after asking."""
    templates.text.setPlainText("Short {name}")
    assert templates.save()
    assert greetings.template("birthday", "en").customised
    assert templates.reset_button.isEnabled()
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    templates.reset()
    assert not greetings.template("birthday", "en").customised
    assert templates.text.toPlainText() == greetings.default_text("birthday", "en")


# --- shop dates --------------------------------------------------------------------------


@pytest.fixture
def shop_dates(qtbot, db, now: datetime) -> ShopDatesDialog:
    dialog = ShopDatesDialog(None, lambda: now)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_add_edit_remove_a_shop_date(qtbot, shop_dates, monkeypatch) -> None:
    """The shop's anniversary is added, renamed and removed, and the calendar follows."""
    editor = shop_dates.add()
    editor.name.setText("店庆")
    editor.on.setDate(date(2026, 12, 8))
    assert editor.try_save()
    marks = holidays.marks_between(date(2027, 12, 1), date(2027, 12, 31))
    assert [m.name for m in marks if m.kind == DayKind.SHOP] == ["店庆"]
    assert shop_dates.model.index(0, 0).data() == "店庆"

    editor = shop_dates.edit()
    assert editor is not None and editor.name.text() == "店庆"
    editor.name.setText("十周年店庆")
    editor.kind.setCurrentIndex(editor.kind.findData(DayKind.HOLIDAY.value))
    assert not editor.yearly.isChecked() and not editor.yearly.isEnabled()
    assert editor.try_save()
    marks = holidays.marks_between(date(2026, 12, 8), date(2026, 12, 9))
    assert [(m.name, m.kind) for m in marks if m.shop_date_id] == [("十周年店庆", DayKind.HOLIDAY)]

    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    shop_dates.remove()
    assert holidays.shop_dates() == []
    assert shop_dates.empty.isVisibleTo(shop_dates)


def test_shop_date_error_beside_the_field(shop_dates) -> None:
    """A missing name is explained beside the name, and the date typed is kept."""
    editor = shop_dates.add()
    editor.on.setDate(date(2027, 2, 3))
    assert not editor.try_save()
    assert editor.errors["name"].isVisible() and "name" in editor.errors["name"].text()
    assert editor.isVisible() and editor.on.date().toPython() == date(2027, 2, 3)
    assert holidays.shop_dates() == []


def test_estimated_year_hint(shop_dates) -> None:
    """When next year's official holidays are not known, the dialog says what to do."""
    assert shop_dates.hint.isVisibleTo(shop_dates)
    assert "2027" in shop_dates.hint.text()


def test_shop_dates_model_passes_modeltester(qtmodeltester, shop_dates, now: datetime) -> None:
    """The shop dates list follows Qt's model rules."""
    holidays.save_shop_date(holidays.ShopDateData(None, "店庆", DayKind.SHOP, DAY, True), now)
    shop_dates.reload()
    qtmodeltester.check(shop_dates.model)
