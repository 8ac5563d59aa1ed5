"""Printing cards: one render loop for the preview's printer and for to_pdf(), the
options dialog (which card, which paper), and a progress dialog that can stop it.

The loop paints in the GUI thread: QPrintPreviewDialog asks for its pages
synchronously, and painting a card takes about a millisecond; a modal progress
dialog keeps the window alive and lets the owner cancel hundreds of cards.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QRectF, QSettings, Qt
from PySide6.QtGui import QImage, QPagedPaintDevice, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import print_data
from app.services.messages import Message, ServiceError
from app.ui import prompts, texts
from app.ui.application import register_bundled_font
from app.ui.printing.layout import (
    KIND_NAMES,
    PAPER_NAMES,
    PAPERS,
    CardContext,
    CardKind,
    Paper,
    Typesetter,
    draw_cuts,
    sheet_for,
)
from app.ui.printing.member_card import paint_member_card
from app.ui.printing.relationship_card import STYLES, paint_relationship_card

# (cards done, cards in all) → False to stop.
Progress = Callable[[int, int], bool]

NOTHING = QT_TRANSLATE_NOOP("Printing", "None of these customers has a card to print.")
BAD_PAPER = QT_TRANSLATE_NOOP("Printing", "This paper does not suit this card.")


class PrintCancelled(Exception):
    """The owner stopped the printing; no file was left behind."""


@dataclass(frozen=True)
class PrintOptions:
    paper: Paper | None = None  # None: the card's first paper (A5, card stock)
    logo: bytes | None = None  # PNG or JPEG, printed in the card's corner
    today: date | None = None  # what counts as expired (a package card); None: today


def _paper(kind: CardKind, options: PrintOptions) -> Paper:
    paper = options.paper or PAPERS[kind][0]
    if paper not in PAPERS[kind]:
        raise ServiceError(Message(BAD_PAPER, context="Printing"))
    return paper


def _set_paper(device: QPagedPaintDevice, kind: CardKind, options: PrintOptions) -> None:
    device.setPageLayout(sheet_for(_paper(kind, options)).page_layout())  # no margins


def paint_cards(
    device: QPagedPaintDevice,
    kind: CardKind,
    customer_ids: Sequence[int],
    options: PrintOptions,
    progress: Progress | None = None,
) -> int:
    """Paint the customers' cards onto `device`, a sheet of cards a page; returns how many.

    The sheet is centred on the device's page (shrunk if the owner chose smaller
    paper in the page setup). Raises PrintCancelled when `progress` says stop."""
    register_bundled_font()
    paper = _paper(kind, options)
    sheet = sheet_for(paper)
    logo = QImage.fromData(options.logo) if options.logo else None
    ctx = CardContext(print_data.shop_name(), logo if logo and not logo.isNull() else None, paper)
    style = STYLES.get(paper)  # None for member cards: no visits, no follow-ups
    paint = paint_relationship_card if style else paint_member_card
    cards = print_data.cards_for(
        customer_ids,
        style.visits if style else 0,
        style.follow_ups if style else 0,
        today=options.today or date.today(),
    )
    k = device.logicalDpiX() / 25.4  # the printer's or the PDF's resolution
    page = device.pageLayout().fullRectPixels(device.logicalDpiX())
    scale = min(1.0, page.width() / (sheet.width * k), page.height() / (sheet.height * k))
    dx = (page.width() - sheet.width * k * scale) / 2
    dy = (page.height() - sheet.height * k * scale) / 2
    painter, count = QPainter(), 0
    if not painter.begin(device):
        raise OSError(QCoreApplication.translate("Printing", "The printer or file cannot be used."))
    try:
        setter = Typesetter(device)
        for card in cards:
            if progress is not None and not progress(count, len(customer_ids)):
                raise PrintCancelled
            slot = count % len(sheet.slots)
            if slot == 0:
                if count:
                    device.newPage()
                painter.resetTransform()
                painter.translate(dx, dy)
                painter.scale(scale, scale)
                draw_cuts(painter, sheet, k)
            place = sheet.slots[slot]
            rect = QRectF(place.x() * k, place.y() * k, place.width() * k, place.height() * k)
            paint(painter, rect, k, card, ctx, setter)
            count += 1
    finally:
        painter.end()
    if progress is not None:
        progress(len(customer_ids), len(customer_ids))
    return count


def write_pdf(
    path: str | Path,
    kind: CardKind | str,
    customer_ids: Sequence[int],
    options: PrintOptions | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the cards to a PDF at `path`; returns the number of cards.

    The PDF is written next to `path` and moved there when complete, so a cancelled
    or failed run leaves no file (and an older PDF of that name untouched)."""
    kind, options, target = CardKind(kind), options or PrintOptions(), Path(path)
    partial = target.with_name(f".{target.name}.part")
    writer = QPdfWriter(str(partial))
    writer.setCreator("回头客 Huitouke")
    writer.setTitle(texts.t(KIND_NAMES[kind], "Printing"))
    _set_paper(writer, kind, options)
    try:
        try:
            count = paint_cards(writer, kind, customer_ids, options, progress)
        finally:
            del writer  # closes the file
        if count == 0:
            raise ServiceError(Message(NOTHING, context="Printing"))
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return count


