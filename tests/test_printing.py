"""Printed cards: the PDF the shop gets (pages, font, barcodes read back, text in its boxes),
the data on them, the options dialog, the preview and the command-line route."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QPdfWriter
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QDialog

from app.models.enums import Calendar, FollowUpChannel, Gender, Grade
from app.services import customers, packages, points, prepaid, print_data, privacy, settings, visits
from app.services.dto import Birthday, CustomerData, FollowUpData, VisitData, VisitItemData
from app.services.messages import ServiceError
from app.ui import prompts, texts
from app.ui.application import install_language, register_bundled_font
from app.ui.printing import (
    CardKind,
    Paper,
    PrintCancelled,
    PrintOptions,
    prepaid_print,
    print_dialog,
    to_pdf,
)
from app.ui.printing.cli_print import print_cards_to_pdf
from app.ui.printing.layout import Typesetter

LONG_NAME = "欧阳" + "娜" * 40
LONG_ADDRESS = "浙江省杭州市西湖区文三路西溪诚园小区二十四幢一单元一九零四室（靠近地铁站B出口）" * 3
LONG_LATIN = "Maximiliana-Wolfeschlegelsteinhausenbergerdorff-Smithson-Featherstonehaugh"


@pytest.fixture(autouse=True)
def english(qapp):
    install_language("en")
    register_bundled_font()
    yield
    install_language("en")


@pytest.fixture
def shop(db, now: datetime) -> list[int]:
    """Three customers: a full card, one with very long texts, one almost empty."""
    settings.set_value("shop_name", "丽丽美发 Lily Hair")
    full = customers.create_customer(
        CustomerData(
            name="张丽",
            gender=Gender.FEMALE,
            mobile="13812345678",
            birthday=Birthday(Calendar.LUNAR, 8, 15, 1990),
            employer="城市之声电台",
            position="主持人",
            address="杭州市上城区望江路56号",
            grade=Grade.VIP,
            hobbies="瑜伽、烘焙",
            preferences="水温偏热",
            allergies="对酒精过敏",
        ),
        "店长",
        now,
    )
    for day in range(1, 8):
        items = (VisitItemData(f"项目{day}", price_fen=100 * day),)
        visits.add_visit(full, VisitData(date(2026, 10, day), items, "小美"), "店长", now)
    follow_up = FollowUpData(
        date(2026, 10, 9), FollowUpChannel.WECHAT, "很满意", 5, date(2026, 12, 1)
    )
    visits.add_follow_up(full, follow_up, "店长", now)
    long = customers.create_customer(
        CustomerData(name=LONG_NAME[:50], address=LONG_ADDRESS[:300], hobbies=LONG_ADDRESS),
        "店长",
        now,
    )
    empty = customers.create_customer(CustomerData(name="Ann"), "店长", now)
    return [full, long, empty]


def pdf_text(path: Path) -> str:
    """The PDF's text, with the CJK radicals some glyphs map to folded back (⼩ → 小)."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    return unicodedata.normalize("NFKC", out.stdout)


def pages(path: Path) -> tuple[int, tuple[float, float]]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    count = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    w, h = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
    return count, (round(float(w) / 72 * 25.4), round(float(h) / 72 * 25.4))


def page_image(path: Path, tmp_path: Path, dpi: int = 300, page: int = 1) -> QImage:
    stem = tmp_path / f"page{page}"
    args = ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile"]
    subprocess.run([*args, str(path), str(stem)], check=True)
    return QImage(str(stem) + ".png")


@pytest.mark.parametrize(
    "kind, paper, count, size_mm",
    [
        (CardKind.RELATIONSHIP, Paper.A5, 3, (210, 148)),
        (CardKind.RELATIONSHIP, Paper.A6, 3, (148, 105)),
        (CardKind.RELATIONSHIP, Paper.A4_TWO, 2, (210, 297)),
        (CardKind.MEMBER, Paper.CARD, 3, (86, 54)),
        (CardKind.MEMBER, Paper.A4_TEN, 1, (210, 297)),
    ],
)
def test_every_paper_gives_the_right_pages(
    shop, tmp_path: Path, kind: CardKind, paper: Paper, count: int, size_mm: tuple
) -> None:
    """The cards come out on the paper chosen, as many to a sheet as the layout says."""
    path = to_pdf(tmp_path / "cards.pdf", kind, shop, PrintOptions(paper))
    assert pages(path) == (count, size_mm)


