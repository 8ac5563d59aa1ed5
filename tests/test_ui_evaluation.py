"""The evaluation tab through its widgets: a customer evaluated with the dialog and listed,
her form opened with a way to her card, the top customers previewed and kept, a bad
scheme refused with its message and nothing typed lost, deleting after asking, and the
forms and the summary printed to PDF pages."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.models import Customer, Evaluation
from app.models.enums import FollowUpChannel, Grade, Recommendation
from app.services import customers, evaluation, settings, visits
from app.services.dto import CustomerData, FollowUpData, VisitData, VisitItemData
from app.services.evaluation import DEFAULT
from app.ui import prompts
from app.ui.application import install_language, register_bundled_font
from app.ui.insight import evaluation_print
from app.ui.insight.evaluation_batch import TopCustomersDialog
from app.ui.insight.evaluation_form import EvaluationDialog, evaluate_customer
from app.ui.insight.evaluation_model import COL_GRADE, COL_NAME, COL_TOTAL, EvaluationListModel
from app.ui.insight.evaluation_scheme_dialog import SchemeDialog
from app.ui.insight.evaluation_tab import EvaluationTab

NOW = datetime(2026, 11, 22, 10, 30)
TODAY = NOW.date()


@pytest.fixture(autouse=True)
def english(qapp):
    install_language("en")
    register_bundled_font()
    yield
    install_language("en")


def a_customer(name: str, mobile: str = "", **changes: object) -> int:
    data = CustomerData(name=name, mobile=mobile, **changes)  # type: ignore[arg-type]
    return customers.create_customer(data, "店长", NOW - timedelta(days=1200))


def visits_of(customer_id: int, count: int, fen: int) -> None:
    for n in range(count):
        on = TODAY - timedelta(days=5 + 30 * n)
        data = VisitData(on, (VisitItemData("护理", price_fen=fen),), "小美")
        visits.add_visit(customer_id, data, "店长", datetime.combine(on, NOW.time()))


@pytest.fixture
def shop(db) -> dict[str, int]:
    """王芳 a loyal VIP, 李娜 an occasional customer, 赵敏 a card without visits."""
    settings.set_value("shop_name", "丽丽美容 Lily Beauty")
    wang = a_customer("王芳", "13912345678", grade=Grade.VIP)
    visits_of(wang, 12, 45_000)
    follow_up = FollowUpData(TODAY - timedelta(days=3), FollowUpChannel.PHONE, "满意", 5)
    visits.add_follow_up(wang, follow_up, "店长", NOW)
    li = a_customer("李娜", "13812345678")
    visits_of(li, 2, 9_800)
    zhao = a_customer("赵敏")
    return {"wang": wang, "li": li, "zhao": zhao}


@pytest.fixture
def tab(qtbot, shop) -> EvaluationTab:
    widget = EvaluationTab(lambda: NOW, lambda: "店长")
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    return widget


def the_dialog(parent, kind):
    found = [d for d in parent.findChildren(kind) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def reads(actual: str, expected: str) -> bool:
    """`actual` is `expected`, or its "%n …(s)" source until the English plurals are built
    into the translations (scripts/update_translations.py)."""
    return expected in (actual, actual.replace("(s)", "s"), actual.replace("(s)", ""))


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    return unicodedata.normalize("NFKC", out.stdout)


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def test_evaluate_a_customer_through_the_dialog(qtbot, tab, shop) -> None:
    """Found as at the counter, her form previewed, a note typed, saved — and listed."""
    picker_dialog = tab.evaluate_one()
    picker_dialog.picker.search.setText("王芳")
    picker_dialog.picker._find()
    picker_dialog.picker._take_first()
    dialog = the_dialog(tab, EvaluationDialog)
    assert dialog.form.id is None and dialog.form.customer_id == shop["wang"]
    table = dialog.table
    assert table.rowCount() == 8
    assert [table.item(r, 0).text() for r in range(8)] == [
        "Spending", "Visit frequency", "Last visit", "Years as a customer", "Referrals",
        "Complaints", "Satisfaction", "Total",
    ]  # fmt: skip
    assert table.item(0, 1).text() == "¥5,400.00" and reads(table.item(1, 1).text(), "12 visits")
    assert reads(table.item(2, 1).text(), "5 days ago")
    assert table.item(6, 1).text() == "5.00 of 5"
    assert table.item(7, 2).text() == "100"
    preview = dialog.form
    assert "Total " + f"{preview.total:.1f}" in dialog.result.text()
    dialog.note.setPlainText("邀请她体验新项目")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).buttons()[0], Qt.MouseButton.LeftButton)
    kept = Evaluation.get()
    assert (kept.customer_id, kept.note, kept.operator) == (
        shop["wang"],
        "邀请她体验新项目",
        "店长",
    )
    assert kept.total == preview.total and kept.grade == preview.grade
    assert tab.model.rowCount() == 1 and tab.chosen_ids() == [kept.id]
    index = tab.proxy.index(0, COL_TOTAL)
    assert index.data() == f"{kept.total:.1f}"
    assert tab.proxy.index(0, COL_GRADE).data() == kept.grade
    assert reads(tab.count.text(), "1 evaluation")


def test_evaluate_from_her_card(qtbot, db, shop) -> None:
    """The card's menu shows her form; Save keeps it dated today, with the callback told."""
    told: list[int] = []
    dialog = evaluate_customer(None, shop["li"], lambda: NOW, lambda: "小美", told.append)
    qtbot.addWidget(dialog)
    assert dialog.form.grade in "CD"
    assert dialog.keep()
    assert told == [Evaluation.get().id]
    assert Evaluation.get().evaluated_on == TODAY and Evaluation.get().operator == "小美"


