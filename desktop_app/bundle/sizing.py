"""Keep a bundle under its size limits.

Aim for ``TARGET`` (2 MB) and never go above the cap (5 MB, or a helpdesk's lower attachment limit). What goes,
in this order: the app log tail (oldest lines first), then raw outputs (command outputs and file, psutil and
probe values alike, largest first, each keeping its beginning and end), then the optional files (onboarding
baseline, extra attachments). The manifest, the results and the reports always stay; the manifest lists what
was cut. When those essentials alone exceed the cap, ``BundleTooLargeError`` says so rather than writing a bundle
above it.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop_app.bundle.errors import BundleTooLargeError
from desktop_app.i18n import tr

HARD_CAP = 5_000_000
TARGET = 2_000_000
MIN_CAP = 100_000  # below this even a small bundle's essentials do not fit
MIN_EXCERPT = 4_096  # characters of a raw output kept while only aiming for the target
_SMALL = 2_048  # raw values shorter than this are never cut
CUT_MARK = "\n[... {n} characters cut by SelfDesk to keep the bundle under its size limit ...]\n"
CUT_ERROR = "removed from the bundle to keep it under its size limit"


@dataclass
class Parts:
    """A bundle's redacted content while it is being fitted."""

    manifest: dict[str, Any]
    obs: list[dict[str, Any]]
    results: Any
    fix_log: Any
    baseline: Any
    tail: str | None
    policy: Any
    extra: dict[str, str] = field(default_factory=dict)
    _notes: dict[tuple[int, str], dict[str, Any]] = field(default_factory=dict)

    def note(self, key: tuple[int, str], entry: dict[str, Any]) -> None:
        """Add or update one line of the manifest's ``dropped`` list."""
        known = self._notes.get(key)
        if known is None:
            self._notes[key] = entry
            self.manifest.setdefault("dropped", []).append(entry)
        else:
            known.update(entry)


def excerpt(text: str, keep: int) -> str:
    """The beginning and the end of ``text`` (``keep`` characters in all), cut at line ends when close."""
    if keep >= len(text):
        return text
    if keep <= 0:
        return CUT_MARK.format(n=len(text)).strip("\n")
    head_size = keep * 3 // 5
    head = text[:head_size]
    newline = head.rfind("\n")
    if newline > head_size // 2:
        head = head[: newline + 1]
    tail = text[len(text) - (keep - head_size) :]
    newline = tail.find("\n")
    if 0 <= newline < len(tail) // 2:
        tail = tail[newline + 1 :]
    return head + CUT_MARK.format(n=len(text) - len(head) - len(tail)) + tail


def _compressed(text: str) -> int:
    return len(zlib.compress(text.encode("utf-8", "replace"), 6))


def _label(o: dict[str, Any], key: str) -> str:
    if o.get("kind") == "command":
        argv = o.get("argv") or ["?"]
        return f"{argv[0]} {key}"
    return f"{o.get('kind')} {o.get('name')}"


def _raw_items(parts: Parts) -> list[tuple[int, str, str]]:
    """(observation index, field, text) of every raw value big enough to cut."""
    items = []
    for index, o in enumerate(parts.obs):
        keys = ("stdout", "stderr") if o.get("kind") == "command" else ("value",)
        for key in keys:
            value = o.get(key)
            text = value if isinstance(value, str) else (json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else "")
            if len(text) > _SMALL:
                items.append((index, key, text))
    return items


def cut_log(parts: Parts, over: int) -> int:
    """Cut the oldest part of the log tail to save about ``over`` compressed bytes; returns what was saved."""
    if not parts.tail:
        return 0
    size = _compressed(parts.tail)
    total = len(parts.tail)
    if size <= over:
        parts.tail = None
        parts.note((-1, "log"), {"file": "log-tail.txt", "what": tr("log-tail.txt: the whole app log tail ({chars} characters)", chars=total), "reason": "size"})
        return size
    keep = int(total * (1 - over / size) * 0.97)
    cut = parts.tail[total - keep :]
    newline = cut.find("\n")
    if 0 <= newline < 2_000:
        cut = cut[newline + 1 :]
    parts.note((-1, "log"), {"file": "log-tail.txt", "what": tr("log-tail.txt: its oldest {chars} characters (the most recent lines are kept)", chars=total - len(cut)), "reason": "size"})
    parts.tail = cut
    return size - _compressed(cut)


