"""Package cards (次卡/疗程卡): prepaid sessions of a service.

A visit uses one session of the earliest-expiring usable card (of the service, when
given) unless the owner picks another; one card is never used twice for one visit
(a unique index); an expired card cannot be used; a session used by mistake is
returned by a new entry that names the use, once. The session ledger is
append-only like the points (0005), and a card's sessions used is its cache.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from peewee import JOIN

from app.models import (
    Customer,
    PackageCard,
    PackageProduct,
    PaidWith,
    SessionEntry,
    SessionKind,
    StoredValueKind,
    database,
)
from app.models.backend import lock_customer, posting
from app.services.messages import (
    QT_TRANSLATE_NOOP,
    FieldError,
    Message,
    ServiceError,
    ValidationError,
)
from app.services.prepaid import (
    ALREADY_REVERSED,
    ENTRY_GONE,
    MAX_FEN,
    REASON_NEEDED,
    _insert,
    _locked,
    _pay,
)

PRODUCT_GONE = QT_TRANSLATE_NOOP("Messages", "This package is no longer offered.")
CARD_GONE = QT_TRANSLATE_NOOP("Messages", "This package card does not exist.")
CARD_EXPIRED = QT_TRANSLATE_NOOP("Messages", "{card} expired on {day}: it cannot be used.")
CARD_USED_UP = QT_TRANSLATE_NOOP("Messages", "{card} has no sessions left.")
NO_USABLE_CARD = QT_TRANSLATE_NOOP("Messages", "{name} has no package card to use for this.")
USED_FOR_VISIT = QT_TRANSLATE_NOOP("Messages", "{card} was already used for this visit.")
NOT_HER_CARD = QT_TRANSLATE_NOOP("Messages", "This package card belongs to another customer.")
VISIT_NOT_HERS = QT_TRANSLATE_NOOP("Messages", "This visit is not one of this customer's.")
NOT_A_USE = QT_TRANSLATE_NOOP("Messages", "Only a session used can be returned.")
NAME_NEEDED = QT_TRANSLATE_NOOP("Messages", "Give the package a name.")
SERVICE_NEEDED = QT_TRANSLATE_NOOP("Messages", "Name the service a session pays for.")
SESSIONS_RANGE = QT_TRANSLATE_NOOP("Messages", "A package has 1 to 1,000 sessions.")
PRICE_RANGE = QT_TRANSLATE_NOOP("Messages", "The price is ¥0 to ¥1,000,000.")
VALIDITY_RANGE = QT_TRANSLATE_NOOP("Messages", "A package lasts 1 to 3,650 days.")
USED_RANGE = QT_TRANSLATE_NOOP("Messages", "Sessions already used: 0 to the sessions sold.")

MAX_NAME = 100  # a package's name and service
NAME_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "The name is too long (at most {max} characters).")


@dataclass(frozen=True)
class ProductData:
    id: int | None
    name: str
    service: str
    sessions: int
    price_fen: int
    validity_days: int
    active: bool = True


@dataclass(frozen=True)
class CardRecord:
    id: int
    customer_id: int
    name: str
    service: str
    sessions: int
    used: int
    price_fen: int
    paid_with: PaidWith
    sold_on: date
    expires_on: date
    member_no: str = ""
    customer_name: str = ""

    @property
    def left(self) -> int:
        return self.sessions - self.used

    def expired(self, today: date) -> bool:
        return self.expires_on < today

    def usable(self, today: date) -> bool:
        return not self.expired(today) and self.left > 0


@dataclass(frozen=True)
class SessionRecord:
    id: int
    card_id: int
    posted_at: datetime
    kind: SessionKind
    sessions: int
    used_after: int
    visit_id: int | None
    reverses_id: int | None
    reversed_by_id: int | None
    operator: str
    note: str


@dataclass(frozen=True)
class _Card:
    id: int
    customer_id: int
    name: str
    sessions: int
    sessions_used: int
    expires_on: date


# --- package cards -------------------------------------------------------------------


def product_errors(data: ProductData) -> list[FieldError]:
    errors = []
    if not data.name.strip():
        errors.append(FieldError("name", Message(NAME_NEEDED)))
    elif len(data.name.strip()) > MAX_NAME:
        errors.append(FieldError("name", Message(NAME_TOO_LONG, {"max": MAX_NAME})))
    if not data.service.strip():
        errors.append(FieldError("service", Message(SERVICE_NEEDED)))
    elif len(data.service.strip()) > MAX_NAME:
        errors.append(FieldError("service", Message(NAME_TOO_LONG, {"max": MAX_NAME})))
    if not 1 <= data.sessions <= 1000:
        errors.append(FieldError("sessions", Message(SESSIONS_RANGE)))
    if not 0 <= data.price_fen <= MAX_FEN:
        errors.append(FieldError("price_fen", Message(PRICE_RANGE)))
    if not 1 <= data.validity_days <= 3650:
        errors.append(FieldError("validity_days", Message(VALIDITY_RANGE)))
    return errors


def save_product(data: ProductData, now: datetime) -> int:
    errors = product_errors(data)
    if errors:
        raise ValidationError(errors)
    fields = {
        "name": data.name.strip(),
        "service": data.service.strip(),
        "sessions": data.sessions,
        "price_fen": data.price_fen,
        "validity_days": data.validity_days,
        "active": data.active,
    }
    if data.id is None:
        return int(PackageProduct.create(created_at=now, **fields).id)
    PackageProduct.update(**fields).where(PackageProduct.id == data.id).execute()
    return data.id


def products(active_only: bool = False) -> list[ProductData]:
    query = PackageProduct.select().order_by(PackageProduct.name)
    if active_only:
        query = query.where(PackageProduct.active == True)  # noqa: E712
    return [
        ProductData(
            p.id, p.name, p.service, p.sessions, p.price_fen, p.validity_days, bool(p.active)
        )  # fmt: skip
        for p in query
    ]


def _card_record(card: PackageCard, member_no: str = "", name: str = "") -> CardRecord:
    return CardRecord(
        card.id, card.customer_id, card.name, card.service, card.sessions, card.sessions_used,
        card.price_fen, PaidWith(card.paid_with), card.sold_on, card.expires_on, member_no, name,
    )  # fmt: skip


def sell_package(
    customer_id: int, product_id: int, paid_with: PaidWith, operator: str, now: datetime
) -> int:
    """Sell a package card, paid in cash or from the stored value (then refused,
    selling nothing, when the stored value is short)."""
    with posting():
        customer = _locked(customer_id)
        product = PackageProduct.get_or_none(PackageProduct.id == product_id)
        if product is None or not product.active:
            raise ServiceError(Message(PRODUCT_GONE))
        card = PackageCard.create(
            customer=customer_id,
            product=product.id,
            name=product.name,
            service=product.service,
            sessions=product.sessions,
            price_fen=product.price_fen,
            paid_with=paid_with,
            sold_on=now.date(),
            expires_on=now.date() + timedelta(days=product.validity_days),
            operator=operator,
            created_at=now,
        )
        if paid_with == PaidWith.STORED_VALUE and product.price_fen > 0:
            _pay(
                customer, product.price_fen, StoredValueKind.PACKAGE, now, operator,
                product.name, card=card.id,
            )  # fmt: skip
        return int(card.id)


def post_opening_card(
    customer_id: int, name: str, service: str, sessions: int, used: int, expires_on: date,
    operator: str, now: datetime, price_fen: int = 0,
) -> int:  # fmt: skip
    """A card a customer brings from paper or another program: its sessions, those
    already used (one opening entry), its expiry."""
    errors = product_errors(ProductData(None, name, service, sessions, price_fen, 1))
    if not 0 <= used <= sessions:
        errors.append(FieldError("used", Message(USED_RANGE)))
    if errors:
        raise ValidationError(errors)
    with posting():
        _locked(customer_id)
        card = PackageCard.create(
            customer=customer_id, name=name.strip(), service=service.strip(), sessions=sessions,
            price_fen=price_fen, paid_with=PaidWith.CASH, sold_on=now.date(),
            expires_on=expires_on, operator=operator, created_at=now,
        )  # fmt: skip
        if used:
            _post_session(card, SessionKind.OPENING, -used, now, operator, "")
        return int(card.id)


def _card(card_id: int) -> _Card | None:
    p = database.param
    row = database.execute_sql(
        'SELECT "id", "customer_id", "name", "sessions", "sessions_used", "expires_on" '
        f'FROM "package_card" WHERE "id" = {p}',
        (card_id,),
    ).fetchone()
    if row is None:
        return None
    return _Card(row[0], row[1], row[2], row[3], row[4], _as_date(row[5]))


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _post_session(
    card: PackageCard | _Card, kind: SessionKind, sessions: int, now: datetime, operator: str,
    note: str, **links: Any,
) -> int:  # fmt: skip
    used_after = card.sessions_used - sessions
    if used_after > card.sessions:
        raise ServiceError(Message(CARD_USED_UP, {"card": card.name}))
    if used_after < 0:
        raise ServiceError(Message(NOT_A_USE))
    entry_id = _insert(
        SessionEntry,
        {
            "card": card.id, "customer": card.customer_id, "posted_at": now,
            "kind": kind.value, "sessions": sessions, "used_after": used_after,
            "operator": operator, "note": note, **links,
        },
    )  # fmt: skip
    p = database.param
    database.execute_sql(
        f'UPDATE "package_card" SET "sessions_used" = {p} WHERE "id" = {p}', (used_after, card.id)
    )
    return entry_id


def cards(customer_id: int) -> list[CardRecord]:
    """A customer's package cards, the earliest-expiring first."""
    query = (
        PackageCard.select()
        .where(PackageCard.customer == customer_id)
        .order_by(PackageCard.expires_on, PackageCard.id)
    )
    return [_card_record(c) for c in query]


