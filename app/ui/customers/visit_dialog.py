"""Record a visit or purchase (消费记录) at the counter: date, staff, items, note — and,
when she has prepaid, paying from her stored value or using a package session.

The dialog checks what is typed as it is typed and hands a `VisitData` to the
caller's `save` callback; it never touches the database itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import visits
from app.services.dto import VisitData
from app.services.messages import FieldError, Message
from app.ui import prompts, texts
from app.ui.customers.visit_items import VisitItemsTable

if TYPE_CHECKING:
    from app.ui.prepaid.visit_panel import VisitPrepaidPanel

ERROR_STYLE = "color: #c62828;"  # the card editor's red


class VisitDialog(QDialog):
    """One visit: the items bought or services done, their total, who served, a note.

    `save(data)` is the caller's: it hands the data to the service and returns the
    errors that kept it from saving ([] when saved). `prepaid` (the caller's) offers
    her stored value and package cards; its errors keep the visit from being saved,
    and the caller posts its `choice()` once the visit is stored.
    """

    def __init__(
        self,
        customer_name: str,
        today: date,
        save: Callable[[VisitData], list[FieldError]],
        staff_names: list[str],
        parent: QWidget | None = None,
        prepaid: VisitPrepaidPanel | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitDialog")
        self._prepaid = prepaid
        self._today = today
        self._save = save
        self._touched = False  # no nagging about empty fields before the first keystroke
        self._saved = False
        self.setWindowTitle(self.tr("Record a visit — {name}").format(name=customer_name))

        self._date = QDateEdit(today, calendarPopup=True, objectName="visitDate")
        self._date.setDisplayFormat("yyyy-MM-dd")
        self._date.setDateRange(visits.EARLIEST, today)
        self._staff = QComboBox(editable=True, objectName="visitStaff")
        self._staff.addItems(staff_names)
        self._staff.setCurrentIndex(-1)
        self._staff.lineEdit().setMaxLength(50)
        self._staff.lineEdit().setPlaceholderText(self.tr("Who served her"))
        self._items = VisitItemsTable()
        add = QPushButton(self.tr("Add item"), objectName="visitAddItem")
        remove = QPushButton(self.tr("Remove item"), objectName="visitRemoveItem")
        self._total = QLabel(objectName="visitTotal", styleSheet="font-weight: bold;")
        self._note = QPlainTextEdit(objectName="visitNote", tabChangesFocus=True)
        self._note.setPlaceholderText(self.tr("Anything to remember about this visit"))
        self._note.setMaximumHeight(70)
        self._errors = QLabel(objectName="visitErrors", wordWrap=True, styleSheet=ERROR_STYLE)
        self._errors.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("visitSave")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("visitCancel")

        form = QFormLayout()
        form.addRow(self.tr("Date"), self._date)
        form.addRow(self.tr("Served by"), self._staff)
        below_items = QHBoxLayout()
        below_items.addWidget(add)
        below_items.addWidget(remove)
        below_items.addStretch()
        below_items.addWidget(self._total)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._items, 1)
        layout.addLayout(below_items)
        layout.addWidget(QLabel(self.tr("Note")))
        layout.addWidget(self._note)
        if prepaid is not None:
            layout.addWidget(prepaid)
            prepaid.changed.connect(self._edited)
        layout.addWidget(self._errors)
        layout.addWidget(buttons)
        self.resize(640, 420 if prepaid is None else 520)
        self._items.setFocus()

        # Enter in the grid moves between cells; these save from anywhere.
        for keys in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return")):
            QShortcut(keys, self, activated=self.try_save)
        self._items.changed.connect(self._edited)
        self._date.dateChanged.connect(self._edited)
        self._staff.editTextChanged.connect(self._edited)
        self._note.textChanged.connect(self._edited)
        add.clicked.connect(self._items.add_item)
        remove.clicked.connect(self._items.remove_item)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self._refresh()

    def data(self) -> VisitData:
        """What is typed now; a price that is not money counts as ¥0 (and is an error)."""
        items, _, _ = self._items.read()
        return VisitData(
            visited_on=self._date.date().toPython(),
            items=tuple(items),
            staff=self._staff.currentText().strip(),
            note=self._note.toPlainText().strip(),
        )

    def _check(self) -> tuple[list[FieldError], dict[int, int]]:
        """The errors (items numbered as the table shows them) and each row's amount."""
        items, rows, errors = self._items.read()
        for error in visits.visit_errors(self.data(), self._today):
            index = error.message.params.get("index")
            if index is not None:  # empty rows are skipped in data but counted on screen
                params = {**error.message.params, "index": rows[index - 1] + 1}
                error = FieldError(error.field, Message(error.message.text, params))
            errors.append(error)
        return errors, {row: item.amount_fen for row, item in zip(rows, items, strict=True)}

    def _edited(self, *_args: object) -> None:
        self._touched = True
        self._refresh()

    def _refresh(self) -> list[FieldError]:
        """Amounts, total and messages for what is typed now; returns the errors."""
        errors, amounts = self._check()
        total_fen = sum(amounts.values())
        if self._prepaid is not None:  # its amount follows the total, its card the items
            self._prepaid.set_visit(total_fen, [i.name for i in self.data().items])
            errors += self._prepaid.errors()
        shown = errors if self._touched else []
        self._items.show_amounts(amounts, shown)
        total = texts.money(total_fen)
        self._total.setText(self.tr("Total: {amount}").format(amount=total))
        self._show_errors(shown)
        return errors

    def _show_errors(self, errors: list[FieldError]) -> None:
        lines = []
        for error in errors:
            text = texts.message(error.message)
            params = error.message.params
            if error.message.text == visits.BAD_MONEY and "index" in params:  # names no row
                index = error.message.params["index"]
                text = self.tr("Item {index}: {problem}").format(index=index, problem=text)
            lines.append(text)
        self._errors.setText("\n".join(dict.fromkeys(lines)))
        self._errors.setVisible(bool(lines))

    def try_save(self) -> bool:
        """Save through the caller; stay open and show why when something is wrong."""
        if self._saved:  # a second click or shortcut must not store the visit twice
            return True
        self._items.commit_editing()
        self._touched = True
        errors = self._refresh()
        if not errors:
            errors = self._save(self.data())
        if errors:
            self._show_errors(errors)
            return False
        self._saved = True
        self.accept()
        return True

    def reject(self) -> None:
        """Cancel, Esc and the window's close button all ask before typed items are lost."""
        data = self.data()
        typed = bool(data.items or data.staff or data.note)
        if (
            not self._saved
            and typed
            and not prompts.confirm(
                self,
                self.tr("Discard this visit?"),
                self.tr("What you typed has not been saved. Close and lose it?"),
                destructive=True,
            )
        ):
            return
        super().reject()
