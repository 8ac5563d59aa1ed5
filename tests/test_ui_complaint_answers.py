"""The library of standard answers and the picker that inserts one into a reply."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.models import ComplaintCategory, Gender
from app.services import complaint_answers, settings
from app.ui import prompts
from app.ui.complaints.answer_picker import AnswerPicker, pick_answer
from app.ui.complaints.answers_dialog import ID_ROLE, AnswersDialog

C = ComplaintCategory
HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def shop(db, monkeypatch: pytest.MonkeyPatch) -> None:
    """An English window for Lily Salon; no real message box ever blocks a test."""
    from app.ui.application import install_language

    install_language("en")
    settings.set_value("shop_name", "Lily Salon")
    monkeypatch.setattr(prompts, "save_discard_cancel", lambda *a: "discard")
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(prompts, "warn", lambda *a: None)


@pytest.fixture
def library(qtbot, shop, now: datetime) -> AnswersDialog:
    dialog = AnswersDialog(lambda: now)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def list_titles(dialog) -> list[str]:
    view = dialog.list
    return [
        view.item(r).text() for r in range(view.count()) if view.item(r).data(ID_ROLE) is not None
    ]


def choose_category(dialog: AnswersDialog, category: ComplaintCategory | None) -> None:
    row = 0 if category is None else 1 + complaint_answers.CATEGORIES.index(category)
    dialog.categories.setCurrentRow(row)


def select_title(dialog, title: str) -> None:
    for row in range(dialog.list.count()):
        if dialog.list.item(row).text() == title:
            dialog.list.setCurrentRow(row)
            return
    raise AssertionError(title)


def test_library_opens_with_the_default_answers(library) -> None:
    """The first opening offers the program's English answers, all categories listed."""
    assert library.categories.item(0).text() == "All categories (12)"
    assert library.categories.item(1).text() == "Product quality (2)"
    assert list_titles(library)[0] == "Faulty product: exchange or refund"
    assert library.title.text() == "Faulty product: exchange or refund"
    assert "Dear Ms Wang," in library.preview.text()
    assert "Lily Salon" in library.preview.text()
    assert not library.save_button.isEnabled()


def test_edit_and_save_an_answer(qtbot, library) -> None:
    """The owner rewrites an answer in her words; the library keeps them and the list shows them."""
    choose_category(library, C.SERVICE)
    assert list_titles(library) == ["Unfriendly staff", "Long wait"]
    select_title(library, "Long wait")
    library.title.clear()
    QTest.keyClicks(library.title, "Waited too long")
    library.text.setPlainText("Dear , sorry for the wait. See you soon at !")
    cursor = library.text.textCursor()
    cursor.setPosition(len("Dear "))
    library.text.setTextCursor(cursor)
    qtbot.mouseClick(library.findChild(type(library.save_button), "insert_name"), Qt.LeftButton)
    cursor.setPosition(len(library.text.toPlainText()) - 1)
    library.text.setTextCursor(cursor)
    library.insert_placeholder("shop")
    assert library.text.toPlainText() == "Dear {name}, sorry for the wait. See you soon at {shop}!"
    assert library.preview.text() == "Dear Ms Wang, sorry for the wait. See you soon at Lily Salon!"
    assert list_titles(library)[1].startswith("• ")
    qtbot.mouseClick(library.save_button, Qt.LeftButton)
    stored = complaint_answers.answers(C.SERVICE)
    assert [a.title for a in stored] == ["Unfriendly staff", "Waited too long"]
    assert stored[1].text == "Dear {name}, sorry for the wait. See you soon at {shop}!"
    assert list_titles(library) == ["Unfriendly staff", "Waited too long"]
    assert not library.save_button.isEnabled()


def test_bad_placeholder_shows_the_reason_and_keeps_the_text(qtbot, library) -> None:
    """A typo in a placeholder is explained under the text, and nothing typed is lost."""
    choose_category(library, C.PRICE)
    before = complaint_answers.answers(C.PRICE)
    typed = "Dear {customer}, the price includes genuine products."
    library.text.setPlainText(typed)
    assert library.text_error.isVisible()
    assert library.text_error.text() == "{customer} is not a placeholder. Use {name} {shop}."
    assert library.preview.text() == ""
    qtbot.mouseClick(library.save_button, Qt.LeftButton)
    assert library.text.toPlainText() == typed
    assert library.text_error.isVisible()
    assert complaint_answers.answers(C.PRICE) == before


