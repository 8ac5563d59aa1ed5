"""The complaint inbox with 20,000 complaints: opening the page and changing a filter,
from the click to the painted table, beside the raw SQLite floor measured in the same
run.

Program: `ComplaintsPage` built and painted (the first open), and `apply_filters` +
painting the table for each filter a shop owner uses (needs attention, all, overdue,
follow-up calls due, a category, a severity, a handler, a period, a text search).
Floor: the same two statements the inbox runs (the ordered ids, then the first page of
rows) sent through a bare sqlite3 connection, no objects, no Qt. Target: opens and
filters in ≤ 100 ms.

Works on a copy of the demo (`bench/data/complaints-bench.db`, made afresh each run);
the demo's ~19,500 complaints are topped up to 20,000 there by copying the oldest.

    python bench/bench_complaints.py
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from datetime import date, datetime, timedelta

from common import DATA, ROOT, demo_db, summary

sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.models import Complaint  # noqa: E402
from app.models.enums import ComplaintCategory, Severity  # noqa: E402
from app.services import complaint_inbox, storage  # noqa: E402
from app.services.complaint_inbox import InboxFilter, InboxView  # noqa: E402
from app.ui.application import install_language  # noqa: E402

ROUNDS = 15
NEEDED = 20_000
COPY = DATA / "complaints-bench.db"


def ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def filters(now: datetime) -> dict[str, InboxFilter]:
    handler = complaint_inbox.handlers()[0]
    today = now.date()
    return {
        "needs attention": InboxFilter(),
        "all": InboxFilter(view=InboxView.ALL),
        "overdue": InboxFilter(view=InboxView.OVERDUE),
        "follow-up due": InboxFilter(view=InboxView.FOLLOW_UP_DUE),
        "category": InboxFilter(view=InboxView.ALL, category=ComplaintCategory.RESULT),
        "severity": InboxFilter(view=InboxView.ALL, severity=Severity.URGENT),
        "handler": InboxFilter(view=InboxView.ALL, handler=handler),
        "last 30 days": InboxFilter(
            view=InboxView.ALL, received_from=today - timedelta(days=29), received_to=today
        ),
        "text": InboxFilter(view=InboxView.ALL, text="退款"),
    }


Statements = tuple[tuple[str, list], tuple[str, list]]


def raw_statements(f: InboxFilter, now: datetime) -> Statements:
    """The SQL the inbox sends, to run bare: the ordered ids, then a page of rows (its
    id list, the last parameter, left to fill)."""
    query = Complaint.select(Complaint.id)
    where = complaint_inbox._conditions(f, now)
    if where:
        query = query.where(*where)
    ids_sql = query.order_by(*complaint_inbox._order()).sql()
    rows_sql, rows_params = complaint_inbox._select_rows().where(Complaint.id.in_([0])).sql()
    return ids_sql, (rows_sql.replace("IN (?)", "IN ({marks})"), rows_params[:-1])


def raw(con: sqlite3.Connection, statements: Statements) -> int:
    (ids_sql, params), (rows_sql, rows_params) = statements
    ids = [r[0] for r in con.execute(ids_sql, params)]
    page = ids[:200]
    if page:
        marks = ",".join("?" * len(page))
        con.execute(rows_sql.format(marks=marks), [*rows_params, *page]).fetchall()
    return len(ids)


def fresh_copy() -> None:
    """A copy of the demo with at least NEEDED complaints."""
    for suffix in ("", "-wal", "-shm"):
        COPY.with_name(COPY.name + suffix).unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{demo_db()}?mode=ro", uri=True)
    target = sqlite3.connect(COPY)
    source.backup(target)
    source.close()
    (count,) = target.execute("SELECT COUNT(*) FROM complaint").fetchone()
    if count < NEEDED:
        columns = [r[1] for r in target.execute("PRAGMA table_info(complaint)") if r[1] != "id"]
        names = ", ".join(columns)
        target.execute(
            f"INSERT INTO complaint ({names}) SELECT {names} FROM complaint ORDER BY id LIMIT ?",
            (NEEDED - count,),
        )
        target.commit()
    target.close()


def main() -> None:
    app = QApplication(sys.argv[:1])
    install_language("zh_CN")
    fresh_copy()
    db = COPY
    storage.open_shop(str(db), date.today())
    count = Complaint.select().count()
    newest = Complaint.select(Complaint.received_at).order_by(Complaint.received_at.desc()).get()
    now = datetime.fromisoformat(str(newest.received_at)) + timedelta(hours=2)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)

    from app.ui.complaints.page import ComplaintsPage

    opening, opening_floor = [], []
    page = None
    for _ in range(ROUNDS):
        started = time.perf_counter()
        page = ComplaintsPage(lambda: now, lambda: "bench")
        page.resize(1300, 760)
        page.grab()
        opening.append(ms(started))
        started = time.perf_counter()
        raw(con, raw_statements(InboxFilter(), now))
        opening_floor.append(ms(started))
        page.deleteLater()
        app.processEvents()
    page = ComplaintsPage(lambda: now, lambda: "bench")
    page.resize(1300, 760)
    page.grab()
    results: dict[str, object] = {
        "complaints": count,
        "open": {"program": summary(opening), "floor": summary(opening_floor)},
    }
    for name, f in filters(now).items():
        program, floor = [], []
        statements = raw_statements(f, now)
        shown = 0
        page.inbox_filter = lambda f=f: f  # type: ignore[method-assign]  # as if chosen
        for _ in range(ROUNDS):
            started = time.perf_counter()
            page.apply_filters()  # the ids, the first page, the counts line
            page.table.viewport().grab()
            program.append(ms(started))
            started = time.perf_counter()
            shown = raw(con, statements)
            floor.append(ms(started))
        results[name] = {"rows": shown, "program": summary(program), "floor": summary(floor)}
    # No target, for the plan: the Analysis tab over the last 12 months, chart painted.
    analysis = page.analysis_page()
    analysis.resize(1300, 760)
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        analysis.refresh()
        analysis.grab()
        timings.append(ms(started))
    results["analysis, 12 months"] = {"program": summary(timings)}
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