def test_an_erased_customer_is_refused_with_a_message(db, shop, monkeypatch) -> None:
    """No traceback: a clear message, and no form."""
    Customer.update(erased=True).where(Customer.id == shop["zhao"]).execute()
    shown: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: shown.append(text))
    assert evaluate_customer(None, shop["zhao"], lambda: NOW, lambda: "x") is None
    assert shown and "was erased" in shown[0]


def test_kept_form_opens_and_leads_to_her_card(qtbot, tab, shop) -> None:
    """Double-click shows the kept form; Open her card goes to her card."""
    [kept] = evaluation.evaluate([shop["wang"]], TODAY, "店长", NOW, note="保持联系")
    tab.reload()
    dialog = tab.open_evaluation(kept)
    assert dialog.form.id == kept and dialog.note.isReadOnly()
    assert dialog.note.toPlainText() == "保持联系"
    with qtbot.waitSignal(tab.open_customer) as opened:
        qtbot.mouseClick(dialog.card_button, Qt.MouseButton.LeftButton)
    assert opened.args == [shop["wang"]]


def test_top_customers_previewed_then_kept(qtbot, tab, shop) -> None:
    """The top two by spending are shown with their totals; the one unticked is left out."""
    dialog = tab.evaluate_top()
    assert isinstance(dialog, TopCustomersDialog)
    dialog.count.setValue(2)
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(r, 1).text() for r in range(2)] == ["王芳", "李娜"]
    assert table.item(0, 2).text() == "¥5,400.00"
    forms = evaluation.preview([shop["wang"], shop["li"]], TODAY)
    assert [table.item(r, 3).text() for r in range(2)] == [f"{f.total:.1f}" for f in forms]
    assert reads(dialog.summary.text().split(":")[0], "2 customers to evaluate")
    table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    assert reads(dialog.summary.text().split(":")[0], "1 customer to evaluate")
    dialog.note.setText("Q4")
    dialog.accept()
    assert [(e.customer_id, e.note) for e in Evaluation.select()] == [(shop["wang"], "Q4")]
    assert tab.model.rowCount() == 1
    dialog = tab.evaluate_top()
    dialog.everyone.setChecked(True)
    assert dialog.table.rowCount() == 3
    dialog.grade.setCurrentIndex(dialog.grade.findData(Grade.VIP.value))
    assert dialog.table.rowCount() == 1
    dialog.reject()


def test_bad_scheme_refused_with_a_message_and_kept(qtbot, tab, monkeypatch) -> None:
    """Weights making 110 and an unreadable amount are refused; what she typed stays."""
    shown: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: shown.append(text))
    dialog = tab.edit_scheme()
    assert isinstance(dialog, SchemeDialog)
    assert dialog.total.text() == "Total 100"
    spend = dialog.weights[evaluation.Indicator.SPEND]
    spend.setValue(40)
    assert dialog.total.text() == "Total 110"
    dialog.spend.setText("五千")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "add up to 110" in shown[0] and "Enter an amount such as 5000." in shown[0]
    assert dialog.errors["weights"].isVisible() and dialog.errors["spend_full_fen"].isVisible()
    assert spend.value() == 40 and dialog.spend.text() == "五千"
    assert evaluation.scheme() == DEFAULT
    # Unticking referrals (10) brings the total back to 100.
    dialog.enabled[evaluation.Indicator.REFERRALS].setChecked(False)
    assert dialog.total.text() == "Total 100"
    dialog.spend.setText("6000")
    dialog.advice["C"].setCurrentIndex(dialog.advice["C"].findData(Recommendation.END.value))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and len(shown) == 1
    kept = evaluation.scheme()
    assert kept.spend_full_fen == 600_000 and kept.weight(evaluation.Indicator.SPEND) == 40
    assert evaluation.Indicator.REFERRALS not in kept.in_use()
    assert kept.advice("C") == Recommendation.END


