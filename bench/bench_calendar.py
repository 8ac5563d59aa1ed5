"""The calendar's month view at 100,000 customers: from "show this month" to the
painted grid, beside a bare Qt floor measured in the same run.

Program: `MonthModel.show_month` (day counts from the month-day indexes, the day
marks, the solar terms, each cell's texts) plus painting the 6 × 7 grid with the
calendar's delegate into a pixmap, for each month of 2026 and 2027. Floor: the same
grid painted by a QTableView over a plain 6 × 7 model of day numbers. Target: the
month view paints in ≤ 100 ms.
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import date, datetime

from common import ROOT, demo_db, summary

sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView  # noqa: E402

from app.services import storage  # noqa: E402
from app.ui.application import install_language  # noqa: E402
from app.ui.calendar.month_view import DayDelegate, MonthModel  # noqa: E402


def grid(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.resize(900, 640)
    for header in (view.horizontalHeader(), view.verticalHeader()):
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view


def main() -> None:
    app = QApplication(sys.argv[:1])
    install_language("zh_CN")
    storage.open_shop(str(demo_db()), datetime(2026, 11, 22, 9, 0))
    model = MonthModel()
    view = grid(model)
    view.setItemDelegate(DayDelegate(view))
    plain = QStandardItemModel(6, 7)
    for i in range(42):
        plain.setItem(i // 7, i % 7, QStandardItem(str(i % 31 + 1)))
    bare = grid(plain)
    months = [(y, m) for y in (2026, 2027) for m in range(1, 13)]
    program, floor, load = [], [], []
    for _ in range(2):  # the first round warms caches
        program, floor, load = [], [], []
        for year, month in months:
            started = time.perf_counter()
            model.show_month(year, month, date(2026, 11, 22))
            loaded = time.perf_counter()
            view.grab()
            done = time.perf_counter()
            load.append((loaded - started) * 1000)
            program.append((done - started) * 1000)
            started = time.perf_counter()
            bare.grab()
            floor.append((time.perf_counter() - started) * 1000)
    p, f = summary(program), summary(floor)
    print(
        json.dumps(
            {
                "month_ms": p,
                "load_ms": summary(load),
                "bare_grid_ms": f,
                "ratio_p50": p["p50"] / f["p50"],
            },
            indent=1,
        )
    )
    app.quit()


if __name__ == "__main__":
    main()
