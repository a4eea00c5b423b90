"""Settings & about: language, notifications, snooze, version. Saved in the user preferences file.

An active snooze is shown and kept unless the user changes it: saving the language must not cancel it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.i18n import N_, tr, tr_plural
from desktop_app.ui.common import Branding, named, save_preferences

SNOOZE_HOURS = (0, 1, 4, 24)
KEEP_SNOOZE = -1  # combo data: leave the current snooze as it is


def active_snooze(text: str, now: datetime | None = None) -> datetime | None:
    """The snooze end when it is still in the future; None when unset, over or unreadable."""
    try:
        until = datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    if until is None:
        return None
    until = until if until.tzinfo else until.replace(tzinfo=UTC)
    return until if until > (now or datetime.now(UTC)) else None


def snooze_label(until: datetime, now: datetime | None = None) -> str:
    local, today = until.astimezone(), (now or datetime.now(UTC)).astimezone()
    if local.date() == today.date():
        return tr("Snoozed until {time}", time=local.strftime("%H:%M"))
    return tr("Snoozed until {time} on {date}", time=local.strftime("%H:%M"), date=local.strftime("%Y-%m-%d"))


class SettingsDialog(QDialog):
    saved = Signal(dict)

    def __init__(self, policy: Any, app_name: str, parent: QWidget | None = None, *, branding: Branding | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Settings and about"))
        layout = QVBoxLayout(self)
        if branding is not None:
            header = QHBoxLayout()
            logo = QLabel()
            logo.setPixmap(branding.logo_pixmap(32))
            named(logo, tr("{app} logo", app=branding.app_name))
            header.addWidget(logo)
            title = QLabel(branding.app_name)
            title.setProperty("role", "header")
            named(title, branding.app_name)
            header.addWidget(title, 1)
            layout.addLayout(header)
        form = QFormLayout()
        self.language = QComboBox()
        for code, label in (("auto", tr("Same as my computer")), ("en", "English"), ("fr", "Français")):
            self.language.addItem(label, code)
        current = policy.get("preferences", "language")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        named(self.language, tr("Language"))
        form.addRow(tr("&Language:"), self.language)
        self.notifications = QCheckBox(tr("Tell me when something gets worse"))
        self.notifications.setChecked(bool(policy.get("preferences", "notifications")))
        named(self.notifications, tr("Notifications"))
        form.addRow(tr("&Notifications:"), self.notifications)
        self.current_snooze = str(policy.get("preferences", "snooze_until") or "")
        self.snooze = QComboBox()
        until = active_snooze(self.current_snooze)
        if until is not None:
            self.snooze.addItem(snooze_label(until), KEEP_SNOOZE)
        for hours in SNOOZE_HOURS:
            if hours == 0:
                self.snooze.addItem(tr("Stop snoozing") if until is not None else tr("Not snoozed"), 0)
            else:
                self.snooze.addItem(tr_plural(hours, N_("Snooze for {hours} hour"), N_("Snooze for {hours} hours"), hours=hours), hours)
        self.snooze.setCurrentIndex(0)
        named(self.snooze, tr("Snooze notifications"))
        form.addRow(tr("Sn&ooze:"), self.snooze)
        layout.addLayout(form)
        about = QLabel(tr("{app} version {version}. Guided IT self-help.", app=app_name, version=__version__))
        about.setWordWrap(True)
        named(about, about.text())
        layout.addWidget(about)
        # our own labels: the platform's standard ones carry no mnemonic on some systems
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        named(self.save_button, tr("Save"))
        named(self.cancel_button, tr("Cancel"))
        self.save_button.setProperty("primary", True)  # the accent, as every window's main action
        self.save_button.setDefault(True)  # Enter saves, Escape cancels
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        for first, second in ((self.language, self.notifications), (self.notifications, self.snooze)):
            QWidget.setTabOrder(first, second)
        self.language.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Enter saves from any field. (Qt hands "default" to the last button that had the focus, so after
        a Tab to Cancel and back, Enter would cancel.) A focused button handles Enter itself."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(self.focusWidget(), QPushButton):
            self.save_button.click()
            return
        super().keyPressEvent(event)

    def values(self) -> dict[str, Any]:
        choice = self.snooze.currentData()
        if choice == KEEP_SNOOZE:
            until = self.current_snooze
        elif choice:
            until = (datetime.now(UTC) + timedelta(hours=int(choice))).isoformat(timespec="seconds")
        else:
            until = ""
        return {"language": self.language.currentData(), "notifications": self.notifications.isChecked(), "snooze_until": until}

    def save(self) -> None:
        values = self.values()
        save_preferences(**values)
        self.saved.emit(values)
        self.accept()
