"""Printed cards: the relationship card (客户关系卡) and the member card (会员卡).

print_cards(parent, "member", ids)          options dialog → preview or PDF
to_pdf(path, "relationship", ids, PrintOptions(Paper.A6))   no dialog (tests, CLI)
"""

from __future__ import annotations

from app.ui.printing.layout import CardKind, Paper
from app.ui.printing.print_dialog import (
    PrintCancelled,
    PrintOptions,
    preview_dialog,
    print_cards,
    to_pdf,
    write_pdf,
)

__all__ = [
    "CardKind",
    "Paper",
    "PrintCancelled",
    "PrintOptions",
    "preview_dialog",
    "print_cards",
    "to_pdf",
    "write_pdf",
]
