"""Open a card with 200 visits (the card beside the list, all its tabs filled),
beside the raw SQLite queries that read the same rows. Target: ≤ 100 ms."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from datetime import datetime

from common import ROOT, demo_db, summary

sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    db = demo_db()
    raw = sqlite3.connect(str(db))
    heavy = [
        r[0]
        for r in raw.execute("SELECT id FROM customer WHERE visit_count >= 200 ORDER BY id LIMIT 5")
    ]
    if not heavy:
        sys.exit("the demo database has no customer with 200 visits")

    from PySide6.QtWidgets import QApplication

    from app.services import customers, storage
    from app.ui.customers.card_view import CardView

    app = QApplication([])
    storage.open_shop(str(db), datetime.now())
    view = CardView()
    view.resize(600, 700)
    view.show()
    program, floor = [], []
    for _ in range(10):
        for cid in heavy:
            started = time.perf_counter()
            raw.execute("SELECT * FROM customer WHERE id = ?", (cid,)).fetchall()
            raw.execute(
                "SELECT v.*, i.* FROM visit v JOIN visit_item i ON i.visit_id = v.id "
                "WHERE v.customer_id = ? ORDER BY v.visited_on DESC",
                (cid,),
            ).fetchall()
            raw.execute("SELECT * FROM follow_up WHERE customer_id = ?", (cid,)).fetchall()
            raw.execute(
                "SELECT * FROM change_log WHERE customer_id = ? ORDER BY changed_at DESC LIMIT 500",
                (cid,),
            ).fetchall()
            floor.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            view.show_card(customers.get_card(cid))
            app.processEvents()
            program.append((time.perf_counter() - started) * 1000)
    print(
        json.dumps(
            {
                "visits_per_card": raw.execute(
                    "SELECT visit_count FROM customer WHERE id = ?", (heavy[0],)
                ).fetchone()[0],
                "program_ms": summary(program),
                "raw_sqlite_ms": summary(floor),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
