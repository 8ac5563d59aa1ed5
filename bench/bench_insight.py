"""Customer insight at 100,000 customers (issue 8): grading everyone (RFM, ABC and each
customer's rhythm), the grading's lists, and the Today board after a cold start — each
beside its floor measured in the same run.

Grading: `insight.recompute_all(today, progress)` as the window's background grading
calls it (median of ROUNDS, its phases read from the progress reports). Floor: the
bare SQL the work needs, through sqlite3 with the program's pragmas — the customer
ids, the grouped aggregate over the period's visits, every distinct (customer, day)
in order, and the program's upsert of the same 100,000 rows with `executemany` in
one transaction. Target: ≤ 5 s. Also run once the way the window runs it
(`Regrading`, a worker thread with progress signals) while the UI thread's 10 ms
timer measures how long the event loop is held up.

Lists: `grades.graded()`, `insight.dormant(today)`, `grades.pareto()` and
`grades.segment_totals()`; floor: the statements each sent, captured once and run
bare through sqlite3 with every row fetched.

Structure (no target): `structure.breakdown(...)` of every dimension and
`structure_months.new_and_returning(...)` over the last 12 months, beside their
statements run bare; the copy gets the item categories `demo` saves.

Today board after start: each run is a new process, from process start to the end of
the first paint pass after `window.today.board` is set (`main.create_main_window(db,
'zh_CN')` shown). Also reported: when the window was built, when the page's read began
and ended, and the window's first paint (the read, meant to follow the first paint,
comes before it: see RESULTS.md). Floor: a bare QApplication + empty QMainWindow, to
the end of its first paint pass, runs alternating. Target: ≤ 300 ms. The copy is
graded first with today's date, so "customers to wake" has rows and no background
grading is due at start (it would only begin 2.5 s after the window shows anyway).

Works in a folder of its own under /tmp (a copy of the demo, upgraded, and the day's
backup that opening it makes), removed at the end; the day is the machine's today,
as the window's clock sees it.

    python bench/bench_insight.py [ROUNDS] [START_RUNS] [--profile]
"""

from __future__ import annotations

import cProfile
import io
import json
import os
import pstats
import shutil
import sqlite3
import statistics
import subprocess
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

from app.models import Visit, database  # noqa: E402
from app.models.connection import SQLITE_PRAGMAS, connect, upgrade  # noqa: E402
from app.services import demo_names, grades, insight, settings, storage  # noqa: E402

ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
ROUNDS = int(ARGS[0]) if ARGS else 5
START_RUNS = int(ARGS[1]) if len(ARGS) > 1 else 9
PROFILE = "--profile" in sys.argv

AGGREGATE = (
    "SELECT customer_id, MAX(visited_on), COUNT(id), COALESCE(SUM(amount_fen), 0) "
    "FROM visit WHERE voided_at IS NULL AND visited_on >= ? AND visited_on <= ? "
    "GROUP BY customer_id"
)
VISIT_DAYS = (
    "SELECT DISTINCT customer_id, visited_on FROM visit WHERE voided_at IS NULL "
    "ORDER BY customer_id, visited_on"
)


def ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def p50(values: list[float]) -> float:
    return round(statistics.median(values), 1)


def fresh_copy(folder: Path) -> Path:
    """The demo copied (SQLite's backup API, the demo opened read-only) into `folder`."""
    copy = folder / "shop.db"
    source = sqlite3.connect(f"file:{demo_db()}?mode=ro", uri=True)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.close()
    return copy


def bare_connection(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)
    for name, value in SQLITE_PRAGMAS.items():
        con.execute(f"PRAGMA {name} = {value}")
    return con


# ---------------------------------------------------------------- grading


