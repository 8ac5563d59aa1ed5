"""The points history of the sample salon: two years of a points card in use.

Every visit earns its points by the default rule (`points_rules.RuleData()`: ¥1 a point
rounded down, the grade's percentage, double in her birthday month); customers
redeem rewards now and then, a referrer earns the bonus at the referred customer's
first visit, early members bring an opening balance from the old paper card, and
the counter makes a few adjustments, some of them reversed.

The salon makes one customer at a time, but a real ledger is written in time order,
so its ids follow the clock across customers (and one customer's entries are spread
over the file, as in a shop's own database). Entries wait in per-day buckets until
no customer still to be made can post on that day (members join in number order),
then `flush` hands them out in time order with their ids and running balances.

Decisions use this module's own random stream, so the customers and visits of a
seed are the same as before the shop had a points card. A customer's balance is
known when her card is written, except for referral bonuses (they come from later
customers): `referral_balances` gives those cards' final balances.
"""

from __future__ import annotations

import random
from array import array
from bisect import bisect
from dataclasses import dataclass
from datetime import date, datetime
from itertools import accumulate
from typing import Any

from app.models.enums import Calendar, ExpiryPolicy, Grade, PointsKind, RewardKind
from app.services import birthdays, lunar
from app.services import demo_names as names
from app.services.points_rules import RuleData

Row = tuple[Any, ...]

ENTRY_COLUMNS = (
    "id",
    "customer",
    "posted_at",
    "kind",
    "points",
    "balance_after",
    "visit",
    "reward",
    "referred",
    "reverses",
    "expires_on",
    "operator",
    "note",
)
# name, kind, points price, discount (fen), stock now (None: not counted), how often chosen
REWARDS: tuple[tuple[str, RewardKind, int, int, int | None, int], ...] = (
    ("护手霜", RewardKind.GIFT, 200, 0, 50, 4),
    ("洗吹一次", RewardKind.GIFT, 300, 0, None, 5),
    ("定制帆布袋", RewardKind.GIFT, 400, 0, 0, 1),  # given out: shows "out of stock"
    ("面膜", RewardKind.GIFT, 500, 0, 80, 3),
    ("¥50 代金券", RewardKind.DISCOUNT, 800, 5000, None, 3),
)
OPENING_NOTE = "旧会员卡积分转入"
GIFT_REASONS = ("店庆活动赠送", "补录上次漏记的积分", "老客户回馈", "好评返积分", "生日补送积分")
TAKE_BACK_REASONS = ("重复积分，扣回", "误加积分，更正")
ADJUSTMENT_UNDONE = ("调整录错，冲销", "加错顾客，冲销")
REDEMPTION_UNDONE = ("顾客退回赠品", "兑换录错，冲销")

REDEEM_CHANCE = 0.15  # at a visit, when she has enough points for the cheapest reward
ADJUST_CHANCE = 0.005  # a change by hand after a visit
UNDO_ADJUSTMENT = 0.08
UNDO_REDEMPTION = 0.01
OPENING_CHANCE = 0.3  # members from the first three months bring their paper card
OPENING_DAYS = 90
SHOWCASE_EVERY_KIND = 0  # 曾小贤: an opening, an adjustment, a reversed one

# An entry waiting for its turn is one int, ordered by time: (t << 80) | (order << 78) |
# payload, t in seconds from `base`. A purchase carries its customer, visit, operator and
# points in the payload; any other entry, the index of its row in `waiting`.
_ORDER = 78
_T = 80
FIRST, PURCHASE, AFTER = 0, 1, 2  # an opening comes before the first purchase, the rest after
_CID, _VISIT, _STAFF = 56, 24, 21
_POINTS_MASK = (1 << _STAFF) - 1
# A posting time is written as the text the driver would make of the datetime
# ("2026-11-22 14:05:33"): ~1 µs less an entry than datetime and its adapter.
_CLOCK = [f"{m // 60:02d}:{m % 60:02d}" for m in range(24 * 60)]
_PAYLOAD_MASK = (1 << _ORDER) - 1


@dataclass(slots=True)
class _Other:
    """An entry other than a purchase, until it is written."""

    customer: int
    kind: PointsKind
    points: int
    operator: str
    note: str = ""
    reward: int | None = None
    referred: int | None = None
    reverses: int | None = None  # the index of the entry it undoes
    undone: bool = False  # a reversal will name it: keep its id


@dataclass(slots=True)
class _Counter:
    """The counter after one visit: what is posted there comes before her next visit."""

    customer: int
    clock: int  # the last entry's time
    until: int  # her next visit
    staff: str


