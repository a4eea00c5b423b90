"""The tray application. The only package allowed to import QtWidgets and QtGui."""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)


def _pin_bools_if_emit_leaks() -> bool:
    """Work around a PySide6 bug that would abort a long-running tray on CPython < 3.12.

    PySide6 6.12's ``SignalInstance.emit()`` returns ``True`` without taking a reference for it, so every
    emit made from Python takes one reference away from ``True``. CPython 3.12+ makes ``True``/``False``
    immortal and never notices; on 3.11 the count reaches zero after a few thousand emits (a morning of
    monitor rounds and windows) and the interpreter aborts with "bool_dealloc". Probed once at import:
    when emit() is seen to leak, ``True``/``False`` get an enormous reference count (what 3.12 does).
    Returns whether the pin was applied."""
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        fired = Signal(int)

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.fired.emit(0)
    if sys.getrefcount(True) - before > -8:
        return False
    for value in (True, False):  # ob_refcnt is the first field of every CPython object
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40
    log.info("PySide6 emit() reference leak detected; True/False pinned")
    return True


BOOLS_PINNED = _pin_bools_if_emit_leaks()
