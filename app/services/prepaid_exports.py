"""The stored-value movements and the package cards in a full export (`export all`).

Headers, sheet titles, kinds and sources are kept here in both languages, like the
other sheets of `exports`. The movements are one query read as it is written, oldest
entry first (the shop's audit trail, as the points ledger); the cards come a chunk of
customers at a time in the list's order, each customer's earliest-expiring first.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from peewee import JOIN, fn

from app.models import Customer, PackageCard, StoredValueEntry, Visit
from app.models import database as db
from app.models.enums import PaidWith, StoredValueKind
from app.services import customer_columns as cc
from app.services import exports
from app.services.customer_columns import Kind
from app.services.excel import Sheet
from app.services.exports import (
    _MEMBER,
    _NAME,
    SOURCES,
    _by_customer,
    _c,
    _chunks,
    _day,
    _moment,
    _pick,
    _sheet_columns,
)

TITLES = {
    "stored_value": ("储值流水", "stored value"),
    "package_cards": ("次卡", "package cards"),
}
# The stored-value kinds as the card names them (冲正: a reversal).
VALUE_KINDS: dict[StoredValueKind, tuple[str, str]] = {
    StoredValueKind.TOP_UP: ("充值", "top-up"),
    StoredValueKind.PAYMENT: ("储值消费", "payment"),
    StoredValueKind.PACKAGE: ("购买次卡", "package card bought"),
    StoredValueKind.REFUND: ("退款", "refund"),
    StoredValueKind.OPENING: ("期初储值", "opening balance"),
    StoredValueKind.REVERSAL: ("冲正", "reversal"),
}
PAID_WITH: dict[PaidWith, tuple[str, str]] = {
    PaidWith.CASH: ("现金", "cash"),
    PaidWith.STORED_VALUE: ("储值", "stored value"),
}
CARD_SOURCE = ("次卡 {card}", "package card {card}")

T, D, N, M = Kind.TEXT, Kind.DATE, Kind.INT, Kind.MONEY
_KIND_NAMES = (
    "/".join(zh for zh, _ in VALUE_KINDS.values()),
    "/".join(en for _, en in VALUE_KINDS.values()),
)
VALUE_COLUMNS = (
    _c("posted_at", "时间", D, 17, "记账的日期和时间", "when the entry was posted"),
    _c("entry_no", "流水号", N, 8, "冲正用它指明原来的一笔", "a reversal names it"),
    _MEMBER,
    _NAME,
    _c("kind", "类型", Kind.CHOICE, 10, _KIND_NAMES[0], _KIND_NAMES[1]),
    _c("principal", "本金变动", M, 11, "正数为存入，负数为消费或退款",
       "+ paid in, − spent or refunded"),
    _c("bonus", "赠送变动", M, 11, "充值赠送的金额，与本金分开记",
       "the bonus of a top-up, kept apart from the principal"),
    _c("principal_after", "本金余额", M, 11, "这一笔之后的本金", "her principal after the entry"),
    _c("bonus_after", "赠送余额", M, 11, "这一笔之后的赠送余额", "her bonus after the entry"),
    _c("source", "来源", T, 24, "消费日期、购买的次卡或冲正的流水号",
       "the visit's date, the package card bought or the entry reversed"),
    _c("operator", "操作人", T, 8, "谁记的账", "who posted it"),
    _c("note", "备注", T, 24, "退款和冲正的原因等", "the reason of a refund or reversal, …"),
)  # fmt: skip
CARD_COLUMNS = (
    _MEMBER,
    _NAME,
    _c("card", "次卡", T, 18, "次卡（疗程卡）的名称", "the package card's name"),
    _c("service", "项目", T, 12, "每次划扣的服务项目", "the service a session pays for"),
    _c("sessions", "总次数", N, 7, "卡内总次数", "sessions on the card"),
    _c("used", "已用", N, 7, "已经用掉的次数", "sessions used"),
    _c("left", "剩余", N, 7, "还剩的次数", "sessions left"),
    _c("price", "售价", M, 11, "卖出的价格；期初导入的卡为 0",
       "the price sold at; 0 for an opening card"),
    _c("paid_with", "支付方式", Kind.CHOICE, 9, "现金/储值", "cash/stored value"),
    _c("sold_on", "购买日期", D, 12, "卖出或导入的日期", "the day it was sold or brought in"),
    _c("expires_on", "到期日", D, 12, "最后可用的日期", "the last day it can be used"),
    _c("expired", "已过期", Kind.BOOL, 7, "导出当天是否已过期",
       "past its date on the day of the export"),
)  # fmt: skip


# -- stored-value movements ------------------------------------------------------------------

_VALUE_FIELDS = (
    StoredValueEntry.id, StoredValueEntry.posted_at, Customer.member_no, Customer.name,
    StoredValueEntry.kind, StoredValueEntry.principal_fen, StoredValueEntry.bonus_fen,
    StoredValueEntry.principal_after, StoredValueEntry.bonus_after, Visit.visited_on,
    PackageCard.name, StoredValueEntry.reverses, StoredValueEntry.operator,
    StoredValueEntry.note, StoredValueEntry.customer,
)  # fmt: skip


def _source(language: str, kind: str, visited: Any, card: str | None, reverses: int | None) -> str:
    """What an entry comes from, in the sheet's language."""
    if kind == StoredValueKind.REVERSAL and reverses is not None:
        return _pick(SOURCES["reversal"], language).format(id=reverses)
    if card:
        return _pick(CARD_SOURCE, language).format(card=card)
    if (day := _day(visited)) is not None:
        return _pick(SOURCES["visit"], language).format(date=day.isoformat())
    return ""


