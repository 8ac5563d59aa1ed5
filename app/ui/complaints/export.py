"""Export… in the inbox: the complaints the inbox shows, in its order, with their
timelines, to an Excel workbook in the user's language. Loaded on first use: it
brings openpyxl."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.messages import ServiceError
from app.ui import prompts, texts


def export_complaints(
    parent: QWidget, ids: list[int], clock: Callable[[], datetime], path: str = ""
) -> Path | None:
    """Ask where (unless `path` is given), then write the workbook off the UI thread."""
    from app.services import complaint_exports
    from app.ui.application import current_language
    from app.ui.background import run_busy

    title = QCoreApplication.translate("ComplaintsPage", "Export to Excel")
    if not ids:
        prompts.info(
            parent, title, QCoreApplication.translate("ComplaintsPage", "No complaints to export.")
        )
        return None
    now = clock()
    if not path:
        name = QCoreApplication.translate("ComplaintsPage", "complaints")
        path = prompts.save_file(
            parent,
            title,
            QCoreApplication.translate("ComplaintsPage", "Excel workbooks (*.xlsx)"),
            f"{name}-{now.date().isoformat()}.xlsx",
        )
    if not path:
        return None
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    language = current_language()
    try:
        return run_busy(
            parent,
            QCoreApplication.translate("ComplaintsPage", "Writing the Excel file…"),
            lambda: complaint_exports.export_complaints(Path(path), language, ids, now),
        )
    except ServiceError as exc:
        prompts.warn(parent, title, texts.message(exc.message))
        return None
