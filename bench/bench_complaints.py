"""The complaint inbox with 20,000 complaints: opening the page and changing a filter,
from the click to the painted table, beside the raw SQLite floor measured in the same
run.

Program: `ComplaintsPage` built and painted (the first open), and `apply_filters` +
painting the table for each filter a shop owner uses (needs attention, all, overdue,
follow-up calls due, a category, a severity, a handler, a period, a text search).
Floor: the same two statements the inbox runs (the ordered ids, then the first page of
rows) sent through a bare sqlite3 connection, no objects, no Qt. Target: opens and
filters in ≤ 100 ms.

    python bench/bench_complaints.py
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from datetime import date, datetime, timedelta

from common import ROOT, demo_db, summary

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


def raw_statements(f: InboxFilter, now: datetime) -> tuple[tuple[str, list], str]:
    """The SQL the inbox sends, to run bare."""
    query = Complaint.select(Complaint.id)
    where = complaint_inbox._conditions(f, now)
    if where:
        query = query.where(*where)
    ids_sql = query.order_by(*complaint_inbox._order()).sql()
    rows_sql = complaint_inbox._select_rows().where(Complaint.id.in_([0])).sql()[0]
    return ids_sql, rows_sql.replace("(?)", "({marks})")


def raw(con: sqlite3.Connection, statements: tuple[tuple[str, list], str]) -> int:
    (ids_sql, params), rows_sql = statements
    ids = [r[0] for r in con.execute(ids_sql, params)]
    page = ids[:200]
    if page:
        con.execute(rows_sql.format(marks=",".join("?" * len(page))), page).fetchall()
    return len(ids)


def main() -> None:
    app = QApplication(sys.argv[:1])
    install_language("zh_CN")
    db = demo_db()
    storage.open_shop(str(db), date.today())
    count = Complaint.select().count()
    if count < NEEDED:
        sys.exit(f"the demo has {count} complaints; remake it (rm {db}) for {NEEDED}")
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
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
