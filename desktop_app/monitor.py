"""The proactive monitor's logic: detect a state getting worse, rate-limit and snooze the notifications.

Pure and Qt-free: the tray drives it from a QTimer and shows what ``update`` returns. Keeping the decision
here lets tests (and a future headless agent) check "notify once when worse, silent while snoozed" without
a display.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop_app.model import Check, Result, Status

OK, WARNING, PROBLEM, CHECKING = "ok", "warning", "problem", "checking"


def state_of(status: Status) -> str:
    """The tray's vocabulary (ok / warning / problem) for a result status."""
    severity = status.severity
    return OK if severity == 0 else WARNING if severity == 1 else PROBLEM


def worst_state(results: Iterable[Result]) -> str:
    states = [state_of(r.status) for r in results]
    for state in (PROBLEM, WARNING):
        if state in states:
            return state
    return OK


def monitor_checks(checks: Sequence[Check], platform: str, disabled: Iterable[str] = ()) -> list[Check]:
    """Checks flagged ``monitor=True``; until an area flags any, the disk check (cheap, psutil only)."""
    off = set(disabled)
    usable = [c for c in checks if platform in c.platforms and c.id not in off and not c.on_demand]
    flagged = [c for c in usable if c.monitor]
    if flagged:
        return flagged
    return [c for c in usable if c.id == "disk"]


@dataclass(frozen=True)
class Notification:
    result_id: str
    title: str
    summary: str
    state: str


class Monitor:
    """Remembers the last state of each result and decides when to tell the user.

    A notification is due when a result's state is worse than the last one seen, notifications are on, the
    user has not snoozed them, and this result was not announced within ``notify_every_minutes``.
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
    ):
        self.interval = float(notify_every_minutes) * 60.0
        self.enabled = enabled
        self.snooze_until = snooze_until
        self.clock = clock
        self._states: dict[str, str] = {}
        self._last_notified: dict[str, float] = {}
        self._first = True

    @property
    def state(self) -> str:
        """The worst state currently known (what the tray icon shows)."""
        for state in (PROBLEM, WARNING):
            if state in self._states.values():
                return state
        return OK

    def snooze(self, until: datetime | None) -> None:
        self.snooze_until = until

    def snoozed(self) -> bool:
        if self.snooze_until is None:
            return False
        until = self.snooze_until if self.snooze_until.tzinfo else self.snooze_until.replace(tzinfo=UTC)
        return datetime.fromtimestamp(self.clock(), UTC) < until

    def update(self, results: Iterable[Result]) -> list[Notification]:
        rank = {OK: 0, WARNING: 1, PROBLEM: 2}
        now = self.clock()
        due: list[Notification] = []
        for result in results:
            if result.status == Status.SKIPPED:
                continue  # "could not tell" is not a change of state
            new = state_of(result.status)
            old = self._states.get(result.id, None if not self._first else OK)
            self._states[result.id] = new
            worse = rank[new] > rank[old] if old is not None else new != OK
            if not worse or (self._first and new != PROBLEM):
                continue
            last = self._last_notified.get(result.id)
            if last is not None and now - last < self.interval:
                continue
            if not self.enabled or self.snoozed():
                continue
            self._last_notified[result.id] = now
            due.append(Notification(result.id, result.title, result.summary, new))
        self._first = False
        return due
