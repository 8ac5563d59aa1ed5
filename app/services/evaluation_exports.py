"""The kept relationship evaluations in Excel: one row per evaluation with each
indicator's fact, score and weight, the total, the grade and the recommendation —
the very numbers the window shows and the form prints.

Headers and words are kept here in both languages, like the other sheets. The caller
passes the evaluation ids in the list's order; without ids every evaluation is
written, newest first. An indicator the evaluation did not use leaves its cells empty.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from app.models.enums import Recommendation
from app.services import evaluation
from app.services.customer_columns import Kind
from app.services.evaluation import EvaluationForm, Indicator
from app.services.evaluation_facts import chunks
from app.services.excel import Sheet, SheetColumn, write_workbook

TITLE = ("客户关系评估", "evaluations")
INDICATOR_NAMES: dict[Indicator, tuple[str, str]] = {
    Indicator.SPEND: ("消费金额", "spend"),
    Indicator.FREQUENCY: ("消费频次", "frequency"),
    Indicator.RECENCY: ("最近到店", "recency"),
    Indicator.TENURE: ("客户年限", "tenure"),
    Indicator.REFERRALS: ("转介绍", "referrals"),
    Indicator.COMPLAINTS: ("投诉", "complaints"),
    Indicator.SATISFACTION: ("满意度", "satisfaction"),
}
# The fact's column: its header in both languages and its kind (spend in ¥).
FACT_HEADERS: dict[Indicator, tuple[str, str, Kind]] = {
    Indicator.SPEND: ("消费金额（元）", "spend (yuan)", Kind.MONEY),
    Indicator.FREQUENCY: ("消费次数", "visits", Kind.INT),
    Indicator.RECENCY: ("距上次到店天数", "days since last visit", Kind.INT),
    Indicator.TENURE: ("客户年限（年）", "years as a customer", Kind.INT),
    Indicator.REFERRALS: ("转介绍人数", "customers referred", Kind.INT),
    Indicator.COMPLAINTS: ("投诉次数", "complaints", Kind.INT),
    Indicator.SATISFACTION: ("平均满意度（1–5）", "average satisfaction (1–5)", Kind.INT),
}
RECOMMENDATIONS: dict[Recommendation, tuple[str, str]] = {
    Recommendation.IMPROVE: ("改进", "improve"),
    Recommendation.MAINTAIN: ("维持", "maintain"),
    Recommendation.END: ("终止关系", "end the relationship"),
}
T, D, N = Kind.TEXT, Kind.DATE, Kind.INT


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[0] if language.startswith("zh") else pair[1]


def columns(language: str) -> list[SheetColumn]:
    zh = language.startswith("zh")
    found = [
        SheetColumn("评估日期" if zh else "evaluated_on", D, 12),
        SheetColumn("会员号" if zh else "member_no", T, 10),
        SheetColumn("姓名" if zh else "name", T, 10),
        SheetColumn("统计起始日" if zh else "period_from", D, 12),
    ]
    for indicator in Indicator:
        fact_zh, fact_en, kind = FACT_HEADERS[indicator]
        name = _pick(INDICATOR_NAMES[indicator], language)
        found += [
            SheetColumn(fact_zh if zh else fact_en, kind, 12),
            SheetColumn(f"{name}得分" if zh else f"{name} score", N, 9),
            SheetColumn(f"{name}权重" if zh else f"{name} weight", N, 9),
        ]
    found += [
        SheetColumn("总分" if zh else "total", N, 8),
        SheetColumn("等级" if zh else "grade", T, 6),
        SheetColumn("建议" if zh else "recommendation", Kind.CHOICE, 12),
        SheetColumn("备注" if zh else "note", T, 30),
        SheetColumn("评估人" if zh else "operator", T, 8),
    ]
    return found


def _fact(indicator: Indicator, value: float | None) -> object:
    if value is None:
        return None
    if indicator == Indicator.SPEND:
        return round(value * 100)  # fen: written as exact yuan
    if indicator in (Indicator.TENURE, Indicator.SATISFACTION):
        return value
    return int(value)


def row_of(form: EvaluationForm, language: str) -> list[object]:
    row: list[object] = [form.evaluated_on, form.member_no, form.name, form.period_from]
    for indicator in Indicator:
        score = form.score_of(indicator)
        if score is None:
            row += [None, None, None]
        else:
            row += [_fact(indicator, score.value), score.score, score.weight]
    row += [
        form.total,
        form.grade,
        _pick(RECOMMENDATIONS[form.recommendation], language),
        form.note,
        form.operator,
    ]
    return row


def rows(language: str, ids: Sequence[int]) -> Iterator[list[object]]:
    """A row per evaluation, in the order of `ids`, read a chunk at a time."""
    for chunk in chunks(ids):
        for form in evaluation.forms(chunk):
            yield row_of(form, language)


def evaluation_sheet(language: str, ids: Sequence[int] | None = None) -> Sheet:
    chosen = [r.id for r in evaluation.evaluations()] if ids is None else list(ids)
    return Sheet(_pick(TITLE, language), columns(language), rows(language, chosen))


def export_evaluations(path: Path, language: str, ids: Sequence[int] | None = None) -> Path:
    """Write the evaluations (these, in this order; or all, newest first) to an .xlsx file."""
    return write_workbook(Path(path), [evaluation_sheet(language, ids)])


__all__ = [
    "FACT_HEADERS",
    "INDICATOR_NAMES",
    "RECOMMENDATIONS",
    "columns",
    "evaluation_sheet",
    "export_evaluations",
    "row_of",
    "rows",
]
