"""`main.py print-cards {relationship,member} FILE.pdf [--member-no NO ...]` (SPEC §9).

Needs a QGuiApplication (fonts and painting) and an open shop database."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QGuiApplication

from app.services import print_data
from app.services.messages import Message, ServiceError
from app.ui.printing.layout import PAPERS, CardKind, Paper
from app.ui.printing.print_dialog import PrintOptions, write_pdf

NO_CUSTOMERS = QT_TRANSLATE_NOOP("Printing", "There are no customers to print.")


def print_cards_to_pdf(
    kind: str,
    path: str | Path,
    member_nos: Sequence[str] = (),
    paper: str | None = None,
    logo: bytes | None = None,
) -> int:
    """Write the cards of these member numbers (all customers on the counter list when
    none are given) to a PDF; returns the number of cards.

    ServiceError naming every unknown member number, or when there is nobody to print."""
    assert QGuiApplication.instance() is not None, "create a QGuiApplication first"
    card_kind = CardKind(kind)
    chosen = Paper(paper) if paper else PAPERS[card_kind][0]
    ids = print_data.ids_for_member_nos(member_nos) if member_nos else print_data.printable_ids()
    if not ids:
        raise ServiceError(Message(NO_CUSTOMERS, context="Printing"))
    return write_pdf(path, card_kind, ids, PrintOptions(chosen, logo))