def cut_outputs(parts: Parts, over: int, min_keep: int) -> int:
    """Cut the largest raw values first, all down to the same compressed size (water level), keeping
    ``min_keep`` characters of each at least; returns the compressed bytes saved (estimated)."""
    items = []
    for index, key, text in _raw_items(parts):
        size = _compressed(text)
        ratio = size / max(1, len(text))
        floor = int(min_keep * ratio)
        if size > floor:
            items.append((index, key, text, size, ratio, floor))
    if not items:
        return 0

    def saved(level: int) -> int:
        return sum(max(0, size - max(level, floor)) for _, _, _, size, _, floor in items)

    low, high = 0, max(size for *_, size, _, _ in items)
    if saved(0) <= over:
        level = 0
    else:
        while high - low > 64:  # the highest level that still saves enough
            middle = (low + high) // 2
            if saved(middle) >= over:
                low = middle
            else:
                high = middle
        level = low
    total = 0
    for index, key, text, size, ratio, floor in items:
        allowed = max(level, floor)
        if size <= allowed:
            continue
        keep = int(allowed / ratio) if ratio else 0
        keep = max(min_keep, keep) if min_keep else keep
        o = parts.obs[index]
        value = o.get(key)
        original = len(text)
        if isinstance(value, str):
            o[key] = excerpt(value, keep) if keep >= 256 else ""
        elif isinstance(value, list) and len(value) > 2 and keep >= 256:
            o[key] = _list_excerpt(value, keep)
        else:
            o[key] = None
        o["truncated"] = True
        if not o[key] and not o.get("error"):  # a replay must read "not available", never an empty output
            o["error"] = CUT_ERROR
        kept = len(o[key]) if isinstance(o[key], str) else len(json.dumps(o[key], ensure_ascii=False))
        what = (
            tr("observations.jsonl: {source}: {cut} of {total} characters cut (beginning and end kept)", source=_label(o, key), cut=max(0, original - kept), total=original)
            if o[key]
            else tr("observations.jsonl: {source}: removed ({total} characters)", source=_label(o, key), total=original)
        )
        parts.note((index, key), {"file": "observations.jsonl", "what": what, "reason": "size"})
        total += size - int(kept * ratio)
    return total


def _list_excerpt(items: list[Any], keep: int) -> list[Any]:
    """The first and last items of a list whose JSON fits in about ``keep`` characters."""
    head: list[Any] = []
    tail: list[Any] = []
    used = 0
    left, right = 0, len(items) - 1
    while left <= right:
        item = items[left] if len(head) <= len(tail) else items[right]
        size = len(json.dumps(item, ensure_ascii=False)) + 2
        if used + size > keep:
            break
        used += size
        if len(head) <= len(tail):
            head.append(item)
            left += 1
        else:
            tail.insert(0, item)
            right -= 1
    return [*head, CUT_MARK.format(n=right - left + 1).strip("\n"), *tail]


def drop_optional(parts: Parts) -> None:
    if parts.baseline is not None:
        parts.baseline = None
        parts.note((-2, "baseline"), {"file": "onboarding-baseline.json", "what": "onboarding-baseline.json", "reason": "size"})
    for name in list(parts.extra):
        del parts.extra[name]
        parts.note((-3, name), {"file": name, "what": name, "reason": "size"})


def fit(parts: Parts, cap: int, build: Callable[[Parts], bytes]) -> bytes:
    """The zip of ``parts``, cut down to the target when it can be and to ``cap`` in any case."""
    data = build(parts)
    target = min(TARGET, cap)
    for goal, min_keep in ((target, MIN_EXCERPT), (cap, 0)):
        for attempt in range(6):
            over = len(data) - goal
            if over <= 0:
                return data
            over = int(over * 1.05) + 1024  # headroom: the manifest grows with each note
            over -= cut_log(parts, over)
            if over > 0:
                over -= cut_outputs(parts, over, min_keep)
            if over > 0 and goal == cap and attempt >= 1:
                drop_optional(parts)
            data = build(parts)
        if len(data) <= cap:
            return data  # the target could not be met without going below the excerpts: the cap holds
    if len(data) > cap:
        raise BundleTooLargeError(
            tr("The bundle cannot fit in {cap} KB: its manifest, results and reports alone take {size} KB.", cap=cap // 1000, size=len(data) // 1000)
        )
    return data
