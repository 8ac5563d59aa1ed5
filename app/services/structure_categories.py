"""The product/service categories of the items sold (品类), for the structure analysis:
the shop gives each item name a category (洗剪吹 → 美发); the names not given one are
counted as uncategorised, never lost. Kept in the `item_categories` setting."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from peewee import fn

from app.models import Visit, VisitItem
from app.services import settings
from app.services.messages import QT_TRANSLATE_NOOP, FieldError, Message, ValidationError
from app.services.validation import clean_text

CATEGORY_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages", "The category of {item} is too long: at most {limit} characters."
)
SETTING = "item_categories"
MAX_CATEGORY = 50
# A salon's usual categories, offered in the category editor (and used by the demo).
USUAL_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("美发", "Hair"),
    ("美容", "Beauty"),
    ("美甲美睫", "Nails and lashes"),
    ("产品", "Products"),
)


@dataclass(frozen=True)
class SoldItem:
    """An item name as sold, ever, for the category editor."""

    name: str
    revenue_fen: int
    quantity: int
    category: str  # "" uncategorised


def item_categories() -> dict[str, str]:
    """The saved item name → category (names without a category left out)."""
    saved = settings.get(SETTING)
    if not isinstance(saved, dict):
        return {}
    return {str(k): str(v) for k, v in saved.items() if isinstance(v, str) and v.strip()}


def category_names(mapping: Mapping[str, str] | None = None) -> list[str]:
    """The categories in use, in order."""
    return sorted(set((item_categories() if mapping is None else mapping).values()) - {""})


def usual_categories(language: str) -> list[str]:
    """A salon's usual categories in the language: 美发, 美容, 美甲美睫, 产品."""
    return [zh if language.startswith("zh") else en for zh, en in USUAL_CATEGORIES]


def sold_items() -> list[SoldItem]:
    """Every item name ever sold (voided visits left out), most revenue first."""
    mapping = item_categories()
    query = (
        VisitItem.select(
            VisitItem.name,
            fn.SUM(VisitItem.quantity * VisitItem.price_fen),
            fn.SUM(VisitItem.quantity),
        )
        .join(Visit, on=(VisitItem.visit == Visit.id))
        .where(Visit.voided_at.is_null())
        .group_by(VisitItem.name)
        .tuples()
    )
    found = [
        SoldItem(name, int(amount or 0), int(quantity or 0), mapping.get(name, ""))
        for name, amount, quantity in cast(Iterable[tuple[str, Any, Any]], query)
    ]
    return sorted(found, key=lambda s: (-s.revenue_fen, s.name))


def assign_categories(changes: Mapping[str, str]) -> dict[str, str]:
    """Give items a category (trimmed, at most 50 characters; empty: uncategorised) and
    keep the others' as they were. All or nothing; returns the saved mapping."""
    errors: list[FieldError] = []
    mapping = item_categories()
    for name, category in changes.items():
        text = clean_text(category)
        if len(text) > MAX_CATEGORY:
            params = {"item": name, "limit": MAX_CATEGORY}
            errors.append(FieldError(name, Message(CATEGORY_TOO_LONG, params)))
        elif text:
            mapping[name] = text
        else:
            mapping.pop(name, None)
    if errors:
        raise ValidationError(errors)
    settings.set_value(SETTING, dict(sorted(mapping.items())))
    return mapping
