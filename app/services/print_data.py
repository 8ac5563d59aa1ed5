"""What the printed cards show (客户关系卡 and 会员卡), gathered for many customers at once.

A card box is printed for hundreds of customers: the data comes in chunks with one
query for the customers, one for their latest visits (ranked in SQL, so a customer
with 200 visits costs no more than one with 5), one for those visits' items and one
for the latest follow-ups. The layouts (app/ui/printing) decide nothing about data.
A shop that keeps points gets each customer's balance on her card; one that never
posted an entry gets no points line at all (not a row of zeros). Likewise her stored
value when she holds any, and her package cards with sessions left (one more query),
the usable ones first, the earliest-expiring first: "我还剩多少次?" answered on paper.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from peewee import fn

from app.models import Customer, FollowUp, PackageCard, Visit, VisitItem
from app.models.enums import Gender, Grade
from app.services import phones, points, settings
from app.services.customers import _birthday_of
from app.services.dto import Birthday, FollowUpRecord, VisitItemData, VisitRecord
from app.services.messages import QT_TRANSLATE_NOOP, Message, ServiceError

UNKNOWN_MEMBER_NOS = QT_TRANSLATE_NOOP(
    "Messages", "No customer has these member numbers: {numbers}."
)

# Small enough for any database's limit on query parameters.
CHUNK = 500


@dataclass(frozen=True)
class PrintPackage:
    """A package card with sessions left, as her printed card shows it."""

    name: str
    sessions: int
    left: int
    expires_on: date
    expired: bool  # past its date on the day of printing: it cannot be used


@dataclass(frozen=True)
class PrintCard:
    """One customer as her printed cards show her; the mobile already masked if asked."""

    id: int
    member_no: str
    name: str
    gender: Gender
    mobile: str
    phone: str
    birthday: Birthday | None
    address: str
    district: str
    occupation: str
    employer: str
    position: str
    grade: Grade
    hobbies: str
    preferences: str
    skin_hair_type: str
    allergies: str
    staff: str
    first_visit: date | None
    last_visit: date | None
    visit_count: int
    total_spent_fen: int
    visits: tuple[VisitRecord, ...]  # newest first, at most `last_visits`
    follow_ups: tuple[FollowUpRecord, ...]  # newest first
    next_follow_up: date | None  # set by the latest follow-up
    points: int | None = None  # her points balance; None when the shop keeps no points
    stored_value: tuple[int, int] | None = None  # (principal, bonus) in fen; None when none
    packages: tuple[PrintPackage, ...] = ()  # cards with sessions left, usable ones first


def shop_name() -> str:
    return str(settings.get("shop_name") or "")


def _ranked_ids(model: Any, order: list[Any], ids: list[int], limit: int) -> Any:
    """A subquery of the ids of each customer's `limit` newest rows of `model`."""
    rank = fn.ROW_NUMBER().over(partition_by=[model.customer], order_by=order).alias("rn")
    ranked = model.select(model.id.alias("row_id"), rank).where(model.customer << ids)
    ranked = ranked.alias("ranked")
    return model.select(ranked.c.row_id).from_(ranked).where(ranked.c.rn <= limit)


def _visits(ids: list[int], limit: int) -> dict[int, list[VisitRecord]]:
    found: dict[int, list[VisitRecord]] = {i: [] for i in ids}
    if limit <= 0:
        return found
    order = [Visit.visited_on.desc(), Visit.id.desc()]
    rows: list[Any] = list(
        Visit.select()
        .where(Visit.id << _ranked_ids(Visit, order, ids, limit))
        .order_by(Visit.customer, *order)
    )
    items: dict[int, list[VisitItemData]] = {v.id: [] for v in rows}
    if rows:
        query = VisitItem.select().where(VisitItem.visit << list(items)).order_by(VisitItem.id)
        for item in query:
            items[item.visit_id].append(
                VisitItemData(item.name, item.spec, item.quantity, item.price_fen)
            )
    for v in rows:
        found[v.customer_id].append(
            VisitRecord(
                v.id, v.visited_on, v.amount_fen, v.staff, v.note, v.operator, tuple(items[v.id])
            )
        )
    return found


def _follow_ups(ids: list[int], limit: int) -> dict[int, list[FollowUpRecord]]:
    found: dict[int, list[FollowUpRecord]] = {i: [] for i in ids}
    if limit <= 0:
        return found
    order = [FollowUp.done_on.desc(), FollowUp.id.desc()]
    query: Any = (
        FollowUp.select()
        .where(FollowUp.id << _ranked_ids(FollowUp, order, ids, limit))
        .order_by(FollowUp.customer, *order)
    )
    for f in query:
        found[f.customer_id].append(
            FollowUpRecord(
                f.id, f.done_on, f.channel, f.content, f.satisfaction, f.next_due, f.operator
            )
        )
    return found


