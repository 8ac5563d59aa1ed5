"""Sample data for a beauty and hair salon, so a shop can try the program before typing
in real customers, and the benchmarks can open a database of 100,000 cards.

`fill_demo` writes only into an empty database, all in one transaction: a cancel or
an error leaves nothing behind. The same seed always gives the same shop. The first
cards are showcase customers that the docs and tests rely on:

- 曾小贤, member 100001, mobile 13912345678 (found by `zxx`, `cxx`, `5678`);
- 单丽娟, 200 visits once the shop has 100 customers or more;
- 解晓梅, born in a lunar leap month (农历1987年闰六月十二), phone tail 5678 as well;
- 欧阳娜娜, born on 29 February 2000, allergic to alcohol, referred by 单丽娟.

The cards come with two years of their points card (`demo_points`): a purchase entry
for every visit, redemptions from a small rewards catalogue, referral bonuses,
opening balances, adjustments and reversals. 曾小贤's card has an opening balance,
adjustments and a reversal; 单丽娟 earned the referral bonus for 欧阳娜娜.

And with two years of stored value and package cards (`demo_prepaid`): top-ups by
the salon's bonus tiers, visits paid from the balance, refunds, reversals, cards sold
of the services customers come for, sessions used on those visits and a few returned,
cards used up, expired, or expiring within the month. 曾小贤 brought a paper stored
value and a paper card and has a payment reversed; 单丽娟 pays from her stored value
and uses her cards at her 200 visits; 解晓梅 asked for a refund at her last visit.

And with about one complaint for every five customers (`demo_complaints`), walked
through the workflow up to the demo's clock: old ones followed up or closed, recent
ones open (some past their promise), follow-up calls due today, apology points in
the points ledger. 曾小贤's complaint was reopened: its first points are reversed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from typing import Any

from peewee import Field, Model, PostgresqlDatabase, SqliteDatabase, fn

from app.models import (
    Complaint,
    ComplaintEvent,
    Customer,
    FollowUp,
    PackageCard,
    PackageProduct,
    PointsEntry,
    Reward,
    SessionEntry,
    Setting,
    StoredValueEntry,
    Tag,
    TopUpBonus,
    Visit,
    database,
)
from app.models.enums import Severity
from app.services import complaints, demo_complaints, demo_prepaid, insight, settings
from app.services import demo_names as names
from app.services.customers import FIRST_MEMBER_NO, NEXT_MEMBER_NO_KEY
from app.services.demo_complaints import SampleComplaints
from app.services.demo_points import ENTRY_COLUMNS, REWARDS, SampleLedger
from app.services.demo_prepaid import SamplePrepaid
from app.services.demo_salon import HISTORY_DAYS, TABLES, Rows, SampleSalon
from app.services.messages import QT_TRANSLATE_NOOP, Message, ServiceError

NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Messages",
    "Sample data goes only into an empty database; this one already holds customers ({count}).",
)
BAD_COUNT = QT_TRANSLATE_NOOP(
    "Messages", "The number of sample customers must be between {low} and {high}."
)
CANCELLED = QT_TRANSLATE_NOOP("Messages", "Sample data cancelled: nothing was written.")

MAX_CUSTOMERS = 1_000_000
BATCH_SIZE = 1000  # customers made and written between two progress reports
# SQLite's page cache while the sample is written, in KiB. The ledger goes in in time
# order, so each entry lands at a random place of three indexes (by customer, by
# visit): at 100,000 customers the 16 MB cache of the program makes that 1.3× slower.
# Pages are taken only as they are read, so a small sample uses no more.
BULK_CACHE_KIB = 256 * 1024


def _insert_sql(model: type[Model], columns: Sequence[str]) -> str:
    fields: list[Field] = [model._meta.fields[c] for c in columns]
    quoted = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join([database.param] * len(fields))
    return f'INSERT INTO "{model._meta.table_name}" ({quoted}) VALUES ({marks})'


def _write(rows: Rows) -> None:
    # One prepared statement run over many rows: peewee's insert_many builds a node per
    # value and costs ~20 µs a visit row against ~4 µs here (measured on this machine).
    cursor = database.cursor()
    for table, (model, columns) in TABLES.items():
        if rows[table]:
            cursor.executemany(_insert_sql(model, columns), rows[table])


def _write_entries(
    ledger: SampleLedger, complaints: SampleComplaints, before: int | None = None
) -> None:
    """The ledger's entries up to a day, in time order (after the cards and visits
    they name). The ledger refuses only UPDATE and DELETE: inserting is its use.
    Apology points wait for their complaint's number (`_write_complaints`)."""
    rows = complaints.entries(ledger.flush(before))
    if rows:
        database.cursor().executemany(_insert_sql(PointsEntry, ENTRY_COLUMNS), rows)


