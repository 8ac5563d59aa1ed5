"""The customer's card beside the list: who she is, allergies first, her points, stored
value and package cards, visits, follow-ups, the points statement, history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Calendar, ChangeAction, Gender, Grade, OccasionKind
from app.services import birthdays, history, points, visits
from app.services.dto import Birthday, ChangeRecord, CustomerCard, VisitRecord
from app.ui import texts
from app.ui.calendar import labels
from app.ui.complaints.on_card import ComplaintsOnCard
from app.ui.customers.photo_field import thumbnail
from app.ui.insight import on_card as insight_on_card
from app.ui.points import labels as points_labels
from app.ui.points.statement import StatementTab
from app.ui.prepaid.on_card import PrepaidOnCard

_BOOL_FIELDS = {"keep_leap_month", "celebrate_both", "marketing_consent"}
VISIT_ROLE = Qt.ItemDataRole.UserRole  # on a visit row's first cell: (visit id, voided)
VOIDED = QColor("#9e9e9e")


def _table(object_name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=object_name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _voided(visit: VisitRecord) -> bool:
    # VisitRecord gains voided_at with the voiding of purchases; older ones have none.
    return visit.voided_at is not None


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value if len(value) > 20 else "")
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class CardView(QWidget):
    """Shows one card; its buttons ask the page to act (the page calls the services)."""

    edit_requested = Signal(int)
    visit_requested = Signal(int)
    follow_up_requested = Signal(int)
    archive_requested = Signal(int, bool)
    erase_requested = Signal(int)
    export_requested = Signal(int)
    redeem_requested = Signal(int)
    adjust_requested = Signal(int)
    void_requested = Signal(int, int)  # customer, visit
    complaint_requested = Signal(int)  # record one for her
    open_complaint_requested = Signal(int)  # a complaint's id
    evaluate_requested = Signal(int)  # the relationship evaluation form for her

    def __init__(
        self, clock: Callable[[], datetime] = datetime.now, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerCard")
        self._clock = clock
        self._card: CustomerCard | None = None
        self.title = QLabel(objectName="cardTitle")
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.photo = QLabel(objectName="cardPhoto")
        self.photo.setFixedSize(64, 64)
        self.allergy = QLabel(objectName="cardAllergies")
        self.allergy.setWordWrap(True)
        self.allergy.setStyleSheet(
            "background: #ffebee; color: #b71c1c; border: 2px solid #c62828; "
            "border-radius: 4px; padding: 6px; font-weight: bold;"
        )
        self.facts = QFormLayout()
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.tabs = QTabWidget(objectName="cardTabs")
        self.visits = _table(
            "cardVisits",
            [
                self.tr("Date"),
                self.tr("Items"),
                self.tr("Amount"),
                self.tr("Staff"),
                self.tr("Note"),
            ],
        )
        self.follow_ups = _table(
            "cardFollowUps",
            [
                self.tr("Date"),
                self.tr("Channel"),
                self.tr("Satisfaction"),
                self.tr("Next due"),
                self.tr("What was said"),
            ],
        )
        self.changes = _table(
            "cardHistory",
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Before"), self.tr("After")],
        )
        self.points_tab = StatementTab()
        self.prepaid = PrepaidOnCard(self)
        self.complaints = ComplaintsOnCard(clock, self)
        self.tabs.addTab(self.visits, self.tr("Visits"))
        self.tabs.addTab(self.follow_ups, self.tr("Follow-ups"))
        self.tabs.addTab(self.points_tab, self.tr("Points"))
        self.tabs.addTab(self.prepaid.tab, self.tr("Prepaid"))
        self.tabs.addTab(self.complaints.tab, self.tr("Complaints"))
        self.tabs.addTab(self.changes, self.tr("History"))
        self.edit_button = QPushButton(self.tr("Edit card"), objectName="cardEdit")
        self.visit_button = QPushButton(self.tr("Record visit"), objectName="cardVisit")
        self.follow_button = QPushButton(self.tr("Record follow-up"), objectName="cardFollowUp")
        self.more_button = QToolButton(objectName="cardMore")
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.archive_button = QAction(self, objectName="cardArchive")
        self.erase_button = QAction(self.tr("Erase personal data…"), self, objectName="cardErase")
        self.export_button = QAction(
            self.tr("Export her card, visits and follow-ups…"), self, objectName="cardExport"
        )
        self.adjust_button = QAction(self.tr("Adjust points…"), self, objectName="cardAdjust")
        self.void_button = QAction(self.tr("Void this purchase…"), self, objectName="cardVoidVisit")
        self.visits.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.visits.addAction(self.void_button)
        self.complaint_button = QAction(
            self.tr("Record a complaint…"), self, objectName="cardComplaint"
        )
        more.addAction(self.complaint_button)
        self.evaluate_button = QAction(
            self.tr("Evaluate the relationship…"), self, objectName="cardEvaluate"
        )
        self.evaluate_button.triggered.connect(lambda: self._emit(self.evaluate_requested))
        more.addAction(self.evaluate_button)
        more.addAction(self.export_button)
        more.addAction(self.adjust_button)
        more.addAction(self.void_button)
        more.addSeparator()
        self.prepaid.add_actions(more)
        more.addSeparator()
        more.addAction(self.archive_button)
        more.addAction(self.erase_button)
        self.more_button.setMenu(more)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.visit_button.clicked.connect(lambda: self._emit(self.visit_requested))
        self.follow_button.clicked.connect(lambda: self._emit(self.follow_up_requested))
        self.erase_button.triggered.connect(lambda: self._emit(self.erase_requested))
        self.export_button.triggered.connect(lambda: self._emit(self.export_requested))
        self.complaint_button.triggered.connect(lambda: self._emit(self.complaint_requested))
        self.complaints.record_requested.connect(lambda: self._emit(self.complaint_requested))
        self.complaints.open_requested.connect(self.open_complaint_requested)
        self.archive_button.triggered.connect(self._archive_clicked)
        self.adjust_button.triggered.connect(lambda: self._emit(self.adjust_requested))
        self.points_tab.adjust_requested.connect(lambda: self._emit(self.adjust_requested))
        self.void_button.triggered.connect(self._void_clicked)
        self.visits.itemSelectionChanged.connect(self._visit_selected)
        self.points_line = self._points_line()
        self.facts.addRow(self.tr("Points"), self.points_line)
        self.facts.addRow(self.tr("Stored value"), self.prepaid.value_line)
        self._kept_facts = (self.points_line, self.prepaid.value_line)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.visit_button, self.follow_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.more_button)
        self.empty = QLabel(
            self.tr("Find a customer on the left, or press Ctrl+N for a new card."),
            objectName="cardEmpty",
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.photo)
        heading.addWidget(self.title, 1)
        body.addLayout(heading)
        body.addWidget(self.allergy)
        body.addLayout(self.facts)
        body.addLayout(buttons)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)
        self.show_card(None)

    @property
    def card(self) -> CustomerCard | None:
        return self._card

    def _emit(self, signal: Signal) -> None:  # type: ignore[type-arg]
        if self._card is not None:
            signal.emit(self._card.id)

    def _points_line(self) -> QWidget:
        """Her balance and the two-click way to redeem: "Redeem…", then the reward."""
        line = QWidget(objectName="cardPointsLine")
        self.points_balance = QLabel(objectName="cardPointsBalance")
        self.points_balance.setStyleSheet("font-weight: bold;")
        self.points_balance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.redeem_button = QPushButton(self.tr("Redeem…"), objectName="cardRedeem")
        self.redeem_button.setToolTip(self.tr("Redeem points for a gift or a discount"))
        self.redeem_button.clicked.connect(lambda: self._emit(self.redeem_requested))
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.points_balance)
        row.addWidget(self.redeem_button)
        row.addStretch(1)
        return line

    def selected_visit(self) -> tuple[int, bool] | None:
        """(visit id, voided) of the visit row selected in the Visits tab."""
        item = self.visits.item(self.visits.currentRow(), 0)
        return item.data(VISIT_ROLE) if item is not None else None

    def _visit_selected(self) -> None:
        chosen = self.selected_visit()
        erased = self._card is None or self._card.erased
        self.void_button.setEnabled(chosen is not None and not chosen[1] and not erased)

    def _void_clicked(self) -> None:
        chosen = self.selected_visit()
        if self._card is not None and chosen is not None and not chosen[1]:
            self.void_requested.emit(self._card.id, chosen[0])

    def _archive_clicked(self) -> None:
        if self._card is not None:
            self.archive_requested.emit(self._card.id, not self._card.archived)

    def show_card(self, card: CustomerCard | None, matches: int = 0) -> None:
        """Show a card; without one, say how to find one (or how many match)."""
        self._card = card
        if matches > 1:
            self.empty.setText(
                self.tr("%n customers match: choose the right one in the list.", "", matches)
            )
        else:
            self.empty.setText(
                self.tr("Find a customer on the left, or press Ctrl+N for a new card.")
            )
        self.empty.setVisible(card is None)
        self.body.setVisible(card is not None)
        if card is None:
            self.prepaid.show(None, self._clock().date())
            return
        data = card.data
        name = self.tr("(erased)") if card.erased else data.name
        title = f"{name}  ·  {data.member_no}  ·  {texts.grade(data.grade)}"
        if card.archived:
            title += "  ·  " + self.tr("archived")
        self.title.setText(title)
        picture = thumbnail(data.photo, 64)
        self.photo.setPixmap(picture)
        self.photo.setVisible(not picture.isNull())
        self.allergy.setText(
            self.tr("⚠ Allergies and contraindications: {text}").format(text=data.allergies)
        )
        self.allergy.setVisible(bool(data.allergies))
        for row in reversed(range(self.facts.rowCount())):  # points and stored value stay
            item = self.facts.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item is None or item.widget() not in self._kept_facts:
                self.facts.removeRow(row)
        at = self.facts.getWidgetPosition(self.points_line)[0]
        facts = [
            (self.tr("Mobile"), data.mobile or data.phone),
            (self.tr("Birthday"), texts.birthday(data.birthday)),
            *self._next_occasions(card),
            (self.tr("Tags"), "，".join(data.tags) if texts.is_chinese() else ", ".join(data.tags)),
            (self.tr("Personal adviser"), data.staff),
            (self.tr("Preferences"), data.preferences),
            (self.tr("Skin / hair type"), data.skin_hair_type),
            (
                self.tr("Visits", "count and amount on the card"),
                self.tr("%n visit(s)", "", card.visit_count)
                + "  ·  "
                + self.tr("{amount} in all, last on {date}").format(
                    amount=texts.money(card.total_spent_fen),
                    date=texts.short_date(card.last_visit) or "—",
                ),
            ),
        ]
        if card.referrer_name:
            facts.append((self.tr("Referred by"), card.referrer_name))
        due = visits.next_follow_up_due(card.id)
        if due is not None:
            facts.append((self.tr("Next follow-up"), texts.short_date(due)))
        facts.extend(self.complaints.facts(card.id, self._clock()))
        facts.extend(insight_on_card.facts(card.id, self._clock().date()))
        for label, value in facts:
            if value:
                text = QLabel(value)
                text.setWordWrap(True)
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.facts.insertRow(at, label, text)
                at += 1
        self.points_balance.setText(points_labels.number(points.balance(card.id)))
        self.redeem_button.setEnabled(not card.erased)
        self.adjust_button.setEnabled(not card.erased)
        self.archive_button.setText(self.tr("Bring back") if card.archived else self.tr("Archive"))
        for button in (self.edit_button, self.visit_button, self.follow_button, self.more_button):
            button.setEnabled(not card.erased)
        self._fill_lists(card.id)
        for name, left in self.prepaid.show(card, self._clock().date()):
            self.facts.addRow(name, left)  # her package cards: "我还剩多少次?"

    def _next_occasions(self, card: CustomerCard) -> list[tuple[str, str]]:
        """ "Next birthday: 2026-11-24, in 2 days, turns 30" — lunar and solar when she
        keeps both."""
        if card.erased:
            return []
        today = self._clock().date()
        rows = []
        for occasion in birthdays.next_occasions(card.id, today):
            if occasion.kind == OccasionKind.ANNIVERSARY:
                label = self.tr("Next anniversary")
            elif occasion.calendar == Calendar.LUNAR:
                label = self.tr("Next lunar birthday")
            else:
                label = self.tr("Next birthday")
            parts = [texts.short_date(occasion.day), labels.days_until(occasion.day, today)]
            if occasion.age is not None:
                template = (
                    labels.AGE_ANNIVERSARY
                    if occasion.kind == OccasionKind.ANNIVERSARY
                    else labels.AGE_BIRTHDAY
                )
                parts.append(texts.t(template, "Calendar").format(age=occasion.age))
            rows.append((label, "  ·  ".join(parts)))
        return rows

    def _fill_lists(self, customer_id: int) -> None:
        shown = visits.visits_of(customer_id)
        _fill(self.visits, [self._visit_row(v) for v in shown])
        for row, visit in enumerate(shown):
            voided = _voided(visit)
            self.visits.item(row, 0).setData(VISIT_ROLE, (visit.id, voided))
            if voided:
                for col in range(self.visits.columnCount()):
                    item = self.visits.item(row, col)
                    item.setForeground(QBrush(VOIDED))
                    item.setToolTip(self.visits.item(row, 4).text())
                    font = QFont(item.font())
                    font.setStrikeOut(col == 2)
                    item.setFont(font)
        self._visit_selected()
        _fill(
            self.follow_ups,
            [
                [
                    texts.short_date(f.done_on),
                    texts.channel(f.channel),
                    "★" * f.satisfaction if f.satisfaction else "",
                    texts.short_date(f.next_due),
                    f.content,
                ]
                for f in visits.follow_ups_of(customer_id)
            ],
        )
        _fill(self.changes, [self._change_row(c) for c in history.changes_of(customer_id)])
        self.points_tab.load(customer_id, enabled=not (self._card and self._card.erased))
        self.complaints.load(customer_id, enabled=not (self._card and self._card.erased))

    def _visit_row(self, v: VisitRecord) -> list[str]:
        note = v.note
        if _voided(v):
            reason = v.void_reason
            voided = self.tr("Voided: {reason}").format(reason=reason) if reason else ""
            note = "  ·  ".join(x for x in (voided or self.tr("Voided"), v.note) if x)
        return [
            texts.short_date(v.visited_on),
            "、".join(
                f"{i.name}{' ' + i.spec if i.spec else ''}"
                f"{' ×' + str(i.quantity) if i.quantity != 1 else ''}"
                for i in v.items
            ),
            texts.money(v.amount_fen),
            v.staff,
            note,
        ]

    def _change_row(self, change: ChangeRecord) -> list[str]:
        what = texts.action(change.action)
        if change.action == ChangeAction.UPDATE:
            what = texts.field(change.field)
        elif change.action == ChangeAction.VISIT and change.field == "void":
            what = self.tr("Purchase voided")
        return [
            texts.date_time(change.changed_at),
            change.operator,
            what,
            self._value(change.field, change.old_value),
            self._value(change.field, change.new_value),
        ]

    def _value(self, field: str, value: str) -> str:
        """A stored history value shown in the user's language."""
        if not value:
            return ""
        if field in ("birthday", "anniversary"):
            return texts.birthday(Birthday.from_canonical(value)) or value
        if field in _BOOL_FIELDS:
            return self.tr("Yes") if value == "1" else self.tr("No")
        if field == "gender":
            return texts.gender(Gender(value)) if value in {g.value for g in Gender} else value
        if field == "grade":
            return texts.grade(Grade(value)) if value in {g.value for g in Grade} else value
        return value