def test_pdf_embeds_the_bundled_chinese_font(shop, tmp_path: Path) -> None:
    """Chinese prints as characters, not boxes, on a PC without Chinese fonts."""
    path = to_pdf(tmp_path / "cards.pdf", "relationship", shop)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows and all(row[0].startswith("NotoSansCJKsc") for row in rows)
    assert all(row[-5] == "yes" for row in rows)  # the "emb" column
    assert "张丽" in pdf_text(path)


@pytest.mark.parametrize("paper", [Paper.CARD, Paper.A4_TEN])
def test_scanner_reads_the_member_number_back(shop, tmp_path: Path, paper: Paper) -> None:
    """The counter's scanner (Code 128) and a phone (QR) read the number that finds her."""
    path = to_pdf(tmp_path / "cards.pdf", "member", shop, PrintOptions(paper))
    numbers = sorted(customers.get_card(i).data.member_no for i in shop)
    found: dict[str, list[str]] = {"Code128": [], "QRCode": []}
    for page in range(1, pages(path)[0] + 1):
        for code in zxingcpp.read_barcodes(page_image(path, tmp_path, page=page)):
            found.setdefault(code.format.name, []).append(code.text)
    assert sorted(found["Code128"]) == numbers
    assert sorted(found["QRCode"]) == numbers


@pytest.mark.parametrize(
    "text, box_mm",
    [(LONG_NAME, (70, 9)), (LONG_ADDRESS, (75, 8)), (LONG_LATIN, (40, 5)), ("张丽", (40, 9))],
    ids=["long name", "long address", "long latin", "short"],
)
def test_text_fits_its_box(qapp, tmp_path: Path, text: str, box_mm: tuple[int, int]) -> None:
    """A long name or address shrinks, wraps and is cut short rather than run over the card."""
    writer = QPdfWriter(str(tmp_path / "measure.pdf"))
    setter = Typesetter(writer)
    k = writer.resolution() / 25.4
    width, height = box_mm[0] * k, box_mm[1] * k
    fitted = setter.fit(text, width, height, 14.0, 6.0, bold=True, max_lines=2)
    _, metrics = setter.font(fitted.point_size, True)
    assert 6.0 <= fitted.point_size <= 14.0
    assert fitted.height <= height
    assert 1 <= len(fitted.lines) <= 2
    assert all(metrics.horizontalAdvance(line) <= width for line in fitted.lines)
    if len(text) < 5:
        assert fitted.point_size == 14.0 and fitted.lines == (text,)
    else:  # all of it, or visibly cut short
        assert "".join(fitted.lines) == text or fitted.lines[-1].endswith("…")
        assert fitted.point_size < 14.0


def test_long_texts_stay_on_the_card(shop, tmp_path: Path) -> None:
    """Nothing printed runs off the card's edge, whatever the owner typed."""
    path = to_pdf(tmp_path / "cards.pdf", "relationship", shop[1:2], PrintOptions(Paper.A6))
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True
    ).stdout
    page_w = float(re.search(r'<page width="([\d.]+)"', out).group(1))
    x_max = [float(v) for v in re.findall(r'xMax="([\d.]+)"', out)]
    x_min = [float(v) for v in re.findall(r'xMin="([\d.]+)"', out)]
    margin = 4 / 25.4 * 72  # the card keeps 5 mm; allow a millimetre of glyph overhang
    assert x_max and max(x_max) <= page_w - margin and min(x_min) >= margin
    assert "欧阳娜" in pdf_text(path)


@pytest.mark.parametrize("masked", [True, False])
def test_mobile_masked_as_the_shop_chose(shop, tmp_path: Path, masked: bool) -> None:
    """With masking on, a lost card does not give away the customer's full mobile."""
    settings.set_value("mask_mobile", masked)
    text = pdf_text(to_pdf(tmp_path / "cards.pdf", "relationship", shop[:1]))
    assert ("138****5678" in text) is masked
    assert ("13812345678" in text) is not masked


def test_chinese_card_shows_the_lunar_birthday(shop, tmp_path: Path) -> None:
    """A Chinese shop reads 农历 birthdays and Chinese labels on the card it files."""
    install_language("zh_CN")
    text = pdf_text(to_pdf(tmp_path / "cards.pdf", "relationship", shop[:1])).replace(" ", "")
    assert "农历1990年八月十五" in text
    assert "过敏/禁忌" in text and "对酒精过敏" in text and "工作单位" in text


