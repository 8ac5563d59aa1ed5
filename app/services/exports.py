"""What the shop exports to Excel: the customer list, visits, follow-ups, family birthdays.

Each list is written as it is shown: the caller passes the customer ids in list
order (`search(...).ids`). The customers sheet follows the import contract of
`customer_columns` exactly, so an exported sheet imports again. Headers and sheet
titles of the other sheets are kept here in both languages, like the contract's.

Rows are read a chunk of customers at a time with one query per kind of record
(plus one for tags), never a card at a time: 100,000 customers export in seconds
and never sit in memory at once.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from peewee import JOIN, DateField

from app.models import Customer, CustomerTag, FamilyMember, FollowUp, Tag, Visit, VisitItem
from app.models import database as db
from app.models.enums import Calendar, FollowUpChannel, Gender, Grade
from app.services import customer_columns as cc
from app.services.customer_columns import Column, Kind
from app.services.excel import Sheet, SheetColumn, write_workbook
from app.services.messages import QT_TRANSLATE_NOOP, Message, ServiceError
from app.services.search import SearchQuery, search

POINTS_NOT_KEPT = QT_TRANSLATE_NOOP(
    "Messages", "Points are not kept yet: there is nothing to export."
)
COMPLAINTS_NOT_KEPT = QT_TRANSLATE_NOOP(
    "Messages", "Complaints are not kept yet: there is nothing to export."
)
UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "Messages", "Cannot export {kind}: choose customers, visits or all."
)
KINDS = ("customers", "visits", "all")
NOT_KEPT_YET = {"points": POINTS_NOT_KEPT, "complaints": COMPLAINTS_NOT_KEPT}
CHUNK = 500  # customers per query: well under SQLite's 999 parameters

TITLES = {
    "customers": ("客户", "customers"),
    "visits": ("消费记录", "visits"),
    "follow_ups": ("回访记录", "follow-ups"),
    "family": ("家属生日", "family birthdays"),
    "columns": ("列说明", "columns"),
}
CHANNELS: dict[FollowUpChannel, tuple[str, str]] = {
    FollowUpChannel.PHONE: ("电话", "phone"),
    FollowUpChannel.WECHAT: ("微信", "WeChat"),
    FollowUpChannel.IN_STORE: ("到店", "in the shop"),
    FollowUpChannel.HOME: ("上门", "home visit"),
}
EXPORTED: tuple[Column, ...] = tuple(c for c in cc.COLUMNS if c.exported)


def _c(key: str, zh: str, kind: Kind, width: int, zh_note: str, en_note: str) -> Column:
    return Column(key, zh, kind, importable=False, width=width, zh_note=zh_note, en_note=en_note)


T, D, N, M = Kind.TEXT, Kind.DATE, Kind.INT, Kind.MONEY
_MEMBER = _c("member_no", "会员号", T, 10, "客户的会员号", "the customer's member number")
_NAME = _c("name", "姓名", T, 10, "客户姓名", "the customer's name")
VISIT_COLUMNS = (
    _c("date", "日期", D, 12, "消费日期", "day of the visit"),
    _c("visit_no", "单号", N, 8, "同一次消费的各项相同", "the same for a visit's items"),
    _MEMBER,
    _NAME,
    _c("item", "项目", T, 16, "商品或服务", "product or service"),
    _c("spec", "规格", T, 12, "规格、尺码、颜色", "spec, size, colour"),
    _c("quantity", "数量", N, 6, "件数或次数", "how many"),
    _c("unit_price", "单价", M, 10, "", ""),
    _c("amount", "金额", M, 10, "数量×单价", "quantity × unit price"),
    _c("visit_total", "本次合计", M, 10, "整次消费，只在第一行", "whole visit, first row only"),
    _c("staff", "服务人员", T, 8, "接待的员工", "who served her"),
    _c("note", "备注", T, 20, "本次消费的备注，只在第一行", "the visit's note, first row only"),
)
FOLLOW_UP_COLUMNS = (
    _c("date", "日期", D, 12, "回访日期", "day of the follow-up"),
    _MEMBER,
    _NAME,
    _c("channel", "方式", Kind.CHOICE, 8, "电话/微信/到店/上门", "phone/WeChat/in the shop/home"),
    _c("content", "内容", T, 30, "沟通内容", "what was said"),
    _c("satisfaction", "满意度", N, 6, "1–5", "1–5"),
    _c("next_due", "下次回访", D, 12, "计划的下次回访日期", "when to follow up next"),
    _c("operator", "记录人", T, 8, "谁记录的", "who recorded it"),
)
FAMILY_COLUMNS = (
    _MEMBER,
    _NAME,
    _c("relation", "关系", T, 8, "如 丈夫、女儿", "e.g. husband, daughter"),
    _c("family_name", "家属姓名", T, 10, "家属的姓名", "the relative's name"),
    cc.BY_KEY["birthday"],
    cc.BY_KEY["calendar"],
    cc.BY_KEY["leap_month"],
)
EXPLAIN_COLUMNS = (
    _c("sheet", "工作表", T, 14, "", ""),
    _c("chinese", "中文列名", T, 14, "", ""),
    _c("english", "英文列名", T, 14, "", ""),
    _c("meaning", "说明", T, 60, "", ""),
)
KIND_NOTES: dict[Kind, tuple[str, str]] = {
    Kind.TEXT: ("文字", "text"),
    Kind.DATE: ("日期", "a date"),
    Kind.INT: ("整数", "a whole number"),
    Kind.MONEY: ("金额（元）", "money (yuan)"),
    Kind.CHOICE: ("选项", "a choice"),
    Kind.BOOL: ("是/否", "yes/no"),
}


def _zh(language: str) -> bool:
    return language.startswith("zh")


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[0] if _zh(language) else pair[1]


def _sheet_columns(columns: Sequence[Column], language: str) -> list[SheetColumn]:
    return [SheetColumn(c.header(language), c.kind, c.width) for c in columns]


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def _per_chunk(build: Callable[[list[int]], Any]) -> Callable[[list[int]], list[tuple[Any, ...]]]:
    """Run the query `build(chunk)` chunk after chunk, as raw rows (peewee's conversion of
    each value costs more than the query), its SQL made once per chunk size (peewee takes
    ~5 ms to build an IN of 500 ids, as long as SQLite takes to run it)."""
    made: dict[int, str] = {}

    def fetch(chunk: list[int]) -> list[tuple[Any, ...]]:
        sql = made.get(len(chunk))
        if sql is None:
            sql, params = build(chunk).sql()
            if list(params) != chunk:  # other parameters: no reuse
                return list(db.execute_sql(sql, params).fetchall())
            made[len(chunk)] = sql
        return list(db.execute_sql(sql, chunk).fetchall())

    return fetch


def _day(value: Any) -> date | None:
    return date.fromisoformat(value[:10]) if isinstance(value, str) else value


def birthday_cells(
    calendar: str, year: int | None, month: int | None, day: int | None, leap: Any, language: str
) -> tuple[object, str, str]:
    """(birthday, 历法, 闰月) as the import reads them: a date cell for a whole solar
    date, else text 'MM-DD' or 'YYYY-MM-DD'; 闰月 only for lunar dates."""
    if month is None or day is None:
        return None, "", ""
    cal = Calendar(calendar)
    text = f"{month:02d}-{day:02d}" if year is None else f"{year:04d}-{month:02d}-{day:02d}"
    if cal == Calendar.LUNAR:
        return text, cc.label(cc.CALENDARS, cal, language), cc.label(cc.BOOLS, bool(leap), language)
    value: object = text
    if year is not None:
        with contextlib.suppress(ValueError):  # a year that does not fit the day stays text
            value = date(year, month, day)
    return value, cc.label(cc.CALENDARS, cal, language), ""


def _anniversary(year: int | None, month: int | None, day: int | None) -> object:
    return birthday_cells(Calendar.SOLAR, year, month, day, False, "en")[0]


# Exported columns filled from other fields; every other one is the Customer field of its key
# (a new contract column that is neither fails here, at import, not in a shop's export).
_COMPUTED = ("birthday", "calendar", "leap_month", "anniversary", "tags", "referrer", "total_spent")
_Ref = Customer.alias()
_DIRECT = [Customer._meta.fields[c.key] for c in EXPORTED if c.key not in _COMPUTED]
_DATES = [f.name for f in _DIRECT if isinstance(f, DateField)]
_EXTRA = (
    Customer.birth_calendar, Customer.birth_year, Customer.birth_month, Customer.birth_day,
    Customer.birth_leap, Customer.anniversary_year, Customer.anniversary_month,
    Customer.anniversary_day, _Ref.member_no, Customer.total_spent_fen,
)  # fmt: skip
_NAMES = ["id", *(f.name for f in _DIRECT), *(f.name for f in _EXTRA[:-2]), "referrer", "spent"]


def customer_rows(ids: Sequence[int], language: str) -> Iterator[list[object]]:
    """The exported columns of these customers, in the order given."""
    sep = "、" if _zh(language) else ", "
    keys = [c.key for c in EXPORTED]
    customers = _per_chunk(
        lambda chunk: (
            Customer.select(Customer.id, *_DIRECT, *_EXTRA)
            .join(_Ref, JOIN.LEFT_OUTER, on=(Customer.referrer == _Ref.id))
            .where(Customer.id.in_(chunk))
        )
    )
    tags_of = _per_chunk(
        lambda chunk: (
            CustomerTag.select(CustomerTag.customer, Tag.name)
            .join(Tag)
            .where(CustomerTag.customer.in_(chunk))
            .order_by(Tag.name)
        )
    )
    for chunk in _chunks(ids):
        found = {r[0]: r for r in customers(chunk)}
        tags: dict[int, list[str]] = defaultdict(list)
        for customer_id, tag in tags_of(chunk):
            tags[customer_id].append(tag)
        for customer_id in chunk:
            if customer_id not in found:
                continue
            v = dict(zip(_NAMES, found[customer_id], strict=True))
            v["gender"] = cc.label(cc.GENDERS, Gender(v["gender"]), language)
            v["grade"] = cc.label(cc.GRADES, Grade(v["grade"]), language)
            v["marketing_consent"] = cc.label(cc.BOOLS, bool(v["marketing_consent"]), language)
            v["birthday"], v["calendar"], v["leap_month"] = birthday_cells(
                v["birth_calendar"], v["birth_year"], v["birth_month"], v["birth_day"],
                v["birth_leap"], language,
            )  # fmt: skip
            v["anniversary"] = _anniversary(
                v["anniversary_year"], v["anniversary_month"], v["anniversary_day"]
            )
            v["tags"] = sep.join(tags.get(customer_id, ()))
            v["total_spent"] = v["spent"]
            for name in _DATES:
                v[name] = _day(v[name])
            yield [v[k] for k in keys]


def customers_sheet(ids: Sequence[int], language: str) -> Sheet:
    columns = _sheet_columns(EXPORTED, language)
    return Sheet(_pick(TITLES["customers"], language), columns, customer_rows(ids, language))


def _by_customer(
    ids: Sequence[int],
    query_of: Callable[[list[int]], Any],
    row_of: Callable[[tuple[Any, ...]], list[object]],
) -> Iterator[list[object]]:
    """Records of a chunk of customers in one query (its first column the customer id),
    written in the customers' list order."""
    fetch = _per_chunk(query_of)
    for chunk in _chunks(ids):
        groups: dict[int, list[list[object]]] = defaultdict(list)
        for record in fetch(chunk):
            groups[record[0]].append(row_of(record))
        for customer_id in chunk:
            yield from groups.get(customer_id, ())


