"""Stored value and package cards at 100,000 customers, beside raw sqlite3.

Works on a copy of the demo database (`bench/data/prepaid-bench.db`, made afresh each
run) so the postings it makes leave the demo as it was. Each figure stands beside its
floor measured in the same run, program and floor alternating, one posting each:

- one counter posting in its own transaction: `prepaid.top_up` (¥100, below the lowest
  bonus tier) on random customers, and `packages.use_session` (划扣: the card left to the
  service, the earliest-expiring usable one, on a visit of hers no card was used for),
  against a raw sqlite3 connection with the program's pragmas (WAL, synchronous=FULL)
  doing BEGIN IMMEDIATE; SELECT the balance (the card's sessions); INSERT the entry;
  UPDATE the balance (the sessions used); COMMIT. Target ≤ 3×.
- the card's prepaid data of the customers with the most entries: `prepaid.balance` +
  `value_statement` + `cards` + `card_sessions` of each card, against the raw SQL that
  reads the same rows (same joins). Target ≤ 50 ms.
- no target, for the plan: `packages.expiring_cards(today, 30)` and the two ledger
  checks (`checks_ledgers._value_problems`, `checks_ledgers._session_problems`).

    python bench/bench_prepaid.py [POSTINGS]
"""

from __future__ import annotations

import cProfile
import io
import json
import pstats
import random
import sqlite3
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from common import DATA, ROOT, demo_db, summary

sys.path.insert(0, str(ROOT))

from app.models.connection import SQLITE_PRAGMAS, connect  # noqa: E402
from app.services import checks_ledgers, packages, prepaid  # noqa: E402

COPY = DATA / "prepaid-bench.db"
HEAVIEST = 20
ROUNDS = 5

VALUE_STATEMENT = """
    SELECT e.id, e.posted_at, e.kind, e.principal_fen, e.bonus_fen, e.principal_after,
           e.bonus_after, e.visit_id, e.card_id, e.reverses_id, r.id, e.operator, e.note
    FROM stored_value_entry e LEFT JOIN stored_value_entry r ON r.reverses_id = e.id
    WHERE e.customer_id = ? ORDER BY e.id"""
CARDS = """
    SELECT id, customer_id, product_id, name, service, sessions, sessions_used, price_fen,
           paid_with, sold_on, expires_on, operator, created_at
    FROM package_card WHERE customer_id = ? ORDER BY expires_on, id"""
CARD_SESSIONS = """
    SELECT e.id, e.card_id, e.posted_at, e.kind, e.sessions, e.used_after, e.visit_id,
           e.reverses_id, r.id, e.operator, e.note
    FROM session_entry e LEFT JOIN session_entry r ON r.reverses_id = e.id
    WHERE e.card_id = ? ORDER BY e.id"""


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


def raw_top_up(con: sqlite3.Connection, cid: int, amount: int, now: datetime) -> None:
    con.execute("BEGIN IMMEDIATE")
    principal, bonus = con.execute(
        "SELECT stored_principal_fen, stored_bonus_fen FROM customer WHERE id = ?", (cid,)
    ).fetchone()
    con.execute(
        "INSERT INTO stored_value_entry (customer_id, posted_at, kind, principal_fen, bonus_fen, "
        "principal_after, bonus_after, operator, note) VALUES (?, ?, 'top_up', ?, 0, ?, ?, "
        "'bench', '')",
        (cid, now.isoformat(" "), amount, principal + amount, bonus),
    )
    con.execute(
        "UPDATE customer SET stored_principal_fen = ?, stored_bonus_fen = ? WHERE id = ?",
        (principal + amount, bonus, cid),
    )
    con.execute("COMMIT")


