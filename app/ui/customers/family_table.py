"""Family members and partners with their birthdays (家属生日), edited inside the card editor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.dto import FamilyMemberData
from app.ui import texts
from app.ui.customers.birthday_edit import BirthdayEdit


class FamilyMemberDialog(QDialog):
    def __init__(self, member: FamilyMemberData | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Family member"))
        self.relation = QLineEdit(objectName="familyRelation")
        self.relation.setPlaceholderText(self.tr("e.g. husband, daughter, mother"))
        self.name = QLineEdit(objectName="familyName")
        self.birthday = BirthdayEdit()
        form = QFormLayout()
        form.addRow(self.tr("Relation"), self.relation)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Birthday"), self.birthday)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if member is not None:
            self.relation.setText(member.relation)
            self.name.setText(member.name)
            self.birthday.set_value(member.birthday)

    def member(self) -> FamilyMemberData:
        return FamilyMemberData(
            self.relation.text().strip(), self.name.text().strip(), self.birthday.value()
        )


class FamilyTable(QWidget):
    """A short list of family members; add, change or remove with small dialogs."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._members: list[FamilyMemberData] = []
        self.table = QTableWidget(0, 3, objectName="familyTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Relation"), self.tr("Name"), self.tr("Birthday")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setFixedHeight(110)
        self.table.doubleClicked.connect(self._edit)
        add = QPushButton(self.tr("Add…"), objectName="familyAdd")
        add.clicked.connect(self._add)
        remove = QPushButton(self.tr("Remove"), objectName="familyRemove")
        remove.clicked.connect(self._remove)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def members(self) -> tuple[FamilyMemberData, ...]:
        return tuple(self._members)

    def set_members(self, members: tuple[FamilyMemberData, ...]) -> None:
        self._members = list(members)
        self._refresh()

    def _refresh(self) -> None:
        self.table.setRowCount(len(self._members))
        for row, member in enumerate(self._members):
            for column, text in enumerate(
                (member.relation, member.name, texts.birthday(member.birthday))
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _add(self) -> None:
        dialog = FamilyMemberDialog(None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._members.append(dialog.member())
            self._refresh()
            self.changed.emit()

    def _edit(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._members):
            return
        dialog = FamilyMemberDialog(self._members[row], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._members[row] = dialog.member()
            self._refresh()
            self.changed.emit()

    def _remove(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._members):
            del self._members[row]
            self._refresh()
            self.changed.emit()
