"""A4 documents (statements): one PDF route and one preview for each, so the pages a
test renders are the pages the owner prints."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

Paint = Callable[[QPagedPaintDevice], object]


def a4_layout() -> QPageLayout:
    size = QPageSize(QPageSize.PageSizeId.A4)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def write_pdf(path: str | Path, title: str, paint: Paint) -> Path:
    """Paint to a PDF at `path`, written beside it and moved there when done."""
    target = Path(path)
    partial = target.with_name(f".{target.name}.part")
    writer = QPdfWriter(str(partial))
    writer.setCreator("回头客 Huitouke")
    writer.setTitle(title)
    writer.setPageLayout(a4_layout())
    try:
        try:
            paint(writer)
        finally:
            del writer  # closes the file
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def preview(
    parent: QWidget | None, title: str, object_name: str, paint: Paint
) -> QPrintPreviewDialog:
    """The print preview (print from there), not shown."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setPageLayout(a4_layout())
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent, objectName=object_name)
    dialog.setWindowTitle(title)
    dialog.resize(900, 760)
    dialog.paintRequested.connect(paint)
    dialog.printer = printer  # type: ignore[attr-defined]  # kept alive with the dialog
    return dialog
