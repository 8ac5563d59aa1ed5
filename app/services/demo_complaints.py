"""The complaints of the sample salon: about one for every five customers, over the
demo's two years, each walked through the workflow as the counter would have.

A complaint comes in a little after one of her visits (in the shop at once, by
WeChat or phone within days, now and then on a review site, about one in eight
without her card, with a contact); it is started, resolved, called back after the
follow-up days and, when she is still unhappy, reopened and resolved again. What
would happen after the demo's clock (today, 00:00) has not happened yet: old
complaints are followed up or closed, recent ones are still open, some of them past
their promise, and some follow-up calls fall due today. A few scripted complaints
make sure a small demo shows every case too.

Apology points go into the sample points ledger (`demo_points`) at the resolution,
and are reversed when a complaint is reopened, so the ledger stays in time order
and every balance right. Complaints are numbered in the order they came in, which
is known only when all are made: their apology entries and those entries' reversals
are held back from the ledger's rows until `finish` can name the complaint.

Decisions use this module's own random stream: the customers and visits of a seed,
and the ledger's other entries (their ids aside), are the same as without complaints.
The apology points wait in the sample ledger (`SampleLedger.apology` and `undo`) with
its own redemptions and adjustments.
"""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from app.models.enums import (
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
    PointsKind,
    Severity,
)
from app.services import demo_complaint_data as data
from app.services import demo_names as names
from app.services.complaints import PROMISE_AT_LEAST, PROMISE_TIME, REVERSE_REASON
from app.services.demo_points import SampleLedger
from app.services.messages import Message

Row = tuple[Any, ...]
S = ComplaintStatus

COMPLAINT_COLUMNS = (
    "id", "customer", "contact", "received_at", "channel", "category", "severity",
    "description", "handler", "promised_by", "status", "reply", "resolution", "comp_service",
    "comp_refund_fen", "comp_gift", "comp_points", "points_entry", "root_cause", "prevention",
    "resolved_at", "follow_up_on", "followed_up_at", "satisfaction", "follow_up_note",
    "closed_reason", "closed_at", "operator", "created_at", "updated_at",
)  # fmt: skip
EVENT_COLUMNS = ("complaint", "at", "operator", "status_from", "status_to", "note", "points")
FOLLOW_UP_COLUMNS = (
    "customer", "done_on", "channel", "content", "satisfaction", "next_due", "operator",
    "created_at", "complaint_id",
)  # fmt: skip


@dataclass
class _Fate:
    """What will happen to a complaint, in time after it came in; cut off at the clock."""

    start: timedelta | None
    resolve: timedelta | None  # None: closed unanswered after `close`
    close: timedelta
    call: timedelta | None  # after the follow-up day's morning; None: closed uncalled
    side_note: bool
    points: list[int] = field(default_factory=list)  # forced apology points, in turn
    satisfaction: list[int] = field(default_factory=list)  # forced, in turn
    reopen: bool | None = None  # None: when she is unhappy, now and then


@dataclass(slots=True)
class _Made:
    """A sample complaint until it is written."""

    seq: int
    customer: int | None
    contact: str
    received: datetime
    channel: ComplaintChannel
    category: ComplaintCategory
    severity: Severity
    description: str
    handler: str
    promised: datetime
    operator: str
    item: str
    product: str
    amount: int
    status: ComplaintStatus = S.NEW
    reply: str = ""
    resolution: str = ""
    comp_service: str = ""
    comp_refund: int = 0
    comp_gift: str = ""
    comp_points: int = 0
    apology: int | None = None  # the waiting ledger entry in force, by its index
    apology_at: str = ""
    root_cause: str = ""
    prevention: str = ""
    resolved: datetime | None = None
    follow_up_on: date | None = None
    followed_up: datetime | None = None
    satisfaction: int | None = None
    follow_up_note: str = ""
    closed_reason: str = ""
    closed: datetime | None = None
    updated: datetime = datetime.min
    # (at, operator, from, to, note, points)
    events: list[tuple[datetime, str, str | None, str | None, str, int | None]] = field(
        default_factory=list
    )
    calls: list[tuple[date, str, str, int, str, datetime]] = field(default_factory=list)


def _text(moment: datetime) -> str:
    """A time as the ledger writes it, to the second."""
    return str(moment.replace(microsecond=0))


