"""Make schema_v1.db: a database as the first released schema (0001) left it, with
three customers written by raw SQL, for the upgrade test in test_storage.py.

The file is checked in and must not be remade once a later schema exists; this
script records how it was made. Run from the project root:
    .venv/bin/python tests/data/make_schema_v1.py
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

import peewee
from playhouse.migrations import Runner

HERE = Path(__file__).parent
FIRST = HERE.parents[1] / "app" / "models" / "migrations" / "0001_initial.py"
TARGET = HERE / "schema_v1.db"

CUSTOMERS = [
    # member_no, name, name_pinyin, gender, mobile, birth month, birth day, visits, spent
    ("100001", "王芳", "wangfang", "F", "13800138001", 3, 8, 2, 25600),
    ("100002", "曾小贤", "zengxiaoxian", "M", "13900139002", None, None, 0, 0),
    ("100003", "欧阳娜娜", "ouyangnana", "F", None, 7, 15, 0, 0),
]
KEYS = {
    "100001": ["wangfang", "wf"],
    "100002": ["zengxiaoxian", "zxx", "cengxiaoxian", "cxx"],
    "100003": ["ouyangnana", "oynn"],
}


def insert(raw: sqlite3.Connection, table: str, **values: object) -> int:
    """Insert a row, giving every NOT NULL column the model default ('' or 0):
    peewee applies its defaults in Python, so the table itself has none."""
    for _, column, kind, notnull, _, pk in raw.execute(f"PRAGMA table_info({table})"):
        if notnull and not pk and column not in values:
            values[column] = 0 if kind.upper() in ("INTEGER", "REAL") else ""
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    cur = raw.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(values.values()))
    return int(cur.lastrowid or 0)


def main() -> None:
    TARGET.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(FIRST, folder)
        db = peewee.SqliteDatabase(str(TARGET), pragmas={"page_size": 1024})
        db.connect()
        Runner(db, directory=folder, table_name="schema_migration").up()
        db.close()
    with sqlite3.connect(TARGET) as raw:
        for no, name, pinyin, gender, mobile, month, day, visits, spent in CUSTOMERS:
            customer = insert(
                raw,
                "customer",
                member_no=no,
                name=name,
                name_pinyin=pinyin,
                gender=gender,
                mobile=mobile,
                mobile_tail=mobile[-4:] if mobile else None,
                birth_month=month,
                birth_day=day,
                birth_calendar="solar",
                grade="regular",
                visit_count=visits,
                total_spent_fen=spent,
                last_visit="2025-06-01" if visits else None,
                first_visit="2025-05-01" if visits else None,
                created_at="2025-05-01 09:00:00",
                updated_at="2025-05-01 09:00:00",
            )
            for key in KEYS[no]:
                insert(raw, "search_key", customer_id=customer, key=key)
            if visits:
                for on, fen in (("2025-05-01", 12800), ("2025-06-01", 12800)):
                    visit = insert(
                        raw,
                        "visit",
                        customer_id=customer,
                        visited_on=on,
                        amount_fen=fen,
                        created_at=on + " 10:00:00",
                    )
                    insert(
                        raw, "visit_item", visit_id=visit, name="洗剪吹", price_fen=fen, quantity=1
                    )
    raw.close()
    with sqlite3.connect(TARGET) as raw:
        raw.execute("VACUUM")
    raw.close()
    print(TARGET, TARGET.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
