"""Standard answers (标准问答): the program's answers offered once, the owner's library
checked, ordered and filled in for the customer."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from app.models import ComplaintCategory, Gender, StandardAnswer
from app.services import complaint_answers, settings
from app.services.complaint_answers import (
    answer_errors,
    answers,
    delete_answer,
    ensure_defaults,
    fill,
    move_answer,
    save_answer,
)
from app.services.messages import ServiceError, ValidationError

C = ComplaintCategory
HAN = re.compile(r"[\u4e00-\u9fff]")


def english(errors) -> list[tuple[str, str]]:
    return [(e.field, e.message.english()) for e in errors]


def titles(category: ComplaintCategory | None = None) -> list[str]:
    return [a.title for a in answers(category)]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_defaults_cover_every_category_in_the_language(db, now: datetime, language: str) -> None:
    """A new shop finds at least two ready answers for every kind of complaint, in its language."""
    assert ensure_defaults(language, now) is True
    library = answers()
    for category in ComplaintCategory:
        assert len([a for a in library if a.category == category]) >= 2, category
    for answer in library:
        assert answer_errors(answer.title, answer.text) == []
        assert "{name}" in answer.text and "{shop}" in answer.text
        chinese = bool(HAN.search(answer.title + answer.text))
        assert chinese is (language == "zh_CN"), answer.title


def test_defaults_are_offered_once(db, now: datetime) -> None:
    """Opening the library again (in either language) never adds the answers a second time."""
    ensure_defaults("zh_CN", now)
    first = titles()
    assert ensure_defaults("zh_CN", now) is False
    assert ensure_defaults("en", now) is False
    assert titles() == first
    assert settings.get("standard_answers_seeded") is True


def test_an_owner_who_deleted_them_all_does_not_get_them_back(db, now: datetime) -> None:
    """The library is the owner's: emptied on purpose, it stays empty."""
    ensure_defaults("en", now)
    for answer in answers():
        delete_answer(answer.id)
    assert ensure_defaults("en", now) is False
    assert answers() == []


def test_a_library_already_written_is_not_mixed_with_defaults(db, now: datetime) -> None:
    """Answers the shop wrote before the library was first opened are kept alone."""
    save_answer(None, C.PRICE, "会员价", "{name}，会员价已经是最低价。", now)
    assert ensure_defaults("zh_CN", now) is False
    assert titles() == ["会员价"]


def test_unknown_language_gets_english(db, now: datetime) -> None:
    """A language the program has no answers in falls back to English, not to nothing."""
    ensure_defaults("fr", now)
    assert titles(C.PRODUCT)[0] == "Faulty product: exchange or refund"


def test_title_and_text_are_required_and_limited(db) -> None:
    """An answer without a title or words, or longer than the limits, is refused with the reason."""
    assert english(answer_errors("  ", "\n")) == [
        ("title", "Give the answer a short title."),
        ("text", "Write the answer; it cannot be empty."),
    ]
    assert english(answer_errors("x" * 61, "y" * 2001)) == [
        ("title", "Too long: at most 60 characters."),
        ("text", "Too long: at most 2000 characters."),
    ]
    assert answer_errors("x" * 60, "y" * 2000) == []


def test_unknown_placeholder_names_the_allowed_ones(db) -> None:
    """A typo like {nmae} is caught before staff send it, with the placeholders to use."""
    assert english(answer_errors("Wait", "Dear {nmae}, sorry.")) == [
        ("text", "{nmae} is not a placeholder. Use {name} {shop}.")
    ]
    assert english(answer_errors("Wait", "Dear {title}, sorry.")) == [
        ("text", "{title} is not a placeholder. Use {name} {shop}.")
    ]
    assert english(answer_errors("Wait", "Dear {}, sorry.")) == [
        ("text", "{} is not a placeholder. Use {name} {shop}.")
    ]


@pytest.mark.parametrize(
    "text", ["Dear {name, sorry", "Dear name}, sorry", "{name:>9}", "{name!r}"]
)
def test_broken_braces_and_formats_are_refused(db, text: str) -> None:
    """A brace left open or a placeholder with a format would send garbage: refused."""
    errors = answer_errors("Wait", text)
    assert [e.field for e in errors] == ["text"]
    assert "{name}" in errors[0].message.english()


def test_doubled_braces_are_braces(db) -> None:
    """{{ and }} stand for a brace itself, as the message explains."""
    assert answer_errors("Smile", "{{^_^}} {name}") == []
    assert fill("{{^_^}} {name}", "", Gender.UNKNOWN, "", "en") == "{^_^} valued customer"


def test_fill_with_her_name_and_the_shop(db) -> None:
    """She is called 王女士 in Chinese and Ms Wang in English, and the shop by its name."""
    zh = "{name}，您好！{shop}向您道歉。"
    en = "Dear {name}, {shop} apologises."
    assert (
        fill(zh, "王丽", Gender.FEMALE, "丽人美发", "zh_CN") == "王女士，您好！丽人美发向您道歉。"
    )
    assert fill(en, "王丽", Gender.FEMALE, "Lily", "en") == "Dear Ms Wang, Lily apologises."
    assert fill(en, "李强", Gender.MALE, "Lily", "en") == "Dear Mr Li, Lily apologises."
    assert fill(zh, "欧阳娜娜", Gender.FEMALE, "丽人", "zh_CN").startswith("欧阳女士，")
    # Without a gender the full name, never a wrong title.
    assert fill(zh, "王丽", Gender.UNKNOWN, "丽人", "zh_CN").startswith("王丽，")


