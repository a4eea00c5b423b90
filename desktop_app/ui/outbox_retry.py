"""Send the tickets waiting in the outbox when the network comes back (QNetworkInformation), and on a
periodic timer as a fallback where the OS offers no reachability backend. Sending runs off the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.ui.common import Job, start_job

log = logging.getLogger(__name__)


def _default_outbox() -> Any:
    from desktop_app.helpdesk.outbox import Outbox

    return Outbox()


class OutboxRetry(QObject):
    sent = Signal(object)  # the items tried in one pass (UI thread)

    def __init__(
        self,
        policy: Any,
        outbox_factory: Callable[[], Any] | None = None,
        *,
        interval_seconds: float = 300.0,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.policy = policy
        self.outbox_factory = outbox_factory or _default_outbox
        self.job: Job | None = None
        self.network_info: Any = None
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval_seconds * 1000))
        self.timer.timeout.connect(lambda: self.retry(force=False))

    def start(self, *, watch_network: bool = True) -> None:
        self.timer.start()
        if watch_network:
            self.network_info = self._network_information()
            if self.network_info is not None:
                self.network_info.reachabilityChanged.connect(self.on_reachability)

    def stop(self) -> None:
        self.timer.stop()

    @staticmethod
    def _network_information() -> Any:
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
                return QNetworkInformation.instance()
        except (ImportError, AttributeError, RuntimeError):
            log.debug("no network reachability backend; the periodic retry is used", exc_info=True)
        return None

    def on_reachability(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online:
            self.retry(force=True)  # back online: try now, whatever the backoff said

    def retry(self, *, force: bool = False) -> Job | None:
        if self.job is not None and not self.job.finished:
            return None
        factory, policy = self.outbox_factory, self.policy

        def work(_emit: Any) -> Any:
            outbox = factory()
            if hasattr(outbox, "pending") and not outbox.pending():
                return []  # nothing waiting: not even a backend is built
            return outbox.send_pending(policy=policy, force=force)

        self.job = start_job(self, work, done=self.sent.emit, failed=lambda m: log.warning("outbox retry failed: %s", m))
        return self.job