def test_empty_title_is_explained_next_to_it(qtbot, library) -> None:
    """Saving without a title says so under the title and keeps the text."""
    library.title.clear()
    qtbot.mouseClick(library.save_button, Qt.LeftButton)
    assert library.title_error.isVisible()
    assert library.title_error.text() == "Give the answer a short title."
    assert complaint_answers.answers(C.PRODUCT)[0].title == "Faulty product: exchange or refund"


def test_new_answer_is_added_to_the_category(qtbot, library) -> None:
    """A new answer written for the category shown lands at its end."""
    choose_category(library, C.ENVIRONMENT)
    qtbot.mouseClick(library.add_button, Qt.LeftButton)
    assert library.title.text() == "" and library.editor.isEnabled()
    assert not library.title_error.isVisible()  # not scolded before typing anything
    QTest.keyClicks(library.title, "Parking")
    library.text.setPlainText("Dear {name}, parking is free behind {shop}.")
    qtbot.mouseClick(library.save_button, Qt.LeftButton)
    assert [a.title for a in complaint_answers.answers(C.ENVIRONMENT)][-1] == "Parking"
    assert list_titles(library)[-1] == "Parking"
    assert library.categories.item(5).text() == "Environment (3)"


def test_leaving_an_edited_answer_asks_and_can_stay(qtbot, library, monkeypatch) -> None:
    """Clicking another answer with unsaved words asks first; "Cancel" keeps the words."""
    monkeypatch.setattr(prompts, "save_discard_cancel", lambda *a: "cancel")
    library.text.setPlainText("Dear {name}, half-written")
    library.list.setCurrentRow(2)  # another product answer
    assert library.text.toPlainText() == "Dear {name}, half-written"
    assert library.title.text() == "Faulty product: exchange or refund"
    choose_category(library, C.PRICE)
    assert library.categories.currentRow() == 0
    assert library.text.toPlainText() == "Dear {name}, half-written"


def test_leaving_an_edited_answer_can_save_it(qtbot, library, monkeypatch) -> None:
    """Choosing "Save" when leaving keeps the words in the library and shows the answer clicked."""
    monkeypatch.setattr(prompts, "save_discard_cancel", lambda *a: "save")
    library.text.setPlainText("Dear {name}, we will exchange it today.")
    select_title(library, "Skin reaction after using a product")
    assert library.title.text() == "Skin reaction after using a product"
    assert complaint_answers.answers(C.PRODUCT)[0].text == "Dear {name}, we will exchange it today."


def test_delete_asks_and_removes(qtbot, library, monkeypatch) -> None:
    """Deleting asks first; the next answer takes its place."""
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: asked.append(a[2]) or True)
    choose_category(library, C.OTHER)
    qtbot.mouseClick(library.delete_button, Qt.LeftButton)
    assert asked and "Needs time: promise when we answer" in asked[0]
    assert [a.title for a in complaint_answers.answers(C.OTHER)] == ["Booking missed or mixed up"]
    assert library.title.text() == "Booking missed or mixed up"


def test_move_down_changes_the_order(qtbot, library) -> None:
    """Moving an answer down changes the order staff see it in."""
    choose_category(library, C.RESULT)
    assert not library.up_button.isEnabled()
    qtbot.mouseClick(library.down_button, Qt.LeftButton)
    expected = ["Hairstyle or colour not as agreed", "Result not as expected"]
    assert [a.title for a in complaint_answers.answers(C.RESULT)] == expected
    assert list_titles(library) == expected
    assert library.title.text() == "Result not as expected"
    assert library.up_button.isEnabled() and not library.down_button.isEnabled()


def test_picker_lists_the_category_and_returns_the_filled_text(qtbot, shop, now) -> None:
    """At the counter: the price answers come up, Down and Enter insert the second one, filled."""
    picker = AnswerPicker(C.PRICE, "王丽", Gender.FEMALE, "Lily Salon", lambda: now)
    qtbot.addWidget(picker)
    picker.show()
    assert [picker.list.item(r).text() for r in range(picker.list.count())] == [
        "Feels the price is too high",
        "Charged more than agreed",
    ]
    assert picker.preview.toPlainText().startswith("Dear Ms Wang, thank you")
    QTest.keyClick(picker.list, Qt.Key.Key_Down)
    with qtbot.waitSignal(picker.accepted):
        QTest.keyClick(picker.list, Qt.Key.Key_Return)
    text = picker.filled_text()
    assert text.startswith("Dear Ms Wang, I am sorry the bill was not what we had agreed")
    assert text.endswith("you are always welcome at Lily Salon.")
    assert "{" not in text


