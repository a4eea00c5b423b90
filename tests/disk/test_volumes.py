"""The "disk" check: thresholds by percent and by free bytes, deduplication, replay of other platforms."""

from __future__ import annotations

import pytest

from desktop_app.diagnostics.disk import CHECKS, conclude
from desktop_app.diagnostics.disk.volumes import analyze, collect, mount_of
from desktop_app.engine import Sweep
from desktop_app.model import Result, Status
from desktop_app.observations import Observations

GB = 1024**3
PARTS = [
    {"device": "/dev/sda1", "mountpoint": "/", "fstype": "ext4"},
    {"device": "/dev/sda2", "mountpoint": "/home", "fstype": "ext4"},
]


def usage(path: str, dev: int, total: float, free: float) -> dict:
    used = total - free
    return {"path": path, "device_id": dev, "total": int(total), "used": int(used), "free": int(free), "percent": round(used / total * 100, 1)}


def run(system, ctx) -> Result:
    check = next(c for c in CHECKS if c.id == "disk")
    return Sweep([check], system, ctx).run()[0]


def values(system_v: dict, home_v: dict, temp_v: dict | None = None) -> dict:
    return {
        "disk_partitions": PARTS,
        "disk_usage:system": system_v,
        "disk_usage:home": home_v,
        "disk_usage:temp": temp_v or system_v,
    }


def test_healthy_volumes_are_ok_and_deduplicated(no_surprises, ctx) -> None:
    system = no_surprises(values=values(usage("/", 1, 100 * GB, 60 * GB), usage("/home/ann", 2, 500 * GB, 300 * GB)))
    result = run(system, ctx())
    assert result.status == Status.OK
    vols = result.facts["volumes"]
    assert [(v["mount"], v["roles"]) for v in vols] == [("/", ["system", "temp"]), ("/home", ["home"])]
    assert all(isinstance(v["total"], int) and isinstance(v["free"], int) for v in vols)
    assert result.fixes == ()


@pytest.mark.parametrize(
    ("total_gb", "free_gb", "expected"),
    [
        (100, 20, Status.OK),  # 80 % used, 20 GB free
        (100, 14, Status.WARNING),  # 86 % >= warn 85 %
        (100, 4, Status.FAILED),  # 96 % >= fail 95 %
        (1000, 100, Status.WARNING),  # plenty of bytes left, but 90 % used
        (8, 1.5, Status.FAILED),  # 81 % used but less than 2 GB free
        (40, 9.5, Status.WARNING),  # 76 % used but less than 10 GB free
    ],
)
def test_thresholds_by_percent_and_by_free_bytes(no_surprises, ctx, total_gb, free_gb, expected) -> None:
    v = usage("/", 1, total_gb * GB, free_gb * GB)
    system = no_surprises(values=values(v, v))
    result = run(system, ctx())
    assert result.status == expected
    if expected != Status.OK:
        assert "disk.cleanup" in result.fixes and result.advice


def test_policy_thresholds_are_used(no_surprises, ctx) -> None:
    v = usage("/", 1, 100 * GB, 30 * GB)  # 70 % used
    system = no_surprises(values=values(v, v))
    assert run(system, ctx(disk={"warn_percent": 60, "fail_percent": 90})).status == Status.WARNING
    system = no_surprises(values=values(v, v))
    assert run(system, ctx(disk={"warn_percent": 50, "fail_percent": 65})).status == Status.FAILED


def test_one_hung_volume_does_not_hide_the_others(no_surprises, ctx) -> None:
    v = usage("/", 1, 100 * GB, 2.5 * GB)
    system = no_surprises(values={**values(v, v), "disk_usage:home": lambda: __import__("time").sleep(9)}, delays={})
    # the home volume's call times out after 5 s in the seam; the system volume still fails the check
    result = run(system, ctx())
    assert result.status == Status.FAILED
    assert any(e.startswith("home:") and "timed out" in e for e in result.facts["errors"])


def test_all_volumes_unreadable_is_an_error_not_a_crash(no_surprises, ctx) -> None:
    system = no_surprises(
        values={"disk_partitions": OSError("boom"), "disk_usage:system": {"path": "/"}, "disk_usage:home": "garbage", "disk_usage:temp": None}
    )
    result = run(system, ctx())
    assert result.status == Status.ERROR


def test_windows_bundle_replays_on_any_platform(ctx) -> None:
    obs = Observations(
        [
            {"kind": "psutil", "name": "disk_partitions", "value": [{"device": "C:\\", "mountpoint": "C:\\", "fstype": "NTFS"}]},
            {"kind": "psutil", "name": "disk_usage:system", "value": usage("C:\\", 7, 256 * GB, 3 * GB)},
            {"kind": "psutil", "name": "disk_usage:home", "value": usage("C:\\Users\\ann", 7, 256 * GB, 3 * GB)},
        ]
    )
    result = analyze(obs, ctx("windows"))
    assert result is not None and result.status == Status.FAILED  # 98.8 % used
    assert [v["mount"] for v in result.facts["volumes"]] == ["C:\\"]
    assert "disk.open_storage_settings" in result.fixes


def test_nothing_recorded_means_nothing_to_judge(ctx) -> None:
    assert analyze(Observations([]), ctx()) is None


def test_mount_of_prefers_the_longest_match() -> None:
    assert mount_of("/home/ann/x", PARTS) == "/home"
    assert mount_of("/homework", PARTS) == "/"
    assert mount_of("d:\\data", [{"mountpoint": "C:\\"}, {"mountpoint": "D:\\"}]) == "D:\\"
    assert mount_of("/x", [{"mountpoint": None}, "junk"]) is None


def test_verdict_offers_cleanup_only_when_there_is_something_to_clean(ctx) -> None:
    full = Result("disk", Status.FAILED, "", "", {})
    store = Result("storage", Status.OK, "", "", {"reclaimable_bytes": 3 * GB})
    verdict = conclude({"disk": full, "storage": store}, ctx())
    assert verdict is not None and verdict.status == Status.FAILED and verdict.fixes == ("disk.cleanup",)
    little = Result("storage", Status.OK, "", "", {"reclaimable_bytes": 1024})
    assert conclude({"disk": full, "storage": little}, ctx()).fixes == ()
    assert conclude({"disk": Result("disk", Status.OK, "", "")}, ctx()).status == Status.OK
    assert conclude({"storage": store}, ctx()) is None


def test_live_collect_records_every_role(ctx) -> None:
    from tests.fakes import FakeSystem

    system = FakeSystem(values={"disk_partitions": PARTS, **{f"disk_usage:{r}": usage("/", 1, GB, GB / 2) for r in ("system", "home", "temp")}})
    collect(system, ctx())
    assert sorted(o["name"] for o in system.observations) == ["disk_partitions", "disk_usage:home", "disk_usage:system", "disk_usage:temp"]


@pytest.mark.parametrize("bad", [{"total": float("inf"), "free": 1, "percent": 3}, {"total": 10, "free": 5, "percent": float("nan")},
                                 {"total": 10, "free": 5, "percent": float("inf")}, {"total": 10, "free": 5, "percent": True}])
def test_infinite_or_nan_readings_are_unreadable_not_a_crash(bad, ctx) -> None:
    """Found by the fuzz test: int(inf) raised OverflowError inside the analyzer."""
    result = analyze(Observations([{"kind": "psutil", "name": "disk_usage:system", "value": bad}]), ctx())
    assert result.status == Status.ERROR and result.summary == "The free space on your disks could not be measured."
