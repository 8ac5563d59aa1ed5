"""The relationship evaluation form (客户关系评估表): each customer's facts over the
period, scored by the shop's scheme (see evaluation_scheme), totalled, graded A–D and
given a recommendation — 维持, 改进 or 终止关系 — and kept dated.

An evaluation is a snapshot: its facts, scores and weights are copied into
EvaluationScore rows, so a later change of the scheme, or a visit recorded later,
never rewrites it. The window, the export and the printout all read these numbers.

The facts come from evaluation_facts, read for a whole selection at once; only what
happened up to `today` counts.

Scores keep one decimal and the total is computed from those, rounded half up, so the
form adds up on paper exactly as on the screen.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.models import Customer, Evaluation, EvaluationScore, Recommendation, database
from app.services.evaluation_facts import (
    Facts,
    as_date,
    candidates,
    chunks,
    facts_of,
    gather,
    period_start,
    round_half_up,
    unique,
)
from app.services.evaluation_scheme import (
    DEFAULT,
    GRADES,
    INDICATORS,
    Indicator,
    Scheme,
    Weighting,
    save_scheme,
    scheme,
    scheme_errors,
)
from app.services.messages import (
    QT_TRANSLATE_NOOP,
    FieldError,
    Message,
    ServiceError,
    ValidationError,
)

NOBODY = QT_TRANSLATE_NOOP("Messages", "Choose at least one customer to evaluate.")
CUSTOMER_GONE = QT_TRANSLATE_NOOP("Messages", "This customer no longer exists.")
CUSTOMER_ERASED = QT_TRANSLATE_NOOP(
    "Messages", "The personal data of member {member_no} was erased: she cannot be evaluated."
)
EVALUATION_GONE = QT_TRANSLATE_NOOP("Messages", "This evaluation no longer exists.")
NOTE_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "The note is too long (at most {max} characters).")

_KNOWN = frozenset(i.value for i in Indicator)
MAX_NOTE = 2000


# ---------------------------------------------------------------- what is handed out


@dataclass(frozen=True)
class Score:
    indicator: Indicator
    value: float | None  # the fact: ¥, visits, days, years, referrals, complaints, 1–5
    score: float  # 0–100, one decimal
    weight: int  # its share of the 100

    @property
    def weighted(self) -> float:
        """What it adds to the total (two decimals)."""
        return round_half_up(Decimal(str(self.score)) * self.weight / 100, 2)


@dataclass(frozen=True)
class EvaluationForm:
    """An evaluation as the form shows it: previewed (id None) or kept."""

    customer_id: int
    member_no: str
    name: str
    evaluated_on: date
    period_from: date
    scores: tuple[Score, ...]
    total: float
    grade: str
    recommendation: Recommendation
    note: str = ""
    operator: str = ""
    created_at: datetime | None = None
    id: int | None = None

    def score_of(self, indicator: Indicator) -> Score | None:
        return next((s for s in self.scores if s.indicator == indicator), None)


@dataclass(frozen=True)
class EvaluationRow:
    """One line of the list of kept evaluations."""

    id: int
    customer_id: int
    member_no: str
    name: str
    evaluated_on: date
    period_from: date
    total: float
    grade: str
    recommendation: Recommendation
    note: str
    operator: str


@dataclass(frozen=True)
class EvaluationFilter:
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    grade: str | None = None  # A–D
    recommendation: Recommendation | None = None
    customer_id: int | None = None
    text: str = ""  # in her name or member number


# ---------------------------------------------------------------- scoring


def _ratio(value: float | int, full: int) -> Decimal:
    return min(Decimal(100), Decimal(str(value)) * 100 / full)


def score_of(indicator: Indicator, facts: Facts, rules: Scheme) -> Score:
    """The indicator's fact and score (0–100, one decimal) under the scheme."""
    value: float | None
    if indicator == Indicator.SPEND:
        value = facts.spend_fen / 100
        raw = min(Decimal(100), Decimal(facts.spend_fen) * 100 / rules.spend_full_fen)
    elif indicator == Indicator.FREQUENCY:
        value, raw = facts.visits, _ratio(facts.visits, rules.visits_full)
    elif indicator == Indicator.RECENCY:
        days = facts.days_since_visit
        value = days
        if days is None or days >= rules.recency_zero_days:
            raw = Decimal(0)
        elif days <= rules.recency_full_days:
            raw = Decimal(100)
        else:
            span = rules.recency_zero_days - rules.recency_full_days
            raw = Decimal(rules.recency_zero_days - days) * 100 / span
    elif indicator == Indicator.TENURE:
        value, raw = facts.years, _ratio(facts.years, rules.tenure_full_years)
    elif indicator == Indicator.REFERRALS:
        value, raw = facts.referrals, _ratio(facts.referrals, rules.referrals_full)
    elif indicator == Indicator.COMPLAINTS:
        value = facts.complaints
        raw = Decimal(max(0, 100 - rules.complaint_penalty * facts.complaints))
    else:
        value = facts.satisfaction
        if value is None:
            raw = Decimal(rules.satisfaction_neutral)
        else:
            raw = (Decimal(str(value)) - 1) * 100 / 4
    return Score(indicator, value, round_half_up(raw, 1), rules.weight(indicator))


