"""The points ledger: earning, redeeming, reversing, expiring — and that it can be trusted."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import peewee
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models import (
    Calendar,
    Customer,
    ExpiryPolicy,
    Grade,
    PointsEntry,
    PointsKind,
    Reward,
    database,
)
from app.services import customers, lunar, points, points_expiry, points_rules, visits
from app.services.dto import Birthday, CustomerData, VisitData, VisitItemData
from app.services.messages import ServiceError, ValidationError
from app.services.points_rules import RewardData, RuleData

NOW = datetime(2026, 11, 22, 10, 0)


def add(name: str = "王丽", **extra) -> int:
    return customers.create_customer(CustomerData(name=name, **extra), "test", NOW)


def buy(customer_id: int, fen: int, on: date = date(2026, 11, 20), name: str = "剪发") -> int:
    data = VisitData(on, (VisitItemData(name, quantity=1, price_fen=fen),))
    return visits.add_visit(customer_id, data, "小林", NOW)


def kinds(customer_id: int) -> list[tuple[PointsKind, int]]:
    return [(e.kind, e.points) for e in points.statement(customer_id)]


def gift(price: int = 300, stock: int | None = 5, active: bool = True) -> int:
    return points_rules.save_reward(
        RewardData(None, "护手霜", price, stock=stock, active=active), NOW
    )


def consistent() -> None:
    """Every balance equals the sum of its entries and every balance_after is the
    running sum, never below zero."""
    for customer in Customer.select():
        running = 0
        for entry in (
            PointsEntry.select().where(PointsEntry.customer == customer.id).order_by(PointsEntry.id)
        ):
            running += entry.points
            assert entry.balance_after == running >= 0
        assert customer.points_balance == running


# --- earning -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("grade", "birthday", "fen", "expected"),
    [
        (Grade.REGULAR, False, 36899, 368),  # rounded down: ¥368.99 → 368
        (Grade.REGULAR, False, 99, 0),
        (Grade.VIP, False, 36800, 552),  # ×150 %
        (Grade.IMPORTANT, True, 36800, 883),  # ×120 % ×200 % = 883.2 → 883, rounded once
    ],
)
def test_earning_rounding_and_multipliers(
    grade: Grade, birthday: bool, fen: int, expected: int
) -> None:
    """A customer would get a point more or less than the shop's rule says."""
    assert points_rules.earned_points(RuleData(), grade, birthday, [("剪发", fen)]) == expected


def test_excluded_items_earn_nothing() -> None:
    """Gift cards or discounted goods the shop excludes would still earn points."""
    rule = RuleData(excluded_items=("储值卡",))
    assert (
        points_rules.earned_points(
            rule, Grade.REGULAR, False, [("储值卡", 100000), ("染发", 29900)]
        )
        == 299
    )


def test_purchase_posts_points_and_rule_applies_from_its_date(db) -> None:
    """A ¥368 purchase lands 368 points; a new rule never recomputes old entries."""
    cid = add()
    buy(cid, 36800)
    assert points.balance(cid) == 368
    points_rules.save_rule(
        RuleData(effective_from=date(2026, 11, 22), fen_per_point=200), "店长", NOW
    )
    buy(cid, 36800, on=date(2026, 11, 21))  # before the new rule: the old one
    buy(cid, 36800, on=date(2026, 11, 22))
    assert kinds(cid) == [
        (PointsKind.PURCHASE, 368),
        (PointsKind.PURCHASE, 368),
        (PointsKind.PURCHASE, 184),
    ]
    with pytest.raises(ValidationError):
        points_rules.save_rule(RuleData(effective_from=date(2026, 11, 1)), "店长", NOW)


def test_birthday_month_solar_and_lunar(db) -> None:
    """The birthday-month bonus would miss a customer who celebrates by the lunar calendar."""
    solar = add("张丽", birthday=Birthday(Calendar.SOLAR, 11, 3, 1990))
    born = lunar.from_solar(date(2026, 11, 20))  # a lunar birthday whose month holds Nov 20
    lunar_id = add("李芳", birthday=Birthday(Calendar.LUNAR, born[1], 1, 1985))
    other = add("赵敏", birthday=Birthday(Calendar.SOLAR, 5, 3, 1990))
    for cid in (solar, lunar_id, other):
        buy(cid, 10000)
    assert [points.balance(c) for c in (solar, lunar_id, other)] == [200, 200, 100]
    row = Customer.get_by_id(lunar_id)
    next_lunar_month = lunar.to_solar(born[0], born[1], 1, False) + timedelta(days=31)
    assert not points_rules.in_birthday_month(row, next_lunar_month)


def test_referral_bonus_once_on_first_purchase(db) -> None:
    """A referrer would be paid twice for one friend, or never."""
    referrer = add("王丽", mobile="13800001111")
    friend = add("赵敏", referrer="13800001111")
    buy(friend, 5000)
    buy(friend, 5000)
    assert kinds(referrer) == [(PointsKind.REFERRAL, 100)]
    assert points.statement(referrer)[0].note == Customer.get_by_id(friend).member_no


