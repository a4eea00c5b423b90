"""Background delivery for the tray: a thread that sends due outbox items, woken early on network change.

Qt-free so it runs headless and in tests; the UI calls ``poke()`` when the network comes back and gets
``on_update(items)`` after each pass (from the worker thread: marshal to the GUI thread before touching widgets).
When it starts it also removes delivered or discarded records older than 30 days (``purge_sent``).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from desktop_app.helpdesk.outbox import BACKOFF_FIRST, Outbox, OutboxItem, purge_sent

log = logging.getLogger(__name__)

# Between two passes, even when an item is due: while another sender (`selfdesk outbox send`, the ticket
# dialog) holds the outbox a pass returns at once, and without a pause the thread would spin on the disk.
MIN_PAUSE = 1.0


class BackgroundSender:
    def __init__(
        self,
        outbox: Outbox | None = None,
        *,
        policy: Callable[[], Any] | None = None,
        on_update: Callable[[list[OutboxItem]], None] | None = None,
        idle_seconds: float = 60.0,
    ) -> None:
        self.outbox = outbox or Outbox()
        self.policy = policy  # called each pass, so a policy update is picked up without a restart
        self.on_update = on_update
        self.idle_seconds = idle_seconds
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._force = False
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="selfdesk-outbox", daemon=True)
            self._thread.start()

    def poke(self, *, force: bool = True) -> None:
        """Try now (the network came back, or the user pressed "Send now"), ignoring the backoff; with
        ``force=False`` only re-read the schedule (a ticket was just queued elsewhere)."""
        self._force = self._force or force
        self._wake.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _delay(self, at_least: float = MIN_PAUSE) -> float:
        due = self.outbox.next_due()
        if due is None:
            return self.idle_seconds
        return max(at_least, min(self.idle_seconds, due - time.time()))

    def _run(self) -> None:
        try:
            purge_sent(self.outbox)
        except Exception:
            log.exception("outbox clean-up failed")
        while not self._stop.is_set():
            self._wake.clear()  # before the pass: a poke during it wakes the next wait at once, never lost
            force, self._force = self._force, False
            pause = MIN_PAUSE
            try:
                tried = self.outbox.send_pending(policy=self.policy() if self.policy else None, force=force)
            except Exception:
                log.exception("background delivery pass failed")  # never let the thread die
                tried, pause = [], BACKOFF_FIRST  # e.g. a full disk: not again at once, nor a log line a second
            if tried and self.on_update is not None:
                try:
                    self.on_update(tried)
                except Exception:
                    log.exception("outbox update callback failed")
            try:
                delay = self._delay(pause)
            except Exception:
                log.exception("outbox schedule unreadable")
                delay = self.idle_seconds
            if self._stop.is_set():  # stop() sets the flag, then wakes: checked after the clear above
                break
            self._wake.wait(delay)