def total_of(scores: Iterable[Score]) -> float:
    """The weighted sum of the (one-decimal) scores, one decimal, half up."""
    exact = sum((Decimal(str(s.score)) * s.weight for s in scores), Decimal(0))
    return round_half_up(exact / 100, 1)


def scores_of(facts: Facts, rules: Scheme) -> tuple[Score, ...]:
    return tuple(score_of(i, facts, rules) for i in rules.in_use())


# ---------------------------------------------------------------- evaluating


def preview(
    customer_ids: Sequence[int], today: date, rules: Scheme | None = None, note: str = ""
) -> list[EvaluationForm]:
    """The forms these customers would get today, in their order; nothing is kept.
    A customer who no longer exists, or whose data was erased, is refused."""
    rules = rules or scheme()
    errors = scheme_errors(rules)
    if errors:
        raise ValidationError(errors)
    ids = unique(customer_ids)
    if not ids:
        raise ServiceError(Message(NOBODY))
    facts, people = gather(ids, today, rules)
    forms = []
    for cid in ids:
        if cid not in people:
            raise ServiceError(Message(CUSTOMER_GONE))
        person = people[cid]
        if person.erased:
            raise ServiceError(Message(CUSTOMER_ERASED, {"member_no": person.member_no}))
        scores = scores_of(facts[cid], rules)
        total = total_of(scores)
        grade = rules.grade_of(total)
        forms.append(
            EvaluationForm(
                cid, person.member_no, person.name, today, facts[cid].period_from, scores,
                total, grade,
                rules.advice(grade), note,
            )
        )  # fmt: skip
    return forms


def note_errors(note: str) -> list[FieldError]:
    if len(note) > MAX_NOTE:
        return [FieldError("note", Message(NOTE_TOO_LONG, {"max": MAX_NOTE}))]
    return []


def evaluate(
    customer_ids: Sequence[int],
    today: date,
    operator: str,
    now: datetime,
    note: str = "",
    rules: Scheme | None = None,
) -> list[int]:
    """Evaluate these customers as of `today` and keep each evaluation, dated, with its
    scores, in one transaction; returns the new evaluations' ids in the customers' order."""
    note = note.strip()
    errors = note_errors(note)
    if errors:
        raise ValidationError(errors)
    forms = preview(customer_ids, today, rules)
    ids: list[int] = []
    with database.atomic():
        scores: list[dict[str, Any]] = []
        for form in forms:
            kept = Evaluation.create(
                customer=form.customer_id, evaluated_on=form.evaluated_on,
                period_from=form.period_from, total=form.total, grade=form.grade,
                recommendation=form.recommendation, note=note, operator=operator[:50],
                created_at=now,
            )  # fmt: skip
            ids.append(kept.id)
            scores += [
                {"evaluation": kept.id, "indicator": s.indicator.value, "value": s.value,
                 "score": s.score, "weight": s.weight}
                for s in form.scores
            ]  # fmt: skip
        for start in range(0, len(scores), 100):
            EvaluationScore.insert_many(scores[start : start + 100]).execute()
    return ids


# ---------------------------------------------------------------- kept evaluations


def _row(values: tuple[Any, ...]) -> EvaluationRow:
    eid, cid, member_no, name, evaluated_on, period_from, total, grade, advice, note, op = values
    on, start = as_date(evaluated_on) or date.min, as_date(period_from) or date.min
    return EvaluationRow(
        eid, cid, member_no, name, on, start, float(total), grade, Recommendation(advice), note, op
    )