def test_filters_and_delete_after_asking(qtbot, tab, shop, monkeypatch) -> None:
    """The grade filter narrows the list; Delete asks first and No keeps it."""
    evaluation.evaluate(list(shop.values()), TODAY, "店长", NOW)
    tab.reload()
    assert tab.model.rowCount() == 3
    tab.grade.setCurrentIndex(tab.grade.findData("D"))
    tab.reload()
    names = {tab.proxy.index(r, COL_NAME).data() for r in range(tab.proxy.rowCount())}
    assert "王芳" not in names and names
    tab.grade.setCurrentIndex(0)
    tab.reload()
    answers = iter([False, True])
    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: next(answers))
    tab.table.selectRow(0)
    chosen = tab.chosen_ids()
    assert not tab.delete_chosen() and Evaluation.select().count() == 3
    assert tab.delete_chosen() and Evaluation.select().count() == 2
    assert chosen[0] not in {e.id for e in Evaluation.select()}
    assert tab.model.rowCount() == 2


def test_export_from_the_tab(tab, shop, tmp_path: Path) -> None:
    """Export… writes the listed evaluations with the numbers the list shows."""
    evaluation.evaluate([shop["wang"], shop["li"]], TODAY, "店长", NOW)
    tab.reload()
    path = tab.export(str(tmp_path / "evaluations"))
    assert path == tmp_path / "evaluations.xlsx"
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    header = rows[0]
    shown = {tab.proxy.index(r, COL_NAME).data(): tab.proxy.index(r, COL_TOTAL).data()
             for r in range(tab.proxy.rowCount())}  # fmt: skip
    for row in rows[1:]:
        assert f"{row[header.index('total')]:.1f}" == shown[row[2]]


def test_forms_and_summary_print_to_pdf(tab, shop, tmp_path: Path) -> None:
    """A signed form a page with the same numbers as the window; the summary on one page."""
    ids = evaluation.evaluate(list(shop.values()), TODAY, "店长", NOW, note="季度评估")
    path = evaluation_print.forms_to_pdf(tmp_path / "forms.pdf", ids, NOW)
    assert pdf_pages(path) == 3
    text = pdf_text(path)
    wang = evaluation.form(ids[0])
    assert "丽丽美容 Lily Beauty" in text and "Relationship evaluation" in text
    assert "王芳" in text and "Member no. " + wang.member_no in text
    assert "Evaluated on 22 Nov 2026" in text and "Facts from 22 Nov 2025 to 22 Nov 2026" in text
    assert "¥5,400.00" in text and "季度评估" in text
    assert "12 visits" in text.replace("(s)", "s")
    assert f"{wang.total:.1f}" in text and "Approved by" in text and "Maintain" in text
    for s in wang.scores:
        assert f"{s.weighted:.2f}" in text
    summary = evaluation_print.summary_to_pdf(tmp_path / "summary.pdf", ids, NOW)
    assert pdf_pages(summary) == 1
    text = pdf_text(summary)
    assert "Relationship evaluations" in text and "3 evaluations" in text.replace("(s)", "s")
    assert all(name in text for name in ("王芳", "李娜", "赵敏"))


def test_a_long_summary_goes_on_over_pages(db, tmp_path: Path) -> None:
    """Eighty evaluations make a summary of numbered pages across A4, every one listed."""
    ids = [a_customer(f"客户{n}") for n in range(80)]
    kept = evaluation.evaluate(ids, TODAY, "店长", NOW)
    path = evaluation_print.summary_to_pdf(tmp_path / "many.pdf", kept, NOW)
    assert pdf_pages(path) == 4  # 22 rows under the heading, then 24 a page
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert "842 x 595 pts (A4)" in info
    text = pdf_text(path)
    assert "Page 4 of 4" in text and all(f"客户{n} " in text for n in range(80))


def test_list_model_passes_the_model_tester(qtmodeltester, shop) -> None:
    """The list model answers Qt's questions consistently."""
    evaluation.evaluate(list(shop.values()), TODAY, "店长", NOW)
    model = EvaluationListModel()
    model.set_rows(evaluation.evaluations())
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.index(0, COL_TOTAL).data()


def test_first_day_of_the_quarter(tab) -> None:
    """This quarter starts on 1 October for 22 November."""
    from app.ui.insight.evaluation_tab import THIS_QUARTER, quarter_start

    assert quarter_start(date(2026, 11, 22)) == date(2026, 10, 1)
    tab.period.setCurrentIndex(THIS_QUARTER)
    assert tab.date_range() == (date(2026, 10, 1), TODAY)


def test_print_preview_and_save_as_pdf(qtbot, tab, shop, tmp_path: Path) -> None:
    """The preview shows the pages the PDF gets: a form each, the summary across A4."""
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from app.ui.insight.evaluation_actions import save_pdf

    ids = evaluation.evaluate(list(shop.values()), TODAY, "店长", NOW)
    dialog = evaluation_print.preview_forms(tab, ids, NOW)
    dialog.show()
    pages = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: pages.pageCount() == 3, timeout=5000)
    dialog.close()
    dialog = evaluation_print.preview_summary(tab, ids, NOW)
    dialog.show()
    pages = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: pages.pageCount() == 1, timeout=5000)
    assert dialog.printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    dialog.close()
    written = save_pdf(tab, ids, True, NOW, str(tmp_path / "summary"))
    assert written == tmp_path / "summary.pdf" and pdf_pages(written) == 1
