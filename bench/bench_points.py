"""The points ledger at 100,000 customers and ~1,000,000 entries, beside raw sqlite3.

Works on a copy of the demo database (`bench/data/points-bench.db`, made afresh each
run) so the postings it makes leave the demo as it was. Four measures, each beside
its floor in the same run:

- one counter posting in its own transaction: `points.adjust(+5)` and `points.redeem`
  on random customers, against a raw sqlite3 connection with the program's pragmas
  (WAL, synchronous=FULL) doing BEGIN IMMEDIATE; SELECT the balance; INSERT the entry;
  UPDATE the balance; COMMIT. The two alternate, one posting each. Target ≤ 3×.
- a customer's balance and statement (`points.balance` + `points.statement`) for the
  customers with the most entries, against the raw SQL that reads the same rows.
  Target ≤ 50 ms.
- the whole integrity check (`checks.check_database`), each of its parts, and the two
  ledger queries (balance = sum of the entries; balance_after = running sum) timed
  alone. Target ≤ 2 s.
- `points_expiry.expire_due` and `points_expiry.expiring_soon`: with the default rule (points never
  expire) and after 2,000 customers earned points under a one-month rule. No target.

    python bench/bench_points.py [POSTINGS]
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from common import DATA, ROOT, demo_db, summary

sys.path.insert(0, str(ROOT))

from app.models import ExpiryPolicy, database  # noqa: E402
from app.models.connection import SQLITE_PRAGMAS, connect  # noqa: E402
from app.services import (  # noqa: E402
    checks,
    checks_ledgers,
    points,
    points_expiry,
    points_rules,
)

COPY = DATA / "points-bench.db"
HEAVIEST = 20
ROUNDS = 5

BALANCE_SUMS = """
    SELECT c.id FROM customer c LEFT JOIN (
        SELECT customer_id, SUM(points) AS total FROM points_entry GROUP BY customer_id
    ) e ON e.customer_id = c.id WHERE c.points_balance != COALESCE(e.total, 0)"""
RUNNING_SUMS = """
    SELECT id FROM (
        SELECT id, balance_after,
               SUM(points) OVER (PARTITION BY customer_id ORDER BY id) AS running
        FROM points_entry
    ) WHERE running != balance_after"""
REVERSALS = """
    SELECT r.id FROM points_entry r LEFT JOIN points_entry o ON o.id = r.reverses_id
    WHERE r.reverses_id IS NOT NULL
      AND (o.id IS NULL OR o.kind = 'reversal' OR o.points != -r.points
           OR o.customer_id != r.customer_id)"""
STATEMENT = """
    SELECT e.id, e.customer_id, c.member_no, c.name, e.posted_at, e.kind, e.points,
           e.balance_after, e.visit_id, r.name, e.reverses_id, rev.id, e.expires_on,
           e.operator, e.note
    FROM points_entry e
    JOIN customer c ON c.id = e.customer_id
    LEFT JOIN reward r ON r.id = e.reward_id
    LEFT JOIN points_entry rev ON rev.reverses_id = e.id
    WHERE e.customer_id = ? ORDER BY e.id"""


def ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def fresh_copy() -> None:
    """A consistent copy of the demo (its WAL included), made with SQLite's backup."""
    for suffix in ("", "-wal", "-shm"):
        COPY.with_name(COPY.name + suffix).unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{demo_db()}?mode=ro", uri=True)
    target = sqlite3.connect(COPY)
    source.backup(target)
    target.close()
    source.close()


def raw_connection() -> sqlite3.Connection:
    """A bare connection with the program's pragmas (the floor of a posting)."""
    con = sqlite3.connect(COPY, isolation_level=None)
    for name, value in SQLITE_PRAGMAS.items():
        con.execute(f"PRAGMA {name} = {value}")
    return con


