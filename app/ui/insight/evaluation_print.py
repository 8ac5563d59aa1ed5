"""The relationship evaluation on paper (A4): a form per evaluation, or one summary table
for a selection — one layout for the print preview and for the to_pdf() routes (tests,
"Save as PDF…"). The numbers are the kept evaluation's, as the window shows them.

    SHOP NAME                                      Relationship evaluation
    ─────────────────────────────────────────────────────────────────────
    王芳                                                 Member no. 100001
    Evaluated on 22 Nov 2026               Facts from 22 Nov 2025 to …
    Indicator | Fact | Weight | Score | Weighted
    …
    Total 81.7   Grade B   Recommendation: Maintain
    Note …
    Evaluated by ________  Date ______     Approved by ________  Date ______
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.services import evaluation, print_data
from app.services.evaluation import EvaluationForm, Indicator
from app.ui import texts
from app.ui.application import register_bundled_font
from app.ui.insight import evaluation_words as words
from app.ui.printing.a4 import preview, write_pdf
from app.ui.printing.layout import Typesetter

SUMMARY_TITLE = QT_TRANSLATE_NOOP("Evaluation", "Relationship evaluations")
MEMBER_NO = QT_TRANSLATE_NOOP("Evaluation", "Member no. {member_no}")
EVALUATED_ON = QT_TRANSLATE_NOOP("Evaluation", "Evaluated on {date}")
PERIOD = QT_TRANSLATE_NOOP("Evaluation", "Facts from {start} to {end}")
EVALUATED_BY = QT_TRANSLATE_NOOP("Evaluation", "Evaluated by {operator}")
PRINTED = QT_TRANSLATE_NOOP("Evaluation", "Printed {when}")
PAGE = QT_TRANSLATE_NOOP("Evaluation", "Page {page} of {pages}")
TOTAL = QT_TRANSLATE_NOOP("Evaluation", "Total")
GRADE = QT_TRANSLATE_NOOP("Evaluation", "Grade")
ADVICE = QT_TRANSLATE_NOOP("Evaluation", "Recommendation")
NOTE = QT_TRANSLATE_NOOP("Evaluation", "Note")
SIGNED = QT_TRANSLATE_NOOP("Evaluation", "Evaluated by")
APPROVED = QT_TRANSLATE_NOOP("Evaluation", "Approved by")
DATE = QT_TRANSLATE_NOOP("Evaluation", "Date")
FORM_COLUMNS = (  # header, width in mm, right-aligned
    (QT_TRANSLATE_NOOP("Evaluation", "Indicator"), 44.0, False),
    (QT_TRANSLATE_NOOP("Evaluation", "Fact"), 58.0, False),
    (QT_TRANSLATE_NOOP("Evaluation", "Weight"), 22.0, True),
    (QT_TRANSLATE_NOOP("Evaluation", "Score"), 24.0, True),
    (QT_TRANSLATE_NOOP("Evaluation", "Weighted"), 26.0, True),
)
SUMMARY_LEAD = (  # before the seven scores
    (QT_TRANSLATE_NOOP("Evaluation", "Date"), 24.0, False),
    (QT_TRANSLATE_NOOP("Evaluation", "Member no."), 20.0, False),
    (QT_TRANSLATE_NOOP("Evaluation", "Name"), 40.0, False),
)
SUMMARY_TAIL = (
    (TOTAL, 14.0, True),
    (GRADE, 12.0, False),
    (ADVICE, 38.0, False),
)
SCORE_W = 17.0
# The form is A4 upright; the summary's eleven columns lie across A4.
PAGE_W, PAGE_H, M = 210.0, 297.0, 18.0
WIDE_W, WIDE_H, WIDE_M = 297.0, 210.0, 15.0
INK, GREY, LINE, FILL = QColor("#000000"), QColor("#555555"), QColor("#999999"), QColor("#eeeeee")
LEFT, RIGHT = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
CENTRE = Qt.AlignmentFlag.AlignHCenter
ROW_H, HEAD_H = 6.5, 10.0
FIRST_TOP, NEXT_TOP, BOTTOM = 36.0, 22.0, WIDE_H - 16.0


def _t(text: str) -> str:
    return texts.t(text, words.CONTEXT)


@dataclass(frozen=True)
class FormPrint:
    """One printed form, already in the user's language."""

    shop_name: str
    name: str
    member_no: str
    evaluated_on: str
    period: str
    operator: str
    rows: tuple[tuple[str, str, str, str, str], ...]
    weights: str
    total: str
    grade: str
    advice: str
    note: str
    printed: str


