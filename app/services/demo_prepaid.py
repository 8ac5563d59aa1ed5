"""Stored value (储值) and package cards (次卡) of the sample salon: two years of both.

Some customers keep stored value: they top up at a visit by the salon's bonus tiers
(充500送50 … 充5000送1500), pay their visits from it (principal and bonus taken in
proportion, as `prepaid.split` takes them), top up again when it runs short, now and
then have a payment or a top-up reversed, and a few ask for a refund. Others buy
package cards of the services they come for (面部护理10次卡, 洗吹5次卡, 头皮护理6次卡…),
paid in cash or from their stored value, and each visit of that service uses one
session of the earliest-expiring usable card; a few uses are returned, cards run out,
expire with sessions left, or expire within the coming month. Early members bring a
paper card's balance or sessions (opening entries).

As in `demo_points`, the ledgers are written in time order across customers: a
customer's entries wait in per-day buckets until no customer still to be made can
post on that day, then `flush` hands out cards, stored-value entries and session
entries with their ids. A customer's balances and a card's sessions used are known
when her card is written (her whole history is made at once).

Decisions use this module's own random stream, so the customers, visits and points
of a seed are the same as before the shop sold prepaid.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.models.enums import Grade, PaidWith, SessionKind, StoredValueKind
from app.services import demo_names as names
from app.services.prepaid import Balance, split

Row = tuple[Any, ...]

# (min top-up, bonus) in fen: 充500送50, 充1000送200, 充2000送500, 充5000送1500.
BONUS_TIERS = ((50000, 5000), (100000, 20000), (200000, 50000), (500000, 150000))
# name, service (a visit item), sessions, price (fen), validity (days), still offered
PRODUCTS: tuple[tuple[str, str, int, int, int, bool], ...] = (
    ("面部护理10次卡", "面部护理", 10, 158000, 365, True),
    ("补水护理10次卡", "补水护理", 10, 198000, 365, True),
    ("肩颈按摩10次卡", "肩颈按摩", 10, 138000, 365, True),
    ("洗剪吹10次卡", "洗剪吹", 10, 58000, 365, True),
    ("洗吹5次卡", "洗吹造型", 5, 16800, 180, True),
    ("头皮护理6次卡", "头皮护理", 6, 79800, 180, True),
    ("美甲5次卡", "美甲", 5, 58000, 180, True),
    ("眼部护理8次卡", "眼部护理", 8, 88000, 365, False),  # no longer offered: sold the first year
)
TOP_UPS = {  # what a customer of each grade tops up, in fen
    Grade.VIP: (200000, 300000, 500000),
    Grade.IMPORTANT: (100000, 200000),
    Grade.REGULAR: (50000, 100000),
}
HOLD_CHANCE = {Grade.VIP: 0.5, Grade.IMPORTANT: 0.25, Grade.REGULAR: 0.04}
BUY_CHANCE = {Grade.VIP: 0.4, Grade.IMPORTANT: 0.25, Grade.REGULAR: 0.08}
BUY_AT_VISIT = 0.5  # a buyer without a usable card for the service buys one at this visit
PAY_FROM_VALUE = 0.8  # a card bought by a holder with enough stored value is paid from it
TOP_UP_AGAIN = 0.75  # short at the counter: top up again (else cash, and maybe stop)
STOP_HOLDING = 0.3
REFUND_CHANCE = 0.03
UNDO_PAYMENT = 0.01
UNDO_TOP_UP = 0.01
RETURN_SESSION = 0.01
OPENING_DAYS = 90  # members of the first three months bring their paper cards
OPENING_VALUE = 0.12
OPENING_CARD = 0.1
OPENING_NOTE = "纸质储值卡余额转入"
OPENING_CARD_NOTE = "纸质次卡转入"
REFUND_REASONS = ("搬家，退卡", "顾客要求退还余额", "出国，退卡")
PAYMENT_UNDONE = ("顾客改付现金", "收银录错，冲正", "重复扣款，冲正")
TOP_UP_UNDONE = ("充值金额录错，冲正",)
RETURN_REASONS = ("划错次数，退回", "当天未做该项目，退回")
# Showcase customers (demo_names.SHOWCASE) with a scripted prepaid history.
ZENG, SHAN, XIE = 0, 1, 2  # 曾小贤: every kind; 单丽娟: the heaviest; 解晓梅: a refund

_CLOCK = [f"{m // 60:02d}:{m % 60:02d}" for m in range(24 * 60)]


@dataclass(slots=True, eq=False)
class _Card:
    customer: int
    product: int | None
    name: str
    service: str
    sessions: int
    price: int
    paid_with: str
    sold_on: int  # ordinal
    expires_on: int  # ordinal: the last day it can be used
    operator: str
    used: int = 0  # running while her history is made; final when written
    id: int = 0


@dataclass(slots=True, eq=False)
class _Value:
    customer: int
    kind: str
    principal: int
    bonus: int
    principal_after: int
    bonus_after: int
    operator: str
    note: str = ""
    visit: int | None = None
    card: _Card | None = None
    reverses: _Value | None = None
    id: int = 0


@dataclass(slots=True, eq=False)
class _Session:
    card: _Card
    kind: str
    sessions: int
    used_after: int
    operator: str
    note: str = ""
    visit: int | None = None
    reverses: _Session | None = None
    id: int = 0


Event = _Card | _Value | _Session


@dataclass
class _Holder:
    """One customer's stored value while her history is made."""

    customer: int
    grade: Grade
    principal: int = 0
    bonus: int = 0
    active: bool = False
    payments: int = 0


