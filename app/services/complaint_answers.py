"""Standard answers (标准问答): the shop's own words for frequent complaints, so every
member of staff says the same thing (建立标准的回答 Q&A，使员工口径一致).

A library per complaint category, each answer a title and a text with two
placeholders: {name} (her name with a polite title, 王女士 / Ms Wang) and {shop}.
The program offers a few answers in the shop's language the first time the library
is opened; from then on the library is the owner's — an owner who deletes them all
does not get them back.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import fn

from app.models import ComplaintCategory, Gender, StandardAnswer, database
from app.services import greetings, settings
from app.services.greetings import BAD_BRACES, UNKNOWN_PLACEHOLDER
from app.services.messages import (
    QT_TRANSLATE_NOOP,
    FieldError,
    Message,
    ServiceError,
    ValidationError,
)
from app.services.validation import TOO_LONG, clean_text

LANGUAGES = ("zh_CN", "en")
PLACEHOLDERS = ("name", "shop")
MAX_TITLE = 60
MAX_TEXT = 2000
SEEDED = "standard_answers_seeded"
# The order the categories are listed in: as the complaint form offers them.
CATEGORIES = tuple(ComplaintCategory)

NEED_TITLE = QT_TRANSLATE_NOOP("Messages", "Give the answer a short title.")
NEED_TEXT = QT_TRANSLATE_NOOP("Messages", "Write the answer; it cannot be empty.")
PLAIN_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "Messages", "Write a placeholder plainly, like {{name}}, with nothing after its name."
)
ANSWER_GONE = QT_TRANSLATE_NOOP("Messages", "This standard answer no longer exists.")

# Who she is when the reply does not know her name (an anonymous complaint), and the
# shop before it has a name: words that read well where {name} and {shop} stand in
# the answers below ("尊敬的顾客，您好！", "Dear valued customer,").
NEUTRAL_NAME = {"zh_CN": "尊敬的顾客", "en": "valued customer"}
NEUTRAL_SHOP = {"zh_CN": "本店", "en": "our shop"}
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class AnswerRecord:
    id: int
    category: ComplaintCategory
    title: str
    text: str
    position: int


# --- the program's answers ---------------------------------------------------------------
# A good manager's reply: she is sorry and says so, says what will be done and by
# when (如果需时间解决，应承诺时间), and asks her back.

_C = ComplaintCategory
DEFAULTS: dict[str, tuple[tuple[ComplaintCategory, str, str], ...]] = {
    "zh_CN": (
        (
            _C.PRODUCT,
            "产品有质量问题：换货或退款",
            "{name}，您好！非常抱歉您买到的产品出了问题，给您添麻烦了。请您把产品和购买凭证"
            "带到店里，或者先拍张照片发给我们；核实后我们当场为您换一件新的，您如果不想再用，"
            "我们全额退款。一般当天就能办好，最迟三天内给您答复。谢谢您告诉我们，{shop}"
            "会更仔细地检查每一批货，欢迎您随时来店里坐坐。",
        ),
        (
            _C.PRODUCT,
            "用后皮肤不适或过敏",
            "{name}，您好！听说您用了产品后皮肤不舒服，我们非常抱歉，也很担心您。请您先停用，"
            "用清水轻轻洗净；如果红肿、刺痛没有缓解，请尽快就医，确因我们产品引起的，相关费用"
            "由我们承担。今天之内我们的美容顾问会给您打电话，详细了解情况，并为您安排免费的"
            "舒缓护理。您的健康最重要，{shop}会一直跟进，直到您完全恢复。",
        ),
        (
            _C.SERVICE,
            "员工态度不好",
            "{name}，您好！您在店里没有得到应有的热情和尊重，这是我们做得不好，我代表{shop}"
            "向您诚恳道歉。我已经和当班的同事谈过，本周内全店会重新培训服务规范。您下次来店，"
            "我亲自为您安排，还为您准备了一份小礼物，表达我们的歉意。谢谢您直接告诉我们，"
            "让我们有机会改正。",
        ),
        (
            _C.SERVICE,
            "等候时间太长",
            "{name}，您好！让您久等了，真的非常抱歉。那天预约排得太满，是我们安排不周。"
            "以后您预约，我们会提前一天和您确认时间，到店后等候不超过十分钟；如有变动，"
            "我们第一时间通知您。下次来店我们优先为您服务，{shop}期待再次见到您！",
        ),
        (
            _C.PRICE,
            "觉得价格偏高",
            "{name}，您好！谢谢您坦诚地告诉我们您的想法。我们的价格包含了正品产品、专业技师"
            "和做完后的跟进服务，希望您每一分钱都花得放心。明天之前我会把这次项目的费用明细"
            "发给您，逐项说明。作为老顾客，您也可以选择更适合的套餐或会员优惠，我很乐意帮您"
            "算一算怎样最划算。{shop}期待继续为您服务。",
        ),
        (
            _C.PRICE,
            "收费与说好的不一致",
            "{name}，您好！结账的金额和之前说好的不一样，给您带来困扰，非常抱歉。我们正在核对"
            "当天的消费记录，今天之内给您回复；如果是我们多收了，差额全部退还给您。以后每个"
            "项目开始前，我们都会先把价格和您确认清楚。感谢您的信任，{shop}欢迎您随时再来。",
        ),
        (
            _C.RESULT,
            "效果不如预期",
            "{name}，您好！这次的效果没有达到您的期待，我们非常抱歉。请您方便时来店里一趟，"
            "或者先发张照片给我们，我们的技师会在三天内为您免费调整或补做，直到您满意为止，"
            "也会和您仔细沟通，找到最适合您的方案。{shop}希望每一位顾客都美美地离开，"
            "谢谢您给我们改进的机会。",
        ),
        (
            _C.RESULT,
            "发型或颜色与约定不符",
            "{name}，您好！做出来的效果和我们事先约定的不一样，是我们沟通和操作不到位，"
            "真诚向您道歉。七天之内我们为您免费重做，由店里最有经验的老师亲自操作；您如果"
            "不想重做，我们退还这次的费用。{shop}会认真总结这次的问题，期待您再次光临。",
        ),
        (
            _C.ENVIRONMENT,
            "卫生不到位",
            "{name}，您好！感谢您指出店里卫生方面的问题，让您感到不舒服，我们深感抱歉。"
            "今天下班前我们会把店里彻底清洁一遍，毛巾和工具坚持一客一换一消毒，并安排专人"
            "每两小时检查一次。欢迎您下次来店亲自监督，{shop}一定给您一个干净舒适的环境。",
        ),
        (
            _C.ENVIRONMENT,
            "太吵、太冷或太热",
            "{name}，您好！店里的环境让您没能好好放松，非常抱歉。我们已经调整了音乐音量和"
            "空调温度，以后每位顾客开始护理前，我们都会先问问您的感受。下次来店有任何不舒服，"
            "请随时告诉我们，{shop}希望您在这里的每一分钟都舒适自在。",
        ),
        (
            _C.OTHER,
            "需要时间处理：承诺回复时间",
            "{name}，您好！您反映的问题{shop}非常重视。为了给您一个准确的答复，我们需要核实"
            "一些情况，三天之内一定给您回复处理结果，其间有任何进展也会第一时间告诉您。"
            "给您添麻烦了，谢谢您的耐心和理解。",
        ),
        (
            _C.OTHER,
            "预约被遗漏或搞错",
            "{name}，您好！您的预约我们没有安排好，耽误了您的时间，非常抱歉。我们已经查明是"
            "登记时出了错，以后每个预约都会在前一天电话或微信和您确认。请告诉我们您方便的"
            "时间，我们今天就为您重新安排，并优先为您服务。{shop}期待再次见到您。",
        ),
    ),
    "en": (
        (
            _C.PRODUCT,
            "Faulty product: exchange or refund",
            "Dear {name}, I am very sorry the product you bought from us turned out to be "
            "faulty, and for the trouble it has caused you. Please bring it in with your "
            "receipt, or send us a photo first: once we have checked it, we will exchange it "
            "on the spot or, if you prefer, refund you in full. We usually settle this the same "
            "day, and you will have our answer within three days at the latest. Thank you for "
            "telling us — we are checking every delivery more carefully now, and you are "
            "always welcome at {shop}.",
        ),
        (
            _C.PRODUCT,
            "Skin reaction after using a product",
            "Dear {name}, we are so sorry to hear your skin reacted after using the product, "
            "and we are concerned for you. Please stop using it and rinse gently with clean "
            "water; if the redness or stinging does not ease, please see a doctor — if our "
            "product caused it, we will cover the cost. One of our consultants will call you "
            "today to hear exactly what happened and to arrange a free soothing treatment. "
            "Your health comes first, and {shop} will stay in touch until your skin has fully "
            "recovered.",
        ),
        (
            _C.SERVICE,
            "Unfriendly staff",
            "Dear {name}, you were not treated with the warmth and respect you deserve, and I "
            "apologise sincerely on behalf of everyone at {shop}. I have spoken with the "
            "colleague on duty, and the whole team will go through our service standards again "
            "this week. On your next visit I will look after your appointment myself, and a "
            "small gift will be waiting for you. Thank you for telling us directly — it gives "
            "us the chance to put things right.",
        ),
        (
            _C.SERVICE,
            "Long wait",
            "Dear {name}, I am truly sorry you had to wait so long. We booked too many "
            "appointments that day, and that is our fault, not yours. From now on we will "
            "confirm your appointment the day before, and you will not wait more than ten "
            "minutes once you arrive; if anything changes, we will tell you straight away. On "
            "your next visit you will be looked after first — we hope to see you again soon "
            "at {shop}.",
        ),
        (
            _C.PRICE,
            "Feels the price is too high",
            "Dear {name}, thank you for telling us honestly how you feel. Our prices cover "
            "genuine products, trained specialists and the follow-up after your treatment, "
            "and we want every yuan to feel well spent. By tomorrow I will send you a "
            "breakdown of this treatment's cost, item by item. As a regular customer you can "
            "also choose a package or member offer that suits you better, and I would be glad "
            "to work out the best value with you. We look forward to seeing you again at "
            "{shop}.",
        ),
        (
            _C.PRICE,
            "Charged more than agreed",
            "Dear {name}, I am sorry the bill was not what we had agreed, and for the worry "
            "it caused. We are checking that day's records now and will get back to you "
            "today; if we charged you too much, we will refund the difference in full. From "
            "now on we will confirm the price with you before every treatment begins. Thank "
            "you for your trust — you are always welcome at {shop}.",
        ),
        (
            _C.RESULT,
            "Result not as expected",
            "Dear {name}, we are very sorry the result was not what you hoped for. Please "
            "drop in when it suits you, or send us a photo first: within three days our "
            "specialist will adjust or redo it free of charge until you are happy, and take "
            "the time to find the approach that suits you best. At {shop} we want every "
            "customer to leave feeling beautiful — thank you for giving us the chance to do "
            "better.",
        ),
        (
            _C.RESULT,
            "Hairstyle or colour not as agreed",
            "Dear {name}, the result was not what we had agreed beforehand: we did not listen "
            "or work carefully enough, and I apologise sincerely. Within seven days we will "
            "redo it free of charge, by our most experienced stylist; if you would rather not, "
            "we will refund this visit. We at {shop} will learn from this, and we hope to "
            "welcome you back soon.",
        ),
        (
            _C.ENVIRONMENT,
            "Not clean enough",
            "Dear {name}, thank you for pointing out that the shop was not clean enough; we "
            "are very sorry it made you uncomfortable. Before closing today the whole shop "
            "will be cleaned thoroughly; towels and tools are fresh and disinfected for every "
            "customer, and someone now checks every two hours. You are welcome to see for "
            "yourself on your next visit — {shop} will be clean and comfortable for you.",
        ),
        (
            _C.ENVIRONMENT,
            "Too noisy, too cold or too hot",
            "Dear {name}, I am sorry the room kept you from relaxing. We have already turned "
            "the music down and adjusted the air conditioning, and from now on we will ask "
            "how you feel before every treatment begins. If anything is not right on your "
            "next visit, just tell us — at {shop} we want every minute to be comfortable for "
            "you.",
        ),
        (
            _C.OTHER,
            "Needs time: promise when we answer",
            "Dear {name}, everyone at {shop} takes what you told us very seriously. To give "
            "you a proper answer we need to check a few things first: you will hear from us "
            "within three days, and sooner if we know more. We are sorry for the trouble, and "
            "thank you for your patience.",
        ),
        (
            _C.OTHER,
            "Booking missed or mixed up",
            "Dear {name}, we did not look after your booking properly and wasted your time — "
            "I am very sorry. The mistake was made when the booking was written down; from "
            "now on we will confirm every booking by phone or WeChat the day before. Tell us "
            "when suits you and we will book you in today, with priority. We look forward to "
            "seeing you again at {shop}.",
        ),
    ),
}


def _language(language: str) -> str:
    return language if language in LANGUAGES else "en"


def ensure_defaults(language: str, now: datetime) -> bool:
    """Offer the program's answers in `language` the first time; True when it did.

    Once offered (or once the shop has answers of its own) never again: the library
    is the owner's, and one who deleted every answer does not want them back."""
    if settings.get(SEEDED):
        return False
    with database.atomic():
        if StandardAnswer.select().exists():
            settings.set_value(SEEDED, True)
            return False
        rows: list[dict[str, Any]] = []
        positions: dict[ComplaintCategory, int] = {}
        for category, title, text in DEFAULTS[_language(language)]:
            position = positions.get(category, 0)
            positions[category] = position + 1
            rows.append(
                {
                    "category": category,
                    "title": title,
                    "text": text,
                    "position": position,
                    "created_at": now,
                }
            )
        StandardAnswer.insert_many(rows).execute()
        settings.set_value(SEEDED, True)
    return True