class SampleComplaints:
    """Makes the complaints of each batch of sample customers, and hands them out."""

    def __init__(
        self,
        seed: int,
        today: date,
        ledger: SampleLedger,
        promise_days: dict[Severity, int],
        follow_up_days: int,
    ) -> None:
        self.rng = random.Random(f"{seed}:complaints")
        self.today = today
        self.cut = datetime.combine(today, time())
        self.ledger = ledger
        self.promise_days = promise_days
        self.follow_up_days = timedelta(days=follow_up_days)
        self.made: list[_Made] = []
        # Apology entries by (customer, time), and the entry ids handed out for them.
        self.apologies: dict[tuple[int, str], _Made] = {}
        self.entry_of: dict[tuple[int, str], int] = {}
        self.apology_ids: set[int] = set()
        self.held_apologies: list[Row] = []
        self.held_reversals: list[Row] = []
        self.waiting = 0  # apology entries and reversals not yet handed out by the ledger
        self.given: set[int] = set()  # customers given apology points

    # --- making ---------------------------------------------------------------------------

    def batch(self, rows: dict[str, list[Row]]) -> None:
        """The complaints of one batch of the salon's customers (rows as written), after
        their visits (id, customer, day, amount, staff, note, operator, at)."""
        rng = self.rng
        visits, items = rows["visits"], rows["items"]
        # Visits come customer after customer, items visit after visit: found by bisection.
        owners = [visit[1] for visit in visits]
        item_visits = [item[0] for item in items]
        chosen: list[tuple[Row, data.Script | None]] = []
        for customer in rows["customers"]:
            cid = customer[0]
            script = data.SCRIPTED.get(cid - 1)
            roll = rng.random()
            count = 2 if roll < data.TWO else 1 if roll < data.TWO + data.ONE else 0
            if not count and script is None:
                continue
            own = visits[bisect_left(owners, cid) : bisect_right(owners, cid)]
            if script is not None:
                visit = self._visit_before(own, self.cut - timedelta(days=script.days_ago))
                if visit is not None:
                    chosen.append((visit, script))
            chosen.extend((visit, None) for visit in rng.sample(own, min(count, len(own))))
        for visit, script in chosen:
            at = bisect_left(item_visits, visit[0])
            item = items[at][1] if at < len(items) and items[at][0] == visit[0] else ""
            self._complaint(visit, item, script)

    @staticmethod
    def _visit_before(visits: list[Row], moment: datetime) -> Row | None:
        before = [v for v in visits if v[7] < moment]
        return before[-1] if before else None

    def _complaint(self, visit: Row, item: str, script: data.Script | None) -> None:
        rng = self.rng
        _, cid, _, amount, staff, _, _, visited_at = visit
        if script is not None:
            channel, category, severity = script.channel, script.category, script.severity
            received = self.cut - timedelta(days=script.days_ago) + timedelta(hours=script.hour)
            anonymous = script.anonymous
        else:
            channel = data.CHANNEL_DRAW.pick(rng)
            category = data.CATEGORY_DRAW.pick(rng)
            hurts = category in (ComplaintCategory.RESULT, ComplaintCategory.PRODUCT)
            severity = data.SEVERITY_DRAW[hurts].pick(rng)
            received = self._received(visited_at, channel)
            anonymous = rng.random() < data.ANONYMOUS
        received = received.replace(microsecond=0)
        if received >= self.cut or received <= visited_at:
            return
        handler = data.HANDLER_DRAW.pick(rng)
        if category == ComplaintCategory.SERVICE and handler == staff:
            handler = rng.choice([s for s in names.STAFF if s != staff])
        product = rng.choice(data.PRODUCT_NAMES)
        words = {"item": item, "product": product, "staff": staff, "handler": handler}
        made = _Made(
            seq=len(self.made),
            customer=None if anonymous else cid,
            contact=self._contact(channel) if anonymous else "",
            received=received,
            channel=channel,
            category=category,
            severity=severity,
            description=data.description(category, item, rng.randrange(60)).format(**words),
            handler=handler,
            promised=self._promise(received, severity),
            operator=staff if channel == ComplaintChannel.IN_STORE else rng.choice(names.STAFF),
            item=item,
            product=product,
            amount=amount,
        )
        self.made.append(made)
        self._walk(made, self._fate(made) if script is None else self._scripted(script))

    def _received(self, visited_at: datetime, channel: ComplaintChannel) -> datetime:
        """In the shop right after the visit; otherwise within days, in waking hours."""
        rng = self.rng
        if channel == ComplaintChannel.IN_STORE:
            return visited_at + timedelta(minutes=rng.randint(20, 120), seconds=rng.randint(0, 59))
        at = visited_at + timedelta(minutes=rng.randint(120, 72 * 60), seconds=rng.randint(0, 59))
        if at.hour < 8:
            at = at.replace(hour=rng.randint(8, 11))
        return at

    def _contact(self, channel: ComplaintChannel) -> str:
        rng = self.rng
        nick = rng.choice(data.NICKNAMES)
        if channel == ComplaintChannel.REVIEW_SITE:
            return f"点评网友“{nick}”"
        if channel == ComplaintChannel.WECHAT:
            return f"微信“{nick}”"
        title = "女士" if rng.random() < 0.8 else "先生"
        who = names.SURNAME_DRAW.pick(rng) + title
        if channel == ComplaintChannel.IN_STORE and rng.random() < 0.4:
            return f"{who}，未留电话"
        return f"{who} {rng.choice(names.MOBILE_PREFIXES)}{rng.randrange(10**8):08d}"

    def _promise(self, received: datetime, severity: Severity) -> datetime:
        """As `complaints.default_promise`, with the shop's days read once."""
        day = received.date() + timedelta(days=self.promise_days[severity])
        soonest = (received + PROMISE_AT_LEAST).replace(second=0, microsecond=0)
        return max(datetime.combine(day, PROMISE_TIME), soonest)

    def _fate(self, made: _Made) -> _Fate:
        rng = self.rng
        allowed = made.promised - made.received
        if rng.random() < data.LATE:
            resolve = allowed + timedelta(minutes=rng.randint(60, 60 * 60))
        else:
            resolve = timedelta(seconds=rng.uniform(900, max(1200, allowed.total_seconds() * 0.9)))
        start = None
        if rng.random() < data.STARTED:
            start = timedelta(seconds=rng.uniform(300, min(resolve.total_seconds() / 2, 86400)))
        call = None
        if rng.random() >= data.CLOSE_UNCALLED:
            call = timedelta(minutes=rng.randint(0, 9 * 60))
            if rng.random() < data.CALLED_LATE:
                call += timedelta(days=rng.randint(1, 3))
        return _Fate(
            start=start,
            resolve=None if rng.random() < data.CLOSE_UNANSWERED else resolve,
            close=timedelta(minutes=rng.randint(120, 5 * 24 * 60)),
            call=call,
            side_note=rng.random() < data.SIDE_NOTE,
        )

    @staticmethod
    def _scripted(script: data.Script) -> _Fate:
        def hours(value: float | None) -> timedelta | None:
            return None if value is None else timedelta(hours=value)

        return _Fate(
            start=hours(script.start),
            resolve=hours(script.resolve) or data.NEVER,
            close=data.NEVER,
            call=data.NEVER if script.call is None else timedelta(days=script.call),
            side_note=False,
            points=list(script.points),
            satisfaction=list(script.satisfaction),
            reopen=script.reopen,
        )

    # --- the workflow -----------------------------------------------------------------------

    def _working(self, at: datetime, after: datetime) -> datetime:
        """A step falls in the shop's hours (9:00 to 21:00), never before the one before."""
        if at.hour < data.OPENS:
            at = at.replace(hour=data.OPENS) + timedelta(minutes=self.rng.randint(0, 90))
        elif at.hour >= data.CLOSES:
            at = at.replace(hour=data.OPENS) + timedelta(days=1, minutes=self.rng.randint(0, 90))
        return max(at, after + timedelta(minutes=1)).replace(microsecond=0)

    def _event(
        self, made: _Made, at: datetime, to: ComplaintStatus | None, note: str = "",
        points: int | None = None, operator: str | None = None,
    ) -> None:  # fmt: skip
        before = made.status if to is not None else None
        made.events.append(
            (at, operator or made.handler, before.value if before else None,
             to.value if to else None, note, points)
        )  # fmt: skip
        if to is not None:
            made.status = to
        made.updated = at

    def _walk(self, made: _Made, fate: _Fate) -> None:
        """The steps that happen before the demo's clock, as the workflow takes them."""
        rng, cut = self.rng, self.cut
        made.events.append((made.received, made.operator, None, S.NEW.value, "", None))
        made.updated = made.received
        if fate.resolve is None:
            at = self._working(made.received + fate.close, made.received)
            if at < cut:
                self._event(made, at, S.CLOSED, rng.choice(data.CLOSED_UNANSWERED))
                made.closed, made.closed_reason = at, made.events[-1][4]
            return
        if fate.start is not None:
            at = self._working(made.received + fate.start, made.received)
            if at >= cut:
                return
            self._event(made, at, S.IN_PROGRESS, rng.choice(data.START_NOTES))
        resolve_at = made.received + fate.resolve
        if fate.side_note:
            at = self._working(made.updated + (resolve_at - made.updated) / 2, made.updated)
            if at < min(resolve_at, cut):
                self._event(made, at, None, rng.choice(data.SIDE_NOTES))
        if resolve_at >= cut:
            return
        resolve_at = self._working(resolve_at, made.updated)
        if resolve_at >= cut:
            return
        self._resolve(made, resolve_at, fate)
        for again in (False, True):
            if not self._call(made, fate, again):
                return

    def _resolve(self, made: _Made, at: datetime, fate: _Fate) -> None:
        rng = self.rng
        category, severity = made.category, made.severity
        words = {"item": made.item, "product": made.product, "handler": made.handler}
        made.resolution = rng.choice(data.RESOLUTIONS[category]).format(**words)
        made.reply = (
            rng.choice(data.REPLIES).format(**words) if rng.random() < data.REPLY_CHANCE else ""
        )
        made.comp_service = (
            rng.choice(data.FREE_SERVICES) if rng.random() < data.SERVICE_CHANCE[severity] else ""
        )
        made.comp_gift = rng.choice(data.GIFTS) if rng.random() < data.GIFT_CHANCE[severity] else ""
        made.comp_refund = 0
        if category in data.REFUNDED and made.amount and rng.random() < data.REFUND_CHANCE:
            made.comp_refund = max(1000, made.amount * rng.randint(2, 10) // 10 // 1000 * 1000)
        made.root_cause, made.prevention = (
            rng.choice(data.CAUSES[category]) if rng.random() < data.CAUSE_CHANCE else ("", "")
        )
        if fate.points:
            points = fate.points.pop(0)
        elif made.customer is not None and rng.random() < data.POINTS_CHANCE[severity]:
            points = rng.choice(data.POINTS[severity])
        else:
            points = 0
        at = at.replace(microsecond=0)
        if made.customer is None:
            points = 0  # points go on a card
        made.comp_points = points
        if points:
            made.apology = self._post(made, at, points)
        made.resolved, made.follow_up_on = at, at.date() + self.follow_up_days
        self._event(made, at, S.RESOLVED, made.resolution, points or None)

    def _post(self, made: _Made, at: datetime, points: int) -> int:
        """Apology points into the sample ledger, at the resolution."""
        assert made.customer is not None
        while (made.customer, _text(at)) in self.apologies:
            at += timedelta(seconds=1)
        made.apology_at = _text(at)
        self.apologies[(made.customer, made.apology_at)] = made
        self.given.add(made.customer)
        self.waiting += 1
        t = int((at - self.ledger.base).total_seconds())
        note = made.resolution[:200]
        return self.ledger.apology(t, made.customer, points, made.handler, note)

    def _call(self, made: _Made, fate: _Fate, again: bool) -> bool:
        """The follow-up call (or the closing without one); True when she was unhappy
        and the complaint was reopened and resolved again."""
        rng, cut = self.rng, self.cut
        assert made.follow_up_on is not None and made.resolved is not None
        morning = datetime.combine(made.follow_up_on, time(10))
        if fate.call is None:
            at = self._working(made.resolved + fate.close, made.resolved)
            if at < cut:
                self._event(made, at, S.CLOSED, rng.choice(data.CLOSED_UNCALLED))
                made.closed, made.closed_reason = at, made.events[-1][4]
            return False
        if morning + fate.call >= cut:
            return False
        at = self._working(morning + fate.call, made.resolved + timedelta(minutes=30))
        if at >= cut:
            return False
        draw = data.AGAIN_SATISFACTION_DRAW if again else data.SATISFACTION_DRAW
        satisfaction = fate.satisfaction.pop(0) if fate.satisfaction else draw.pick(rng)
        note = rng.choice(data.FOLLOW_UP_NOTES[satisfaction])
        self._event(made, at, S.FOLLOWED_UP, note)
        made.followed_up, made.satisfaction, made.follow_up_note = at, satisfaction, note
        if made.customer is not None:
            channel = data.FOLLOW_UP_CHANNEL_DRAW.pick(rng).value
            made.calls.append((at.date(), channel, note, satisfaction, made.handler, at))
        reopen = fate.reopen if fate.reopen is not None else rng.random() < data.REOPEN_UNHAPPY
        if again or satisfaction > 2 or not reopen:
            return False
        at = self._working(at + timedelta(minutes=rng.randint(10, 120)), at)
        if at >= cut:
            return False
        self._reopen(made, at)
        resolve_at = self._working(at + timedelta(hours=rng.randint(4, 48)), at)
        if resolve_at >= cut:
            return False
        fate.call = timedelta(minutes=rng.randint(0, 9 * 60))
        self._resolve(made, resolve_at, fate)
        return True

    def _reopen(self, made: _Made, at: datetime) -> None:
        """→ 处理中 again: the apology points are reversed, the answer undone."""
        reversed_points = None
        if made.apology is not None:
            t = int((at - self.ledger.base).total_seconds())
            self.ledger.undo(made.apology, "", t)  # the note names the complaint at the end
            self.waiting += 1
            reversed_points = -made.comp_points
        made.apology, made.apology_at = None, ""
        made.resolved = made.follow_up_on = made.followed_up = made.closed = None
        made.satisfaction, made.closed_reason = None, ""
        self._event(made, at, S.IN_PROGRESS, self.rng.choice(data.REOPEN_REASONS), reversed_points)

    # --- handing out -----------------------------------------------------------------------

    def entries(self, rows: list[Row]) -> list[Row]:
        """The ledger's rows to write now: apology entries and their reversals are held
        until the complaints have their numbers (`finish`)."""
        if not self.waiting:
            return rows
        apology, reversal = PointsKind.COMPLAINT.value, PointsKind.REVERSAL.value
        kept: list[Row] = []
        for row in rows:
            if row[3] == apology:
                self.entry_of[(row[1], row[2])] = row[0]
                self.apology_ids.add(row[0])
                self.held_apologies.append(row)
            elif row[3] == reversal and row[9] in self.apology_ids:
                self.held_reversals.append(row)
            else:
                kept.append(row)
                continue
            self.waiting -= 1
        return kept

    def finish(self, first_id: int) -> dict[str, list[Row]]:
        """Number the complaints in the order they came in; their rows, timelines,
        follow-up calls, and the held apology entries and reversals that name them."""
        ordered = sorted(self.made, key=lambda m: (m.received, m.seq))
        number = {m.seq: first_id + n for n, m in enumerate(ordered)}
        complaint_of_entry: dict[int, int] = {}
        out: dict[str, list[Row]] = {"complaints": [], "events": [], "follow_ups": []}
        events: list[tuple[datetime, int, int, Row]] = []
        for made in ordered:
            cid = number[made.seq]
            entry = None
            if made.apology is not None and made.customer is not None:
                entry = self.entry_of[(made.customer, made.apology_at)]
            out["complaints"].append(self._row(made, cid, entry))
            for order, (at, operator, before, after, note, points) in enumerate(made.events):
                events.append((at, cid, order, (cid, _text(at), operator, before, after, note,
                                                points)))  # fmt: skip
            for day, channel, note, satisfaction, operator, at in made.calls:
                out["follow_ups"].append(
                    (made.customer, day, channel, note, satisfaction, None, operator, _text(at),
                     cid)
                )  # fmt: skip
        for key, made in self.apologies.items():
            if key in self.entry_of:
                complaint_of_entry[self.entry_of[key]] = number[made.seq]
        events.sort(key=lambda e: e[:3])
        out["events"] = [e[3] for e in events]
        out["apologies"] = [(*r, complaint_of_entry[r[0]]) for r in self.held_apologies]
        note = REVERSE_REASON
        out["reversals"] = [
            (*r[:12], Message(note, {"id": complaint_of_entry[r[9]]}).english())
            for r in self.held_reversals
        ]
        return out

    @staticmethod
    def _row(made: _Made, cid: int, entry: int | None) -> Row:
        moment = _text
        return (
            cid, made.customer, made.contact, moment(made.received), made.channel.value,
            made.category.value, made.severity.value, made.description, made.handler,
            moment(made.promised), made.status.value, made.reply, made.resolution,
            made.comp_service, made.comp_refund, made.comp_gift, made.comp_points, entry,
            made.root_cause, made.prevention,
            moment(made.resolved) if made.resolved else None, made.follow_up_on,
            moment(made.followed_up) if made.followed_up else None, made.satisfaction,
            made.follow_up_note, made.closed_reason,
            moment(made.closed) if made.closed else None, made.operator,
            moment(made.received), moment(made.updated),
        )  # fmt: skip

    def balances(self) -> list[tuple[int, int]]:
        """(balance, customer id) of the cards given apology points, once all is flushed:
        their balance went into the card before the points were known."""
        return [(self.ledger.balance[cid], cid) for cid in sorted(self.given)]
