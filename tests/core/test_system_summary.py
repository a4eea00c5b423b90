"""The system summary as a user reads it: restart advice, low battery, and recordings holding garbage."""

from __future__ import annotations

import pytest

from desktop_app.diagnostics import system_summary
from desktop_app.engine import analyze_check
from desktop_app.model import Status
from desktop_app.observations import Observations

NOW = 1_700_000_000


def _summary(ctx, *, boot=NOW - 3600, epoch=NOW, battery=None):
    items = [
        {"kind": "probe", "name": "os", "value": {"system": "Linux", "release": "6.1", "pretty": "Debian GNU/Linux 12"}},
        {"kind": "probe", "name": "clock", "value": {"epoch": epoch, "utc": "2023-11-14T22:13:20+00:00", "timezone": "CET"}},
        {"kind": "psutil", "name": "boot_time", "value": boot},
        {"kind": "psutil", "name": "sensors_battery", "value": battery},
    ]
    return analyze_check(system_summary.CHECKS[0], Observations(items), ctx())


@pytest.mark.parametrize("percent", [0, 0.0, 3])
def test_an_empty_battery_on_battery_power_warns(ctx, percent):
    result = _summary(ctx, battery={"percent": percent, "plugged": False, "seconds_left": None})
    assert result.status is Status.WARNING
    assert f"The battery is at {round(percent)}%. Plug in the charger." in result.advice
    assert result.help == "system-restart"


@pytest.mark.parametrize(
    "battery",
    [
        {"percent": 0, "plugged": True},  # charging
        {"percent": 80, "plugged": False},
        {"percent": None, "plugged": False},  # unknown level: no guess
        {"percent": "low", "plugged": False},
        {"percent": 5, "plugged": None},  # psutil cannot tell whether it is plugged in
        None,  # no battery (desktop)
    ],
)
def test_no_battery_warning_without_a_known_low_level_on_battery(ctx, battery):
    result = _summary(ctx, battery=battery)
    assert result.status is Status.OK and result.advice == ""


def test_long_uptime_advises_a_restart_with_an_existing_article(ctx):
    result = _summary(ctx, boot=NOW - 20 * 86400)
    assert result.status is Status.WARNING and "not restarted for 20 days" in result.advice
    assert result.help == "system-restart"


@pytest.mark.parametrize("boot", ["yesterday", True, float("nan"), 1e300, -5, [1]])
def test_a_garbage_boot_time_gives_an_unknown_uptime_not_an_error(ctx, boot):
    result = _summary(ctx, boot=boot)
    assert result.status is Status.OK
    assert result.facts["uptime_seconds"] is None and "an unknown time" in result.summary
