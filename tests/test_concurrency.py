"""Two counters on one database cannot spend the same points, money or sessions."""

from __future__ import annotations

import multiprocessing
from datetime import datetime
from pathlib import Path

from app.models.connection import close, connect, upgrade

NOW = datetime(2026, 11, 22, 10, 0)


def _counter(path: str, customer_id: int, reward_id: int, tries: int, start) -> int:
    """One counter: wait for the other, then try to redeem `tries` times."""
    from app.models import database
    from app.services import points
    from app.services.messages import ServiceError

    database.initialize(connect(path))
    start.wait()
    done = 0
    for _ in range(tries):
        try:
            points.redeem(customer_id, reward_id, "counter", NOW)
            done += 1
        except ServiceError:
            pass
    close()
    return done


def test_two_processes_never_overspend(tmp_path: Path) -> None:
    """Two counters redeeming for one customer at once would both spend her last points."""
    from app.models import Customer, PointsEntry, database
    from app.services import customers, points, points_rules
    from app.services.dto import CustomerData
    from app.services.points_rules import RewardData

    path = str(tmp_path / "shop.db")
    db = connect(path)
    upgrade(db)
    cid = customers.create_customer(CustomerData(name="王丽"), "test", NOW)
    points.adjust(cid, 1000, "开卡", "test", NOW)
    reward = points_rules.save_reward(RewardData(None, "护手霜", 300), NOW)
    close()
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        start = manager.Barrier(2)
        with context.Pool(2) as pool:
            results = [pool.apply_async(_counter, (path, cid, reward, 4, start)) for _ in range(2)]
            done = [r.get(timeout=120) for r in results]
    assert sum(done) == 3  # 1000 points buy three gifts of 300, never four
    database.initialize(connect(path))
    assert Customer.get_by_id(cid).points_balance == 100
    entries = list(PointsEntry.select().order_by(PointsEntry.id))
    assert [e.balance_after for e in entries] == [1000, 700, 400, 100]
    close()


def _stored_value_counter(path: str, customer_id: int, tries: int, start) -> int:
    from app.models import database
    from app.services import prepaid
    from app.services.messages import ServiceError

    database.initialize(connect(path))
    start.wait()
    done = 0
    for _ in range(tries):
        try:
            prepaid.pay(customer_id, 30000, "counter", NOW)
            done += 1
        except ServiceError:
            pass
    close()
    return done


def test_two_processes_never_overspend_stored_value(tmp_path: Path) -> None:
    """Two counters paying from one customer's stored value would both spend her last ¥300."""
    from app.models import Customer, database
    from app.services import customers, prepaid
    from app.services.dto import CustomerData

    path = str(tmp_path / "shop.db")
    upgrade(connect(path))
    cid = customers.create_customer(CustomerData(name="王丽"), "test", NOW)
    prepaid.top_up(cid, 100000, "test", NOW)
    close()
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        start = manager.Barrier(2)
        with context.Pool(2) as pool:
            results = [
                pool.apply_async(_stored_value_counter, (path, cid, 4, start)) for _ in range(2)
            ]
            done = [r.get(timeout=120) for r in results]
    assert sum(done) == 3  # ¥1,000 pays three visits of ¥300, never four
    database.initialize(connect(path))
    row = Customer.get_by_id(cid)
    assert row.stored_principal_fen + row.stored_bonus_fen == 10000
    close()


def _session_counter(path: str, customer_id: int, visit_ids: list[int], start) -> int:
    from app.models import database
    from app.services import packages
    from app.services.messages import ServiceError

    database.initialize(connect(path))
    start.wait()
    done = 0
    for visit_id in visit_ids:
        try:
            packages.use_session(customer_id, visit_id, "counter", NOW)
            done += 1
        except ServiceError:
            pass
    close()
    return done


def test_two_processes_never_use_more_sessions_than_sold(tmp_path: Path) -> None:
    """Two counters taking sessions from one 3-session card would both take the last one."""
    from datetime import date

    from app.models import PackageCard, PaidWith, database
    from app.services import customers, packages, visits
    from app.services.dto import CustomerData, VisitData, VisitItemData
    from app.services.packages import ProductData

    path = str(tmp_path / "shop.db")
    upgrade(connect(path))
    cid = customers.create_customer(CustomerData(name="王丽"), "test", NOW)
    product = packages.save_product(ProductData(None, "洗吹3次", "洗吹", 3, 10000, 90), NOW)
    packages.sell_package(cid, product, PaidWith.CASH, "test", NOW)
    item = (VisitItemData("洗吹", quantity=1, price_fen=0),)
    ids = [visits.add_visit(cid, VisitData(date(2026, 11, 22), item), "t", NOW) for _ in range(8)]
    close()
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        start = manager.Barrier(2)
        with context.Pool(2) as pool:
            halves = (ids[:4], ids[4:])
            results = [pool.apply_async(_session_counter, (path, cid, h, start)) for h in halves]
            done = [r.get(timeout=120) for r in results]
    assert sum(done) == 3
    database.initialize(connect(path))
    assert PackageCard.get().sessions_used == 3
    close()