def _sample_complaints(seed: int, today: date, ledger: SampleLedger) -> SampleComplaints:
    """The complaints, with the shop's promise and follow-up days (read once)."""
    days = {severity: complaints.promise_days(severity) for severity in Severity}
    follow_up = settings.get("complaint_follow_up_days")
    follow_up_days = max(0, min(90, follow_up)) if isinstance(follow_up, int) else 3
    return SampleComplaints(seed, today, ledger, days, follow_up_days)


def _write_complaints(complaints: SampleComplaints) -> None:
    """The complaints in the order they came in, their timelines and follow-up calls,
    and the apology entries and reversals that name them."""
    made = complaints.finish(_first_id(Complaint))
    cursor = database.cursor()
    for model, columns, rows in (
        (Complaint, demo_complaints.COMPLAINT_COLUMNS, made["complaints"]),
        (ComplaintEvent, demo_complaints.EVENT_COLUMNS, made["events"]),
        (FollowUp, demo_complaints.FOLLOW_UP_COLUMNS, made["follow_ups"]),
        (PointsEntry, (*ENTRY_COLUMNS, "complaint_id"), made["apologies"]),
        (PointsEntry, ENTRY_COLUMNS, made["reversals"]),
    ):
        if rows:
            cursor.executemany(_insert_sql(model, columns), rows)


def _write_prepaid(prepaid: SamplePrepaid, before: int | None = None) -> None:
    """The cards, stored-value entries and session entries up to a day, in time order
    (cards first: the entries name them)."""
    cards, values, sessions = prepaid.flush(before)
    cursor = database.cursor()
    for model, columns, rows in (
        (PackageCard, demo_prepaid.CARD_COLUMNS, cards),
        (StoredValueEntry, demo_prepaid.VALUE_COLUMNS, values),
        (SessionEntry, demo_prepaid.SESSION_COLUMNS, sessions),
    ):
        if rows:
            cursor.executemany(_insert_sql(model, columns), rows)


def _products(today: date) -> list[tuple[int, str, str, int, int, int, bool]]:
    """The packages the sample customers buy, as (id, name, service, sessions, price,
    validity, offered): the sample ones, or the shop's own when it has made some."""
    fields = (
        PackageProduct.id, PackageProduct.name, PackageProduct.service, PackageProduct.sessions,
        PackageProduct.price_fen, PackageProduct.validity_days, PackageProduct.active,
    )  # fmt: skip
    if not PackageProduct.select().exists():
        opened = datetime.combine(today - timedelta(days=HISTORY_DAYS + 1), time(9))
        for name, service, sessions, price, validity, active in demo_prepaid.PRODUCTS:
            PackageProduct.create(
                name=name, service=service, sessions=sessions, price_fen=price,
                validity_days=validity, active=active, created_at=opened,
            )  # fmt: skip
    query: Any = PackageProduct.select(*fields).order_by(PackageProduct.id).tuples()
    return [(i, n, s, k, p, v, bool(a)) for i, n, s, k, p, v, a in query]


def _bonus_tiers() -> list[tuple[int, int]]:
    """The top-up bonus rule: the sample one, or the shop's own."""
    if not TopUpBonus.select().exists():
        for min_fen, bonus_fen in demo_prepaid.BONUS_TIERS:
            TopUpBonus.create(min_fen=min_fen, bonus_fen=bonus_fen)
    query = TopUpBonus.select(TopUpBonus.min_fen, TopUpBonus.bonus_fen).where(
        TopUpBonus.active == True  # noqa: E712
    )
    return [(t.min_fen, t.bonus_fen) for t in query]


def _first_id(model: type[Model]) -> int:
    return int(model.select(fn.MAX(model._meta.primary_key)).scalar() or 0) + 1


def _update_balance_sql() -> str:
    column = Customer.points_balance.column_name
    p = database.param
    return f'UPDATE "{Customer._meta.table_name}" SET "{column}" = {p} WHERE "id" = {p}'


def _refuse_unless_fillable(count: int) -> None:
    if not 1 <= count <= MAX_CUSTOMERS:
        raise ServiceError(Message(BAD_COUNT, {"low": 1, "high": MAX_CUSTOMERS}))
    existing = Customer.select().count()  # archived and erased cards count too
    if existing:
        raise ServiceError(Message(NOT_EMPTY, {"count": existing}))