class SamplePrepaid:
    """Makes the stored value and package cards of the sample customers and hands them
    out in time order."""

    def __init__(
        self,
        seed: int,
        today: date,
        history_days: int,
        products: list[tuple[int, str, str, int, int, int, bool]],  # id, name, service, …
        tiers: list[tuple[int, int]],
        first_ids: tuple[int, int, int],  # card, stored-value entry, session entry
    ) -> None:
        self.rng = random.Random(f"{seed}:prepaid")
        self.today = today.toordinal()
        self.base_ordinal = self.today - history_days - 1
        self.base = datetime.fromordinal(self.base_ordinal)
        self.discontinued_after = self.base_ordinal + 365
        self.by_service: dict[str, tuple[int, str, str, int, int, int, bool]] = {}
        for product in products:
            self.by_service.setdefault(product[2], product)
        self.tiers = sorted(tiers)
        self.next_card, self.next_value, self.next_session = first_ids
        self.buckets: dict[int, list[tuple[int, int, Event]]] = {}
        self.flushed_day = 0
        self.seq = 0
        self.day_text: dict[int, str] = {}

    # --- one customer -------------------------------------------------------------------

    def _add(self, t: int, event: Event) -> None:
        day = t // 86400
        if day < self.flushed_day:
            raise ValueError("a sample prepaid entry came after its day was written")
        self.seq += 1
        self.buckets.setdefault(day, []).append((t, self.seq, event))

    def customer(
        self, row: dict[str, Any], visits: list[Row], items: list[Row], index: int, heavy: bool
    ) -> tuple[int, int]:
        """Her stored value and cards, from her visits (id, customer, day, amount, staff,
        note, operator, created at) and their items (visit, name, spec, quantity, price);
        returns her stored value (principal, bonus) at the end."""
        rng = self.rng
        grade = Grade(row["grade"])
        holds = index in (ZENG, SHAN, XIE) or heavy or rng.random() < HOLD_CHANCE[grade]
        buys = index in (ZENG, SHAN) or rng.random() < BUY_CHANCE[grade]
        first_t = int((visits[0][7] - self.base).total_seconds())
        early = first_t < (1 + OPENING_DAYS) * 86400
        opens_value = early and (index == ZENG or rng.random() < OPENING_VALUE)
        opens_card = early and (index == ZENG or rng.random() < OPENING_CARD)
        if not (holds or buys or opens_value or opens_card):
            return 0, 0
        holder = _Holder(row["id"], grade)
        cards: dict[str, list[_Card]] = {}
        services: dict[int, list[tuple[str, int]]] = {}
        for visit_id, name, _, _, price in items:
            services.setdefault(visit_id, []).append((name, price))
        if opens_value:
            principal = rng.randint(5, 80) * 1000
            bonus = rng.choice((0, 0, principal // 10))
            self._post(holder, first_t + 5, StoredValueKind.OPENING, principal, bonus,
                       rng.choice(names.STAFF), OPENING_NOTE)  # fmt: skip
            holder.active = True  # she pays from it
        if opens_card:
            self._opening_card(holder, visits[0], services, cards, first_t)
        showcase = index in (ZENG, SHAN, XIE)
        start = (
            0
            if showcase or rng.random() < 0.5 or len(visits) < 2
            else rng.randrange(len(visits) // 2)
        )
        refund_at = -1
        if index == XIE:
            refund_at = len(visits) - 1
        elif holds and len(visits) > start + 1 and rng.random() < REFUND_CHANCE:
            refund_at = rng.randrange(start + 1, len(visits))
        uses = 0
        undo_payment = index == ZENG  # 曾小贤's second payment is reversed
        for position, (visit_id, _, day, amount, staff, _, _, at) in enumerate(visits):
            t = int((at - self.base).total_seconds())
            ordinal = day.toordinal()
            if holds and position == start:
                holder.active = True
                self._top_up(holder, t + 30, staff, self._amount(grade, 0))
            covered = 0
            seen: set[str] = set()
            for offset, (service, price) in enumerate(services.get(visit_id, ())):
                if service in seen:
                    continue  # one session of a service a visit
                seen.add(service)
                card = self._card_for(cards, service, ordinal)
                if card is None and buys and service in self.by_service:
                    first_buy = index in (ZENG, SHAN) and not cards
                    if first_buy or rng.random() < BUY_AT_VISIT:
                        card = self._buy(holder, cards, service, ordinal, t + 60 + offset, staff,
                                         first_buy and index == SHAN)  # fmt: skip
                if card is None:
                    continue
                covered += price
                uses += 1
                used = self._use(card, visit_id, t + 120 + offset, staff)
                scripted = index == SHAN and uses == 3
                if scripted or rng.random() < RETURN_SESSION:
                    self._return(used, t + 600 + offset, rng.choice(RETURN_REASONS))
            due = amount - covered
            if holder.active and due > 0:
                scripted = undo_payment and holder.payments > 0
                if self._pay(holder, visit_id, due, t, staff, scripted) and scripted:
                    undo_payment = False
            if position == refund_at and holder.active and (holder.principal or holder.bonus):
                staff, reason = rng.choice(names.STAFF), rng.choice(REFUND_REASONS)
                self._post(holder, t + 1200, StoredValueKind.REFUND, -holder.principal,
                           -holder.bonus, staff, reason)  # fmt: skip
                holder.active = False
        return holder.principal, holder.bonus

    def _amount(self, grade: Grade, at_least: int) -> int:
        choices = [a for a in TOP_UPS[grade] if a >= at_least] or [-(-at_least // 100000) * 100000]
        return self.rng.choice(choices)

    def _bonus(self, amount: int) -> int:
        found = 0
        for min_fen, bonus in self.tiers:
            if amount >= min_fen:
                found = bonus
        return found

    def _post(
        self, holder: _Holder, t: int, kind: StoredValueKind, principal: int, bonus: int,
        operator: str, note: str = "", **links: Any,
    ) -> _Value:  # fmt: skip
        holder.principal += principal
        holder.bonus += bonus
        if holder.principal < 0 or holder.bonus < 0:
            raise ValueError(f"sample stored value of customer {holder.customer} below zero")
        entry = _Value(
            holder.customer, kind.value, principal, bonus, holder.principal, holder.bonus,
            operator, note, **links,
        )  # fmt: skip
        self._add(t, entry)
        if kind == StoredValueKind.PAYMENT:
            holder.payments += 1
        return entry

    def _top_up(self, holder: _Holder, t: int, staff: str, amount: int) -> None:
        entry = self._post(holder, t, StoredValueKind.TOP_UP, amount, self._bonus(amount), staff)
        if self.rng.random() < UNDO_TOP_UP:
            # Keyed in wrong: taken back at once and the right amount posted.
            self._post(holder, t + 10, StoredValueKind.REVERSAL, -entry.principal, -entry.bonus,
                       staff, self.rng.choice(TOP_UP_UNDONE), reverses=entry)  # fmt: skip
            right = self._amount(holder.grade, amount + 1)
            self._post(holder, t + 20, StoredValueKind.TOP_UP, right, self._bonus(right), staff)

    def _pay(
        self, holder: _Holder, visit_id: int, due: int, t: int, staff: str, scripted: bool
    ) -> bool:
        """Pay the visit from her stored value (topping up when short); False when she
        paid in cash."""
        rng = self.rng
        if holder.principal + holder.bonus < due:
            if rng.random() >= TOP_UP_AGAIN:
                holder.active = rng.random() >= STOP_HOLDING
                return False  # paid in cash this time
            self._top_up(holder, t + 180, staff, self._amount(holder.grade, due))
        principal, bonus = split(due, Balance(holder.principal, holder.bonus))
        entry = self._post(holder, t + 240, StoredValueKind.PAYMENT, -principal, -bonus, staff,
                           visit=visit_id)  # fmt: skip
        if scripted or rng.random() < UNDO_PAYMENT:
            self._post(holder, t + 900, StoredValueKind.REVERSAL, principal, bonus, staff,
                       rng.choice(PAYMENT_UNDONE), reverses=entry)  # fmt: skip
        return True

    # --- package cards -----------------------------------------------------------------

    @staticmethod
    def _card_for(cards: dict[str, list[_Card]], service: str, ordinal: int) -> _Card | None:
        """The earliest-expiring usable card of the service (the one the counter uses)."""
        usable = [
            c for c in cards.get(service, ()) if c.expires_on >= ordinal and c.used < c.sessions
        ]
        return min(usable, key=lambda c: c.expires_on) if usable else None

    def _buy(
        self, holder: _Holder, cards: dict[str, list[_Card]], service: str, ordinal: int, t: int,
        staff: str, from_value: bool,
    ) -> _Card | None:  # fmt: skip
        product_id, name, _, sessions, price, validity, active = self.by_service[service]
        if not active and ordinal > self.discontinued_after:
            return None
        held = holder.principal + holder.bonus
        paid_from_value = (
            holder.active and price > 0 and held >= price
            and (from_value or self.rng.random() < PAY_FROM_VALUE)
        )  # fmt: skip
        paid_with = PaidWith.STORED_VALUE if paid_from_value else PaidWith.CASH
        card = _Card(holder.customer, product_id, name, service, sessions, price,
                     paid_with.value, ordinal, ordinal + validity, staff)  # fmt: skip
        self._add(t, card)
        cards.setdefault(service, []).append(card)
        if paid_from_value:
            principal, bonus = split(price, Balance(holder.principal, holder.bonus))
            self._post(holder, t, StoredValueKind.PACKAGE, -principal, -bonus, staff, name,
                       card=card)  # fmt: skip
        return card

    def _opening_card(
        self, holder: _Holder, first: Row, services: dict[int, list[tuple[str, int]]],
        cards: dict[str, list[_Card]], t: int,
    ) -> None:  # fmt: skip
        """A paper card she brings at her first visit: of a service she comes for when
        the salon sells one, some sessions already used, its own expiry."""
        rng = self.rng
        mine = [s for s, _ in services.get(first[0], ()) if s in self.by_service]
        service = mine[0] if mine else rng.choice(sorted(self.by_service))
        product_id, name, _, sessions, _, _, _ = self.by_service[service]
        day = first[2].toordinal()
        card = _Card(holder.customer, None, name, service, sessions, 0, PaidWith.CASH.value,
                     day, day + rng.randint(30, 540), rng.choice(names.STAFF))  # fmt: skip
        self._add(t + 10, card)
        cards.setdefault(service, []).append(card)
        used = rng.randint(0, sessions - 1)
        if used:
            card.used = used
            entry = _Session(card, SessionKind.OPENING.value, -used, used, card.operator,
                             OPENING_CARD_NOTE)  # fmt: skip
            self._add(t + 10, entry)

    def _use(self, card: _Card, visit_id: int, t: int, staff: str) -> _Session:
        card.used += 1
        entry = _Session(card, SessionKind.USE.value, -1, card.used, staff, visit=visit_id)
        self._add(t, entry)
        return entry

    def _return(self, use: _Session, t: int, note: str) -> None:
        card = use.card
        card.used -= 1
        entry = _Session(card, SessionKind.RETURN.value, 1, card.used, use.operator, note,
                         reverses=use)  # fmt: skip
        self._add(t, entry)

    # --- handing out --------------------------------------------------------------------

    def _day(self, ordinal: int) -> str:
        text = self.day_text.get(ordinal)
        if text is None:
            text = self.day_text[ordinal] = date.fromordinal(ordinal).isoformat()
        return text

    def flush(self, before: int | None = None) -> tuple[list[Row], list[Row], list[Row]]:
        """(cards, stored-value entries, session entries) of the days before the ordinal
        `before` (all when None), in time order, each with its id."""
        last = max(self.buckets, default=-1) + 1 if before is None else before - self.base_ordinal
        cards: list[Row] = []
        values: list[Row] = []
        sessions: list[Row] = []
        for day in range(self.flushed_day, last):
            waiting = self.buckets.pop(day, None)
            if not waiting:
                continue
            waiting.sort(key=lambda w: (w[0], w[1]))
            text = self._day(self.base_ordinal + day)
            for t, _, e in waiting:
                at = f"{text} {_CLOCK[t % 86400 // 60]}:{t % 60:02d}"
                if isinstance(e, _Value):
                    e.id = self.next_value
                    self.next_value += 1
                    values.append((
                        e.id, e.customer, at, e.kind, e.principal, e.bonus, e.principal_after,
                        e.bonus_after, e.visit, e.card.id if e.card else None,
                        e.reverses.id if e.reverses else None, e.operator, e.note,
                    ))  # fmt: skip
                elif isinstance(e, _Session):
                    e.id = self.next_session
                    self.next_session += 1
                    sessions.append((
                        e.id, e.card.id, e.card.customer, at, e.kind, e.sessions, e.used_after,
                        e.visit, e.reverses.id if e.reverses else None, e.operator, e.note,
                    ))  # fmt: skip
                else:
                    e.id = self.next_card
                    self.next_card += 1
                    cards.append((
                        e.id, e.customer, e.product, e.name, e.service, e.sessions, e.used,
                        e.price, e.paid_with, self._day(e.sold_on), self._day(e.expires_on),
                        e.operator, at,
                    ))  # fmt: skip
        self.flushed_day = max(self.flushed_day, last)
        return cards, values, sessions


CARD_COLUMNS = (
    "id", "customer", "product", "name", "service", "sessions", "sessions_used", "price_fen",
    "paid_with", "sold_on", "expires_on", "operator", "created_at",
)  # fmt: skip
VALUE_COLUMNS = (
    "id", "customer", "posted_at", "kind", "principal_fen", "bonus_fen", "principal_after",
    "bonus_after", "visit", "card", "reverses", "operator", "note",
)  # fmt: skip
SESSION_COLUMNS = (
    "id", "card", "customer", "posted_at", "kind", "sessions", "used_after", "visit", "reverses",
    "operator", "note",
)  # fmt: skip
