"""Export… of an insight list: the rows shown, in the order shown, to an Excel workbook
in the user's language, written off the UI thread. Loaded on first use (openpyxl)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.messages import ServiceError
from app.ui import prompts, texts


def export_rows(
    parent: QWidget,
    kind: str,  # "dormant" or "graded"
    rows: Sequence[Any],
    clock: Callable[[], datetime],
    path: str = "",
) -> Path | None:
    """Ask where (unless `path` is given), then write the rows."""
    from app.services import insight_exports
    from app.ui.application import current_language
    from app.ui.background import run_busy

    title = QCoreApplication.translate("InsightExport", "Export to Excel")
    if not rows:
        nothing = QCoreApplication.translate("InsightExport", "Nothing to export.")
        prompts.info(parent, title, nothing)
        return None
    language = current_language()
    if not path:
        path = prompts.save_file(
            parent,
            title,
            QCoreApplication.translate("InsightExport", "Excel workbooks (*.xlsx)"),
            insight_exports.dated_name(kind, language, clock().date()),
        )
    if not path:
        return None
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    write = insight_exports.export_dormant if kind == "dormant" else insight_exports.export_graded
    try:
        return run_busy(
            parent,
            QCoreApplication.translate("InsightExport", "Writing the Excel file…"),
            lambda: write(Path(path), language, list(rows)),
        )
    except ServiceError as exc:
        prompts.warn(parent, title, texts.message(exc.message))
        return None
