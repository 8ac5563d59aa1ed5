"""What the shop sets up for its points card: the earning rule, in versions from
an effective date (entries are never recomputed), and the rewards catalogue."""

from __future__ import annotations

import calendar as solar_calendar
from dataclasses import dataclass
from datetime import date, datetime

from app.models import (
    Calendar,
    Customer,
    ExpiryPolicy,
    Grade,
    PointsRule,
    Reward,
    RewardKind,
    database,
)
from app.services import birthdays, lunar
from app.services.messages import QT_TRANSLATE_NOOP, FieldError, Message, ValidationError

NAME_NEEDED = QT_TRANSLATE_NOOP("Messages", "Give the reward a name.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "The name is too long (at most {max} characters).")
PRICE_RANGE = QT_TRANSLATE_NOOP("Messages", "The points price is 1 to {max}.")
STOCK_RANGE = QT_TRANSLATE_NOOP("Messages", "The stock is 0 to {max}, or not counted.")
DISCOUNT_RANGE = QT_TRANSLATE_NOOP("Messages", "A discount is worth ¥0.01 to ¥100,000.")
RULE_PAST = QT_TRANSLATE_NOOP(
    "Messages",
    "A rule starts today or later: points already earned keep the rule they were earned by.",
)
RULE_RATE = QT_TRANSLATE_NOOP("Messages", "One point for ¥0.01 to ¥10,000.")
RULE_PERCENT = QT_TRANSLATE_NOOP("Messages", "A multiplier is 0% to 1000%.")
RULE_REFERRAL = QT_TRANSLATE_NOOP("Messages", "The referral bonus is 0 to {max} points.")
RULE_MONTHS = QT_TRANSLATE_NOOP("Messages", "Points last 1 to 120 months.")

MAX_POINTS = 10_000_000
MAX_NAME = 100
EARLIEST_RULE = date(1990, 1, 1)


@dataclass(frozen=True)
class RuleData:
    """The earning rule: one point per `fen_per_point` fen spent (rounded down),
    times the grade's percentage, times the birthday-month percentage."""

    effective_from: date = EARLIEST_RULE
    fen_per_point: int = 100
    vip_pct: int = 150
    important_pct: int = 120
    regular_pct: int = 100
    birthday_pct: int = 200
    excluded_items: tuple[str, ...] = ()
    referral_points: int = 100
    expiry_policy: ExpiryPolicy = ExpiryPolicy.NEVER
    expiry_months: int = 24

    def grade_pct(self, grade: Grade) -> int:
        return {
            Grade.VIP: self.vip_pct,
            Grade.IMPORTANT: self.important_pct,
            Grade.REGULAR: self.regular_pct,
        }[grade]

    def expires_on(self, earned: date) -> date | None:
        """When points earned on a day expire (they are good through that day)."""
        if self.expiry_policy == ExpiryPolicy.END_OF_NEXT_YEAR:
            return date(earned.year + 1, 12, 31)
        if self.expiry_policy == ExpiryPolicy.MONTHS:
            months = earned.month - 1 + self.expiry_months
            year, month = earned.year + months // 12, months % 12 + 1
            day = min(earned.day, solar_calendar.monthrange(year, month)[1])
            return date(year, month, day)
        return None


@dataclass(frozen=True)
class RewardData:
    id: int | None
    name: str
    points_price: int
    kind: RewardKind = RewardKind.GIFT
    discount_fen: int = 0
    stock: int | None = None
    active: bool = True


# --- rules ----------------------------------------------------------------------------


def _rule_of(row: PointsRule) -> RuleData:
    return RuleData(
        effective_from=row.effective_from,
        fen_per_point=row.fen_per_point,
        vip_pct=row.vip_pct,
        important_pct=row.important_pct,
        regular_pct=row.regular_pct,
        birthday_pct=row.birthday_pct,
        excluded_items=tuple(n for n in row.excluded_items.splitlines() if n.strip()),
        referral_points=row.referral_points,
        expiry_policy=ExpiryPolicy(row.expiry_policy),
        expiry_months=row.expiry_months,
    )


def rule_on(day: date) -> RuleData:
    """The rule in force on a day (the program's default before the shop set one)."""
    row = (
        PointsRule.select()
        .where(PointsRule.effective_from <= day)
        .order_by(PointsRule.effective_from.desc())
        .first()
    )
    return _rule_of(row) if row else RuleData()


def rules() -> list[RuleData]:
    """Every version of the rule, oldest first."""
    return [_rule_of(r) for r in PointsRule.select().order_by(PointsRule.effective_from)]


def rule_errors(data: RuleData, today: date) -> list[FieldError]:
    errors = []
    if data.effective_from < today:
        errors.append(FieldError("effective_from", Message(RULE_PAST)))
    if not 1 <= data.fen_per_point <= 1_000_000:
        errors.append(FieldError("fen_per_point", Message(RULE_RATE)))
    for name in ("vip_pct", "important_pct", "regular_pct", "birthday_pct"):
        if not 0 <= getattr(data, name) <= 1000:
            errors.append(FieldError(name, Message(RULE_PERCENT)))
    if not 0 <= data.referral_points <= 100_000:
        errors.append(FieldError("referral_points", Message(RULE_REFERRAL, {"max": 100_000})))
    if data.expiry_policy == ExpiryPolicy.MONTHS and not 1 <= data.expiry_months <= 120:
        errors.append(FieldError("expiry_months", Message(RULE_MONTHS)))
    return errors


def save_rule(data: RuleData, operator: str, now: datetime) -> None:
    """A new version of the rule from its effective date; one not yet in force may
    be replaced. Entries already posted are never recomputed."""
    errors = rule_errors(data, now.date())
    if errors:
        raise ValidationError(errors)
    fields = {
        "fen_per_point": data.fen_per_point,
        "vip_pct": data.vip_pct,
        "important_pct": data.important_pct,
        "regular_pct": data.regular_pct,
        "birthday_pct": data.birthday_pct,
        "excluded_items": "\n".join(n.strip() for n in data.excluded_items if n.strip()),
        "referral_points": data.referral_points,
        "expiry_policy": data.expiry_policy,
        "expiry_months": data.expiry_months,
        "operator": operator,
        "created_at": now,
    }
    with database.atomic():
        PointsRule.delete().where(PointsRule.effective_from == data.effective_from).execute()
        PointsRule.create(effective_from=data.effective_from, **fields)


# --- earning ---------------------------------------------------------------------------


def earned_points(
    rule: RuleData, grade: Grade, birthday_month: bool, items: list[tuple[str, int]]
) -> int:
    """Points for a purchase of (item name, amount in fen) lines, rounded down once."""
    excluded = set(rule.excluded_items)
    eligible = sum(amount for name, amount in items if name not in excluded)
    pct = rule.grade_pct(grade) * (rule.birthday_pct if birthday_month else 100)
    return max(0, eligible * pct // (rule.fen_per_point * 100 * 100))


def in_birthday_month(customer: Customer, day: date) -> bool:
    """Whether a day is in the month she celebrates her birthday in: the solar month,
    or the lunar month of this lunar year's celebration (both, if she keeps both)."""
    found = []
    if customer.birth_month and customer.birth_day:
        cal = Calendar(customer.birth_calendar)
        found.append((cal, customer.birth_month, customer.birth_day, customer.birth_leap))
        if customer.celebrate_both and customer.other_birth_month and customer.other_birth_day:
            other = Calendar.SOLAR if cal == Calendar.LUNAR else Calendar.LUNAR
            found.append(
                (other, customer.other_birth_month, customer.other_birth_day,
                 customer.other_birth_leap)
            )  # fmt: skip
    for cal, month, mday, leap in found:
        if cal == Calendar.SOLAR:
            if day.month == month:
                return True
            continue
        year, day_month, _, day_leap = lunar.from_solar(day)
        rule = birthdays.BirthRule(cal, month, mday, None, bool(leap), customer.keep_leap_month)
        celebration = birthdays.lunar_celebration(rule, year)
        _, c_month, _, c_leap = lunar.from_solar(celebration)
        if (day_month, day_leap) == (c_month, c_leap):
            return True
    return False


# --- rewards ----------------------------------------------------------------------------


def rewards(active_only: bool = False) -> list[RewardData]:
    query = Reward.select().order_by(Reward.points_price, Reward.name)
    if active_only:
        query = query.where(Reward.active == True)  # noqa: E712
    return [
        RewardData(
            r.id,
            r.name,
            r.points_price,
            RewardKind(r.kind),
            r.discount_fen,
            r.stock,
            bool(r.active),
        )  # fmt: skip
        for r in query
    ]


def reward_errors(data: RewardData) -> list[FieldError]:
    errors = []
    if not data.name.strip():
        errors.append(FieldError("name", Message(NAME_NEEDED)))
    elif len(data.name.strip()) > MAX_NAME:
        errors.append(FieldError("name", Message(NAME_TOO_LONG, {"max": MAX_NAME})))
    if not 1 <= data.points_price <= MAX_POINTS:
        errors.append(FieldError("points_price", Message(PRICE_RANGE, {"max": MAX_POINTS})))
    if data.stock is not None and not 0 <= data.stock <= 1_000_000:
        errors.append(FieldError("stock", Message(STOCK_RANGE, {"max": 1_000_000})))
    if data.kind == RewardKind.DISCOUNT and not 1 <= data.discount_fen <= 10_000_000:
        errors.append(FieldError("discount_fen", Message(DISCOUNT_RANGE)))
    return errors


def save_reward(data: RewardData, now: datetime) -> int:
    errors = reward_errors(data)
    if errors:
        raise ValidationError(errors)
    fields = {
        "name": data.name.strip(),
        "points_price": data.points_price,
        "kind": data.kind,
        "discount_fen": data.discount_fen if data.kind == RewardKind.DISCOUNT else 0,
        "stock": data.stock,
        "active": data.active,
    }
    if data.id is None:
        return int(Reward.create(created_at=now, **fields).id)
    Reward.update(**fields).where(Reward.id == data.id).execute()
    return data.id
