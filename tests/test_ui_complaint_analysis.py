"""The complaint analysis tab: the figures, the table and the chart of the seeded
complaints, the period chooser, a repeat complainer's card opened by double-click,
and a clear line for a period without complaints."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from app.models import ComplaintCategory, ComplaintChannel, Severity
from app.services import complaints, customers
from app.services.complaint_stats import Period
from app.services.complaints import ComplaintData, ResolutionData
from app.services.dto import CustomerData
from app.ui.application import install_language
from app.ui.complaints.analysis import CUSTOM, THIS_MONTH, ComplaintAnalysis

C = ComplaintCategory
NOW = datetime(2026, 11, 22, 10, 30)
ROOT = Path(__file__).resolve().parent.parent


def complain(received: datetime, category: ComplaintCategory, customer: int | None = None) -> int:
    data = ComplaintData(
        customer_id=customer,
        received_at=received,
        channel=ComplaintChannel.IN_STORE,
        category=category,
        severity=Severity.SERIOUS,
        description="染发颜色不对",
        promised_by=received + timedelta(days=2),
    )
    return complaints.record(data, "前台", received)


@pytest.fixture
def shop(db) -> dict[str, int]:
    """王芳 complained three times in November (service twice, price once); an anonymous
    customer about a product in October, and about the environment in May."""
    install_language("en")
    wang = customers.create_customer(CustomerData(name="王芳", mobile="13800001234"), "前台", NOW)
    first = complain(datetime(2026, 11, 2, 10, 0), C.SERVICE, wang)
    complain(datetime(2026, 11, 9, 10, 0), C.SERVICE, wang)
    complain(datetime(2026, 11, 12, 15, 0), C.PRICE, wang)
    october = complain(datetime(2026, 10, 5, 9, 0), C.PRODUCT)
    complain(datetime(2026, 5, 5, 9, 0), C.ENVIRONMENT)
    # 72 hours, past the promise (48 hours); 48 hours, kept exactly.
    complaints.resolve(first, ResolutionData("道歉并重做", date(2026, 11, 5)), "店长",
                       datetime(2026, 11, 5, 10, 0))  # fmt: skip
    complaints.resolve(october, ResolutionData("换货", date(2026, 10, 7)), "店长",
                       datetime(2026, 10, 7, 9, 0))  # fmt: skip
    return {"wang": wang}


@pytest.fixture
def analysis(qtbot) -> ComplaintAnalysis:
    widget = ComplaintAnalysis(lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


def cell(widget: ComplaintAnalysis, first: str, header: str) -> str:
    """The category table's text in the row starting with `first`, under `header`."""
    model = widget.categories_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == first:
            return str(model.index(row, headers.index(header)).data())
    raise AssertionError(f"no row {first}")


def test_shows_the_figures_table_and_chart_of_the_complaints(shop, analysis):
    """The owner sees what customers complain about most, and how fast they were answered."""
    analysis.refresh()
    assert analysis.period() == Period(date(2025, 12, 1), date(2026, 11, 22))
    assert analysis.pages.currentIndex() == 0
    assert analysis.total_value.text() == "5"
    assert analysis.total_detail.text() == "2 resolved, 3 still open"
    assert analysis.top_value.text() == "Service attitude"
    assert "40%" in analysis.top_detail.text()
    assert analysis.time_value.text() == "2.5 days"  # (72 + 48) / 2 hours
    # Kept once (October), late once (resolved after 72 h); the three still open are
    # past their promise too.
    assert analysis.promise_value.text() == "20%"
    assert analysis.promise_detail.text() == "1 of 5 answers due"
    assert cell(analysis, "Service attitude", "Nov 2026") == "2"
    assert cell(analysis, "Service attitude", "Oct 2026") == "0"
    assert cell(analysis, "Product quality", "Oct 2026") == "1"
    assert cell(analysis, "Service attitude", "Total") == "2"
    assert cell(analysis, "All categories", "Nov 2026") == "3"
    assert cell(analysis, "All categories", "Total") == "5"
    first_row = analysis.categories_model.index(0, 0)
    assert first_row.data() == "Service attitude"  # the most complained about on top
    # The chart: twelve months, stacked by category, with a legend of those present.
    chart = analysis.chart
    assert chart is not None and chart.isVisible()
    drawn = {s.name: s.values for s in chart.series}
    assert set(drawn) == {"Product quality", "Service attitude", "Price", "Environment"}
    assert drawn["Service attitude"] == (0,) * 11 + (2,)
    assert drawn["Product quality"][10] == 1
    assert chart.legend_names() == ["Product quality", "Service attitude", "Price", "Environment"]
    assert chart.part_at(11, 0.5) is not None and chart.part_at(11, 0.5).name == "Service attitude"
    assert chart.part_at(11, 2.5) is not None and chart.part_at(11, 2.5).name == "Price"
    plot = chart.plot.getPlotItem()
    assert not plot.getViewBox().state["mouseEnabled"][0]  # no zooming by surprise
    resolution = analysis.resolution_model
    assert resolution.rowCount() == 13  # twelve months and the whole period
    whole = [resolution.index(12, c).data() for c in range(resolution.columnCount())]
    assert whole == ["Whole period", "5", "2", "3", "2.5 days", "20% (1 of 5)"]
    assert analysis.tables.tabText(2).startswith("Repeat complainers")


