"""What the shop exports to Excel: the customer list, visits, follow-ups, family birthdays,
the points ledger and the rewards catalogue (and, in a full export, the stored-value
movements and package cards of `prepaid_exports` and the complaints of
`complaint_exports`).

Each list is written as it is shown: the caller passes the customer ids in list
order (`search(...).ids`). The customers sheet follows the import contract of
`customer_columns` exactly, so an exported sheet imports again. Headers and sheet
titles of the other sheets are kept here in both languages, like the contract's.

Rows are read a chunk of customers at a time with one query per kind of record
(plus one for tags), never a card at a time: 100,000 customers export in seconds
and never sit in memory at once. The points ledger is one query read as it is
written, oldest entry first: a million entries never sit in memory either.
"""

from __future__ import annotations

import contextlib
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from peewee import JOIN, DateField, fn

from app.models import (
    Customer,
    CustomerTag,
    FamilyMember,
    FollowUp,
    PointsEntry,
    Reward,
    Tag,
    Visit,
    VisitItem,
)
from app.models import database as db
from app.models.enums import Calendar, FollowUpChannel, Gender, Grade, PointsKind, RewardKind
from app.services import customer_columns as cc
from app.services.customer_columns import Column, Kind
from app.services.excel import Sheet, SheetColumn, write_workbook
from app.services.messages import QT_TRANSLATE_NOOP, Message, ServiceError
from app.services.search import SearchQuery, search

UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "Messages", "Cannot export {kind}: choose customers, visits, points, complaints or all."
)
KINDS = ("customers", "visits", "points", "complaints", "all")
CHUNK = 500  # customers per query: well under SQLite's 999 parameters
SHEET_ROWS = 1_048_575  # rows below the header that Excel and WPS open in one sheet

