"""The main window: a navigation of the areas that work, and the menus for data safety."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QCloseEvent, QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app import __version__
from app.services import customers, settings, storage
from app.services.storage import StorageError
from app.ui import prompts, texts
from app.ui.board.page import TodayPage
from app.ui.customers.page import CustomersPage
from app.ui.insight.regrading import Regrading
from app.ui.points.start_expiry import ExpiryAtStart
from app.ui.signals import app_signals

if TYPE_CHECKING:
    from app.ui.calendar.page import CalendarPage
    from app.ui.complaints.page import ComplaintsPage
    from app.ui.insight.page import InsightPage
    from app.ui.points.ledger_page import PointsPage

Clock = Callable[[], datetime]


class MainWindow(QMainWindow):
    # Points that ran out are expired this long after the window shows (off the UI thread).
    EXPIRY_DELAY_MS = 1500
    # The complaints badge is counted again this often: overdue is a matter of time.
    BADGE_INTERVAL_MS = 60_000
    BADGE_DELAY_MS = 300  # the first count, once the list has painted
    # The day's grading (RFM, rhythms) starts this long after the window shows.
    GRADING_DELAY_MS = 2500

    def __init__(self, db_target: str, clock: Clock = datetime.now) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._db_target = db_target
        self._clock = clock
        self.nav = QListWidget(objectName="navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(140)
        self.stack = QStackedWidget(objectName="pages")
        # The first screen: whom to greet, to call back, which complaint is late.
        self.today = TodayPage(clock, self.operator)
        self._add_page(self.tr("Today"), self.today)
        self.today.open_customer.connect(self.open_customer)
        self.today.open_complaint.connect(self.open_complaint)
        self.today.find_customer.connect(self.search_customers)
        self.customers = CustomersPage(self.operator, clock)
        self._add_page(self.tr("Customers"), self.customers)
        # The calendar is built when first opened: its holiday tables and Excel export
        # would double the start-up time.
        self._calendar: CalendarPage | None = None
        self._calendar_slot = QWidget()
        self._add_page(self.tr("Calendar"), self._calendar_slot)
        self._points: PointsPage | None = None
        self._points_slot = QWidget()
        self._add_page(self.tr("Points"), self._points_slot)
        self._complaints: ComplaintsPage | None = None
        self._complaints_slot = QWidget()
        self._add_page(self.tr("Complaints"), self._complaints_slot)
        self.complaints_item = self.nav.item(self.nav.count() - 1)
        self._insight: InsightPage | None = None
        self._insight_slot = QWidget()
        self._add_page(self.tr("Insight"), self._insight_slot)
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setCurrentRow(0)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.shop_label = QLabel(objectName="shopName")
        self.statusBar().addWidget(self.shop_label)
        self._build_menus()
        self._update_titles()
        app_signals().settings_changed.connect(self._update_titles)
        app_signals().complaints_changed.connect(self.update_complaints_badge)
        self._badge_timer = QTimer(self, interval=self.BADGE_INTERVAL_MS)
        self._badge_timer.timeout.connect(self.update_complaints_badge)
        self._badge_timer.start()
        # Counted once the window has painted: the complaint services stay out of the start.
        QTimer.singleShot(self.BADGE_DELAY_MS, self.update_complaints_badge)
        self.expiry = ExpiryAtStart(clock, self.operator, self)
        self.regrading = Regrading(clock, self)
        self._grading_scheduled = False
        self.resize(1200, 760)
        self._restore_layout()
        self.today.find.setFocus()  # the cashier types or scans at once (given when shown)

    def _add_page(self, title: str, page: object) -> None:
        self.stack.addWidget(page)  # type: ignore[arg-type]
        QListWidgetItem(title, self.nav)

    def _show_page(self, row: int) -> None:
        if self.stack.widget(row) is self._calendar_slot:
            self.calendar_page()
        elif self.stack.widget(row) is self._points_slot:
            self.points_page()
        elif self.stack.widget(row) is self._complaints_slot:
            self.complaints_page()
        elif self.stack.widget(row) is self._insight_slot:
            self.insight_page()
        if self.isVisible():  # (the first page is shown before the badge is counted)
            self.update_complaints_badge()  # cheap: indexed counts
        self.stack.setCurrentIndex(row)

    def _put_page(self, slot: QWidget, page: QWidget) -> None:
        """Put a page built on first use in the place kept for it."""
        row = self.stack.indexOf(slot)
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(slot)
        slot.deleteLater()

    def calendar_page(self) -> CalendarPage:
        """The calendar page, built on first use."""
        if self._calendar is None:
            from app.ui.calendar.page import CalendarPage

            page = CalendarPage(self._clock)
            page.restore_layout(QSettings())
            page.open_customer.connect(self.open_customer)
            self._put_page(self._calendar_slot, page)
            self._calendar = page
        return self._calendar

    def points_page(self) -> PointsPage:
        """The points ledger page, built on first use."""
        if self._points is None:
            from app.ui.points.ledger_page import PointsPage

            page = PointsPage(self._clock, self.operator)
            page.restore_layout(QSettings())
            page.open_customer.connect(self.open_customer)
            self._put_page(self._points_slot, page)
            self._points = page
        return self._points

    def complaints_page(self) -> ComplaintsPage:
        """The complaint inbox, built on first use."""
        if self._complaints is None:
            from app.ui.complaints.page import ComplaintsPage

            page = ComplaintsPage(self._clock, self.operator)
            page.restore_layout(QSettings())
            page.open_customer.connect(self.open_customer)
            self._put_page(self._complaints_slot, page)
            self._complaints = page
        return self._complaints

    def insight_page(self) -> InsightPage:
        """Dormant customers, grading, evaluation and structure, built on first use."""
        if self._insight is None:
            from app.ui.insight.page import InsightPage

            page = InsightPage(self._clock, self.operator, self.regrading)
            page.restore_layout(QSettings())
            page.open_customer.connect(self.open_customer)
            page.follow_up.connect(self.customers.record_follow_up)
            self._put_page(self._insight_slot, page)
            self._insight = page
        return self._insight

    def show_insight(self) -> InsightPage:
        page = self.insight_page()
        self.nav.setCurrentRow(self.stack.indexOf(page))
        return page

    def open_complaint(self, complaint_id: int) -> QWidget:
        """A complaint's window over the page she is on (the Today board)."""
        from app.ui.complaints.complaint_dialog import ComplaintDialog

        dialog = ComplaintDialog(complaint_id, self._clock, self.operator, self)
        dialog.open_customer.connect(self.open_customer)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_today(self) -> TodayPage:
        self.nav.setCurrentRow(self.stack.indexOf(self.today))
        return self.today

    def show_customers(self) -> None:
        """The customers page with the search field ready (F3 / Ctrl+F)."""
        self.nav.setCurrentRow(self.stack.indexOf(self.customers))
        self.customers.search.setFocus()
        self.customers.search.selectAll()

    def search_customers(self, text: str) -> None:
        """Carry on the search typed on the Today board in the customers' search field."""
        self.show_customers()
        self.customers.search.setText(text)
        self.customers.search.end(False)

    def show_complaints(self) -> ComplaintsPage:
        page = self.complaints_page()
        self.nav.setCurrentRow(self.stack.indexOf(page))
        return page

    def update_complaints_badge(self) -> None:
        """ "Complaints 3" in the navigation, red while any is overdue or a follow-up
        call is due; the tooltip says which."""
        from app.services import complaint_inbox

        counts = complaint_inbox.counts(self._clock())
        title = self.tr("Complaints")
        waiting = counts.needs_attention
        self.complaints_item.setText(f"{title}  {waiting}" if waiting else title)
        urgent = counts.overdue + counts.follow_up_due
        self.complaints_item.setForeground(QBrush(QColor("#c62828")) if urgent else QBrush())
        font = self.complaints_item.font()
        font.setBold(bool(urgent))
        self.complaints_item.setFont(font)
        self.complaints_item.setToolTip(
            self.tr("Open: {open} · overdue: {overdue} · follow-up calls due: {due}").format(
                open=counts.open, overdue=counts.overdue, due=counts.follow_up_due
            )
        )

    def record_complaint(self) -> QDialog:
        from app.ui.complaints.page import record_complaint

        return record_complaint(self, self._clock, self.operator)

    def show_points(self) -> PointsPage:
        page = self.points_page()
        self.nav.setCurrentRow(self.stack.indexOf(page))
        return page

    def show_calendar(self) -> CalendarPage:
        page = self.calendar_page()
        self.nav.setCurrentRow(self.stack.indexOf(page))
        return page

    def open_customer(self, customer_id: int) -> None:
        """Show a customer's card on the customers page (from the calendar's or points' lists)."""
        self.nav.setCurrentRow(self.stack.indexOf(self.customers))
        self.customers.show_customer(customer_id)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new = QAction(self.tr("New customer"), self, shortcut=QKeySequence.StandardKey.New)
        new.triggered.connect(self.customers.new_customer)
        file_menu.addAction(new)
        find = QAction(
            self.tr("Find a customer"), self, objectName="actionFindCustomer",
            shortcut=QKeySequence.StandardKey.Find,
        )  # fmt: skip
        find.triggered.connect(self.show_customers)
        file_menu.addAction(find)
        complaint = QAction(
            self.tr("Record a complaint…"), self, objectName="actionRecordComplaint",
            shortcut=QKeySequence("Ctrl+K"),
        )  # fmt: skip
        complaint.triggered.connect(self.record_complaint)
        file_menu.addAction(complaint)
        file_menu.addSeparator()
        backup = QAction(self.tr("Back up to…"), self, objectName="actionBackup")
        backup.triggered.connect(self.backup)
        restore = QAction(self.tr("Restore from a backup…"), self, objectName="actionRestore")
        restore.triggered.connect(self.restore)
        check = QAction(self.tr("Check the data"), self, objectName="actionCheck")
        check.triggered.connect(self.check)
        for action in (backup, restore, check):
            action.setEnabled(self.db_path is not None or action is check)
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        tools = self.menuBar().addMenu(self.tr("&Settings"))
        prefs = QAction(self.tr("Settings…"), self, objectName="actionSettings")
        prefs.triggered.connect(self.edit_settings)
        tools.addAction(prefs)
        rule = QAction(self.tr("Points rule…"), self, objectName="actionPointsRule")
        rule.triggered.connect(self.edit_points_rule)
        rewards = QAction(self.tr("Rewards…"), self, objectName="actionRewards")
        rewards.triggered.connect(self.open_rewards)
        packages = QAction(self.tr("Packages…"), self, objectName="actionPackages")
        packages.triggered.connect(self.open_packages)
        bonus = QAction(self.tr("Top-up bonus…"), self, objectName="actionTopUpBonus")
        bonus.triggered.connect(self.open_bonus_tiers)
        answers = QAction(self.tr("Standard answers…"), self, objectName="actionStandardAnswers")
        answers.triggered.connect(self.open_answers)
        tools.addActions([rule, rewards, packages, bonus, answers])
        expiring = QAction(
            self.tr("Package cards expiring soon…"), self, objectName="actionExpiringCards"
        )
        expiring.triggered.connect(self.show_expiring_cards)
        tools.addAction(expiring)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("About Huitouke"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    @property
    def db_path(self) -> Path | None:
        return storage.database_file(self._db_target)

    def operator(self) -> str:
        return str(settings.get("operator") or "")

    def _update_titles(self) -> None:
        shop = settings.get("shop_name")
        title = self.tr("Huitouke")
        self.setWindowTitle(f"{shop} — {title}" if shop else title)
        operator = self.operator()
        self.shop_label.setText(
            self.tr("Operator: {name}").format(name=operator) if operator else ""
        )

    # -- data safety --------------------------------------------------------------
    def backup(self) -> None:
        if self.db_path is None:
            return
        folder = prompts.choose_folder(
            self, self.tr("Back up to…"), str(storage.backups_dir(self.db_path))
        )
        if not folder:
            return
        try:
            path = storage.backup_to(self.db_path, Path(folder), self._clock())
        except (StorageError, OSError) as exc:
            prompts.error(self, self.tr("Back up"), self.storage_message(exc))
            return
        prompts.info(
            self,
            self.tr("Back up"),
            self.tr("Saved a copy of all data as\n{path}").format(path=str(path)),
        )

    def restore(self) -> None:
        if self.db_path is None:
            return
        path = prompts.open_file(
            self,
            self.tr("Restore from a backup…"),
            self.tr("Huitouke backups (*.db);;All files (*)"),
            str(storage.backups_dir(self.db_path)),
        )
        if not path:
            return
        try:
            storage.validate_backup(Path(path))
        except StorageError as exc:
            prompts.error(self, self.tr("Restore"), self.storage_message(exc))
            return
        if not prompts.confirm(
            self,
            self.tr("Restore"),
            self.tr(
                "Replace all current data with the backup\n{path}?\n\nA copy of the current "
                "data is kept in the backups folder first."
            ).format(path=path),
            destructive=True,
        ):
            return
        self.expiry.stop(timeout=None)  # nothing may write to the file being replaced
        self.regrading.stop(timeout=None)
        try:
            safety = storage.restore(self.db_path, Path(path), self._clock())
            storage.open_shop(self._db_target, self._clock())
        except (StorageError, OSError) as exc:
            prompts.error(self, self.tr("Restore"), self.storage_message(exc))
            return
        app_signals().customers_changed.emit()
        app_signals().settings_changed.emit()
        prompts.info(
            self,
            self.tr("Restore"),
            self.tr("The backup is restored. The data from before is kept as\n{path}").format(
                path=str(safety)
            ),
        )

    def check(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from app.services import checks  # only when asked: keeps start-up light

            problems = checks.check_database()
        finally:
            QApplication.restoreOverrideCursor()
        if not problems:
            prompts.info(
                self,
                self.tr("Check the data"),
                self.tr(
                    "Everything is in order: %n customer(s) checked.",
                    "",
                    customers.customer_count(include_archived=True),
                ),
            )
            return
        lines = [texts.message(p.message) for p in problems[:30]]
        if len(problems) > 30:
            lines.append(self.tr("… and {count} more.").format(count=len(problems) - 30))
        prompts.warn(self, self.tr("Check the data"), "\n".join(lines))

    def storage_message(self, exc: Exception) -> str:
        if isinstance(exc, StorageError):
            text = storage.STORAGE_MESSAGES.get(exc.kind, storage.STORAGE_MESSAGES["failed"])
            return texts.t(text, "Messages")
        return str(exc)

    # -- points ------------------------------------------------------------------------
    def show_expiring_cards(self) -> QDialog:
        from app.ui.prepaid.expiring_dialog import show_expiring

        return show_expiring(self, self._clock().date(), self.open_customer)

    def edit_points_rule(self) -> None:
        from app.ui.points.rule_dialog import edit_rule

        edit_rule(self, self._clock, self.operator)

    def open_rewards(self) -> None:
        from app.ui.points.rewards_dialog import open_rewards

        open_rewards(self, self._clock)

    def open_answers(self) -> None:
        from app.ui.complaints.answers_dialog import open_answers

        open_answers(self, self._clock)

    # -- prepaid -----------------------------------------------------------------------
    def open_packages(self) -> None:
        from app.ui.prepaid.products_dialog import open_packages

        open_packages(self, self._clock)

    def open_bonus_tiers(self) -> None:
        from app.ui.prepaid.bonus_dialog import open_bonus_tiers

        open_bonus_tiers(self)

    # -- settings and about ---------------------------------------------------------
    def edit_settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        values = settings.all_settings()
        values["logo"] = settings.logo()
        dialog = SettingsDialog(values, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        chosen = dialog.values()
        settings.set_logo(chosen.pop("logo"))
        for key, value in chosen.items():
            settings.set_value(key, value)
        app_signals().settings_changed.emit()

    def about(self) -> None:
        prompts.info(
            self,
            self.tr("About Huitouke"),
            self.tr(
                "Huitouke {version}\nKeeps a small shop's returning customers: cards, birthdays, "
                "visits and follow-ups, all on this computer.\nDatabase: {db}"
            ).format(version=__version__, db=self._db_target),
        )

    # -- remembered layout ------------------------------------------------------
    def _restore_layout(self) -> None:
        qs = QSettings()
        geometry = qs.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.customers.restore_layout(qs)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.expiry.schedule(self.EXPIRY_DELAY_MS)  # once: later calls do nothing
        if not self._grading_scheduled:
            self._grading_scheduled = True
            QTimer.singleShot(self.GRADING_DELAY_MS, self.regrading.start_if_due)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.expiry.stop()
        self.regrading.stop()
        qs = QSettings()
        qs.setValue("window/geometry", self.saveGeometry())
        self.customers.save_layout(qs)
        for page in (self._calendar, self._points, self._complaints, self._insight):
            if page is not None:
                page.save_layout(qs)
        super().closeEvent(event)
