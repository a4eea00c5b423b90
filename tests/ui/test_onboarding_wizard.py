"""The first-day checklist window: runs off the UI thread on a FakeSystem, shows each item in words, fixes,
links and confirmations, saves the baseline, tells IT when policy asks, opens itself at first login."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app import i18n, onboarding
from desktop_app.onboarding import Outcome
from desktop_app.ui import onboarding_wizard
from desktop_app.ui.app import TrayApp
from desktop_app.ui.common import Branding, Services
from desktop_app.ui.onboarding_wizard import OnboardingWizard
from tests.fakes import FakeSystem
from tests.ui.conftest import STATE
from tests.ui.helpers import unnamed_controls

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "onboarding"
LSBLK = (FIX / "linux_lsblk_mountpoints_CAPTURED.json").read_text()  # captured here: an unencrypted disk
LSBLK_ARGV = ("lsblk", "-J", "-o", "NAME,TYPE,MOUNTPOINTS")
ITEMS = [
    {"kind": "security", "what": "encryption"},
    {"kind": "link", "id": "welcome", "title": "Read the welcome page", "url": "https://intranet.example/welcome"},
    {"kind": "confirm", "id": "mail", "title": "I can sign in to my e-mail"},
]


@pytest.fixture
def checklist(services: Services) -> Services:
    services.policy.values["onboarding"]["items"] = ITEMS
    services.make_system = lambda: FakeSystem("linux", commands={LSBLK_ARGV: LSBLK})
    return services


def _wizard(qtbot: Any, services: Services, tmp_path: Any, **kw: Any) -> OnboardingWizard:
    wizard = OnboardingWizard(services, Branding.from_policy(services.policy), baseline_path=tmp_path / "baseline.json", **kw)
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitSignal(wizard.run_finished, timeout=5000):
        wizard.start()
    return wizard


def test_checklist_runs_off_the_ui_thread_and_shows_items_in_words(qtbot, checklist, tmp_path, monkeypatch) -> None:
    threads: list[str] = []
    real = onboarding.run_checklist

    def spy(*a: Any, **kw: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real(*a, **kw)

    monkeypatch.setattr(onboarding, "run_checklist", spy)
    wizard = _wizard(qtbot, checklist, tmp_path)
    assert threads == ["selfdesk-ui-job"]
    rows = {r.outcome.id: r for r in wizard.rows}
    assert list(rows) == ["security.encryption", "welcome", "mail"]
    assert rows["security.encryption"].status_label.text().startswith("<b>Problem</b>")
    assert "Disk encryption" in rows["security.encryption"].status_label.text()
    assert rows["welcome"].status_label.text().startswith("<b>To do</b>")
    assert rows["welcome"].open_button is not None and rows["mail"].open_button is None
    assert rows["welcome"].confirm is not None and rows["mail"].confirm is not None
    assert rows["security.encryption"].confirm is None
    assert wizard.status.text() == "3 items still need attention."
    assert not unnamed_controls(wizard)
    saved = json.loads((tmp_path / "baseline.json").read_text())
    assert [i["status"] for i in saved["items"]] == ["failed", "pending", "pending"] and saved["complete"] is False


def test_open_link_and_confirm_are_saved_in_the_baseline(qtbot, checklist, tmp_path, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(onboarding_wizard, "open_url", lambda url: opened.append(url) or True)
    wizard = _wizard(qtbot, checklist, tmp_path)
    rows = {r.outcome.id: r for r in wizard.rows}
    qtbot.mouseClick(rows["welcome"].open_button, Qt.MouseButton.LeftButton)
    assert opened == ["https://intranet.example/welcome"]
    rows["welcome"].confirm.setFocus()
    qtbot.keyClick(rows["welcome"].confirm, Qt.Key.Key_Space)  # keyboard only
    assert rows["welcome"].outcome.status == "ok"
    assert rows["welcome"].status_label.text().startswith("<b>OK</b>")
    saved = json.loads((tmp_path / "baseline.json").read_text())
    assert saved["confirmed"] == ["welcome"]
    # Run again: the confirmation is remembered, the unfixed item is still reported
    with qtbot.waitSignal(wizard.run_finished, timeout=5000):
        qtbot.mouseClick(wizard.again_button, Qt.MouseButton.LeftButton)
    assert {o.id: o.status for o in wizard.outcomes} == {"security.encryption": "failed", "welcome": "ok", "mail": "pending"}
    # A new window (next login) starts from the saved confirmations
    again = _wizard(qtbot, checklist, tmp_path)
    assert again.confirmed == {"welcome"}


def test_fix_it_opens_the_fix_dialog_and_reruns_after(qtbot, checklist, tmp_path, monkeypatch) -> None:
    STATE["disk_percent"] = 90.0
    calls: list[int] = []

    def canned(items: Any, system: Any, ctx: Any, confirmed: Any = (), on_outcome: Any = None) -> Any:
        calls.append(1)
        fixed = STATE["disk_percent"] < 85
        return [Outcome("disk_free", "disk_free", "At least 20 GB free on your disk", "ok" if fixed else "failed",
                        "3 GB free.", "" if fixed else "Free some space.", fixes=[] if fixed else ["disk.cleanup"])], []

    monkeypatch.setattr(onboarding, "run_checklist", canned)
    checklist.make_system = lambda: FakeSystem("linux", values={"disk_usage": lambda: {"percent": STATE["disk_percent"]}})  # the fix verifies
    wizard = _wizard(qtbot, checklist, tmp_path)
    row = wizard.rows[0]
    assert [b.text() for b in row.fix_buttons] == ["&Fix it"]
    assert row.advice_label.text() == "What to do: Free some space."
    qtbot.mouseClick(row.fix_buttons[0], Qt.MouseButton.LeftButton)
    dialog = wizard.findChild(onboarding_wizard.QDialog)
    assert dialog is not None and dialog.fix.id == "disk.cleanup"
    qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=5000)  # the cleanup measures its categories first
    with qtbot.waitSignal(wizard.run_finished, timeout=5000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert len(calls) == 2 and wizard.outcomes[0].status == "ok" and not wizard.rows[0].fix_buttons
    assert wizard.status.text() == "All done. Welcome!"


def test_finish_queues_the_summary_for_it_once_when_policy_asks(qtbot, checklist, tmp_path) -> None:
    checklist.policy.values["onboarding"]["report_to_it"] = "on_failure"
    sent: list[tuple[list[str], str]] = []

    def reporter(outcomes: Any, results: Any, ctx: Any) -> str:
        sent.append(([o.status for o in outcomes], threading.current_thread().name))
        return "42"

    wizard = _wizard(qtbot, checklist, tmp_path, reporter=reporter)
    with qtbot.waitSignal(wizard.reported, timeout=5000) as blocker:
        qtbot.mouseClick(wizard.finish_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["42"]
    assert sent == [(["failed", "pending", "pending"], "selfdesk-ui-job")]
    assert "IT has a summary" in wizard.status.text() and wizard.finish_button.text() == "C&lose"
    qtbot.mouseClick(wizard.finish_button, Qt.MouseButton.LeftButton)
    assert len(sent) == 1 and not wizard.isVisible()


def test_finish_does_not_report_when_policy_says_never(qtbot, checklist, tmp_path) -> None:
    sent: list[int] = []
    wizard = _wizard(qtbot, checklist, tmp_path, reporter=lambda *a: sent.append(1))
    qtbot.mouseClick(wizard.finish_button, Qt.MouseButton.LeftButton)
    assert sent == [] and not wizard.isVisible()


def test_default_reporter_queues_through_the_helpdesk_outbox(qtbot, checklist, tmp_path, monkeypatch) -> None:
    """The real path of ``selfdesk onboard``: draft.prefill + Outbox().queue (outbox in the temp home)."""
    checklist.policy.values["onboarding"]["report_to_it"] = "always"
    checklist.policy.values["helpdesk"]["backend"] = "webhook"
    wizard = _wizard(qtbot, checklist, tmp_path)
    with qtbot.waitSignal(wizard.reported, timeout=10000) as blocker:
        wizard.finish()
    from desktop_app.helpdesk.outbox import Outbox

    items = Outbox().items()
    assert [i.id for i in items] == [blocker.args[0]]
    assert items[0].draft["title"] == "Onboarding: 3 items need attention"
    assert "Disk encryption" in items[0].draft["body"]


def test_wizard_in_french(qtbot, checklist, tmp_path) -> None:
    i18n.set_language("fr")
    wizard = _wizard(qtbot, checklist, tmp_path)
    rows = {r.outcome.id: r for r in wizard.rows}
    assert rows["welcome"].status_label.text().startswith("<b>À faire</b>")
    assert rows["welcome"].open_button.text() == "&Ouvrir"
    assert wizard.again_button.text() == "&Relancer"
    assert wizard.windowTitle() == "SelfDesk — Liste du premier jour"
    assert wizard.header.text() == "Bienvenue\u00a0! Vérifions que votre ordinateur est prêt"  # no-break space before "!"
    assert wizard.status.text() == "3 éléments demandent encore votre attention."


def test_no_checklist_says_so(qtbot, services, tmp_path) -> None:
    wizard = OnboardingWizard(services, Branding.from_policy(services.policy), baseline_path=tmp_path / "b.json")
    qtbot.addWidget(wizard)
    wizard.start()
    assert wizard.job is None and "has not defined" in wizard.status.text()


def test_opens_by_itself_only_at_first_login_and_from_the_menu(qtbot, checklist) -> None:
    tray = TrayApp(checklist, start_monitor=False)
    try:
        wizard = tray.maybe_first_run()
        assert isinstance(wizard, OnboardingWizard)
        qtbot.addWidget(wizard)
        qtbot.waitUntil(lambda: wizard.job is not None and not wizard.running, timeout=5000)
        wizard.close()
        assert onboarding.load_baseline()  # the first run saved a baseline...
        assert tray.maybe_first_run() is None  # ...so the next login does not pop up again
        tray.rebuild_menu()  # still pending: the menu entry opens the wizard
        entry = next(a for a in tray.menu.actions() if a.text() == "First-day &checklist")
        entry.trigger()
        opened = [w for w in tray.windows if isinstance(w, OnboardingWizard) and w.isVisible()]
        assert len(opened) == 1
        qtbot.addWidget(opened[0])
        qtbot.waitUntil(lambda: not opened[0].running, timeout=5000)
    finally:
        tray.shutdown()


def test_no_first_run_popup_without_a_checklist(qtbot, services) -> None:
    tray = TrayApp(services, start_monitor=False)
    try:
        assert tray.maybe_first_run() is None
        assert "First-day &checklist" not in [a.text() for a in tray.menu.actions()]
    finally:
        tray.shutdown()


def test_items_appear_as_their_checks_answer(qtbot, checklist, tmp_path) -> None:
    """Every item shows at once as "Checking…"; each is replaced by its answer as it arrives, so the user
    never stares at a spinner while a slow check runs."""
    checklist.make_system = lambda: FakeSystem("linux", commands={LSBLK_ARGV: LSBLK}, delays={"lsblk": 1.0})
    wizard = OnboardingWizard(checklist, Branding.from_policy(checklist.policy), baseline_path=tmp_path / "baseline.json")
    qtbot.addWidget(wizard)
    wizard.show()
    snapshots: list[dict[str, str]] = []
    wizard.item_arrived.connect(lambda _o: snapshots.append({r.outcome.id: r.status_label.text() for r in wizard.rows}))
    with qtbot.waitSignal(wizard.run_finished, timeout=5000):
        wizard.start()
    first = snapshots[0]
    assert first["security.encryption"].startswith("<b>Checking…</b>")  # the slow one is still running...
    assert first["welcome"].startswith("<b>To do</b>")  # ...while the manual items already show
    assert snapshots[-1]["security.encryption"].startswith("<b>Problem</b>") and len(snapshots) == 3
    assert wizard.progress.maximum() == 3


def test_password_item_links_the_reset_portal(qtbot, checklist, tmp_path, monkeypatch) -> None:
    checklist.policy.values["onboarding"]["items"] = [{"kind": "password", "warn_days": 14}]
    checklist.policy.values["helpdesk"]["password_reset_url"] = "https://password.corp.example"
    chage = (FIX / "linux_chage_SYNTHETIC.txt").read_text()
    checklist.make_system = lambda: FakeSystem("linux", commands={"chage": chage}, values={"onboarding.params": {"today": "2026-11-25"}})
    opened: list[str] = []
    monkeypatch.setattr(onboarding_wizard, "open_url", lambda url: opened.append(url) or True)
    wizard = _wizard(qtbot, checklist, tmp_path)
    row = wizard.rows[0]
    assert row.outcome.status == "warning" and row.summary_label.text() == "Your password expires in 6 days."
    assert row.reset_link is not None and 'href="https://password.corp.example"' in row.reset_link.text()
    assert row.reset_link.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    row.reset_link.linkActivated.emit("https://password.corp.example")  # what a click on the link does
    assert opened == ["https://password.corp.example"] and row.open_button is None


def test_the_role_comes_from_the_users_groups(qtbot, checklist, tmp_path) -> None:
    checklist.policy.values["onboarding"]["roles"] = [
        {"name": "developers", "groups": ["devs"], "items": [{"kind": "confirm", "id": "git", "title": "I can push to Git"}]}]
    checklist.make_system = lambda: FakeSystem("linux", commands={LSBLK_ARGV: LSBLK}, values={"groups": ["ann", "devs"]})
    wizard = _wizard(qtbot, checklist, tmp_path)
    assert wizard.role_label.text() == "Checklist for: developers (from your groups)" and wizard.role_label.isVisible()
    assert [r.outcome.id for r in wizard.rows] == ["security.encryption", "welcome", "mail", "git"]
    assert json.loads((tmp_path / "baseline.json").read_text())["role_source"] == "groups"


def test_closing_without_finish_still_tells_it_per_policy(qtbot, checklist, tmp_path) -> None:
    checklist.policy.values["onboarding"]["report_to_it"] = "on_failure"
    sent: list[int] = []
    wizard = _wizard(qtbot, checklist, tmp_path, reporter=lambda *a: sent.append(1) or "7")
    with qtbot.waitSignal(wizard.reported, timeout=5000):
        wizard.close()
    assert sent == [1] and not wizard.isVisible()
    quiet = _wizard(qtbot, checklist, tmp_path, reporter=lambda *a: sent.append(1))
    checklist.policy.values["onboarding"]["report_to_it"] = "never"
    quiet.close()
    qtbot.wait(50)
    assert sent == [1]


def test_the_menu_keeps_a_rerun_entry_after_completion(qtbot, checklist) -> None:
    tray = TrayApp(checklist, start_monitor=False)
    try:
        outcomes = [Outcome(i.get("id", "security.encryption"), i["kind"], "x", "ok") for i in ITEMS]
        onboarding.save_baseline(outcomes, checklist.context(), None, {"welcome", "mail"})
        tray.rebuild_menu()
        labels = [a.text() for a in tray.menu.actions()]
        assert "First-day &checklist" not in labels and "Re-run the first-day &checklist" in labels
        next(a for a in tray.menu.actions() if a.text() == "Re-run the first-day &checklist").trigger()
        opened = [w for w in tray.windows if isinstance(w, OnboardingWizard) and w.isVisible()]
        assert len(opened) == 1
        qtbot.waitUntil(lambda: opened[0].job is not None and not opened[0].running, timeout=5000)
    finally:
        tray.shutdown()
