"""Visits and purchases (消费记录) and follow-up visits (回访记录) on a card."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, cast

from peewee import fn

from app.models import ChangeLog, Customer, FollowUp, Visit, VisitItem, database
from app.models.backend import posting
from app.models.enums import ChangeAction
from app.services.dto import (
    FollowUpData,
    FollowUpRecord,
    VisitData,
    VisitItemData,
    VisitRecord,
)
from app.services.messages import (
    QT_TRANSLATE_NOOP,
    FieldError,
    Message,
    ServiceError,
    ValidationError,
)
from app.services.validation import clean_text

NO_ITEMS = QT_TRANSLATE_NOOP("Messages", "Add at least one item or service.")
ITEM_NAME = QT_TRANSLATE_NOOP("Messages", "Item {index}: please enter what was bought or done.")
ITEM_QUANTITY = QT_TRANSLATE_NOOP("Messages", "Item {index}: the quantity must be 1 to 9999.")
ITEM_PRICE = QT_TRANSLATE_NOOP(
    "Messages", "Item {index}: the price must be between ¥0 and ¥1,000,000."
)
BAD_MONEY = QT_TRANSLATE_NOOP(
    "Messages", "Not an amount of money: use digits with at most two decimals, e.g. 128.50."
)
FUTURE = QT_TRANSLATE_NOOP("Messages", "This date is in the future.")
TOO_OLD = QT_TRANSLATE_NOOP("Messages", "This date is before 1990.")
SATISFACTION = QT_TRANSLATE_NOOP("Messages", "Satisfaction is 1 to 5.")
NEXT_DUE = QT_TRANSLATE_NOOP("Messages", "The next follow-up must be after this one.")
CONTENT = QT_TRANSLATE_NOOP("Messages", "Please write what was said.")
TOO_LONG = QT_TRANSLATE_NOOP("Messages", "Too long: at most {limit} characters.")
CUSTOMER_GONE = QT_TRANSLATE_NOOP("Messages", "This customer no longer exists.")
CUSTOMER_ERASED = QT_TRANSLATE_NOOP("Messages", "This customer's personal data was erased.")
VOID_REASON = QT_TRANSLATE_NOOP("Messages", "Give the reason for voiding this purchase.")
VISIT_GONE = QT_TRANSLATE_NOOP("Messages", "This visit does not exist.")
ALREADY_VOID = QT_TRANSLATE_NOOP("Messages", "This purchase was voided already.")

MAX_PRICE_FEN = 100_000_000
EARLIEST = date(1990, 1, 1)


def parse_money(text: str) -> int:
    """'128.5', '¥1,280', '1280元' → fen. Raises ValueError with no float rounding."""
    cleaned = text.strip().replace("¥", "").replace("￥", "").replace(",", "").replace("，", "")
    cleaned = cleaned.removesuffix("元").strip()
    if not re.fullmatch(r"\d{1,9}(?:\.\d{1,2})?", cleaned):
        raise ValueError(text)
    try:
        amount = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not amount.is_finite() or amount != amount.quantize(Decimal("0.01")):
        raise ValueError(text)
    return int(amount * 100)


def format_fen(fen: int) -> str:
    """Plain amount without the currency sign, e.g. 12800 → '128.00'."""
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100:,}.{fen % 100:02d}"


def _customer(customer_id: int) -> Customer:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise ServiceError(Message(CUSTOMER_GONE))
    if customer.erased:
        raise ServiceError(Message(CUSTOMER_ERASED))
    return customer


def visit_errors(data: VisitData, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if data.visited_on > today:
        errors.append(FieldError("visited_on", Message(FUTURE)))
    elif data.visited_on < EARLIEST:
        errors.append(FieldError("visited_on", Message(TOO_OLD)))
    if not data.items:
        errors.append(FieldError("items", Message(NO_ITEMS)))
    for index, item in enumerate(data.items, start=1):
        if not clean_text(item.name):
            errors.append(FieldError("items", Message(ITEM_NAME, {"index": index})))
        elif len(item.name) > 100 or len(item.spec) > 100:
            errors.append(FieldError("items", Message(TOO_LONG, {"limit": 100})))
        if not 1 <= item.quantity <= 9999:
            errors.append(FieldError("items", Message(ITEM_QUANTITY, {"index": index})))
        if not 0 <= item.price_fen <= MAX_PRICE_FEN:
            errors.append(FieldError("items", Message(ITEM_PRICE, {"index": index})))
    if len(data.staff) > 50:
        errors.append(FieldError("staff", Message(TOO_LONG, {"limit": 50})))
    if len(data.note) > 2000:
        errors.append(FieldError("note", Message(TOO_LONG, {"limit": 2000})))
    return errors


def add_visit(customer_id: int, data: VisitData, operator: str, now: datetime) -> int:
    """Record a visit with its items; the card's totals change in the same transaction."""
    errors = visit_errors(data, now.date())
    if errors:
        raise ValidationError(errors)
    from app.services import insight, points

    with posting():
        customer = _customer(customer_id)
        amount = sum(i.amount_fen for i in data.items)
        visit = Visit.create(
            customer=customer.id,
            visited_on=data.visited_on,
            amount_fen=amount,
            staff=clean_text(data.staff),
            note=clean_text(data.note),
            operator=operator,
            created_at=now,
        )
        VisitItem.insert_many(
            [
                {
                    "visit": visit.id,
                    "name": clean_text(i.name),
                    "spec": clean_text(i.spec),
                    "quantity": i.quantity,
                    "price_fen": i.price_fen,
                }
                for i in data.items
            ]
        ).execute()
        last = customer.last_visit
        Customer.update(
            visit_count=Customer.visit_count + 1,
            total_spent_fen=Customer.total_spent_fen + amount,
            last_visit=max(last, data.visited_on) if last else data.visited_on,
            first_visit=min(customer.first_visit, data.visited_on)
            if customer.first_visit
            else data.visited_on,
        ).where(Customer.id == customer.id).execute()
        ChangeLog.create(
            customer=customer.id,
            action=ChangeAction.VISIT,
            field="visit",
            new_value=f"{data.visited_on.isoformat()} {format_fen(amount)}",
            operator=operator,
            changed_at=now,
        )
        points.post_purchase(visit.id, operator, now)
        insight.refresh_customer(customer.id, now.date())
        return int(visit.id)


