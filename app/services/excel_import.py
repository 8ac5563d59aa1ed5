"""Customers from an .xlsx file (SPEC §6, §9): read and check every row first, then write
all of them in one transaction, or nothing.

`read_customers` reads the file and the database and writes nothing (the dry run and
the window's preview); `apply` writes a plan without problems. Reading the workbook
and turning cells into card values is `import_parsing`'s, writing new cards in bulk
`import_writing`'s, the template `import_template`'s; the checks of each card are the
card editor's own (`validation.normalise` and `customer_errors`).

Decisions:
- A file that cannot be read as a customer list (missing, not an .xlsx, an old .xls,
  a password, no header row with the name column, no rows) raises `ServiceError`:
  there is no row to put the message beside. Everything about rows and columns is a
  `Problem` of the plan, and any problem blocks the whole import.
- An existing customer is found by member number when the row has one, else by
  mobile. Her empty cells keep what her card holds (an import never wipes a card),
  and so do the columns the file lacks.
- New customers are written with prepared statements, as `demo` writes its sample
  shop; updates go through `customers.update_customer`, so each changed field is
  recorded in the card's history. `apply` refuses a plan read before another counter
  saved a card (the file must be checked again).
- The 积分 column is an opening balance (a shop moving from paper or another
  program), posted as one `opening` entry of the points ledger in the import's own
  transaction. A customer who already has points entries keeps her ledger: a
  different number is a problem of the row (an adjustment on her card changes
  points), the same number is nothing to do. Zero posts nothing.
- Opening stored value and an opening package card (储值本金, 储值赠送, 次卡…) are
  read, checked and written by `import_prepaid` under the same rules.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from operator import itemgetter
from pathlib import Path
from typing import Any

from app.models import Customer, PointsEntry, database
from app.models.backend import lock_customer, posting
from app.services import customer_columns as cc
from app.services import customers, import_prepaid, import_writing, phones
from app.services import import_parsing as parse
from app.services.dto import CustomerData
from app.services.import_template import write_template
from app.services.messages import (
    QT_TRANSLATE_NOOP,
    FieldError,
    Message,
    ServiceError,
    ValidationError,
)
from app.services.validation import BAD_LEAP, BAD_LEAP_SOLAR, clean_text, customer_errors, normalise

ROW_PROBLEM = QT_TRANSLATE_NOOP("Messages", "row {row}: {column}: {reason}")

NO_ROWS = QT_TRANSLATE_NOOP("Messages", "{file} has no customers below its header row.")
HAS_POINTS = QT_TRANSLATE_NOOP(
    "Messages",
    "This customer already has {balance} points: change them with an adjustment on her card.",
)
DUPLICATE_COLUMN = QT_TRANSLATE_NOOP(
    "Messages", "This column appears twice (columns {first} and {second}): keep one."
)
DUPLICATE_MEMBER_NO = QT_TRANSLATE_NOOP(
    "Messages", "Member number {member_no} is also on row {row}."
)
DUPLICATE_MOBILE = QT_TRANSLATE_NOOP(
    "Messages",
    "Mobile {mobile} is also on row {row} and neither row has a member number: "
    "give each customer her member number, or remove the repeated row.",
)
SAME_CUSTOMER = QT_TRANSLATE_NOOP(
    "Messages", "Row {row} already updates this customer ({name} · {member_no})."
)
AMBIGUOUS_MOBILE = QT_TRANSLATE_NOOP(
    "Messages",
    "{count} customers have the mobile {mobile}: write the member number of the one to update.",
)
HAS_PROBLEMS = QT_TRANSLATE_NOOP(
    "Messages", "The file has {count} problems: nothing was imported. Fix them and check again."
)
STALE = QT_TRANSLATE_NOOP(
    "Messages",
    "The customers changed since the file was checked: nothing was imported. "
    "Please check the file again.",
)


_LEAP_PROBLEMS = (BAD_LEAP, BAD_LEAP_SOLAR)


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class Problem:
    """Why the file cannot be imported, at a spreadsheet row and a column as headed in
    the file. Shown as ROW_PROBLEM, "row {row}: {column}: {reason}"."""

    row: int
    column: str
    message: Message


@dataclass(frozen=True)
class PlannedRow:
    """One customer row of the file: the card as it will be saved and what happens to it."""

    row: int  # the spreadsheet's row number
    data: CustomerData  # an update: her card with the row's non-empty cells written over it
    customer_id: int | None  # the existing customer this row updates
    action: Action
    cells: tuple[object, ...] = ()  # the row as read, under ImportPlan.columns
    referrer_id: int | None = None  # the referrer is this existing customer
    referrer_row: int | None = None  # the referrer is a new customer, on this row of the file
    points: int = 0  # the opening balance to post (0: none)
    prepaid: import_prepaid.Openings = import_prepaid.NOTHING  # stored value, a card to open


@dataclass(frozen=True)
class ImportPlan:
    rows: list[PlannedRow]
    problems: list[Problem]
    ignored_columns: list[str]  # headers that are not in the contract, as written
    header_row: int
    columns: list[str] = field(default_factory=list)  # the header row's texts
    sheet: str = ""
    snapshot: tuple[object, ...] = ()  # the customers as they were when read
    file: str = ""  # the file's name, kept in the note of the opening balances

    def count(self, action: Action) -> int:
        return sum(1 for r in self.rows if r.action == action)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    opening_balances: int = 0  # customers whose opening points were posted
    opening_values: int = 0  # customers whose opening stored value was posted
    opening_cards: int = 0  # opening package cards made


class _Reader:
    """Checks one file's rows against the customers in the database (read in one query)."""

    def __init__(self) -> None:
        self.problems: list[tuple[int, int, Problem]] = []  # (row, column position, problem)
        self.headers: dict[str, str] = {}  # column key → the header as written
        self.positions: dict[str, int] = {}
        self.ignored: list[str] = []
        self.chinese = True
        self.text_positions: dict[str, int] = {}
        self.by_no: dict[str, tuple[int, bool]] = {}  # member number → (id, erased)
        self.by_mobile: dict[str, list[int]] = {}  # mobile → ids, oldest card first
        self.names: dict[int, tuple[str, str]] = {}  # id → (name, member number)
        for cid, member_no, mobile, erased, name in database.execute_sql(
            'SELECT id, member_no, mobile, erased, name FROM "customer" ORDER BY id'
        ):
            self.by_no[member_no] = (cid, bool(erased))
            self.names[cid] = (name, member_no)
            if mobile and not erased:
                self.by_mobile.setdefault(mobile, []).append(cid)
        # The file so far: the first row of each member number and mobile, row → customer.
        self.rows_by_no: dict[str, int] = {}
        self.rows_by_mobile: dict[str, int] = {}  # rows without a member number
        self.any_row_by_mobile: dict[str, int] = {}
        self.targets: dict[int, int] = {}  # customer id → the row that updates her
        self.row_target: dict[int, int | None] = {}
        self.row_member_no: dict[int, str] = {}
        self.has_prepaid = False  # the file has a stored-value or package column

    def problem(self, row: int, key: str, message: Message, header: str = "") -> None:
        column = header or self.headers.get(key) or self.label(key)
        self.problems.append((row, self.positions.get(key, -1), Problem(row, column, message)))

    def label(self, key: str) -> str:
        """A field's header in the file's language, for a field the file has no column for."""
        column = cc.BY_KEY.get(key)
        if column is None:
            return key
        return column.zh if self.chinese else column.key

    def map_columns(self, row: int, cells: tuple[object, ...]) -> None:
        for position, value in enumerate(cells):
            text = parse.header_text(value)
            column = cc.column_for_header(text) if text else None
            if column is None:
                if text:
                    self.ignored.append(parse.text_of(value).strip())
                continue
            if not column.importable:
                continue  # computed columns an export writes (last visit, total spent)
            if column.key in self.positions:
                first = parse.column_letter(self.positions[column.key])
                params = {"first": first, "second": parse.column_letter(position)}
                self.problem(row, column.key, Message(DUPLICATE_COLUMN, params), text)
                continue
            self.headers[column.key] = text
            self.positions[column.key] = position
        self.chinese = any(_has_han(h) for h in self.headers.values())
        self.has_prepaid = any(k in self.headers for k in (*cc.STORED_VALUE_KEYS, *cc.PACKAGE_KEYS))
        self.text_positions = {k: p for k, p in self.positions.items() if k in parse.TEXT_KEYS}

    def share(
        self, cells: tuple[object, ...], found: dict[str, object], data: CustomerData
    ) -> tuple[object, ...]:
        """The row's cells holding the card's own strings where they are equal: the
        normalised card copies every text, and 100,000 rows would keep both."""
        shared: list[object] | None = None
        for key, value in found.items():
            position = self.text_positions.get(key)
            if position is not None:
                kept = getattr(data, key)
                if kept is not value and kept == value:
                    if shared is None:
                        shared = list(cells)
                    shared[position] = kept
        return cells if shared is None else tuple(shared)

    def customer_rows(
        self, rows: Iterator[tuple[int, tuple[object, ...]]]
    ) -> Iterator[tuple[int, tuple[object, ...], dict[str, object]]]:
        """(row number, cells, the non-empty cells by column key) of each row that has any;
        the cells are padded to the header's width."""
        keys = tuple(self.positions)
        positions = tuple(self.positions.values())
        width = max(positions) + 1
        pick = itemgetter(*positions) if len(positions) > 1 else lambda c: (c[positions[0]],)
        for number, cells in rows:
            if len(cells) < width:
                cells = cells + (None,) * (width - len(cells))
            found = {
                key: value
                for key, value in zip(keys, pick(cells), strict=True)
                if value is not None and (not isinstance(value, str) or value.strip())
            }
            if found:
                yield number, cells, found

    # -- who each row is ----------------------------------------------------------------
    def match(self, row: int, member_no: str, mobile: str) -> int | None:
        """The existing customer the row updates: by member number, else by mobile
        (both normalised)."""
        self.row_member_no[row] = member_no
        if phones.is_mobile(mobile):
            self.any_row_by_mobile.setdefault(mobile, row)
        target = None
        repeated = False
        if member_no:
            first = self.rows_by_no.setdefault(member_no, row)
            if repeated := first != row:
                params = {"member_no": member_no, "row": first}
                self.problem(row, "member_no", Message(DUPLICATE_MEMBER_NO, params))
            found = self.by_no.get(member_no)
            if found is not None and found[1]:
                self.problem(row, "member_no", Message(customers.ERASED))
            elif found is not None:
                target = found[0]
        elif phones.is_mobile(mobile):
            first = self.rows_by_mobile.setdefault(mobile, row)
            if repeated := first != row:
                params = {"mobile": mobile, "row": first}
                self.problem(row, "mobile", Message(DUPLICATE_MOBILE, params))
            ids = self.by_mobile.get(mobile, [])
            if len(ids) == 1:
                target = ids[0]
            elif ids and not repeated:
                params = {"count": len(ids), "mobile": mobile}
                self.problem(row, "mobile", Message(AMBIGUOUS_MOBILE, params))
        if target is not None:
            first = self.targets.setdefault(target, row)
            if first != row and not repeated:  # a repeated row is reported once
                name, number = self.names[target]
                params = {"row": first, "name": name, "member_no": number}
                self.problem(
                    row, "member_no" if member_no else "mobile", Message(SAME_CUSTOMER, params)
                )
        self.row_target[row] = target
        return target

    def referrer(self, text: str) -> tuple[int | None, int | None, str] | None:
        """(existing customer id, or the file's row of a new customer, member number) of
        the customer a referrer cell names: a member number, else a mobile (the oldest
        card with it, as in the card editor). None when nobody."""
        number = text.upper()
        row = self.rows_by_no.get(number)
        found = self.by_no.get(number)
        if found is None and row is None:
            mobile = phones.normalise_mobile(text)
            if not phones.is_mobile(mobile):
                return None
            ids = self.by_mobile.get(mobile)
            if ids:
                return ids[0], None, self.names[ids[0]][1]
            row = self.any_row_by_mobile.get(mobile)
            if row is None:
                return None
        if row is not None:
            target = self.row_target.get(row)
            if target is None:
                return None, row, self.row_member_no.get(row, "")
            return target, None, self.names[target][1]
        assert found is not None
        return found[0], None, number


