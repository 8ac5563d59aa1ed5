"""What the customer card does with points: redeem, adjust, reverse an entry, void a
mistaken purchase, print and export the statement. Each action opens its dialog,
hands what was typed to the service, shows a refusal as the service's message, and
after a posting announces the customer changed (the card shows the new balance).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from app.ui.customers.card_view import CardView

from app.models.enums import PointsKind
from app.services import customers, points, points_rules, visits
from app.services.messages import FieldError, Message, ServiceError, ValidationError
from app.services.points_rules import RewardData
from app.ui import prompts, texts
from app.ui.points import labels
from app.ui.signals import app_signals


class PointsActions(QObject):
    """Owned by the customer page; `operator()` names who posts, `clock()` says when."""

    def __init__(
        self,
        page: QWidget,
        operator: Callable[[], str],
        clock: Callable[[], datetime],
    ) -> None:
        super().__init__(page)
        self._page = page
        self._operator = operator
        self._clock = clock
        self._card: CardView | None = None

    def attach(self, card: CardView) -> None:
        """Answer the card's points requests (for the customer it shows)."""
        self._card = card
        tab = card.points_tab

        def for_shown(action: Callable[[int], object]) -> Callable[[], None]:
            def run() -> None:
                if card.card is not None:
                    action(card.card.id)

            return run

        def reverse(entry_id: int) -> None:
            if card.card is not None:
                self.reverse(card.card.id, entry_id)

        card.redeem_requested.connect(self.redeem)
        card.adjust_requested.connect(self.adjust)
        card.void_requested.connect(self.void_visit)
        tab.reverse_requested.connect(reverse)
        tab.print_requested.connect(for_shown(self.print_statement))
        tab.pdf_requested.connect(for_shown(self.save_statement_pdf))
        tab.export_requested.connect(for_shown(self.export_statement))

    def _posted(self, customer_id: int, show_points: bool = True) -> None:
        """Announce the change; the card then shows the entry just posted."""
        app_signals().customer_changed.emit(customer_id)
        if show_points and self._card is not None:
            self._card.tabs.setCurrentWidget(self._card.points_tab)

    def redeem(self, customer_id: int) -> QDialog:
        """Her balance and the rewards; a double-click redeems one."""
        from app.ui.points.redeem_dialog import RedeemDialog
        from app.ui.points.rewards_dialog import open_rewards

        name = customers.get_card(customer_id).data.name

        def load() -> tuple[int, list[RewardData]]:
            return points.balance(customer_id), points_rules.rewards(active_only=True)

        def redeem(reward_id: int, note: str) -> Message | None:
            try:
                points.redeem(customer_id, reward_id, self._operator(), self._clock(), note)
            except ServiceError as exc:
                return exc.message
            self._posted(customer_id)
            return None

        def manage(parent: QWidget) -> QDialog:
            return open_rewards(parent, self._clock)

        dialog = RedeemDialog(name, load, redeem, manage, self._page)
        dialog.open()
        return dialog

    def adjust(self, customer_id: int) -> QDialog:
        from app.ui.points.adjust_dialog import AdjustDialog

        name = customers.get_card(customer_id).data.name

        def save(change: int, reason: str) -> list[FieldError]:
            try:
                points.adjust(customer_id, change, reason, self._operator(), self._clock())
            except ValidationError as exc:
                return exc.errors
            except ServiceError as exc:
                return [FieldError("", exc.message)]
            self._posted(customer_id)
            return []

        dialog = AdjustDialog(name, points.balance(customer_id), save, self._page)
        dialog.open()
        return dialog

    def reverse(self, customer_id: int, entry_id: int) -> QDialog | None:
        """Undo one entry by a new one that names it, with a reason."""
        from app.ui.points.reason_dialog import ReasonDialog

        entry = next((e for e in points.statement(customer_id) if e.id == entry_id), None)
        if entry is None:
            return None
        explanation = self.tr(
            "Reverse entry no. {id} ({kind}, {points} points, {date})?\n\nA new entry of "
            "{opposite} points undoes it; both stay on the statement."
        ).format(
            id=entry.id,
            kind=labels.kind(entry.kind),
            points=labels.signed(entry.points),
            date=texts.date_time(entry.posted_at),
            opposite=labels.signed(-entry.points),
        )
        if entry.kind == PointsKind.PURCHASE:
            explanation += "\n\n" + self.tr(
                "The visit itself stays on her card; to take back the whole purchase, "
                "use “Void this purchase…” in the Visits tab."
            )

        def save(reason: str) -> list[FieldError]:
            try:
                points.reverse(entry_id, reason, self._operator(), self._clock())
            except ValidationError as exc:
                return exc.errors
            except ServiceError as exc:
                return [FieldError("", exc.message)]
            self._posted(customer_id)
            return []

        dialog = ReasonDialog(
            self.tr("Reverse a points entry"),
            explanation,
            self.tr("Reverse"),
            Message(points.REASON_NEEDED),
            save,
            self._page,
        )
        dialog.open()
        return dialog

    def void_visit(self, customer_id: int, visit_id: int) -> QDialog | None:
        """Void a purchase entered by mistake: it stays listed, marked; her totals and
        points follow."""
        from app.ui.points.reason_dialog import ReasonDialog

        visit = next((v for v in visits.visits_of(customer_id) if v.id == visit_id), None)
        if visit is None:
            return None
        entry_id = points.purchase_entry(visit_id)
        earned = next((e.points for e in points.statement(customer_id) if e.id == entry_id), 0)
        explanation = self.tr(
            "Void the purchase of {date} ({amount})?\n\nIt stays on her card, marked as "
            "voided, and leaves her totals."
        ).format(date=texts.short_date(visit.visited_on), amount=texts.money(visit.amount_fen))
        if earned:
            explanation += " " + self.tr(
                "The {points} points it earned are taken back by a reversal."
            ).format(points=labels.number(earned))

        def save(reason: str) -> list[FieldError]:
            try:
                visits.void_visit(visit_id, reason, self._operator(), self._clock())
            except ValidationError as exc:
                return exc.errors
            except ServiceError as exc:
                return [FieldError("", exc.message)]
            self._posted(customer_id, show_points=False)
            return []

        dialog = ReasonDialog(
            self.tr("Void a purchase"),
            explanation,
            self.tr("Void the purchase"),
            Message(visits.VOID_REASON),
            save,
            self._page,
        )
        dialog.open()
        return dialog

    def print_statement(self, customer_id: int) -> QDialog:
        from app.ui.printing.statement_print import preview_dialog

        dialog = preview_dialog(self._page, customer_id, self._clock())
        dialog.open()
        return dialog

    def _file_name(self, customer_id: int, suffix: str) -> str:
        card = customers.get_card(customer_id)
        title = self.tr("points statement")
        return f"{card.data.member_no}-{card.data.name}-{title}-{self._clock().date()}{suffix}"

    def save_statement_pdf(self, customer_id: int, path: str = "") -> Path | None:
        from app.ui.printing.statement_print import to_pdf

        title = self.tr("Save the statement as PDF")
        if not path:
            suggested = self._file_name(customer_id, ".pdf")
            path = prompts.save_file(self._page, title, "PDF (*.pdf)", suggested)
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            return to_pdf(path, customer_id, self._clock())
        except OSError as exc:
            text = self.tr("Cannot write the file: {reason}")
            prompts.error(self._page, title, text.format(reason=exc.strerror or str(exc)))
            return None

    def export_statement(self, customer_id: int, path: str = "") -> Path | None:
        """Her statement to Excel, oldest entry first, headers in the user's language."""
        from app.ui.points.statement_export import write_statement

        title = self.tr("Export the statement to Excel")
        if not path:
            suggested = self._file_name(customer_id, ".xlsx")
            path = prompts.save_file(
                self._page, title, self.tr("Excel workbooks (*.xlsx)"), suggested
            )
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            return write_statement(Path(path), customer_id)
        except ServiceError as exc:
            prompts.warn(self._page, title, texts.message(exc.message))
            return None