class SampleLedger:
    """Makes the ledger of the sample customers and hands it out in time order."""

    def __init__(
        self,
        seed: int,
        today: date,
        count: int,
        history_days: int,
        rewards: list[tuple[int, int, int]],  # (id, points price, weight)
        first_entry_id: int,
    ) -> None:
        self.rng = random.Random(f"{seed}:points")
        self.rule = RuleData()
        self.base_ordinal = today.toordinal() - history_days - 1
        self.base = datetime.fromordinal(self.base_ordinal)
        self.opening_until = (1 + OPENING_DAYS) * 86400  # seconds from `base`
        self.rewards = sorted(rewards, key=lambda r: r[1])
        self.prices = [price for _, price, _ in self.rewards]
        self.cumulative = list(accumulate(weight for _, _, weight in self.rewards))
        self.cheapest = self.prices[0] if self.prices else None
        self.next_id = first_entry_id
        self.buckets: dict[int, list[int]] = {}  # day → waiting entries
        self.flushed_day = 0
        self.waiting: dict[int, _Other] = {}
        self.next_other = 0
        self.kept_ids: dict[int, int] = {}
        self.balance = array("q", bytes(8 * (count + 1)))
        self.first_t = array("q", bytes(8 * (count + 1)))
        self.referrers: set[int] = set()
        self.staff_index = {s: i for i, s in enumerate(names.STAFF)}
        self.expiry: dict[int, date | None] = {}
        self._day_calendar(today)
        self.celebrations: dict[tuple[int, int, bool, bool, int], tuple[int, bool]] = {}

    # --- the rule -------------------------------------------------------------------

    def _day_calendar(self, today: date) -> None:
        """The solar month and lunar (year, month, leap) of each day of the history."""
        self.solar_month: list[int] = []
        self.lunar_month: list[tuple[int, int, bool]] = []
        self.day_text: list[str] = []
        for ordinal in range(self.base_ordinal, today.toordinal() + 1):
            day = date.fromordinal(ordinal)
            self.day_text.append(day.isoformat())
            year, month, _, leap = lunar.from_solar(day)
            self.solar_month.append(day.month)
            self.lunar_month.append((year, month, leap))
        self.lunar_years = range(self.lunar_month[0][0], self.lunar_month[-1][0] + 1)

    def _celebration(
        self, month: int, day: int, leap: bool, keep: bool, year: int
    ) -> tuple[int, bool]:
        key = (month, day, leap, keep, year)
        found = self.celebrations.get(key)
        if found is None:
            rule = birthdays.BirthRule(Calendar.LUNAR, month, day, None, leap, keep)
            _, c_month, _, c_leap = lunar.from_solar(birthdays.lunar_celebration(rule, year))
            found = self.celebrations[key] = (c_month, c_leap)
        return found

    def _birthday_months(self, row: dict[str, Any]) -> tuple[set[int], set[tuple[int, int, bool]]]:
        """Her birthday months as `points_rules.in_birthday_month` sees them: solar months,
        and the lunar (year, month, leap) of each lunar year's celebration."""
        solar: set[int] = set()
        lunar_months: set[tuple[int, int, bool]] = set()
        found = []
        if row["birth_month"] and row["birth_day"]:
            cal = Calendar(row["birth_calendar"])
            found.append((cal, row["birth_month"], row["birth_day"], row["birth_leap"]))
            if row["celebrate_both"] and row["other_birth_month"] and row["other_birth_day"]:
                other = Calendar.SOLAR if cal == Calendar.LUNAR else Calendar.LUNAR
                found.append(
                    (other, row["other_birth_month"], row["other_birth_day"],
                     row["other_birth_leap"])
                )  # fmt: skip
        for cal, month, day, leap in found:
            if cal == Calendar.SOLAR:
                solar.add(month)
                continue
            keep = bool(row["keep_leap_month"])
            for year in self.lunar_years:
                c_month, c_leap = self._celebration(month, day, bool(leap), keep, year)
                lunar_months.add((year, c_month, c_leap))
        return solar, lunar_months

    def _expires(self, t: int) -> date | None:
        """When points earned at t expire under the rule (never, by default)."""
        if self.rule.expiry_policy == ExpiryPolicy.NEVER:
            return None
        day = t // 86400
        if day not in self.expiry:
            self.expiry[day] = self.rule.expires_on(date.fromordinal(self.base_ordinal + day))
        return self.expiry[day]

    # --- one customer ------------------------------------------------------------------

    def _add(self, t: int, order: int, payload: int) -> None:
        if t // 86400 < self.flushed_day:
            raise ValueError("a sample entry came after its day was written")
        self.buckets.setdefault(t // 86400, []).append((t << _T) | (order << _ORDER) | payload)

    def _other(self, t: int, order: int, entry: _Other) -> int:
        index = self.next_other
        self.next_other += 1
        self.waiting[index] = entry
        self._add(t, order, index)
        return index

    def customer(self, row: dict[str, Any], visits: list[Row], index: int) -> int:
        """Her entries, from her visits (id, customer, day, amount, staff, …, created at);
        returns her balance without referral bonuses from customers still to come."""
        rng = self.rng
        cid = row["id"]
        grade_pct = self.rule.grade_pct(Grade(row["grade"]))
        plain, birthday = grade_pct * 100, grade_pct * self.rule.birthday_pct
        divisor = self.rule.fen_per_point * 100 * 100
        solar, lunar_months = self._birthday_months(row)
        base, solar_month, lunar_month = self.base, self.solar_month, self.lunar_month
        # (t, visit id, amount, staff) in time order: a day's visits may come in any order.
        times = sorted(
            (int((at - base).total_seconds()), vid, amount, staff)
            for vid, _, _, amount, staff, _, _, at in visits
        )
        self.first_t[cid] = first = times[0][0]
        own = 0
        if first < self.opening_until and (
            index == SHOWCASE_EVERY_KIND or rng.random() < OPENING_CHANCE
        ):
            points = rng.randint(5, 150) * 10
            own += points
            operator = rng.choice(names.STAFF)
            self._other(
                first, FIRST, _Other(cid, PointsKind.OPENING, points, operator, OPENING_NOTE)
            )
        if row["referrer"]:
            self._referral(row, times[0])
        buckets, staff_index, rand = self.buckets, self.staff_index, rng.random
        cheapest = self.cheapest if self.cheapest is not None else _POINTS_MASK << 20
        showcase = index == SHOWCASE_EVERY_KIND
        for position, (t, vid, amount, staff) in enumerate(times):
            day = t // 86400
            in_month = solar_month[day] in solar or lunar_month[day] in lunar_months
            points = amount * (birthday if in_month else plain) // divisor
            if points > 0:
                if points > _POINTS_MASK:
                    raise ValueError(f"a visit of {amount} fen earns too many points to pack")
                if day < self.flushed_day:
                    raise ValueError("a sample entry came after its day was written")
                payload = (cid << _CID) | (vid << _VISIT) | (staff_index[staff] << _STAFF)
                key = (t << _T) | (PURCHASE << _ORDER) | payload | points
                bucket = buckets.get(day)
                if bucket is None:
                    buckets[day] = [key]
                else:
                    bucket.append(key)
                own += points
            # What else happens at the counter after the visit, before her next one.
            redeem = own >= cheapest and rand() < REDEEM_CHANCE
            scripted = showcase and position in (1, 2)
            adjust = rand() < ADJUST_CHANCE or scripted
            if redeem or adjust:
                until = times[position + 1][0] if position + 1 < len(times) else t + 3600
                counter = _Counter(cid, t, until, staff)
                if redeem:
                    own = self._redeem(counter, own)
                if adjust:
                    own = self._adjust(counter, own, scripted, scripted and position == 2)
        return own

    def _referral(self, row: dict[str, Any], first_visit: tuple[int, int, int, str]) -> None:
        """The referrer's bonus at the referred customer's first purchase, once; never
        before the referrer's own card was made."""
        referrer = row["referrer"]
        t = max(first_visit[0], self.first_t[referrer] + 60)
        self.referrers.add(referrer)
        entry = _Other(
            referrer, PointsKind.REFERRAL, self.rule.referral_points, first_visit[3],
            row["member_no"], referred=row["id"],
        )  # fmt: skip
        self._other(t, AFTER, entry)

    def _later(self, counter: _Counter, low: int, high: int) -> int | None:
        """A time some whole minutes and seconds after the counter's last entry (never a
        purchase's time), if it comes before her next visit."""
        at = counter.clock + 60 * self.rng.randint(low, high) + self.rng.randint(1, 59)
        if at >= counter.until:
            return None
        counter.clock = at
        return at

    def _redeem(self, counter: _Counter, own: int) -> int:
        """She spends points on a reward she can afford; now and then it is taken back."""
        rng = self.rng
        at = self._later(counter, 2, 10)
        if at is None:
            return own
        affordable = bisect(self.prices, own)
        pick = bisect(self.cumulative[:affordable], rng.random() * self.cumulative[affordable - 1])
        reward_id, price, _ = self.rewards[pick]
        entry = _Other(
            counter.customer, PointsKind.REDEMPTION, -price, counter.staff, reward=reward_id
        )
        done = self._other(at, AFTER, entry)
        own -= price
        if rng.random() < UNDO_REDEMPTION and (at := self._later(counter, 2, 15)) is not None:
            self.undo(done, rng.choice(REDEMPTION_UNDONE), at)
            own += price
        return own

    def _adjust(self, counter: _Counter, own: int, scripted: bool, undo: bool) -> int:
        """A change by hand with its reason, now and then reversed as a mistake."""
        rng = self.rng
        at = self._later(counter, 5, 20)
        if at is None:
            return own
        operator = rng.choice(names.STAFF)
        points = rng.choice((20, 50, 100, 200, 300, 500))
        if not scripted and own >= points and rng.random() < 0.25:
            points, note = -points, rng.choice(TAKE_BACK_REASONS)
        else:
            note = rng.choice(GIFT_REASONS)
        entry = _Other(counter.customer, PointsKind.ADJUSTMENT, points, operator, note)
        done = self._other(at, AFTER, entry)
        own += points
        undo = undo or rng.random() < UNDO_ADJUSTMENT
        if undo and own >= points and (at := self._later(counter, 3, 30)) is not None:
            self.undo(done, rng.choice(ADJUSTMENT_UNDONE), at)
            own -= points
        return own

    def apology(self, t: int, customer: int, points: int, operator: str, note: str) -> int:
        """Apology points given with a complaint's resolution (the demo's complaints);
        returns the waiting entry's index, for `undo`."""
        return self._other(t, AFTER, _Other(customer, PointsKind.COMPLAINT, points, operator, note))

    def undo(self, index: int, note: str, t: int) -> None:
        """A reversal of the waiting entry `index`, at `t`."""
        original = self.waiting[index]
        original.undone = True
        entry = _Other(
            original.customer, PointsKind.REVERSAL, -original.points, original.operator, note,
            reverses=index,
        )  # fmt: skip
        self._other(t, AFTER, entry)

    # --- handing out --------------------------------------------------------------------

    def flush(self, before: int | None = None) -> list[Row]:
        """The waiting entries of the days before the ordinal `before` (all when None),
        in time order, each with its id and the balance after it."""
        last = max(self.buckets, default=-1) + 1 if before is None else before - self.base_ordinal
        rows: list[Row] = []
        balance, staff_names, days, clock = self.balance, names.STAFF, self.day_text, _CLOCK
        purchase = PointsKind.PURCHASE.value
        for day in range(self.flushed_day, last):
            for key in sorted(self.buckets.pop(day, ())):
                t, payload = key >> _T, key & _PAYLOAD_MASK
                entry_id = self.next_id
                self.next_id += 1
                at = f"{days[t // 86400]} {clock[t % 86400 // 60]}:{t % 60:02d}"
                if (key >> _ORDER) & 3 == PURCHASE:
                    cid, points = payload >> _CID, payload & _POINTS_MASK
                    after = balance[cid] + points
                    balance[cid] = after
                    rows.append(
                        (entry_id, cid, at, purchase, points, after,
                         (payload >> _VISIT) & 0xFFFFFFFF, None, None, None, self._expires(t),
                         staff_names[(payload >> _STAFF) & 7], "")
                    )  # fmt: skip
                    continue
                rows.append(self._other_row(payload, entry_id, at, t))
        self.flushed_day = max(self.flushed_day, last)
        return rows

    def _other_row(self, index: int, entry_id: int, at: str, t: int) -> Row:
        entry = self.waiting.pop(index)
        if entry.undone:
            self.kept_ids[index] = entry_id
        after = self.balance[entry.customer] + entry.points
        if after < 0:
            raise ValueError(f"sample points of customer {entry.customer} went below zero")
        self.balance[entry.customer] = after
        reverses = self.kept_ids.pop(entry.reverses) if entry.reverses is not None else None
        expires = self._expires(t) if entry.points > 0 else None
        return (
            entry_id, entry.customer, at, entry.kind.value, entry.points, after, None,
            entry.reward, entry.referred, reverses, expires, entry.operator, entry.note,
        )  # fmt: skip

    def referral_balances(self) -> list[tuple[int, int]]:
        """(balance, customer id) of the cards that earned referral bonuses, once all is
        flushed: their balance went into the card before the bonuses were known."""
        return [(self.balance[cid], cid) for cid in sorted(self.referrers)]
