"""Stored value and package cards at the counter, through the real window: "我还剩多少次?"
answered on the card, top-ups with their bonus, visits paid from the balance or by a
session, refusals that change nothing, refunds, reversals and returns, expired cards —
checking both the screen and the database."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QTableWidget

from app.models import SessionEntry, StoredValueEntry
from app.models.connection import close
from app.models.enums import PaidWith, SessionKind, StoredValueKind
from app.services import customers, packages, prepaid, visits
from app.services.dto import CustomerData, VisitData, VisitItemData
from app.services.packages import ProductData
from app.ui import prompts
from app.ui.customers.visit_items import COL_ITEM, COL_PRICE
from app.ui.prepaid.cards_model import CardsModel, SessionsModel
from app.ui.prepaid.products_model import ProductsModel
from app.ui.prepaid.tab import CARDS_PAGE
from app.ui.prepaid.use_dialog import pickable
from app.ui.prepaid.value_model import COL_KIND, ValueStatementModel
from app.ui.prepaid.visit_panel import VisitPrepaidPanel


def open_window(qtbot, db_path: Path, now: datetime, lang: str):
    from app.services import storage
    from app.ui.application import ensure_chinese_font, install_language, set_names
    from app.ui.main_window import MainWindow

    set_names()
    storage.open_shop(str(db_path), now.date())
    install_language(lang)
    ensure_chinese_font(QApplication.instance())
    window = MainWindow(str(db_path), clock=lambda: now)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


@pytest.fixture
def window(qtbot, db_path: Path, now: datetime):
    win = open_window(qtbot, db_path, now, "en")
    yield win
    win.close()
    close()


def add_customer(window, now: datetime, name: str = "王小丫") -> int:
    cid = customers.create_customer(CustomerData(name=name, mobile="13912345678"), "x", now)
    window.customers.reload()
    window.customers.show_customer(cid)
    return cid


def add_visit(cid: int, now: datetime, days_ago: int, item: str = "面部护理", fen: int = 29800):
    day = now.date() - timedelta(days=days_ago)
    return visits.add_visit(cid, VisitData(day, (VisitItemData(item, price_fen=fen),)), "x", now)


def facial(now: datetime) -> int:
    product = ProductData(None, "面部护理10次卡", "面部护理", 10, 298000, 365)
    return packages.save_product(product, now)


def opening_card(cid: int, name: str, service: str, sessions: int, expires: date, now) -> int:
    """A card brought from paper with all its sessions left, expiring then."""
    return packages.post_opening_card(cid, name, service, sessions, 0, expires, "x", now)


def package_rows(window) -> list[tuple[str, str]]:
    """The card's facts rows of her package cards: (card, sessions left and expiry)."""
    on_card = window.customers.card.prepaid
    facts = window.customers.card.facts
    rows = []
    for label in on_card.card_labels:
        row = facts.getWidgetPosition(label)[0]
        name = facts.itemAt(row, facts.ItemRole.LabelRole).widget().text()
        rows.append((name, label.text()))
    return rows


def type_item(dialog: QDialog, name: str, price: str) -> None:
    table = dialog.findChild(QTableWidget, "visitItems")
    table.item(0, COL_ITEM).setText(name)
    table.item(0, COL_PRICE).setText(price)


def plain(text: str) -> str:
    """English plurals before and after the .ts merge: '8 session(s)' and '8 sessions'."""
    return text.replace("(s)", "s")


def value_entries(cid: int) -> list[tuple[str, int, int]]:
    query = StoredValueEntry.select().where(StoredValueEntry.customer == cid)
    return [(e.kind, e.principal_fen, e.bonus_fen) for e in query.order_by(StoredValueEntry.id)]


def opened(window, name: str) -> QDialog:
    """The dialog of that name opened last (those closed before stay as children)."""
    return window.customers.findChildren(QDialog, name)[-1]


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: shown.append(text))
    return shown


