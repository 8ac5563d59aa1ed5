"""Phone normalisation and surname-aware pinyin: how the counter finds a customer."""

from __future__ import annotations

import pytest

from app.services import phones
from app.services.pinyin import name_keys, split_surname


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("0086 13812345678", "13812345678"),
        ("8613812345678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("13812345678.0", "13812345678"),
        (13812345678.0, "13812345678"),
        (13812345678, "13812345678"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalise_mobile(typed: object, expected: str) -> None:
    """A mobile pasted from WeChat or Excel is stored as the 11 digits the search finds."""
    assert phones.normalise_mobile(typed) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("number", ["13812345678", "19912345678", "16612345678"])
def test_valid_mobiles(number: str) -> None:
    """Every current Chinese mobile range is accepted."""
    assert phones.is_mobile(number)


@pytest.mark.parametrize("number", ["1381234567", "138123456789", "12812345678", "23812345678"])
def test_invalid_mobiles(number: str) -> None:
    """A mistyped mobile (10 digits, wrong prefix) is caught before it is saved."""
    assert not phones.is_mobile(number)


@pytest.mark.parametrize(
    "number", ["010-12345678", "0571-8765432", "400-123-4567", "+44 20 7946 0958"]
)
def test_other_phone_numbers(number: str) -> None:
    """Landlines, service numbers and foreign numbers are allowed in the other-phone field."""
    assert phones.is_phone(phones.normalise_phone(number))


def test_mask_mobile() -> None:
    """Printed cards can hide the middle of the mobile."""
    assert phones.mask_mobile("13812345678") == "138****5678"


@pytest.mark.parametrize(
    "name, surname_key, other_key",
    [
        ("曾小贤", "zxx", "cxx"),
        ("单田芳", "stf", "dtf"),
        ("解晓东", "xxd", "jxd"),
        ("仇英", "qy", "cy"),
        ("区丽", "ol", "ql"),
        ("朴树", "ps", "ps"),
        ("查良镛", "zly", "cly"),
        ("盖聂", "gn", "gn"),
        ("翟天临", "ztl", "dtl"),
        ("缪杰", "mj", "mj"),
        ("覃海", "qh", "th"),
    ],
)
def test_polyphonic_surnames(name: str, surname_key: str, other_key: str) -> None:
    """Surnames are read as surnames (曾 zeng), and the other reading still finds the customer."""
    keys = name_keys(name).keys
    assert surname_key in keys
    assert other_key in keys


def test_full_pinyin_and_sort_key() -> None:
    """'zhangs' finds 张三 by prefix, and the list sorts 曾 under z."""
    keys = name_keys("张三")
    assert "zhangsan" in keys.keys and "zs" in keys.keys
    assert name_keys("曾小贤").sort_key == "zengxiaoxian"
    assert name_keys("单田芳").sort_key == "shantianfang"


def test_compound_surnames() -> None:
    """欧阳娜娜 is found by oynn and ouyang…, not split into 欧 + 阳娜娜."""
    assert split_surname("欧阳娜娜") == ("欧阳", "娜娜")
    keys = name_keys("欧阳娜娜").keys
    assert "oynn" in keys and "ouyangnana" in keys
    assert "yccg" in name_keys("尉迟长歌").keys or "yczg" in name_keys("尉迟长歌").keys


def test_latin_names() -> None:
    """A customer written in Latin letters is found by her name and initials."""
    keys = name_keys("Lily Wang").keys
    assert "lilywang" in keys and "lw" in keys
