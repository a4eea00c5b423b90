"""Layer 2: per-check patterns, declared as data next to the check that produces the output.

A diagnostics module lists what its commands print that the global pass cannot recognise by itself::

    REDACT = (
        CheckPattern("ssid", r"^(?P<v>...)", programs=("nmcli",)),
    )

The value (group ``v``, else group 1, else the whole match) is hidden where it is found and pseudonymised
everywhere else in the bundle. A pattern with ``programs`` applies to every recorded output of those
programs (``contains`` narrows it to argument lists holding that text), so it also works on replayed
recordings whose observations carry no check tag; a pattern without ``programs`` applies to the outputs
tagged with its checks. The registry is the list of modules: ``declared()`` reads ``REDACT`` from the module
of each registered check's collector and from its package.
"""

from __future__ import annotations

import functools
import logging
import ntpath
import posixpath
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckPattern:
    kind: str  # placeholder kind and summary rule: "ssid", "user", "host", "mac", "vpn-server", "document"...
    pattern: str
    programs: tuple[str, ...] = ()  # argv[0] base names, lower-case, without .exe
    contains: str = ""  # lower-case text the joined argument list must hold
    multiline: bool = True

    def regex(self) -> re.Pattern[str]:
        return _compile(self.pattern, re.MULTILINE if self.multiline else 0)

    def applies_to(self, program: str, joined_args: str) -> bool:
        if self.programs and program not in self.programs:
            return False
        return not self.contains or self.contains in joined_args

    def values(self, text: str) -> Iterable[tuple[int, int, str]]:
        """(start, end, value) of every hidden value in ``text``."""
        regex = self.regex()
        named = "v" in regex.groupindex
        for m in regex.finditer(text):
            group: int | str = "v" if named else (1 if regex.groups else 0)
            value = m.group(group)
            if value:
                yield m.start(group), m.end(group), value


@functools.lru_cache(maxsize=512)
def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def program_of(argv: Any) -> tuple[str, str]:
    """('nmcli', 'joined lower-case arguments') for an observation's argv."""
    if not isinstance(argv, list) or not argv:
        return "", ""
    program = ntpath.basename(posixpath.basename(str(argv[0]))).lower().removesuffix(".exe")
    return program, " ".join(str(a) for a in argv[1:]).lower()


@functools.lru_cache(maxsize=1)
def declared() -> tuple[dict[str, tuple[CheckPattern, ...]], tuple[CheckPattern, ...]]:
    """(check id -> its patterns, every pattern scoped by program). Read once from the registry."""
    by_check: dict[str, list[CheckPattern]] = {}
    try:
        from desktop_app import registry

        checks: Iterable[Any] = registry.CHECKS
    except Exception:  # a broken area must not stop the bundle: the global pass still runs
        log.exception("per-check redaction patterns unavailable")
        checks = ()
    for check in checks:
        for pattern in _module_patterns(check):
            items = by_check.setdefault(check.id, [])
            if pattern not in items:
                items.append(pattern)
    scoped: list[CheckPattern] = []
    for items in by_check.values():
        scoped += [p for p in items if p.programs and p not in scoped]
    return {k: tuple(v) for k, v in by_check.items()}, tuple(scoped)


def _module_patterns(check: Any) -> list[CheckPattern]:
    names: list[str] = []
    for fn in (getattr(check, "collect", None), getattr(check, "analyze", None)):
        module = getattr(fn, "__module__", None)
        if isinstance(module, str):
            names += [module, module.rpartition(".")[0]]
    found: list[CheckPattern] = []
    for name in dict.fromkeys(names):
        for item in getattr(sys.modules.get(name), "REDACT", ()) or ():
            if isinstance(item, CheckPattern) and item not in found:
                found.append(item)
    return found


def patterns_for(obs: Mapping[str, Any]) -> list[CheckPattern]:
    """The per-check patterns that apply to one observation."""
    by_check, scoped = declared()
    program, joined = program_of(obs.get("argv"))
    check = obs.get("check") if isinstance(obs.get("check"), str) else None
    out = [p for p in scoped if p.applies_to(program, joined)]
    for pattern in by_check.get(check, ()) if check else ():
        if pattern not in out and (not pattern.programs or pattern.applies_to(program, joined)):
            out.append(pattern)
    return out