def test_english_card_lists_visits_and_follow_ups(shop, tmp_path: Path) -> None:
    """The card shows the latest visits, the follow-up and when to call her next."""
    text = pdf_text(to_pdf(tmp_path / "cards.pdf", "relationship", shop[:1]))
    assert "Lunar" in text and "VIP" in text and "¥7.00" in text
    assert "项目7" in text and "项目3" in text and "项目2" not in text  # the 5 latest

    assert "很满意" in text and "Next follow-up: 1 Dec 2026" in text


def test_points_balance_only_where_the_shop_keeps_points(db, tmp_path: Path, now) -> None:
    """The card answers "how many points do I have?" in a shop that keeps points, and a
    shop that never posted any is spared a line of zeros."""
    shop = [customers.create_customer(CustomerData(name=n), "店长", now) for n in ("张丽", "Ann")]
    text = pdf_text(to_pdf(tmp_path / "none.pdf", "relationship", shop))
    assert "Points" not in text and all(c.points is None for c in print_data.cards_for(shop))
    points.post_opening(shop[0], 1280, "店长", now)
    assert [c.points for c in print_data.cards_for(shop)] == [1280, 0]
    text = pdf_text(to_pdf(tmp_path / "en.pdf", "relationship", shop[:1]))
    assert "Member no. " in text and "Points 1,280" in text
    for paper in (Paper.A6, Paper.A4_TWO):  # the smaller print keeps the line too
        assert "Points 1,280" in pdf_text(
            to_pdf(tmp_path / f"{paper.value}.pdf", "relationship", shop[:1], PrintOptions(paper))
        )
    install_language("zh_CN")
    text = pdf_text(to_pdf(tmp_path / "zh.pdf", "relationship", shop[:1])).replace(" ", "")
    assert "会员号" in text and "1,280" in text


@pytest.fixture
def holder(db, now: datetime) -> list[int]:
    """张丽 with stored value (充1000送200) and three package cards, one expired; Ann with
    none."""
    zhang = customers.create_customer(CustomerData(name="张丽"), "店长", now)
    ann = customers.create_customer(CustomerData(name="Ann"), "店长", now)
    prepaid.save_bonus_tiers([(100000, 20000)])
    prepaid.top_up(zhang, 100000, "店长", now)
    for name, service, sessions, used, expires in (
        ("面部护理10次卡", "面部护理", 10, 2, date(2027, 11, 22)),
        ("洗吹5次卡", "洗吹造型", 5, 1, date(2026, 12, 10)),
        ("头皮护理6次卡", "头皮护理", 6, 4, date(2026, 5, 1)),
        ("肩颈按摩10次卡", "肩颈按摩", 10, 10, date(2027, 1, 1)),  # used up: not printed
    ):
        packages.post_opening_card(zhang, name, service, sessions, used, expires, "店长", now)
    return [zhang, ann]


def test_prepaid_on_the_card_only_when_she_has_any(holder, tmp_path: Path, now) -> None:
    """ "How many sessions do I have left?" is answered on her printed card: the stored
    value, each card with sessions left and its expiry, usable ones first; a customer
    with none is spared the row."""
    zhang, ann = print_data.cards_for(holder, today=now.date())
    assert zhang.stored_value == (100000, 20000) and ann.stored_value is None
    assert [(p.name, p.left, p.expired) for p in zhang.packages] == [
        ("洗吹5次卡", 4, False), ("面部护理10次卡", 8, False), ("头皮护理6次卡", 2, True)
    ]  # fmt: skip
    assert ann.packages == ()
    options = PrintOptions(today=now.date())
    text = pdf_text(to_pdf(tmp_path / "en.pdf", "relationship", holder[:1], options))
    assert "Stored value" in text and "¥1,200.00 (principal ¥1,000.00 + bonus ¥200.00)" in text
    assert "面部护理10次卡 · 8 left · until 22 Nov 2027" in text
    assert "头皮护理6次卡 · 2 left · expired on 1 May 2026" in text
    assert "肩颈按摩" not in text
    for paper in (Paper.A6, Paper.A4_TWO):  # the smaller print keeps them too
        small = pdf_text(to_pdf(tmp_path / f"{paper.value}.pdf", "relationship", holder[:1],
                                PrintOptions(paper, today=now.date())))  # fmt: skip
        assert "8 left" in small and "¥1,200.00" in small
    text = pdf_text(to_pdf(tmp_path / "ann.pdf", "relationship", holder[1:], options))
    assert "Stored value" not in text and "Package cards" not in text


