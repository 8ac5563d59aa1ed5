"""What the customer card does with prepaid money and sessions: top up, refund,
reverse an entry, sell a package, use and return a session, and pay or use a
session when a visit is recorded. Each action opens its dialog, hands what was
typed to the service, shows a refusal as the service's message (nothing changed),
and after a posting announces the customer changed (the card shows the new figures).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from app.models.enums import PaidWith
from app.services import customers, packages, prepaid, visits
from app.services.messages import FieldError, Message, ServiceError
from app.ui import prompts, texts
from app.ui.errors import refusals
from app.ui.prepaid import labels
from app.ui.prepaid.tab import CARDS_PAGE, VALUE_PAGE
from app.ui.signals import app_signals

if TYPE_CHECKING:
    from app.ui.customers.card_view import CardView
    from app.ui.prepaid.visit_panel import VisitPrepaidPanel

Save = Callable[[], None]


class PrepaidActions(QObject):
    """Owned by the customer page; `operator()` names who posts, `clock()` says when."""

    def __init__(
        self, page: QWidget, operator: Callable[[], str], clock: Callable[[], datetime]
    ) -> None:
        super().__init__(page)
        self._page = page
        self._operator = operator
        self._clock = clock
        self._card: CardView | None = None

    def attach(self, card: CardView) -> None:
        """Answer the card's prepaid requests (for the customer it shows)."""
        self._card = card
        on_card = card.prepaid
        on_card.top_up_requested.connect(self.top_up)
        on_card.refund_requested.connect(self.refund)
        on_card.sell_requested.connect(self.sell)
        on_card.use_requested.connect(self.use_session)
        on_card.reverse_requested.connect(self.reverse)
        on_card.return_requested.connect(self.return_session)

    def _name(self, customer_id: int) -> str:
        return customers.get_card(customer_id).data.name

    def _posted(self, customer_id: int, page: int, card_id: int | None = None) -> None:
        """Announce the change; the card then shows the Prepaid tab at what changed."""
        app_signals().customer_changed.emit(customer_id)
        if self._card is None:
            return
        tab = self._card.prepaid.tab
        self._card.tabs.setCurrentWidget(tab)
        tab.show_page(page)
        if card_id is not None:
            tab.select_card(card_id)

    # -- stored value ---------------------------------------------------------------------
    def top_up(self, customer_id: int) -> QDialog:
        from app.ui.prepaid.top_up_dialog import TopUpDialog

        def save(amount_fen: int, note: str) -> list[FieldError]:
            def post() -> None:
                prepaid.top_up(customer_id, amount_fen, self._operator(), self._clock(), note)

            errors = refusals(post)
            if not errors:
                self._posted(customer_id, VALUE_PAGE)
            return errors

        dialog = TopUpDialog(
            self._name(customer_id),
            prepaid.balance(customer_id),
            prepaid.bonus_tiers(),
            prepaid.bonus_for,
            save,
            self._page,
        )
        dialog.open()
        return dialog

    def refund(self, customer_id: int) -> QDialog:
        """Pay back the principal left; the bonus lapses. A reason is required."""
        from app.ui.points.reason_dialog import ReasonDialog

        held = prepaid.balance(customer_id)
        explanation = self.tr(
            "Refund {name}'s stored value?\n\nPay her back the principal left: {principal}. "
            "The bonus of {bonus} lapses. Her stored value is then ¥0.00; every entry stays "
            "on her statement."
        ).format(
            name=self._name(customer_id),
            principal=texts.money(held.principal_fen),
            bonus=texts.money(held.bonus_fen),
        )

        def save(reason: str) -> list[FieldError]:
            def post() -> None:
                prepaid.refund(customer_id, reason, self._operator(), self._clock())

            errors = refusals(post)
            if not errors:
                self._posted(customer_id, VALUE_PAGE)
            return errors

        action = self.tr("Refund {amount}").format(amount=texts.money(held.principal_fen))
        title = self.tr("Refund stored value")
        dialog = ReasonDialog(
            title, explanation, action, Message(prepaid.REASON_NEEDED), save, self._page
        )
        dialog.setObjectName("refundDialog")
        dialog.open()
        return dialog

    def reverse(self, customer_id: int, entry_id: int) -> QDialog | None:
        """Undo one stored-value entry by a new one that names it, with a reason."""
        from app.ui.points.reason_dialog import ReasonDialog

        entry = next((e for e in prepaid.value_statement(customer_id) if e.id == entry_id), None)
        if entry is None:
            return None
        amount = entry.principal_fen + entry.bonus_fen
        explanation = self.tr(
            "Reverse entry no. {id} ({kind}, {amount}, {date})?\n\nA new entry of {opposite} "
            "undoes it; both stay on the statement."
        ).format(
            id=entry.id,
            kind=labels.value_kind(entry.kind),
            amount=labels.signed_money(amount),
            date=texts.date_time(entry.posted_at),
            opposite=labels.signed_money(-amount),
        )

        def save(reason: str) -> list[FieldError]:
            def post() -> None:
                prepaid.reverse_value(entry_id, reason, self._operator(), self._clock())

            errors = refusals(post)
            if not errors:
                self._posted(customer_id, VALUE_PAGE)
            return errors

        dialog = ReasonDialog(
            self.tr("Reverse a stored-value entry"),
            explanation,
            self.tr("Reverse"),
            Message(prepaid.REASON_NEEDED),
            save,
            self._page,
        )
        dialog.open()
        return dialog

    # -- package cards --------------------------------------------------------------------
    def sell(self, customer_id: int) -> QDialog:
        from app.ui.prepaid.products_dialog import open_packages
        from app.ui.prepaid.sell_dialog import SellDialog

        def load() -> tuple[prepaid.Balance, list[packages.ProductData]]:
            return prepaid.balance(customer_id), packages.products(active_only=True)

        def sell(product_id: int, paid_with: PaidWith) -> Message | None:
            try:
                card_id = packages.sell_package(
                    customer_id, product_id, paid_with, self._operator(), self._clock()
                )
            except ServiceError as exc:
                return exc.message
            self._posted(customer_id, CARDS_PAGE, card_id)
            return None

        def manage(parent: QWidget) -> QDialog:
            return open_packages(parent, self._clock)

        name = self._name(customer_id)
        dialog = SellDialog(name, self._clock().date(), load, sell, manage, self._page)
        dialog.open()
        return dialog

    def use_session(self, customer_id: int) -> QDialog:
        """Use one session for a visit of hers (the latest unless another is chosen)."""
        from app.ui.prepaid.use_dialog import UseSessionDialog

        today = self._clock().date()
        shown = [v for v in visits.visits_of(customer_id) if v.voided_at is None]

        def use(visit_id: int, card_id: int) -> list[FieldError]:
            def post() -> None:
                packages.use_session(
                    customer_id, visit_id, self._operator(), self._clock(), card_id=card_id
                )

            errors = refusals(post)
            if not errors:
                self._posted(customer_id, CARDS_PAGE, card_id)
            return errors

        dialog = UseSessionDialog(
            self._name(customer_id),
            shown,
            packages.sessions_left(customer_id, today),
            today,
            used_cards,
            use,
            self._page,
        )
        dialog.open()
        return dialog

    def return_session(self, customer_id: int, entry_id: int) -> QDialog | None:
        """Give back a session used by mistake, with a reason."""
        from app.ui.points.reason_dialog import ReasonDialog

        entry = packages.session_entry(entry_id)
        card = next(
            (c for c in packages.cards(customer_id) if entry and c.id == entry.card_id), None
        )
        if card is None or entry is None:
            return None
        explanation = self.tr(
            "Return the session of {card} used on {date}?\n\nThe card gets it back "
            "({left} left after); both entries stay on the card's history."
        ).format(
            card=card.name,
            date=texts.date_time(entry.posted_at),
            left=labels.sessions(card.left + 1),
        )

        def save(reason: str) -> list[FieldError]:
            def post() -> None:
                packages.return_session(entry_id, reason, self._operator(), self._clock())

            errors = refusals(post)
            if not errors:
                self._posted(customer_id, CARDS_PAGE, card.id)
            return errors

        dialog = ReasonDialog(
            self.tr("Return a session"),
            explanation,
            self.tr("Return the session"),
            Message(prepaid.REASON_NEEDED),
            save,
            self._page,
        )
        dialog.open()
        return dialog

    # -- with a visit -----------------------------------------------------------------------
    def visit_panel(self, customer_id: int) -> VisitPrepaidPanel | None:
        """The visit dialog's prepaid choices; None when she has nothing prepaid to use."""
        from app.ui.prepaid.visit_panel import VisitPrepaidPanel

        today = self._clock().date()
        held = prepaid.balance(customer_id)
        cards = packages.sessions_left(customer_id, today)
        if held.total_fen <= 0 and not any(c.usable(today) for c in cards):
            return None
        return VisitPrepaidPanel(held, cards, today, self._name(customer_id))

    def after_visit(self, customer_id: int, visit_id: int, panel: VisitPrepaidPanel) -> None:
        """Pay and use a session for a visit just stored. Each posting stands alone: a
        refusal leaves the visit recorded (unpaid, or no session used) and says so once
        the visit dialog has closed."""
        pay_fen, card_id = panel.choice()
        problems = []
        if pay_fen:
            refused = refusals(
                lambda: prepaid.pay(
                    customer_id, pay_fen, self._operator(), self._clock(), visit_id=visit_id
                )
            )
            if refused:
                problems.append(
                    self.tr(
                        "It was not paid from her stored value: {reason} Take the payment "
                        "another way."
                    ).format(reason=texts.message(refused[0].message))
                )
        if card_id is not None:
            refused = refusals(
                lambda: packages.use_session(
                    customer_id, visit_id, self._operator(), self._clock(), card_id=card_id
                )
            )
            if refused:
                problems.append(
                    self.tr(
                        "No session was used: {reason} You can use one later with “Use a "
                        "session…” in the Prepaid tab."
                    ).format(reason=texts.message(refused[0].message))
                )
        if problems:
            text = "\n\n".join([self.tr("The visit is recorded."), *problems])
            dialog = panel.window()
            if isinstance(dialog, QDialog):
                dialog.finished.connect(
                    lambda _result: prompts.warn(self._page, self.tr("Record a visit"), text)
                )
            else:
                prompts.warn(self._page, self.tr("Record a visit"), text)


def used_cards(visit_id: int, cards: list[packages.CardRecord]) -> set[int]:
    """The cards among `cards` already used (and not returned) for this visit."""
    return packages.cards_used_for_visit(visit_id) & {card.id for card in cards}
