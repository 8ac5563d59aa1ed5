"""Stored value and package cards: the money and the sessions a customer paid for."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import peewee
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models import (
    Customer,
    PackageCard,
    PaidWith,
    SessionEntry,
    SessionKind,
    StoredValueEntry,
    StoredValueKind,
    database,
)
from app.services import customers, packages, prepaid, visits
from app.services.dto import CustomerData, VisitData, VisitItemData
from app.services.messages import ServiceError, ValidationError
from app.services.packages import ProductData
from app.services.prepaid import Balance

NOW = datetime(2026, 11, 22, 10, 0)


def add(name: str = "王丽") -> int:
    return customers.create_customer(CustomerData(name=name), "test", NOW)


def visit(customer_id: int, on: date = date(2026, 11, 22), name: str = "面部护理") -> int:
    data = VisitData(on, (VisitItemData(name, quantity=1, price_fen=0),))
    return visits.add_visit(customer_id, data, "小林", NOW)


def facial(sessions: int = 10, days: int = 365, price: int = 198000) -> int:
    return packages.save_product(
        ProductData(None, "面部护理10次卡", "面部护理", sessions, price, days), NOW
    )


def value_consistent() -> None:
    for customer in Customer.select():
        principal = bonus = 0
        for e in (
            StoredValueEntry.select()
            .where(StoredValueEntry.customer == customer.id)
            .order_by(StoredValueEntry.id)
        ):
            principal += e.principal_fen
            bonus += e.bonus_fen
            assert (e.principal_after, e.bonus_after) == (principal, bonus)
            assert principal >= 0 and bonus >= 0
        assert (customer.stored_principal_fen, customer.stored_bonus_fen) == (principal, bonus)


def sessions_consistent() -> None:
    for card in PackageCard.select():
        used = 0
        for e in (
            SessionEntry.select().where(SessionEntry.card == card.id).order_by(SessionEntry.id)
        ):
            used -= e.sessions
            assert e.used_after == used and 0 <= used <= card.sessions
        assert card.sessions_used == used


# --- stored value -----------------------------------------------------------------------


def test_top_up_with_bonus_kept_apart(db) -> None:
    """充1000送200 must keep the 200 apart: it is not refundable money."""
    prepaid.save_bonus_tiers([(100000, 20000), (200000, 50000)])
    cid = add()
    prepaid.top_up(cid, 100000, "小林", NOW)
    prepaid.top_up(cid, 50000, "小林", NOW)  # below the lowest tier: no bonus
    prepaid.top_up(cid, 250000, "小林", NOW)  # the highest tier reached
    assert prepaid.balance(cid) == Balance(400000, 70000)
    assert prepaid.bonus_for(99999) == 0 and prepaid.bonus_for(200000) == 50000


def test_payment_takes_principal_and_bonus_in_proportion(db) -> None:
    """A payment spends bonus and principal together, so a refund pays back only
    what is fair; nobody can pay beyond the balance."""
    prepaid.save_bonus_tiers([(100000, 20000)])
    cid = add()
    prepaid.top_up(cid, 100000, "小林", NOW)  # 1,000 + 200
    prepaid.pay(cid, 36000, "小林", NOW)  # 300 of principal, 60 of bonus
    assert prepaid.balance(cid) == Balance(70000, 14000)
    with pytest.raises(ServiceError) as caught:
        prepaid.pay(cid, 84001, "小林", NOW)
    assert "¥840.01" in caught.value.message.english()
    prepaid.pay(cid, 84000, "小林", NOW)
    assert prepaid.balance(cid) == Balance(0, 0)
    value_consistent()


def test_refund_pays_back_principal_and_the_bonus_lapses(db) -> None:
    """A refund must pay back the principal left, never the bonus."""
    prepaid.save_bonus_tiers([(100000, 20000)])
    cid = add()
    prepaid.top_up(cid, 100000, "小林", NOW)
    prepaid.pay(cid, 12000, "小林", NOW)
    entry = prepaid.refund(cid, "搬家", "店长", NOW)
    refunded = StoredValueEntry.get_by_id(entry)
    assert (-refunded.principal_fen, -refunded.bonus_fen) == (90000, 18000)
    assert prepaid.balance(cid) == Balance(0, 0)
    with pytest.raises(ServiceError):
        prepaid.refund(cid, "再退", "店长", NOW)
    with pytest.raises(ValidationError):
        prepaid.refund(cid, " ", "店长", NOW)


def test_value_reversal_once_and_never_below_zero(db) -> None:
    """A wrong top-up is reversed once; one already spent cannot be reversed."""
    cid = add()
    first = prepaid.top_up(cid, 50000, "小林", NOW)
    second = prepaid.top_up(cid, 50000, "小林", NOW)
    reversal = prepaid.reverse_value(second, "重复录入", "店长", NOW)
    with pytest.raises(ServiceError):
        prepaid.reverse_value(second, "again", "店长", NOW)
    with pytest.raises(ServiceError):
        prepaid.reverse_value(reversal, "undo", "店长", NOW)
    prepaid.pay(cid, 30000, "小林", NOW)
    with pytest.raises(ServiceError):
        prepaid.reverse_value(first, "录错", "店长", NOW)
    lines = {r.id: r for r in prepaid.value_statement(cid)}
    assert lines[second].reversed_by_id == reversal and lines[reversal].reverses_id == second
    value_consistent()


# --- package cards -----------------------------------------------------------------------


def test_sell_use_three_return_one(db) -> None:
    """我还剩多少次: a 10-session card, three visits, one returned, leaves 8."""
    cid = add()
    card = packages.sell_package(cid, facial(), PaidWith.CASH, "小林", NOW)
    uses = [packages.use_session(cid, visit(cid), "小林", NOW) for _ in range(3)]
    packages.return_session(uses[1], "误扣", "店长", NOW)
    [left] = packages.sessions_left(cid, NOW.date())
    assert (left.id, left.left, left.expires_on) == (card, 8, date(2027, 11, 22))
    with pytest.raises(ServiceError):
        packages.return_session(uses[1], "again", "店长", NOW)
    sessions_consistent()


def test_earliest_expiring_card_first_unless_one_is_picked(db) -> None:
    """A visit must use the card that runs out first, or the one the owner picks."""
    cid = add()
    later = packages.sell_package(cid, facial(days=365), PaidWith.CASH, "小林", NOW)
    sooner = packages.sell_package(cid, facial(days=30), PaidWith.CASH, "小林", NOW)
    packages.use_session(cid, visit(cid), "小林", NOW)
    packages.use_session(cid, visit(cid), "小林", NOW, card_id=later)
    used = {c.id: c.used for c in packages.cards(cid)}
    assert used == {sooner: 1, later: 1}
    other = packages.save_product(ProductData(None, "洗吹5次", "洗吹", 5, 20000, 90), NOW)
    packages.sell_package(cid, other, PaidWith.CASH, "小林", NOW)
    packages.use_session(cid, visit(cid, name="洗吹"), "小林", NOW, service="洗吹")
    assert [c.used for c in packages.cards(cid) if c.service == "洗吹"] == [1]


def test_never_twice_for_one_visit_and_expired_cards_refused(db) -> None:
    """A session must never be taken twice for one visit, nor from an expired card."""
    cid = add()
    card = packages.sell_package(cid, facial(days=10), PaidWith.CASH, "小林", NOW)
    one = visit(cid)
    packages.use_session(cid, one, "小林", NOW, card_id=card)
    with pytest.raises(ServiceError):
        packages.use_session(cid, one, "小林", NOW, card_id=card)
    later = NOW + timedelta(days=11)
    with pytest.raises(ServiceError) as caught:
        packages.use_session(cid, visit(cid), "小林", later, card_id=card)
    assert "expired" in caught.value.message.english()
    with pytest.raises(ServiceError):
        packages.use_session(cid, visit(cid), "小林", later)  # no usable card
    assert PackageCard.get_by_id(card).sessions_used == 1


def test_used_up_card_and_someone_elses_card_refused(db) -> None:
    """A card cannot give more sessions than were sold, nor serve another customer."""
    cid, other = add(), add("赵敏")
    card = packages.sell_package(cid, facial(sessions=1), PaidWith.CASH, "小林", NOW)
    packages.use_session(cid, visit(cid), "小林", NOW)
    with pytest.raises(ServiceError):
        packages.use_session(cid, visit(cid), "小林", NOW, card_id=card)
    with pytest.raises(ServiceError):
        packages.use_session(other, visit(other), "小林", NOW, card_id=card)


def test_package_paid_from_stored_value(db) -> None:
    """Selling a card from stored value takes its price, or sells nothing when short."""
    cid = add()
    prepaid.top_up(cid, 200000, "小林", NOW)
    packages.sell_package(cid, facial(price=198000), PaidWith.STORED_VALUE, "小林", NOW)
    assert prepaid.balance(cid).total_fen == 2000
    assert prepaid.value_statement(cid)[-1].kind == StoredValueKind.PACKAGE
    with pytest.raises(ServiceError):
        packages.sell_package(cid, facial(price=198000), PaidWith.STORED_VALUE, "小林", NOW)
    assert len(packages.cards(cid)) == 1


def test_opening_balances_and_cards(db) -> None:
    """A shop moving from paper starts with the right money and sessions."""
    cid = add()
    prepaid.post_opening_value(cid, 80000, 10000, "导入", NOW)
    card = packages.post_opening_card(cid, "美甲5次卡", "美甲", 5, 2, date(2027, 3, 1), "导入", NOW)
    assert prepaid.balance(cid) == Balance(80000, 10000)
    assert [(c.id, c.left) for c in packages.sessions_left(cid, NOW.date())] == [(card, 3)]
    assert packages.card_sessions(card)[0].kind == SessionKind.OPENING
    with pytest.raises(ValidationError):
        packages.post_opening_card(cid, "x", "y", 5, 6, date(2027, 3, 1), "导入", NOW)


def test_expiring_cards_listed(db) -> None:
    """The owner is told which cards with sessions left run out within 30 days."""
    cid = add()
    soon = packages.sell_package(cid, facial(days=20), PaidWith.CASH, "小林", NOW)
    packages.sell_package(cid, facial(days=100), PaidWith.CASH, "小林", NOW)
    assert [c.id for c in packages.expiring_cards(NOW.date(), 30)] == [soon]


def test_database_refuses_changes_to_both_ledgers(db) -> None:
    """No code path can edit or delete a stored-value or a session entry."""
    cid = add()
    prepaid.top_up(cid, 10000, "小林", NOW)
    packages.sell_package(cid, facial(), PaidWith.CASH, "小林", NOW)
    packages.use_session(cid, visit(cid), "小林", NOW)
    for model in (StoredValueEntry, SessionEntry):
        with pytest.raises(peewee.DatabaseError):
            model.update(operator="x").execute()
        with pytest.raises(peewee.DatabaseError):
            model.delete().execute()
    assert StoredValueEntry.select().count() == 1 and SessionEntry.select().count() == 1


_ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["top_up", "pay", "refund", "reverse", "use", "return"]),
        st.integers(1, 300000),
    ),
    max_size=25,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(actions=_ACTIONS)
def test_random_postings_keep_both_ledgers_whole(db, actions) -> None:
    """Whatever the counter does: balances == sums ≥ 0, sessions used ≤ sold, no double use."""
    with database.atomic() as transaction:
        cid = add(f"客{len(actions)}")
        product = facial(sessions=3)
        packages.sell_package(cid, product, PaidWith.CASH, "x", NOW)
        visits_made: list[int] = []
        for action, n in actions:
            try:
                if action == "top_up":
                    prepaid.top_up(cid, n, "x", NOW)
                elif action == "pay":
                    prepaid.pay(cid, n, "x", NOW)
                elif action == "refund":
                    prepaid.refund(cid, "随机", "x", NOW)
                elif action == "reverse":
                    entries = prepaid.value_statement(cid)
                    if entries:
                        prepaid.reverse_value(entries[n % len(entries)].id, "随机", "x", NOW)
                elif action == "use":
                    if not visits_made or n % 3 == 0:
                        visits_made.append(visit(cid))
                    packages.use_session(cid, visits_made[n % len(visits_made)], "x", NOW)
                else:
                    entries = [e for c in packages.cards(cid) for e in packages.card_sessions(c.id)]
                    if entries:
                        packages.return_session(entries[n % len(entries)].id, "随机", "x", NOW)
            except (ServiceError, ValidationError):
                pass
        value_consistent()
        sessions_consistent()
        transaction.rollback()


def test_check_proves_both_ledgers(db) -> None:
    """`check` would miss a stored value or a card's sessions that disagree with the entries."""
    from app.services.checks import check_database

    cid = add()
    entry = prepaid.top_up(cid, 50000, "小林", NOW)
    prepaid.reverse_value(entry, "录错", "店长", NOW)
    prepaid.top_up(cid, 30000, "小林", NOW)
    card = packages.sell_package(cid, facial(), PaidWith.CASH, "小林", NOW)
    use = packages.use_session(cid, visit(cid), "小林", NOW)
    packages.return_session(use, "误扣", "店长", NOW)
    packages.use_session(cid, visit(cid), "小林", NOW)
    assert check_database() == []
    Customer.update(stored_bonus_fen=999).where(Customer.id == cid).execute()
    PackageCard.update(sessions_used=7).where(PackageCard.id == card).execute()
    kinds = sorted(p.kind for p in check_database())
    assert kinds == ["sessions", "stored_value"]


def test_a_session_is_never_taken_for_another_customers_visit(db) -> None:
    """A slip of the mouse must not take a session from her card for someone else's visit."""
    cid, other = add(), add("赵敏")
    packages.sell_package(cid, facial(), PaidWith.CASH, "小林", NOW)
    with pytest.raises(ServiceError):
        packages.use_session(cid, visit(other), "小林", NOW)
    assert packages.cards(cid)[0].used == 0


def test_expiring_cards_name_their_customer(db) -> None:
    """The list of cards running out must say whose they are."""
    cid = add()
    packages.sell_package(cid, facial(days=20), PaidWith.CASH, "小林", NOW)
    [card] = packages.expiring_cards(NOW.date(), 30)
    assert (card.customer_id, card.customer_name) == (cid, "王丽") and card.member_no


def test_package_name_too_long_refused(db) -> None:
    """A pasted paragraph as a package name is refused with a message, not a database error."""
    errors = packages.product_errors(ProductData(None, "卡" * 5000, "洗吹", 5, 100, 30))
    assert [e.field for e in errors] == ["name"]