def raw_use(con: sqlite3.Connection, cid: int, card: int, visit: int, now: datetime) -> None:
    con.execute("BEGIN IMMEDIATE")
    (used,) = con.execute("SELECT sessions_used FROM package_card WHERE id = ?", (card,)).fetchone()
    con.execute(
        "INSERT INTO session_entry (card_id, customer_id, posted_at, kind, sessions, used_after, "
        "visit_id, operator, note) VALUES (?, ?, ?, 'use', -1, ?, ?, 'bench', '')",
        (card, cid, now.isoformat(" "), used + 1, visit),
    )
    con.execute("UPDATE package_card SET sessions_used = ? WHERE id = ?", (used + 1, card))
    con.execute("COMMIT")


def top_ups(con: sqlite3.Connection, count: int, rng: random.Random) -> dict[str, Any]:
    ids = [r[0] for r in con.execute("SELECT id FROM customer WHERE erased = 0")]
    now = datetime.now()
    program, floor = [], []
    for cid in rng.sample(ids, count):
        started = time.perf_counter()
        raw_top_up(con, cid, 10000, now)
        floor.append(ms(started))
        started = time.perf_counter()
        prepaid.top_up(cid, 10000, "bench", now)
        program.append(ms(started))
    p, f = summary(program), summary(floor)
    return {"program_ms": p, "floor_ms": f, "ratio_p50": p["p50"] / f["p50"],
            "ratio_p95": p["p95"] / f["p95"]}  # fmt: skip


def _session_targets(
    con: sqlite3.Connection, today: date, count: int, rng: random.Random
) -> list[tuple[int, int, int, int]]:
    """(customer, her earliest-expiring usable card, two of her visits no card was used
    for) of customers whose card has two sessions left: one for the floor, one for the
    program (each card is used once a visit)."""
    rows = con.execute(
        """SELECT customer_id, id, sessions - sessions_used FROM package_card
           WHERE expires_on >= ? AND sessions_used < sessions
           ORDER BY customer_id, expires_on, id""",
        (today.isoformat(),),
    ).fetchall()
    first: dict[int, tuple[int, int]] = {}
    for cid, card, left in rows:
        first.setdefault(cid, (card, left))
    chosen = [cid for cid, (_, left) in first.items() if left >= 2]
    rng.shuffle(chosen)
    targets = []
    for cid in chosen:
        visits = [
            r[0]
            for r in con.execute(
                """SELECT id FROM visit WHERE customer_id = ? AND id NOT IN (
                       SELECT visit_id FROM session_entry
                       WHERE customer_id = ? AND visit_id IS NOT NULL)""",
                (cid, cid),
            )
        ]
        if len(visits) >= 2:
            a, b = rng.sample(visits, 2)
            targets.append((cid, first[cid][0], a, b))
        if len(targets) == count:
            break
    return targets


def uses(con: sqlite3.Connection, count: int, rng: random.Random) -> dict[str, Any]:
    today = date.today()
    now = datetime.now()
    targets = _session_targets(con, today, count, rng)
    program, floor = [], []
    for cid, card, floor_visit, visit in targets:
        started = time.perf_counter()
        raw_use(con, cid, card, floor_visit, now)
        floor.append(ms(started))
        started = time.perf_counter()
        packages.use_session(cid, visit, "bench", now)
        program.append(ms(started))
    p, f = summary(program), summary(floor)
    return {"postings": len(targets), "program_ms": p, "floor_ms": f,
            "ratio_p50": p["p50"] / f["p50"], "ratio_p95": p["p95"] / f["p95"]}  # fmt: skip


def card_data(cid: int) -> int:
    """What the card's prepaid panel reads: balance, the stored-value statement, her
    cards and each card's sessions; returns the rows read."""
    prepaid.balance(cid)
    rows = len(prepaid.value_statement(cid))
    for card in packages.cards(cid):
        rows += 1 + len(packages.card_sessions(card.id))
    return rows