def _tag_ids() -> dict[str, int]:
    Tag.insert_many([(t,) for t in names.TAGS], fields=[Tag.name]).on_conflict_ignore().execute()
    return {t.name: t.id for t in Tag.select().where(Tag.name.in_(names.TAGS))}


def _rewards(today: date) -> list[tuple[int, int, int]]:
    """The catalogue the sample customers redeem from, as (id, points price, weight):
    the sample one, or the shop's own when it has made one already."""
    if Reward.select().exists():
        query = Reward.select(Reward.id, Reward.points_price).where(Reward.active == True)  # noqa: E712
        return [(r.id, r.points_price, 1) for r in query]
    opened = datetime.combine(today - timedelta(days=HISTORY_DAYS + 1), time(9))
    found = []
    for name, kind, price, discount, stock, weight in REWARDS:
        reward = Reward.create(
            name=name, kind=kind, points_price=price, discount_fen=discount, stock=stock,
            created_at=opened,
        )  # fmt: skip
        found.append((int(reward.id), price, weight))
    return found


@contextmanager
def _bulk_cache() -> Iterator[None]:
    db = database.obj
    if not isinstance(db, SqliteDatabase):
        yield
        return
    kept = int(db.execute_sql("PRAGMA cache_size").fetchone()[0])
    db.execute_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA cache_size = {kept}")


def _advance_id_sequences() -> None:
    """PostgreSQL hands out ids from sequences, which explicit ids do not move."""
    if isinstance(database.obj, PostgresqlDatabase):
        for model in (
            Customer, Visit, PointsEntry, PackageCard, StoredValueEntry, SessionEntry,
            Complaint, ComplaintEvent, FollowUp,
        ):  # fmt: skip
            table = model._meta.table_name
            database.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                f'(SELECT MAX(id) FROM "{table}"))'
            )


def fill_demo(
    count: int, seed: int, today: date, progress: Callable[[int, int], bool] | None = None
) -> int:
    """Fill an empty database with `count` sample customers of a beauty and hair salon.

    Deterministic for a seed and a day. `progress(done, total)` is called after each
    batch; when it returns False everything is rolled back and ServiceError raised.
    Returns the number of customers created."""
    with _bulk_cache(), database.atomic():
        _refuse_unless_fillable(count)
        first_visit_id = (Visit.select(fn.MAX(Visit.id)).scalar() or 0) + 1
        first_entry_id = (PointsEntry.select(fn.MAX(PointsEntry.id)).scalar() or 0) + 1
        ledger = SampleLedger(seed, today, count, HISTORY_DAYS, _rewards(today), first_entry_id)
        first_ids = (_first_id(PackageCard), _first_id(StoredValueEntry), _first_id(SessionEntry))
        prepaid = SamplePrepaid(
            seed, today, HISTORY_DAYS, _products(today), _bonus_tiers(), first_ids
        )
        salon = SampleSalon(seed, today, count, _tag_ids(), first_visit_id, ledger, prepaid)
        sample_complaints = _sample_complaints(seed, today, ledger)
        for start in range(0, count, BATCH_SIZE):
            stop = min(count, start + BATCH_SIZE)
            rows = salon.batch(start, stop)
            _write(rows)
            sample_complaints.batch(rows)
            _write_entries(ledger, sample_complaints, salon.first_day_from(stop))
            _write_prepaid(prepaid, salon.first_day_from(stop))
            if progress is not None and progress(stop, count) is False:
                raise ServiceError(Message(CANCELLED))
        _write_entries(ledger, sample_complaints)
        _write_prepaid(prepaid)
        _write_complaints(sample_complaints)
        # Referral bonuses and apology points came after the cards were written.
        database.cursor().executemany(_update_balance_sql(), ledger.referral_balances())
        database.cursor().executemany(_update_balance_sql(), sample_complaints.balances())
        next_free = str(FIRST_MEMBER_NO + count)
        # An upsert both SQLite and PostgreSQL understand (PostgreSQL has no REPLACE).
        Setting.insert(key=NEXT_MEMBER_NO_KEY, value=next_free).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: next_free}
        ).execute()
        _advance_id_sequences()
        settings.set_value(
            "item_categories",
            {item[0]: category for category, items in names.CATEGORIES for item in items},
        )
        insight.recompute_all(today)  # the grades and rhythms the insight screens show
    return count