TITLES = {
    "customers": ("客户", "customers"),
    "visits": ("消费记录", "visits"),
    "follow_ups": ("回访记录", "follow-ups"),
    "family": ("家属生日", "family birthdays"),
    "points": ("积分流水", "points ledger"),
    "rewards": ("积分礼品", "rewards"),
    "columns": ("列说明", "columns"),
}
CHANNELS: dict[FollowUpChannel, tuple[str, str]] = {
    FollowUpChannel.PHONE: ("电话", "phone"),
    FollowUpChannel.WECHAT: ("微信", "WeChat"),
    FollowUpChannel.IN_STORE: ("到店", "in the shop"),
    FollowUpChannel.HOME: ("上门", "home visit"),
}
# The ledger's kinds as the points card names them (冲正: a reversal, the word a
# Chinese bookkeeper uses).
POINTS_KINDS: dict[PointsKind, tuple[str, str]] = {
    PointsKind.PURCHASE: ("消费积分", "purchase"),
    PointsKind.REDEMPTION: ("兑换礼品", "redemption"),
    PointsKind.REFERRAL: ("推荐奖励", "referral"),
    PointsKind.ADJUSTMENT: ("手动调整", "adjustment"),
    PointsKind.OPENING: ("期初积分", "opening balance"),
    PointsKind.EXPIRY: ("积分过期", "expiry"),
    PointsKind.REVERSAL: ("冲正", "reversal"),
    PointsKind.COMPLAINT: ("投诉补偿", "apology"),
}
REWARD_KINDS: dict[RewardKind, tuple[str, str]] = {
    RewardKind.GIFT: ("礼品", "gift"),
    RewardKind.DISCOUNT: ("折扣券", "discount"),
}
# Where an entry comes from: {date} of a visit, #{id} of another entry, {member_no}.
SOURCES: dict[str, tuple[str, str]] = {
    "visit": ("{date} 消费", "visit of {date}"),
    "reversal": ("冲正 #{id}", "reversal of #{id}"),
    "referral": ("推荐会员 {member_no}", "referred member {member_no}"),
    "expiry": ("#{id} 到期", "expiry of #{id}"),
    "complaint": ("投诉 #{id}", "complaint #{id}"),
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
_KIND_NAMES = (
    "/".join(zh for zh, _ in POINTS_KINDS.values()),
    "/".join(en for _, en in POINTS_KINDS.values()),
)
_SOURCE_NOTES = (
    "兑换的礼品、消费日期、冲正的流水号或推荐的会员",
    "the reward, the visit's date, the entry reversed or the member referred",
)
_EXPIRY_NOTES = ("获得的积分到期的日期；空白为永久有效", "when earned points expire; empty: never")
LEDGER_COLUMNS = (
    _c("posted_at", "时间", D, 17, "记账的日期和时间", "when the entry was posted"),
    _c("entry_no", "流水号", N, 8, "冲正和到期用它指明原来的一笔", "a reversal or expiry names it"),
    _MEMBER,
    _NAME,
    _c("kind", "类型", Kind.CHOICE, 10, _KIND_NAMES[0], _KIND_NAMES[1]),
    _c("change", "积分变动", N, 9, "正数为获得，负数为扣减", "+ earned, − spent or expired"),
    _c("balance_after", "变动后余额", N, 10, "这一笔之后的积分余额", "her balance after the entry"),
    _c("source", "来源", T, 24, _SOURCE_NOTES[0], _SOURCE_NOTES[1]),
    _c("expires_on", "到期日", D, 12, _EXPIRY_NOTES[0], _EXPIRY_NOTES[1]),
    _c("operator", "操作人", T, 8, "谁记的账", "who posted it"),
    _c("note", "备注", T, 24, "调整的原因等", "the reason of an adjustment, …"),
)
REWARD_COLUMNS = (
    _c("reward", "礼品", T, 20, "礼品或折扣券的名称", "the gift's or discount's name"),
    _c("kind", "类型", Kind.CHOICE, 8, "礼品/折扣券", "gift/discount"),
    _c("points_price", "所需积分", N, 9, "兑换一次扣的积分", "points one redemption takes"),
    _c("discount", "折扣金额", M, 10, "折扣券抵扣的金额", "what a discount takes off"),
    _c("stock", "库存", N, 7, "空白为不计库存", "empty: not counted"),
    _c("offered", "可兑换", Kind.BOOL, 7, "是/否", "yes/no"),
    _c("redeemed", "已兑换次数", N, 9, "未冲正的兑换次数", "redemptions not reversed"),
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


def _moment(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


_Referred = Customer.alias()
_LEDGER_FIELDS = (
    PointsEntry.id, PointsEntry.posted_at, Customer.member_no, Customer.name, PointsEntry.kind,
    PointsEntry.points, PointsEntry.balance_after, Visit.visited_on, Reward.name,
    PointsEntry.reverses, _Referred.member_no, PointsEntry.complaint_id, PointsEntry.expires_lot,
    PointsEntry.expires_on, PointsEntry.operator, PointsEntry.note, PointsEntry.customer,
)  # fmt: skip


def _source(language: str, kind: PointsKind, values: tuple[Any, ...]) -> str:
    """What an entry comes from, in the sheet's language."""
    visited, reward, reverses, referred, complaint, lot = values
    if kind == PointsKind.REVERSAL and reverses is not None:
        return _pick(SOURCES["reversal"], language).format(id=reverses)
    if kind == PointsKind.REDEMPTION:
        return reward or ""
    if kind == PointsKind.REFERRAL and referred:
        return _pick(SOURCES["referral"], language).format(member_no=referred)
    if kind == PointsKind.EXPIRY and lot is not None:
        return _pick(SOURCES["expiry"], language).format(id=lot)
    if kind == PointsKind.COMPLAINT and complaint is not None:
        return _pick(SOURCES["complaint"], language).format(id=complaint)
    if (day := _day(visited)) is not None:
        return _pick(SOURCES["visit"], language).format(date=day.isoformat())
    return ""


def ledger_rows(
    language: str, ids: Sequence[int] | None = None, last: int | None = None
) -> Iterator[list[object]]:
    """Every points entry, oldest first (of these customers only, when given; up to
    entry `last`, when given)."""
    e = PointsEntry
    query = (
        e.select(*_LEDGER_FIELDS)
        .join(Customer, on=(e.customer == Customer.id))
        .switch(e)
        .join(Visit, JOIN.LEFT_OUTER, on=(e.visit == Visit.id))
        .switch(e)
        .join(Reward, JOIN.LEFT_OUTER, on=(e.reward == Reward.id))
        .switch(e)
        .join(_Referred, JOIN.LEFT_OUTER, on=(e.referred == _Referred.id))
        .order_by(e.id)
    )
    if last is not None:
        query = query.where(e.id <= last)
    wanted = None if ids is None else set(ids)
    kinds = {k.value: (k, _pick(POINTS_KINDS[k], language)) for k in PointsKind}
    # A cursor read as the rows are written (peewee's conversion of each value costs more
    # than the query).
    for r in db.execute(query):
        if wanted is not None and r[16] not in wanted:
            continue
        kind, kind_name = kinds[r[4]]
        # A referral's note is the member number its source already names.
        note = "" if kind == PointsKind.REFERRAL and r[15] == r[10] else r[15]
        yield [
            _moment(r[1]), r[0], r[2], r[3], kind_name, r[5], r[6],
            _source(language, kind, r[7:13]), _day(r[13]), r[14], note,
        ]  # fmt: skip


def _ledger_count(ids: Sequence[int] | None, last: int) -> int:
    entries = PointsEntry.select().where(PointsEntry.id <= last)
    if ids is None:
        return int(entries.count())
    return sum(
        int(entries.where(PointsEntry.customer.in_(chunk)).count())
        for chunk in _chunks(sorted(set(ids)))
    )


def ledger_sheets(language: str, ids: Sequence[int] | None = None) -> list[Sheet]:
    """The points ledger, one row per entry: the shop's audit trail in Excel. A ledger
    longer than a sheet holds (a million entries and more) goes on in further sheets,
    each taking its rows from the one query as it is written."""
    columns = _sheet_columns(LEDGER_COLUMNS, language)
    title = _pick(TITLES["points"], language)
    # Up to the newest entry now: one posted at the counter meanwhile waits for the next
    # export rather than run past the sheets counted for the others.
    last = int(PointsEntry.select(fn.MAX(PointsEntry.id)).scalar() or 0)
    count = max(1, -(-_ledger_count(ids, last) // SHEET_ROWS))
    rows = ledger_rows(language, ids, last)
    return [
        Sheet(title if n == 0 else f"{title} ({n + 1})", columns,
              itertools.islice(rows, SHEET_ROWS))
        for n in range(count)
    ]  # fmt: skip


def _reward_rows(language: str) -> Iterator[list[object]]:
    reversed_ids = PointsEntry.select(PointsEntry.reverses).where(
        PointsEntry.reverses.is_null(False)
    )
    counts: Any = (
        PointsEntry.select(PointsEntry.reward, fn.COUNT(PointsEntry.id))
        .where((PointsEntry.kind == PointsKind.REDEMPTION) & PointsEntry.id.not_in(reversed_ids))
        .group_by(PointsEntry.reward)
        .tuples()
    )
    redeemed = dict(counts)
    for r in Reward.select().order_by(Reward.points_price, Reward.name, Reward.id):
        kind = RewardKind(r.kind)
        yield [
            r.name, _pick(REWARD_KINDS[kind], language), r.points_price,
            r.discount_fen if kind == RewardKind.DISCOUNT else None, r.stock,
            cc.label(cc.BOOLS, bool(r.active), language), redeemed.get(r.id, 0),
        ]  # fmt: skip


def rewards_sheet(language: str) -> Sheet:
    """The rewards catalogue with how often each was redeemed."""
    columns = _sheet_columns(REWARD_COLUMNS, language)
    return Sheet(_pick(TITLES["rewards"], language), columns, _reward_rows(language))


def _explain_rows(language: str, today: date | None) -> Iterator[list[object]]:
    from app.services import complaint_exports, prepaid_exports  # they build on this module

    if today is not None:
        yield ["", "导出日期", "exported_on", today.isoformat()]
    join = "；" if _zh(language) else "; "
    for title, columns in (
        *(
            (TITLES[key], columns)
            for key, columns in (
                ("customers", EXPORTED),
                ("visits", VISIT_COLUMNS),
                ("follow_ups", FOLLOW_UP_COLUMNS),
                ("family", FAMILY_COLUMNS),
                ("points", LEDGER_COLUMNS),
                ("rewards", REWARD_COLUMNS),
            )
        ),
        *prepaid_exports.explained(),
        *complaint_exports.explained(),
    ):
        for c in columns:
            meaning = join.join(
                filter(None, [_pick(KIND_NOTES[c.kind], language), c.note(language)])
            )
            yield [_pick(title, language), c.zh, c.key, meaning]


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
    now: datetime | None = None,
) -> Path:
    """Write `kind` (customers, visits, points, complaints or all) for these customers to
    an .xlsx file.

    Without ids, `customers` and `visits` take the customer list as it opens, `points`
    the whole ledger, `complaints` every complaint (anonymous ones too), and `all`
    every card still holding personal data, archived ones included, with the whole
    ledger, the rewards catalogue, the stored-value movements, the package cards and
    every complaint. With ids, the ledgers and the complaints are these customers'.
    `now` counts how late the open complaints are (left empty without it)."""
    from app.services import complaint_exports  # it builds on this module's helpers

    if isinstance(customer_ids, date):
        raise TypeError("export(): pass today= by keyword; the fourth argument is customer_ids")
    if kind not in KINDS:
        raise ServiceError(Message(UNKNOWN_KIND, {"kind": kind}))
    ledger_ids = customer_ids  # None: the whole ledger
    if kind == "points":
        return write_workbook(Path(path), ledger_sheets(language, ledger_ids))
    complaint_ids = (
        None if customer_ids is None else complaint_exports.customer_complaint_ids(customer_ids)
    )
    if kind == "complaints":
        return write_workbook(
            Path(path), complaint_exports.complaint_sheets(language, complaint_ids, now=now)
        )
    if customer_ids is None:
        customer_ids = _every_card_ids() if kind == "all" else _list_ids()
    if kind == "customers":
        sheets = [customers_sheet(customer_ids, language)]
    elif kind == "visits":
        sheets = [visits_sheet(customer_ids, language)]
    else:
        from app.services import prepaid_exports  # it builds on this module's helpers

        sheets = [
            customers_sheet(customer_ids, language),
            visits_sheet(customer_ids, language),
            follow_ups_sheet(customer_ids, language),
            family_sheet(customer_ids, language),
            *ledger_sheets(language, ledger_ids),
            rewards_sheet(language),
            *prepaid_exports.value_sheets(language, ledger_ids),
            prepaid_exports.cards_sheet(customer_ids, language, today),
            *complaint_exports.complaint_sheets(language, complaint_ids, now=now),
            columns_sheet(language, today),
        ]
    return write_workbook(Path(path), sheets)
