"""The vocabulary of SelfDesk: checks, results, fixes and verdicts.

Everything here is frozen data. A check is data plus two functions: ``collect`` (asks the system seam for
observations; the seam records them) and ``analyze`` (pure: observations in, one result out). Keeping analyze
pure is what lets ``selfdesk analyze`` replay a diagnosis on exactly what a user's machine saw.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.observations import Observations
    from desktop_app.policy import Policy
    from desktop_app.system import System

PLATFORMS = frozenset({"windows", "macos", "linux"})


class Status(enum.StrEnum):
    OK = "ok"
    WARNING = "warning"
    FAILED = "failed"
    ERROR = "error"
    SKIPPED = "skipped"

    @property
    def severity(self) -> int:
        """Order used for 'worst state' (tray icon, exit code, verdict)."""
        return _SEVERITY[self]


_SEVERITY = {Status.OK: 0, Status.SKIPPED: 0, Status.WARNING: 1, Status.ERROR: 2, Status.FAILED: 3}


@dataclass(frozen=True)
class Context:
    """What analyzers may know besides observations: the policy and the platform that was observed.

    In a replay ``platform`` is the recorded machine's platform, not the technician's.
    """

    policy: Policy
    platform: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Result:
    id: str
    status: Status
    title: str
    summary: str
    facts: Mapping[str, Any] = field(default_factory=dict)
    fixes: tuple[str, ...] = ()
    advice: str = ""
    help: str | None = None  # help article id (resources/help/<lang>/<id>.md) or URL from policy

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status.value,
            "title": self.title,
            "summary": self.summary,
            "facts": dict(self.facts),
            "fixes": list(self.fixes),
            "advice": self.advice,
            "help": self.help,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Result:
        return cls(
            id=str(data["id"]),
            status=Status(data["status"]),
            title=str(data.get("title", "")),
            summary=str(data.get("summary", "")),
            facts=dict(data.get("facts") or {}),
            fixes=tuple(data.get("fixes") or ()),
            advice=str(data.get("advice") or ""),
            help=data.get("help"),
        )


Collect = Callable[["System", Context], None]
Analyze = Callable[["Observations", Context], "Result | None"]


@dataclass(frozen=True)
class Check:
    """One diagnostic. ``title`` is English source text; presenters translate it with ``i18n.tr``.

    ``analyze`` returns None when the observations hold nothing it can judge (e.g. a replayed bundle
    from a machine where this check did not run).
    """

    id: str
    area: str
    title: str
    collect: Collect
    analyze: Analyze
    platforms: frozenset[str] = PLATFORMS
    timeout: float = 10.0
    on_demand: bool = False  # never part of the default sweep (e.g. a speed test)
    monitor: bool = False  # light enough for the periodic background monitor
    fixes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verdict:
    """A pure conclusion over the results of an area: 'the first layer that fails'."""

    id: str
    area: str
    title: str
    depends: tuple[str, ...]
    conclude: Callable[[Mapping[str, Result], Context], Result | None]


@dataclass(frozen=True)
class Step:
    """One action of a fix: a fixed argument list, or a named Python action run through the seam.

    Argument lists are declared in code or in the admin policy, never built from user input.
    """

    description: str
    argv: tuple[str, ...] = ()
    action: Callable[[System, Context, bool], Mapping[str, Any]] | None = None  # (system, ctx, dry_run)
    admin: bool = False
    timeout: float = 60.0
    check_returncode: bool = True


PlanFn = Callable[[Context], Sequence[Step]]


@dataclass(frozen=True)
class Fix:
    id: str
    area: str
    title: str
    changes: str  # what it changes, in plain English source text (translated on display)
    plan: PlanFn  # platform-specific steps for this context
    platforms: frozenset[str] = PLATFORMS
    needs_admin: bool = False
    reversible: bool = False
    verify: tuple[str, ...] = ()  # check ids re-run after applying
    rollback: PlanFn | None = None


def needs_tool(result_id: str, tools: Sequence[str], facts: Mapping[str, Any] | None = None) -> Result:
    """A ``skipped`` result saying which program is missing: what an analyzer returns when the command it
    relies on was not found (``CommandObs.missing_tool``), instead of an error. The engine applies the same
    rule on its own to an ``error`` from a check none of whose commands could start."""
    from desktop_app.i18n import tr

    unique = list(dict.fromkeys(tools))
    if len(unique) > 1:
        summary = tr("This needs {tools}, which are not installed on this computer.", tools=", ".join(unique))
    else:
        summary = tr("This needs {tool}, which is not installed on this computer.", tool="".join(unique))
    return Result(result_id, Status.SKIPPED, "", summary, dict(facts or {}) | {"missing_tools": unique})


def worst(statuses: Sequence[Status]) -> Status:
    return max(statuses, key=lambda s: s.severity, default=Status.OK)
