"""Use a package session (划扣/耗卡) for a visit of hers: the visit (the latest unless
another is chosen) and the card — the earliest-expiring usable card of the visit's
service first. Expired cards, and a card already used for that visit, are listed
but cannot be picked, with the reason.

The dialog never writes to the database: `use(visit_id, card_id)` is the caller's
and returns the errors that kept it from posting ([] when posted);
`used_cards(visit_id, cards)` says which cards that visit already used.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.services.dto import VisitRecord
from app.services.messages import FieldError
from app.services.packages import CardRecord
from app.ui import texts
from app.ui.prepaid import labels

ERROR_STYLE = "color: #c62828;"  # the card editor's red


def serves(card: CardRecord, item_names: Sequence[str]) -> bool:
    """Whether a card pays for one of the items (面部护理 pays for 面部护理 or 深层面部护理)."""
    service = card.service.strip().casefold()
    names = [n.strip().casefold() for n in item_names if n.strip()]
    return bool(service) and any(service in n or n in service for n in names)


def preferred_card(
    cards: Sequence[CardRecord], item_names: Sequence[str], today: date, excluded: set[int]
) -> CardRecord | None:
    """The card a visit uses unless the owner picks another: the earliest-expiring usable
    card of one of its items, else the earliest-expiring usable card."""
    usable = sorted(
        (c for c in cards if c.usable(today) and c.id not in excluded),
        key=lambda c: (c.expires_on, c.id),
    )
    return next((c for c in usable if serves(c, item_names)), usable[0] if usable else None)


def fill_cards(
    combo: QComboBox, cards: Sequence[CardRecord], today: date, excluded: dict[int, str]
) -> None:
    """Cards with sessions left; expired ones and `excluded` ({id: reason}) greyed out."""
    combo.clear()
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    for card in cards:
        combo.addItem(labels.card_choice(card, today, excluded.get(card.id, "")), card.id)
        item = model.item(combo.count() - 1)
        item.setEnabled(card.usable(today) and card.id not in excluded)


def pickable(combo: QComboBox) -> bool:
    """Whether the card shown in the picker can be used (not greyed out)."""
    if combo.currentIndex() < 0:
        return False
    model = combo.model()
    flags = model.flags(model.index(combo.currentIndex(), 0))
    return bool(flags & Qt.ItemFlag.ItemIsEnabled)


def visit_text(visit: VisitRecord) -> str:
    items = "、".join(i.name for i in visit.items)
    return "  ·  ".join(
        x for x in (texts.short_date(visit.visited_on), items, texts.money(visit.amount_fen)) if x
    )


class UseSessionDialog(QDialog):
    """Which visit, which card, the sessions left after; "Use 1 session" posts it."""

    def __init__(
        self,
        customer_name: str,
        her_visits: list[VisitRecord],
        cards: list[CardRecord],
        today: date,
        used_cards: Callable[[int, list[CardRecord]], set[int]],
        use: Callable[[int, int], list[FieldError]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("useSessionDialog")
        self.setWindowTitle(self.tr("Use a package session — {name}").format(name=customer_name))
        self._visits = her_visits
        self._cards = cards
        self._today = today
        self._used_cards = used_cards
        self._use = use
        self._done = False
        self.visit = QComboBox(objectName="useVisit")
        for visit in her_visits:
            self.visit.addItem(visit_text(visit), visit.id)
        self.card = QComboBox(objectName="useCard")
        self.after = QLabel(objectName="useAfter")
        self.errors = QLabel(objectName="useErrors", wordWrap=True, styleSheet=ERROR_STYLE)
        self.errors.hide()
        hint = QLabel(
            self.tr("Record the visit first: a session is always used for a visit."),
            wordWrap=True,
            styleSheet="color: #616161;",
        )
        hint.setVisible(not her_visits)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(
            self.tr("Use 1 session"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("useOk")
        form = QFormLayout()
        form.addRow(self.tr("Visit"), self.visit)
        form.addRow(self.tr("Package card"), self.card)
        form.addRow(self.tr("Left after"), self.after)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.errors)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 220)
        self.visit.currentIndexChanged.connect(self._visit_changed)
        self.card.currentIndexChanged.connect(self._card_changed)
        buttons.accepted.connect(self.try_use)
        buttons.rejected.connect(self.reject)
        self._visit_changed()

    def chosen_visit(self) -> VisitRecord | None:
        row = self.visit.currentIndex()
        return self._visits[row] if 0 <= row < len(self._visits) else None

    def chosen_card(self) -> CardRecord | None:
        card_id = self.card.currentData()
        return next((c for c in self._cards if c.id == card_id), None)

    def _visit_changed(self, *_args: object) -> None:
        """The cards again, for this visit: those it used already cannot be picked."""
        visit = self.chosen_visit()
        used = self._used_cards(visit.id, self._cards) if visit else set()
        reason = self.tr("already used for this visit")
        fill_cards(self.card, self._cards, self._today, dict.fromkeys(used, reason))
        names = [i.name for i in visit.items] if visit else []
        preferred = preferred_card(self._cards, names, self._today, used)
        # Without a card to use, the first is shown greyed with its reason.
        self.card.setCurrentIndex(self.card.findData(preferred.id) if preferred else 0)
        self._card_changed()

    def _card_changed(self, *_args: object) -> None:
        card = self.chosen_card()
        possible = card is not None and pickable(self.card)
        self.after.setText(labels.sessions(card.left - 1) if card and possible else "—")
        self.ok_button.setEnabled(possible and self.chosen_visit() is not None)
        self.errors.hide()

    def try_use(self) -> bool:
        """Post through the caller; stay open and say why when it cannot be done."""
        if self._done:
            return True
        visit, card = self.chosen_visit(), self.chosen_card()
        if visit is None or card is None or not self.ok_button.isEnabled():
            return False
        errors = self._use(visit.id, card.id)
        if errors:
            lines = dict.fromkeys(texts.message(e.message) for e in errors)
            self.errors.setText("\n".join(lines))
            self.errors.show()
            return False
        self._done = True
        self.accept()
        return True