@dataclass(frozen=True)
class SummaryPrint:
    shop_name: str
    printed: str
    count: str
    rows: tuple[tuple[str, ...], ...]
    grades: tuple[str, ...]  # each row's grade, for its colour


def form_print(form: EvaluationForm, shop_name: str, now: datetime) -> FormPrint:
    rows = tuple(
        (words.name(s.indicator), words.fact(s), str(s.weight), words.score(s.score),
         words.weighted(s))
        for s in form.scores
    )  # fmt: skip
    return FormPrint(
        shop_name, form.name, _t(MEMBER_NO).format(member_no=form.member_no),
        _t(EVALUATED_ON).format(date=texts.short_date(form.evaluated_on)),
        _t(PERIOD).format(start=texts.short_date(form.period_from),
                          end=texts.short_date(form.evaluated_on)),
        _t(EVALUATED_BY).format(operator=form.operator) if form.operator else "",
        rows, str(sum(s.weight for s in form.scores)), words.total(form), form.grade,
        words.recommendation(form.recommendation), form.note,
        _t(PRINTED).format(when=texts.date_time(now)),
    )  # fmt: skip


def summary_print(forms: Sequence[EvaluationForm], shop_name: str, now: datetime) -> SummaryPrint:
    rows = []
    for form in forms:
        scores = []
        for indicator in Indicator:
            s = form.score_of(indicator)
            scores.append(words.score(s.score) if s is not None else "—")
        rows.append(
            (texts.short_date(form.evaluated_on), form.member_no, form.name, *scores,
             words.total(form), form.grade, words.recommendation(form.recommendation))
        )  # fmt: skip
    return SummaryPrint(
        shop_name, _t(PRINTED).format(when=texts.date_time(now)),
        words.words().count(len(forms)), tuple(rows), tuple(f.grade for f in forms),
    )  # fmt: skip


def landscape() -> QPageLayout:
    size = QPageSize(QPageSize.PageSizeId.A4)
    return QPageLayout(size, QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0))


class _Page:
    """A4 painting in millimetres on any paged device (printer, PDF)."""

    def __init__(self, device: QPagedPaintDevice, width: float, height: float) -> None:
        register_bundled_font()
        self.device = device
        self.k = device.logicalDpiX() / 25.4
        page = device.pageLayout().fullRectPixels(device.logicalDpiX())
        self.scale = min(1.0, page.width() / (width * self.k), page.height() / (height * self.k))
        self.painter = QPainter()
        if not self.painter.begin(device):
            raise OSError(
                QCoreApplication.translate("Printing", "The printer or file cannot be used.")
            )
        self.setter = Typesetter(device)
        self.pages = 0

    def next(self) -> None:
        if self.pages:
            self.device.newPage()
        self.pages += 1
        self.painter.resetTransform()
        self.painter.scale(self.scale, self.scale)

    def box(self, x: float, y: float, w: float, h: float) -> QRectF:
        k = self.k
        return QRectF(x * k, y * k, w * k, h * k)

    def text(
        self, text: str, x: float, y: float, w: float, h: float, pt: float, **how: object
    ) -> None:
        min_pt = float(how.pop("min_pt", pt * 0.7))  # type: ignore[arg-type]
        self.setter.text(self.painter, text, self.box(x, y, w, h), pt, min_pt, **how)  # type: ignore[arg-type]

    def line(self, x0: float, y0: float, x1: float, y1: float, colour: QColor = LINE) -> None:
        self.painter.setPen(QPen(colour, 0.25 * self.k))
        k = self.k
        self.painter.drawLine(QPointF(x0 * k, y0 * k), QPointF(x1 * k, y1 * k))

    def pen(self, colour: QColor | str) -> None:
        self.painter.setPen(QColor(colour))

    def end(self) -> int:
        self.painter.end()
        return self.pages


def _heading(page: _Page, shop_name: str, title: str, margin: float, page_w: float) -> None:
    width = page_w - 2 * margin
    page.pen(INK)
    page.text(title, margin + width - 80, margin, 80, 9, 14, bold=True, align=RIGHT)
    page.text(shop_name, margin, margin, width - 84, 9, 15, bold=True)
    page.line(margin, margin + 11, page_w - margin, margin + 11, INK)


