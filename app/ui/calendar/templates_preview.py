"""What the greeting templates are called, and the sample customer (王丽, female,
30, 1,280 points) their preview is composed for — in the template's language, which
need not be the window's: the owner edits the Chinese and the English wording alike."""

from __future__ import annotations

from datetime import date
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator

from app.models.enums import Calendar, Gender, OccasionKind
from app.services import holidays
from app.services.greetings import GreetingItem
from app.ui.calendar import labels

SAMPLE_NAME = "王丽"
SAMPLE_AGE = 30
SAMPLE_POINTS = 1280
SAMPLE_RELATION = {"zh_CN": "女儿", "en": "daughter"}

TEMPLATE_NAMES = {
    "birthday": QT_TRANSLATE_NOOP("TemplatesDialog", "Birthday"),
    "anniversary": QT_TRANSLATE_NOOP("TemplatesDialog", "Wedding anniversary"),
    "family_birthday": QT_TRANSLATE_NOOP("TemplatesDialog", "Family birthday"),
}
PLACEHOLDER_NAMES = {
    "name": QT_TRANSLATE_NOOP("TemplatesDialog", "Name"),
    "title": QT_TRANSLATE_NOOP("TemplatesDialog", "Title (Ms Wang)"),
    "age": QT_TRANSLATE_NOOP("TemplatesDialog", "Age"),
    "shop": QT_TRANSLATE_NOOP("TemplatesDialog", "Shop name"),
    "occasion": QT_TRANSLATE_NOOP("TemplatesDialog", "Occasion"),
    "points": QT_TRANSLATE_NOOP("TemplatesDialog", "Points balance"),
}


def template_name(key: str) -> str:
    """生日, 结婚纪念日, 家人生日, 中秋节 — what the list calls a template."""
    if key in TEMPLATE_NAMES:
        return QCoreApplication.translate("TemplatesDialog", TEMPLATE_NAMES[key])
    return labels.festival_name(key.removeprefix("festival:"))


@cache
def _translator(language: str) -> QTranslator | None:
    from app.ui.application import RESOURCES

    translator = QTranslator()
    return (
        translator
        if translator.load(f"huitouke_{language}", str(RESOURCES / "translations"))
        else None
    )


def translate_into(language: str, context: str, source: str) -> str:
    """A text in `language` even when the window speaks the other one (for the preview)."""
    from app.ui.application import current_language

    if language == current_language():
        return QCoreApplication.translate(context, source)
    translator = None if language == "en" else _translator(language)
    return (translator.translate(context, source) if translator else "") or source


def sample_item(key: str, language: str) -> tuple[GreetingItem, str]:
    """The preview's customer (王丽, female, 30, 1,280 points) for a template, and the
    occasion's label."""
    kind = {"birthday": OccasionKind.BIRTHDAY, "anniversary": OccasionKind.ANNIVERSARY}.get(
        key, OccasionKind.FAMILY_BIRTHDAY
    )
    festival = key.removeprefix("festival:") if key.startswith("festival:") else ""
    if festival:
        label = translate_into(language, "Holidays", holidays.NAMES.get(festival, festival))
    elif kind == OccasionKind.BIRTHDAY:
        label = translate_into(language, "Calendar", labels.BIRTHDAY)
    elif kind == OccasionKind.ANNIVERSARY:
        label = translate_into(language, "Calendar", labels.ANNIVERSARY)
    else:
        label = translate_into(language, "Calendar", labels.FAMILY_BIRTHDAY)
        label = label.format(relation=SAMPLE_RELATION[language])
    item = GreetingItem(
        day=date(2000, 1, 1),
        occasion=key,
        template_key=key,
        customer_id=0,
        member_no="",
        name=SAMPLE_NAME,
        gender=Gender.FEMALE,
        marketing_consent=True,
        kind=None if festival else kind,
        calendar=Calendar.SOLAR,
        age=None if festival else SAMPLE_AGE,
        festival=festival,
        points=SAMPLE_POINTS,
    )
    return item, label