# --- redeeming, adjusting, reversing -----------------------------------------------------


def test_redeem_limits_and_stock(db) -> None:
    """A redemption beyond the balance or the stock would cost the shop real gifts."""
    cid = add()
    buy(cid, 50000)
    reward = gift(price=300, stock=1)
    points.redeem(cid, reward, "小林", NOW)
    assert points.balance(cid) == 200 and Reward.get_by_id(reward).stock == 0
    with pytest.raises(ServiceError) as caught:
        points.redeem(cid, reward, "小林", NOW)
    assert "out of stock" in caught.value.message.english()
    rich = gift(price=1000, stock=None)
    with pytest.raises(ServiceError) as caught:
        points.redeem(cid, rich, "小林", NOW)
    assert "200" in caught.value.message.english() and points.balance(cid) == 200
    gone = gift(price=10, active=False)
    with pytest.raises(ServiceError):
        points.redeem(cid, gone, "小林", NOW)
    assert len(points.statement(cid)) == 2
    consistent()


def test_adjustment_needs_a_reason_and_never_goes_below_zero(db) -> None:
    """An unexplained or negative balance is what makes customers distrust a points card."""
    cid = add()
    with pytest.raises(ValidationError):
        points.adjust(cid, 50, "  ", "店长", NOW)
    points.adjust(cid, 50, "老卡补录", "店长", NOW)
    with pytest.raises(ServiceError):
        points.adjust(cid, -51, "扣错", "店长", NOW)
    assert points.balance(cid) == 50


def test_reversal_rules(db) -> None:
    """A wrong entry is undone once by a new entry that names it, never edited."""
    cid = add()
    buy(cid, 50000)
    reward = gift(price=300, stock=3)
    redemption = points.redeem(cid, reward, "小林", NOW)
    reversal = points.reverse(redemption, "拿错礼品", "店长", NOW)
    assert points.balance(cid) == 500 and Reward.get_by_id(reward).stock == 3
    with pytest.raises(ServiceError):
        points.reverse(redemption, "再来一次", "店长", NOW)
    with pytest.raises(ServiceError):
        points.reverse(reversal, "撤回冲正", "店长", NOW)
    lines = {e.id: e for e in points.statement(cid)}
    assert (
        lines[redemption].reversed_by_id == reversal and lines[reversal].reverses_id == redemption
    )
    consistent()


def test_voiding_a_purchase_reverses_its_points(db) -> None:
    """A purchase entered by mistake would leave its points, or its money, on the card."""
    cid = add()
    visit = buy(cid, 36800)
    buy(cid, 10000)
    visits.void_visit(visit, "录错了", "店长", NOW)
    row = Customer.get_by_id(cid)
    assert (row.visit_count, row.total_spent_fen, row.points_balance) == (1, 10000, 100)
    assert kinds(cid)[-1] == (PointsKind.REVERSAL, -368)
    with pytest.raises(ServiceError):
        visits.void_visit(visit, "again", "店长", NOW)


def test_void_refused_when_points_were_spent(db) -> None:
    """Voiding must not take a balance below zero: it is refused and nothing changes."""
    cid = add()
    visit = buy(cid, 30000)
    points.redeem(cid, gift(price=300), "小林", NOW)
    with pytest.raises(ServiceError):
        visits.void_visit(visit, "录错了", "店长", NOW)
    assert Customer.get_by_id(cid).visit_count == 1 and points.balance(cid) == 0


# --- expiry ------------------------------------------------------------------------------


def test_fifo_expiry_across_lots_and_idempotent(db) -> None:
    """Expiry must take the oldest points first and never twice."""
    points_rules.save_rule(
        RuleData(
            effective_from=date(2026, 1, 1), expiry_policy=ExpiryPolicy.MONTHS, expiry_months=1
        ),
        "店长",
        datetime(2026, 1, 1, 9),
    )
    cid = add()
    buy(cid, 10000, on=date(2026, 3, 1))  # 100, expires 2026-04-01
    buy(cid, 20000, on=date(2026, 3, 20))  # 200, expires 2026-04-20
    points.redeem(cid, gift(price=150), "小林", NOW)  # takes 100 of lot 1, 50 of lot 2
    soon = points_expiry.expiring_soon(date(2026, 3, 25), 30)
    assert [(e.points, e.expires_on) for e in soon] == [(150, date(2026, 4, 20))]
    assert points_expiry.expire_due(date(2026, 4, 10), "系统", NOW) == 0  # lot 1 is used up
    assert points_expiry.expire_due(date(2026, 4, 21), "系统", NOW) == 1
    assert points_expiry.expire_due(date(2026, 4, 21), "系统", NOW) == 0
    assert points.balance(cid) == 0 and kinds(cid)[-1] == (PointsKind.EXPIRY, -150)
    consistent()