def _paint_form(page: _Page, data: FormPrint) -> None:
    width = PAGE_W - 2 * M
    page.next()
    _heading(page, data.shop_name, _t(words.TITLE), M, PAGE_W)
    page.pen(INK)
    page.text(data.name, M, 33, width - 62, 8, 14, bold=True)
    page.text(data.member_no, M + width - 60, 33, 60, 8, 11, align=RIGHT)
    page.text(data.evaluated_on, M, 42, 70, 6, 10.5)
    page.text(data.period, M + width - 100, 42, 100, 6, 10.5, align=RIGHT)
    page.pen(GREY)
    page.text(data.operator, M, 49, width, 6, 9.5)
    y = 58.0
    page.painter.fillRect(page.box(M, y, width, 9), FILL)
    page.pen(INK)
    x = M
    for header, w, right in FORM_COLUMNS:
        page.text(_t(header), x + 1.5, y, w - 3, 9, 10, bold=True, align=RIGHT if right else LEFT)
        x += w
    y += 9
    for row in data.rows:
        x = M
        page.pen(INK)
        for (_, w, right), value in zip(FORM_COLUMNS, row, strict=True):
            page.text(
                value, x + 1.5, y, w - 3, 9, 10.5, align=RIGHT if right else LEFT, max_lines=1
            )
            x += w
        y += 9
        page.line(M, y, PAGE_W - M, y)
    page.line(M, y, PAGE_W - M, y, INK)
    total_row = (_t(TOTAL), "", data.weights, "", data.total)
    x = M
    page.pen(INK)
    for (_, w, right), value in zip(FORM_COLUMNS, total_row, strict=True):
        page.text(value, x + 1.5, y, w - 3, 9, 11, bold=True, align=RIGHT if right else LEFT)
        x += w
    y += 16
    boxes = ((_t(TOTAL), data.total, 40.0), (_t(GRADE), data.grade, 34.0),
             (_t(ADVICE), data.advice, width - 74.0 - 12))  # fmt: skip
    x = M
    colour = words.GRADE_COLOURS.get(data.grade, "#000000")
    for label, value, w in boxes:
        page.painter.setPen(QPen(LINE, 0.3 * page.k))
        page.painter.drawRect(page.box(x, y, w, 22))
        page.pen(GREY)
        page.text(label, x + 3, y + 1.5, w - 6, 6, 9.5)
        page.pen(INK if label == _t(TOTAL) else colour)
        page.text(value, x + 3, y + 8, w - 6, 12, 20, bold=True, align=CENTRE, min_pt=9)
        x += w + 6
    y += 32
    page.pen(GREY)
    page.text(_t(NOTE), M, y, width, 6, 10)
    page.painter.setPen(QPen(LINE, 0.3 * page.k))
    page.painter.drawRect(page.box(M, y + 7, width, 46))
    page.pen(INK)
    note = page.setter.fit(data.note, (width - 6) * page.k, 42 * page.k, 10.5, 7, max_lines=12)
    page.setter.draw(page.painter, note, page.box(M + 3, y + 9, width - 6, 42), top=True)
    _signatures(page, PAGE_H - 48)
    page.pen(GREY)
    page.text(data.printed, M, PAGE_H - 16, width, 5, 8)


def _signatures(page: _Page, y: float) -> None:
    half = (PAGE_W - 2 * M) / 2
    for n, label in enumerate((SIGNED, APPROVED)):
        x = M + n * (half + 6)
        page.pen(INK)
        page.text(_t(label), x, y, 28, 7, 10.5)
        page.line(x + 29, y + 6.5, x + half - 36, y + 6.5, INK)
        page.text(_t(DATE), x + half - 34, y, 12, 7, 10.5)
        page.line(x + half - 21, y + 6.5, x + half - 6, y + 6.5, INK)


def paint_forms(device: QPagedPaintDevice, data: Sequence[FormPrint]) -> int:
    """Paint a form a page on `device`; returns the pages."""
    page = _Page(device, PAGE_W, PAGE_H)
    try:
        for one in data:
            _paint_form(page, one)
    finally:
        pages = page.end()
    return pages


def _summary_columns() -> list[tuple[str, float, bool]]:
    scores = [(words.NAMES[i], SCORE_W, True) for i in Indicator]
    return [*SUMMARY_LEAD, *scores, *SUMMARY_TAIL]