def void_visit(visit_id: int, reason: str, operator: str, now: datetime) -> None:
    """Void a purchase entered by mistake: it stays on record, marked, leaves the
    card's totals, and its points are reversed — all or nothing (refused when the
    points were spent already)."""
    from app.services import insight, points

    if not clean_text(reason):
        raise ValidationError([FieldError("reason", Message(VOID_REASON))])
    with posting():
        visit = Visit.get_or_none(Visit.id == visit_id)
        if visit is None:
            raise ServiceError(Message(VISIT_GONE))
        if visit.voided_at is not None:
            raise ServiceError(Message(ALREADY_VOID))
        customer = _customer(visit.customer_id)
        entry = points.purchase_entry(visit_id)
        if entry is not None:
            points.reverse(entry, clean_text(reason), operator, now)
        Visit.update(voided_at=now, void_reason=clean_text(reason)).where(
            Visit.id == visit_id
        ).execute()
        totals: Any = (
            Visit.select(fn.COUNT(Visit.id), fn.SUM(Visit.amount_fen), fn.MAX(Visit.visited_on))
            .where((Visit.customer == customer.id) & Visit.voided_at.is_null())
            .tuples()
        )
        count, spent, last = totals.get()
        Customer.update(visit_count=count, total_spent_fen=spent or 0, last_visit=last).where(
            Customer.id == customer.id
        ).execute()
        ChangeLog.create(
            customer=customer.id,
            action=ChangeAction.VISIT,
            field="void",
            old_value=f"{visit.visited_on.isoformat()} {format_fen(visit.amount_fen)}",
            new_value=clean_text(reason),
            operator=operator,
            changed_at=now,
        )
        insight.refresh_customer(customer.id, now.date())