def to_pdf(
    path: str | Path,
    kind: CardKind | str,
    customer_ids: Sequence[int],
    options: PrintOptions | None = None,
    progress: Progress | None = None,
) -> Path:
    """The cards as a PDF at `path` (see write_pdf)."""
    write_pdf(path, kind, customer_ids, options, progress)
    return Path(path)


class ProgressBox:
    """A cancellable progress dialog, usable as a `Progress` callback."""

    def __init__(self, parent: QWidget | None, total: int) -> None:
        label = QCoreApplication.translate("Printing", "Preparing the cards…")
        stop = QCoreApplication.translate("Printing", "Stop")
        self.dialog = QProgressDialog(label, stop, 0, total, parent, objectName="printProgress")
        self.dialog.setWindowTitle(QCoreApplication.translate("Printing", "Printing"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)

    def __call__(self, done: int, total: int) -> bool:
        self.dialog.setValue(done)  # a modal dialog processes events here
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.deleteLater()


class PrintOptionsDialog(QDialog):
    """Which card and which paper; then a preview or a PDF."""

    def __init__(self, kind: CardKind, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printOptions")
        self.setWindowTitle(self.tr("Print cards"))
        self.wants_pdf = False
        self.kind = QComboBox(objectName="printKind")
        for value in CardKind:
            self.kind.addItem(texts.t(KIND_NAMES[value], "Printing"), value)
        self.paper = QComboBox(objectName="printPaper")
        form = QFormLayout()
        form.addRow(self.tr("Card"), self.kind)
        form.addRow(self.tr("Paper"), self.paper)
        self.count = QLabel(QLocale().toString(count), objectName="printCount")
        form.addRow(self.tr("Customers"), self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = QPushButton(self.tr("Preview…"), objectName="printPreview")
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), objectName="printPdf")
        self.preview_button.setDefault(True)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.pdf_button.clicked.connect(lambda: setattr(self, "wants_pdf", True))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._fill_papers)
        self.kind.setCurrentIndex(list(CardKind).index(kind))
        self._fill_papers()

    def _fill_papers(self) -> None:
        kind = CardKind(self.kind.currentData())
        self.paper.clear()
        for paper in PAPERS[kind]:
            self.paper.addItem(texts.t(PAPER_NAMES[paper], "Printing"), paper)
        last = QSettings().value(f"printing/paper_{kind.value}", "")
        index = self.paper.findData(Paper(last)) if last in set(Paper) else -1
        self.paper.setCurrentIndex(max(0, index))

    def choice(self) -> tuple[CardKind, PrintOptions]:
        kind, paper = CardKind(self.kind.currentData()), Paper(self.paper.currentData())
        QSettings().setValue(f"printing/paper_{kind.value}", paper.value)
        return kind, PrintOptions(paper)


def preview_dialog(
    parent: QWidget | None, kind: CardKind, customer_ids: Sequence[int], options: PrintOptions
) -> QPrintPreviewDialog:
    """The print preview (with page setup and printing, also to a PDF printer), not shown."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    _set_paper(printer, kind, options)
    dialog = QPrintPreviewDialog(printer, parent, objectName="printPreviewDialog")
    dialog.setWindowTitle(texts.t(KIND_NAMES[kind], "Printing"))
    dialog.resize(900, 700)

    def paint(device: QPrinter) -> None:
        box = ProgressBox(dialog, len(customer_ids))
        try:
            paint_cards(device, kind, customer_ids, options, box)
        except PrintCancelled:
            pass  # the preview shows the cards painted so far
        finally:
            box.close()

    dialog.paintRequested.connect(paint)
    dialog.printer = printer  # type: ignore[attr-defined]  # kept alive with the dialog
    return dialog


def save_pdf(
    parent: QWidget | None, kind: CardKind, customer_ids: Sequence[int], options: PrintOptions
) -> Path | None:
    """Ask where, write the PDF with a progress dialog; None when the owner gives up."""
    title = QCoreApplication.translate("Printing", "Save the cards as PDF")
    path = prompts.save_file(parent, title, "PDF (*.pdf)", f"{kind.value}-cards.pdf")
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    box = ProgressBox(parent, len(customer_ids))
    try:
        return to_pdf(path, kind, customer_ids, options, box)
    except PrintCancelled:
        return None
    except ServiceError as exc:
        prompts.warn(parent, title, texts.message(exc.message))
    except OSError as exc:
        text = QCoreApplication.translate("Printing", "Cannot write the file: {reason}")
        prompts.error(parent, title, text.format(reason=exc.strerror or str(exc)))
    finally:
        box.close()
    return None


def print_cards(
    parent: QWidget | None,
    kind: CardKind | str,
    customer_ids: Sequence[int],
    logo: bytes | None = None,
) -> None:
    """Ask for the card and paper, then open the print preview or save a PDF."""
    if not customer_ids:
        title = QCoreApplication.translate("Printing", "Print cards")
        text = QCoreApplication.translate("Printing", "Choose the customers to print first.")
        prompts.info(parent, title, text)
        return
    dialog = PrintOptionsDialog(CardKind(kind), len(customer_ids), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    chosen, options = dialog.choice()
    options = replace(options, logo=logo)
    if dialog.wants_pdf:
        save_pdf(parent, chosen, customer_ids, options)
    else:
        preview_dialog(parent, chosen, customer_ids, options).exec()