def raw_posting(
    con: sqlite3.Connection, cid: int, amount: int, now: datetime, reward: int | None = None
) -> None:
    con.execute("BEGIN IMMEDIATE")
    balance = con.execute("SELECT points_balance FROM customer WHERE id = ?", (cid,)).fetchone()[0]
    after = balance + amount
    con.execute(
        "INSERT INTO points_entry (customer_id, posted_at, kind, points, balance_after, "
        "reward_id, operator, note) VALUES (?, ?, ?, ?, ?, ?, 'bench', 'bench')",
        (cid, now.isoformat(" "), "adjustment" if reward is None else "redemption", amount,
         after, reward),
    )  # fmt: skip
    con.execute("UPDATE customer SET points_balance = ? WHERE id = ?", (after, cid))
    con.execute("COMMIT")


def postings(con: sqlite3.Connection, count: int, rng: random.Random) -> dict[str, Any]:
    ids = [r[0] for r in con.execute("SELECT id FROM customer WHERE erased = 0")]
    now = datetime.now()
    adjust, adjust_floor = [], []
    for cid in rng.sample(ids, count):
        started = time.perf_counter()
        raw_posting(con, cid, 5, now)
        adjust_floor.append(ms(started))
        started = time.perf_counter()
        points.adjust(cid, 5, "bench", "bench", now)
        adjust.append(ms(started))
    # A reward with a counted stock, so the stock update is in the figure too.
    mask = next(r for r in points_rules.rewards() if r.name == "面膜")
    points_rules.save_reward(
        points_rules.RewardData(mask.id, mask.name, mask.points_price, mask.kind, 0, 1_000_000), now
    )
    rich = [
        r[0]
        for r in con.execute(
            "SELECT id FROM customer WHERE erased = 0 AND points_balance >= ?",
            (3 * mask.points_price,),
        )
    ]
    redeem, redeem_floor = [], []
    for cid in rng.sample(rich, count):
        started = time.perf_counter()
        raw_posting(con, cid, -mask.points_price, now, mask.id)
        redeem_floor.append(ms(started))
        started = time.perf_counter()
        points.redeem(cid, mask.id, "bench", now)
        redeem.append(ms(started))
    a, af, r, rf = (summary(v) for v in (adjust, adjust_floor, redeem, redeem_floor))
    return {
        "adjust_ms": a,
        "redeem_ms": r,
        "floor_ms": af,
        "floor_redeem_ms": rf,
        "ratio_adjust_p50": a["p50"] / af["p50"],
        "ratio_adjust_p95": a["p95"] / af["p95"],
        "ratio_redeem_p50": r["p50"] / rf["p50"],
        "ratio_redeem_p95": r["p95"] / rf["p95"],
    }


def statements(con: sqlite3.Connection) -> dict[str, Any]:
    heaviest = con.execute(
        "SELECT customer_id, COUNT(*) AS n FROM points_entry GROUP BY customer_id "
        "ORDER BY n DESC, customer_id LIMIT ?",
        (HEAVIEST,),
    ).fetchall()
    first, program, floor = [], [], []
    for round_ in range(ROUNDS):
        for cid, _ in heaviest:
            started = time.perf_counter()
            con.execute("SELECT points_balance FROM customer WHERE id = ?", (cid,)).fetchone()
            rows = con.execute(STATEMENT, (cid,)).fetchall()
            floor.append(ms(started))
            started = time.perf_counter()
            points.balance(cid)
            lines = points.statement(cid)
            spent = ms(started)
            (first if round_ == 0 else program).append(spent)
            assert len(lines) == len(rows)
    return {
        "entries_per_customer": [n for _, n in heaviest[:3]],
        "first_open_ms": summary(first),
        "program_ms": summary(program),
        "floor_ms": summary(floor),
        "ratio_p50": summary(program)["p50"] / summary(floor)["p50"],
    }


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = fn()
    return ms(started), result


