"""A day's greeting list: whom to greet, the message to copy into WeChat or an
SMS, and a mark once it is sent so nobody is greeted twice for one occasion.

Customers who have not agreed to marketing messages are listed apart: a greeting
whose template contains an offer is never offered to them. On a festival the
owner may add every customer's festival greeting (up to 100,000 rows; the list
loads off the UI thread and composes messages only as they are painted).

Copying marks the greeting sent when "Mark as sent when copied" is on (the
default): the owner copies in order to send, and the selection then moves to the
next person, so a list is worked through with one click per customer. A mistake
is undone with "Mark not sent".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import greetings, settings
from app.ui.calendar import labels
from app.ui.calendar.greeting_section import (
    FestivalChoice,
    GreetingSection,
    MessagePreview,
    export_lists,
)
from app.ui.calendar.greetings_model import GreetingTableModel, unique_items
from app.ui.signals import app_signals

Clock = Callable[[], datetime]
MARK_ON_COPY_KEY = "greetings/mark_sent_on_copy"


class GreetingsPanel(QWidget):
    open_customer = Signal(int)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("greetingsPanel")
        self._clock = clock
        self._day = clock().date()
        self._stale = False
        self._announcing = False
        # Changes announced while shown reload a moment later, so that the calendar
        # page's own reload (which calls set_day) comes first and makes this one moot.
        self._reload_timer = QTimer(self, singleShot=True, interval=120)
        self._reload_timer.timeout.connect(self.reload)
        self.title = QLabel(objectName="greetingsTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export to Excel…"), objectName="greetingsExport")
        self.festival_row = FestivalChoice()
        self.festival = self.festival_row.check
        self.copy_button = QPushButton(self.tr("Copy message"), objectName="greetingCopy")
        self.sent_button = QPushButton(self.tr("Mark sent"), objectName="greetingMarkSent")
        self.unsent_button = QPushButton(self.tr("Mark not sent"), objectName="greetingMarkUnsent")
        self.mark_on_copy = QCheckBox(
            self.tr("Mark as sent when copied"), objectName="greetingMarkOnCopy"
        )
        self.mark_on_copy.setChecked(QSettings().value(MARK_ON_COPY_KEY, True, type=bool))
        self.status = QLabel(objectName="greetingsStatus")
        self.status.setStyleSheet("color: #2e7d32;")
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.preview = MessagePreview()
        self.to_greet = GreetingSection("greetingsToGreet")
        self.apart = GreetingSection("greetingsApart")
        self.model, self.table = self.to_greet.model, self.to_greet.table
        self.apart_model, self.apart_table = self.apart.model, self.apart.table
        self.empty = QLabel(
            self.tr("No customers to greet on this day."), objectName="greetingsEmpty"
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #777; font-size: 15px;")
        self._layout()

        copy = QAction(self, shortcut=QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        copy.triggered.connect(self.copy_message)
        self.addAction(copy)
        self.copy_button.clicked.connect(self.copy_message)
        self.sent_button.clicked.connect(self.mark_sent)
        self.unsent_button.clicked.connect(self.mark_unsent)
        self.export_button.clicked.connect(lambda: self.export())
        self.mark_on_copy.toggled.connect(lambda on: QSettings().setValue(MARK_ON_COPY_KEY, on))
        self.festival_row.changed.connect(self.reload)
        for section, other in ((self.to_greet, self.apart), (self.apart, self.to_greet)):
            section.table.doubleClicked.connect(lambda i, m=section.model: self._open(m, i))
            section.table.selectionModel().selectionChanged.connect(
                lambda *_, s=section, o=other: self._selected_in(s, o)
            )
        signals = app_signals()
        for signal in (
            signals.customers_changed,
            signals.customer_changed,
            signals.calendar_changed,
            signals.settings_changed,
            signals.greetings_changed,
        ):
            signal.connect(self._data_changed)
        self.set_day(self._day)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.export_button)
        # Two short rows rather than one long one: the panel also sits in a narrow tab.
        actions = QHBoxLayout()
        for widget in (self.copy_button, self.sent_button, self.unsent_button):
            actions.addWidget(widget)
        actions.addStretch()
        options = QHBoxLayout()
        options.addWidget(self.mark_on_copy)
        options.addSpacing(12)
        options.addWidget(self.status, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="greetingsSplitter")
        self.splitter.addWidget(self.to_greet)
        self.splitter.addWidget(self.apart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget(objectName="greetingsStack")
        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.addWidget(self.splitter, 1)
        lists_layout.addWidget(self.preview)
        self.stack.addWidget(lists)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.festival_row)
        layout.addLayout(actions)
        layout.addLayout(options)
        layout.addWidget(self.stack, 1)

    # -- loading ---------------------------------------------------------------------
    @property
    def day(self) -> date:
        return self._day

    def set_day(self, day: date) -> None:
        """Show the greetings of `day` (read again). Festival greetings are added only
        when asked, and stay while the same day is shown again."""
        self._day = day
        self.festival_row.set_festivals(greetings.festivals_on(day))
        when = labels.day_title(day)
        self.title.setText(self.tr("Greetings — {date}").format(date=when))
        self.reload()

    def reload(self) -> None:
        from app.ui.application import current_language
        from app.ui.background import run_busy

        self._stale = False
        self._reload_timer.stop()
        day, code = self._day, self.festival_row.code()
        if code is None:
            items = greetings.greeting_list(day)
        else:  # every customer: about a second at 100,000, so off the UI thread
            items = run_busy(
                self,
                self.tr("Preparing the festival greetings…"),
                lambda: greetings.greeting_list(day, festival=code),
            )
        items = unique_items(items)
        templates = {t.key: t for t in greetings.templates(current_language())}
        shop = str(settings.get("shop_name") or "")
        self.model.set_items([i for i in items if i.marketing_consent], templates, shop)
        self.apart_model.set_items([i for i in items if not i.marketing_consent], templates, shop)
        self.stack.setCurrentIndex(0 if items else 1)
        # Room by need: a short list apart should not leave the first one scrolling.
        rows = [max(min(m.rowCount(), 12), 3) for m in (self.model, self.apart_model)]
        self.splitter.setSizes([60 + 26 * n for n in rows])
        self.status.clear()
        self._update_counts()
        if self.model.rowCount() and not self.model.item(0).sent:
            self.to_greet.select(0)  # the first to greet, ready for one click on Copy
        self._update_buttons()

    def _data_changed(self, *_args: object) -> None:
        if self._announcing:
            return  # our own marks: the rows are already up to date
        if self.isVisible():
            self._reload_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _update_counts(self) -> None:
        from app.ui.calendar.templates_preview import template_name

        count, sent = self.model.rowCount(), self.model.sent_count()
        self.to_greet.heading.setText(
            self.tr("To greet: {count} ({sent} sent)").format(count=count, sent=sent)
        )
        count, sent = self.apart_model.rowCount(), self.apart_model.sent_count()
        self.apart.heading.setText(
            self.tr(
                "Not agreed to marketing messages (send only greetings without an offer): "
                "{count} ({sent} sent)"
            ).format(count=count, sent=sent)
        )
        withheld = sorted(template_name(k) for k in self.apart_model.withheld_keys())
        note = self.tr(
            "The greeting for {occasions} contains an offer, so these customers get no "
            "message from it. Greet them in person, or use a greeting without an offer."
        )
        self.apart.set_note(note.format(occasions=", ".join(withheld)) if withheld else "")
        self.apart.setVisible(count > 0)

    # -- selection -------------------------------------------------------------------
    def _selected_in(self, section: GreetingSection, other: GreetingSection) -> None:
        """Only one list has a selection at a time, so every action acts on one."""
        if section.has_selection() and other.has_selection():
            other.table.selectionModel().clearSelection()
        self._update_buttons()

    def _active(self) -> GreetingSection:
        return self.apart if self.apart.has_selection() else self.to_greet

    def selected_rows(self) -> tuple[GreetingTableModel, list[int]]:
        section = self._active()
        return section.model, section.selected_rows()

    def select(self, row: int, apart: bool = False) -> None:
        (self.apart if apart else self.to_greet).select(row)

    def _update_buttons(self) -> None:
        section = self._active()
        model, current = section.model, section.current_row()
        withheld = current is not None and model.is_withheld(current)
        self.copy_button.setEnabled(current is not None and not withheld)
        self.copy_button.setToolTip(
            self.tr(
                "This customer has not agreed to marketing messages, and the greeting "
                "contains an offer."
            )
            if withheld
            else self.tr("Copy the selected customer's message (Ctrl+C)")
        )
        self.preview.show_row(model if current is not None else None, current)
        items = [model.item(r) for r in section.selected_rows()]
        self.sent_button.setEnabled(any(not i.sent for i in items))
        self.unsent_button.setEnabled(any(i.sent for i in items))
        self.export_button.setEnabled(self.model.rowCount() + self.apart_model.rowCount() > 0)

    def _open(self, model: GreetingTableModel, index: QModelIndex) -> None:
        if index.isValid():
            self.open_customer.emit(model.item(index.row()).customer_id)

    # -- actions ---------------------------------------------------------------------
    def copy_message(self) -> str:
        """Put the selected customer's message on the clipboard; returns it ('' if none)."""
        section = self._active()
        model, row = section.model, section.current_row()
        if row is None or model.is_withheld(row):
            return ""
        text = model.message(row)
        QGuiApplication.clipboard().setText(text)
        item = model.item(row)
        self.status.setText(self.tr("Copied the message for {name}.").format(name=item.name))
        if self.mark_on_copy.isChecked() and not item.sent:
            self._mark(section, [row])
        return text

    def mark_sent(self) -> None:
        section = self._active()
        self._mark(section, section.selected_rows())

    def _mark(self, section: GreetingSection, rows: list[int]) -> None:
        section.mark(rows, self._clock(), str(settings.get("operator") or ""))
        self._after_marking()

    def mark_unsent(self) -> None:
        section = self._active()
        section.unmark(section.selected_rows())
        self._after_marking()

    def _after_marking(self) -> None:
        self._update_counts()
        self._update_buttons()
        self._announcing = True
        try:
            app_signals().greetings_changed.emit()
        finally:
            self._announcing = False
        # Changes announced while shown reload a moment later, so that the calendar
        # page's own reload (which calls set_day) comes first and makes this one moot.
        self._reload_timer = QTimer(self, singleShot=True, interval=120)
        self._reload_timer.timeout.connect(self.reload)

    def export(self, path: str = "") -> Path | None:
        """Write the list as shown (both lists, messages composed) to Excel."""
        return export_lists(self, [self.model, self.apart_model], self._day, path)
