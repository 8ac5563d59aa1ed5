"""The member number as a Code 128 barcode and a QR code, painted as vector rectangles.

The symbols come from maintained libraries — python-barcode gives the Code 128 bar
pattern, segno the QR matrix — and are only painted here, so they stay sharp in a PDF
at any zoom. Module widths are whole dots of a 300/600 dpi printer, so every bar of
the same width prints the same width.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

import barcode
import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath

DOT_MM = 25.4 / 300
CODE128_QUIET = 10  # modules of white each side, as the standard asks
QR_QUIET = 4
_BLACK = QColor("#000000")


# The preview paints every card again when the page setup changes, and once more to
# print: each number is encoded once (a QR's mask choice costs about a millisecond).
@lru_cache(maxsize=4096)
def code128_pattern(value: str) -> str:
    """'1' for a dark module, '0' for a light one; the quiet zones are not included."""
    return str(barcode.get("code128", value).build()[0])


@lru_cache(maxsize=4096)
def qr_matrix(value: str) -> Sequence[Sequence[int]]:
    """Rows of the QR symbol (1 = dark), without the quiet zone. Error level M survives
    a scratched or bent card; a plain QR (never Micro QR: phones cannot read those)."""
    return segno.make_qr(value, error="m").matrix


def _runs(row: Sequence[int] | str, dark: int | str) -> Iterator[tuple[int, int]]:
    """(start, length) of each run of dark modules in a row."""
    start = -1
    for index, module in enumerate(row):
        if module == dark and start < 0:
            start = index
        elif module != dark and start >= 0:
            yield start, index - start
            start = -1
    if start >= 0:
        yield start, len(row) - start


def _snap(module_mm: float) -> float:
    """Down to whole printer dots, but never below one."""
    return max(DOT_MM, int(module_mm / DOT_MM + 1e-6) * DOT_MM)


def paint_code128(
    painter: QPainter, box: QRectF, value: str, k: float, max_module_mm: float = 0.5
) -> QRectF:
    """Paint the bars in `box` (pixels, k per mm), left-aligned; the caller keeps
    CODE128_QUIET modules clear on both sides. Returns the rectangle of the bars."""
    pattern = code128_pattern(value)
    module = _snap(min(max_module_mm, box.width() / k / len(pattern))) * k
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for start, length in _runs(pattern, "1"):
        path.addRect(QRectF(box.left() + start * module, box.top(), length * module, box.height()))
    painter.fillPath(path, _BLACK)
    return QRectF(box.left(), box.top(), len(pattern) * module, box.height())


def paint_qr(painter: QPainter, box: QRectF, value: str, k: float) -> QRectF:
    """Paint the QR code as large as fits in `box` with its quiet zone, centred.

    Returns the rectangle of the symbol without the quiet zone."""
    matrix = qr_matrix(value)
    size = len(matrix)
    side = min(box.width(), box.height())
    module = _snap(side / k / (size + 2 * QR_QUIET)) * k
    width = size * module
    left = box.center().x() - width / 2
    top = box.center().y() - width / 2
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for r, row in enumerate(matrix):
        y = top + r * module
        for start, length in _runs(row, 1):
            path.addRect(QRectF(left + start * module, y, length * module, module))
    painter.fillPath(path, _BLACK)
    return QRectF(left, top, width, width)
