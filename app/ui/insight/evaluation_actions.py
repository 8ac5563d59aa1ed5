"""Print… and Export… for kept evaluations: a form a page or one summary table, in the
print preview or to a PDF; the list's evaluations to an Excel workbook (off the UI
thread). Both take the evaluations in the list's order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services.messages import ServiceError
from app.ui import prompts, texts
from app.ui.insight import evaluation_print

Clock = Callable[[], datetime]
CONTEXT = "EvaluationTab"


class PrintChoiceDialog(QDialog):
    """A form for each, or the summary table; then the preview or a PDF."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationPrintChoice")
        self.setWindowTitle(self.tr("Print evaluations"))
        self.wants_pdf = False
        self.forms = QRadioButton(
            self.tr("A form for each evaluation, a page each, to sign"),
            objectName="printEvaluationForms",
        )
        self.summary = QRadioButton(
            self.tr("One table of all of them"), objectName="printEvaluationSummary"
        )
        self.forms.setChecked(True)
        count_label = QLabel(
            self.tr("Evaluations: {count}").format(count=QLocale().toString(count))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        preview = QPushButton(self.tr("Preview…"), objectName="printEvaluationPreview")
        pdf = QPushButton(self.tr("Save as PDF…"), objectName="printEvaluationPdf")
        preview.setDefault(True)
        buttons.addButton(preview, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(pdf, QDialogButtonBox.ButtonRole.AcceptRole)
        pdf.clicked.connect(lambda: setattr(self, "wants_pdf", True))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.forms)
        layout.addWidget(self.summary)
        layout.addWidget(count_label)
        layout.addWidget(buttons)


def save_pdf(
    parent: QWidget | None, ids: Sequence[int], summary: bool, now: datetime, path: str = ""
) -> Path | None:
    """Ask where (unless `path` is given) and write the PDF; None when given up."""
    title = QCoreApplication.translate("EvaluationTab", "Save the evaluations as PDF")
    if not path:
        name = (
            QCoreApplication.translate("EvaluationTab", "evaluation-summary")
            if summary
            else QCoreApplication.translate("EvaluationTab", "evaluation-forms")
        )
        path = prompts.save_file(
            parent, title, "PDF (*.pdf)", f"{name}-{now.date().isoformat()}.pdf"
        )
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    write = evaluation_print.summary_to_pdf if summary else evaluation_print.forms_to_pdf
    try:
        return write(path, ids, now)
    except OSError as exc:
        text = QCoreApplication.translate("EvaluationTab", "Cannot write the file: {reason}")
        prompts.error(parent, title, text.format(reason=exc.strerror or str(exc)))
    return None


def print_evaluations(parent: QWidget | None, ids: Sequence[int], clock: Clock) -> None:
    """Ask what to print, then open the preview or save a PDF."""
    title = QCoreApplication.translate("EvaluationTab", "Print evaluations")
    if not ids:
        prompts.info(
            parent,
            title,
            QCoreApplication.translate(
                "EvaluationTab", "No evaluations to print: evaluate customers first."
            ),
        )
        return
    dialog = PrintChoiceDialog(len(ids), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    summary, now = dialog.summary.isChecked(), clock()
    if dialog.wants_pdf:
        save_pdf(parent, ids, summary, now)
    elif summary:
        evaluation_print.preview_summary(parent, ids, now).exec()
    else:
        evaluation_print.preview_forms(parent, ids, now).exec()


def export_evaluations(
    parent: QWidget | None, ids: Sequence[int], clock: Clock, path: str = ""
) -> Path | None:
    """Ask where (unless `path` is given), then write the workbook off the UI thread."""
    from app.services import evaluation_exports
    from app.ui.application import current_language
    from app.ui.background import run_busy

    title = QCoreApplication.translate("EvaluationTab", "Export to Excel")
    if not ids:
        prompts.info(
            parent, title, QCoreApplication.translate("EvaluationTab", "No evaluations to export.")
        )
        return None
    now = clock()
    if not path:
        name = QCoreApplication.translate("EvaluationTab", "evaluations")
        path = prompts.save_file(
            parent,
            title,
            QCoreApplication.translate("EvaluationTab", "Excel workbooks (*.xlsx)"),
            f"{name}-{now.date().isoformat()}.xlsx",
        )
    if not path:
        return None
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    language, chosen = current_language(), list(ids)
    try:
        return run_busy(
            parent,
            QCoreApplication.translate("EvaluationTab", "Writing the Excel file…"),
            lambda: evaluation_exports.export_evaluations(Path(path), language, chosen),
        )
    except ServiceError as exc:
        prompts.warn(parent, title, texts.message(exc.message))
        return None


__all__ = ["PrintChoiceDialog", "export_evaluations", "print_evaluations", "save_pdf"]
