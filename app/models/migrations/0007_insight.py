"""Customer insight: each customer's computed RFM grade, ABC class and rhythm (with the
shop's manual grade), and the dated relationship evaluations with their scores."""

from peewee import (
    AutoField,
    CharField,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Customer(Base):
        id = AutoField()

    class CustomerInsight(Base):
        customer = ForeignKeyField(Customer, primary_key=True, on_delete="CASCADE", backref="+")
        computed_on = DateField()
        period_from = DateField()
        recency_days = IntegerField(null=True)
        frequency = IntegerField(default=0)
        monetary_fen = IntegerField(default=0)
        r_score = IntegerField(default=0)
        f_score = IntegerField(default=0)
        m_score = IntegerField(default=0)
        segment = CharField(max_length=20, default="no_purchase", index=True)
        abc = CharField(max_length=1, default="C")
        manual_segment = CharField(max_length=20, null=True)
        usual_gap_days = IntegerField(null=True)
        late_after_days = IntegerField(default=0)
        late_on = DateField(null=True, index=True)

    class Evaluation(Base):
        id = AutoField()
        customer = ForeignKeyField(Customer, on_delete="CASCADE", backref="+")
        evaluated_on = DateField()
        period_from = DateField()
        total = FloatField()
        grade = CharField(max_length=1)
        recommendation = CharField(max_length=16)
        note = TextField(default="")
        operator = CharField(max_length=50, default="")
        created_at = DateTimeField()

        class Meta:
            indexes = (
                (("customer", "evaluated_on"), False),
                (("evaluated_on",), False),
            )

    class EvaluationScore(Base):
        id = AutoField()
        evaluation = ForeignKeyField(Evaluation, on_delete="CASCADE", backref="+", index=False)
        indicator = CharField(max_length=20)
        value = FloatField(null=True)
        score = FloatField()
        weight = IntegerField()

        class Meta:
            indexes = ((("evaluation", "id"), False),)

    db.create_tables([CustomerInsight, Evaluation, EvaluationScore])
