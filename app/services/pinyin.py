"""Pinyin keys of a customer's name for the counter search.

pypinyin has no surname mode: it reads 曾 as ceng, 单 as dan, 解 as jie.
The first character (two for compound surnames) is therefore read from the
surname table below, and the character's other readings are indexed as well,
so both `zxx` and `cxx` find 曾小贤.

pypinyin costs ~0.2 s and ~55 MB to import: it is imported here, on first
use (saving a customer, importing, demo data), never at start-up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Surnames whose surname reading differs from pypinyin's default reading.
SURNAME_READINGS: dict[str, str] = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "仇": "qiu",
    "区": "ou",
    "查": "zha",
    "朴": "piao",
    "盖": "ge",
    "翟": "zhai",
    "缪": "miao",
    "覃": "qin",
    "薄": "bo",
    "种": "chong",
    "秘": "bi",
    "员": "yun",
    "乐": "yue",
    "尉": "wei",
    "召": "shao",
    "隗": "wei",
    "句": "gou",
    "繁": "po",
    "阚": "kan",
    "华": "hua",
    "纪": "ji",
    "燕": "yan",
    "柏": "bai",
    "过": "guo",
    "宓": "mi",
    "能": "nai",
    "冼": "xian",
    "洗": "xian",
    "谌": "chen",
    "折": "she",
    "都": "du",
    "褚": "chu",
    "长": "chang",
    "令": "ling",
    "藏": "zang",
    "莘": "shen",
    "万": "wan",
    "沈": "shen",
    "贾": "jia",
    "任": "ren",
    "相": "xiang",
    "车": "che",
    "卜": "bu",
    "率": "shuai",
    "员外": "yuanwai",
}

# Compound surnames (复姓) and their readings.
COMPOUND_SURNAMES: dict[str, str] = {
    "欧阳": "ouyang",
    "司马": "sima",
    "尉迟": "yuchi",
    "万俟": "moqi",
    "上官": "shangguan",
    "诸葛": "zhuge",
    "东方": "dongfang",
    "皇甫": "huangfu",
    "令狐": "linghu",
    "长孙": "zhangsun",
    "慕容": "murong",
    "公孙": "gongsun",
    "夏侯": "xiahou",
    "宇文": "yuwen",
    "司徒": "situ",
    "司空": "sikong",
    "澹台": "tantai",
    "单于": "chanyu",
    "呼延": "huyan",
    "端木": "duanmu",
    "轩辕": "xuanyuan",
    "南宫": "nangong",
    "西门": "ximen",
    "独孤": "dugu",
    "钟离": "zhongli",
    "闻人": "wenren",
    "赫连": "helian",
    "百里": "baili",
    "东郭": "dongguo",
    "公冶": "gongye",
    "太史": "taishi",
    "申屠": "shentu",
    "羊舌": "yangshe",
    "第五": "diwu",
    "濮阳": "puyang",
    "淳于": "chunyu",
    "宗政": "zongzheng",
    "仲孙": "zhongsun",
    "拓跋": "tuoba",
    "乐正": "yuezheng",
    "漆雕": "qidiao",
    "壤驷": "rangsi",
    "公良": "gongliang",
    "子车": "ziju",
    "左丘": "zuoqiu",
    "谷梁": "guliang",
    "梁丘": "liangqiu",
}

# A name with many polyphonic characters could explode into hundreds of keys.
MAX_READINGS = 8

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LETTERS = re.compile(r"[^a-z]")


@dataclass(frozen=True)
class NameKeys:
    """The sort key and the search keys of one name."""

    sort_key: str
    keys: frozenset[str]


def _clean(syllable: str) -> str:
    return _LETTERS.sub("", syllable.lower())


@lru_cache(maxsize=4096)
def _char_readings(char: str) -> tuple[str, ...]:
    from pypinyin import Style, pinyin

    readings = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    if not readings:
        return ()
    return tuple(dict.fromkeys(_clean(r) for r in readings[0] if _clean(r)))


def split_surname(name: str) -> tuple[str, str]:
    """The surname (one or two characters) and the given name."""
    name = name.strip()
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return name[:2], name[2:]
    if _HAN.match(name[:1] or ""):
        return name[:1], name[1:]
    return "", name


def surname_readings(surname: str) -> list[str]:
    """The surname reading first, then the character's other readings."""
    if not surname:
        return [""]
    if surname in COMPOUND_SURNAMES:
        return [COMPOUND_SURNAMES[surname]]
    readings: list[str] = []
    if surname in SURNAME_READINGS:
        readings.append(SURNAME_READINGS[surname])
    readings.extend(_char_readings(surname))
    return list(dict.fromkeys(readings)) or [""]


@lru_cache(maxsize=65536)  # given names repeat a lot in a shop's list (and an import)
def _given_syllables(given: str) -> tuple[str, ...]:
    from pypinyin import Style, lazy_pinyin

    out: list[str] = []
    # Non-Chinese text comes back as one item ("Lily Wang"): split it into words.
    for item in lazy_pinyin(given, style=Style.NORMAL, errors="default"):
        for token in item.split():
            cleaned = _clean(token)
            if cleaned:
                out.append(cleaned)
    return tuple(out)


def _syllables_for_compound(surname: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    return [_clean(s) for s in lazy_pinyin(surname, style=Style.NORMAL)]


def name_keys(name: str) -> NameKeys:
    """Initials and full-pinyin keys for every reading of the surname."""
    surname, given = split_surname(name)
    given_syllables = _given_syllables(given)
    given_full = "".join(given_syllables)
    given_initials = "".join(s[0] for s in given_syllables)
    keys: set[str] = set()
    sort_key = ""
    for i, reading in enumerate(surname_readings(surname)[:MAX_READINGS]):
        if surname in COMPOUND_SURNAMES:
            initials = "".join(s[0] for s in _syllables_for_compound(surname) if s)
        else:
            initials = reading[:1]
        full = reading + given_full
        if i == 0:
            sort_key = full
        if full:
            keys.add(full)
        if initials + given_initials:
            keys.add(initials + given_initials)
    return NameKeys(sort_key=sort_key, keys=frozenset(keys))


def is_pinyin_query(text: str) -> bool:
    return bool(text) and text.isascii() and text.isalpha()