_VISIT_FIELDS = (
    Visit.customer, Visit.id, Visit.visited_on, Customer.member_no, Customer.name,
    VisitItem.name, VisitItem.spec, VisitItem.quantity, VisitItem.price_fen,
    Visit.amount_fen, Visit.staff, Visit.note,
)  # fmt: skip


def visits_sheet(ids: Sequence[int], language: str) -> Sheet:
    """One row per item bought or service done, newest visit first for each customer."""
    previous: int | None = None  # the visit of the row before: its total is written once

    def query(chunk: list[int]) -> Any:
        return (
            Visit.select(*_VISIT_FIELDS)
            .join(Customer)
            .switch(Visit)
            .join(VisitItem, join_type=JOIN.LEFT_OUTER)
            .where(Visit.customer.in_(chunk))
            .order_by(Visit.customer, Visit.visited_on.desc(), Visit.id.desc(), VisitItem.id)
        )

    def row(r: tuple[Any, ...]) -> list[object]:
        nonlocal previous
        _, vid, day, member_no, name, item, spec, qty, price, total, staff, note = r
        first, previous = vid != previous, vid
        amount = qty * price if qty is not None and price is not None else None
        return [_day(day), vid, member_no, name, item, spec, qty, price, amount,
                total if first else None, staff, note if first else None]  # fmt: skip

    columns = _sheet_columns(VISIT_COLUMNS, language)
    return Sheet(_pick(TITLES["visits"], language), columns, _by_customer(ids, query, row))


