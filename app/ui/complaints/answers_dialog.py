"""The library of standard answers (标准问答): per complaint category a list of answers,
each a title and a text with {name} and {shop}, in the owner's order — added,
edited, moved and deleted here, with a preview filled for a sample customer.

`open_answers(parent, clock)` opens it (not blocking) from the complaint window's
answer picker or a menu. The first opening offers the program's answers in the
window's language. What is typed is never lost: a text that cannot be saved stays
in the editor with the reason under its field, and leaving an edited answer asks
whether to save it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import ComplaintCategory, Gender
from app.services import complaint_answers, settings
from app.services.complaint_answers import AnswerRecord
from app.services.messages import FieldError, ServiceError, ValidationError
from app.ui import prompts, texts
from app.ui.calendar.templates_preview import SAMPLE_NAME
from app.ui.complaints import labels

Clock = Callable[[], datetime]
ERROR_STYLE = "color: #c62828;"  # the card editor's red
HINT_STYLE = "color: #777;"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2


def add_heading(view: QListWidget, text: str) -> None:
    """A grey line naming the category of the answers under it; not selectable."""
    heading = QListWidgetItem(text, view)
    heading.setFlags(Qt.ItemFlag.NoItemFlags)
    font = QFont(heading.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 0.9)
    heading.setFont(font)
    heading.setForeground(QColor("#777"))


class AnswersDialog(QDialog):
    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        from app.ui.application import current_language

        super().__init__(parent)
        self.setObjectName("answersDialog")
        self.setWindowTitle(self.tr("Standard answers"))
        self._clock = clock
        self._shop = str(settings.get("shop_name") or "")
        self._answers: dict[int, AnswerRecord] = {}
        self._current: int | None = None  # the answer in the editor, None for a new one
        self._editing = False  # the editor holds an answer (saved or new)
        self._touched: set[str] = set()  # fields whose "cannot be empty" may be shown
        self._category_row = -1  # the category shown, to go back to when leaving is cancelled
        complaint_answers.ensure_defaults(current_language(), clock())

        intro = QLabel(
            self.tr(
                "The shop's own words for frequent complaints, so that everyone answers the "
                "same way. The customer's name and the shop's name are filled in when an "
                "answer is inserted into a reply."
            ),
            wordWrap=True,
        )
        intro.setStyleSheet(HINT_STYLE)
        self.categories = QListWidget(objectName="answerCategories")
        self.categories.setFixedWidth(170)
        self.list = QListWidget(objectName="answerList")
        self.list.setMinimumWidth(240)
        self.add_button = QPushButton(self.tr("New answer"), objectName="answerAdd")
        self.delete_button = QPushButton(self.tr("Delete…"), objectName="answerDelete")
        self.up_button = QPushButton(self.tr("Move up"), objectName="answerUp")
        self.down_button = QPushButton(self.tr("Move down"), objectName="answerDown")
        self.category = QComboBox(objectName="answerCategory")
        for value in complaint_answers.CATEGORIES:
            self.category.addItem(labels.category(value), value.value)
        self.title = QLineEdit(objectName="answerTitle")
        self.title.setPlaceholderText(self.tr("e.g. Long wait"))
        self.title_error = QLabel(objectName="answerTitleError", wordWrap=True)
        self.text = QPlainTextEdit(objectName="answerText")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(140)
        self.length = QLabel(objectName="answerLength")
        self.text_error = QLabel(objectName="answerTextError", wordWrap=True)
        for error in (self.title_error, self.text_error):
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
        self.preview_caption = QLabel(
            self.tr("Preview for a sample customer ({name}, {gender})").format(
                name=SAMPLE_NAME, gender=texts.gender(Gender.FEMALE)
            )
        )
        self.preview = QLabel(objectName="answerPreview", wordWrap=True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setMinimumHeight(90)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setStyleSheet("QLabel { background: #f6f8f6; padding: 8px; }")
        self.shop_hint = QLabel(
            self.tr("Set the shop name in Settings so that {shop} is filled in."),
            objectName="answerShopHint",
            wordWrap=True,
        )
        self.shop_hint.setStyleSheet(HINT_STYLE)
        self.shop_hint.setVisible(not self._shop)
        self.save_button = QPushButton(self.tr("Save"), objectName="answerSave")
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), objectName="answerClose")
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
        self._layout(intro)

        self.categories.currentRowChanged.connect(self._category_chosen)
        self.list.currentItemChanged.connect(self._answer_chosen)
        self.title.textChanged.connect(lambda *_: self._edited("title"))
        self.text.textChanged.connect(lambda: self._edited("text"))
        self.category.currentIndexChanged.connect(lambda *_: self._edited(""))
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete)
        self.up_button.clicked.connect(lambda: self.move_current(up=True))
        self.down_button.clicked.connect(lambda: self.move_current(up=False))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.resize(1000, 620)
        entry = QListWidgetItem(self.categories)
        entry.setData(CATEGORY_ROLE, "")
        for value in complaint_answers.CATEGORIES:
            QListWidgetItem(self.categories).setData(CATEGORY_ROLE, value.value)
        self.categories.setCurrentRow(0)

    def _layout(self, intro: QLabel) -> None:
        insert = QHBoxLayout()
        insert.addWidget(QLabel(self.tr("Insert:")))
        names = {"name": self.tr("Customer (Ms Wang)"), "shop": self.tr("Shop name")}
        for name in complaint_answers.PLACEHOLDERS:
            button = QPushButton(f"{{{name}}} {names[name]}", objectName=f"insert_{name}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, p=name: self.insert_placeholder(p))
            insert.addWidget(button)
        insert.addStretch()
        insert.addWidget(self.length)
        form = QFormLayout()
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Title"), self.title)
        form.addRow("", self.title_error)
        editor = QVBoxLayout()
        editor.addLayout(form)
        editor.addWidget(QLabel(self.tr("What staff say or send")))
        editor.addWidget(self.text, 1)
        editor.addWidget(self.text_error)
        editor.addLayout(insert)
        editor.addSpacing(6)
        editor.addWidget(self.preview_caption)
        editor.addWidget(self.preview)
        editor.addWidget(self.shop_hint)
        self.editor = QWidget(objectName="answerEditor")
        self.editor.setLayout(editor)
        editor.setContentsMargins(0, 0, 0, 0)
        list_buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            list_buttons.addWidget(button)
        middle = QVBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(list_buttons)
        columns = QHBoxLayout()
        columns.addWidget(self.categories)
        columns.addLayout(middle)
        columns.addWidget(self.editor, 1)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

    # -- the lists -------------------------------------------------------------------
    def filter_category(self) -> ComplaintCategory | None:
        """The category the list shows; None for all of them."""
        entry = self.categories.currentItem()
        value = entry.data(CATEGORY_ROLE) if entry else ""
        return ComplaintCategory(value) if value else None

    def _show_counts(self) -> None:
        """The categories with how many answers each has (the list itself never changes)."""
        counts = complaint_answers.counts()
        self.categories.item(0).setText(self.tr("All categories (%n)", "", sum(counts.values())))
        for row, value in enumerate(complaint_answers.CATEGORIES, start=1):
            text = self.tr("{category} ({count})").format(
                category=labels.category(value), count=counts[value]
            )
            self.categories.item(row).setText(text)

    def _choose_category(self, category: ComplaintCategory | None) -> None:
        """Show a category without asking anything (the caller has)."""
        row = 0 if category is None else 1 + complaint_answers.CATEGORIES.index(category)
        self.categories.blockSignals(True)
        self.categories.setCurrentRow(row)
        self.categories.blockSignals(False)
        self._category_row = row

    def reload(self, select: int | None = None) -> None:
        """Read the library again and select an answer (kept in the editor as it is)."""
        chosen = self.filter_category()
        self._show_counts()
        shown = complaint_answers.answers(chosen)
        self._answers = {a.id: a for a in complaint_answers.answers()}
        self.list.blockSignals(True)
        self.list.clear()
        heading = None
        for answer in shown:
            if chosen is None and answer.category != heading:
                heading = answer.category
                add_heading(self.list, labels.category(answer.category))
            entry = QListWidgetItem(answer.title, self.list)
            entry.setData(ID_ROLE, answer.id)
            if answer.id == select:
                self.list.setCurrentItem(entry)
        if not shown:
            empty = QListWidgetItem(self.tr("No answers yet."), self.list)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            empty.setForeground(QColor("#777"))
        self.list.blockSignals(False)
        self._mark_draft()
        self._update_buttons()

    def _row_of(self, answer_id: int | None) -> int:
        for row in range(self.list.count()):
            if answer_id is not None and self.list.item(row).data(ID_ROLE) == answer_id:
                return row
        return -1

    def _first_answer_row(self) -> int:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) is not None:
                return row
        return -1

    def _category_chosen(self, row: int) -> None:
        if row == self._category_row:
            return
        if not self.may_leave():
            self._choose_category(self._category_of_row(self._category_row))
            return
        self._category_row = row
        keep = self._current if self._editing else None
        self.reload(keep)
        if keep is None or self._row_of(keep) < 0:  # else it stays in the editor as it is
            self._select_row(self._first_answer_row())

    def _select_row(self, row: int) -> None:
        """Select a row of the answers list (-1: none) and put its answer in the editor."""
        self.list.blockSignals(True)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        answer_id = self.list.item(row).data(ID_ROLE) if row >= 0 else None
        self._show(self._answers.get(answer_id) if answer_id is not None else None)

    @staticmethod
    def _category_of_row(row: int) -> ComplaintCategory | None:
        return None if row <= 0 else complaint_answers.CATEGORIES[row - 1]

    def _answer_chosen(
        self, entry: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        answer_id = entry.data(ID_ROLE) if entry else None
        if answer_id == self._current and self._editing:
            return
        if not self.may_leave():
            self.list.blockSignals(True)
            if previous is not None:
                self.list.setCurrentItem(previous)
            else:
                self.list.setCurrentRow(-1)
            self.list.blockSignals(False)
            return
        if entry is not None and self.list.currentItem() is not entry:
            self.list.blockSignals(True)
            self.list.setCurrentItem(entry)
            self.list.blockSignals(False)
        self._show(self._answers.get(answer_id) if answer_id is not None else None)

    # -- the editor ------------------------------------------------------------------
    def _show(self, answer: AnswerRecord | None, new: bool = False) -> None:
        """Put an answer in the editor (None and not new: nothing to edit)."""
        self._current = answer.id if answer else None
        self._editing = answer is not None or new
        self._touched = set()
        category = (
            answer.category if answer else (self.filter_category() or ComplaintCategory.PRODUCT)
        )
        for widget in (self.title, self.text, self.category):
            widget.blockSignals(True)
        self.category.setCurrentIndex(self.category.findData(category.value))
        self.title.setText(answer.title if answer else "")
        self.text.setPlainText(answer.text if answer else "")
        for widget in (self.title, self.text, self.category):
            widget.blockSignals(False)
        self.editor.setEnabled(self._editing)
        self._edited("")

    def current_category(self) -> ComplaintCategory:
        return ComplaintCategory(str(self.category.currentData()))

    def dirty(self) -> bool:
        """Whether the editor holds something typed that is not saved."""
        if not self._editing:
            return False
        title, text = self.title.text(), self.text.toPlainText()
        stored = self._answers.get(self._current) if self._current is not None else None
        if stored is None:
            return bool(title.strip() or text.strip())
        typed = (self.current_category(), title, text)
        return typed != (stored.category, stored.title, stored.text)

    def _errors(self) -> list[FieldError]:
        errors = complaint_answers.answer_errors(self.title.text(), self.text.toPlainText())
        # A new answer is not told it is empty before anything was typed in it.
        return [
            e
            for e in errors
            if e.field in self._touched
            or (e.field == "title" and self.title.text().strip())
            or (e.field == "text" and self.text.toPlainText().strip())
        ]

    def _edited(self, field: str) -> None:
        if field:
            self._touched.add(field)
        self._show_errors(self._errors() if self._editing else [])
        text = self.text.toPlainText()
        self.length.setText(f"{len(text)} / {complaint_answers.MAX_TEXT}")
        self.length.setStyleSheet(
            ERROR_STYLE if len(text) > complaint_answers.MAX_TEXT else HINT_STYLE
        )
        if self._editing and text.strip() and not complaint_answers.placeholder_errors(text):
            self.preview.setText(
                complaint_answers.fill(
                    text,
                    SAMPLE_NAME,
                    Gender.FEMALE,
                    self._shop,
                    complaint_answers.language_of(text),
                )
            )
        else:
            self.preview.setText("")
        self._mark_draft()
        self._update_buttons()

    def _show_errors(self, errors: list[FieldError]) -> None:
        for field, label in (("title", self.title_error), ("text", self.text_error)):
            lines = dict.fromkeys(texts.message(e.message) for e in errors if e.field == field)
            label.setText("\n".join(lines))
            label.setVisible(bool(lines))

    def _mark_draft(self) -> None:
        """• before the answer with unsaved changes."""
        dirty = self.dirty()
        for row in range(self.list.count()):
            entry = self.list.item(row)
            answer_id = entry.data(ID_ROLE)
            if answer_id is None or answer_id not in self._answers:
                continue
            title = self._answers[answer_id].title
            entry.setText(("• " if dirty and answer_id == self._current else "") + title)

    def _update_buttons(self) -> None:
        stored = self._answers.get(self._current) if self._current is not None else None
        saved = self._editing and stored is not None
        ids = [a.id for a in self._answers.values() if stored and a.category == stored.category]
        index = ids.index(self._current) if saved and self._current in ids else -1
        self.delete_button.setEnabled(saved)
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(0 <= index < len(ids) - 1)
        self.save_button.setEnabled(self.dirty())

    # -- actions ---------------------------------------------------------------------
    def insert_placeholder(self, name: str) -> None:
        self.text.insertPlainText("{" + name + "}")
        self.text.setFocus()

    def add(self) -> None:
        """An empty answer, in the category shown (the first one when all are shown)."""
        if not self.may_leave():
            return
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self._show(None, new=True)
        self.title.setFocus()

    def save(self, leaving: bool = False) -> bool:
        """Save the answer in the editor; False (the reason under its field, the text
        kept) when it cannot be. `leaving`: another answer or category is being chosen,
        so the lists are rebuilt only once that choice is done."""
        if not self._editing:
            return True
        self._touched = {"title", "text"}
        errors = self._errors()
        if not errors:
            try:
                saved = complaint_answers.save_answer(
                    self._current,
                    self.current_category(),
                    self.title.text(),
                    self.text.toPlainText(),
                    self._clock(),
                )
            except ValidationError as exc:
                errors = exc.errors
            except ServiceError as exc:
                # Deleted at another counter meanwhile: the text stays, as a new answer.
                prompts.warn(self, self.tr("Standard answers"), texts.message(exc.message))
                self._current = None
                self._update_buttons()
                return False
        if errors:
            self._show_errors(errors)
            (self.title if errors[0].field == "title" else self.text).setFocus()
            return False
        self._answers = {a.id: a for a in complaint_answers.answers()}
        if leaving:
            # The lists are rebuilt once the click that is leaving this answer is done.
            self._show(self._answers[saved])
            QTimer.singleShot(0, self, lambda: self.reload(self._current))
            return True
        shown = self.filter_category()
        if shown is not None and shown != self._answers[saved].category:
            self._choose_category(self._answers[saved].category)
        self.reload(saved)
        self._show(self._answers[saved])
        return True

    def delete(self) -> None:
        if self._current is None:
            return
        answer = self._answers.get(self._current)
        title = answer.title if answer else ""
        if not prompts.confirm(
            self,
            self.tr("Delete answer"),
            self.tr(
                "Delete the standard answer “{title}”? Replies already written keep it."
            ).format(title=title),
            destructive=True,
        ):
            return
        row = self.list.currentRow()
        complaint_answers.delete_answer(self._current)
        self._current = None
        self._editing = False
        self.reload()
        rows = [r for r in range(self.list.count()) if self.list.item(r).data(ID_ROLE)]
        # The one that took its place, else the one before it.
        after = [r for r in rows if r >= row]
        self._select_row(after[0] if after else (rows[-1] if rows else -1))

    def move_current(self, up: bool) -> None:
        """Move the answer shown one place up or down in its category."""
        if self._current is None:
            return
        try:
            complaint_answers.move_answer(self._current, up)
        except ServiceError as exc:
            prompts.warn(self, self.tr("Standard answers"), texts.message(exc.message))
        self.reload(self._current)

    def may_leave(self) -> bool:
        """Before another answer is shown: save or drop what was typed, or stay."""
        if not self.dirty():
            return True
        answer = prompts.save_discard_cancel(
            self,
            self.tr("Unsaved answer"),
            self.tr("This answer has unsaved changes. Save them?"),
        )
        if answer == "cancel":
            return False
        if answer == "save":
            return self.save(leaving=True)
        self._editing = False
        return True

    def reject(self) -> None:
        """Close, Esc and the window's button ask before an unsaved answer is lost."""
        if self.may_leave():
            super().reject()


def open_answers(parent: QWidget | None, clock: Clock = datetime.now) -> AnswersDialog:
    """Open the library of standard answers (not blocking) and return it."""
    dialog = AnswersDialog(clock, parent)
    dialog.open()
    return dialog
