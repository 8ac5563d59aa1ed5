"""Who complains: a customer found as on the counter (name, pinyin, phone tail, member
number), or nobody with a card — then a name or number to call back.

Typing lists the first matches under the box; a click, or Enter on the first match,
chooses her. A scanned member number chooses her at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import phones
from app.services import search as counter_search
from app.services.dto import CustomerRow
from app.services.search import SearchQuery
from app.ui.complaints import labels

MATCHES = 8


def _label(row: CustomerRow) -> str:
    """王芳 · 100023 · 138****1234"""
    mobile = phones.mask_mobile(row.mobile) if row.mobile else ""
    return labels.who(row.id, row.name, row.member_no, "", mobile)


class CustomerPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._customer_id: int | None = None
        self.search = QLineEdit(objectName="complaintCustomerSearch")
        self.search.setPlaceholderText(self.tr("Name, pinyin, last 4 digits or member no."))
        self.search.setClearButtonEnabled(True)
        self.anonymous = QCheckBox(self.tr("No card (anonymous)"), objectName="complaintAnonymous")
        self.matches = QListWidget(objectName="complaintCustomerMatches")
        self.matches.setMaximumHeight(150)
        self.matches.hide()
        self.chosen = QLabel(objectName="complaintCustomerChosen")
        self.chosen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change = QPushButton(self.tr("Change"), objectName="complaintCustomerChange")
        self.contact = QLineEdit(objectName="complaintContact")
        self.contact.setMaxLength(100)
        self.contact.setPlaceholderText(self.tr("Her name or a number to call back (optional)"))
        self.contact.hide()
        self.none_found = QLabel(objectName="complaintCustomerNone")
        self.none_found.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 1)
        row.addWidget(self.anonymous)
        chosen_row = QHBoxLayout()
        chosen_row.setContentsMargins(0, 0, 0, 0)
        chosen_row.addWidget(self.chosen, 1)
        chosen_row.addWidget(self.change)
        self._chosen_box = QWidget()
        self._chosen_box.setLayout(chosen_row)
        self._chosen_box.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.matches)
        layout.addWidget(self.none_found)
        layout.addWidget(self._chosen_box)
        layout.addWidget(self.contact)

        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self._find)
        self.search.textEdited.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._take_first)
        self.matches.itemActivated.connect(self._take)
        self.matches.itemClicked.connect(self._take)
        self.change.clicked.connect(self._change)
        self.anonymous.toggled.connect(self._anonymous_toggled)

    # -- the choice ------------------------------------------------------------------
    def customer_id(self) -> int | None:
        return None if self.anonymous.isChecked() else self._customer_id

    def contact_text(self) -> str:
        return self.contact.text() if self.anonymous.isChecked() else ""

    def is_complete(self) -> bool:
        """A customer chosen, or anonymous ticked."""
        return self.anonymous.isChecked() or self._customer_id is not None

    def set_customer(self, customer_id: int | None, contact: str = "") -> None:
        if customer_id is None:
            self.anonymous.setChecked(True)
            self.contact.setText(contact)
            return
        self.anonymous.setChecked(False)
        self._choose(customer_id)

    def _choose(self, customer_id: int) -> None:
        rows = counter_search.rows_by_ids([customer_id])
        if not rows:
            return
        row = rows[0]
        self._customer_id = customer_id
        self.chosen.setText(_label(row))
        self.search.hide()
        self.anonymous.hide()
        self.matches.hide()
        self.none_found.hide()
        self._chosen_box.show()
        self.changed.emit()

    def _change(self) -> None:
        self._customer_id = None
        self._chosen_box.hide()
        self.search.show()
        self.anonymous.show()
        self.search.setFocus()
        self.search.selectAll()
        self.changed.emit()

    def _anonymous_toggled(self, on: bool) -> None:
        self.search.setEnabled(not on)
        self.contact.setVisible(on)
        if on:
            self.matches.hide()
            self.none_found.hide()
            self.contact.setFocus()
        self.changed.emit()

    # -- finding her ------------------------------------------------------------------
    def _find(self) -> None:
        text = self.search.text().strip()
        self.matches.clear()
        if not text:
            self.matches.hide()
            self.none_found.hide()
            return
        result = counter_search.search(SearchQuery(text=text))
        if result.exact_member_id is not None:
            self._choose(result.exact_member_id)  # a scanned card
            return
        rows = counter_search.rows_by_ids(result.ids[:MATCHES])
        for row in rows:
            item = QListWidgetItem(_label(row), self.matches)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
        self.matches.setVisible(bool(rows))
        if rows:
            self.matches.setCurrentRow(0)
            self.none_found.hide()
        else:
            self.none_found.setText(self.tr("Nobody found. Tick “No card” to go on."))
            self.none_found.show()
        if len(result.ids) > MATCHES:
            self.matches.setToolTip(
                self.tr("%n customer(s) match: type more to narrow.", "", len(result.ids))
            )

    def _take_first(self) -> None:
        self._timer.stop()
        self._find()
        item = self.matches.currentItem() or self.matches.item(0)
        if item is not None and self._customer_id is None:
            self._take(item)

    def _take(self, item: QListWidgetItem) -> None:
        self._choose(int(item.data(Qt.ItemDataRole.UserRole)))


__all__ = ["CustomerPicker"]