def test_pick_answer_returns_text_or_none(qtbot, shop) -> None:
    """pick_answer gives the complaint window the filled text, or None when cancelled."""

    def press(key: Qt.Key) -> None:
        picker = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AnswerPicker))
        QTest.keyClick(picker.list, key)

    QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))
    text = pick_answer(None, C.RESULT, "", Gender.UNKNOWN, "")
    assert text is not None
    assert text.startswith("Dear valued customer, we are very sorry the result")
    assert "At our shop we want" in text
    QTimer.singleShot(0, lambda: press(Qt.Key.Key_Escape))
    assert pick_answer(None, C.RESULT, "", Gender.UNKNOWN, "") is None


def test_picker_shows_all_categories_on_request(qtbot, shop, now) -> None:
    """Ticking "All categories" lists every answer, the complaint's category first."""
    picker = AnswerPicker(C.ENVIRONMENT, "李强", Gender.MALE, "Lily Salon", lambda: now)
    qtbot.addWidget(picker)
    picker.show_all.setChecked(True)
    rows = [picker.list.item(r) for r in range(picker.list.count())]
    answers = [r.text() for r in rows if r.data(ID_ROLE)]
    assert len(answers) == 12
    assert rows[0].text() == "Environment" and rows[0].flags() == Qt.ItemFlag.NoItemFlags
    assert answers[:2] == ["Not clean enough", "Too noisy, too cold or too hot"]
    assert picker.preview.toPlainText().startswith("Dear Mr Li,")


def test_picker_for_a_category_without_answers_shows_the_rest(qtbot, shop, now) -> None:
    """A category the owner has no answer for still offers the others, and says why."""
    complaint_answers.ensure_defaults("en", now)
    for answer in complaint_answers.answers(C.OTHER):
        complaint_answers.delete_answer(answer.id)
    picker = AnswerPicker(C.OTHER, "王丽", Gender.FEMALE, "Lily Salon", lambda: now)
    qtbot.addWidget(picker)
    picker.show()
    assert picker.show_all.isChecked()
    assert picker.note.isVisible()
    assert picker.insert_button.isEnabled()


def test_picker_edits_the_library(qtbot, shop, now) -> None:
    """The library opened from the picker: what is saved there is offered when it closes."""
    picker = AnswerPicker(C.PRICE, "王丽", Gender.FEMALE, "Lily Salon", lambda: now)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.mouseClick(picker.edit_button, Qt.LeftButton)
    library = picker.findChild(AnswersDialog)
    assert library is not None and library.isVisible()
    choose_category(library, C.PRICE)
    library.title.setText("Price explained")
    qtbot.mouseClick(library.save_button, Qt.LeftButton)
    qtbot.mouseClick(library.close_button, Qt.LeftButton)
    assert picker.list.item(0).text() == "Price explained"


def test_chinese_window_has_chinese_answers(qtbot, db, now, monkeypatch) -> None:
    """A Chinese shop's library starts with Chinese answers, filled with 王女士 and the shop."""
    from app.ui.application import install_language

    monkeypatch.setattr(prompts, "save_discard_cancel", lambda *a: "discard")
    settings.set_value("shop_name", "丽人美发")
    install_language("zh_CN")
    try:
        library = AnswersDialog(lambda: now)
        qtbot.addWidget(library)
        library.show()
        shown = list_titles(library)
        assert len(shown) == 12 and all(HAN.search(t) for t in shown)
        assert library.preview.text().startswith("王女士，您好！")
        picker = AnswerPicker(C.SERVICE, "李娜", Gender.FEMALE, "丽人美发", lambda: now)
        qtbot.addWidget(picker)
        assert picker.list.item(0).text() == "员工态度不好"
        text = picker.filled_text()
        assert text.startswith("李女士，您好！") and "代表丽人美发" in text
        assert not re.search(r"[A-Za-z]{2,}", text)
    finally:
        install_language("en")