def raw_card_data(con: sqlite3.Connection, cid: int) -> int:
    con.execute(
        "SELECT stored_principal_fen, stored_bonus_fen FROM customer WHERE id = ?", (cid,)
    ).fetchone()
    rows = len(con.execute(VALUE_STATEMENT, (cid,)).fetchall())
    for card in con.execute(CARDS, (cid,)).fetchall():
        rows += 1 + len(con.execute(CARD_SESSIONS, (card[0],)).fetchall())
    return rows


def heaviest(con: sqlite3.Connection) -> list[tuple[int, int]]:
    return con.execute(
        """SELECT customer_id, SUM(n) AS total FROM (
               SELECT customer_id, COUNT(*) AS n FROM stored_value_entry GROUP BY customer_id
               UNION ALL
               SELECT customer_id, COUNT(*) AS n FROM session_entry GROUP BY customer_id
           ) GROUP BY customer_id ORDER BY total DESC, customer_id LIMIT ?""",
        (HEAVIEST,),
    ).fetchall()


def statements(con: sqlite3.Connection) -> dict[str, Any]:
    found = heaviest(con)
    first, program, floor = [], [], []
    for round_ in range(ROUNDS):
        for cid, _ in found:
            started = time.perf_counter()
            bare = raw_card_data(con, cid)
            floor.append(ms(started))
            started = time.perf_counter()
            rows = card_data(cid)
            spent = ms(started)
            (first if round_ == 0 else program).append(spent)
            assert rows == bare, (cid, rows, bare)
    return {
        "entries_per_customer": [n for _, n in found[:3]],
        "first_open_ms": summary(first),
        "program_ms": summary(program),
        "floor_ms": summary(floor),
        "ratio_p50": summary(program)["p50"] / summary(floor)["p50"],
    }


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = fn()
    return ms(started), result


def others() -> dict[str, Any]:
    today = date.today()
    soon, found = timed(lambda: packages.expiring_cards(today, 30))
    value = [timed(checks_ledgers._value_problems) for _ in range(3)]
    sessions = [timed(checks_ledgers._session_problems) for _ in range(3)]
    return {
        "expiring_cards_30_days_ms": soon,
        "expiring_found": len(found),
        "value_check_ms_best_of_3": min(t for t, _ in value),
        "value_problems": len(value[0][1]),
        "session_check_ms_best_of_3": min(t for t, _ in sessions),
        "session_problems": len(sessions[0][1]),
    }


def profile(fn: Callable[[], Any], lines: int = 18) -> str:
    """cProfile of `fn`, the functions that took the most time of their own."""
    profiler = cProfile.Profile()
    profiler.enable()
    fn()
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(lines)
    return out.getvalue()


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    started = time.perf_counter()
    fresh_copy()
    copied = ms(started)
    connect(str(COPY))
    con = raw_connection()
    rng = random.Random(11)
    results = {
        "customers": con.execute("SELECT COUNT(*) FROM customer").fetchone()[0],
        "stored_value_entries": con.execute("SELECT COUNT(*) FROM stored_value_entry").fetchone()[
            0
        ],
        "session_entries": con.execute("SELECT COUNT(*) FROM session_entry").fetchone()[0],
        "package_cards": con.execute("SELECT COUNT(*) FROM package_card").fetchone()[0],
        "copy_ms": copied,
        "top_up": top_ups(con, count, rng),
        "use_session": uses(con, count, rng),
        "card_data": statements(con),
        "others": others(),
    }
    print(json.dumps(results, indent=1))
    if "--profile" in sys.argv:
        ids = [r[0] for r in con.execute("SELECT id FROM customer WHERE erased = 0 LIMIT 2000")]
        now = datetime.now()
        print(profile(lambda: [prepaid.top_up(c, 10000, "bench", now) for c in ids[:500]]))
        targets = _session_targets(con, date.today(), 300, rng)
        print(profile(lambda: [packages.use_session(c, v, "bench", now) for c, _, _, v in targets]))
        cid = heaviest(con)[0][0]
        print(profile(lambda: [card_data(cid) for _ in range(50)]))


if __name__ == "__main__":
    main()
