"""Shared by the probes: the seam margin and timing."""

from __future__ import annotations

import time

SEAM_MARGIN = 0.2  # seconds the seam waits beyond a probe's own timeout before abandoning it


def elapsed_ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)