def _packages(ids: list[int], today: date | None) -> dict[int, list[PrintPackage]]:
    """Each customer's cards with sessions left: usable ones soonest-expiring first, then
    expired ones, the latest first (without a day, none counts as expired)."""
    found: dict[int, list[PrintPackage]] = {i: [] for i in ids}
    query: Any = (
        PackageCard.select(
            PackageCard.customer,
            PackageCard.name,
            PackageCard.sessions,
            PackageCard.sessions_used,
            PackageCard.expires_on,
        )  # fmt: skip
        .where((PackageCard.customer << ids) & (PackageCard.sessions_used < PackageCard.sessions))
        .order_by(PackageCard.customer, PackageCard.expires_on, PackageCard.id)
        .tuples()
    )
    for customer_id, name, sessions, used, expires_on in query:
        expired = today is not None and expires_on < today
        found[customer_id].append(
            PrintPackage(name, sessions, sessions - used, expires_on, expired)
        )
    for cards in found.values():
        cards.sort(key=lambda c: (c.expired, -c.expires_on.toordinal() if c.expired else 0))
    return found


def _card(
    row: Any,
    visits: list[VisitRecord],
    follow_ups: list[FollowUpRecord],
    mask: bool,
    with_points: bool,
    packages: list[PrintPackage],
) -> PrintCard:
    mobile = row.mobile or ""
    stored = (row.stored_principal_fen, row.stored_bonus_fen)
    return PrintCard(
        id=row.id,
        member_no=row.member_no,
        name=row.name,
        gender=Gender(row.gender),
        mobile=phones.mask_mobile(mobile) if mask else mobile,
        phone=row.phone,
        birthday=_birthday_of(row),
        address=row.address,
        district=row.district,
        occupation=row.occupation,
        employer=row.employer,
        position=row.position,
        grade=Grade(row.grade),
        hobbies=row.hobbies,
        preferences=row.preferences,
        skin_hair_type=row.skin_hair_type,
        allergies=row.allergies,
        staff=row.staff,
        first_visit=row.first_visit,
        last_visit=row.last_visit,
        visit_count=row.visit_count,
        total_spent_fen=row.total_spent_fen,
        visits=tuple(visits),
        follow_ups=tuple(follow_ups),
        next_follow_up=follow_ups[0].next_due if follow_ups else None,
        points=row.points_balance if with_points else None,
        stored_value=stored if any(stored) else None,
        packages=tuple(packages),
    )


def cards_for(
    ids: Sequence[int],
    last_visits: int = 5,
    last_follow_ups: int = 3,
    mask_mobile: bool | None = None,
    today: date | None = None,
) -> Iterator[PrintCard]:
    """The cards of these customers in the order given, loaded a chunk at a time.

    Unknown ids and customers whose personal data was erased are left out (there is
    nothing to print for them). The next follow-up date is read with the follow-ups
    (None when last_follow_ups is 0). `mask_mobile` None follows the shop's setting.
    A package card past `today` is marked expired."""
    mask = bool(settings.get("mask_mobile")) if mask_mobile is None else mask_mobile
    with_points = bool(ids) and points.in_use()
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        wanted = sorted(set(chunk))
        rows = {r.id: r for r in Customer.select().where(Customer.id << wanted)}
        visits = _visits(wanted, last_visits)
        follow_ups = _follow_ups(wanted, last_follow_ups)
        packages = _packages(wanted, today)
        for customer_id in chunk:
            row = rows.get(customer_id)
            if row is None or row.erased:
                continue
            yield _card(
                row, visits[customer_id], follow_ups[customer_id], mask, with_points,
                packages[customer_id],
            )  # fmt: skip


def ids_for_member_nos(member_nos: Sequence[str]) -> list[int]:
    """The customers with these member numbers, in the order given.

    ServiceError naming every unknown number, so a typo is found in one go."""
    wanted = [n.strip().upper() for n in member_nos]
    found: dict[str, int] = {}
    unique = sorted(set(wanted))
    for start in range(0, len(unique), CHUNK):
        query = Customer.select(Customer.id, Customer.member_no).where(
            Customer.member_no << unique[start : start + CHUNK]
        )
        found.update({r.member_no: r.id for r in query})
    unknown = [n for n in dict.fromkeys(wanted) if n not in found]
    if unknown:
        raise ServiceError(Message(UNKNOWN_MEMBER_NOS, {"numbers": ", ".join(unknown)}))
    return [found[n] for n in wanted]


def printable_ids() -> list[int]:
    """Every customer on the counter list (not archived, not erased), by member number."""
    query = (
        Customer.select(Customer.id)
        .where((Customer.archived == False) & (Customer.erased == False))  # noqa: E712
        .order_by(Customer.member_no)
    )
    return [r.id for r in query]
