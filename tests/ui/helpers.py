"""Helpers shared by the UI tests: run a results window to the end, and find controls nobody can name."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QScrollBar, QWidget

from desktop_app.ui.common import Branding, Services


def run_results_window(qtbot: Any, services: Services, area: str | None = None) -> Any:
    """A results window shown and swept to the end, as a user who opened it from the tray sees it."""
    from desktop_app.ui.results_window import ResultsWindow

    window = ResultsWindow(services, area, Branding.from_policy(services.policy))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.sweep_finished, timeout=5000):
        window.start()
    return window


def takes_focus(widget: QWidget) -> bool:
    return isinstance(widget, QAbstractButton) or bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def internal_part(widget: QWidget) -> bool:
    """Parts of a composite control that are named through the control itself."""
    parent = widget.parentWidget()
    if isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_"):  # Qt's own parts (table corner)
        return True
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        return True
    # a line edit inside a combo box, the clear button of a line edit, a spin box's editor
    return parent is not None and type(parent).__name__ in ("QComboBox", "QLineEdit", "QAbstractSpinBox", "QSpinBox")


def unnamed_controls(root: QWidget) -> list[str]:
    """Focusable, visible controls with neither an accessible name, nor a label of their own, nor a buddy."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None and label.text().strip()}
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not takes_focus(widget) or internal_part(widget):
            continue
        own_text = widget.text().replace("&", "").strip() if isinstance(widget, QAbstractButton) else ""
        if widget.accessibleName().strip() or own_text or id(widget) in buddies:
            continue
        missing.append(f"{type(widget).__name__}({widget.objectName() or widget.metaObject().className()})")
    return missing


def mnemonics(root: QWidget) -> list[str]:
    """The Alt+letter keys a window offers: its visible buttons (check boxes too) and labelled fields."""
    keys = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            found = re.search(r"&([^&\s])", widget.text().replace("&&", ""))
            if found:
                keys.append(found.group(1).casefold())
    return keys
