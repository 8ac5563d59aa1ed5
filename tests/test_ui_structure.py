"""The customer structure tab: the table and chart of a small salon, switching between
the views, the category editor saving what it was given, Export… writing the workbook,
and a period that runs backwards refused with a clear message, nothing lost."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog

from app.models import Customer, CustomerInsight, Visit, VisitItem
from app.models.enums import Grade, Segment
from app.services import structure_categories
from app.services.structure import Period
from app.ui import prompts
from app.ui.application import install_language
from app.ui.insight.structure_categories import (
    COL_CATEGORY,
    CategoryDialog,
    CategoryModel,
)
from app.ui.insight.structure_tab import CUSTOM, THIS_MONTH, StructureTab

NOW = datetime(2026, 11, 22, 10, 30)
CREATED = datetime(2024, 1, 1, 9, 0)


def customer(name: str, grade: Grade, district: str) -> int:
    number = f"{100000 + Customer.select().count() + 1}"
    row = Customer.create(member_no=number, name=name, grade=grade, district=district,
                          created_at=CREATED, updated_at=CREATED)  # fmt: skip
    return int(row.id)


def visit(customer_id: int, day: date, items: list[tuple[str, int, int]]) -> None:
    row = Visit.create(customer=customer_id, visited_on=day, created_at=CREATED,
                       amount_fen=sum(q * p for _, q, p in items))  # fmt: skip
    for name, quantity, price in items:
        VisitItem.create(visit=row.id, name=name, quantity=quantity, price_fen=price)


@pytest.fixture
def salon(db) -> None:
    """王芳 (VIP, 西湖区, 重要价值) came three times; 李娜 (no district, not graded) once in
    October; 张敏 (上城区) once in March, outside this month."""
    install_language("en")
    wang = customer("王芳", Grade.VIP, "西湖区")
    li = customer("李娜", Grade.REGULAR, "")
    zhang = customer("张敏", Grade.IMPORTANT, "上城区")
    visit(wang, date(2026, 9, 3), [("洗剪吹", 1, 6800), ("洗发水", 1, 12800)])
    visit(wang, date(2026, 11, 5), [("美甲", 2, 12800)])
    visit(wang, date(2026, 11, 12), [("洗剪吹", 1, 6800)])
    visit(li, date(2026, 10, 20), [("面部护理", 1, 19800)])
    visit(zhang, date(2026, 3, 8), [("烫发", 1, 39800)])
    CustomerInsight.create(customer=wang, computed_on=NOW.date(), period_from=date(2025, 11, 23),
                           segment=Segment.IMPORTANT_VALUE, abc="A")  # fmt: skip


@pytest.fixture
def tab(qtbot) -> StructureTab:
    widget = StructureTab(lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


def table(widget: StructureTab) -> list[list[str]]:
    model = widget.model
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def headers(widget: StructureTab) -> list[str]:
    model = widget.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_shows_the_grades_table_and_chart(salon, tab):
    """The owner sees at once who brings the revenue: grades, shares, totals and a chart."""
    assert tab.period() == Period(date(2025, 12, 1), date(2026, 11, 22))
    assert tab.pages.currentIndex() == 0
    # (Counts are plural messages: "3 customers" once the translations are built.)
    summary = tab.summary.text()
    assert summary.startswith("Revenue ¥1,116.00 · 3 customer")
    assert " · 5 visit" in summary and summary.endswith(" · repeat rate 33.3%")
    assert headers(tab) == ["RFM grade", "Customers", "% of customers", "Visits", "Revenue",
                            "% of revenue", "Per customer", "Repeat rate", "On file"]  # fmt: skip
    rows = table(tab)
    assert rows[0] == ["Important value", "1", "33.3%", "3", "¥520.00", "46.6%", "¥520.00",
                       "100.0%", "1"]  # fmt: skip
    assert rows[-2][:5] == ["Not graded yet", "2", "66.7%", "2", "¥596.00"]
    assert rows[-1][:7] == ["Total", "3", "100.0%", "5", "¥1,116.00", "100.0%", "¥372.00"]
    chart = tab.chart
    assert chart is not None and chart.isVisible()
    assert chart.groups[0] == "Important value" and chart.groups[-1] == "Not graded yet"
    assert [s.name for s in chart.series] == ["Share of the revenue", "Share of the customers"]
    assert chart.value_at(0, 0) == pytest.approx(46.6)
    assert chart.legend_names() == ["Share of the revenue", "Share of the customers"]
    plot = chart.plot.getPlotItem()
    assert not plot.getViewBox().state["mouseEnabled"][0]


def test_switching_views_and_periods(salon, tab):
    """Each view answers its own question for the same period."""
    tab.set_view("district")
    assert [r[0] for r in table(tab)] == ["西湖区", "上城区", "Not given", "Total"]
    assert table(tab)[0][4] == "¥520.00"
    tab.set_view("category")
    assert [r[0] for r in table(tab)] == ["Uncategorised", "Total"]
    assert "counts in each" in tab.note.text()
    tab.set_view("item")
    assert [r[0] for r in table(tab)][:2] == ["烫发", "美甲"]
    tab.set_view("months")
    rows = table(tab)
    assert headers(tab)[:4] == ["Month", "Customers", "New", "Returning"]
    assert rows[3][:4] == ["Mar 2026", "1", "1", "0"]
    assert rows[-2][:4] == ["Nov 2026", "1", "0", "1"]
    assert rows[-1][:4] == ["Whole period", "3", "3", "0"]
    assert tab.chart is not None and len(tab.chart.groups) == 12
    assert tab.summary.text().endswith(" in the period: 3 new, 0 returning")
    tab.set_view("frequency")
    assert [r[:2] for r in table(tab)][:3] == [
        ["1 visit", "2"],
        ["2 visits", "0"],
        ["3 visits", "1"],
    ]
    tab.set_view("membership")
    tab.period_box.setCurrentIndex(THIS_MONTH)
    assert tab.period() == Period(date(2026, 11, 1), date(2026, 11, 22))
    assert table(tab)[0][:5] == ["VIP", "1", "100.0%", "2", "¥324.00"]


def test_an_empty_period_says_so(salon, tab):
    """A period without visits says so instead of an empty chart."""
    tab.set_period(Period(date(2026, 6, 1), date(2026, 6, 30)))
    assert tab.pages.currentWidget() is tab.message
    assert tab.message.text() == "There are no visits in this period."
    assert not tab.export_button.isEnabled()


def test_a_backwards_period_is_refused_and_the_dates_stay(salon, tab, monkeypatch):
    """A from date after the to date tells what is wrong and keeps both dates as typed."""
    warned: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: warned.append(text))
    tab.start_date.setDate(QDate(2026, 11, 10))
    tab.end_date.setDate(QDate(2026, 11, 1))
    assert tab.period_box.currentIndex() == CUSTOM
    tab.read()  # what the typing timer does
    assert tab.pages.currentWidget() is tab.message
    assert tab.message.text() == (
        "The period's first day (2026-11-10) is after its last day (2026-11-01): "
        "change one of the two dates."
    )
    assert tab.start_date.date() == QDate(2026, 11, 10)
    assert tab.end_date.date() == QDate(2026, 11, 1)
    assert not tab.export_button.isEnabled()
    assert tab.export("ignored.xlsx") is None
    assert warned and "after its last day" in warned[0]
    tab.end_date.setDate(QDate(2026, 11, 30))
    tab.read()
    assert tab.pages.currentIndex() == 0
    assert tab.period() == Period(date(2026, 11, 10), date(2026, 11, 30))
    assert table(tab)[-1][3] == "1"  # 王芳 on 12 November


def test_the_category_dialog_saves_a_mapping(salon, tab, monkeypatch):
    """Items chosen together get one category; the category view then shows it."""
    tab.set_view("category")

    def fill_in(dialog: CategoryDialog) -> int:
        names = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
        assert names == ["烫发", "美甲", "面部护理", "洗剪吹", "洗发水"]
        selection = dialog.table.selectionModel()
        for row in (0, 3):
            selection.select(
                dialog.filtered.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        dialog.bulk.setCurrentText("  美发 ")
        dialog.assign_button.click()
        dialog.model.setData(dialog.model.index(1, COL_CATEGORY), "美甲美睫")
        assert dialog.count.text().startswith("3 of 5 item")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CategoryDialog, "exec", fill_in)
    assert tab.edit_categories()
    assert structure_categories.item_categories() == {
        "烫发": "美发", "洗剪吹": "美发", "美甲": "美甲美睫",
    }  # fmt: skip
    assert [r[0] for r in table(tab)] == ["美发", "美甲美睫", "Uncategorised", "Total"]
    assert table(tab)[0][4] == "¥534.00"


def test_the_category_model_and_its_limits(salon, qtmodeltester):
    """A category longer than 50 characters is refused in place; the model is sound."""
    model = CategoryModel(structure_categories.sold_items())
    qtmodeltester.check(model)
    index = model.index(0, COL_CATEGORY)
    assert not model.setData(index, "x" * 51)
    assert model.setData(index, " 美发 ")
    assert model.changes() == {"烫发": "美发"}
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_export_writes_the_workbook(salon, tab, tmp_path: Path, qtbot):
    """Export… writes every view of the chosen period to one workbook."""
    path = tab.export(str(tmp_path / "structure"))
    assert path == tmp_path / "structure.xlsx" and path.exists()
    book = openpyxl.load_workbook(path)
    assert "by RFM grade" in book.sheetnames and "new and returning" in book.sheetnames
    grades = [list(r) for r in book["by RFM grade"].iter_rows(values_only=True)]
    assert grades[1][:5] == ["important value", 1, 33.3, 3, 520]
    assert grades[-1][4] == 1116
