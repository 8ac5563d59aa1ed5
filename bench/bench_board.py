"""The Today board (看板) at 100,000 customers: `today.board(today, span, now)` for the
day, the week and the month, whole and section by section, each beside its floor.

Program: the service as the page calls it (frozen items, true counts, lists capped
at 200 rows). Floor: the same SQL statements the program sent for that section,
captured once and run bare through sqlite3 (same file, same page cache size) with
every row fetched — the cost of getting the same rows out of SQLite without the
Python around them. Target: the whole day board well under 300 ms.

Also measured, without a floor: the page itself (`TodayPage.refresh()` and painting)
for each span.

Works on a copy of the demo under /tmp (opening it upgrades the schema), removed at
the end; the customers' rhythms are computed on the copy first when the demo has none
yet. The day is the demo's last visit day, so the sample's follow-ups and complaints
are live.

    python bench/bench_board.py [ROUNDS]
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from datetime import time as clock_time
from pathlib import Path
from typing import Any

from common import ROOT, demo_db, summary

sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.models import CustomerInsight, Visit, database  # noqa: E402
from app.models.connection import SQLITE_PRAGMAS, connect, upgrade  # noqa: E402
from app.services import insight  # noqa: E402
from app.services import today as board_service  # noqa: E402
from app.services.today import Span  # noqa: E402

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 15
COPY = Path(tempfile.gettempdir()) / "huitouke-board-bench.db"

Section = Callable[[], Any]


def ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def fresh_copy() -> None:
    for suffix in ("", "-wal", "-shm"):
        COPY.with_name(COPY.name + suffix).unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{demo_db()}?mode=ro", uri=True)
    target = sqlite3.connect(COPY)
    source.backup(target)
    source.close()
    target.close()


def sections(today: date, span: Span, now: datetime) -> dict[str, Section]:
    """The board's sections as `board()` calls them."""
    s = board_service
    end = s.span_end(today, span)
    greetings_end = max(end, s._plus(today, s.GREETING_DAYS - 1))
    expiry_end = max(end, s._plus(today, s.EXPIRY_DAYS - 1))
    return {
        "birthdays": lambda: s.greetings_due(today, greetings_end),
        "holidays": lambda: s.holidays_around(today, end),
        "follow-ups": lambda: s.follow_ups_due(today, end),
        "complaint calls": lambda: s.complaint_calls(today, end),
        "open complaints": lambda: s.open_complaints(now),
        "customers to wake": lambda: s.customers_to_wake(today, end),
        "points expiring": lambda: s.points_expiring(today, expiry_end),
        "cards expiring": lambda: s.cards_expiring(today, expiry_end),
    }


def captured(call: Section) -> list[tuple[str, tuple]]:
    """The SQL a call sends (run once, not timed)."""
    db = database.obj
    found: list[tuple[str, tuple]] = []
    original = db.execute_sql

    def spy(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        found.append((sql, tuple(params or ())))
        return original(sql, params, *args, **kwargs)

    db.execute_sql = spy
    try:
        call()
    finally:
        del db.execute_sql
    return found


def run_bare(con: sqlite3.Connection, statements: list[tuple[str, tuple]]) -> int:
    return sum(len(con.execute(sql, params).fetchall()) for sql, params in statements)


def counted(result: Any) -> Any:
    """What a section found: its count (and its overdue count where it has one)."""
    if isinstance(result, board_service.Section):
        return result.count
    if isinstance(result, tuple) and result and isinstance(result[0], board_service.Section):
        return [r.count if isinstance(r, board_service.Section) else r for r in result]
    if isinstance(result, tuple):
        return len(result[0])  # holidays in the span
    return None


def main() -> None:
    fresh_copy()
    upgrade(connect(str(COPY)))
    last = Visit.select(Visit.visited_on).order_by(Visit.visited_on.desc()).get().visited_on
    today = date.fromisoformat(str(last))
    now = datetime.combine(today, clock_time(9, 30))
    results: dict[str, Any] = {"today": today.isoformat(), "rounds": ROUNDS}
    if not CustomerInsight.select().exists():
        started = time.perf_counter()
        insight.recompute_all(today)
        results["recompute_all (setup, not timed below)"] = round(ms(started))
    con = sqlite3.connect(f"file:{COPY}?mode=ro", uri=True)
    con.execute(f"PRAGMA cache_size = {SQLITE_PRAGMAS['cache_size']}")
    for span in Span:
        parts = sections(today, span, now)
        statements = {name: captured(call) for name, call in parts.items()}
        everything = [s for found in statements.values() for s in found]
        figures: dict[str, Any] = {}
        whole, whole_floor = [], []
        per: dict[str, tuple[list[float], list[float]]] = {n: ([], []) for n in parts}
        found: dict[str, Any] = {}
        for _ in range(ROUNDS):
            started = time.perf_counter()
            board_service.board(today, span, now)
            whole.append(ms(started))
            started = time.perf_counter()
            run_bare(con, everything)
            whole_floor.append(ms(started))
            for name, call in parts.items():
                started = time.perf_counter()
                found[name] = counted(call())
                per[name][0].append(ms(started))
                started = time.perf_counter()
                run_bare(con, statements[name])
                per[name][1].append(ms(started))
        figures["board"] = {"program": summary(whole), "floor": summary(whole_floor)}
        for name, (program, floor) in per.items():
            figures[name] = {
                "found": found[name],
                "statements": len(statements[name]),
                "program_p50": round(summary(program)["p50"], 2),
                "floor_p50": round(summary(floor)["p50"], 2),
            }
        results[span.value] = figures
    results["page"] = page_figures(today, now)
    con.close()
    database.close()
    for suffix in ("", "-wal", "-shm"):  # half a gigabyte: not left in /tmp
        COPY.with_name(COPY.name + suffix).unlink(missing_ok=True)
    print(json.dumps(results, indent=1, ensure_ascii=False))


def page_figures(today: date, now: datetime) -> dict[str, Any]:
    """TodayPage.refresh() and painting, per span (no floor)."""
    from PySide6.QtWidgets import QApplication

    from app.ui.application import install_language
    from app.ui.board.page import TodayPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_language("zh_CN")
    page = TodayPage(lambda: now, lambda: "bench")
    page.resize(1060, 720)
    figures = {}
    for span in Span:
        page.span_buttons[span].setChecked(True)
        timings = []
        for _ in range(max(3, ROUNDS // 3)):
            started = time.perf_counter()
            page.refresh()
            page.grab()
            timings.append(ms(started))
        figures[span.value] = summary(timings)
    page.deleteLater()
    app.processEvents()
    return figures


if __name__ == "__main__":
    main()
