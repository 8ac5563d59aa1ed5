"""Upcoming birthdays at 100,000 customers (20 % lunar), beside the raw indexed query.

The program's figure is `birthdays.upcoming(today, 7)`: the window's days turned into
solar and lunar month-days (a few borax conversions), the customers read through the
month-day indexes, each occasion with its day and age — solar and lunar birthdays,
second birthdays, anniversaries and family birthdays. Two floors, in the same run:

- `solar`: the bare sqlite3 query a solar-only program would make for the same week
  (the customers whose solar month-day falls in it, through the same index);
- `same rows`: the program's own SQL statements run bare through sqlite3 — the cost
  of getting the same rows out of SQLite, without the lunar mapping or the objects.

Target: ≤ 2.5× the floor. Measured for 53 weeks through a year (every Monday of
2026), so lunar months of every length and the year end are in it.

Also measured: the day counts of a 42-day month grid (`occasion_counts`, what the
calendar page of a large shop loads), the full occasions of such a grid, and a whole
year (what `birthdays --days 366` reads).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from datetime import date, datetime, timedelta

from common import ROOT, demo_db, summary

sys.path.insert(0, str(ROOT))

from app.models import database  # noqa: E402
from app.services import birthdays, storage  # noqa: E402

FLOOR = (
    "SELECT id, member_no, name, gender, last_visit, marketing_consent, mobile, wechat, "
    "birth_year, birth_month, birth_day FROM customer "
    "WHERE ({terms}) AND archived + 0 = 0 AND erased + 0 = 0"
)


def floor_query(con: sqlite3.Connection, start: date, days: int) -> int:
    by_month: dict[int, list[int]] = {}
    for i in range(days):
        d = start + timedelta(days=i)
        by_month.setdefault(d.month, []).append(d.day)
    terms = " OR ".join(
        f"(birth_calendar = 'solar' AND birth_month = {m} AND birth_day IN "
        f"({', '.join(map(str, ds))}))"
        for m, ds in by_month.items()
    )
    return len(con.execute(FLOOR.format(terms=terms)).fetchall())


def program_statements(day: date) -> list[tuple[str, tuple]]:
    """The SQL the program runs for a week, captured once (not timed)."""
    db = database.obj
    captured: list[tuple[str, tuple]] = []
    original = db.execute_sql

    def spy(sql, params=None, *args, **kwargs):
        captured.append((sql, tuple(params or ())))
        return original(sql, params, *args, **kwargs)

    db.execute_sql = spy
    try:
        birthdays.upcoming(day, 7)
    finally:
        del db.execute_sql
    return captured


def run_bare(con: sqlite3.Connection, statements: list[tuple[str, tuple]]) -> int:
    return sum(len(con.execute(sql, params).fetchall()) for sql, params in statements)


def timed(fn, *args) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn(*args)
    return (time.perf_counter() - started) * 1000, result


def main() -> None:
    path = demo_db()
    storage.open_shop(str(path), datetime(2026, 11, 22, 9, 0))
    con = sqlite3.connect(path)
    lunar_share = con.execute(
        "SELECT avg(birth_calendar = 'lunar') FROM customer WHERE birth_month IS NOT NULL"
    ).fetchone()[0]
    mondays = [date(2026, 1, 5) + timedelta(weeks=i) for i in range(53)]
    statements = {day: program_statements(day) for day in mondays}
    program, floor, same, found = [], [], [], []
    for _ in range(2):  # the first round warms the page cache
        program, floor, same, found = [], [], [], []
        for day in mondays:
            ms, rows = timed(birthdays.upcoming, day, 7)
            program.append(ms)
            found.append(len(rows))  # type: ignore[arg-type]
            floor.append(timed(floor_query, con, day, 7)[0])
            same.append(timed(run_bare, con, statements[day])[0])
    counts = [timed(birthdays.occasion_counts, d, d + timedelta(days=42))[0] for d in mondays]
    grid = [timed(birthdays.occasions_between, d, d + timedelta(days=42))[0] for d in mondays]
    year = [
        timed(birthdays.occasions_between, date(2026, 1, 1), date(2027, 1, 1))[0] for _ in range(3)
    ]
    p, f, r = summary(program), summary(floor), summary(same)
    print(
        json.dumps(
            {
                "lunar_share": round(lunar_share, 3),
                "occasions_per_week": round(sum(found) / len(found)),
                "week_ms": p,
                "solar_floor_ms": f,
                "same_rows_floor_ms": r,
                "ratio_solar_p50": p["p50"] / f["p50"],
                "ratio_same_rows_p50": p["p50"] / r["p50"],
                "grid_counts_42_days_ms": summary(counts),
                "grid_occasions_42_days_ms": summary(grid),
                "year_ms": summary(year),
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
