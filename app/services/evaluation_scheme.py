"""The relationship evaluation form's scheme (客户关系评估表的指标与权重): which indicators
count and how much, how each is scored 0–100, the grade bands and what each grade
recommends. Kept as JSON in the `evaluation_scheme` setting; `{}` is the default.

The seven indicators and how each scores (a score is 0–100, one decimal):

- spend (消费金额): what she paid in the period; full marks at `spend_full_fen` or more,
  in proportion below;
- frequency (消费频次): her visits in the period; full marks at `visits_full` or more;
- recency (最近到店): days since her last visit; full marks within `recency_full_days`,
  nothing from `recency_zero_days` on, in a straight line between; never came: 0;
- tenure (客户年限): years since she became a customer (the earliest of the card's first
  visit, her first visit recorded and the day the card was made); full marks at
  `tenure_full_years`;
- referrals (转介绍): customers who name her as their referrer; full at `referrals_full`;
- complaints (投诉): 100 without a complaint in the period, `complaint_penalty` off for each;
- satisfaction (满意度): the average of the satisfactions (1–5) noted at her follow-ups
  (回访, complaint follow-ups included) in the period, 1 → 0 and 5 → 100; without any,
  the neutral `satisfaction_neutral` (60 by default: between "fair", 3 → 50, and
  "satisfied", 4 → 75 — she has not said she is unhappy, nor that she is happy).

The weights of the indicators in use are whole numbers adding up to exactly 100; the
total is the weighted sum. Grade A from `grade_a` up, B from `grade_b`, C from
`grade_c`, D below; each grade recommends 维持, 改进 or 终止关系.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from enum import StrEnum
from typing import Any

from app.models.enums import Recommendation
from app.services import settings
from app.services.messages import QT_TRANSLATE_NOOP, FieldError, Message, ValidationError

SETTING = "evaluation_scheme"
GRADES = ("A", "B", "C", "D")

WEIGHTS_SUM = QT_TRANSLATE_NOOP(
    "Messages",
    "The weights of the indicators in use add up to {total}; they must add up to exactly 100.",
)
WEIGHT_RANGE = QT_TRANSLATE_NOOP(
    "Messages",
    "A weight is a whole number from 1 to 100. Untick an indicator to leave it out.",
)
NONE_IN_USE = QT_TRANSLATE_NOOP("Messages", "Tick at least one indicator.")
PERIOD_RANGE = QT_TRANSLATE_NOOP("Messages", "The period is 1 to 120 months.")
SPEND_RANGE = QT_TRANSLATE_NOOP("Messages", "The spending for full marks is ¥1 to ¥10,000,000.")
VISITS_RANGE = QT_TRANSLATE_NOOP("Messages", "The visits for full marks are 1 to 1,000.")
RECENCY_FULL_RANGE = QT_TRANSLATE_NOOP(
    "Messages", "Full marks for the last visit go to 0 to 3,650 days since it."
)
RECENCY_ZERO_RANGE = QT_TRANSLATE_NOOP(
    "Messages",
    "No marks for the last visit start after more days than full marks end, "
    "and at most 3,650 days.",
)
TENURE_RANGE = QT_TRANSLATE_NOOP("Messages", "The years as a customer for full marks are 1 to 50.")
REFERRALS_RANGE = QT_TRANSLATE_NOOP("Messages", "The referrals for full marks are 1 to 1,000.")
PENALTY_RANGE = QT_TRANSLATE_NOOP("Messages", "Each complaint takes off 1 to 100 points.")
NEUTRAL_RANGE = QT_TRANSLATE_NOOP(
    "Messages", "The satisfaction score without a follow-up is 0 to 100."
)
BANDS_ORDER = QT_TRANSLATE_NOOP(
    "Messages",
    "The grades go down: A from at most 100, above B, above C, above 0 (now A {a}, B {b}, C {c}).",
)

MAX_SPEND_FEN = 1_000_000_000  # ¥10,000,000
MAX_DAYS = 3650


class Indicator(StrEnum):
    """What the evaluation form looks at, stored by value in EvaluationScore.indicator."""

    SPEND = "spend"  # 消费金额, ¥ in the period
    FREQUENCY = "frequency"  # 消费频次, visits in the period
    RECENCY = "recency"  # 最近到店, days since the last visit
    TENURE = "tenure"  # 客户年限, years since she first came
    REFERRALS = "referrals"  # 转介绍, customers she brought
    COMPLAINTS = "complaints"  # 投诉, complaints in the period
    SATISFACTION = "satisfaction"  # 满意度, average 1–5 at her follow-ups in the period


INDICATORS: tuple[Indicator, ...] = tuple(Indicator)


@dataclass(frozen=True)
class Weighting:
    indicator: Indicator
    weight: int
    enabled: bool = True


DEFAULT_WEIGHTINGS: tuple[Weighting, ...] = (
    Weighting(Indicator.SPEND, 30),
    Weighting(Indicator.FREQUENCY, 20),
    Weighting(Indicator.RECENCY, 15),
    Weighting(Indicator.TENURE, 10),
    Weighting(Indicator.REFERRALS, 10),
    Weighting(Indicator.COMPLAINTS, 5),
    Weighting(Indicator.SATISFACTION, 10),
)


@dataclass(frozen=True)
class Scheme:
    """Defaults for a small salon: ¥5,000 and a visit a month over a year is a top customer."""

    weightings: tuple[Weighting, ...] = DEFAULT_WEIGHTINGS  # one per indicator, in order
    period_months: int = 12
    spend_full_fen: int = 500_000
    visits_full: int = 12
    recency_full_days: int = 45
    recency_zero_days: int = 180
    tenure_full_years: int = 3
    referrals_full: int = 3
    complaint_penalty: int = 25
    satisfaction_neutral: int = 60
    grade_a: int = 85
    grade_b: int = 70
    grade_c: int = 50
    advice_a: Recommendation = Recommendation.MAINTAIN
    advice_b: Recommendation = Recommendation.MAINTAIN
    advice_c: Recommendation = Recommendation.IMPROVE
    advice_d: Recommendation = Recommendation.END

    def weighting(self, indicator: Indicator) -> Weighting:
        for w in self.weightings:
            if w.indicator == indicator:
                return w
        return Weighting(indicator, 0, False)

    def weight(self, indicator: Indicator) -> int:
        """Its share of the 100; 0 when it is not in use."""
        w = self.weighting(indicator)
        return w.weight if w.enabled else 0

    def in_use(self) -> tuple[Indicator, ...]:
        return tuple(i for i in INDICATORS if self.weighting(i).enabled)

    def weight_total(self) -> int:
        return sum(self.weight(i) for i in INDICATORS)

    def grade_of(self, total: float) -> str:
        if total >= self.grade_a:
            return "A"
        if total >= self.grade_b:
            return "B"
        if total >= self.grade_c:
            return "C"
        return "D"

    def advice(self, grade: str) -> Recommendation:
        return {
            "A": self.advice_a,
            "B": self.advice_b,
            "C": self.advice_c,
        }.get(grade, self.advice_d)

    def with_weights(self, **weights: int) -> Scheme:
        """A copy with these indicators' weights (0: not in use), e.g. spend=40."""
        changed = tuple(
            replace(w, weight=weights[w.indicator.value], enabled=weights[w.indicator.value] > 0)
            if w.indicator.value in weights
            else w
            for w in self.weightings
        )
        return replace(self, weightings=changed)


