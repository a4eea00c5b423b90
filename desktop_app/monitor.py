"""The proactive monitor's logic: what the tray icon shows, and when to tell the user something got worse.

Pure and Qt-free: the tray drives it from a QTimer and shows what ``update`` returns. Keeping the decision
here lets tests (and a future headless agent) check "one notification per worsening, silent while snoozed"
without a display.

The state is kept per *area* (network, vpn, disk...), not per result: when an area's verdict is present it
speaks for the area ("You are not connected to any network" rather than five failing checks), so a network
outage is one event and one notification. Entries are replaced by the next round that covers their area;
results from a window sweep also expire (``window_ttl``) so the icon does not stay red after the user fixed
something outside the app.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop_app.model import Check, Result, Status

OK, WARNING, PROBLEM, CHECKING, UNKNOWN = "ok", "warning", "problem", "checking", "unknown"
RANK = {OK: 0, WARNING: 1, PROBLEM: 2}
MONITOR, WINDOW = "monitor", "window"
# Light checks the monitor always watches when they exist here: disk filling, Wi-Fi signal, VPN tunnel health.
ALWAYS_WATCHED = ("disk", "wifi", "vpn", "tunnel")


def state_of(status: Status) -> str:
    """The tray's vocabulary (ok / warning / problem) for a result status."""
    severity = status.severity
    return OK if severity == 0 else WARNING if severity == 1 else PROBLEM


def monitor_checks(checks: Sequence[Check], platform: str, disabled: Iterable[str] = ()) -> list[Check]:
    """Checks flagged ``monitor=True`` plus the ones the monitor must always watch (``ALWAYS_WATCHED``)."""
    off = set(disabled)
    usable = [c for c in checks if platform in c.platforms and c.id not in off and not c.on_demand]
    return [c for c in usable if c.monitor or c.id in ALWAYS_WATCHED]


def area_map(checks: Iterable[Check]) -> dict[str, str]:
    """check id -> area, what ``Monitor.update`` needs to group results."""
    return {c.id: c.area for c in checks}


def area_of(result_id: str, areas: Mapping[str, str]) -> str:
    """The area a result belongs to: ``verdict.<area>``, a check id, or a refined id ('wifi.wlan0')."""
    if result_id.startswith("verdict."):
        return result_id.split(".", 1)[1]
    if result_id in areas:
        return areas[result_id]
    for check_id, area in areas.items():
        if result_id.startswith(check_id + "."):
            return area
    return result_id


@dataclass(frozen=True)
class Entry:
    """What the monitor knows about one area: its state and the result (verdict first) that speaks for it."""

    state: str
    result_id: str
    title: str
    summary: str
    source: str
    at: float


@dataclass(frozen=True)
class Notification:
    area: str  # the area window to open when the user clicks the notification
    result_id: str
    title: str
    summary: str
    state: str
    also: tuple[str, ...] = ()  # titles of the other areas that got worse in the same round (the UI lists them)