def summary_pages(rows: int) -> list[range]:
    first = int((BOTTOM - FIRST_TOP - HEAD_H) // ROW_H)
    later = int((BOTTOM - NEXT_TOP - HEAD_H) // ROW_H)
    pages, start = [range(0, min(rows, first))], min(rows, first)
    while start < rows:
        pages.append(range(start, min(rows, start + later)))
        start += later
    return pages


def paint_summary(device: QPagedPaintDevice, data: SummaryPrint) -> int:
    """Paint the summary table across A4 pages, as many as it takes; returns the pages."""
    device.setPageLayout(landscape())
    page = _Page(device, WIDE_W, WIDE_H)
    columns = _summary_columns()
    width, m = WIDE_W - 2 * WIDE_M, WIDE_M
    chunks = summary_pages(len(data.rows))
    try:
        for number, rows in enumerate(chunks, start=1):
            page.next()
            top = NEXT_TOP
            if number == 1:
                _heading(page, data.shop_name, _t(SUMMARY_TITLE), m, WIDE_W)
                page.pen(GREY)
                page.text(data.count, m, 28, width / 2, 6, 10)
                page.text(data.printed, m + width / 2, 28, width / 2, 6, 9, align=RIGHT)
                top = FIRST_TOP
            page.painter.fillRect(page.box(m, top, width, HEAD_H), FILL)
            page.pen(INK)
            x = m
            for header, w, right in columns:
                page.text(_t(header), x + 1, top, w - 2, HEAD_H, 8.5, bold=True,
                          align=RIGHT if right else LEFT, min_pt=6.5, max_lines=2)  # fmt: skip
                x += w
            y = top + HEAD_H
            for index in rows:
                x = m
                colour = words.GRADE_COLOURS.get(data.grades[index], "#000000")
                for column, ((_, w, right), value) in enumerate(
                    zip(columns, data.rows[index], strict=True)
                ):
                    page.pen(colour if column >= len(columns) - 2 else INK)
                    page.text(value, x + 1, y, w - 2, ROW_H, 9, min_pt=7,
                              align=RIGHT if right else LEFT, max_lines=1)  # fmt: skip
                    x += w
                y += ROW_H
                page.line(m, y, WIDE_W - m, y)
            page.pen(GREY)
            page.text(_t(PAGE).format(page=number, pages=len(chunks)),
                      m, WIDE_H - 12, width, 5, 8, align=RIGHT)  # fmt: skip
    finally:
        pages = page.end()
    return pages


# ---------------------------------------------------------------- the routes


def _forms(ids: Sequence[int], now: datetime) -> list[FormPrint]:
    shop = print_data.shop_name()
    return [form_print(f, shop, now) for f in evaluation.forms(ids)]


def _summary(ids: Sequence[int], now: datetime) -> SummaryPrint:
    return summary_print(evaluation.forms(ids), print_data.shop_name(), now)


def forms_to_pdf(path: str | Path, evaluation_ids: Sequence[int], now: datetime) -> Path:
    """A form a page for these evaluations, as a PDF at `path`."""
    data = _forms(evaluation_ids, now)
    return write_pdf(path, _t(words.TITLE), lambda device: paint_forms(device, data))


def summary_to_pdf(path: str | Path, evaluation_ids: Sequence[int], now: datetime) -> Path:
    """The summary table of these evaluations, as a PDF at `path`."""
    data = _summary(evaluation_ids, now)
    return write_pdf(path, _t(SUMMARY_TITLE), lambda device: paint_summary(device, data))


def preview_forms(
    parent: QWidget | None, evaluation_ids: Sequence[int], now: datetime
) -> QPrintPreviewDialog:
    """The print preview of the forms (print from there), not shown."""
    data = _forms(evaluation_ids, now)
    return preview(
        parent, _t(words.TITLE), "evaluationFormsPreview",
        lambda device: paint_forms(device, data),
    )  # fmt: skip


def preview_summary(
    parent: QWidget | None, evaluation_ids: Sequence[int], now: datetime
) -> QPrintPreviewDialog:
    """The print preview of the summary table, not shown."""
    data = _summary(evaluation_ids, now)
    dialog = preview(
        parent, _t(SUMMARY_TITLE), "evaluationSummaryPreview",
        lambda device: paint_summary(device, data),
    )  # fmt: skip
    dialog.printer.setPageLayout(landscape())  # type: ignore[attr-defined]
    return dialog


__all__ = [
    "FormPrint",
    "SummaryPrint",
    "form_print",
    "forms_to_pdf",
    "paint_forms",
    "paint_summary",
    "preview_forms",
    "preview_summary",
    "summary_print",
    "summary_to_pdf",
]