def test_choosing_the_period_updates_everything(shop, analysis, qtbot):
    """'This month' shows November only; a date typed in turns the choice into a range."""
    analysis.refresh()
    analysis.period_box.setCurrentIndex(THIS_MONTH)
    assert analysis.period() == Period(date(2026, 11, 1), date(2026, 11, 22))
    assert analysis.total_value.text() == "3"
    assert analysis.categories_model.columnCount() == 4  # category, November, total, share
    assert cell(analysis, "Price", "Nov 2026") == "1"
    assert analysis.chart is not None and len(analysis.chart.series[0].values) == 1
    analysis.start_date.setDate(QDate(2026, 5, 1))
    assert analysis.period_box.currentIndex() == CUSTOM
    qtbot.waitUntil(lambda: analysis.total_value.text() == "5")
    assert analysis.period() == Period(date(2026, 5, 1), date(2026, 11, 22))
    assert cell(analysis, "Environment", "May 2026") == "1"
    # The end before the start moves the start along.
    analysis.end_date.setDate(QDate(2026, 4, 30))
    assert analysis.start_date.date() == QDate(2026, 4, 30)


def test_double_click_on_a_repeat_complainer_opens_her_card(shop, analysis, qtbot):
    """From the list of repeat complainers the owner reaches the customer to call back."""
    analysis.refresh()
    analysis.tables.setCurrentIndex(2)
    table = analysis.repeat_table
    assert analysis.tables.tabText(2) == analysis.tr("Repeat complainers (%n)", "", 1)
    assert table.model().rowCount() == 1
    row = [table.model().index(0, c).data() for c in range(table.model().columnCount())]
    assert row[0] == "王芳"
    assert row[2:] == ["3", "12 Nov 2026", "Service attitude, Price"]
    qtbot.waitUntil(lambda: table.isVisible() and table.viewport().height() > 40)
    rect = table.visualRect(table.model().index(0, 0))
    with qtbot.waitSignal(analysis.open_customer, timeout=2000) as opened:
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [shop["wang"]]


def test_a_period_without_complaints_says_so(shop, analysis):
    """A quiet period shows one clear line, not an empty chart."""
    analysis.set_period(Period(date(2026, 1, 1), date(2026, 3, 31)))
    assert analysis.pages.currentWidget() is analysis.empty
    assert analysis.empty.isVisible()
    assert analysis.empty.text() == "There are no complaints in this period."
    assert analysis.chart is None  # nothing drawn, pyqtgraph not even needed yet


def test_an_empty_shop(db, analysis):
    """Before the first complaint the tab says there is nothing yet."""
    install_language("en")
    analysis.refresh()
    assert analysis.empty.isVisible()
    assert analysis.analysis is not None and analysis.analysis.total == 0


def test_opening_the_program_does_not_import_the_chart_library():
    """pyqtgraph and numpy take ~0.3 s to import: only the analysis's first chart pays it."""
    code = (
        "import sys; import app.ui.complaints.analysis; "
        "print('pyqtgraph' in sys.modules, 'numpy' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False"]