def test_policy_change_never_redates_earned_points(db) -> None:
    """Points earned under 'never expire' would suddenly expire after a policy change."""
    cid = add()
    buy(cid, 10000, on=date(2026, 11, 1))
    points_rules.save_rule(
        RuleData(effective_from=date(2026, 11, 22), expiry_policy=ExpiryPolicy.END_OF_NEXT_YEAR),
        "店长",
        NOW,
    )
    buy(cid, 10000, on=date(2026, 11, 22))
    lots = [e.expires_on for e in points.statement(cid)]
    assert lots == [None, date(2027, 12, 31)]
    assert points_expiry.expire_due(date(2028, 1, 1), "系统", NOW) == 1
    assert points.balance(cid) == 100


# --- the ledger can be trusted -------------------------------------------------------------


def test_database_refuses_update_and_delete_of_entries(db) -> None:
    """No code path, tool or mistake can edit or delete a ledger entry."""
    cid = add()
    points.adjust(cid, 10, "补录", "店长", NOW)
    with pytest.raises(peewee.DatabaseError):
        PointsEntry.update(points=1000).execute()
    with pytest.raises(peewee.DatabaseError):
        PointsEntry.delete().execute()
    with pytest.raises(peewee.DatabaseError):
        database.execute_sql("DELETE FROM points_entry")
    assert points.balance(cid) == 10 and PointsEntry.select().count() == 1


def test_daily_totals_and_ledger_filters(db) -> None:
    """The day's report would not add up to the ledger."""
    cid = add()
    buy(cid, 50000)
    points.redeem(cid, gift(price=300), "小林", NOW)
    points.adjust(cid, -20, "扣错", "店长", NOW)
    [total] = points.daily_totals(date(2026, 11, 22), date(2026, 11, 23))
    assert (total.earned, total.redeemed, total.expired, total.adjusted) == (500, 300, 0, -20)
    found = points.ledger(points.LedgerFilter(kinds=(PointsKind.REDEMPTION,)))
    assert [e.points for e in found] == [-300] and found[0].reward_name == "护手霜"
    assert points.ledger_count(points.LedgerFilter(operator="店长")) == 1
    assert points.operators() == ["小林", "店长"]


_ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["buy", "redeem", "adjust", "reverse", "expire"]), st.integers(1, 900)
    ),
    max_size=25,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(actions=_ACTIONS)
def test_random_postings_keep_balance_equal_to_entries(db, actions) -> None:
    """Whatever the counter does, balance == sum(entries) ≥ 0 and refusals change nothing."""
    with database.atomic() as transaction:
        cid = add(f"客{len(actions)}")
        reward = gift(price=250, stock=None)
        day = date(2026, 1, 1)
        for action, n in actions:
            day += timedelta(days=n % 40)
            try:
                if action == "buy":
                    buy(cid, n * 100, on=min(day, date(2026, 11, 22)))
                elif action == "redeem":
                    points.redeem(cid, reward, "x", NOW)
                elif action == "adjust":
                    points.adjust(cid, n - 450, "随机", "x", NOW)
                elif action == "reverse":
                    entries = points.statement(cid)
                    if entries:
                        points.reverse(entries[n % len(entries)].id, "随机", "x", NOW)
                else:
                    points_expiry.expire_due(day, "x", NOW)
            except (ServiceError, ValidationError):
                pass
        consistent()
        transaction.rollback()


def test_check_proves_the_ledger(db) -> None:
    """`check` would not notice a cached balance or a reversal that disagrees with the ledger."""
    from app.services.checks import check_database

    cid = add()
    visit = buy(cid, 50000)
    entry = points.adjust(cid, 20, "补录", "店长", NOW)
    points.reverse(entry, "多加了", "店长", NOW)
    visits.void_visit(visit, "录错了", "店长", NOW)
    buy(cid, 10000)
    assert check_database() == []
    Customer.update(points_balance=999).where(Customer.id == cid).execute()
    # A forged entry written past the services (inserts are allowed; edits are not).
    PointsEntry.insert(
        customer=cid, posted_at=NOW, kind=PointsKind.REVERSAL, points=5, balance_after=200,
        reverses=None, operator="?", note="",
    ).execute()  # fmt: skip
    found = {(p.kind, p.customer_id) for p in check_database()}
    assert found == {("points_balance", cid), ("points_running", cid), ("points_reversal", cid)}


def test_expiry_after_an_earlier_run_still_finds_a_backdated_lot(db) -> None:
    """A later run reads only what is new, yet a purchase entered late still expires."""
    points_rules.save_rule(
        RuleData(
            effective_from=date(2026, 1, 1), expiry_policy=ExpiryPolicy.MONTHS, expiry_months=1
        ),
        "店长",
        datetime(2026, 1, 1, 9),
    )
    cid = add()
    buy(cid, 10000, on=date(2026, 5, 1))
    assert points_expiry.expire_due(date(2026, 7, 1), "系统", NOW) == 1
    buy(cid, 20000, on=date(2026, 3, 1))  # entered late: expired on 2026-04-01 already
    assert points_expiry.expire_due(date(2026, 7, 2), "系统", NOW) == 1
    assert points_expiry.expire_due(date(2026, 7, 3), "系统", NOW) == 0
    assert points.balance(cid) == 0
    consistent()