def floor_grading(con: sqlite3.Connection, start: date, today: date, rows: list[tuple]) -> dict:
    """The bare SQL the grading needs, phase by phase (ms)."""
    times = {}
    started = time.perf_counter()
    con.execute("SELECT id FROM customer").fetchall()
    times["customer ids"] = ms(started)
    started = time.perf_counter()
    con.execute(AGGREGATE, (start.isoformat(), today.isoformat())).fetchall()
    times["period aggregate"] = ms(started)
    started = time.perf_counter()
    con.execute(VISIT_DAYS).fetchall()
    times["visit days"] = ms(started)
    started = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    con.executemany(insight._upsert_sql(), rows)
    con.execute("COMMIT")
    times["upsert + commit"] = ms(started)
    times["total"] = sum(times.values())
    return times


def program_grading(today: date) -> tuple[dict, int, insight.Recomputed]:
    """`recompute_all` timed, its phases read from its progress reports (ms)."""
    reports: list[tuple[int, float]] = []
    started = time.perf_counter()
    result = insight.recompute_all(today, lambda done, of: reports.append((done, ms(started))))
    total = ms(started)
    at = {done: t for done, t in reports[:3]}
    last = reports[-1][1]
    times = {
        "customer ids": at[0],
        "period aggregate + grade()": at[1] - at[0],
        "visit days": at[2] - at[1],
        "rows + upsert": last - at[2],
        "commit": total - last,
        "total": total,
    }
    return times, len(reports), result


def grading_figures(path: Path, today: date) -> dict[str, Any]:
    start = insight.period_start(today, int(settings.get("rfm_months")))
    con = bare_connection(path)
    program: list[dict] = []
    floor: list[dict] = []
    # The first grading of the copy inserts every row (and warms the page cache); the
    # daily grading, timed below, updates them.
    first, reports, result = program_grading(today)
    columns = ", ".join(
        f'"{insight.CustomerInsight._meta.fields[c].column_name}"' for c in insight._COLUMNS
    )
    rows = con.execute(f"SELECT {columns} FROM customer_insight ORDER BY customer_id").fetchall()
    for _ in range(ROUNDS):
        times, reports, result = program_grading(today)
        program.append(times)
        floor.append(floor_grading(con, start, today, rows))
    con.close()
    assert result is not None
    figures: dict[str, Any] = {
        "customers": result.customers,
        "graded (bought in the period)": result.graded,
        "period": f"{result.period_from.isoformat()} – {today.isoformat()}",
        "upserted rows (floor)": len(rows),
        "progress reports": reports,
        "first grading of the copy (inserts, not in the median) ms": round(first["total"]),
        "program_ms": {k: p50([t[k] for t in program]) for k in program[0]},
        "floor_ms": {k: p50([t[k] for t in floor]) for k in floor[0]},
        "program_total_all_rounds_ms": [round(t["total"]) for t in program],
        "floor_total_all_rounds_ms": [round(t["total"]) for t in floor],
    }
    figures["ratio"] = round(figures["program_ms"]["total"] / figures["floor_ms"]["total"], 2)
    if PROFILE:
        figures["profile"] = profiled(lambda: insight.recompute_all(today))
    return figures


def profiled(call: Callable[[], Any], top: int = 18) -> list[str]:
    profile = cProfile.Profile()
    profile.enable()
    call()
    profile.disable()
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(top)
    return [line for line in out.getvalue().splitlines() if line.strip()][-top - 1 :]