def sell_from_card(window, product_id: int, paid_with: PaidWith = PaidWith.CASH) -> QDialog:
    window.customers.card.prepaid.sell_action.trigger()
    dialog = opened(window, "sellDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.table.selectRow(dialog.model.row_of(product_id))
    (dialog.from_value if paid_with == PaidWith.STORED_VALUE else dialog.cash).setChecked(True)
    return dialog


def use_from_card(window, visit_id: int) -> QDialog:
    window.customers.card.prepaid.use_action.trigger()
    dialog = opened(window, "useSessionDialog")
    dialog.visit.setCurrentIndex(dialog.visit.findData(visit_id))
    return dialog


def test_sell_use_three_return_one_shows_eight_left(qtbot, window, now) -> None:
    """The issue's flow: a 10-session facial card sold, 3 sessions used on 3 visits, one
    returned — the card answers "8 left, expires …", and the database agrees."""
    cid = add_customer(window, now)
    product = facial(now)
    visit_ids = [add_visit(cid, now, days) for days in (20, 10, 0)]
    sell = sell_from_card(window, product)
    assert "valid until 22 Nov 2027" in sell.summary.text()
    assert sell.try_sell()
    [card] = packages.cards(cid)
    for visit_id in visit_ids:
        dialog = use_from_card(window, visit_id)
        assert dialog.chosen_card().id == card.id
        assert dialog.try_use()
    assert plain(package_rows(window)[0][1]) == "7 sessions left, expires 22 Nov 2027"
    tab = window.customers.card.prepaid.tab
    assert window.customers.card.tabs.currentWidget() is tab
    assert tab.pages.currentIndex() == CARDS_PAGE
    middle = next(
        e.id for e in packages.card_sessions(card.id) if e.visit_id == visit_ids[1]
    )  # fmt: skip
    tab.select_card(card.id)
    tab.select_session(middle)
    assert tab.return_action.isEnabled()
    tab.return_action.trigger()
    reason = opened(window, "reasonDialog")
    assert not reason.ok_button.isEnabled()
    reason.reason.setText("wrong card")
    assert reason.try_save()
    assert package_rows(window) == [("面部护理10次卡", package_rows(window)[0][1])]
    assert plain(package_rows(window)[0][1]) == "8 sessions left, expires 22 Nov 2027"
    assert packages.cards(cid)[0].used == 2
    kinds = [e.kind for e in SessionEntry.select().order_by(SessionEntry.id)]
    assert kinds == [SessionKind.USE] * 3 + [SessionKind.RETURN]
    tab.select_session(middle)
    assert not tab.return_action.isEnabled()  # returned once, never twice


def test_chinese_card_says_how_many_left(qtbot, db_path: Path, now: datetime) -> None:
    """A Chinese owner reads "剩余 8 次，到期 …" on the card, not English."""
    window = open_window(qtbot, db_path, now, "zh_CN")
    try:
        cid = add_customer(window, now)
        card = packages.sell_package(cid, facial(now), PaidWith.CASH, "店长", now)
        uses = [
            packages.use_session(cid, add_visit(cid, now, days), "店长", now, card_id=card)
            for days in (20, 10, 0)
        ]
        packages.return_session(uses[1], "划错了", "店长", now)
        window.customers.show_customer(cid)
        assert package_rows(window) == [("面部护理10次卡", "剩余 8 次，到期 2027-11-22")]
        assert window.customers.card.tabs.tabText(3) == "储值与次卡"
    finally:
        window.close()
        close()


def test_top_up_with_bonus_shows_on_the_card(qtbot, window, now) -> None:
    """充1000送200: the dialog shows the bonus as one types; the card shows both after."""
    prepaid.save_bonus_tiers([(100000, 20000), (200000, 50000)])
    cid = add_customer(window, now)
    card = window.customers.card
    assert card.prepaid.balance.text() == "¥0.00"
    qtbot.mouseClick(card.prepaid.top_up_button, Qt.MouseButton.LeftButton)
    dialog = opened(window, "topUpDialog")
    dialog.amount.setText("999")
    assert dialog.bonus.text() == "None for this amount"
    dialog.amount.setText("abc")
    assert "Not an amount of money" in dialog.errors.text()
    assert not dialog.save_button.isEnabled()
    dialog.amount.setText("1000")
    assert dialog.bonus.text() == "¥200.00"
    assert dialog.after.text() == "¥1,200.00 (incl. bonus ¥200.00)"
    dialog.note.setText("微信")
    assert dialog.try_save()
    assert card.prepaid.balance.text() == "¥1,200.00 (incl. bonus ¥200.00)"
    assert value_entries(cid) == [(StoredValueKind.TOP_UP, 100000, 20000)]
    model = card.prepaid.tab.value_model
    assert model.index(0, COL_KIND).data() == "Top-up"


def test_visit_paid_from_stored_value(qtbot, window, now, warnings) -> None:
    """Recording a visit with "Pay from stored value": the amount follows the total and
    the payment names the visit."""
    cid = add_customer(window, now)
    prepaid.top_up(cid, 100000, "x", now)
    dialog = window.customers.record_visit(cid)
    panel = dialog.findChild(VisitPrepaidPanel, "visitPrepaid")
    assert panel is not None and panel.pay.isVisible() and not panel.use.isVisible()
    type_item(dialog, "烫发", "368")
    panel.pay.setChecked(True)
    assert panel.amount.text() == "368.00"
    assert dialog.try_save()
    [visit] = visits.visits_of(cid)
    assert prepaid.balance(cid).total_fen == 100000 - 36800
    [payment] = [e for e in prepaid.value_statement(cid) if e.kind == StoredValueKind.PAYMENT]
    assert payment.visit_id == visit.id and payment.principal_fen == -36800
    assert window.customers.card.prepaid.balance.text() == "¥632.00"
    assert warnings == []


def test_short_balance_refused_before_the_visit_is_saved(qtbot, window, now) -> None:
    """Too little stored value: the dialog says so and saves nothing, not even the visit."""
    cid = add_customer(window, now)
    prepaid.top_up(cid, 10000, "x", now)
    dialog = window.customers.record_visit(cid)
    panel = dialog.findChild(VisitPrepaidPanel, "visitPrepaid")
    type_item(dialog, "烫发", "368")
    panel.pay.setChecked(True)
    assert dialog.try_save() is False
    errors = dialog.findChild(QLabel, "visitErrors").text()
    assert "Not enough stored value: 王小丫 has ¥100.00, this takes ¥368.00." in errors
    assert visits.visits_of(cid) == []
    assert value_entries(cid) == [(StoredValueKind.TOP_UP, 10000, 0)]
    dialog._saved = True  # close without the discard question
    dialog.reject()


def test_payment_refused_at_saving_leaves_visit_unpaid_and_says_so(
    qtbot, window, now, warnings
) -> None:
    """Another counter spent the balance meanwhile: the visit is kept, unpaid, and the
    owner is told after the dialog closes — nothing is half-posted."""
    cid = add_customer(window, now)
    prepaid.top_up(cid, 50000, "x", now)
    dialog = window.customers.record_visit(cid)
    type_item(dialog, "烫发", "368")
    dialog.findChild(VisitPrepaidPanel, "visitPrepaid").pay.setChecked(True)
    prepaid.pay(cid, 40000, "other counter", now)
    assert dialog.try_save()
    assert len(visits.visits_of(cid)) == 1
    assert [e.kind for e in prepaid.value_statement(cid)] == [
        StoredValueKind.TOP_UP,
        StoredValueKind.PAYMENT,
    ]
    assert prepaid.balance(cid).total_fen == 10000
    [text] = warnings
    assert text.startswith("The visit is recorded.")
    assert "Not enough stored value" in text and "another way" in text


def test_sell_from_stored_value_refused_when_short(qtbot, window, now) -> None:
    """A ¥2,980 card from a ¥100 balance: the refusal is shown and nothing is sold."""
    cid = add_customer(window, now)
    prepaid.top_up(cid, 10000, "x", now)
    dialog = sell_from_card(window, facial(now), PaidWith.STORED_VALUE)
    assert "Not enough stored value" in dialog.errors.text()
    assert not dialog.sell_button.isEnabled()
    assert dialog.try_sell() is False
    assert packages.cards(cid) == []
    assert value_entries(cid) == [(StoredValueKind.TOP_UP, 10000, 0)]
    dialog.cash.setChecked(True)
    assert dialog.sell_button.isEnabled()
    dialog.reject()


def test_refund_pays_back_principal_and_the_bonus_lapses(qtbot, window, now) -> None:
    """The refund says what is paid back and what lapses, needs a reason, empties the balance."""
    prepaid.save_bonus_tiers([(100000, 20000)])
    cid = add_customer(window, now)
    prepaid.top_up(cid, 100000, "x", now)
    window.customers.show_customer(cid)
    window.customers.card.prepaid.refund_action.trigger()
    dialog = opened(window, "refundDialog")
    text = dialog.explanation.text()
    assert "¥1,000.00" in text and "bonus of ¥200.00 lapses" in text
    assert dialog.try_save() is False
    dialog.reason.setText("moving away")
    assert dialog.try_save()
    assert prepaid.balance(cid).total_fen == 0
    assert value_entries(cid)[-1] == (StoredValueKind.REFUND, -100000, -20000)
    assert window.customers.card.prepaid.balance.text() == "¥0.00"
    assert not window.customers.card.prepaid.refund_action.isEnabled()


def test_reverse_a_payment_from_the_tab(qtbot, window, now) -> None:
    """A payment taken by mistake is reversed by a new entry; it cannot be reversed twice."""
    cid = add_customer(window, now)
    prepaid.top_up(cid, 50000, "x", now)
    payment = prepaid.pay(cid, 20000, "x", now)
    window.customers.show_customer(cid)
    tab = window.customers.card.prepaid.tab
    tab.select_entry(payment)
    assert tab.reverse_action.isEnabled()
    tab.reverse_action.trigger()
    dialog = opened(window, "reasonDialog")
    assert "−¥200.00" in dialog.explanation.text()
    dialog.reason.setText("charged twice")
    assert dialog.try_save()
    assert prepaid.balance(cid).total_fen == 50000
    assert tab.value_model.index(0, COL_KIND).data() == "Reversal"
    tab.select_entry(payment)
    assert not tab.reverse_action.isEnabled()


def test_expired_card_shows_expired_and_cannot_be_picked(qtbot, window, now) -> None:
    """A card past its date is grey on the card, greyed in the pickers, never used."""
    cid = add_customer(window, now)
    old = opening_card(cid, "头皮护理4次卡", "头皮护理", 4, date(2026, 10, 1), now)
    visit = add_visit(cid, now, 0, "头皮护理")
    window.customers.show_customer(cid)
    [(name, line)] = package_rows(window)
    assert name == "头皮护理4次卡"
    assert plain(line) == "4 sessions left, expired on 1 Oct 2026"
    assert "#9e9e9e" in window.customers.card.prepaid.card_labels[0].styleSheet()
    assert not window.customers.card.prepaid.use_action.isEnabled()
    dialog = window.customers.prepaid.use_session(cid)
    assert dialog.card.currentData() == old and not pickable(dialog.card)
    assert not dialog.ok_button.isEnabled() and dialog.try_use() is False
    dialog.reject()
    assert window.customers.prepaid.visit_panel(cid) is None  # nothing she can use
    assert SessionEntry.select().where(SessionEntry.visit == visit).count() == 0


def test_visit_dialog_uses_the_earliest_expiring_card_of_its_service(qtbot, window, now) -> None:
    """Two facial cards and a neck card: a facial visit picks the facial card expiring
    first, and the session is used once the visit is stored."""
    cid = add_customer(window, now)
    later = opening_card(cid, "面部护理A", "面部护理", 10, date(2027, 6, 1), now)
    sooner = opening_card(cid, "面部护理B", "面部护理", 5, date(2027, 3, 1), now)
    opening_card(cid, "肩颈", "肩颈理疗", 5, date(2027, 1, 1), now)
    dialog = window.customers.record_visit(cid)
    panel = dialog.findChild(VisitPrepaidPanel, "visitPrepaid")
    type_item(dialog, "面部护理", "0")
    assert panel.card.currentData() == sooner
    panel.use.setChecked(True)
    assert dialog.try_save()
    [visit] = visits.visits_of(cid)
    used = {c.id: c.used for c in packages.cards(cid)}
    assert used[sooner] == 1 and used[later] == 0
    assert SessionEntry.get(SessionEntry.visit == visit.id).card_id == sooner


def test_a_card_used_for_a_visit_cannot_be_used_again_for_it(qtbot, window, now) -> None:
    """The picker greys a card already used for the chosen visit, with the reason."""
    cid = add_customer(window, now)
    card = opening_card(cid, "面部护理A", "面部护理", 10, date(2027, 6, 1), now)
    visit = add_visit(cid, now, 0)
    packages.use_session(cid, visit, "x", now, card_id=card)
    window.customers.show_customer(cid)
    dialog = use_from_card(window, visit)
    assert not pickable(dialog.card)
    assert "already used for this visit" in dialog.card.currentText()
    dialog.reject()


def test_package_catalogue_checks_as_one_types(qtbot, window, now) -> None:
    """A package without a service or with a price that is not money is explained; a good
    one joins the catalogue and can be sold."""
    from app.ui.prepaid.products_dialog import open_packages

    window.findChild(QAction, "actionPackages").trigger()
    catalogue = window.findChild(QDialog, "packagesDialog")
    assert catalogue is not None and catalogue.isVisible()
    catalogue.close()
    catalogue = open_packages(window, lambda: now)
    editor = catalogue.edit(None)
    editor.name.setText("肩颈理疗5次卡")
    assert "Name the service" in editor.errors.text()
    assert not editor.save_button.isEnabled()
    editor.service.setText("肩颈理疗")
    editor.price.setText("12.345")
    assert "Not an amount of money" in editor.errors.text()
    editor.price.setText("1280")
    editor.sessions.setValue(5)
    editor.validity.setValue(180)
    assert editor.try_save()
    [saved] = packages.products()
    assert (saved.name, saved.sessions, saved.price_fen, saved.validity_days) == (
        "肩颈理疗5次卡",
        5,
        128000,
        180,
    )
    assert catalogue.model.row_of(saved.id) >= 0
    catalogue.close()


def test_bonus_tiers_checked_as_one_types(qtbot, window, now) -> None:
    """Tiers that are not money or start twice are refused; good ones replace the rule."""
    window.findChild(QAction, "actionTopUpBonus").trigger()
    dialog = window.findChild(QDialog, "bonusTiersDialog")
    assert dialog is not None
    dialog.table.item(0, 0).setText("1000")
    dialog.table.item(0, 1).setText("200")
    dialog.add_tier("1000", "300")
    dialog._edited()
    assert "Two tiers start at ¥1,000.00." in dialog.errors.text()
    assert not dialog.save_button.isEnabled()
    dialog.table.item(1, 0).setText("2千")
    assert "Tier 2: Not an amount of money" in dialog.errors.text()
    dialog.table.item(1, 0).setText("2000")
    dialog.table.item(1, 1).setText("500")
    assert dialog.try_save()
    assert prepaid.bonus_tiers() == [(100000, 20000), (200000, 50000)]
    assert prepaid.bonus_for(150000) == 20000


def test_models_pass_modeltester(qtmodeltester, window, now) -> None:
    """The statement, cards, sessions and packages tables behave as Qt views expect."""
    cid = add_customer(window, now)
    prepaid.top_up(cid, 500000, "x", now)
    card = packages.sell_package(cid, facial(now), PaidWith.STORED_VALUE, "x", now)
    entry = packages.use_session(cid, add_visit(cid, now, 0), "x", now, card_id=card)
    packages.return_session(entry, "oops", "x", now)
    packages.post_opening_card(cid, "旧卡", "头皮护理", 6, 2, date(2026, 1, 1), "x", now)
    value = ValueStatementModel()
    value.load(cid)
    qtmodeltester.check(value)
    cards = CardsModel()
    cards.load(cid, now.date())
    qtmodeltester.check(cards)
    assert re.search("expired", cards.index(1, 4).data())
    sessions = SessionsModel()
    sessions.load(cards.card(0), lambda: {})
    qtmodeltester.check(sessions)
    products = ProductsModel()
    products.set_products(packages.products())
    qtmodeltester.check(products)


def test_prepaid_statement_preview_opens_from_the_tab(qtbot, window, now) -> None:
    """The owner prints a customer's stored value and sessions for her from the card."""
    cid = add_customer(window, now)
    prepaid.top_up(cid, 50000, "小林", now)
    window.customers.show_customer(cid)
    dialog = window.customers.card.prepaid.tab.print_statement()
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_cards_expiring_soon_listed_and_open_the_card(qtbot, window, now, qtmodeltester) -> None:
    """The owner sees whose sessions run out within 30 days and opens her card."""
    cid = add_customer(window, now)
    product = packages.save_product(ProductData(None, "洗吹5次卡", "洗吹", 5, 20000, 20), now)
    packages.sell_package(cid, product, PaidWith.CASH, "小林", now)
    dialog = window.show_expiring_cards()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1 and dialog.model.card(0).customer_id == cid
    dialog.table.doubleClicked.emit(dialog.model.index(0, 0))
    assert window.customers.card.card.id == cid


def test_long_expired_cards_summed_up_not_listed(qtbot, window, now) -> None:
    """Cards that ran out long ago, and more than three, must not crowd the card at the counter."""
    cid = add_customer(window, now)
    packages.post_opening_card(
        cid, "旧卡", "洗吹", 5, 1, now.date() - timedelta(days=200), "x", now
    )
    packages.post_opening_card(cid, "新卡", "洗吹", 5, 1, now.date() + timedelta(days=30), "x", now)
    window.customers.show_customer(cid)
    texts = [label.text() for label in window.customers.card.prepaid.card_labels]
    assert len(texts) == 2 and "1" in texts[1] and "旧卡" not in "".join(texts)