def test_more_cards_than_lines_are_counted(holder, tmp_path: Path, now) -> None:
    """A customer with more cards than the card has lines still learns she has them."""
    for n in range(3):
        packages.post_opening_card(
            holder[0], f"美甲5次卡{n}", "美甲", 5, 0, date(2027, 3, 1), "店长", now
        )
    options = PrintOptions(Paper.A5, today=now.date())
    text = pdf_text(to_pdf(tmp_path / "many.pdf", "relationship", holder[:1], options))
    assert "洗吹5次卡 · 4 left" in text and "and 4 more card" in text


def test_chinese_card_says_how_many_sessions_are_left(holder, tmp_path: Path, now) -> None:
    """The counter's question in Chinese: 面部护理10次卡 剩余 8 次 到期 2027-11-22."""
    install_language("zh_CN")
    options = PrintOptions(today=now.date())
    text = pdf_text(to_pdf(tmp_path / "zh.pdf", "relationship", holder[:1], options))
    assert "面部护理10次卡 剩余 8 次 到期 2027-11-22" in text
    assert "本金 ¥1,000.00" in text


def test_prepaid_statement_on_a4_with_page_numbers(holder, tmp_path: Path, now) -> None:
    """Her printed prepaid statement holds the shop, her, every stored-value entry and
    each card's sessions, numbered pages; a long history goes on over pages."""
    settings.set_value("shop_name", "丽丽美发 Lily Hair")
    zhang = holder[0]
    card = next(c.id for c in packages.cards(zhang) if c.name == "洗吹5次卡")
    for day in range(1, 41):
        at = now + timedelta(days=day)
        visit = visits.add_visit(
            zhang, VisitData(at.date(), (VisitItemData("洗吹造型", price_fen=3800),)), "小美", at
        )
        if day <= 4:
            used = packages.use_session(zhang, visit, "小美", at, card_id=card)
            if day == 2:
                packages.return_session(used, "划错了", "店长", at + timedelta(minutes=1))
        prepaid.pay(zhang, 1000, "小美", at + timedelta(minutes=2), visit_id=visit)
    later = now + timedelta(days=41)
    path = prepaid_print.to_pdf(tmp_path / "statement.pdf", zhang, later)
    count, size = pages(path)
    assert count == 2 and size == (210, 297)
    text = pdf_text(path)
    assert "丽丽美发 Lily Hair" in text and "Stored value and package cards" in text
    assert "Member no. 100001" in text and "Page 1 of 2" in text and "Page 2 of 2" in text
    held = prepaid.balance(zhang)
    assert held.total_fen == 120000 - 40 * 1000
    assert f"Balance ¥800.00 (principal {texts.money(held.principal_fen)} + bonus " in text
    assert "Top-up" in text and "+¥1,000.00" in text and "Visit of 23 Nov 2026" in text
    assert "洗吹5次卡 · 洗吹造型" in text and "1 of 5 left · expired on 10 Dec 2026" in text
    assert "8 of 10 left · until 22 Nov 2027" in text
    assert "Return of no." in text and "reversed by no." in text
    assert "头皮护理6次卡 · 头皮护理" in text and "expired on 1 May 2026" in text
    assert "member no. 100001 (continued)" in text


def test_prepaid_statement_of_a_customer_without_any(holder, tmp_path: Path, now) -> None:
    """A customer with no stored value and no card gets one page saying so."""
    path = prepaid_print.to_pdf(tmp_path / "none.pdf", holder[1], now)
    assert pages(path)[0] == 1
    text = pdf_text(path)
    assert "No stored-value entries yet." in text and "No package cards." in text


def test_prepaid_statement_preview(qtbot, holder, now) -> None:
    """The preview shows the statement's pages before printing."""
    dialog = prepaid_print.preview_dialog(None, holder[0], now)
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == 1, timeout=5000)
    dialog.close()


