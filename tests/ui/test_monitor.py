"""The monitor's decisions, without a display: what the icon shows, when the user is told, and when not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_app import history, policy, registry
from desktop_app.engine import conclude
from desktop_app.model import Check, Context, Result, Status
from desktop_app.monitor import WINDOW, Monitor, area_map, monitor_checks, state_of


def r(status: Status, rid: str = "disk", title: str = "Disk space", summary: str = "summary") -> Result:
    return Result(rid, status, title, summary)


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


AREAS = area_map(registry.CHECKS)


def outage() -> list[Result]:
    """What a network outage looks like to the monitor: every layer fails, and the network verdict."""
    failing = [
        Result("wifi", Status.FAILED, "Wi-Fi", "Not connected to Wi-Fi.", facts={"connected": False}),
        Result("network", Status.FAILED, "Network connection", "No address.", facts={"reason": "no_address"}),
        Result("gateway", Status.FAILED, "Router", "The router does not answer."),
        Result("dns", Status.FAILED, "Name lookup (DNS)", "Names cannot be looked up."),
        Result("internet", Status.FAILED, "Internet access", "The internet does not answer."),
    ]
    ctx = Context(policy=policy.defaults(), platform="linux")
    return failing + conclude(registry.VERDICTS, failing, ctx)


def healthy_network() -> list[Result]:
    return [Result(i, Status.OK, i, "fine") for i in ("wifi", "network", "gateway", "dns", "internet")]


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
    notes = m.update([r(Status.WARNING, "wifi"), r(Status.FAILED, "disk")], areas=AREAS)
    assert [n.result_id for n in notes] == ["disk"]
    assert notes[0].also == ()


def test_a_network_outage_is_one_notification_naming_the_verdict() -> None:
    m = Monitor(clock=Clock())
    m.update(healthy_network(), areas=AREAS)
    notes = m.update(outage(), areas=AREAS)
    assert len(notes) == 1, notes
    note = notes[0]
    assert (note.area, note.result_id, note.state) == ("network", "verdict.network", "problem")
    assert note.title == "Network overall"
    assert note.summary == "You are not connected to any network: connect to Wi-Fi or plug in a cable."
    assert m.update(outage(), areas=AREAS) == []  # still down: nothing new to say


def test_areas_getting_worse_together_share_one_notification() -> None:
    m = Monitor(clock=Clock())
    m.update([*healthy_network(), r(Status.OK, "disk", "Free disk space")], areas=AREAS)
    notes = m.update([*outage(), r(Status.WARNING, "disk", "Free disk space", "Your disk is 90% full.")], areas=AREAS)
    assert len(notes) == 1
    assert notes[0].area == "network"  # the worst first
    assert notes[0].also == ("Free disk space",)


def test_rate_limit_is_global_and_a_held_back_worsening_is_told_later() -> None:
    clock = Clock()
    m = Monitor(notify_every_minutes=60, clock=clock)
    m.update([*healthy_network(), r(Status.OK, "disk")], areas=AREAS)
    assert len(m.update([*healthy_network(), r(Status.FAILED, "disk")], areas=AREAS)) == 1
    clock.now += 5 * 60
    assert m.update([*outage(), r(Status.FAILED, "disk")], areas=AREAS) == []  # another area, same hour: held
    clock.now += 60 * 60
    notes = m.update([*outage(), r(Status.FAILED, "disk")], areas=AREAS)
    assert [n.area for n in notes] == ["network"]  # still down an hour later: now the user hears about it


def test_a_problem_that_went_away_while_held_back_is_not_announced() -> None:
    clock = Clock()
    m = Monitor(notify_every_minutes=60, clock=clock)
    m.update([*healthy_network(), r(Status.OK)], areas=AREAS)
    m.update([*healthy_network(), r(Status.FAILED)], areas=AREAS)
    clock.now += 60
    m.update(outage(), areas=AREAS)  # held back
    clock.now += 3600
    assert m.update([*healthy_network(), r(Status.FAILED)], areas=AREAS) == []


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


def test_nothing_checked_is_unknown_not_ok() -> None:
    m = Monitor(clock=Clock())
    assert m.state == "unknown"
    assert m.checked_at is None


def test_window_results_expire_so_a_fix_made_elsewhere_does_not_leave_the_icon_red() -> None:
    clock = Clock()
    m = Monitor(clock=clock, window_ttl=900)
    m.update([Result("printers", Status.FAILED, "Printers", "Office is paused.")], source=WINDOW, areas=AREAS)
    assert m.state == "problem"
    assert m.next_expiry() == clock.now + 900
    clock.now += 899
    assert m.state == "problem"
    clock.now += 2
    assert m.state == "unknown"  # nobody checked since: not "fine", not "problem"
    assert m.next_expiry() is None


def test_the_next_monitor_round_replaces_what_a_window_found() -> None:
    clock = Clock()
    m = Monitor(clock=clock)
    m.update([r(Status.FAILED)], source=WINDOW, areas=AREAS)
    assert m.state == "problem"
    clock.now += 60
    m.update([r(Status.OK)], areas=AREAS)  # the user emptied the bin outside the app; the monitor sees it
    assert m.state == "ok"


def test_monitor_entries_age_out_when_rounds_stop() -> None:
    clock = Clock()
    m = Monitor(clock=clock, monitor_ttl=900)
    m.update([r(Status.WARNING)])
    clock.now += 901
    assert m.state == "unknown"


def test_monitor_checks_watch_disk_wifi_and_the_vpn_tunnel() -> None:
    noop = lambda *a: None  # noqa: E731
    disk = Check("disk", "disk", "Disk", noop, noop)
    wifi = Check("wifi", "network", "Wi-Fi", noop, noop, monitor=True)
    other = Check("dns", "network", "DNS", noop, noop)
    assert monitor_checks([disk, other], "linux") == [disk]
    assert monitor_checks([disk, wifi, other], "linux") == [disk, wifi]
    assert monitor_checks([disk], "linux", disabled=["disk"]) == []
    for platform in ("windows", "macos", "linux"):
        watched = {c.id for c in monitor_checks(registry.CHECKS, platform)}
        assert {"disk", "wifi", "tunnel", "vpn"} <= watched, platform
        assert not {c.id for c in registry.CHECKS if c.on_demand} & watched
    assert [state_of(s) for s in (Status.OK, Status.WARNING, Status.FAILED, Status.ERROR)] == ["ok", "warning", "problem", "problem"]


def test_history_round_trip_survives_a_cut_line(tmp_path) -> None:
    path = tmp_path / "h.jsonl"
    history.record("disk.cleanup", True, outcome="verified", results=["disk"], path=path)
    with open(path, "a") as f:
        f.write('{"cut": ')
    history.record("printers.resume", False, path=path)
    entries = history.read(path)
    assert [(e["fix"], e["solved"]) for e in entries] == [("disk.cleanup", True), ("printers.resume", False)]
