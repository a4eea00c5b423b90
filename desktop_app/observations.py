"""Recorded observations (GUIDE §3) and a pure, read-only view analyzers query.

A command observation::

    {"kind": "command", "argv": [...], "returncode": int|None, "stdout": str, "stderr": str,
     "error": str|None, "duration_ms": float}

Other kinds (``psutil``, ``file``, ``probe``) carry ``name`` and a JSON ``value`` (and ``error``). Live sweeps
add ``check`` (the id of the check that collected it) and ``ts``; replays accept observations without them.
"""

from __future__ import annotations

import json
import math
import ntpath
import posixpath
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.i18n import N_, Message

KINDS = frozenset({"command", "psutil", "file", "probe"})


class ObservationFormatError(ValueError):
    """A recording that is not in the GUIDE format; the message names the line. It is a ``Message`` (English
    in logs, ``i18n.translated`` for people)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class CommandObs:
    argv: tuple[str, ...]
    returncode: int | None
    stdout: str
    stderr: str
    error: str | None
    duration_ms: float

    @property
    def ok(self) -> bool:
        return self.error is None and self.returncode == 0

    @property
    def missing_tool(self) -> bool:
        return bool(self.error) and str(self.error).startswith("not found")

    @property
    def timed_out(self) -> bool:
        return bool(self.error) and str(self.error).startswith("timed out")

    @property
    def program(self) -> str:
        return program_name(self.argv[0])


@dataclass(frozen=True)
class ValueObs:
    kind: str
    name: str
    value: Any
    error: str | None
    duration_ms: float

    @property
    def ok(self) -> bool:
        return self.error is None


def program_name(arg0: str) -> str:
    """'/usr/bin/lpstat' -> 'lpstat'; 'C:\\Windows\\System32\\netsh.exe' -> 'netsh'."""
    base = ntpath.basename(posixpath.basename(arg0)).lower()
    for ext in (".exe", ".com", ".cmd", ".bat"):
        if base.endswith(ext):
            return base[: -len(ext)]
    return base


def parse_observation(data: Any) -> CommandObs | ValueObs:
    if not isinstance(data, Mapping):
        raise ObservationFormatError(Message(N_("an observation must be a JSON object")))
    kind = data.get("kind")
    if kind == "command":
        argv = data.get("argv")
        if not isinstance(argv, list) or not argv or not all(isinstance(a, str) for a in argv):
            raise ObservationFormatError(Message(N_("a command observation needs a non-empty 'argv' list of strings")))
        rc = data.get("returncode")
        return CommandObs(
            argv=tuple(argv),
            returncode=rc if isinstance(rc, int) and not isinstance(rc, bool) else None,
            stdout=data.get("stdout") if isinstance(data.get("stdout"), str) else "",
            stderr=data.get("stderr") if isinstance(data.get("stderr"), str) else "",
            error=str(data["error"]) if data.get("error") is not None else None,
            duration_ms=_duration(data.get("duration_ms")),
        )
    if kind in KINDS:
        name = data.get("name")
        if not isinstance(name, str) or not name:
            raise ObservationFormatError(Message(N_("a {kind} observation needs a 'name'"), kind=kind))
        return ValueObs(
            kind=str(kind),
            name=name,
            value=data.get("value"),
            error=str(data["error"]) if data.get("error") is not None else None,
            duration_ms=_duration(data.get("duration_ms")),
        )
    raise ObservationFormatError(Message(N_("unknown observation kind {kind}"), kind=repr(kind)))


def _duration(value: Any) -> float:
    """Timing is informative only: a recording with a garbage duration still replays (as 0 ms)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return 0.0
    number = float(value)
    return number if math.isfinite(number) and number >= 0 else 0.0


def parse_jsonl(text: str) -> list[dict[str, Any]]:
    """Parse observations.jsonl strictly: a truncated or corrupt line is an error naming the line."""
    items: list[dict[str, Any]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ObservationFormatError(Message(N_("observations.jsonl line {number}: not valid JSON ({error})"), number=number, error=exc.msg)) from None
        except (ValueError, RecursionError):  # a 5,000-digit number, arrays nested 100,000 deep
            raise ObservationFormatError(Message(N_("observations.jsonl line {number}: a number too long or nesting too deep"), number=number)) from None
        try:
            parse_observation(data)
        except ObservationFormatError as exc:
            raise ObservationFormatError(Message(N_("observations.jsonl line {number}: {problem}"), number=number, problem=exc.message)) from None
        items.append(data)
    return items


class Observations:
    """Read-only lookups over recorded observations. Later observations win (a re-run after a fix)."""

    def __init__(self, items: Iterable[Mapping[str, Any]]) -> None:
        self._raw = [dict(i) for i in items]
        self._parsed = [parse_observation(i) for i in self._raw]

    def __iter__(self) -> Iterator[CommandObs | ValueObs]:
        return iter(self._parsed)

    def __len__(self) -> int:
        return len(self._parsed)

    @property
    def raw(self) -> list[dict[str, Any]]:
        return list(self._raw)

    def for_check(self, check_id: str) -> Observations:
        """The observations a live sweep tagged with this check; untagged ones are shared by all."""
        return Observations(i for i in self._raw if i.get("check") in (None, check_id))

    def commands(self, program: str | None = None, *, where: Callable[[CommandObs], bool] | None = None) -> list[CommandObs]:
        out = []
        for obs in self._parsed:
            if not isinstance(obs, CommandObs):
                continue
            if program is not None and program_name(obs.argv[0]) != program.lower():
                continue
            if where is not None and not where(obs):
                continue
            out.append(obs)
        return out

    def command(self, program: str, *args: str, contains: str | None = None) -> CommandObs | None:
        """The last run of ``program`` whose arguments start with ``args`` (case-insensitive), and
        optionally whose joined arguments contain ``contains`` (e.g. a PowerShell cmdlet name)."""
        wanted = [a.lower() for a in args]

        def match(obs: CommandObs) -> bool:
            got = [a.lower() for a in obs.argv[1 : 1 + len(wanted)]]
            if got != wanted:
                return False
            return contains is None or contains.lower() in " ".join(obs.argv[1:]).lower()

        found = self.commands(program, where=match)
        return found[-1] if found else None

    def missing_tools(self) -> list[str]:
        """Programs a command asked for that are not installed (in order, once each)."""
        return list(dict.fromkeys(c.program for c in self.commands() if c.missing_tool))

    def values(self, kind: str | None = None, prefix: str = "") -> list[ValueObs]:
        return [
            o
            for o in self._parsed
            if isinstance(o, ValueObs) and (kind is None or o.kind == kind) and o.name.startswith(prefix)
        ]

    def value(self, kind: str, name: str) -> ValueObs | None:
        found = [o for o in self.values(kind) if o.name == name]
        return found[-1] if found else None
