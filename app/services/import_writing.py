"""Writing an import's new customers in bulk: member numbers as the card editor gives
them, and the cards with their pinyin keys, tags and history written by prepared
statements (as `demo` writes its sample shop: peewee's insert_many costs several times
more per row). The caller holds the transaction.

Opening balances are written the same way: the entry `points.post_opening` would
post (kind `opening`, the balance after it, the expiry of the rule in force today),
with the customer's balance in her own insert or, for an existing customer whose
ledger is empty, one update; a posting per row would cost a transaction each. Opening
stored value and package cards likewise (`import_prepaid.post`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from peewee import PostgresqlDatabase

from app.models import (
    ChangeLog,
    Customer,
    CustomerTag,
    PointsEntry,
    SearchKey,
    Setting,
    Tag,
    database,
)
from app.models.enums import Calendar, ChangeAction, PointsKind
from app.services import customers, import_prepaid, points_rules

if TYPE_CHECKING:
    from app.services.excel_import import PlannedRow

_NEW_COLUMNS = (
    "id", "member_no", "name", "name_pinyin", "gender", "mobile", "mobile_tail", "phone",
    "wechat", "birth_calendar", "birth_year", "birth_month", "birth_day", "birth_leap",
    "keep_leap_month", "anniversary_year", "anniversary_month", "anniversary_day",
    "occupation", "employer", "position", "address", "district", "income_level", "family",
    "hobbies", "personality", "preferences", "skin_hair_type", "allergies", "grade", "source",
    "staff", "first_visit", "notes", "marketing_consent", "archived", "erased", "created_at",
    "updated_at", "visit_count", "total_spent_fen", "referrer", "celebrate_both",
    "other_birth_leap", "points_balance", "stored_principal_fen", "stored_bonus_fen",
)  # fmt: skip
_CHANGE_COLUMNS = (
    "customer", "action", "field", "old_value", "new_value", "operator", "changed_at",
)  # fmt: skip
_ENTRY_COLUMNS = (
    "customer", "posted_at", "kind", "points", "balance_after", "expires_on", "operator", "note",
)  # fmt: skip


@dataclass
class Opening:
    """Who posts the import's opening balances, when, and the note they carry."""

    operator: str
    now: datetime
    note: str = ""

    @cached_property
    def expires_on(self) -> date | None:
        """As `points.post_opening`: the rule in force on the day of the import."""
        return points_rules.rule_on(self.now.date()).expires_on(self.now.date())

    def entry(self, customer_id: int, amount: int) -> tuple[object, ...]:
        return (
            customer_id, self.now, PointsKind.OPENING.value, amount, amount, self.expires_on,
            self.operator, self.note,
        )  # fmt: skip


def _insert_sql(model: Any, columns: tuple[str, ...]) -> str:
    quoted = ", ".join(f'"{model._meta.fields[c].column_name}"' for c in columns)
    marks = ", ".join([database.param] * len(columns))
    return f'INSERT INTO "{model._meta.table_name}" ({quoted}) VALUES ({marks})'


def member_numbers(new: list[PlannedRow]) -> dict[int, str]:
    """Each new customer's member number: hers, else the next free one (as the card
    editor gives them), without a query per customer."""
    numbers = {r.row: r.data.member_no for r in new if r.data.member_no}
    if len(numbers) == len(new):
        return numbers
    taken = {row[0] for row in database.execute_sql('SELECT member_no FROM "customer"')}
    taken.update(numbers.values())
    setting = Setting.get_or_none(Setting.key == customers.NEXT_MEMBER_NO_KEY)
    number = int(setting.value) if setting is not None else customers.FIRST_MEMBER_NO
    for r in new:
        if r.row in numbers:
            continue
        while str(number) in taken:
            number += 1
        numbers[r.row] = str(number)
        number += 1
    Setting.insert(key=customers.NEXT_MEMBER_NO_KEY, value=str(number)).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: str(number)}
    ).execute()
    return numbers


def _tag_ids(names: set[str]) -> dict[str, int]:
    ordered = sorted(names)
    ids: dict[str, int] = {}
    for start in range(0, len(ordered), 400):
        chunk = ordered[start : start + 400]
        Tag.insert_many([(t,) for t in chunk], fields=[Tag.name]).on_conflict_ignore().execute()
        ids.update((t.name, t.id) for t in Tag.select().where(Tag.name.in_(chunk)))
    return ids


