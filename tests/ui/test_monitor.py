from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_app import history
from desktop_app.model import Check, Result, Status
from desktop_app.monitor import Monitor, monitor_checks, worst_state


def r(status: Status, rid: str = "disk") -> Result:
    return Result(rid, status, "Disk space", "summary")


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def test_notifies_once_when_a_state_gets_worse_then_rate_limits() -> None:
    clock = Clock()
    m = Monitor(notify_every_minutes=60, clock=clock)
    assert m.update([r(Status.OK)]) == []
    notes = m.update([r(Status.WARNING)])
    assert [n.state for n in notes] == ["warning"]
    assert m.update([r(Status.WARNING)]) == []  # same state: silent
    clock.now += 60
    assert m.update([r(Status.FAILED)]) == []  # worse, but announced a minute ago
    assert m.state == "problem"
    m.update([r(Status.OK)])
    clock.now += 3600
    assert [n.state for n in m.update([r(Status.FAILED)])] == ["problem"]


def test_first_round_only_reports_an_existing_problem() -> None:
    m = Monitor(clock=Clock())
    notes = m.update([r(Status.WARNING, "wifi"), r(Status.FAILED, "disk")])
    assert [n.result_id for n in notes] == ["disk"]


def test_snooze_and_notifications_off_keep_quiet_but_icon_follows() -> None:
    clock = Clock()
    m = Monitor(clock=clock, snooze_until=datetime.fromtimestamp(clock.now, UTC) + timedelta(hours=1))
    m.update([r(Status.OK)])
    assert m.update([r(Status.FAILED)]) == []
    assert m.state == "problem"
    m.update([r(Status.OK)])
    clock.now += 2 * 3600  # snooze over
    assert len(m.update([r(Status.FAILED)])) == 1
    off = Monitor(clock=clock, enabled=False)
    off.update([r(Status.OK)])
    assert off.update([r(Status.FAILED)]) == []


def test_skipped_is_not_a_change() -> None:
    m = Monitor(clock=Clock())
    m.update([r(Status.WARNING)])
    assert m.update([r(Status.SKIPPED)]) == []
    assert m.state == "warning"


def test_monitor_checks_prefers_flagged_then_disk() -> None:
    noop = lambda *a: None  # noqa: E731
    disk = Check("disk", "disk", "Disk", noop, noop)
    wifi = Check("wifi", "network", "Wi-Fi", noop, noop, monitor=True)
    other = Check("dns", "network", "DNS", noop, noop)
    assert monitor_checks([disk, other], "linux") == [disk]
    assert monitor_checks([disk, wifi, other], "linux") == [wifi]
    assert monitor_checks([disk], "linux", disabled=["disk"]) == []
    assert worst_state([r(Status.OK), r(Status.ERROR)]) == "problem"


def test_history_round_trip_survives_a_cut_line(tmp_path) -> None:
    path = tmp_path / "h.jsonl"
    history.record("disk.cleanup", True, outcome="verified", results=["disk"], path=path)
    with open(path, "a") as f:
        f.write('{"cut": ')
    history.record("printers.resume", False, path=path)
    entries = history.read(path)
    assert [(e["fix"], e["solved"]) for e in entries] == [("disk.cleanup", True), ("printers.resume", False)]
