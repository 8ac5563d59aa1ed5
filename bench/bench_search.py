"""Keystroke → results in the list model, beside the raw indexed SQLite query of that kind.

For each kind of counter query, 200 queries taken from the database itself:
the program's time is `CustomerTableModel.set_query` plus reading the first
30 visible rows (what the view paints); the floor is the bare sqlite3 query
that finds the same customers. Target: p95 ≤ 20 ms for every kind.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import sys
import time

from common import ROOT, demo_db, summary

sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FLOORS = {
    "pinyin": "SELECT DISTINCT customer_id FROM search_key WHERE key >= ? AND key < ?",
    "phone_tail": "SELECT id FROM customer WHERE mobile_tail = ?",
    "mobile": "SELECT id FROM customer WHERE mobile = ?",
    "member_no": "SELECT id FROM customer WHERE member_no = ?",
    "name": "SELECT id FROM customer WHERE name LIKE ?",
}


def samples(con: sqlite3.Connection, rng: random.Random) -> dict[str, list[str]]:
    names = [
        r[0]
        for r in con.execute(
            "SELECT name FROM customer WHERE name != '' ORDER BY random() LIMIT 400"
        )
    ]
    keys = [
        r[0]
        for r in con.execute(
            "SELECT key FROM search_key WHERE length(key) BETWEEN 2 AND 4 "
            "ORDER BY random() LIMIT 200"
        )
    ]
    mobiles = [
        r[0]
        for r in con.execute(
            "SELECT mobile FROM customer WHERE mobile IS NOT NULL ORDER BY random() LIMIT 200"
        )
    ]
    members = [
        r[0] for r in con.execute("SELECT member_no FROM customer ORDER BY random() LIMIT 200")
    ]
    return {
        "name": [n[rng.randrange(len(n))] if len(n) > 1 else n for n in names[:200]],
        "pinyin": keys,
        "phone_tail": [m[-4:] for m in mobiles],
        "mobile": mobiles,
        "member_no": members,
    }


def floor_params(kind: str, text: str) -> tuple[str, ...]:
    if kind == "pinyin":
        return (text, text + "{")
    if kind == "name":
        return (f"%{text}%",)
    return (text,)


def main() -> None:
    db = demo_db()
    rng = random.Random(7)
    raw = sqlite3.connect(str(db))
    queries = samples(raw, rng)

    from PySide6.QtWidgets import QApplication

    from app.services import storage
    from app.services.search import SearchQuery
    from app.ui.customers.table_model import CustomerTableModel

    app = QApplication([])  # noqa: F841
    storage.open_shop(str(db), __import__("datetime").datetime.now())
    model = CustomerTableModel()
    results = {}
    for kind, texts in queries.items():
        program, floor = [], []
        for text in texts:
            started = time.perf_counter()
            raw.execute(FLOORS[kind], floor_params(kind, text)).fetchall()
            floor.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            model.set_query(SearchQuery(text))
            for row in range(min(30, model.rowCount())):
                model.index(row, 2).data()
            program.append((time.perf_counter() - started) * 1000)
        results[kind] = {"program_ms": summary(program), "raw_sqlite_ms": summary(floor)}
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