def test_fill_without_a_name_or_a_shop_name(db) -> None:
    """An anonymous complaint gets a polite form, and a shop without a name still a sentence."""
    zh = "{name}，您好！{shop}向您道歉。"
    assert fill(zh, "", Gender.FEMALE, "", "zh_CN") == "尊敬的顾客，您好！本店向您道歉。"
    assert fill(zh, "   ", Gender.FEMALE, "  ", "zh_CN") == "尊敬的顾客，您好！本店向您道歉。"
    assert fill("Dear {name}, at {shop}", "", Gender.MALE, "", "en") == (
        "Dear valued customer, at our shop"
    )


def test_fill_never_fails_on_odd_input(db) -> None:
    """A text saved by an older program, or a name with braces, is filled as far as it can be."""
    assert fill("Dear {name}, {phone} {", "王丽", Gender.FEMALE, "Lily", "en") == (
        "Dear Ms Wang, {phone} {"
    )
    assert fill("{name} {shop}", "{shop}", None, "{name}", "xx") == "{shop} {name}"
    assert fill("", "王丽", Gender.FEMALE, "Lily", "en") == ""


def test_language_of_an_answer(db) -> None:
    """A Chinese answer is filled with 王女士 even in the English window, and vice versa."""
    assert complaint_answers.language_of("{name}，您好") == "zh_CN"
    assert complaint_answers.language_of("Dear {name}") == "en"


def test_new_answers_go_to_the_end_of_their_category(db, now: datetime) -> None:
    """The library lists by category, in the complaint form's order, then in the owner's order."""
    save_answer(None, C.OTHER, "Z other", "{name}", now)
    save_answer(None, C.PRODUCT, "B product", "{name}", now)
    save_answer(None, C.PRODUCT, "A product", "{name}", now)
    save_answer(None, C.SERVICE, "Service", "{name}", now)
    assert titles() == ["B product", "A product", "Service", "Z other"]
    assert titles(C.PRODUCT) == ["B product", "A product"]
    assert titles(C.PRICE) == []


def test_move_up_and_down_within_the_category(db, now: datetime) -> None:
    """The owner puts the answer staff use most at the top."""
    ids = [save_answer(None, C.RESULT, t, "{name}", now) for t in ("One", "Two", "Three")]
    save_answer(None, C.PRODUCT, "Product", "{name}", now)
    assert move_answer(ids[2], up=True) is True
    assert titles(C.RESULT) == ["One", "Three", "Two"]
    assert move_answer(ids[0], up=False) is True
    assert titles(C.RESULT) == ["Three", "One", "Two"]
    assert move_answer(ids[2], up=True) is False  # already first
    assert move_answer(ids[1], up=False) is False  # already last
    assert titles() == ["Product", "Three", "One", "Two"]


def test_move_settles_tied_positions(db, now: datetime) -> None:
    """Two answers added at two counters with one position still move one place."""
    first = save_answer(None, C.PRICE, "First", "{name}", now)
    second = save_answer(None, C.PRICE, "Second", "{name}", now)
    StandardAnswer.update(position=0).execute()
    assert move_answer(second, up=True) is True
    assert titles(C.PRICE) == ["Second", "First"]
    assert move_answer(first, up=True) is True
    assert titles(C.PRICE) == ["First", "Second"]


def test_edit_keeps_place_and_a_new_category_puts_it_last(db, now: datetime) -> None:
    """Changing the words keeps the answer's place; moving it to another category adds it last."""
    a = save_answer(None, C.PRICE, "A", "{name}", now)
    save_answer(None, C.PRICE, "B", "{name}", now)
    save_answer(None, C.OTHER, "C", "{name}", now)
    assert save_answer(a, C.PRICE, "  A2 ", " Dear {name} \n", now) == a
    assert titles(C.PRICE) == ["A2", "B"]
    assert complaint_answers.answer(a).text == "Dear {name}"
    save_answer(a, C.OTHER, "A2", "Dear {name}", now)
    assert titles(C.PRICE) == ["B"]
    assert titles(C.OTHER) == ["C", "A2"]


def test_a_bad_answer_is_not_saved(db, now: datetime) -> None:
    """Saving a text with an unknown placeholder raises the reason and stores nothing."""
    with pytest.raises(ValidationError) as raised:
        save_answer(None, C.PRICE, "Price", "Dear {customer}", now)
    assert [e.field for e in raised.value.errors] == ["text"]
    assert answers() == []


def test_an_answer_deleted_meanwhile(db, now: datetime) -> None:
    """One deleted at another counter cannot be changed or moved; deleting it again is fine."""
    a = save_answer(None, C.PRICE, "Price", "{name}", now)
    delete_answer(a)
    delete_answer(a)
    with pytest.raises(ServiceError):
        save_answer(a, C.PRICE, "Price", "{name}", now)
    with pytest.raises(ServiceError):
        move_answer(a, up=True)
    assert answers() == []


def test_counts_per_category(db, now: datetime) -> None:
    """The library's category list shows how many answers each has."""
    ensure_defaults("en", now)
    save_answer(None, C.PRICE, "More", "{name}", now)
    counts = complaint_answers.counts()
    assert counts[C.PRICE] == 3
    assert sum(counts.values()) == len(answers())
