"""The top-up bonus rule (充值赠送规则): tiers of "top up at least so much, get so much
bonus" — 充1000送200, 充2000送500. A top-up gets the bonus of the highest tier it
reaches; the bonus is kept apart from the money paid in.

The tiers are typed in a small grid and checked as one types (amounts of money,
no tier twice); Save hands them to the service, which replaces the rule.
`open_bonus_tiers(parent)` opens it from the Settings menu.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import prepaid, visits
from app.services.messages import Message, ValidationError
from app.ui import texts

ERROR_STYLE = "color: #c62828;"  # the card editor's red
ERROR_BRUSH = QBrush(QColor("#fde2e2"))
COL_FROM, COL_BONUS = range(2)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _fen_text(fen: int) -> str:
    return visits.format_fen(fen).replace(",", "")


class BonusTiersDialog(QDialog):
    """The tiers in a grid, checked as one types; Save replaces the rule."""

    def __init__(self, tiers: list[tuple[int, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bonusTiersDialog")
        self.setWindowTitle(self.tr("Top-up bonus"))
        self._saved = False
        intro = QLabel(
            self.tr(
                "A top-up gets the bonus of the highest tier it reaches, kept apart from "
                "the money paid in: with ¥1,000 → ¥200 and ¥2,000 → ¥500, a top-up of "
                "¥1,500 gets ¥200. A refund pays back the money paid in; the bonus lapses."
            ),
            wordWrap=True,
        )
        self.table = QTableWidget(0, 2, objectName="bonusTiers")
        self.table.setHorizontalHeaderLabels([self.tr("Top-up from (¥)"), self.tr("Bonus (¥)")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for least, bonus in tiers:
            self.add_tier(_fen_text(least), _fen_text(bonus))
        if not tiers:
            self.add_tier()
        self.add_button = QPushButton(self.tr("Add tier"), objectName="bonusAdd")
        self.remove_button = QPushButton(self.tr("Remove tier"), objectName="bonusRemove")
        self.errors = QLabel(objectName="bonusErrors", wordWrap=True, styleSheet=ERROR_STYLE)
        self.errors.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("bonusSave")
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.resize(460, 360)
        self.add_button.clicked.connect(lambda: self.add_tier(focus=True))
        self.remove_button.clicked.connect(self.remove_tier)
        self.table.itemChanged.connect(self._edited)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self._edited()

    def add_tier(self, least: str = "", bonus: str = "", focus: bool = False) -> None:
        row = self.table.rowCount()
        with QSignalBlocker(self.table):
            self.table.insertRow(row)
            for column, text in ((COL_FROM, least), (COL_BONUS, bonus)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
        if focus:
            self.table.setCurrentCell(row, COL_FROM)
            self.table.editItem(self.table.item(row, COL_FROM))
            self._edited()

    def remove_tier(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._edited()

    def read(self) -> tuple[list[tuple[int, int]], list[str], set[tuple[int, int]]]:
        """The tiers typed (empty rows skipped), what is wrong, and the bad cells."""
        tiers: list[tuple[int, int]] = []
        problems: list[str] = []
        bad: set[tuple[int, int]] = set()
        seen: set[int] = set()
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c).text().strip() for c in (COL_FROM, COL_BONUS)]
            if not any(cells):
                continue
            amounts: list[int] = []
            for column, text in enumerate(cells):
                try:
                    amounts.append(visits.parse_money(text or "0"))
                except ValueError:
                    bad.add((row, column))
                    problem = texts.message(Message(visits.BAD_MONEY))
                    problems.append(self.tr("Tier {index}: {problem}").format(
                        index=row + 1, problem=problem
                    ))  # fmt: skip
            if len(amounts) < 2:
                continue
            least, bonus = amounts
            if not 1 <= least <= prepaid.MAX_FEN or bonus > prepaid.MAX_FEN:
                bad.add((row, COL_FROM if not 1 <= least <= prepaid.MAX_FEN else COL_BONUS))
                problem = texts.message(Message(prepaid.AMOUNT_RANGE))
                problems.append(
                    self.tr("Tier {index}: {problem}").format(index=row + 1, problem=problem)
                )
            elif least in seen:
                bad.add((row, COL_FROM))
                problems.append(
                    self.tr("Two tiers start at {amount}.").format(amount=texts.money(least))
                )
            else:
                seen.add(least)
                tiers.append((least, bonus))
        return sorted(tiers), problems, bad

    def _edited(self, *_args: object) -> list[str]:
        _, problems, bad = self.read()
        with QSignalBlocker(self.table):
            for row in range(self.table.rowCount()):
                for column in (COL_FROM, COL_BONUS):
                    brush = ERROR_BRUSH if (row, column) in bad else QBrush()
                    self.table.item(row, column).setBackground(brush)
        self._show(problems)
        self.remove_button.setEnabled(self.table.rowCount() > 0)
        return problems

    def _show(self, problems: list[str]) -> None:
        lines = list(dict.fromkeys(problems))
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(bool(lines))
        self.save_button.setEnabled(not lines)

    def try_save(self) -> bool:
        """Replace the rule; stay open and say why when something is wrong."""
        if self._saved:
            return True
        tiers, problems, _ = self.read()
        if not problems:
            try:
                prepaid.save_bonus_tiers(tiers)
            except ValidationError as exc:
                problems = [texts.message(e.message) for e in exc.errors]
        self._show(problems)
        if problems:
            return False
        self._saved = True
        self.accept()
        return True


def open_bonus_tiers(parent: QWidget | None) -> BonusTiersDialog:
    """Open the top-up bonus rule (not blocking) and return it."""
    dialog = BonusTiersDialog(prepaid.bonus_tiers(), parent)
    dialog.open()
    return dialog
