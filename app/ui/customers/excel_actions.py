"""The customer area's Excel actions: export the list, one card or everything; import
customers with a preview; the import template. Slow work runs off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.services import customers
from app.ui import prompts, texts
from app.ui.signals import app_signals


class ExcelActions(QObject):
    """Owned by the customer page; `listed` gives the ids the list shows, in its order."""

    def __init__(
        self,
        page: QWidget,
        listed: Callable[[], list[int]],
        operator: Callable[[], str],
        clock: Callable[[], datetime],
    ) -> None:
        super().__init__(page)
        self._page = page
        self._listed = listed
        self._operator = operator
        self._clock = clock

    def export_list(self, path: str = "") -> Path | None:
        """Write what the list shows (search, filter and sort applied) to Excel."""
        return self._export("customers", self.tr("customers"), self._listed(), path)

    def export_card(self, customer_id: int, path: str = "") -> Path | None:
        """One customer's card with her visits, follow-ups and family birthdays."""
        card = customers.get_card(customer_id)
        name = f"{card.data.member_no}-{card.data.name}"
        return self._export("all", name, [customer_id], path)

    def export_everything(self, path: str = "") -> Path | None:
        """One workbook: customers, visits, follow-ups, family birthdays, and the columns."""
        return self._export("all", self.tr("huitouke"), None, path)

    def _export(self, kind: str, name: str, ids: list[int] | None, path: str) -> Path | None:
        from app.services import exports
        from app.services.messages import ServiceError
        from app.ui.application import current_language
        from app.ui.background import run_busy

        if not path:
            suggested = f"{name}-{self._clock().date().isoformat()}.xlsx"
            path = prompts.save_file(
                self, self.tr("Export to Excel"), self.tr("Excel workbooks (*.xlsx)"), suggested
            )
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        language, now = current_language(), self._clock()
        try:
            written = run_busy(
                self._page,
                self.tr("Writing the Excel file…"),
                lambda: exports.export(
                    kind, Path(path), language, customer_ids=ids, today=now.date(), now=now
                ),
            )
        except ServiceError as exc:
            prompts.warn(self._page, self.tr("Export to Excel"), texts.message(exc.message))
            return None
        return written

    def import_customers(self, path: str = "") -> QWidget | None:
        """Choose a workbook, see its problems beside its rows, import when it is clean."""
        from app.services import excel_import
        from app.ui.background import run_busy
        from app.ui.import_dialog import ImportDialog

        if not path:
            path = prompts.open_file(
                self, self.tr("Import customers"), self.tr("Excel workbooks (*.xlsx)")
            )
        if not path:
            return None

        def read(file: Path) -> excel_import.ImportPlan:
            today = self._clock().date()
            return run_busy(
                self._page,
                self.tr("Checking the file…"),
                lambda: excel_import.read_customers(file, today),
            )

        def apply(plan: excel_import.ImportPlan) -> excel_import.ImportResult:
            operator, now = self._operator(), self._clock()
            return run_busy(
                self._page, self.tr("Importing…"), lambda: excel_import.apply(plan, operator, now)
            )

        dialog = ImportDialog(Path(path), read, apply, self._page)
        dialog.finished.connect(lambda _: app_signals().customers_changed.emit())
        dialog.open()
        return dialog

    def save_template(self, path: str = "") -> Path | None:
        """An empty workbook with the import columns, their meanings and an example row."""
        from app.services import import_template
        from app.services.messages import ServiceError
        from app.ui.application import current_language

        if not path:
            path = prompts.save_file(
                self,
                self.tr("Download the import template"),
                self.tr("Excel workbooks (*.xlsx)"),
                self.tr("customer-import-template.xlsx"),
            )
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            return import_template.write_template(Path(path), current_language())
        except ServiceError as exc:
            prompts.warn(
                self._page, self.tr("Download the import template"), texts.message(exc.message)
            )
            return None
