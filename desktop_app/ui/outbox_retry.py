"""The tray's background delivery: the helpdesk's BackgroundSender (a thread that sends due outbox items with
their backoff) driven from Qt — woken when the network comes back (QNetworkInformation) or when asked — and a
notification when a ticket that was waiting reaches IT ("Your request was sent to IT as #1234")."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


def _default_outbox() -> Any:
    from desktop_app.helpdesk.outbox import Outbox

    return Outbox()


def delivered_notification(item: Any) -> tuple[str, str]:
    """(title, message) of the tray notification for a ticket delivered in the background."""
    from desktop_app.helpdesk import messages
    from desktop_app.i18n import tr

    return tr(messages.NOTIFY_TITLE), messages.sent_text(item, "tray")


def notify_delivered(tray: Any, item: Any) -> None:
    """Show the notification on a QSystemTrayIcon (connected to OutboxRetry.delivered by the tray app)."""
    from PySide6.QtWidgets import QSystemTrayIcon

    title, text = delivered_notification(item)
    tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)


class OutboxRetry(QObject):
    sent = Signal(object)  # every item tried in one background pass (UI thread)
    delivered = Signal(object)  # one item that reached the helpdesk during a background pass (UI thread)

    def __init__(
        self,
        policy: Any,
        outbox_factory: Callable[[], Any] | None = None,
        *,
        idle_seconds: float = 60.0,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.policy = policy  # the app's effective policy (a --policy file included), never re-read from disk
        self.outbox_factory = outbox_factory or _default_outbox
        self.idle_seconds = idle_seconds
        self.sender: Any = None
        self.network_info: Any = None

    def start(self, *, watch_network: bool = True) -> None:
        from desktop_app.helpdesk.background import BackgroundSender

        if self.sender is None:
            self.sender = BackgroundSender(
                self.outbox_factory(), policy=lambda: self.policy, on_update=self._on_update, idle_seconds=self.idle_seconds
            )
            self.sender.start()
        if watch_network and self.network_info is None:
            self.network_info = self._network_information()
            if self.network_info is not None:
                self.network_info.reachabilityChanged.connect(self.on_reachability)

    def stop(self, timeout: float = 2.0) -> None:
        if self.sender is not None:
            self.sender.stop(timeout)  # a send in progress finishes in its daemon thread; the outbox stays consistent
            self.sender = None

    def _on_update(self, items: list[Any]) -> None:
        # called in the sender's thread: the signals are queued to the UI thread
        self.sent.emit(items)
        for item in items:
            if getattr(item, "state", "") == "sent":
                self.delivered.emit(item)

    @staticmethod
    def _network_information() -> Any:
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
                return QNetworkInformation.instance()
        except (ImportError, AttributeError, RuntimeError):
            log.debug("no network reachability backend; the sender's own schedule is used", exc_info=True)
        return None

    def on_reachability(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online:
            self.retry(force=True)  # back online: try now, whatever the backoff said

    def retry(self, *, force: bool = False) -> None:
        """Wake the background sender (``force`` ignores the backoff); starts it when it is not running."""
        if self.sender is None:
            self.start(watch_network=False)
        self.sender.poke(force=force)