def usable_cards(customer_id: int, today: date, service: str = "") -> list[CardRecord]:
    """Cards that can pay for a session today (of the service, when given), the
    earliest-expiring first: the one a visit uses unless the owner picks another."""
    return [
        c for c in cards(customer_id) if c.usable(today) and (not service or c.service == service)
    ]


def use_session(
    customer_id: int,
    visit_id: int,
    operator: str,
    now: datetime,
    card_id: int | None = None,
    service: str = "",
) -> int:
    """Use one session for a visit (划扣): the card picked, or the earliest-expiring
    usable one. Refused when expired, used up, or already used for this visit."""
    p = database.param
    with posting():
        customer = _locked(customer_id)
        today = now.date()
        if (
            database.execute_sql(
                f'SELECT 1 FROM "visit" WHERE "id" = {p} AND "customer_id" = {p}',
                (visit_id, customer_id),
            ).fetchone()
            is None
        ):
            raise ServiceError(Message(VISIT_NOT_HERS))
        if card_id is None:
            service_filter = f' AND "service" = {p}' if service else ""
            first: tuple[Any, ...] = (customer_id, PackageCard.expires_on.db_value(today))
            row = database.execute_sql(
                f'SELECT "id" FROM "package_card" WHERE "customer_id" = {p} AND '
                f'"expires_on" >= {p} AND "sessions_used" < "sessions"{service_filter} '
                'ORDER BY "expires_on", "id" LIMIT 1',
                first + ((service,) if service else ()),
            ).fetchone()
            if row is None:
                raise ServiceError(Message(NO_USABLE_CARD, {"name": customer.name}))
            card_id = int(row[0])
        card = _card(card_id)
        if card is None:
            raise ServiceError(Message(CARD_GONE))
        if card.customer_id != customer_id:
            raise ServiceError(Message(NOT_HER_CARD))
        if card.expires_on < today:
            params = {"card": card.name, "day": card.expires_on.isoformat()}
            raise ServiceError(Message(CARD_EXPIRED, params))
        if card.sessions_used >= card.sessions:
            raise ServiceError(Message(CARD_USED_UP, {"card": card.name}))
        if database.execute_sql(
            f'SELECT 1 FROM "session_entry" WHERE "card_id" = {p} AND "visit_id" = {p}',
            (card_id, visit_id),
        ).fetchone():
            raise ServiceError(Message(USED_FOR_VISIT, {"card": card.name}))
        return _post_session(card, SessionKind.USE, -1, now, operator, "", visit=visit_id)