DEFAULT = Scheme()
_INT_FIELDS = tuple(
    f.name for f in fields(Scheme) if f.name != "weightings" and not f.name.startswith("advice")
)
_ADVICE_FIELDS = ("advice_a", "advice_b", "advice_c", "advice_d")


def _error(field: str, text: str, **params: Any) -> FieldError:
    return FieldError(field, Message(text, params))


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _outside(value: Any, low: int, high: int) -> bool:
    return not _int(value) or not low <= value <= high


def scheme_errors(scheme: Scheme) -> list[FieldError]:
    """What keeps the scheme from being saved, one message a field ([] when it is sound)."""
    errors: list[FieldError] = []
    used = [w for w in scheme.weightings if w.enabled]
    if not used:
        errors.append(_error("weights", NONE_IN_USE))
    elif any(_outside(w.weight, 1, 100) for w in used):
        errors.append(_error("weights", WEIGHT_RANGE))
    elif (total := sum(w.weight for w in used)) != 100:
        errors.append(_error("weights", WEIGHTS_SUM, total=total))
    checks = (
        ("period_months", 1, 120, PERIOD_RANGE),
        ("spend_full_fen", 100, MAX_SPEND_FEN, SPEND_RANGE),
        ("visits_full", 1, 1000, VISITS_RANGE),
        ("recency_full_days", 0, MAX_DAYS, RECENCY_FULL_RANGE),
        ("tenure_full_years", 1, 50, TENURE_RANGE),
        ("referrals_full", 1, 1000, REFERRALS_RANGE),
        ("complaint_penalty", 1, 100, PENALTY_RANGE),
        ("satisfaction_neutral", 0, 100, NEUTRAL_RANGE),
    )
    for name, low, high, text in checks:
        if _outside(getattr(scheme, name), low, high):
            errors.append(_error(name, text))
    zero, full = scheme.recency_zero_days, scheme.recency_full_days
    if _outside(zero, 1, MAX_DAYS) or (_int(full) and zero <= full):
        errors.append(_error("recency_zero_days", RECENCY_ZERO_RANGE))
    a, b, c = scheme.grade_a, scheme.grade_b, scheme.grade_c
    if not all(_int(v) for v in (a, b, c)) or not 0 < c < b < a <= 100:
        errors.append(_error("grades", BANDS_ORDER, a=a, b=b, c=c))
    return errors