def integrity(con: sqlite3.Connection) -> dict[str, Any]:
    parts: dict[str, float] = {}
    modules = (checks, checks_ledgers)
    originals = {
        (module, name): fn
        for module in modules
        for name, fn in vars(module).items()
        if callable(fn) and name.startswith("_") and name.endswith("_problems")
    }

    def spy(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            spent, result = timed(lambda: fn(*args, **kwargs))
            parts[name] = parts.get(name, 0.0) + spent
            return result

        return run

    for (module, name), fn in originals.items():
        setattr(module, name, spy(name, fn))
    whole, found = [], []
    try:
        for _ in range(3):
            parts.clear()
            spent, found = timed(checks.check_database)
            whole.append(spent)
    finally:
        for (module, name), fn in originals.items():
            setattr(module, name, fn)
    alone = {}
    for label, sql in (
        ("balance_equals_sum", BALANCE_SUMS),
        ("running_sums", RUNNING_SUMS),
        ("reversals", REVERSALS),
    ):
        program = [timed(lambda sql=sql: database.execute_sql(sql).fetchall())[0] for _ in range(3)]
        bare = [timed(lambda sql=sql: con.execute(sql).fetchall())[0] for _ in range(3)]
        alone[label] = {"program_connection_ms": min(program), "bare_sqlite3_ms": min(bare)}
    # What the file part costs: it grows with the size of the file, not of the ledger.
    pragmas = {
        name: timed(lambda name=name: database.execute_sql(f"PRAGMA {name}").fetchall())[0]
        for name in ("integrity_check", "quick_check", "foreign_key_check")
    }
    return {
        "problems_found": len(found),
        "check_database_ms": summary(whole),
        "parts_ms_last_run": {k: round(v, 1) for k, v in parts.items()},
        "file_pragmas_ms": pragmas,
        "ledger_queries_best_of_3": alone,
    }


def expiry(con: sqlite3.Connection, rng: random.Random) -> dict[str, Any]:
    today = date.today()
    now = datetime.combine(today, datetime.min.time()) + timedelta(hours=21)
    never = {
        "expire_due_ms": timed(lambda: points_expiry.expire_due(today, "bench", now))[0],
        "expiring_soon_ms": timed(lambda: points_expiry.expiring_soon(today, 30))[0],
    }
    # Points that do expire: a one-month rule from today, 2,000 customers earn under it.
    points_rules.save_rule(
        points_rules.RuleData(
            effective_from=today, expiry_policy=ExpiryPolicy.MONTHS, expiry_months=1
        ),
        "bench",
        now,
    )
    ids = [r[0] for r in con.execute("SELECT id FROM customer WHERE erased = 0")]
    lots = rng.sample(ids, 2000)
    for cid in lots:
        points.adjust(cid, 50, "bench: expiring lot", "bench", now)
    due_day = points_rules.rule_on(today).expires_on(today)
    assert due_day is not None
    soon, found = timed(lambda: points_expiry.expiring_soon(due_day - timedelta(days=10), 30))
    later = datetime.combine(due_day + timedelta(days=1), datetime.min.time())
    first, posted = timed(
        lambda: points_expiry.expire_due(due_day + timedelta(days=1), "bench", later)
    )
    again, posted_again = timed(
        lambda: points_expiry.expire_due(due_day + timedelta(days=1), "bench", later)
    )
    return {
        "default_rule_nothing_due": never,
        "one_month_rule_2000_lots": {
            "expiring_soon_ms": soon,
            "expiring_found": len(found),
            "expire_due_ms": first,
            "expired": posted,
            "expire_due_again_ms": again,
            "expired_again": posted_again,
        },
    }


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    started = time.perf_counter()
    fresh_copy()
    copied = ms(started)
    connect(str(COPY))
    con = raw_connection()
    entries = con.execute("SELECT COUNT(*) FROM points_entry").fetchone()[0]
    rng = random.Random(11)
    results = {
        "customers": con.execute("SELECT COUNT(*) FROM customer").fetchone()[0],
        "entries": entries,
        "copy_ms": copied,
        "posting": postings(con, count, rng),
        "statement": statements(con),
        "check": integrity(con),
        "expiry": expiry(con, rng),
    }
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
