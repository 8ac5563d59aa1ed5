"""Insert a standard answer (标准问答) into a complaint's reply, at a busy counter:
the answers of the complaint's category first (all categories on request), the
chosen one filled in for her and the shop, Enter or a double click to insert.

`pick_answer(parent, category, customer_name, gender, shop)` returns the filled
text, or None when nothing was chosen. "Edit the library…" opens the library and
shows its changes when it is closed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import ComplaintCategory, Gender
from app.services import complaint_answers
from app.services.complaint_answers import AnswerRecord
from app.ui.complaints import labels
from app.ui.complaints.answers_dialog import ID_ROLE, add_heading, open_answers

Clock = Callable[[], datetime]
HINT_STYLE = "color: #777;"


class AnswerPicker(QDialog):
    def __init__(
        self,
        category: ComplaintCategory,
        customer_name: str,
        gender: Gender,
        shop: str,
        clock: Clock = datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        from app.ui.application import current_language

        super().__init__(parent)
        self.setObjectName("answerPicker")
        self.setWindowTitle(self.tr("Insert a standard answer"))
        self._category = category
        self._name = customer_name
        self._gender = gender
        self._shop = shop
        self._clock = clock
        self._answers: dict[int, AnswerRecord] = {}
        complaint_answers.ensure_defaults(current_language(), clock())

        self.heading = QLabel(objectName="pickerHeading")
        self.show_all = QCheckBox(self.tr("All categories"), objectName="pickerAll")
        self.note = QLabel(objectName="pickerNote", wordWrap=True)
        self.note.setStyleSheet(HINT_STYLE)
        self.note.hide()
        self.list = QListWidget(objectName="pickerList")
        self.list.setMinimumWidth(230)
        self.preview = QPlainTextEdit(objectName="pickerPreview")
        self.preview.setReadOnly(True)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the arrows stay in the list
        self.preview.setStyleSheet("QPlainTextEdit { background: #f6f8f6; }")
        self.edit_button = QPushButton(self.tr("Edit the library…"), objectName="pickerEdit")
        self.edit_button.setAutoDefault(False)
        self.insert_button = QPushButton(self.tr("Insert"), objectName="pickerInsert")
        self.insert_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), objectName="pickerCancel")
        cancel.setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.show_all)
        columns = QHBoxLayout()
        columns.addWidget(self.list, 2)
        columns.addWidget(self.preview, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch()
        buttons.addWidget(self.insert_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

        self.heading.setText(
            self.tr("Answers for {category}").format(category=labels.category(category))
        )
        self.list.currentItemChanged.connect(lambda *_: self._chosen())
        # Enter reaches the Insert button: the list only announces it as "activated".
        self.list.itemDoubleClicked.connect(lambda *_: self.insert())
        self.show_all.toggled.connect(self._show_all_toggled)
        self.edit_button.clicked.connect(self.edit_library)
        self.insert_button.clicked.connect(self.insert)
        cancel.clicked.connect(self.reject)
        self.resize(760, 420)
        self.reload()
        self.list.setFocus()

    def reload(self, select: int | None = None) -> None:
        """List the category's answers, or all of them with the category's first; show
        them all when the category has none."""
        everything = complaint_answers.answers()
        self._answers = {a.id: a for a in everything}
        own = [a for a in everything if a.category == self._category]
        self.show_all.blockSignals(True)
        if not own and everything:
            self.show_all.setChecked(True)
        self.show_all.blockSignals(False)
        self.note.setVisible(not own)
        self.note.setText(
            self.tr("No standard answer for this category yet: all the others are shown.")
            if everything
            else self.tr("The library is empty. Write the shop's answers with “Edit the library…”.")
        )
        shown = own
        if self.show_all.isChecked():
            shown = own + [a for a in everything if a.category != self._category]
        self.list.blockSignals(True)
        self.list.clear()
        heading = None
        for answer in shown:
            if self.show_all.isChecked() and answer.category != heading:
                heading = answer.category
                add_heading(self.list, labels.category(answer.category))
            entry = QListWidgetItem(answer.title, self.list)
            entry.setData(ID_ROLE, answer.id)
            entry.setToolTip(answer.title)
        self.list.blockSignals(False)
        rows = [r for r in range(self.list.count()) if self.list.item(r).data(ID_ROLE)]
        chosen = [r for r in rows if self.list.item(r).data(ID_ROLE) == select]
        if chosen or rows:
            self.list.setCurrentRow((chosen or rows)[0])
        self._chosen()

    def _show_all_toggled(self) -> None:
        self.reload(self.current_id())
        self.list.setFocus()  # back to the arrows and Enter

    def current_id(self) -> int | None:
        entry = self.list.currentItem()
        value = entry.data(ID_ROLE) if entry else None
        return int(value) if value else None

    def filled_text(self) -> str:
        """The chosen answer filled in for her and the shop ('' when none is chosen)."""
        answer = self._answers.get(self.current_id() or 0)
        if answer is None:
            return ""
        return complaint_answers.fill(
            answer.text,
            self._name,
            self._gender,
            self._shop,
            complaint_answers.language_of(answer.text),
        )

    def _chosen(self) -> None:
        text = self.filled_text()
        self.preview.setPlainText(text)
        self.insert_button.setEnabled(bool(text))

    def insert(self) -> None:
        if self.filled_text():
            self.accept()

    def edit_library(self) -> None:
        """Open the library; its changes show here when it is closed."""
        dialog = open_answers(self, self._clock)
        dialog.finished.connect(lambda *_: self.reload(self.current_id()))


def pick_answer(
    parent: QWidget | None,
    category: ComplaintCategory,
    customer_name: str,
    gender: Gender,
    shop: str,
    clock: Clock = datetime.now,
) -> str | None:
    """A standard answer filled in for her (no name: 尊敬的顾客 / valued customer) and the
    shop, or None when the counter chose none."""
    dialog = AnswerPicker(category, customer_name, gender, shop, clock, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.filled_text() if accepted else ""
    dialog.deleteLater()
    return text or None