def background_grading(today: date) -> dict[str, Any]:
    """Once as the window runs it: `Regrading` on a worker thread, progress signals to
    the UI thread, whose 10 ms timer says how long the event loop was held up."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from app.ui.insight.regrading import Regrading

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    now = datetime.combine(today, clock_time(9, 30))
    regrading = Regrading(lambda: now, window)
    progress: list[int] = []
    ticks: list[float] = []
    finished: dict[str, float] = {}
    regrading.progress.connect(lambda done, of: progress.append(done))
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def graded(_result: object) -> None:
        finished["ms"] = ms(started)
        QTimer.singleShot(50, app.quit)  # the last progress signals arrive

    regrading.graded.connect(graded)
    timer.start()
    started = time.perf_counter()
    regrading.start()
    app.exec()
    timer.stop()
    gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:], strict=False)]
    return {
        "start → graded signal ms": round(finished["ms"]),
        "progress signals received": len(progress),
        "UI timer (10 ms) gap p50 / p95 / max ms": [
            round(summary(gaps)["p50"], 1),
            round(summary(gaps)["p95"], 1),
            round(max(gaps), 1),
        ],
    }


# ---------------------------------------------------------------- the lists


def captured(call: Callable[[], Any]) -> list[tuple[str, tuple]]:
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


def list_figures(path: Path, today: date) -> dict[str, Any]:
    calls: dict[str, Callable[[], Any]] = {
        "grades.graded()": grades.graded,
        "insight.dormant(today)": lambda: insight.dormant(today),
        "grades.pareto()": grades.pareto,
        "grades.segment_totals()": grades.segment_totals,
    }
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    con.execute(f"PRAGMA cache_size = {SQLITE_PRAGMAS['cache_size']}")
    figures: dict[str, Any] = {}
    for name, call in calls.items():
        statements = captured(call)
        program, floor = [], []
        found: Any = None
        rows = 0
        for _ in range(ROUNDS):
            started = time.perf_counter()
            found = call()
            program.append(ms(started))
            started = time.perf_counter()
            rows = sum(len(con.execute(sql, params).fetchall()) for sql, params in statements)
            floor.append(ms(started))
        if isinstance(found, grades.Pareto):
            shown: Any = {
                "buyers": found.buyers,
                "top 20 % share": round(found.top_share, 3),
                "customers for 80 %": found.customers_for_80,
            }
        else:
            shown = len(found)
        figures[name] = {
            "found": shown,
            "rows read (floor)": rows,
            "statements": len(statements),
            "program_ms": summary(program),
            "floor_ms": summary(floor),
        }
    con.close()
    return figures


def structure_figures(path: Path, today: date) -> dict[str, Any]:
    """The structure analysis over the last 12 months, each breakdown beside the
    statements it sent, run bare (no target)."""
    from app.services import structure, structure_months
    from app.services.structure import Dimension, Period

    period = Period.last_months(today, 12)
    calls: dict[str, Callable[[], Any]] = {
        f"breakdown({d.value})": lambda d=d: structure.breakdown(d, period, today)
        for d in Dimension
    }
    calls["new_and_returning"] = lambda: structure_months.new_and_returning(period, today)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    con.execute(f"PRAGMA cache_size = {SQLITE_PRAGMAS['cache_size']}")
    figures: dict[str, Any] = {"period": f"{period.start} – {period.end}"}
    for name, call in calls.items():
        statements = captured(call)
        program, floor = [], []
        found: Any = None
        for _ in range(min(ROUNDS, 3)):
            started = time.perf_counter()
            found = call()
            program.append(ms(started))
            started = time.perf_counter()
            for sql, params in statements:
                con.execute(sql, params).fetchall()
            floor.append(ms(started))
        figures[name] = {
            "rows": len(found.rows if hasattr(found, "rows") else found.months),
            "statements": len(statements),
            "program_p50": p50(program),
            "floor_p50": p50(floor),
        }
    con.close()
    return figures


# ---------------------------------------------------------------- the board after start

STARTED = """
import json, os, sys, time
t0 = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
marks = {{}}
def report():
    print(json.dumps(marks))
    sys.stdout.flush()
    os._exit(0)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            now = time.time() - t0
            marks.setdefault("first_paint", now)
            if "shown" not in marks and ready():
                marks["shown"] = now
                {extra}
                QTimer.singleShot(0, report)  # once this paint pass is over
        return False
app = QApplication([])
{make_window}
watcher = Painted()
for widget in watched:
    widget.installEventFilter(watcher)
