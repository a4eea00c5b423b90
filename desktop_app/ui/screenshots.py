"""Render the main screens offscreen, in English and French, with canned results (no live checks).

    QT_QPA_PLATFORM=offscreen python -m desktop_app.ui.screenshots docs/screenshots
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from desktop_app import policy as policy_mod
from desktop_app.model import Check, Fix, Result, Status, Step
from desktop_app.ui.common import Branding, Services, apply_language

# Canned results: screenshots must never depend on (or probe) the machine that renders them.
_CANNED = {
    "wifi": Result("wifi", Status.WARNING, "Wi-Fi signal", "Your Wi-Fi signal is weak (31%).", advice="Move closer to the access point."),
    "disk": Result("disk", Status.FAILED, "Disk space", "Only 1.2 GB left on C:.", fixes=("demo.cleanup",), help="getting-started"),
    "printers": Result("printers", Status.OK, "Printers", "Your printers are ready."),
}


def _check(cid: str, area: str) -> Check:
    return Check(cid, area, _CANNED[cid].title, lambda s, c: None, lambda o, c, r=_CANNED[cid]: r)


_FIX = Fix("demo.cleanup", "disk", "Empty the recycle bin", "Deletes the files in your recycle bin.", plan=lambda c: [Step("Empty the recycle bin", action=lambda s, c, d: {})])


def _services() -> Services:
    from desktop_app.system import System

    class NullSystem(System):
        def _execute(self, argv: Any, timeout: Any, env: Any, input_text: Any) -> Any:
            return None, "", "", "not run in screenshots"

    p = policy_mod.defaults()
    p.values["helpdesk"].update(phone="+33 1 23 45 67 89", hours="Mon-Fri 9:00-18:00", portal_url="https://help.example.org", contact_email="it@example.org")
    catalog = (_check("wifi", "network"), _check("disk", "disk"), _check("printers", "printers"))
    return Services(p, platform="linux", make_system=lambda: NullSystem("linux"), catalog=catalog, fix_catalog=(_FIX,))


def _settle(app: QApplication, until: Any = None, timeout: float = 5.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if until is None or until():
            break
        time.sleep(0.02)
    for _ in range(5):
        app.processEvents()


def _save(widget: QWidget, path: Path, app: QApplication) -> None:
    widget.show()
    _settle(app)
    widget.grab().save(str(path))
    print(path)


def main(out: str = "docs/screenshots") -> int:
    from desktop_app.ui.fix_dialog import FixDialog
    from desktop_app.ui.help_window import HelpWindow
    from desktop_app.ui.results_window import ResultsWindow
    from desktop_app.ui.settings_dialog import SettingsDialog
    from desktop_app.ui.ticket_dialog import channels_html

    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    for lang in ("en", "fr"):
        apply_language(lang)
        svc = _services()
        branding = Branding.from_policy(svc.policy)
        window = ResultsWindow(svc, None, branding)
        window.show()
        window.start()
        _settle(app, lambda w=window: w.job is not None and w.job.finished)
        _save(window, folder / f"results-{lang}.png", app)
        fix = FixDialog(_FIX, _CANNED["disk"], svc)
        _save(fix, folder / f"fix-{lang}.png", app)
        help_window = HelpWindow(svc.policy, "getting-started")
        _save(help_window, folder / f"help-{lang}.png", app)
        settings = SettingsDialog(svc.policy, branding.app_name)
        _save(settings, folder / f"settings-{lang}.png", app)
        ticket = _ticket_preview(svc, channels_html)
        _save(ticket, folder / f"ticket-{lang}.png", app)
        for w in (window, fix, help_window, settings, ticket):
            w.close()
            w.deleteLater()
        _settle(app)
    return 0


def _ticket_preview(svc: Services, channels_html: Any) -> QWidget:
    """The ticket dialog with a stand-in draft (the helpdesk package may not be installed here)."""
    import types

    from desktop_app.ui import ticket_dialog

    draft = types.SimpleNamespace(title="Disk space", body="Disk space: Only 1.2 GB left on C:.\nWi-Fi signal: weak (31%).", user_text="")
    original = ticket_dialog.TicketDialog._prefill
    original_bundle = ticket_dialog.TicketDialog._prepare_bundle

    def prefill(self: Any) -> None:
        self.draft = draft
        self.title_edit.setText(draft.title)
        self.body_edit.setPlainText(draft.body)

    def bundle(self: Any) -> None:
        self.attachments.addItem("selfdesk-20260101-0900.zip (42 KB)")
        self.redaction.setText("3 e-mail addresses, 2 network names and 1 computer name were replaced.")

    ticket_dialog.TicketDialog._prefill = prefill  # type: ignore[method-assign]
    ticket_dialog.TicketDialog._prepare_bundle = bundle  # type: ignore[method-assign]
    try:
        return ticket_dialog.TicketDialog(svc, list(_CANNED.values()))
    finally:
        ticket_dialog.TicketDialog._prefill = original  # type: ignore[method-assign]
        ticket_dialog.TicketDialog._prepare_bundle = original_bundle  # type: ignore[method-assign]


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
