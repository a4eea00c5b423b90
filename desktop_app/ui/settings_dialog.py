"""Settings & about: language, notifications, snooze, version. Saved in the user preferences file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop_app import __version__
from desktop_app.i18n import tr
from desktop_app.ui.common import named, save_preferences

SNOOZE_HOURS = (0, 1, 4, 24)


class SettingsDialog(QDialog):
    saved = Signal(dict)

    def __init__(self, policy: Any, app_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Settings and about"))
        layout = QVBoxLayout(self)
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
        self.snooze = QComboBox()
        for hours in SNOOZE_HOURS:
            self.snooze.addItem(tr("Not snoozed") if hours == 0 else tr("Snooze for {hours} hour(s)", hours=hours), hours)
        named(self.snooze, tr("Snooze notifications"))
        form.addRow(tr("S&nooze:"), self.snooze)
        layout.addLayout(form)
        about = QLabel(tr("{app} version {version}. Guided IT self-help.", app=app_name, version=__version__))
        about.setWordWrap(True)
        named(about, about.text())
        layout.addWidget(about)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        for button in buttons.buttons():
            named(button, button.text().replace("&", ""))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        hours = int(self.snooze.currentData() or 0)
        until = (datetime.now(UTC) + timedelta(hours=hours)).isoformat(timespec="seconds") if hours else ""
        return {"language": self.language.currentData(), "notifications": self.notifications.isChecked(), "snooze_until": until}

    def save(self) -> None:
        values = self.values()
        save_preferences(**values)
        self.saved.emit(values)
        self.accept()
