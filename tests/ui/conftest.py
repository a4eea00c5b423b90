"""Fakes for the UI tests: tiny checks and fixes on a FakeSystem. (The ticket and outbox tests use the real
helpdesk package against a loopback helpdesk: tests/ui/test_ticket_outbox.py.)"""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app import policy as policy_mod
from desktop_app.model import Check, Fix, Result, Status, Step
from desktop_app.ui.common import Services
from tests.fakes import NOT_FOUND, FakeSystem

STATE: dict[str, Any] = {"disk_percent": 50.0}


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Any:
    """The tray deletes the windows it opened when they close (WA_DeleteOnClose, for idle memory). Let those
    deletions happen, then spare pytest-qt closing a widget that no longer exists."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    widgets = getattr(item, "qt_widgets", None)
    if widgets:
        item.qt_widgets = [(ref, close) for ref, close in widgets if ref() is None or shiboken6.isValid(ref())]  # type: ignore[attr-defined]
    return (yield)


def _collect_disk(system: Any, ctx: Any) -> None:
    system.psutil("disk_usage", lambda: {"percent": STATE["disk_percent"]})


def _analyze_disk(obs: Any, ctx: Any) -> Result | None:
    value = obs.value("psutil", "disk_usage")
    if value is None or not isinstance(value.value, dict):
        return None
    percent = value.value["percent"]
    status = Status.OK if percent < 85 else Status.WARNING if percent < 95 else Status.FAILED
    return Result("disk", status, "", f"Your disk is {percent:.0f}% full.", facts={"volumes": []}, fixes=("disk.cleanup",) if status != Status.OK else (), help="getting-started")


def _collect_printer(system: Any, ctx: Any) -> None:
    system.run(["lpstat", "-t"], 5, cache=True)


def _analyze_printer(obs: Any, ctx: Any) -> Result | None:
    cmd = obs.command("lpstat", "-t")
    if cmd is None:
        return None
    return Result("printers", Status.FAILED, "", "The printer Office is paused.", advice="Ask a colleague to check the paper.")


DISK = Check("disk", "disk", "Disk space", _collect_disk, _analyze_disk, monitor=True)
PRINTERS = Check("printers", "printers", "Printers", _collect_printer, _analyze_printer)


def _cleanup(system: Any, ctx: Any, dry_run: bool) -> dict[str, Any]:
    if not dry_run:
        STATE["disk_percent"] = 40.0
    return {"freed": "3 GB"}


CLEANUP = Fix(
    "disk.cleanup",
    "disk",
    "Empty the recycle bin",
    "Deletes the files in your recycle bin.",
    plan=lambda ctx: [Step("Empty the recycle bin", action=_cleanup)],
    verify=("disk",),
)


def fake_system() -> FakeSystem:
    # getent: the ticket dialog's contact lookup (helpdesk/contact.py) finds no directory entry here
    commands = {"lpstat": "printer Office disabled since ...", "getent": NOT_FOUND}
    return FakeSystem("linux", commands=commands, values={"disk_usage": lambda: {"percent": STATE["disk_percent"]}})


@pytest.fixture
def services() -> Services:
    STATE["disk_percent"] = 90.0
    p = policy_mod.defaults()
    p.values["helpdesk"].update(phone="+33 1 23 45 67 89", hours="9:00-18:00", portal_url="https://help.example.org")
    return Services(p, platform="linux", make_system=fake_system, catalog=(DISK, PRINTERS), fix_catalog=(CLEANUP,))