def return_session(entry_id: int, reason: str, operator: str, now: datetime) -> int:
    """Give back a session used by mistake, by a new entry that names the use; once."""
    if not reason.strip():
        raise ValidationError([FieldError("reason", Message(REASON_NEEDED))])
    with posting():
        entry = SessionEntry.get_or_none(SessionEntry.id == entry_id)
        if entry is None:
            raise ServiceError(Message(ENTRY_GONE))
        if entry.kind != SessionKind.USE:
            raise ServiceError(Message(NOT_A_USE))
        if SessionEntry.select().where(SessionEntry.reverses == entry_id).exists():
            raise ServiceError(Message(ALREADY_REVERSED))
        lock_customer(entry.customer_id)
        card = PackageCard.get_by_id(entry.card_id)
        return _post_session(
            card, SessionKind.RETURN, 1, now, operator, reason.strip(), reverses=entry_id
        )


def session_entry(entry_id: int) -> SessionRecord | None:
    """One session entry (with its card), or None."""
    row = SessionEntry.get_or_none(SessionEntry.id == entry_id)
    if row is None:
        return None
    return next((e for e in card_sessions(row.card_id) if e.id == entry_id), None)


def cards_used_for_visit(visit_id: int) -> set[int]:
    """The cards a visit used a session of: none of them can serve it again (a use
    returned included: one card is never used twice for one visit)."""
    query: Any = (
        SessionEntry.select(SessionEntry.card)
        .where((SessionEntry.visit == visit_id) & (SessionEntry.kind == SessionKind.USE))
        .tuples()
    )
    return {row[0] for row in query}