_FOLLOW_UP_FIELDS = (
    FollowUp.customer, FollowUp.done_on, Customer.member_no, Customer.name, FollowUp.channel,
    FollowUp.content, FollowUp.satisfaction, FollowUp.next_due, FollowUp.operator,
)  # fmt: skip


def follow_ups_sheet(ids: Sequence[int], language: str) -> Sheet:
    """One row per follow-up, newest first for each customer."""

    def query(chunk: list[int]) -> Any:
        return (
            FollowUp.select(*_FOLLOW_UP_FIELDS)
            .join(Customer)
            .where(FollowUp.customer.in_(chunk))
            .order_by(FollowUp.customer, FollowUp.done_on.desc(), FollowUp.id.desc())
        )

    def row(r: tuple[Any, ...]) -> list[object]:
        channel = _pick(CHANNELS[FollowUpChannel(r[4])], language)
        return [_day(r[1]), r[2], r[3], channel, r[5], r[6], _day(r[7]), r[8]]

    columns = _sheet_columns(FOLLOW_UP_COLUMNS, language)
    return Sheet(_pick(TITLES["follow_ups"], language), columns, _by_customer(ids, query, row))


_FAMILY_FIELDS = (
    FamilyMember.customer, Customer.member_no, Customer.name, FamilyMember.relation,
    FamilyMember.name, FamilyMember.birth_calendar, FamilyMember.birth_year,
    FamilyMember.birth_month, FamilyMember.birth_day, FamilyMember.birth_leap,
)  # fmt: skip