class Monitor:
    """Remembers the last state of each area and decides when to tell the user.

    A notification is due when an area's state is worse than what the user was last told about it. At most
    one notification goes out per round (naming the worst area, listing the others) and at most one per
    ``notify_every_minutes`` overall; a worsening held back by that limit is announced later if it lasts.
    Nothing is shown while notifications are off or snoozed (what happened then is not replayed afterwards).
    The first round only sets the baseline, except for a problem already present (the user should hear
    about a full disk even if the app started after it filled).
    """

    def __init__(
        self,
        notify_every_minutes: float = 60,
        *,
        enabled: bool = True,
        snooze_until: datetime | None = None,
        clock: Callable[[], float] = time.time,
        window_ttl: float = 15 * 60,
        monitor_ttl: float | None = None,
    ):
        self.interval = float(notify_every_minutes) * 60.0
        self.enabled = enabled
        self.snooze_until = snooze_until
        self.clock = clock
        self.window_ttl = window_ttl
        self.monitor_ttl = monitor_ttl
        self._entries: dict[str, Entry] = {}
        self._told: dict[str, str] = {}  # area -> the state the user was last told about (or accepted)
        self._last_notified: float | None = None
        self._first = True
        self.checked_at: float | None = None

    # -- what the icon shows ---------------------------------------------------------------------------------
    @property
    def state(self) -> str:
        """The worst state currently known; ``unknown`` when nothing current was checked."""
        states = [e.state for e in self.entries().values()]
        for state in (PROBLEM, WARNING, OK):
            if state in states:
                return state
        return UNKNOWN

    def entries(self) -> dict[str, Entry]:
        """The live entries (expired ones are dropped here)."""
        now = self.clock()
        for area, entry in list(self._entries.items()):
            if now >= self._expiry(entry):
                del self._entries[area]
        return dict(self._entries)

    def next_expiry(self) -> float | None:
        """When the state may change by itself (an entry expiring), for the tray's refresh timer."""
        times = [self._expiry(e) for e in self._entries.values()]
        finite = [t for t in times if t != float("inf")]
        return min(finite) if finite else None

    def _expiry(self, entry: Entry) -> float:
        ttl = self.window_ttl if entry.source == WINDOW else self.monitor_ttl
        return entry.at + ttl if ttl is not None else float("inf")

    # -- notifications ---------------------------------------------------------------------------------------
    def snooze(self, until: datetime | None) -> None:
        self.snooze_until = until

    def snoozed(self) -> bool:
        if self.snooze_until is None:
            return False
        until = self.snooze_until if self.snooze_until.tzinfo else self.snooze_until.replace(tzinfo=UTC)
        return datetime.fromtimestamp(self.clock(), UTC) < until

    def update(
        self, results: Iterable[Result], *, source: str = MONITOR, areas: Mapping[str, str] | None = None
    ) -> list[Notification]:
        """Take a round of results (a monitor round or a window sweep); return at most one notification."""
        now = self.clock()
        self.checked_at = now
        results = list(results)
        mapping = areas or {}
        round_entries = _summarise(results, mapping, source, now)
        if source == MONITOR:  # the monitor's own picture is replaced by its newest round
            mentioned = {area_of(r.id, mapping) for r in results}  # "skipped" keeps the last word it had
            for area, entry in list(self._entries.items()):
                if entry.source == MONITOR and area not in mentioned:
                    del self._entries[area]
        self._entries.update(round_entries)
        for area, entry in round_entries.items():
            told = self._told.get(area)
            if told is None:
                # an area seen for the first time: the very first round is a baseline (problems excepted)
                self._told[area] = entry.state if self._first and entry.state != PROBLEM else OK
            elif RANK[entry.state] < RANK[told]:
                self._told[area] = entry.state  # it got better: a new worsening is news again
        self._first = False
        due = sorted(
            (a for a, e in self.entries().items() if RANK[e.state] > RANK[self._told.get(a, OK)]),
            key=lambda a: -RANK[self._entries[a].state],
        )
        if not due:
            return []
        if not self.enabled or self.snoozed():
            for area in due:
                self._told[area] = self._entries[area].state
            return []
        if self._last_notified is not None and now - self._last_notified < self.interval:
            return []  # held back; announced later if it lasts
        self._last_notified = now
        for area in due:
            self._told[area] = self._entries[area].state
        first = self._entries[due[0]]
        also = tuple(self._entries[a].title for a in due[1:])
        return [Notification(due[0], first.result_id, first.title, first.summary, first.state, also)]


def _summarise(results: Sequence[Result], areas: Mapping[str, str], source: str, now: float) -> dict[str, Entry]:
    """One entry per area: its verdict when there is one, else its worst result. Skipped says nothing."""
    by_area: dict[str, list[Result]] = {}
    for result in results:
        if result.status != Status.SKIPPED:
            by_area.setdefault(area_of(result.id, areas), []).append(result)
    out: dict[str, Entry] = {}
    for area, found in by_area.items():
        verdict = next((r for r in found if r.id.startswith("verdict.")), None)
        speaker = verdict or max(found, key=lambda r: RANK[state_of(r.status)])
        out[area] = Entry(state_of(speaker.status), speaker.id, speaker.title, speaker.summary, source, now)
    return out