def to_json(scheme: Scheme) -> dict[str, Any]:
    data: dict[str, Any] = {
        "weights": {
            w.indicator.value: {"weight": w.weight, "enabled": w.enabled} for w in scheme.weightings
        }
    }
    for name in _INT_FIELDS:
        data[name] = getattr(scheme, name)
    for name in _ADVICE_FIELDS:
        data[name] = getattr(scheme, name).value
    return data


def from_json(data: Any) -> Scheme:
    """The scheme kept in the setting; a value that cannot be read keeps its default."""
    if not isinstance(data, dict) or not data:
        return DEFAULT
    kept_weights = data.get("weights")
    weights: dict[str, Any] = kept_weights if isinstance(kept_weights, dict) else {}
    weightings = []
    for default in DEFAULT_WEIGHTINGS:
        kept = weights.get(default.indicator.value)
        if isinstance(kept, dict) and _int(kept.get("weight")):
            weightings.append(
                Weighting(default.indicator, kept["weight"], bool(kept.get("enabled", True)))
            )
        else:
            weightings.append(default)
    values: dict[str, Any] = {"weightings": tuple(weightings)}
    for name in _INT_FIELDS:
        if _int(data.get(name)):
            values[name] = data[name]
    for name in _ADVICE_FIELDS:
        if data.get(name) in {r.value for r in Recommendation}:
            values[name] = Recommendation(data[name])
    return Scheme(**values)


def scheme() -> Scheme:
    """The shop's scheme. One made unusable outside the program (edited in the database)
    gives way to the default, so an evaluation can always be made."""
    kept = from_json(settings.get(SETTING))
    return kept if not scheme_errors(kept) else DEFAULT


def save_scheme(new: Scheme) -> None:
    """Keep the scheme for the next evaluations; those made already keep their weights."""
    errors = scheme_errors(new)
    if errors:
        raise ValidationError(errors)
    settings.set_value(SETTING, {} if new == DEFAULT else to_json(new))


__all__ = [
    "DEFAULT",
    "GRADES",
    "INDICATORS",
    "Indicator",
    "Scheme",
    "Weighting",
    "from_json",
    "save_scheme",
    "scheme",
    "scheme_errors",
    "to_json",
]