def _has_han(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _snapshot() -> tuple[object, ...]:
    """Changes when a card is added, changed, archived or erased."""
    row = database.execute_sql(
        'SELECT COUNT(*), MAX(id), MAX(updated_at) FROM "customer"'
    ).fetchone()
    return tuple(row)


def _opening(found: dict[str, object], report: Callable[[str, Message], None]) -> int | None:
    """The row's opening points (None: the cell is empty or bad, and a bad one reported)."""
    if "points" not in found:
        return None
    try:
        return parse.points_of(found["points"])
    except parse.CellError as exc:
        report("points", exc.message)
        return None


def _ledger_balances(ids: list[int]) -> dict[int, int]:
    """The balance of each of these customers who has any points entry."""
    found: dict[int, int] = {}
    entry, customer = PointsEntry._meta.table_name, Customer._meta.table_name
    column = PointsEntry.customer.column_name
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join([database.param] * len(chunk))
        found.update(
            database.execute_sql(
                f'SELECT id, points_balance FROM "{customer}" WHERE id IN ({marks}) AND EXISTS '
                f'(SELECT 1 FROM "{entry}" WHERE "{column}" = "{customer}".id)',
                chunk,
            ).fetchall()
        )
    return found


def _existing_cards(ids: list[int]) -> dict[int, CustomerData]:
    """The cards the file updates, without their photos (no column touches them, and
    thousands of photos would sit in memory until Import; `apply` puts them back)."""
    cards: dict[int, CustomerData] = {}
    for start in range(0, len(ids), 500):
        for customer in Customer.select().where(Customer.id.in_(ids[start : start + 500])):
            cards[customer.id] = replace(customers.card_data(customer), photo=None)
    return cards


# (row, cells, the checked new card or an update's fields, her id, referrer cell, leap from
# 闰月, opening points: None when the row has none, opening stored value and card)
_Pending = tuple[
    int, tuple[object, ...], Any, int | None, str, bool, int | None, import_prepaid.Openings
]


@dataclass(frozen=True)
class _Held:
    """What the customers a file updates already hold: points balances of those with a
    ledger, and their stored value and package cards."""

    points: dict[int, int]
    prepaid: import_prepaid.Existing


def read_customers(path: Path, today: date) -> ImportPlan:
    """Read and check every customer row of an .xlsx file; writes nothing.

    Raises ServiceError when the file cannot be read as a customer list; every
    problem with a row or a column is in the plan's `problems`."""
    path = Path(path)
    reader = _Reader()
    snapshot = _snapshot()
    pending: list[_Pending] = []
    with _bulk(), parse.open_sheet(path) as sheet:
        reader.map_columns(sheet.header_row, sheet.header)
        for row, cells, found in reader.customer_rows(sheet.rows):

            def report(key: str, message: Message, row: int = row) -> None:
                reader.problem(row, key, message)

            fields, leap_from_column = parse.row_fields(found, report)
            referrer = clean_text(fields.pop("referrer")) if "referrer" in fields else ""
            opening = _opening(found, report)
            prepaid = (
                import_prepaid.row_openings(found, report)
                if reader.has_prepaid
                else import_prepaid.NOTHING
            )
            # Normalised at once, as the card keeps member numbers and mobiles.
            data = normalise(CustomerData(**{"name": "", **fields}))
            target = reader.match(row, data.member_no, data.mobile)
            if target is None:
                # A new card is checked here: 100,000 rows of cells need not wait.
                _report_errors(reader, today, row, data, leap_from_column)
                cells = reader.share(cells, found, data)
                pending.append(
                    (row, cells, data, None, referrer, leap_from_column, opening, prepaid)
                )
            else:
                pending.append(
                    (row, cells, fields, target, referrer, leap_from_column, opening, prepaid)
                )
        if not pending:
            raise parse.file_error(NO_ROWS, path)
        cards = _existing_cards([p[3] for p in pending if p[3] is not None])
        held = _Held(
            _ledger_balances([p[3] for p in pending if p[3] is not None and p[6]]),
            import_prepaid.existing([p[3] for p in pending if p[3] is not None and p[7]]),
        )
        planned = [_plan_row(reader, today, *p, cards, held) for p in pending]
    reader.problems.sort(key=lambda p: (p[0], p[1]))
    return ImportPlan(
        rows=planned,
        problems=[p for _, _, p in reader.problems],
        ignored_columns=reader.ignored,
        header_row=sheet.header_row,
        columns=[parse.text_of(c).strip() for c in sheet.header],
        sheet=sheet.title,
        snapshot=snapshot,
        file=path.name,
    )


@contextmanager
def _bulk() -> Iterator[None]:
    """No cyclic garbage collection while a large file's rows pile up: its full passes
    over the growing heap cost ~15% of a 100,000-row import (measured in bench_import);
    the rows hold no cycles, and collection resumes afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _report_errors(
    reader: _Reader, today: date, row: int, data: CustomerData, leap_from_column: bool
) -> None:
    """Each problem of a normalised card, as the card editor finds it."""
    for error in customer_errors(data, today):
        reader.problem(row, _column_of(error, leap_from_column), error.message)


def _plan_row(
    reader: _Reader,
    today: date,
    row: int,
    cells: tuple[object, ...],
    data_or_fields: Any,
    target: int | None,
    referrer: str,
    leap_from_column: bool,
    opening: int | None,
    prepaid: import_prepaid.Openings,
    cards: dict[int, CustomerData],
    held: _Held,
) -> PlannedRow:
    referrer_id = referrer_row = None
    member_no = None
    if referrer:
        found = reader.referrer(referrer)
        if found is None:
            params = {"value": referrer}
            reader.problem(row, "referrer", Message(customers.REFERRER_UNKNOWN, params))
        else:
            referrer_id, referrer_row, member_no = found
            if referrer_row == row or (target is not None and referrer_id == target):
                reader.problem(row, "referrer", Message(customers.REFERRER_SELF))
    points = opening or 0
    if target is None:
        data = data_or_fields
        if member_no:
            data = replace(data, referrer=member_no)
        return PlannedRow(
            row, data, None, Action.CREATE, cells, referrer_id, referrer_row, points, prepaid
        )
    base = cards[target]
    fields = data_or_fields if member_no is None else {**data_or_fields, "referrer": member_no}
    data = normalise(replace(base, **fields))
    _report_errors(reader, today, row, data, leap_from_column)
    ledgers = held.points
    if target in ledgers:
        # Her ledger is history: the file never writes over it.
        if opening is not None and opening != ledgers[target]:
            reader.problem(row, "points", Message(HAS_POINTS, {"balance": ledgers[target]}))
        points = 0
    if prepaid:

        def report(key: str, message: Message) -> None:
            reader.problem(row, key, message)

        prepaid = import_prepaid.for_existing(target, prepaid, held.prepaid, report)
    changed = referrer_row is not None or points > 0 or bool(prepaid) or _changed(base, data)
    action = Action.UPDATE if changed else Action.UNCHANGED
    return PlannedRow(row, data, target, action, cells, referrer_id, referrer_row, points, prepaid)


def _column_of(error: FieldError, leap_from_column: bool) -> str:
    """The column to name for a card's problem: a leap month that does not exist came
    from the 闰月 column when the birthday itself did not say 闰."""
    if leap_from_column and error.field == "birthday" and error.message.text in _LEAP_PROBLEMS:
        return "leap_month"
    return error.field


def _changed(old: CustomerData, new: CustomerData) -> bool:
    """Whether saving `new` over `old` changes a field of the card's history (the test
    `customers.update_customer` makes)."""
    before = customers._history_values(old)
    after = customers._history_values(new)
    return any(before[f] != after[f] for f in customers.TRACKED_FIELDS)


def apply(plan: ImportPlan, operator: str, now: datetime) -> ImportResult:
    """Write a checked plan in one transaction: all its customers or, on any error, none.

    Refuses (ServiceError) a plan with problems, and one read before the customers
    changed (another counter saved a card, or posted points to a customer whose opening
    balance the file brings, meanwhile): check the file again."""
    if plan.problems:
        raise ServiceError(Message(HAS_PROBLEMS, {"count": len(plan.problems)}))
    new = [r for r in plan.rows if r.action == Action.CREATE]
    changed = [r for r in plan.rows if r.action == Action.UPDATE]
    openings = [(r.customer_id, r.points) for r in changed if r.customer_id and r.points > 0]
    values = [
        (r.customer_id, r.prepaid.value)
        for r in changed
        if r.customer_id is not None and r.prepaid.value is not None
    ]
    new_cards = [
        (r.customer_id, r.prepaid.card)
        for r in changed
        if r.customer_id is not None and r.prepaid.card is not None
    ]
    # Under the write lock (as a points posting): no counter posts points between the
    # check that her ledger is empty and her opening entry.
    with _bulk(), posting():
        if _snapshot() != plan.snapshot:
            raise ServiceError(Message(STALE))
        for cid in sorted({cid for cid, _ in [*openings, *values, *new_cards]}):
            lock_customer(cid)  # PostgreSQL: her row, as a posting holds it
        if _ledger_balances([cid for cid, _ in openings]):
            raise ServiceError(Message(STALE))
        if import_prepaid.taken(values, new_cards):
            raise ServiceError(Message(STALE))
        numbers = import_writing.member_numbers(new)
        opening = import_writing.Opening(operator, now, plan.file)
        links = import_writing.insert_new(new, numbers, operator, now, opening)
        if links:
            column = Customer.referrer.column_name
            database.cursor().executemany(
                f'UPDATE "customer" SET "{column}" = {database.param} WHERE id = {database.param}',
                links,
            )
        for r in changed:
            assert r.customer_id is not None
            data = replace(r.data, photo=customers.photo(r.customer_id))
            if r.referrer_row is not None:
                data = replace(data, referrer=numbers[r.referrer_row])
            try:
                customers.update_customer(r.customer_id, data, operator, now)
            except ValidationError as exc:
                raise ServiceError(Message(STALE)) from exc
        import_writing.post_openings(openings, opening)
        import_prepaid.post(values, new_cards, opening, update_balances=True)
    posted = sum(1 for r in new if r.points > 0) + len(openings)
    return ImportResult(
        len(new),
        len(changed),
        plan.count(Action.UNCHANGED),
        posted,
        sum(1 for r in new if r.prepaid.value) + len(values),
        sum(1 for r in new if r.prepaid.card) + len(new_cards),
    )


__all__ = [
    "ROW_PROBLEM",
    "Action",
    "ImportPlan",
    "ImportResult",
    "PlannedRow",
    "Problem",
    "apply",
    "read_customers",
    "write_template",
]