window.show()
app.exec()
"""

BARE = "window = QMainWindow(); window.resize(1200, 760)\nwatched = [window]\nready = lambda: True"
PROGRAM = (
    f"sys.path.insert(0, {str(ROOT)!r})\n"
    "import main\n"
    "window = main.create_main_window(sys.argv[2], 'zh_CN')\n"
    "marks['built'] = time.time() - t0\n"
    "watched = [window, window.today, *window.today.findChildren(QWidget)]\n"
    "read = window.today.refresh\n"
    "def timed_read():\n"
    "    marks.setdefault('read_from', time.time() - t0)\n"
    "    read()\n"
    "    marks.setdefault('read_to', time.time() - t0)\n"
    "window.today.refresh = timed_read\n"
    "ready = lambda: window.today.board is not None"
)
PROGRAM_EXTRA = (
    "marks['waking'] = window.today.board.waking.count; "
    "marks['occasions'] = window.today.board.occasions.count; "
    "marks['day'] = window.today.board.today.isoformat()"
)


def start_run(code: str, db: Path, env: dict[str, str]) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", code, repr(time.time()), str(db)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env=env,
    )
    marks: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return marks


def board_after_start(db: Path) -> dict[str, Any]:
    env = dict(os.environ)
    # A shop's Python writes bytecode caches; the first (warm-up) run makes them.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not env.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    program_code = STARTED.format(make_window=PROGRAM, extra=PROGRAM_EXTRA)
    bare_code = STARTED.format(make_window=BARE, extra="pass")
    start_run(program_code, db, env)  # warm the OS file cache and the bytecode caches
    bare, program = [], []
    for _ in range(START_RUNS):  # alternating: a busy moment hits both
        bare.append(start_run(bare_code, db, env))
        program.append(start_run(program_code, db, env))
    shown = [m["shown"] * 1000 for m in program]
    floor = [m["shown"] * 1000 for m in bare]
    phases = ("built", "read_from", "read_to", "first_paint", "shown")
    return {
        "runs": START_RUNS,
        "day": program[-1]["day"],
        "customers to wake (day)": program[-1]["waking"],
        "birthdays (day)": program[-1]["occasions"],
        "board painted ms (p50 / min / max)": [
            p50(shown),
            round(min(shown), 1),
            round(max(shown), 1),
        ],
        "program marks ms (p50): window built, board read from / to, first paint, board painted": [
            p50([m[k] * 1000 for m in program]) for k in phases
        ],
        "bare Qt painted ms (p50 / min / max)": [
            p50(floor),
            round(min(floor), 1),
            round(max(floor), 1),
        ],
        "ratio": round(statistics.median(shown) / statistics.median(floor), 2),
    }


# ---------------------------------------------------------------- main


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="huitouke-insight-"))
    try:
        copy = fresh_copy(folder)
        today = date.today()  # the window's clock: datetime.now()
        upgrade(connect(str(copy)))  # (no pre-upgrade backup of a throwaway copy)
        database.close()
        storage.open_shop(str(copy), today)  # the day's backup, as a shop's first start
        # The item categories `demo` saves today (the bench's demo may predate them).
        settings.set_value(
            "item_categories",
            {item[0]: category for category, items in demo_names.CATEGORIES for item in items},
        )
        last = Visit.select(Visit.visited_on).order_by(Visit.visited_on.desc()).get().visited_on
        results: dict[str, Any] = {
            "today": today.isoformat(),
            "last visit in the demo": str(last),
            "visits": Visit.select().count(),
            "rounds": ROUNDS,
        }
        results["grading"] = grading_figures(copy, today)
        assert not insight.needs_recompute(today)  # no background grading at start
        results["lists"] = list_figures(copy, today)
        results["structure, last 12 months"] = structure_figures(copy, today)
        results["grading in the background (Regrading), once"] = background_grading(today)
        database.close()
        results["today board after start"] = board_after_start(copy)
    finally:
        database.close()
        shutil.rmtree(folder, ignore_errors=True)  # half a gigabyte and its backup
    print(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