def test_logo_is_printed(shop, tmp_path: Path) -> None:
    """The shop's logo appears on its cards when it has one."""
    image = QImage(QSize(64, 64), QImage.Format.Format_RGB32)
    image.fill(QColor("#c2185b"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    path = to_pdf(tmp_path / "c.pdf", "member", shop, PrintOptions(logo=bytes(data.data())))
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True)
    assert len(listing.stdout.splitlines()) > 2


def test_cancel_leaves_no_pdf(shop, tmp_path: Path) -> None:
    """Stopping a long print leaves no half-written PDF and keeps the older one."""
    path = tmp_path / "cards.pdf"
    path.write_bytes(b"older")
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 1

    with pytest.raises(PrintCancelled):
        to_pdf(path, "member", shop, progress=progress)
    assert calls == [0, 1]
    assert path.read_bytes() == b"older"
    assert [p.name for p in tmp_path.iterdir() if "cards" in p.name] == ["cards.pdf"]


def test_card_data_in_few_queries_and_order(shop, db, now: datetime) -> None:
    """Hundreds of cards load at once, in the order chosen, erased customers left out."""
    privacy.erase_customer(shop[2], "店长", now)
    statements: list[str] = []
    original = db.execute_sql

    def counting(sql, *args, **kwargs):
        statements.append(sql)
        return original(sql, *args, **kwargs)

    db.execute_sql = counting
    try:
        cards = list(print_data.cards_for([shop[1], 999, shop[0], shop[2]], last_visits=3))
    finally:
        del db.execute_sql
    assert [c.id for c in cards] == [shop[1], shop[0]]
    # setting, points in use, customers, visits, items, follow-ups, package cards
    assert len(statements) <= 7
    full = cards[1]
    assert [v.visited_on.day for v in full.visits] == [7, 6, 5]
    assert full.next_follow_up == date(2026, 12, 1) and full.follow_ups[0].content == "很满意"


def test_command_line_prints_by_member_number(shop, tmp_path: Path) -> None:
    """`print-cards` prints the cards asked for, or all, and names numbers it cannot find."""
    numbers = [customers.get_card(i).data.member_no for i in shop]
    assert print_cards_to_pdf("member", tmp_path / "one.pdf", numbers[:1]) == 1
    assert print_cards_to_pdf("relationship", tmp_path / "all.pdf") == 3
    with pytest.raises(ServiceError) as error:
        print_cards_to_pdf("member", tmp_path / "bad.pdf", [numbers[0], "999001", "X2"])
    assert "999001, X2" in str(error.value)
    assert not (tmp_path / "bad.pdf").exists()


def test_options_dialog_offers_the_papers_of_each_card(qtbot, shop) -> None:
    """The owner only sees papers that suit the card she chose."""
    dialog = print_dialog.PrintOptionsDialog(CardKind.MEMBER, 3)
    qtbot.addWidget(dialog)
    papers = [dialog.paper.itemData(i) for i in range(dialog.paper.count())]
    assert papers == [Paper.CARD, Paper.A4_TEN]
    dialog.kind.setCurrentIndex(dialog.kind.findData(CardKind.RELATIONSHIP))
    dialog.paper.setCurrentIndex(dialog.paper.findData(Paper.A6))
    assert dialog.choice() == (CardKind.RELATIONSHIP, PrintOptions(Paper.A6))
    again = print_dialog.PrintOptionsDialog(CardKind.RELATIONSHIP, 3)
    qtbot.addWidget(again)
    assert again.paper.currentData() == Paper.A6  # remembered


def test_preview_shows_every_card(qtbot, shop) -> None:
    """The preview shows the same pages the printer will get."""
    dialog = print_dialog.preview_dialog(None, CardKind.MEMBER, shop, PrintOptions())
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == 3, timeout=5000)
    dialog.close()


def test_save_as_pdf_from_the_dialog(qtbot, shop, tmp_path: Path, monkeypatch) -> None:
    """Choosing "Save as PDF…" writes the file where the owner said."""
    target = tmp_path / "for the printer shop"
    monkeypatch.setattr(prompts, "save_file", lambda *a, **k: str(target))

    def choose_pdf(dialog: QDialog) -> int:
        dialog.paper.setCurrentIndex(dialog.paper.findData(Paper.A4_TEN))
        dialog.pdf_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(print_dialog.PrintOptionsDialog, "exec", choose_pdf)
    print_dialog.print_cards(None, "member", shop)
    assert pages(tmp_path / "for the printer shop.pdf")[0] == 1


def test_nothing_selected_is_explained(qtbot, monkeypatch) -> None:
    """Printing with no customer chosen says what to do instead of printing a blank page."""
    told: list[str] = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: told.append(text))
    print_dialog.print_cards(None, "relationship", [])
    assert told  # a message, and no dialog


def test_progress_dialog_stops_the_run(qtbot) -> None:
    """Pressing Stop on a long print really stops it."""
    box = print_dialog.ProgressBox(None, 500)
    assert box(1, 500) is True
    box.dialog.cancel()
    assert box(2, 500) is False
    box.close()