def family_sheet(ids: Sequence[int], language: str) -> Sheet:
    """The family members kept on the cards, with their birthdays as on the customers sheet."""

    def query(chunk: list[int]) -> Any:
        return (
            FamilyMember.select(*_FAMILY_FIELDS)
            .join(Customer)
            .where(FamilyMember.customer.in_(chunk))
            .order_by(FamilyMember.customer, FamilyMember.id)
        )

    def row(r: tuple[Any, ...]) -> list[object]:
        return [r[1], r[2], r[3], r[4], *birthday_cells(r[5], r[6], r[7], r[8], r[9], language)]

    columns = _sheet_columns(FAMILY_COLUMNS, language)
    return Sheet(_pick(TITLES["family"], language), columns, _by_customer(ids, query, row))


def _explain_rows(language: str, today: date | None) -> Iterator[list[object]]:
    if today is not None:
        yield ["", "导出日期", "exported_on", today.isoformat()]
    join = "；" if _zh(language) else "; "
    for key, columns in (
        ("customers", EXPORTED),
        ("visits", VISIT_COLUMNS),
        ("follow_ups", FOLLOW_UP_COLUMNS),
        ("family", FAMILY_COLUMNS),
    ):
        for c in columns:
            meaning = join.join(
                filter(None, [_pick(KIND_NOTES[c.kind], language), c.note(language)])
            )
            yield [_pick(TITLES[key], language), c.zh, c.key, meaning]


def columns_sheet(language: str, today: date | None = None) -> Sheet:
    """What every column of the other sheets holds, with its header in both languages."""
    columns = _sheet_columns(EXPLAIN_COLUMNS, language)
    return Sheet(_pick(TITLES["columns"], language), columns, _explain_rows(language, today))


def _list_ids() -> list[int]:
    """The customer list as it opens: cards on the counter list, in its order."""
    return search(SearchQuery()).ids


def _every_card_ids() -> list[int]:
    """Every card that still holds personal data (archived ones too), by member number."""
    query = Customer.select(Customer.id).where(Customer.erased == False)  # noqa: E712
    return [c.id for c in query.order_by(Customer.member_no)]


def export(
    kind: str,
    path: Path,
    language: str,
    customer_ids: Sequence[int] | None = None,
    today: date | None = None,
) -> Path:
    """Write `kind` (customers, visits or all) for these customers to an .xlsx file.

    Without ids, `customers` and `visits` take the customer list as it opens and
    `all` takes every card still holding personal data, archived ones included."""
    if isinstance(customer_ids, date):
        raise TypeError("export(): pass today= by keyword; the fourth argument is customer_ids")
    if kind in NOT_KEPT_YET:
        raise ServiceError(Message(NOT_KEPT_YET[kind]))
    if kind not in KINDS:
        raise ServiceError(Message(UNKNOWN_KIND, {"kind": kind}))
    if customer_ids is None:
        customer_ids = _every_card_ids() if kind == "all" else _list_ids()
    if kind == "customers":
        sheets = [customers_sheet(customer_ids, language)]
    elif kind == "visits":
        sheets = [visits_sheet(customer_ids, language)]
    else:
        sheets = [
            customers_sheet(customer_ids, language),
            visits_sheet(customer_ids, language),
            follow_ups_sheet(customer_ids, language),
            family_sheet(customer_ids, language),
            columns_sheet(language, today),
        ]
    return write_workbook(Path(path), sheets)