def value_rows(
    language: str, ids: Sequence[int] | None = None, last: int | None = None
) -> Iterator[list[object]]:
    """Every stored-value entry, oldest first (of these customers only, when given; up to
    entry `last`, when given)."""
    e = StoredValueEntry
    query = (
        e.select(*_VALUE_FIELDS)
        .join(Customer, on=(e.customer == Customer.id))
        .switch(e)
        .join(Visit, JOIN.LEFT_OUTER, on=(e.visit == Visit.id))
        .switch(e)
        .join(PackageCard, JOIN.LEFT_OUTER, on=(e.card == PackageCard.id))
        .order_by(e.id)
    )
    if last is not None:
        query = query.where(e.id <= last)
    wanted = None if ids is None else set(ids)
    kinds = {k.value: _pick(VALUE_KINDS[k], language) for k in StoredValueKind}
    for r in db.execute(query):
        if wanted is not None and r[14] not in wanted:
            continue
        # A card bought with stored value notes the card's name its source already names.
        note = "" if r[4] == StoredValueKind.PACKAGE and r[13] == r[10] else r[13]
        yield [
            _moment(r[1]), r[0], r[2], r[3], kinds[r[4]], r[5], r[6], r[7], r[8],
            _source(language, r[4], r[9], r[10], r[11]), r[12], note,
        ]  # fmt: skip


def _count(ids: Sequence[int] | None, last: int) -> int:
    entries = StoredValueEntry.select().where(StoredValueEntry.id <= last)
    if ids is None:
        return int(entries.count())
    return sum(
        int(entries.where(StoredValueEntry.customer.in_(chunk)).count())
        for chunk in _chunks(sorted(set(ids)))
    )


def value_sheets(language: str, ids: Sequence[int] | None = None) -> list[Sheet]:
    """The stored-value movements, one row per entry; past a sheet's rows they go on in
    further sheets, as the points ledger does."""
    columns = _sheet_columns(VALUE_COLUMNS, language)
    title = _pick(TITLES["stored_value"], language)
    # Up to the newest entry now: one posted at the counter meanwhile waits for the next
    # export rather than run past the sheets counted for the others.
    last = int(StoredValueEntry.select(fn.MAX(StoredValueEntry.id)).scalar() or 0)
    per_sheet = exports.SHEET_ROWS
    count = max(1, -(-_count(ids, last) // per_sheet))
    rows = value_rows(language, ids, last)
    return [
        Sheet(title if n == 0 else f"{title} ({n + 1})", columns,
              itertools.islice(rows, per_sheet))
        for n in range(count)
    ]  # fmt: skip


# -- package cards ---------------------------------------------------------------------------

_CARD_FIELDS = (
    PackageCard.customer, Customer.member_no, Customer.name, PackageCard.name,
    PackageCard.service, PackageCard.sessions, PackageCard.sessions_used, PackageCard.price_fen,
    PackageCard.paid_with, PackageCard.sold_on, PackageCard.expires_on,
)  # fmt: skip


def cards_sheet(ids: Sequence[int], language: str, today: date | None = None) -> Sheet:
    """Every package card of these customers: sessions, used and left, price, how it was
    paid, sold and expiry dates, and whether it has expired (left empty without a day)."""
    paid = {p.value: _pick(PAID_WITH[p], language) for p in PaidWith}

    def query(chunk: list[int]) -> Any:
        return (
            PackageCard.select(*_CARD_FIELDS)
            .join(Customer)
            .where(PackageCard.customer.in_(chunk))
            .order_by(PackageCard.customer, PackageCard.expires_on, PackageCard.id)
        )

    def row(r: tuple[Any, ...]) -> list[object]:
        _, member_no, name, card, service, sessions, used, price, paid_with, sold, expires = r
        expires_on = _day(expires)
        expired = (
            cc.label(cc.BOOLS, expires_on < today, language)
            if today is not None and expires_on is not None
            else ""
        )
        return [member_no, name, card, service, sessions, used, sessions - used, price,
                paid[paid_with], _day(sold), expires_on, expired]  # fmt: skip

    columns = _sheet_columns(CARD_COLUMNS, language)
    return Sheet(_pick(TITLES["package_cards"], language), columns, _by_customer(ids, query, row))


def explained() -> tuple[tuple[tuple[str, str], tuple[Any, ...]], ...]:
    """(sheet title, columns) of the two sheets, for the columns sheet."""
    return ((TITLES["stored_value"], VALUE_COLUMNS), (TITLES["package_cards"], CARD_COLUMNS))