def _listing() -> Any:
    return (
        Evaluation.select(
            Evaluation.id, Evaluation.customer, Customer.member_no, Customer.name,
            Evaluation.evaluated_on, Evaluation.period_from, Evaluation.total, Evaluation.grade,
            Evaluation.recommendation, Evaluation.note, Evaluation.operator,
        )
        .join(Customer, on=(Evaluation.customer == Customer.id))
    )  # fmt: skip


def evaluations(chosen: EvaluationFilter | None = None) -> list[EvaluationRow]:
    """The kept evaluations the filter lets through, newest first."""
    chosen = chosen or EvaluationFilter()
    query = _listing()
    if chosen.date_from is not None:
        query = query.where(Evaluation.evaluated_on >= chosen.date_from)
    if chosen.date_to is not None:
        query = query.where(Evaluation.evaluated_on <= chosen.date_to)
    if chosen.grade:
        query = query.where(Evaluation.grade == chosen.grade)
    if chosen.recommendation is not None:
        query = query.where(Evaluation.recommendation == chosen.recommendation)
    if chosen.customer_id is not None:
        query = query.where(Evaluation.customer == chosen.customer_id)
    text = chosen.text.strip()
    if text:
        query = query.where(Customer.name.contains(text) | Customer.member_no.startswith(text))
    order = (Evaluation.evaluated_on.desc(), Evaluation.id.desc())
    return [_row(r) for r in query.order_by(*order).tuples()]


def history_of(customer_id: int) -> list[EvaluationRow]:
    """Her evaluations, newest first."""
    return evaluations(EvaluationFilter(customer_id=customer_id))


def forms(evaluation_ids: Sequence[int]) -> list[EvaluationForm]:
    """Kept evaluations with their scores, in the order asked (missing ones left out)."""
    found: dict[int, EvaluationForm] = {}
    for chunk in chunks(unique(evaluation_ids)):
        scores: dict[int, list[Score]] = {}
        query: Any = (
            EvaluationScore.select(
                EvaluationScore.evaluation, EvaluationScore.indicator, EvaluationScore.value,
                EvaluationScore.score, EvaluationScore.weight,
            )
            .where(EvaluationScore.evaluation.in_(chunk))
            .order_by(EvaluationScore.evaluation, EvaluationScore.id)
        )  # fmt: skip
        for eid, indicator, value, score, weight in query.tuples():
            if indicator in _KNOWN:
                value = None if value is None else float(value)
                scores.setdefault(eid, []).append(
                    Score(Indicator(indicator), value, float(score), int(weight))
                )
        query = _listing().select_extend(Evaluation.created_at).where(Evaluation.id.in_(chunk))
        for values in query.tuples():
            row = _row(values[:-1])
            found[row.id] = EvaluationForm(
                row.customer_id, row.member_no, row.name, row.evaluated_on, row.period_from,
                tuple(scores.get(row.id, ())), row.total, row.grade, row.recommendation,
                row.note, row.operator, values[-1], row.id,
            )  # fmt: skip
    return [found[i] for i in unique(evaluation_ids) if i in found]


def form(evaluation_id: int) -> EvaluationForm:
    kept = forms([evaluation_id])
    if not kept:
        raise ServiceError(Message(EVALUATION_GONE))
    return kept[0]


def delete_evaluation(evaluation_id: int) -> None:
    """Remove one kept evaluation and its scores (the window asks first)."""
    with database.atomic():
        EvaluationScore.delete().where(EvaluationScore.evaluation == evaluation_id).execute()
        if not Evaluation.delete().where(Evaluation.id == evaluation_id).execute():
            raise ServiceError(Message(EVALUATION_GONE))


__all__ = [
    "DEFAULT",
    "GRADES",
    "INDICATORS",
    "EvaluationFilter",
    "EvaluationForm",
    "EvaluationRow",
    "Facts",
    "Indicator",
    "Scheme",
    "Score",
    "Weighting",
    "candidates",
    "delete_evaluation",
    "evaluate",
    "evaluations",
    "facts_of",
    "form",
    "forms",
    "history_of",
    "note_errors",
    "period_start",
    "preview",
    "save_scheme",
    "scheme",
    "scheme_errors",
    "score_of",
    "scores_of",
    "total_of",
]
