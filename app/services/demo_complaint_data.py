"""The sample salon's complaints as data: how often each thing happens, the scripted
complaints every demo shows, and what the complaints say (what happened, what was
done, the answers, root causes and the follow-up calls) in the words of a Chinese
salon's counter.

`{item}` is the service of the visit complained about, `{product}` a product the
salon sells, `{staff}` who served her and `{handler}` who handles the complaint.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from app.models.enums import ComplaintCategory, ComplaintChannel, FollowUpChannel, Severity
from app.services import demo_names as names
from app.services.demo_names import Weighted

Cat = ComplaintCategory

ONE, TWO = 0.17, 0.015  # a customer complains once, or twice: ~0.2 a customer
ANONYMOUS = 0.12  # without her card, with a contact
LATE = 0.12  # the answer comes after the promise
STARTED = 0.75  # somebody starts it before it is resolved
SIDE_NOTE = 0.2
CLOSE_UNANSWERED = 0.05  # closed without an answer
CLOSE_UNCALLED = 0.08  # resolved, then closed without the follow-up call
CALLED_LATE = 0.25  # the follow-up call comes a day or more after its day
REOPEN_UNHAPPY = 0.4  # reopened when she is unhappy at the call
REPLY_CHANCE = 0.6
CAUSE_CHANCE = 0.7
POINTS_CHANCE = {Severity.NORMAL: 0.08, Severity.SERIOUS: 0.35, Severity.URGENT: 0.6}
POINTS = {
    Severity.NORMAL: (50, 100),
    Severity.SERIOUS: (100, 200, 300),
    Severity.URGENT: (300, 500),
}
SERVICE_CHANCE = {Severity.NORMAL: 0.15, Severity.SERIOUS: 0.4, Severity.URGENT: 0.5}
GIFT_CHANCE = {Severity.NORMAL: 0.1, Severity.SERIOUS: 0.25, Severity.URGENT: 0.5}
REFUNDED = (ComplaintCategory.RESULT, ComplaintCategory.PRICE, ComplaintCategory.PRODUCT)
REFUND_CHANCE = 0.2
NEVER = timedelta(days=100 * 365)
OPENS, CLOSES = 9, 21


@dataclass(frozen=True)
class Script:
    """A complaint every demo shows (when it has the customer): received `days_ago`
    at `hour`, started and resolved so many hours later (None: not yet), called back
    so many days after the follow-up day (None: not yet)."""

    index: int  # the customer's place in the shop
    days_ago: int
    hour: float
    severity: Severity
    category: ComplaintCategory
    channel: ComplaintChannel
    anonymous: bool = False
    start: float | None = None
    resolve: float | None = None
    call: float | None = None
    points: tuple[int, ...] = ()  # apology points at each resolution
    satisfaction: tuple[int, ...] = ()  # at each call; 2 or less then reopens
    reopen: bool = False


SC, C, CH = Severity, ComplaintCategory, ComplaintChannel
SCRIPTS = (
    # 曾小贤: apology points, an unhappy call, reopened (the points reversed), resolved
    # again with new points, and happy at the second call.
    Script(0, 95, 11.5, SC.SERIOUS, C.RESULT, CH.WECHAT, start=1, resolve=20, call=0.1,
           points=(200, 300), satisfaction=(2, 5), reopen=True),
    Script(4, 2, 15.2, SC.URGENT, C.SERVICE, CH.IN_STORE),  # new, overdue
    Script(5, 4, 11, SC.SERIOUS, C.RESULT, CH.PHONE, start=2),  # in progress, overdue
    Script(6, 1, 16.4, SC.NORMAL, C.ENVIRONMENT, CH.REVIEW_SITE, anonymous=True),  # new
    Script(7, 1, 10.1, SC.SERIOUS, C.PRODUCT, CH.WECHAT, start=0.5),  # in progress, in time
    Script(8, 3, 10.3, SC.NORMAL, C.SERVICE, CH.WECHAT, start=1, resolve=4),  # call today
    Script(9, 4, 18.2, SC.NORMAL, C.PRICE, CH.PHONE, anonymous=True, resolve=20),  # today
    Script(10, 6, 14, SC.SERIOUS, C.RESULT, CH.IN_STORE, start=1, resolve=25,
           points=(200,)),  # the call is two days late
    Script(11, 1, 9.5, SC.NORMAL, C.OTHER, CH.PHONE, resolve=6),  # the call in two days
    Script(12, 9, 13, SC.NORMAL, C.SERVICE, CH.IN_STORE, start=1, resolve=5, call=0.2,
           satisfaction=(4,)),
)  # fmt: skip
SCRIPTED = {s.index: s for s in SCRIPTS}

CATEGORY_DRAW = Weighted(
    [(Cat.RESULT, 32), (Cat.SERVICE, 28), (Cat.PRODUCT, 14), (Cat.PRICE, 12),
     (Cat.ENVIRONMENT, 9), (Cat.OTHER, 5)]
)  # fmt: skip
CHANNEL_DRAW = Weighted(
    [(ComplaintChannel.WECHAT, 33), (ComplaintChannel.IN_STORE, 30),
     (ComplaintChannel.PHONE, 25), (ComplaintChannel.REVIEW_SITE, 8),
     (ComplaintChannel.OTHER, 4)]
)  # fmt: skip
# A result or a product can hurt (an allergy): those are more often serious.
SEVERITY_DRAW = {
    True: Weighted([(Severity.NORMAL, 55), (Severity.SERIOUS, 35), (Severity.URGENT, 10)]),
    False: Weighted([(Severity.NORMAL, 78), (Severity.SERIOUS, 19), (Severity.URGENT, 3)]),
}
FOLLOW_UP_CHANNEL_DRAW = Weighted(
    [(FollowUpChannel.PHONE, 60), (FollowUpChannel.WECHAT, 35), (FollowUpChannel.IN_STORE, 5)]
)
SATISFACTION_DRAW = Weighted([(5, 45), (4, 30), (3, 15), (2, 7), (1, 3)])
AGAIN_SATISFACTION_DRAW = Weighted([(5, 40), (4, 40), (3, 20)])  # after a second try
# Who takes a complaint on: the senior staff more often.
HANDLER_DRAW = Weighted(
    [("Tony老师", 30), ("Kevin老师", 20), ("小美", 25), ("阿芳", 10), ("丽丽", 10), ("小雅", 5)]
)
if {h for h in HANDLER_DRAW.items} != set(names.STAFF):
    raise ValueError("the handlers are the sample salon's staff")

HAIR = frozenset(n for n, *_ in names.HAIR_SERVICES)
BEAUTY = frozenset(n for n, *_ in names.BEAUTY_SERVICES)
PRODUCT_NAMES = tuple(n for n, *_ in names.PRODUCTS)

# What happened: results by the kind of service, the rest by category.
RESULT_HAIR = (
    "{item}后头发又干又毛躁，梳都梳不开",
    "{item}的效果和看的图片差别很大",
    "{item}不到一个星期就没型了，和说好的不一样",
    "{item}后头皮又痒又红，晚上都睡不好",
    "头发两边长短不一样，回家才发现",
)
RESULT_BEAUTY = (
    "做完{item}脸上冒了好多小痘痘",
    "{item}后皮肤发红发烫，两天都没退",
    "{item}做完感觉没什么变化，和介绍的不一样",
    "{item}时力度太重，第二天还在疼",
)
RESULT_NAILS = (
    "{item}不到三天就起翘了",
    "{item}的颜色和选的色卡不一样",
    "做完{item}指甲边上有点红肿",
)
DESCRIPTIONS: dict[ComplaintCategory, tuple[str, ...]] = {
    Cat.SERVICE: (
        "{staff}服务时一直推销办卡，拒绝了还说个不停",
        "预约了时间，到店后又等了四十多分钟才开始",
        "做{item}时技师一直在看手机，很不专心",
        "{staff}态度冷淡，问问题爱答不理",
        "洗头时水温太烫，提醒了也没调",
        "进门好几分钟没人招呼",
    ),
    Cat.PRODUCT: (
        "在店里买的{product}用了两天脸上起红疹",
        "{product}打开发现离过期只剩一个月",
        "买的{product}包装漏了，洒了半瓶",
        "{product}和以前买的味道不一样，怀疑不是正品",
        "做{item}用的产品让皮肤过敏",
    ),
    Cat.PRICE: (
        "{item}做完才说要另外加钱，事先没讲",
        "结账比店里报的价多收了几十块",
        "会员价没有按会员价算",
        "储值卡扣的钱比实际消费多",
        "说好的套餐价，结账时又变了",
    ),
    Cat.ENVIRONMENT: (
        "洗头用的毛巾有异味",
        "等候区音乐开得太大声，很吵",
        "卫生间不干净，地上都是水",
        "做护理的房间空调太冷",
        "烫染药水味道太重，呛得难受",
    ),
    Cat.OTHER: (
        "预约电话打了好几次都没人接",
        "微信预约后一直没有收到确认",
        "门口台阶太滑，差点摔倒",
        "上次消费的发票一直没开给我",
        "店门口停车位总被占，停车不方便",
    ),
}
RESOLUTIONS: dict[ComplaintCategory, tuple[str, ...]] = {
    Cat.RESULT: (
        "免费为顾客重新做了{item}，由{handler}亲自操作",
        "为顾客做了修复护理，调整到她满意为止",
        "退还本次{item}的费用，并当面道歉",
        "请顾客到店查看，做了舒缓处理，暂停使用这款产品",
    ),
    Cat.SERVICE: (
        "当面向顾客道歉，对当事员工做了批评教育",
        "向顾客道歉，下次到店优先安排",
        "店长亲自打电话道歉，并赠送一次护理",
    ),
    Cat.PRODUCT: (
        "为顾客办理了{product}退货退款",
        "给顾客换了一瓶新的{product}",
        "请顾客停用，赠送舒缓面膜，并提醒先做皮肤测试",
    ),
    Cat.PRICE: (
        "核对账单后退还多收的金额",
        "按会员价重新结算，退还差价",
        "向顾客解释了价目表，赠送下次护理的优惠",
    ),
    Cat.ENVIRONMENT: (
        "更换了全部毛巾，并加强消毒",
        "调低了背景音乐的音量",
        "安排保洁每两小时检查一次卫生间",
        "调整了护理间的空调温度，准备了毯子",
    ),
    Cat.OTHER: (
        "安排专人接听预约电话",
        "补开了发票，快递给顾客",
        "门口台阶铺了防滑垫",
        "和物业沟通，门口留出了顾客停车位",
    ),
}
# (root cause, preventive measure)
CAUSES: dict[ComplaintCategory, tuple[tuple[str, str], ...]] = {
    Cat.RESULT: (
        ("做之前没有和顾客确认想要的效果", "做之前拿图片和顾客确认效果，拍照留底"),
        ("药水和顾客的发质、肤质不合适，没有先做测试", "烫染和护理前先做测试"),
        ("技师手法还不熟练", "新技师由老师傅带三个月再单独接待"),
    ),
    Cat.SERVICE: (
        ("推销太过，顾客拒绝后还在说", "顾客拒绝一次就不再推销，列入员工培训"),
        ("预约排得太满", "每个时段少约一位，留出缓冲时间"),
        ("员工上班时玩手机", "上班时手机统一放进储物柜"),
    ),
    Cat.PRODUCT: (
        ("进货时没有检查有效期", "进货检查有效期，临期产品下架"),
        ("卖产品时没有提醒先试用", "卖护肤品时提醒顾客先在耳后试用"),
    ),
    Cat.PRICE: (
        ("收银没有按会员价结算", "收银系统设好会员价，结账时念一遍明细"),
        ("加价项目事先没有告知", "价目表写清加价项目，开单前告诉顾客"),
    ),
    Cat.ENVIRONMENT: (
        ("毛巾没有晾干就拿来用", "毛巾用烘干机烘干并高温消毒"),
        ("卫生没有专人负责", "排好值日表，每两小时检查一次"),
    ),
    Cat.OTHER: (
        ("前台忙的时候没人接电话", "预约电话转到店长手机"),
        ("门口的设施没人检查", "每天开门前检查门口台阶和灯"),
    ),
}
REPLIES = (
    "您好，非常抱歉这次没有让您满意。我们已经了解了情况，会尽快给您满意的处理，请您放心。",
    "亲，实在抱歉给您添麻烦了！这是我们的问题，已经安排{handler}负责跟进，今天之内给您回复。",
    "非常感谢您告诉我们，这对我们改进很重要。我们会认真处理，并把结果告诉您。",
    "您好，给您带来不好的体验，我们深表歉意。您方便的时候请到店，我们当面为您处理。",
)
FREE_SERVICES = ("免费重做一次", "赠送头皮护理一次", "赠送面部护理一次", "赠送洗吹造型一次")
GIFTS = ("补水面膜一盒", "护手霜一支", "护发精油一瓶")
START_NOTES = (
    "已电话联系顾客，约好到店查看",
    "已加顾客微信，了解详细情况",
    "已和当事员工了解情况",
    "",
)
SIDE_NOTES = ("顾客发来照片，已转给技师看", "再次打电话，顾客没接", "和顾客约好周末到店")
FOLLOW_UP_NOTES = {
    5: ("顾客说很满意，已经约了下次", "顾客说处理得很及时，谢谢店里"),
    4: ("顾客基本满意，说下次再来试试",),
    3: ("顾客说还可以，希望下次别再出问题",),
    2: ("顾客还是不太满意，觉得补偿不够",),
    1: ("顾客很不满意，说不会再来了",),
}
CLOSED_UNANSWERED = ("顾客撤回投诉", "经核实为重复登记", "联系不上顾客，已在微信留言")
CLOSED_UNCALLED = ("顾客表示满意，不需要回访", "多次联系不上顾客，结束回访")
REOPEN_REASONS = ("回访时顾客说问题又出现了", "顾客对处理结果仍不满意，要求重新处理")
NICKNAMES = ("小猫爱吃鱼", "momo", "晴天", "西湖边的风", "Lily", "一颗柠檬", "阿木")


def description(category: ComplaintCategory, item: str, pick: int) -> str:
    """A text of what happened (chosen by `pick`), about her visit's service `item`."""
    texts: tuple[str, ...]
    if category == Cat.RESULT:
        texts = RESULT_HAIR if item in HAIR else RESULT_BEAUTY if item in BEAUTY else RESULT_NAILS
    else:
        texts = DESCRIPTIONS[category]
    return texts[pick % len(texts)]
