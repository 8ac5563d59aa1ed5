"""Import 100,000 customers from .xlsx (read, check every row, write them into an empty
database) beside openpyxl's own read-only load of the same file. Target: ≤ 1.5×.

    python bench/bench_import.py [RUNS]

The workbook is made once under bench/data/ from the demo database, in the export's
layout (Chinese headers, birthdays as date cells, 'MM-DD' or lunar text with the
历法/闰月 columns, tags joined with 、, the computed columns the import skips).
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from common import DATA, ROOT, demo_db

sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 22)


def workbook(db: Path) -> Path:
    """The demo customers as an export writes them, made once."""
    path = DATA / f"{db.stem}-customers.xlsx"
    if path.exists():
        return path
    from openpyxl import Workbook

    from app.models.enums import Calendar, Gender, Grade
    from app.services import customer_columns as cc

    started = time.perf_counter()
    raw = sqlite3.connect(str(db))
    tags: dict[int, list[str]] = {}
    for cid, name in raw.execute(
        "SELECT ct.customer_id, t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
        "ORDER BY t.name"
    ):
        tags.setdefault(cid, []).append(name)
    columns = [c for c in cc.COLUMNS if c.exported]
    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append([c.zh for c in columns])
    query = """SELECT c.id, c.member_no, c.name, c.gender, c.mobile, c.phone, c.wechat,
        c.birth_calendar, c.birth_year, c.birth_month, c.birth_day, c.birth_leap,
        c.anniversary_year, c.anniversary_month, c.anniversary_day, c.grade, c.occupation,
        c.employer, c.position, c.address, c.district, c.income_level, c.family, c.hobbies,
        c.personality, c.preferences, c.skin_hair_type, c.allergies, c.notes, c.source,
        r.member_no, c.staff, c.first_visit, c.marketing_consent, c.last_visit,
        c.visit_count, c.total_spent_fen
        FROM customer c LEFT JOIN customer r ON r.id = c.referrer_id ORDER BY c.id"""
    for r in raw.execute(query):
        calendar, year, month, day, leap = r[7:12]
        birthday: object = None
        label, leap_label = "", ""
        if month is not None:
            birthday = f"{month:02d}-{day:02d}" if year is None else f"{year}-{month:02d}-{day:02d}"
            label = cc.label(cc.CALENDARS, Calendar(calendar), "zh")
            if calendar == Calendar.LUNAR.value:
                leap_label = cc.label(cc.BOOLS, bool(leap), "zh")
            elif year is not None:
                birthday = date(year, month, day)
        anniversary: object = None
        if r[13] is not None:
            anniversary = date(r[12], r[13], r[14]) if r[12] else f"{r[13]:02d}-{r[14]:02d}"
        values = {
            "member_no": r[1], "name": r[2],
            "gender": cc.label(cc.GENDERS, Gender(r[3]), "zh"), "mobile": r[4],
            "phone": r[5], "wechat": r[6], "birthday": birthday, "calendar": label,
            "leap_month": leap_label, "anniversary": anniversary,
            "grade": cc.label(cc.GRADES, Grade(r[15]), "zh"),
            "tags": "、".join(tags.get(r[0], ())), "occupation": r[16], "employer": r[17],
            "position": r[18], "address": r[19], "district": r[20], "income_level": r[21],
            "family": r[22], "hobbies": r[23], "personality": r[24], "preferences": r[25],
            "skin_hair_type": r[26], "allergies": r[27], "notes": r[28], "source": r[29],
            "referrer": r[30], "staff": r[31],
            "first_visit": date.fromisoformat(r[32]) if r[32] else None,
            "marketing_consent": cc.label(cc.BOOLS, bool(r[33]), "zh"),
            "last_visit": date.fromisoformat(r[34]) if r[34] else None,
            "visit_count": r[35], "total_spent": r[36] / 100,
        }  # fmt: skip
        sheet.append([values[c.key] if values[c.key] != "" else None for c in columns])
    book.save(str(path))
    raw.close()
    print(f"made {path.name} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def openpyxl_floor(path: Path) -> dict[str, float]:
    """openpyxl's read-only load of the file with every value read: the floor."""
    from openpyxl import load_workbook

    started, cpu = time.perf_counter(), time.process_time()
    book = load_workbook(path, read_only=True)
    rows = 0
    for row in book.worksheets[0].iter_rows(values_only=True):
        for _value in row:
            pass
        rows += 1
    book.close()
    return {
        "s": time.perf_counter() - started,
        "cpu_s": time.process_time() - cpu,
        "rows": rows - 1,
    }


def program(path: Path) -> dict[str, float]:
    """read_customers + apply into an empty database, as the command line would."""
    from app.models.connection import close, connect, upgrade
    from app.services import excel_import

    with tempfile.TemporaryDirectory() as folder:
        database = connect(str(Path(folder) / "shop.db"))
        upgrade(database)
        try:
            started, cpu = time.perf_counter(), time.process_time()
            plan = excel_import.read_customers(path, TODAY)
            read = time.perf_counter() - started
            if plan.problems:
                sys.exit(f"the benchmark file has problems: {plan.problems[:3]}")
            result = excel_import.apply(plan, "bench", datetime(2026, 11, 22, 10))
            total, total_cpu = time.perf_counter() - started, time.process_time() - cpu
            count = database.execute_sql("SELECT COUNT(*) FROM customer").fetchone()[0]
            assert count == result.created == len(plan.rows), (count, result)
        finally:
            close()
    return {"read_s": read, "write_s": total - read, "s": total, "cpu_s": total_cpu}


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    path = workbook(demo_db())
    floors, programs = [], []
    for _ in range(runs):  # alternated, best of each: other work on the machine skews one run
        floors.append(openpyxl_floor(path))
        programs.append(program(path))
    floor = min(floors, key=lambda f: f["s"])
    best = min(programs, key=lambda p: p["s"])
    floor_cpu = min(f["cpu_s"] for f in floors)
    best_cpu = min(p["cpu_s"] for p in programs)
    print(
        json.dumps(
            {
                "rows": floor["rows"],
                "file_mb": round(path.stat().st_size / 1e6, 1),
                "runs": runs,
                "openpyxl_read_only_s": round(floor["s"], 2),
                "import_s": round(best["s"], 2),
                "read_and_check_s": round(best["read_s"], 2),
                "write_s": round(best["write_s"], 2),
                "ratio": round(best["s"] / floor["s"], 2),
                "openpyxl_cpu_s": round(floor_cpu, 2),
                "import_cpu_s": round(best_cpu, 2),
                "cpu_ratio": round(best_cpu / floor_cpu, 2),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                "load_average": os.getloadavg()[0],
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