def _record(row: StandardAnswer) -> AnswerRecord:
    return AnswerRecord(row.id, row.category, row.title, row.text, row.position)


def answers(category: ComplaintCategory | None = None) -> list[AnswerRecord]:
    """The library, by category (in the complaint form's order) then the owner's order."""
    query = StandardAnswer.select()
    if category is not None:
        query = query.where(StandardAnswer.category == category)
    found = [_record(row) for row in query]
    found.sort(key=lambda a: (CATEGORIES.index(a.category), a.position, a.id))
    return found


def answer(answer_id: int) -> AnswerRecord | None:
    row = StandardAnswer.get_or_none(StandardAnswer.id == answer_id)
    return _record(row) if row else None


def counts() -> dict[ComplaintCategory, int]:
    """How many answers each category has (0 for none)."""
    found = dict.fromkeys(CATEGORIES, 0)
    query: Any = (
        StandardAnswer.select(StandardAnswer.category, fn.COUNT(StandardAnswer.id))
        .group_by(StandardAnswer.category)
        .tuples()
    )
    for category, count in query:
        found[ComplaintCategory(category)] = count
    return found


# --- checking and saving -----------------------------------------------------------------


def placeholder_errors(text: str) -> list[FieldError]:
    """A brace left open, a placeholder the program does not know, or one with a format."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return [FieldError("text", Message(BAD_BRACES))]
    allowed = " ".join("{" + p + "}" for p in PLACEHOLDERS)
    for _, field, spec, conversion in parsed:
        if field is None:
            continue
        if field not in PLACEHOLDERS:
            return [
                FieldError(
                    "text", Message(UNKNOWN_PLACEHOLDER, {"field": field, "allowed": allowed})
                )
            ]
        if spec or conversion:
            return [FieldError("text", Message(PLAIN_PLACEHOLDER))]
    return []


def answer_errors(title: str, text: str) -> list[FieldError]:
    """Why an answer cannot be saved: one message for the title, one for the text."""
    errors: list[FieldError] = []
    title = clean_text(title)
    if not title:
        errors.append(FieldError("title", Message(NEED_TITLE)))
    elif len(title) > MAX_TITLE:
        errors.append(FieldError("title", Message(TOO_LONG, {"limit": MAX_TITLE})))
    text = clean_text(text)
    if not text:
        errors.append(FieldError("text", Message(NEED_TEXT)))
    elif len(text) > MAX_TEXT:
        errors.append(FieldError("text", Message(TOO_LONG, {"limit": MAX_TEXT})))
    else:
        errors.extend(placeholder_errors(text))
    return errors


def save_answer(
    answer_id: int | None, category: ComplaintCategory, title: str, text: str, now: datetime
) -> int:
    """Add an answer (`answer_id` None) at the end of its category, or change one; an
    answer moved to another category goes to the end of that one. Returns its id."""
    errors = answer_errors(title, text)
    if errors:
        raise ValidationError(errors)
    title, text = clean_text(title), clean_text(text)
    with database.atomic():
        if answer_id is None:
            created = StandardAnswer.create(
                category=category,
                title=title,
                text=text,
                position=_next_position(category),
                created_at=now,
            )
            return int(created.id)
        row = StandardAnswer.get_or_none(StandardAnswer.id == answer_id)
        if row is None:
            raise ServiceError(Message(ANSWER_GONE))
        if row.category != category:
            row.position = _next_position(category)
        row.category, row.title, row.text = category, title, text
        row.save()
        return int(row.id)


def _next_position(category: ComplaintCategory) -> int:
    last = (
        StandardAnswer.select(fn.MAX(StandardAnswer.position))
        .where(StandardAnswer.category == category)
        .scalar()
    )
    return 0 if last is None else int(last) + 1


def delete_answer(answer_id: int) -> None:
    """Delete an answer; one already deleted (at another counter) is no error."""
    StandardAnswer.delete().where(StandardAnswer.id == answer_id).execute()


def move_answer(answer_id: int, up: bool) -> bool:
    """Move an answer one place up or down in its category; False at either end."""
    with database.atomic():
        row = StandardAnswer.get_or_none(StandardAnswer.id == answer_id)
        if row is None:
            raise ServiceError(Message(ANSWER_GONE))
        ids = [a.id for a in answers(row.category)]
        index = ids.index(answer_id)
        other = index - 1 if up else index + 1
        if not 0 <= other < len(ids):
            return False
        ids[index], ids[other] = ids[other], ids[index]
        # Renumbered 0… in the new order: positions typed at two counters may tie.
        for position, some_id in enumerate(ids):
            StandardAnswer.update(position=position).where(StandardAnswer.id == some_id).execute()
    return True


# --- filling in ----------------------------------------------------------------------------


def language_of(text: str) -> str:
    """zh_CN for an answer written in Chinese, else en: 王女士 in a Chinese reply,
    Ms Wang in an English one, whichever language the window speaks."""
    return "zh_CN" if _HAN.search(text) else "en"


def fill(text: str, name: str, gender: Gender | None, shop: str, language: str) -> str:
    """The answer as she reads it: {name} as 王女士 / Ms Wang (尊敬的顾客 / valued
    customer without a name), {shop} as the shop's name (本店 / our shop before it
    has one). Text that is not a valid answer is filled as far as it can be."""
    language = _language(language)
    name = " ".join(str(name or "").split())
    polite = greetings.title_of(name, gender or Gender.UNKNOWN, language) if name else ""
    values = {
        "name": polite or NEUTRAL_NAME[language],
        "shop": " ".join(str(shop or "").split()) or NEUTRAL_SHOP[language],
    }
    text = str(text or "")
    if not placeholder_errors(text):
        return string.Formatter().vformat(text, (), values)
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text
