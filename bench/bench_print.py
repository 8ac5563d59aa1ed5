"""1,000 member cards to a PDF (card stock, and A4 sheets of ten), beside the floor of
painting the same cards with QPainter. Target: program ≤ 3× floor.

Floor: what any program must do to print these cards — ask the libraries for each
number's Code 128 pattern (python-barcode) and QR matrix (segno's `.matrix`, no image
writer), and draw the same shapes and text straight into a QPdfWriter with the same
fonts (the band, four texts at fixed places, the bars and QR modules as the same
runs of rectangles) — with no data loading, no layout decisions, no text fitting.
The drawing alone (codes made beforehand) is reported too, as `paint_only_s`: the QR
mask choice the standard asks for (~1 ms a code in pure Python) is most of the rest.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, demo_db

sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CARDS = 1000
RUNS = 5


def floor_paint(path: Path, cards: list, paper: str) -> None:
    """Draw precomputed cards: what any program must at least do to make this PDF."""
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QPainter, QPainterPath, QPdfWriter

    from app.ui.printing.layout import Paper, sheet_for

    sheet = sheet_for(Paper(paper))
    writer = QPdfWriter(str(path))
    writer.setPageLayout(sheet.page_layout())
    k = writer.resolution() / 25.4
    painter = QPainter(writer)
    band_colour, white, black = QColor("#8c1d2c"), QColor("#ffffff"), QColor("#000000")
    for index, (texts, fonts, bars, qr) in enumerate(cards):
        slot = index % len(sheet.slots)
        if slot == 0 and index:
            writer.newPage()
        place = sheet.slots[slot]
        x, y = place.x() * k, place.y() * k
        band = QPainterPath()
        band.addRoundedRect(QRectF(x + 3 * k, y + 3 * k, 79.6 * k, 12 * k), 2 * k, 2 * k)
        painter.fillPath(band, band_colour)
        for (tx, ty, text), font, colour in zip(
            texts, fonts, (white, white, black, black), strict=True
        ):
            painter.setPen(colour)
            painter.setFont(font)
            painter.drawText(QPointF(x + tx * k, y + ty * k), text)
        painter.fillPath(bars.translated(x, y), black)
        painter.fillPath(qr.translated(x, y), black)
    painter.end()


def prepared_cards(numbers: list[str], names: list[str], shop: str, k: float) -> list:
    """The floor's input: texts, fonts and code paths, made outside the timing."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QPainterPath

    from app.ui.application import BUNDLED_FAMILY
    from app.ui.printing.codes import _runs, code128_pattern, qr_matrix

    def font(pt: float, bold: bool) -> QFont:
        f = QFont(BUNDLED_FAMILY)
        f.setPointSizeF(pt)
        f.setBold(bold)
        f.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        return f

    fonts = [font(11, True), font(7.5, False), font(16, True), font(9, False)]
    cards = []
    for number, name in zip(numbers, names, strict=True):
        texts = [(6, 11, shop), (66, 11, "Member card"), (5, 24, name), (15, 46, number)]
        bars, qr = QPainterPath(), QPainterPath()
        bar, m = 0.4233 * k, 0.6773 * k  # the program's module sizes
        for start, length in _runs(code128_pattern(number), "1"):
            bars.addRect(QRectF(5 * k + start * bar, 30.5 * k, length * bar, 11 * k))
        for r, row in enumerate(qr_matrix(number)):
            for start, length in _runs(row, 1):
                qr.addRect(QRectF(65.5 * k + start * m, 32.9 * k + r * m, length * m, m))
        cards.append((texts, fonts, bars, qr))
    return cards


def main() -> None:
    from datetime import datetime

    from PySide6.QtGui import QPdfWriter
    from PySide6.QtWidgets import QApplication

    from app.services import print_data, storage
    from app.ui.application import register_bundled_font
    from app.ui.printing import Paper, PrintOptions, write_pdf
    from app.ui.printing.codes import code128_pattern, qr_matrix

    db = demo_db()
    app = QApplication([])
    register_bundled_font()
    storage.open_shop(str(db), datetime.now())
    ids = print_data.printable_ids()[:CARDS]
    cards = list(print_data.cards_for(ids))
    numbers, names = [c.member_no for c in cards], [c.name for c in cards]
    shop = print_data.shop_name() or "回头客"
    folder = tempfile.TemporaryDirectory()  # ~60 MB of PDFs, removed at the end
    out = Path(folder.name)
    k = QPdfWriter(str(out / "probe.pdf")).resolution() / 25.4
    results: dict[str, object] = {"cards": len(ids)}
    for paper in (Paper.CARD, Paper.A4_TEN):
        program, floor, paint_only = [], [], []
        for run in range(RUNS):
            code128_pattern.cache_clear()  # every run encodes every number again
            qr_matrix.cache_clear()
            started = time.perf_counter()
            write_pdf(out / f"program-{run}.pdf", "member", ids, PrintOptions(paper))
            program.append(time.perf_counter() - started)
            code128_pattern.cache_clear()
            qr_matrix.cache_clear()
            started = time.perf_counter()
            prepared = prepared_cards(numbers, names, shop, k)
            floor_paint(out / f"floor-{run}.pdf", prepared, paper)
            floor.append(time.perf_counter() - started)
            started = time.perf_counter()
            floor_paint(out / f"paint-{run}.pdf", prepared, paper)
            paint_only.append(time.perf_counter() - started)
        p, f = statistics.median(program), statistics.median(floor)
        results[paper.value] = {
            "program_s": round(p, 3),
            "floor_s": round(f, 3),
            "ratio": round(p / f, 2),
            "paint_only_s": round(statistics.median(paint_only), 3),
            "program_pdf_kb": (out / "program-0.pdf").stat().st_size // 1024,
            "floor_pdf_kb": (out / "floor-0.pdf").stat().st_size // 1024,
        }
    started = time.perf_counter()
    list(print_data.cards_for(ids, last_visits=0, last_follow_ups=0))
    results["load_cards_s"] = round(time.perf_counter() - started, 3)
    code128_pattern.cache_clear()
    qr_matrix.cache_clear()
    started = time.perf_counter()
    for number in numbers:
        code128_pattern(number)
        qr_matrix(number)
    results["encode_codes_s"] = round(time.perf_counter() - started, 3)
    folder.cleanup()
    del app
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
