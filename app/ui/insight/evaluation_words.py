"""The evaluation form's words and numbers in the user's language: the indicators'
names, each fact as the form states it (¥3,123.45 · 11 visits · 20 days ago), and the
scores with the decimals the service keeps — the same texts on the screen and on paper."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QObject

from app.models.enums import Recommendation
from app.services.evaluation import EvaluationForm, Indicator, Score
from app.services.visits import format_fen
from app.ui import texts
from app.ui.insight import labels

CONTEXT = "Evaluation"
TITLE = QT_TRANSLATE_NOOP("Evaluation", "Relationship evaluation")
NAMES = {
    Indicator.SPEND: QT_TRANSLATE_NOOP("Evaluation", "Spending"),
    Indicator.FREQUENCY: QT_TRANSLATE_NOOP("Evaluation", "Visit frequency"),
    Indicator.RECENCY: QT_TRANSLATE_NOOP("Evaluation", "Last visit"),
    Indicator.TENURE: QT_TRANSLATE_NOOP("Evaluation", "Years as a customer"),
    Indicator.REFERRALS: QT_TRANSLATE_NOOP("Evaluation", "Referrals"),
    Indicator.COMPLAINTS: QT_TRANSLATE_NOOP("Evaluation", "Complaints"),
    Indicator.SATISFACTION: QT_TRANSLATE_NOOP("Evaluation", "Satisfaction"),
}
GRADE_COLOURS = {"A": "#2e7d32", "B": "#1565c0", "C": "#ef6c00", "D": "#c62828"}


def t(text: str) -> str:
    return texts.t(text, CONTEXT)


def name(indicator: Indicator) -> str:
    return t(NAMES[indicator])


def recommendation(value: Recommendation) -> str:
    return labels.recommendation(value)


def decimal(value: float, places: int) -> str:
    """81.7 · 7.41 — with the language's decimal point."""
    return QLocale().toString(float(value), "f", places)


def score(value: float) -> str:
    return decimal(value, 1)


def weighted(value: Score) -> str:
    return decimal(value.weighted, 2)


def total(form: EvaluationForm) -> str:
    return decimal(form.total, 1)


def money(fen: int) -> str:
    return f"¥{format_fen(fen)}"


class EvaluationWords(QObject):
    """Counted words go through tr() on an object, so lupdate makes them plural."""

    def fact(self, s: Score) -> str:
        value = s.value
        if s.indicator == Indicator.SPEND:
            return money(round((value or 0) * 100))
        if s.indicator == Indicator.RECENCY:
            if value is None:
                return self.tr("Never came")
            days = int(value)
            return self.tr("%n day(s) ago", "", days)
        if s.indicator == Indicator.SATISFACTION:
            if value is None:
                return self.tr("No follow-up: neutral")
            return self.tr("{average} of 5").format(average=decimal(value, 2))
        if s.indicator == Indicator.TENURE:
            return self.tr("{years} years").format(years=decimal(value or 0, 1))
        count = int(value or 0)
        if s.indicator == Indicator.FREQUENCY:
            return self.tr("%n visit(s)", "", count)
        if s.indicator == Indicator.REFERRALS:
            return self.tr("%n customer(s) referred", "", count)
        return self.tr("%n complaint(s)", "", count)

    def count(self, evaluations: int) -> str:
        return self.tr("%n evaluation(s)", "", evaluations)


_words: EvaluationWords | None = None


def words() -> EvaluationWords:
    global _words
    if _words is None:
        _words = EvaluationWords()
    return _words


def fact(value: Score) -> str:
    return words().fact(value)


__all__ = [
    "CONTEXT",
    "GRADE_COLOURS",
    "NAMES",
    "TITLE",
    "decimal",
    "fact",
    "money",
    "name",
    "recommendation",
    "score",
    "t",
    "total",
    "weighted",
    "words",
]