def visits_of(customer_id: int, limit: int | None = None) -> list[VisitRecord]:
    """A customer's visits, newest first, with their items."""
    query = (
        Visit.select()
        .where(Visit.customer == customer_id)
        .order_by(Visit.visited_on.desc(), Visit.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    visits = list(query)
    items: dict[int, list[VisitItemData]] = {v.id: [] for v in visits}
    if visits:
        for item in VisitItem.select().where(VisitItem.visit << list(items)).order_by(VisitItem.id):
            items[item.visit_id].append(
                VisitItemData(item.name, item.spec, item.quantity, item.price_fen)
            )
    return [
        VisitRecord(
            v.id,
            v.visited_on,
            v.amount_fen,
            v.staff,
            v.note,
            v.operator,
            tuple(items[v.id]),
            v.voided_at,
            v.void_reason,
        )  # fmt: skip
        for v in visits
    ]


def follow_up_errors(data: FollowUpData, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if data.done_on > today:
        errors.append(FieldError("done_on", Message(FUTURE)))
    elif data.done_on < EARLIEST:
        errors.append(FieldError("done_on", Message(TOO_OLD)))
    if not clean_text(data.content):
        errors.append(FieldError("content", Message(CONTENT)))
    elif len(data.content) > 2000:
        errors.append(FieldError("content", Message(TOO_LONG, {"limit": 2000})))
    if data.satisfaction is not None and not 1 <= data.satisfaction <= 5:
        errors.append(FieldError("satisfaction", Message(SATISFACTION)))
    if data.next_due is not None and data.next_due <= data.done_on:
        errors.append(FieldError("next_due", Message(NEXT_DUE)))
    return errors


def add_follow_up(customer_id: int, data: FollowUpData, operator: str, now: datetime) -> int:
    errors = follow_up_errors(data, now.date())
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        customer = _customer(customer_id)
        row = FollowUp.create(
            customer=customer.id,
            done_on=data.done_on,
            channel=data.channel,
            content=clean_text(data.content),
            satisfaction=data.satisfaction,
            next_due=data.next_due,
            operator=operator,
            created_at=now,
        )
        ChangeLog.create(
            customer=customer.id,
            action=ChangeAction.FOLLOW_UP,
            field="follow_up",
            new_value=data.done_on.isoformat(),
            operator=operator,
            changed_at=now,
        )
        return int(row.id)


def follow_ups_of(customer_id: int) -> list[FollowUpRecord]:
    query = (
        FollowUp.select()
        .where(FollowUp.customer == customer_id)
        .order_by(FollowUp.done_on.desc(), FollowUp.id.desc())
    )
    return [
        FollowUpRecord(
            f.id, f.done_on, f.channel, f.content, f.satisfaction, f.next_due, f.operator
        )
        for f in query
    ]


def next_follow_up_due(customer_id: int) -> date | None:
    """The due date set by the latest follow-up, if any."""
    latest = (
        FollowUp.select(FollowUp.next_due)
        .where(FollowUp.customer == customer_id)
        .order_by(FollowUp.done_on.desc(), FollowUp.id.desc())
        .first()
    )
    return latest.next_due if latest is not None else None


def totals_of(customer_id: int) -> tuple[int, int, date | None]:
    """Count, amount and last date of a customer's visits, from the visits themselves."""
    query = (
        Visit.select(
            fn.COUNT(Visit.id).alias("n"),
            fn.COALESCE(fn.SUM(Visit.amount_fen), 0).alias("total"),
            fn.MAX(Visit.visited_on).alias("last"),
        )
        .where(Visit.customer == customer_id)
        .dicts()
    )
    row = cast(dict[str, Any], query.get())
    return int(row["n"]), int(row["total"]), row["last"]