def card_sessions(card_id: int) -> list[SessionRecord]:
    """A card's session entries, oldest first."""
    e, reversal = SessionEntry, SessionEntry.alias("reversal")
    query: Any = (
        e.select(
            e.id,
            e.card,
            e.posted_at,
            e.kind,
            e.sessions,
            e.used_after,
            e.visit,
            e.reverses,
            reversal.id,
            e.operator,
            e.note,
        )  # fmt: skip
        .join(reversal, JOIN.LEFT_OUTER, on=(reversal.reverses == e.id))
        .where(e.card == card_id)
        .order_by(e.id)
        .tuples()
    )
    return [
        SessionRecord(
            r[0], r[1], r[2], SessionKind(r[3]), r[4], r[5], r[6], r[7], r[8], r[9], r[10]
        )  # fmt: skip
        for r in query
    ]


def expiring_cards(today: date, days: int = 30) -> list[CardRecord]:
    """Cards with sessions left that expire in the coming days, soonest first."""
    end = today + timedelta(days=days)
    query: Any = (
        PackageCard.select(
            PackageCard, Customer.member_no.alias("member_no"), Customer.name.alias("who")
        )
        .join(Customer)
        .where(
            (PackageCard.expires_on >= today)
            & (PackageCard.expires_on < end)
            & (PackageCard.sessions_used < PackageCard.sessions)
            & (Customer.archived == False)  # noqa: E712
            & (Customer.erased == False)  # noqa: E712
        )
        .order_by(PackageCard.expires_on, Customer.member_no)
    )
    return [_card_record(c, c.member_no, c.who) for c in query.objects()]


def sessions_left(customer_id: int, today: date) -> list[CardRecord]:
    """ "我还剩多少次?": her cards with sessions left, usable ones first."""
    mine = [c for c in cards(customer_id) if c.left > 0]
    return sorted(mine, key=lambda c: (c.expired(today), c.expires_on))
