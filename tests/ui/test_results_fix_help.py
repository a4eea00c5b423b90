"""The results window, the fix dialog and the help window as a user meets them (seam faked).

Results: the overall verdict first, then each check, problems first, each with what to do and its fix;
bursts of results are shown a card per event-loop turn. Fix: the cleanup's per-category preview, the choice
reaching the engine, "Freed ..." and the verified outcome. Help: grouped, searchable, whole titles, the
knowledge-base address escaped, "Learn more" landing on its article. Keyboard everywhere.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QWidget

from desktop_app import history, i18n
from desktop_app.model import Check, Context, Fix, Result, Status, Step, Verdict
from desktop_app.ui.app import TrayApp
from desktop_app.ui.common import Branding, Services, apply_language
from desktop_app.ui.fix_dialog import FixDialog
from desktop_app.ui.help_window import HelpWindow, articles
from desktop_app.ui.results_window import CARDS_PER_TURN, ResultsWindow
from tests.ui.conftest import CLEANUP, DISK, PRINTERS, STATE
from tests.ui.helpers import mnemonics, run_results_window, unnamed_controls

GB = 1024**3

# -- fakes: a check whose problem has no advice, an admin-only fix, an area verdict ----------------------------


def _collect_router(system: Any, ctx: Any) -> None:
    system.probe("router", lambda: {"answers": True}, timeout=5)


def _analyze_router(obs: Any, ctx: Any) -> Result | None:
    return Result("router", Status.FAILED, "", "The internet does not answer.", fixes=("net.restart",))


ROUTER = Check("router", "network", "Internet access", _collect_router, _analyze_router)
RESTART = Fix("net.restart", "network", "Restart the network service", "Restarts the network service.", plan=lambda c: [Step("Restart the network service", argv=("true",), admin=True)], needs_admin=True)
VERDICT = Verdict(
    "verdict.network",
    "network",
    "Network overall",
    ("router",),
    lambda results, ctx: Result("verdict.network", Status.FAILED, "", "Your router answers but the internet does not: this is most likely your internet provider.", help="isp-outage"),
)


@pytest.fixture
def svc(services: Services) -> Services:
    services.catalog = (DISK, PRINTERS, ROUTER)
    services.fix_catalog = (CLEANUP, RESTART)
    services.verdicts = lambda checks: [VERDICT] if any(c.id == "router" for c in checks) else []  # type: ignore[method-assign]
    base = services.make_system

    def make() -> Any:
        system = base()
        system.values["router"] = {"answers": True}
        return system

    services.make_system = make
    return services


def _focus_chain(start: QWidget, count: int) -> list[QWidget]:
    chain, widget = [], start
    for _ in range(count):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible() or not widget.isEnabled():
            widget = widget.nextInFocusChain()
    return chain


# -- results window ---------------------------------------------------------------------------------------------


def test_full_checkup_says_the_verdict_first_then_each_check_problems_first(qtbot: Any, svc: Services) -> None:
    window = run_results_window(qtbot, svc)
    assert window.header.text() == "Full check-up"
    assert window.verdict.text() == "Your router answers but the internet does not: this is most likely your internet provider."
    assert [c.result.id for c in window.cards] == ["verdict.network", "printers", "router", "disk"]
    heading_at = window.list_layout.indexOf(window.checks_heading)
    assert window.list_layout.indexOf(window.cards[0].frame) < heading_at < window.list_layout.indexOf(window.cards[1].frame)
    assert window.status.text() == "Done: 2 problems, 1 warning."
    assert not window.progress.isVisible()  # the verdict says it is over
    assert not unnamed_controls(window)


def test_every_problem_says_what_to_do_and_offers_its_fix_with_the_admin_marker(qtbot: Any, svc: Services) -> None:
    window = run_results_window(qtbot, svc)
    cards = {c.result.id: c for c in window.cards}
    assert cards["printers"].advice_label.text() == "What to do: Ask a colleague to check the paper."
    # no advice from the check: the card still says what to do, pointing at its fix
    assert cards["router"].advice_label.text().startswith("What to do: Press “Fix it”")
    assert cards["disk"].advice_label.text().startswith("What to do: ")
    (admin_fix,) = cards["router"].fix_buttons
    assert admin_fix.text() == "Fix it (admin)"
    assert "administrator" in admin_fix.accessibleDescription()
    assert [b.text() for b in cards["disk"].fix_buttons] == ["Fix it"]
    fixes: list[tuple[str, str]] = []
    window.fix_requested.connect(lambda fix_id, result, w: fixes.append((fix_id, result.id)))
    qtbot.mouseClick(admin_fix, Qt.MouseButton.LeftButton)
    assert fixes == [("net.restart", "router")]


def test_all_fine_says_so_and_contact_it_stays_at_hand(qtbot: Any, services: Services) -> None:
    STATE["disk_percent"] = 40.0
    services.catalog = (DISK,)
    window = run_results_window(qtbot, services, "disk")
    assert window.header.text() == "Disk space"
    assert window.verdict.text() == "Everything looks fine."
    (card,) = window.cards
    assert card.fix_buttons == [] and card.advice_label is None  # nothing to do
    assert window.contact_button.isVisible() and window.contact_button.text() == "Still not working? Contact &IT"
    with qtbot.waitSignal(window.contact_requested, timeout=1000):
        qtbot.mouseClick(window.contact_button, Qt.MouseButton.LeftButton)


def test_an_area_with_nothing_to_check_says_so(qtbot: Any, services: Services) -> None:
    window = run_results_window(qtbot, services, "vpn")
    assert window.cards == [] and window.verdict.text() == "There is nothing to check here on this computer."
    assert window.again_button.isEnabled() and not window.progress.isVisible()


@pytest.mark.parametrize(("lang", "area", "said"), [
    ("en", "printers", "Done: 1 problem."),
    ("en", "disk", "Done: 1 warning."),
    ("fr", "printers", "Terminé\u00a0: 1 problème."),
])
def test_the_summary_line_names_only_what_was_found(qtbot: Any, services: Services, lang: str, area: str, said: str) -> None:
    apply_language(lang)
    window = run_results_window(qtbot, services, area)  # never "0 warnings" next to a problem
    assert window.status.text() == said


def test_a_sweep_that_crashes_says_so_and_stops_showing_progress(qtbot: Any, services: Services, monkeypatch: Any) -> None:
    def broken(area: str | None) -> Any:
        raise RuntimeError("registry unreadable")

    monkeypatch.setattr(services, "checks_for", broken)
    window = ResultsWindow(services, None, Branding.from_policy(services.policy))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.job is not None and window.job.finished and window.again_button.isEnabled(), timeout=5000)
    assert window.verdict.text() == "The checks stopped unexpectedly (RuntimeError: registry unreadable)."
    assert not window.progress.isVisible() and window.status.text() == ""  # no busy bar under the failure


def test_a_burst_of_results_is_shown_a_card_per_turn_without_blocking(qtbot: Any, services: Services) -> None:
    window = ResultsWindow(services, None, Branding.from_policy(services.policy))
    qtbot.addWidget(window)
    window.show()
    burst = [Result(f"c{i}", Status.WARNING, f"Check {i}", f"Result {i}.", advice="Wait.") for i in range(12)]
    window.progress.setRange(0, len(burst))
    for result in burst:  # what one event-loop pass delivers when twelve checks finish together
        window._on_result(result)
    assert window.cards == [] and window.progress.value() == 12  # progress at once, cards later
    shown = []
    while len(window.cards) < len(burst):
        before = len(window.cards)
        window._drain()  # one event-loop turn's worth
        shown.append(len(window.cards) - before)
    assert set(shown) == {CARDS_PER_TURN}
    QApplication.processEvents()
    assert [c.result.id for c in window.cards] == [f"c{i}" for i in range(12)]


def test_results_window_keyboard_tab_order_mnemonics_escape_enter(qtbot: Any, svc: Services) -> None:
    window = run_results_window(qtbot, svc)
    buttons = [b for card in window.cards for b in card.buttons()]
    expected = [*buttons, window.again_button, window.contact_button, window.close_button]
    assert _focus_chain(buttons[0], len(expected)) == expected  # top to bottom, then the window's buttons
    keys = mnemonics(window)
    assert sorted(keys) == ["a", "i", "l"] and len(set(keys)) == len(keys)
    assert window.close_button.isDefault()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Return)  # Enter: the default button (Close)
    assert not window.isVisible()
    window.show()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_escape_during_a_sweep_closes_and_cancels_it(qtbot: Any, services: Services) -> None:
    services.make_system = lambda: _slow_system()
    window = ResultsWindow(services, "printers", Branding.from_policy(services.policy))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    qtbot.waitUntil(lambda: window.job is not None and window.job.finished, timeout=5000)
    assert window._done_results is not None
    assert [(r.status, r.summary) for r in window._done_results] == [(Status.SKIPPED, "Cancelled before it finished.")]


def _slow_system() -> Any:
    from tests.fakes import FakeSystem

    return FakeSystem("linux", commands={"lpstat": "printer Office disabled"}, delays={"lpstat": 3.0})


def test_results_window_in_french_keeps_mnemonics_apart(qtbot: Any, svc: Services) -> None:
    apply_language("fr")
    window = run_results_window(qtbot, svc)
    assert window.header.text() == "Bilan complet"
    assert window.contact_button.text() == "Toujours un problème\u00a0? Contacter le &service informatique"
    keys = mnemonics(window)
    assert len(keys) == 3 and len(set(keys)) == 3
    advice = {c.result.id: c.advice_label for c in window.cards if c.advice_label is not None}
    assert advice["router"].text().startswith("Que faire\u00a0: ")


def test_learn_more_opens_the_help_window_on_that_article(qtbot: Any, svc: Services) -> None:
    tray = TrayApp(svc, start_monitor=False)
    window = tray.open_area(None)
    qtbot.waitUntil(lambda: window.complete, timeout=5000)
    verdict = window.cards[0]
    assert verdict.result.help == "isp-outage"
    qtbot.mouseClick(verdict.help_button, Qt.MouseButton.LeftButton)
    (help_window,) = [w for w in tray.windows if isinstance(w, HelpWindow)]
    assert help_window.isVisible() and help_window.current == "isp-outage"
    assert help_window.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == "isp-outage"
    title = dict(articles())["isp-outage"]
    assert help_window.tree.currentItem().text(0) == title
    assert help_window.view.toPlainText().startswith(title)
    disk = next(c for c in window.cards if c.result.id == "disk")
    qtbot.mouseClick(disk.help_button, Qt.MouseButton.LeftButton)
    shown = [w.current for w in tray.windows if isinstance(w, HelpWindow) and w.isVisible()]
    assert shown[-1] == "getting-started"
    tray.shutdown()


# -- fix dialog -------------------------------------------------------------------------------------------------

PREVIEW = [
    {"category": "temp", "title": "Temporary files", "bytes": int(1.2 * GB), "files": 812, "selectable": True},
    {"category": "trash", "title": "Trash", "bytes": 300 * 1024**2, "files": 14, "selectable": True},
    {"category": "downloads", "title": "Downloads older than 90 days", "bytes": int(2.1 * GB), "files": 40, "selectable": False},
    {"category": "os_updates", "title": "Leftover system update files", "bytes": 500 * 1024**2, "files": 3, "selectable": False, "note": "Ask IT."},
]


def _cleanup_fix(seen: list[Context]) -> Fix:
    """A cleanup speaking the dry-run contract: per-category items, then the freed bytes per step."""

    def plan(ctx: Context) -> list[Step]:
        chosen = ctx.params.get("categories") or ["temp", "trash"]
        return [Step(f"Clean {c}", action=lambda s, c2, dry, c=c: _clean(c, c2, dry, seen)) for c in chosen]

    return replace(CLEANUP, plan=plan)


def _clean(category: str, ctx: Context, dry_run: bool, seen: list[Context]) -> dict[str, Any]:
    if dry_run:
        return {"items": PREVIEW} if category == "temp" else {}
    seen.append(ctx)
    size = next(i["bytes"] for i in PREVIEW if i["category"] == category)
    STATE["disk_percent"] = 60.0
    return {"category": category, "freed_bytes": size}


def _fix_dialog(qtbot: Any, fix: Fix, services: Services, result: Result | None = None) -> FixDialog:
    dialog = FixDialog(fix, result, services)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=5000):
        dialog.show()
    QApplication.processEvents()  # rows added to a shown window appear on the next turn
    return dialog


def test_cleanup_preview_lets_the_user_choose_then_shows_freed_and_verified(qtbot: Any, services: Services) -> None:
    seen: list[Context] = []
    fix = _cleanup_fix(seen)
    dialog = _fix_dialog(qtbot, fix, services)
    boxes = {cid: box.text() for cid, box in dialog.checkboxes.items()}
    assert boxes == {"temp": "Temporary files: 1.2 GB", "trash": "Trash: 300 MB"}
    assert all(box.isChecked() for box in dialog.checkboxes.values())
    report_only = [lbl.text() for lbl in dialog.choice_box.findChildren(QLabel) if " — " in lbl.text()]
    assert report_only == [
        "Downloads older than 90 days: 2.1 GB — not cleaned automatically: check these yourself.",
        "Leftover system update files: 500 MB — Ask IT.",  # the engine's reason when it gives one
    ]
    assert len(dialog.choice_box.findChildren(QCheckBox)) == 2  # report-only items cannot be ticked
    assert not dialog.steps.isVisible()  # the boxes are the steps
    dialog.checkboxes["trash"].setChecked(False)
    assert dialog.total_label.text() == "Selected: 1.2 GB"
    assert STATE["disk_percent"] == 90.0 and seen == []  # nothing deleted by the preview
    with qtbot.waitSignal(dialog.outcome_ready, timeout=5000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert [dict(c.params) for c in seen] == [{"categories": ["temp"]}]  # only what was ticked
    text = dialog.outcome_text.text()
    assert "Fixed and verified" in text and "Freed 1.2 GB." in text
    assert "Checked again:" in text and "Your disk is 60% full." in text
    assert dialog.feedback.isVisible() and dialog.question.text() == "Did this solve it?"
    qtbot.mouseClick(dialog.yes_button, Qt.MouseButton.LeftButton)
    assert [(e["fix"], e["solved"], e["outcome"]) for e in history.read()] == [("disk.cleanup", True, "verified")]
    assert not unnamed_controls(dialog)


def test_cleanup_with_nothing_ticked_cannot_run(qtbot: Any, services: Services) -> None:
    dialog = _fix_dialog(qtbot, _cleanup_fix([]), services)
    for box in dialog.checkboxes.values():
        box.setChecked(False)
    assert not dialog.apply_button.isEnabled()
    assert dialog.total_label.text() == "Choose at least one item to clean."


def test_cleanup_preview_in_french(qtbot: Any, services: Services) -> None:
    apply_language("fr")
    dialog = _fix_dialog(qtbot, _cleanup_fix([]), services)
    assert dialog.checkboxes["temp"].text() == "Temporary files\u00a0: 1,2\u00a0Go"  # titles come from the engine
    assert dialog.total_label.text() == "Sélection\u00a0: 1,5\u00a0Go"
    assert dialog.apply_button.text() == "&Réparer"


def test_generic_fix_shows_steps_admin_need_and_fits_its_content(qtbot: Any, services: Services,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.fixes import elevation

    monkeypatch.setattr(elevation, "is_admin", lambda platform: False)  # CI runs as root; users mostly do not
    services.fix_catalog = (RESTART,)
    dialog = FixDialog(RESTART, None, services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.choice_box.isVisible()
    assert dialog.changes_label.text() == "What it will do: Restarts the network service."
    assert dialog.admin_label.text() == "This needs administrator rights: your computer will ask for them."
    assert dialog.steps.text().startswith("• Restart the network service")
    lines = dialog.steps.text().count("\n") + 1
    # sized to its text: no tall empty box under one step
    assert dialog.steps.height() <= dialog.steps.fontMetrics().lineSpacing() * (lines + 1)
    assert dialog.height() < 400


def test_admin_session_is_not_told_it_will_be_asked_for_rights(qtbot: Any, services: Services,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.fixes import elevation

    monkeypatch.setattr(elevation, "is_admin", lambda platform: True)
    apply_language("fr")
    dialog = FixDialog(RESTART, None, services)
    qtbot.addWidget(dialog)
    assert dialog.admin_label.text() == "Cela nécessite les droits d’administrateur, que cette session a déjà."


def test_fix_that_does_not_help_says_not_fixed_and_offers_contact(qtbot: Any, services: Services) -> None:
    STATE["disk_percent"] = 99.0
    useless = replace(CLEANUP, id="disk.useless", plan=lambda ctx: [Step("Empty the recycle bin", action=lambda s, x, d: {})])
    services.fix_catalog = (useless,)
    dialog = FixDialog(useless, None, services)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.outcome_ready, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter: the default button, "Fix it"
    assert dialog.outcome.status == "failed"
    assert "Not fixed" in dialog.outcome_text.text()
    assert dialog.contact_button.isVisible()
    dialog.answer(False)
    assert history.read()[-1]["solved"] is False
    assert dialog.focusWidget() is dialog.contact_button


def test_fix_turned_off_by_policy_cannot_be_applied(qtbot: Any, services: Services) -> None:
    services.policy.values["fixes"]["disabled"] = ["disk.cleanup"]
    dialog = FixDialog(CLEANUP, None, services)
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled()
    assert "turned this fix off" in dialog.outcome_text.text()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_fix_dialog_keyboard(qtbot: Any, services: Services, lang: str) -> None:
    apply_language(lang)
    dialog = _fix_dialog(qtbot, _cleanup_fix([]), services)
    boxes = list(dialog.checkboxes.values())
    assert _focus_chain(boxes[0], 4) == [*boxes, dialog.apply_button, dialog.cancel_button]
    assert dialog.apply_button.isDefault()
    before = mnemonics(dialog)
    assert len(before) == len(set(before)) == 2
    with qtbot.waitSignal(dialog.outcome_ready, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    after = mnemonics(dialog)  # Yes, No, Close (and Contact IT when it did not work)
    assert len(after) == len(set(after)) >= 3
    assert dialog.focusWidget() is dialog.yes_button
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_does_not_abandon_a_running_fix(qtbot: Any, services: Services) -> None:
    import threading

    release = threading.Event()
    slow = replace(CLEANUP, id="disk.slow", plan=lambda ctx: [Step("Wait", action=lambda s, c, d: release.wait(5) and {})])
    services.fix_catalog = (slow,)
    dialog = FixDialog(slow, None, services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.apply()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=5000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# -- help window ------------------------------------------------------------------------------------------------


def _help(qtbot: Any, services: Services, article: str | None = None) -> HelpWindow:
    window = HelpWindow(services.policy, article)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    return window


def _groups(window: HelpWindow) -> dict[str, list[str]]:
    out = {}
    for i in range(window.tree.topLevelItemCount()):
        group = window.tree.topLevelItem(i)
        out[group.text(0)] = [str(group.child(j).data(0, Qt.ItemDataRole.UserRole)) for j in range(group.childCount())]
    return out


def test_help_articles_are_grouped_by_area(qtbot: Any, services: Services) -> None:
    window = _help(qtbot, services)
    groups = _groups(window)
    assert list(groups) == ["Getting help", "Wi-Fi & internet", "VPN", "Disk space", "Printers"]
    assert {"captive-portal", "wifi-weak-signal", "dns-failure"} <= set(groups["Wi-Fi & internet"])
    assert {"vpn-not-connected", "clock-skew"} <= set(groups["VPN"])
    assert set(groups["Disk space"]) == {"disk-cleanup", "disk-full"}
    assert all(aid.startswith("printer-") for aid in groups["Printers"])
    assert {"contact-it", "getting-started", "privacy"} <= set(groups["Getting help"])
    assert sorted(a for ids in groups.values() for a in ids) == sorted(aid for aid, _ in articles())
    assert window.current == "getting-started"  # where a first visit starts: at the top, the list not scrolled
    assert window.tree.verticalScrollBar().maximum() > 0 and window.tree.verticalScrollBar().value() == 0


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_help_titles_are_whole_not_cut(qtbot: Any, services: Services, lang: str) -> None:
    apply_language(lang)
    window = _help(qtbot, services, "captive-portal")
    item = window.tree.currentItem()
    title = dict(articles())["captive-portal"]
    assert item.text(0) == title
    rect = window.tree.visualItemRect(item)
    width = window.tree.viewport().width() - (rect.x())
    needed = window.tree.fontMetrics().boundingRect(QRect(0, 0, width - 12, 10_000), Qt.TextFlag.TextWordWrap, title)
    assert rect.height() >= needed.height()  # the whole (wrapped) title fits its row
    assert window.tree.maximumWidth() > 10_000  # no narrow cap on the list


def test_help_search_filters_titles_and_text_ignoring_accents(qtbot: Any, services: Services) -> None:
    apply_language("fr")
    window = _help(qtbot, services)
    shown = window.filter("reseau")  # typed without the accent
    assert "captive-portal" in shown and "printer-paused" not in shown
    printers = window.filter("imprimante")
    assert {aid for aid, _ in articles() if aid.startswith("printer-")} <= set(printers)
    assert "captive-portal" not in printers
    assert "Imprimantes" in [window.tree.topLevelItem(i).text(0) for i in range(window.tree.topLevelItemCount()) if not window.tree.topLevelItem(i).isHidden()]
    assert window.filter("zzzz-nothing") == [] and window.no_match.isVisible()
    assert window.filter("") and not window.no_match.isVisible()
    # the articles use typographic apostrophes; a keyboard types a straight one
    assert "printer-paused" in window.filter("Réactiver l'imprimante") == window.filter("réactiver l’imprimante")


@pytest.mark.parametrize(("lang", "keys", "query"), [("en", ["l", "s"], "paused"), ("fr", ["f", "r"], "imprimante en pause")])
def test_help_keyboard_search_enter_escape_tab(qtbot: Any, services: Services, lang: str, keys: list[str], query: str) -> None:
    apply_language(lang)
    window = _help(qtbot, services)
    assert _focus_chain(window.search, 4) == [window.search, window.tree, window.view, window.close_button]
    assert sorted(mnemonics(window)) == keys
    window.search.setFocus()
    qtbot.keyClicks(window.search, query)
    first = window.filter(window.search.text())[0]
    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # Enter in the search opens the first match
    assert first.startswith("printer-")
    assert window.isVisible() and window.current == first and window.focusWidget() is window.tree
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)  # first Escape clears the search
    assert window.search.text() == "" and window.isVisible()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert not window.isVisible()
    window.show()
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert not window.isVisible()  # elsewhere Enter is the default button, Close


def test_knowledge_base_address_is_escaped(qtbot: Any, services: Services) -> None:
    services.policy.values["helpdesk"]["knowledge_base_url"] = 'https://kb.example.org/?q="><b>x</b>&a=1'
    window = _help(qtbot, services)
    assert window.kb_link is not None
    text = window.kb_link.text()
    assert "<b>x</b>" not in text
    assert 'href="https://kb.example.org/?q=&quot;&gt;&lt;b&gt;x&lt;/b&gt;&amp;a=1"' in text
    assert window.kb_link.accessibleDescription() == 'https://kb.example.org/?q="><b>x</b>&a=1'


def test_help_article_missing_or_outside_the_folder_is_not_shown(qtbot: Any, services: Services) -> None:
    window = _help(qtbot, services, "../../etc/passwd")
    assert "root:" not in window.view.toPlainText()
    assert window.view.toPlainText() == "This article is not available."


def test_help_in_french_shows_french_articles_and_groups(qtbot: Any, services: Services) -> None:
    first = _help(qtbot, services, "contact-it")
    english = first.view.toPlainText()
    i18n.set_language("fr")
    french = _help(qtbot, services, "contact-it")
    assert french.view.toPlainText() != english
    assert list(_groups(french))[:3] == ["Obtenir de l’aide", "Wi-Fi et Internet", "VPN"]


# -- the screenshot scenario: real recorded observations replayed through a seam that runs nothing ----------


def test_replay_seam_answers_from_the_recording_and_runs_nothing() -> None:
    from desktop_app.recording import Recording
    from desktop_app.ui.screenshots import ReplaySystem

    recording = Recording(
        {"platform": "linux"},
        [
            {"kind": "command", "argv": ["lpstat", "-t"], "returncode": 0, "stdout": "scheduler is running\n", "stderr": "", "error": None},
            {"kind": "probe", "name": "cleanup.temp", "value": {"freed": 5}, "error": None},
        ],
    )
    system = ReplaySystem(recording)
    ran: list[str] = []
    assert system.run(["lpstat", "-t"], 5).stdout == "scheduler is running\n"
    assert system.probe("cleanup.temp", lambda: ran.append("deleted") or {}, timeout=5).value == {"freed": 5}
    assert system.run(["rm", "-rf", "/"], 5).error == "not found: rm"
    assert system.which("lpstat") == "/usr/bin/lpstat" and system.which("rm") is None
    assert ran == [] and system.missing == ["rm -rf /"]


@pytest.mark.parametrize(("lang", "freed", "verdict"), [
    ("en", "Freed 1.5 GB.", "Your router answers but the internet does not: this is most likely your internet provider."),
    ("fr", "1,5\u00a0Go libérés.", "Votre routeur répond mais pas Internet\u00a0: le problème vient très probablement de votre fournisseur d"),
])
def test_screenshot_scenario_shows_the_recorded_laptop_in_each_language(qtbot: Any, lang: str, freed: str, verdict: str) -> None:
    from desktop_app import registry
    from desktop_app.replay import replay
    from desktop_app.ui import screenshots

    apply_language(lang)
    scenario = screenshots.load_scenario(screenshots.SCENARIO)
    policy = screenshots.scenario_policy(screenshots.SCENARIO)
    results = replay(scenario["before"], Context(policy=policy, platform="linux"))
    services = Services(policy, platform="linux", make_system=screenshots._seams(scenario, ["before"]))
    window = ResultsWindow(services, None, Branding.from_policy(policy))
    qtbot.addWidget(window)
    window.show_results(results)
    qtbot.waitUntil(lambda: window.complete, timeout=5000)
    assert window.verdict.text().startswith(verdict)
    assert "C:" not in " ".join(c.summary_label.text() for c in window.cards)  # a Linux laptop: /home, no drive letters
    fix = registry.fix("disk.cleanup")
    assert fix is not None
    fix_services = Services(policy, platform="linux", make_system=screenshots._seams(scenario, ["preview", "cleanup", "after"]))
    dialog = _fix_dialog(qtbot, fix, fix_services)
    assert set(dialog.checkboxes) == {"temp", "caches", "trash"}
    with qtbot.waitSignal(dialog.outcome_ready, timeout=10_000):
        dialog.apply()
    assert dialog.outcome.status == "verified"
    assert freed in dialog.outcome_text.text()


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="per-thread priority is Linux only")
def test_the_sweep_thread_yields_the_cpu_to_the_window() -> None:
    import os
    import threading

    from desktop_app.ui.results_window import background_priority

    seen: list[int] = []

    def work() -> None:
        background_priority()
        inner = threading.Thread(target=lambda: seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id())))
        inner.start()
        inner.join()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == [min(19, os.getpriority(os.PRIO_PROCESS, 0) + 5)]  # check threads inherit it, the UI thread keeps its own


def test_a_fix_that_finds_its_targets_on_the_spot_says_which_before_running(qtbot: Any, services: Services, monkeypatch: Any) -> None:
    """'Cancel my stuck documents' names the documents it would cancel (a dry run) before the user agrees."""
    from desktop_app import registry
    from desktop_app.fixes import printers as printer_fixes
    from tests.fakes import FakeSystem
    from tests.printers.test_check import cups_system

    monkeypatch.setattr(printer_fixes.getpass, "getuser", lambda: "alice")
    queue = ("scheduler is running\nsystem default destination: Office\n"
             "printer Office is idle.  enabled since Wed Nov 25 06:00:00 2026\n"
             "Office-7                alice             1024   Wed Nov 25 06:00:00 2026\n"
             "Office-8                bob               1024   Wed Nov 25 06:00:00 2026\n")
    made: list[FakeSystem] = []
    services.make_system = lambda: made.append(cups_system(FakeSystem, queue)) or made[-1]  # type: ignore[assignment]
    fix = registry.fix("printers.cancel-stuck-jobs")
    assert fix is not None
    dialog = _fix_dialog(qtbot, fix, services)
    assert dialog.found.isVisible()
    assert dialog.found.text() == "On this computer:\n• Cancel document Office-7 on Office"  # not bob's
    assert not [argv for system in made for argv in system.ran if argv[0] == "cancel"]  # previewed, not done