def insert_new(
    new: list[PlannedRow],
    numbers: dict[int, str],
    operator: str,
    now: datetime,
    opening: Opening | None = None,
) -> list[tuple[int, int]]:
    """Write the new customers with prepared statements, and the opening entries of
    those with points. Returns the referrer links still to make, (referrer id,
    customer id): those to a customer further down."""
    from app.services.pinyin import name_keys

    if not new:
        return []
    first_id = (database.execute_sql('SELECT MAX(id) FROM "customer"').fetchone()[0] or 0) + 1
    ids = {r.row: first_id + offset for offset, r in enumerate(new)}
    links: list[tuple[int, int]] = []
    tag_ids = _tag_ids({t for r in new for t in r.data.tags})
    # (sort key, search keys) by name: common names come back thousands of times.
    pinyin: dict[str, tuple[str, list[str]]] = {}
    rows: list[tuple[object, ...]] = []
    keys: list[tuple[int, str]] = []
    tags: list[tuple[int, int]] = []
    changes: list[tuple[object, ...]] = []
    entries: list[tuple[object, ...]] = []
    values: list[tuple[int, tuple[int, int]]] = []
    cards: list[tuple[int, import_prepaid.OpeningCard]] = []
    opening = opening or Opening(operator, now)
    solar = Calendar.SOLAR.value
    for offset, r in enumerate(new):
        cid, d = first_id + offset, r.data
        found = pinyin.get(d.name)
        if found is None:
            computed = name_keys(d.name)
            found = pinyin[d.name] = (computed.sort_key, sorted(computed.keys))
        b, a = d.birthday, d.anniversary
        referrer = r.referrer_id if r.referrer_row is None else ids[r.referrer_row]
        if referrer is not None and referrer > cid:
            # Not written yet, and the foreign key is checked at once.
            links.append((referrer, cid))
            referrer = None
        rows.append((
            cid, numbers[r.row], d.name, found[0], d.gender.value, d.mobile or None,
            d.mobile[-4:] if d.mobile else None, d.phone, d.wechat,
            b.calendar.value if b else solar, b.year if b else None, b.month if b else None,
            b.day if b else None, b.leap if b else False, d.keep_leap_month,
            a.year if a else None, a.month if a else None, a.day if a else None,
            d.occupation, d.employer, d.position, d.address, d.district, d.income_level,
            d.family, d.hobbies, d.personality, d.preferences, d.skin_hair_type, d.allergies,
            d.grade.value, d.source, d.staff, d.first_visit, d.notes, d.marketing_consent,
            False, False, now, now, 0, 0, referrer, False, False, r.points,
            *(r.prepaid.value or (0, 0)),
        ))  # fmt: skip
        if r.points:
            entries.append(opening.entry(cid, r.points))
        if r.prepaid.value:
            values.append((cid, r.prepaid.value))
        if r.prepaid.card:
            cards.append((cid, r.prepaid.card))
        keys.extend((cid, k) for k in found[1])
        tags.extend((cid, tag_ids[t]) for t in d.tags)
        changes.append((cid, ChangeAction.CREATE.value, "", "", d.name, operator, now))
    cursor = database.cursor()
    cursor.executemany(_insert_sql(Customer, _NEW_COLUMNS), rows)
    cursor.executemany(_insert_sql(SearchKey, ("customer", "key")), keys)
    cursor.executemany(_insert_sql(CustomerTag, ("customer", "tag")), tags)
    cursor.executemany(_insert_sql(ChangeLog, _CHANGE_COLUMNS), changes)
    if entries:
        cursor.executemany(_insert_sql(PointsEntry, _ENTRY_COLUMNS), entries)
    import_prepaid.post(values, cards, opening, update_balances=False)
    if isinstance(database.obj, PostgresqlDatabase):
        # Explicit ids do not move PostgreSQL's sequence.
        database.execute_sql(
            "SELECT setval(pg_get_serial_sequence('\"customer\"', 'id'), "
            '(SELECT MAX(id) FROM "customer"))'
        )
    return links


def post_openings(openings: list[tuple[int, int]], opening: Opening) -> None:
    """The opening balances of existing customers, (customer id, points), each with an
    empty ledger (the caller checked it under the write lock)."""
    if not openings:
        return
    cursor = database.cursor()
    cursor.executemany(
        _insert_sql(PointsEntry, _ENTRY_COLUMNS), [opening.entry(c, p) for c, p in openings]
    )
    table, column = Customer._meta.table_name, Customer.points_balance.column_name
    cursor.executemany(
        f'UPDATE "{table}" SET "{column}" = {database.param} WHERE id = {database.param}',
        [(p, c) for c, p in openings],
    )
