"""The tables the sample salon is drawn from: names, places, jobs, services and prices,
the weighted draws over them, and the showcase customers the docs and tests rely on.

Weights are relative frequencies. Surname weights follow the published
frequency of Chinese surnames (per ten thousand people, rounded), with the
polyphonic surnames the counter search must read right (曾 zeng, 单 shan,
解 xie …) and a few compound surnames kept at their real, low rates.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from itertools import accumulate
from typing import Any, Generic, TypeVar

from app.models.enums import Calendar, FollowUpChannel, Gender, Grade

SURNAMES: tuple[tuple[str, int], ...] = (
    ("王", 710),
    ("李", 700),
    ("张", 670),
    ("刘", 540),
    ("陈", 450),
    ("杨", 310),
    ("黄", 220),
    ("赵", 200),
    ("吴", 200),
    ("周", 190),
    ("徐", 150),
    ("孙", 140),
    ("马", 130),
    ("朱", 130),
    ("胡", 120),
    ("郭", 110),
    ("何", 110),
    ("林", 100),
    ("高", 100),
    ("罗", 90),
    ("郑", 90),
    ("梁", 80),
    ("谢", 80),
    ("宋", 80),
    ("唐", 70),
    ("许", 70),
    ("韩", 70),
    ("冯", 70),
    ("邓", 70),
    ("曹", 60),
    ("彭", 60),
    ("曾", 60),
    ("肖", 60),
    ("田", 50),
    ("董", 50),
    ("袁", 50),
    ("潘", 50),
    ("于", 50),
    ("蒋", 50),
    ("蔡", 50),
    ("余", 50),
    ("杜", 40),
    ("叶", 40),
    ("程", 40),
    ("苏", 40),
    ("魏", 40),
    ("吕", 40),
    ("丁", 40),
    ("任", 40),
    ("沈", 40),
    ("姚", 30),
    ("卢", 30),
    ("姜", 30),
    ("崔", 30),
    ("钟", 30),
    ("谭", 30),
    ("陆", 30),
    ("汪", 30),
    ("范", 30),
    ("金", 30),
    ("石", 30),
    ("廖", 30),
    ("贾", 30),
    ("夏", 30),
    ("韦", 30),
    ("方", 30),
    ("白", 20),
    ("邹", 20),
    ("孟", 20),
    ("熊", 20),
    ("秦", 20),
    ("邱", 20),
    ("江", 20),
    ("尹", 20),
    ("薛", 20),
    ("段", 20),
    ("雷", 20),
    ("侯", 20),
    ("龙", 20),
    ("史", 20),
    ("陶", 20),
    ("黎", 20),
    ("贺", 20),
    ("顾", 20),
    ("毛", 20),
    ("郝", 20),
    ("龚", 20),
    ("邵", 20),
    ("万", 20),
    ("钱", 20),
    ("严", 20),
    ("武", 20),
    ("戴", 20),
    ("俞", 15),
    ("莫", 15),
    ("孔", 15),
    ("汤", 15),
    ("翟", 5),
    ("覃", 10),
    ("单", 5),
    ("解", 3),
    ("仇", 2),
    ("区", 1),
    ("朴", 2),
    ("查", 2),
    ("盖", 1),
    ("缪", 2),
    ("欧阳", 2),
    ("司马", 1),
    ("上官", 1),
    ("诸葛", 1),
)

FEMALE_NAME_CHARS = (
    "丽娟敏静婷雪芳燕玲娜红霞艳琳颖晶洁慧佳欣怡雅倩萍梅晓秀美芸琴莉婉馨悦璐露瑶蕾薇"
    "晴宁诗涵梦雨思语嘉可彤月文妍蓉莹茜菲凤兰英华玉珍桂云春秋丹萌淑贞琪玥希若安"
)
MALE_NAME_CHARS = (
    "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳建国东峰志晨博文轩"
    "子然泽睿海亮成春冬立新永"
)
# Reduplicated given names (娜娜, 婷婷) are common for women born after 1985.
DOUBLED_FEMALE = "娜婷佳丹菲晶琳莉倩悦璐萌彤"

CITY = "杭州市"
DISTRICTS: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("西湖区", 25, ("文三路", "文二路", "教工路", "天目山路", "古墩路", "学院路", "文一西路")),
    ("上城区", 18, ("解放路", "延安路", "庆春路", "望江路", "秋涛路", "钱江路")),
    ("拱墅区", 16, ("莫干山路", "湖墅南路", "大关路", "丰潭路", "石祥路", "上塘路")),
    ("滨江区", 15, ("江南大道", "滨盛路", "长河路", "江陵路", "西兴路", "网商路")),
    ("萧山区", 12, ("市心路", "金城路", "人民路", "通惠路", "建设一路", "博奥路")),
    ("余杭区", 14, ("五常大道", "良睦路", "文一西路", "龙潭路", "闲林街", "向往街")),
)
ESTATES = (
    "翠苑一区",
    "嘉绿苑",
    "星洲花园",
    "金色海岸",
    "西溪诚园",
    "锦绣江南",
    "春江花月",
    "阳光郡",
    "绿城桂花园",
    "万科城",
    "湘湖人家",
    "钱江湾花园",
    "大关小区",
    "望江家园",
)

# (occupation, employers, positions); an empty tuple leaves the field empty.
OCCUPATIONS: tuple[tuple[str, int, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "教师",
        10,
        ("文新小学", "学军中学", "钱塘外语学校", "滨江第一幼儿园"),
        ("语文老师", "数学老师", "班主任", "英语老师"),
    ),
    ("护士", 6, ("市第一人民医院", "省中医院", "滨江社区卫生服务中心"), ("护士", "护士长")),
    ("医生", 3, ("市第一人民医院", "省中医院", "口腔医院"), ("主治医师", "住院医师")),
    (
        "程序员",
        8,
        ("云启科技有限公司", "数联网络有限公司", "海川智能科技"),
        ("前端工程师", "测试工程师", "产品经理"),
    ),
    ("会计", 7, ("信诚会计师事务所", "绿源食品有限公司", "杭州银行"), ("会计", "财务主管")),
    ("公务员", 4, ("西湖区政府", "市税务局", "街道办事处"), ("科员", "副科长")),
    ("销售", 7, ("万达广场", "宝马4S店", "我爱我家"), ("销售顾问", "置业顾问", "店长")),
    ("设计师", 5, ("意匠设计工作室", "云启科技有限公司"), ("UI设计师", "室内设计师")),
    ("银行职员", 5, ("工商银行", "杭州银行", "招商银行"), ("客户经理", "柜员", "理财经理")),
    ("个体经营", 7, ("自家服装店", "社区超市", "奶茶店"), ("店主",)),
    ("电商运营", 6, ("优品电商有限公司", "一九直播基地"), ("运营专员", "主播", "运营主管")),
    ("人事行政", 4, ("海川智能科技", "绿源食品有限公司"), ("人事专员", "行政主管")),
    ("律师", 2, ("天衡律师事务所",), ("律师", "合伙人")),
    ("学生", 8, ("浙江大学", "浙江工业大学", "杭州师范大学"), ("本科生", "研究生")),
    ("全职妈妈", 6, (), ()),
    ("自由职业", 4, (), ()),
    ("退休", 5, (), ()),
)
INCOME_LEVELS = ("5千以下", "5千-1万", "1万-2万", "2万以上")

HOBBIES = (
    "瑜伽",
    "旅游",
    "追剧",
    "烘焙",
    "跑步",
    "摄影",
    "看书",
    "插花",
    "养猫",
    "逛街",
    "羽毛球",
    "露营",
    "喝茶",
    "健身",
    "唱歌",
    "跳广场舞",
    "做饭",
    "钓鱼",
)
PERSONALITIES = (
    "开朗健谈",
    "安静内向",
    "爽快",
    "比较挑剔",
    "随和好说话",
    "注重细节",
    "时间观念强",
    "喜欢尝试新东西",
)
PREFERENCES = (
    "喜欢自然卷",
    "偏爱无香型产品",
    "发色偏好栗棕色",
    "不喜欢被推销",
    "喜欢靠窗的位置",
    "洗头水温偏热",
    "只用进口护肤品",
    "喜欢短发",
    "偏爱法式美甲",
    "按摩力度要轻",
    "喜欢周末上午来",
    "喜欢喝柠檬水",
)
SKIN_TYPES = ("干性", "油性", "混合性", "敏感性", "中性")
HAIR_TYPES = ("细软", "粗硬", "烫染受损", "自然卷", "发量多", "易出油")
ALLERGIES = (
    "对酒精过敏",
    "对芒果过敏",
    "孕期禁用精油",
    "对染发剂(PPD)过敏",
    "对花粉过敏",
    "对海鲜过敏",
    "头皮敏感，禁用强碱性烫发水",
    "对薰衣草精油过敏",
)
TAGS = (
    "敏感肌",
    "爱聊天",
    "学生",
    "上班族",
    "宝妈",
    "老顾客",
    "怕痛",
    "喜欢安静",
    "储值客户",
    "需提前预约",
    "带朋友来",
    "价格敏感",
    "爱拍照",
)
SOURCES: tuple[tuple[str, int], ...] = (
    ("到店", 30),
    ("朋友介绍", 15),
    ("大众点评", 14),
    ("美团", 14),
    ("抖音", 8),
    ("小红书", 8),
    ("老客带新", 11),
)
REFERRAL_SOURCE = "老客带新"
STAFF = ("小美", "阿芳", "Tony老师", "丽丽", "Kevin老师", "小雅")
NOTES = (
    "每次来都带孩子",
    "上次烫发不满意，已免费修复",
    "喜欢周末上午来",
    "停车需要提前告知",
    "怕冷，空调调高一点",
    "对价格比较在意，推荐套餐要说清楚",
    "朋友圈经常帮店里宣传",
    "工作忙，一般晚上七点后到",
    "想长期做头皮护理",
    "婚礼前想做一套护理",
)
FAMILY_TEXTS = (
    "未婚",
    "已婚",
    "已婚，一个女儿",
    "已婚，一个儿子",
    "二胎妈妈",
    "和父母同住",
    "单身，养猫",
)
WEDDED_FAMILY_TEXTS = ("已婚", "已婚，一个女儿", "已婚，一个儿子", "二胎家庭")

# Chinese mobile prefixes in use (all match ^1[3-9]\d{9}$).
MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "173",
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "198",
    "199",
)

# (name, spec, price in fen, weight). Kinds: what a visit is mainly for.
HAIR_SERVICES: tuple[tuple[str, str, int, int], ...] = (
    ("洗剪吹", "", 6800, 40),
    ("洗吹造型", "", 3800, 12),
    ("总监剪发", "", 12800, 8),
    ("烫发", "短发", 39800, 5),
    ("烫发", "中长发", 49800, 5),
    ("烫发", "长发", 59800, 3),
    ("染发", "栗棕色", 29800, 5),
    ("染发", "亚麻灰", 32800, 3),
    ("染发", "补染发根", 19800, 5),
    ("头皮护理", "", 15800, 6),
    ("发膜护理", "", 12800, 8),
)
BEAUTY_SERVICES: tuple[tuple[str, str, int, int], ...] = (
    ("面部护理", "", 19800, 30),
    ("补水护理", "", 25800, 25),
    ("深层清洁", "", 16800, 15),
    ("肩颈按摩", "60分钟", 16800, 20),
    ("眼部护理", "", 13800, 8),
    ("修眉", "", 3800, 6),
)
NAIL_SERVICES: tuple[tuple[str, str, int, int], ...] = (
    ("美甲", "纯色", 12800, 35),
    ("美甲", "渐变", 16800, 20),
    ("美甲", "法式", 15800, 15),
    ("美睫", "自然款", 16800, 15),
    ("手部护理", "", 6800, 10),
    ("卸甲", "", 3000, 5),
)
PRODUCTS: tuple[tuple[str, str, int, int], ...] = (
    ("洗发水", "500ml", 12800, 30),
    ("护发精油", "100ml", 16800, 20),
    ("补水面膜", "10片装", 19800, 20),
    ("精华液", "30ml", 36800, 10),
    ("护手霜", "50g", 4800, 15),
    ("防晒霜", "50ml", 15800, 10),
)
# The product/service category (品类) each group of items is analysed under.
CATEGORIES = (
    ("美发", HAIR_SERVICES),
    ("美容", BEAUTY_SERVICES),
    ("美甲美睫", NAIL_SERVICES),
    ("产品", PRODUCTS),
)
VISIT_NOTES = (
    "朋友陪同",
    "预约到店",
    "对效果很满意",
    "下次想试试短发",
    "带女儿一起来",
    "赶时间，简单做",
    "推荐了新品，顾客说考虑一下",
    "会员日到店",
)

FOLLOW_UP_CHANNELS: tuple[tuple[FollowUpChannel, int], ...] = (
    (FollowUpChannel.WECHAT, 50),
    (FollowUpChannel.PHONE, 35),
    (FollowUpChannel.IN_STORE, 12),
    (FollowUpChannel.HOME, 3),
)
FOLLOW_UP_TEXTS = (
    "询问烫发后卷度是否满意",
    "提醒补染发根",
    "回访面部护理后皮肤状态，反馈不错",
    "邀请参加会员日活动",
    "新品护发精油试用反馈",
    "生日祝福，告知生日月福利",
    "顾客说最近忙，下个月再约",
    "确认下次预约时间",
    "询问美甲有无起翘",
)

# (relation, gender of the relative 'F'/'M', lowest birth year, highest birth year, lunar?)
FEMALE_RELATIVES: tuple[tuple[str, str, int, int, bool], ...] = (
    ("女儿", "F", 2003, 2022, False),
    ("儿子", "M", 2003, 2022, False),
    ("老公", "M", 1960, 2000, False),
    ("妈妈", "F", 1940, 1970, True),
)
MALE_RELATIVES: tuple[tuple[str, str, int, int, bool], ...] = (
    ("妻子", "F", 1960, 2000, False),
    ("女儿", "F", 2003, 2022, False),
    ("母亲", "F", 1940, 1970, True),
)


# Weighted draws over the tables above.

T = TypeVar("T")


class Weighted(Generic[T]):
    """Draws items by their relative weights (faster than Random.choices one at a time)."""

    def __init__(self, pairs: Sequence[tuple[T, int]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cumulative = list(accumulate(weight for _, weight in pairs))

    def pick(self, rng: random.Random) -> T:
        return self.items[bisect(self.cumulative, rng.random() * self.cumulative[-1])]


def by_weight(table: Sequence[tuple[str, str, int, int]]) -> Weighted[tuple[str, str, int]]:
    return Weighted([((n, spec, price), w) for n, spec, price, w in table])


SURNAME_DRAW = Weighted(SURNAMES)
DISTRICT_DRAW = Weighted([((d, streets), w) for d, w, streets in DISTRICTS])
SOURCE_DRAW = Weighted(SOURCES)
CHANNELS = Weighted([(c.value, w) for c, w in FOLLOW_UP_CHANNELS])
SATISFACTION = Weighted([(5, 50), (4, 30), (3, 14), (2, 4), (1, 2)])
TAG_COUNTS = Weighted([(0, 30), (1, 35), (2, 22), (3, 13)])
HAIR = by_weight(HAIR_SERVICES)
BEAUTY = by_weight(BEAUTY_SERVICES)
NAILS = by_weight(NAIL_SERVICES)
ANY_SERVICE = by_weight(HAIR_SERVICES + BEAUTY_SERVICES + NAIL_SERVICES)
PRODUCT_DRAW = by_weight(PRODUCTS)
FEMALE_INTERESTS = Weighted([(HAIR, 50), (BEAUTY, 30), (NAILS, 20)])
MALE_INTERESTS = Weighted([(HAIR, 90), (BEAUTY, 10)])
WORKING = [o for o in OCCUPATIONS if o[0] not in ("学生", "退休")]
WOMEN_JOBS = Weighted([(o, o[1]) for o in WORKING])
MEN_JOBS = Weighted([(o, o[1]) for o in WORKING if o[0] != "全职妈妈"])
JOBS_BY_NAME = {o[0]: o for o in OCCUPATIONS}


# The first cards of every sample shop (member numbers 100001…): fields that override the
# drawn ones. 欧阳娜娜's referrer is customer id 2, 单丽娟.


def lunar_birth(year: int | None, month: int, day: int, leap: bool = False) -> dict[str, Any]:
    return {
        "birth_calendar": Calendar.LUNAR.value,
        "birth_year": year,
        "birth_month": month,
        "birth_day": day,
        "birth_leap": leap,
    }


def solar_birth(year: int | None, month: int | None, day: int | None) -> dict[str, Any]:
    return {
        "birth_calendar": Calendar.SOLAR.value,
        "birth_year": year,
        "birth_month": month,
        "birth_day": day,
        "birth_leap": False,
    }


SHOWCASE: tuple[dict[str, Any], ...] = (
    {
        "name": "曾小贤",
        "gender": Gender.MALE.value,
        "mobile": "13912345678",
        "grade": Grade.IMPORTANT.value,
        **solar_birth(1984, 5, 20),
        "occupation": "电台主持人",
        "employer": "城市之声电台",
        "position": "主持人",
        "staff": "Tony老师",
        "source": "到店",
        "referrer": None,
        "allergies": "",
        "notes": "爱聊天，喜欢讲冷笑话",
        "archived": False,
    },
    {
        "name": "单丽娟",
        "gender": Gender.FEMALE.value,
        "mobile": "13757182046",
        "grade": Grade.VIP.value,
        **lunar_birth(1978, 8, 15),
        "occupation": "个体经营",
        "employer": "自家服装店",
        "position": "店主",
        "staff": "小美",
        "source": "朋友介绍",
        "referrer": None,
        "allergies": "",
        "notes": "储值老客户，每周来洗吹两次",
        "archived": False,
    },
    {
        "name": "解晓梅",
        "gender": Gender.FEMALE.value,
        "mobile": "15867895678",
        "grade": Grade.REGULAR.value,
        **lunar_birth(1987, 6, 12, leap=True),
        "occupation": "教师",
        "employer": "文新小学",
        "position": "班主任",
        "staff": "阿芳",
        "source": "大众点评",
        "referrer": None,
        "allergies": "",
        "archived": False,
    },
    {
        "name": "欧阳娜娜",
        "gender": Gender.FEMALE.value,
        "mobile": "18657101234",
        "grade": Grade.REGULAR.value,
        **solar_birth(2000, 2, 29),
        "occupation": "设计师",
        "employer": "意匠设计工作室",
        "position": "UI设计师",
        "staff": "丽丽",
        "source": REFERRAL_SOURCE,
        "referrer": 2,
        "allergies": "对酒精过敏",
        "archived": False,
    },
)
HEAVY_SHOWCASE = 1  # 单丽娟
