"""Customer insight (客户分析与评估): each customer's computed grade and rhythm, and the
dated relationship evaluations (客户关系评估表).

`CustomerInsight` is recomputed from the visits (on demand, nightly on start, and for
one customer when a visit is recorded or voided); only `manual_segment`, the shop's own
grade, is never touched by a recomputation. An evaluation is kept as it was made: its
indicators, weights and scores are copied, so a later change of the scheme does not
rewrite history.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    CharField,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)
from playhouse.fields import EnumField

from app.models.base import BaseModel
from app.models.customer import Customer
from app.models.enums import Recommendation, Segment


class CustomerInsight(BaseModel):
    customer = ForeignKeyField(Customer, primary_key=True, on_delete="CASCADE", backref="+")
    computed_on = DateField()  # the `today` of the computation
    period_from = DateField()  # RFM over [period_from, computed_on]
    recency_days = IntegerField(null=True)  # days since the last visit in the period
    frequency = IntegerField(default=0)  # visits in the period
    monetary_fen = IntegerField(default=0)  # spent in the period
    r_score = IntegerField(default=0)  # 1–5 quintiles, 0 without a visit in the period
    f_score = IntegerField(default=0)
    m_score = IntegerField(default=0)
    segment = EnumField(Segment, max_length=20, default=Segment.NO_PURCHASE, index=True)
    abc = CharField(max_length=1, default="C")  # A: the top 80 % of revenue, B: next 15 %
    manual_segment = EnumField(Segment, max_length=20, null=True)  # the shop's own, wins
    # Her rhythm: the median days between visits (None: too few visits to tell).
    usual_gap_days = IntegerField(null=True)
    late_after_days = IntegerField(default=0)  # days without a visit before she is late
    late_on = DateField(null=True, index=True)  # her first late day; None: never visited

    customer_id: int


class Evaluation(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE", backref="+")
    evaluated_on = DateField()
    period_from = DateField()  # the facts were taken over [period_from, evaluated_on]
    total = FloatField()  # 0–100, the weighted sum of the scores
    grade = CharField(max_length=1)  # A/B/C/D
    recommendation = EnumField(Recommendation, max_length=16)
    note = TextField(default="")
    operator = CharField(max_length=50, default="")
    created_at = DateTimeField()

    customer_id: int

    class Meta:
        indexes = (
            (("customer", "evaluated_on"), False),
            (("evaluated_on",), False),
        )


class EvaluationScore(BaseModel):
    id = AutoField()
    evaluation = ForeignKeyField(Evaluation, on_delete="CASCADE", backref="scores", index=False)
    indicator = CharField(max_length=20)  # spend, frequency, recency, tenure, referrals, …
    value = FloatField(null=True)  # the fact (¥, visits, days, years, count, 1–5)
    score = FloatField()  # 0–100
    weight = IntegerField()  # its share of the 100

    evaluation_id: int

    class Meta:
        indexes = ((("evaluation", "id"), False),)
