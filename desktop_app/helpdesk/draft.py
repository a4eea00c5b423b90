"""The prefilled ticket: title from what failed, the verdict, what was tried, a system summary, the contact."""

from __future__ import annotations

import getpass
import os
import platform
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from desktop_app.i18n import tr
from desktop_app.model import Result, Status

URGENCIES = ("low", "normal", "high")
_BAD = (Status.FAILED, Status.ERROR)


@dataclass
class TicketDraft:
    title: str
    body: str
    urgency: str = "normal"
    user_text: str = ""
    contact_name: str = ""
    contact_email: str = ""
    meta: dict[str, Any] = field(default_factory=dict)

    def full_text(self) -> str:
        """What the technician reads: the user's own words first, then the prefilled context."""
        if self.user_text.strip():
            return tr("In my own words:") + "\n" + self.user_text.strip() + "\n\n" + self.body
        return self.body

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TicketDraft:
        known = {k: data[k] for k in ("title", "body", "urgency", "user_text", "contact_name", "contact_email", "meta") if k in data}
        return cls(**known)


def os_account() -> tuple[str, str]:
    """(login, full name) of the person at the keyboard; empty strings when unknown."""
    try:
        login = getpass.getuser()
    except Exception:
        login = ""
    full = ""
    try:
        import pwd

        full = pwd.getpwnam(login).pw_gecos.split(",")[0] if login else ""
    except (ImportError, KeyError):
        full = os.environ.get("USERNAME", "") if os.name == "nt" else ""
    return login, full or login


def _worst(results: Sequence[Result]) -> list[Result]:
    return [r for r in results if r.status in _BAD] or [r for r in results if r.status == Status.WARNING]


def prefill(
    results: list[Result],
    fix_log: list[dict[str, Any]],
    policy: Any,
    *,
    trigger: dict[str, Any] | None = None,
) -> TicketDraft:
    trigger = dict(trigger or {})
    failed_fixes = [e for e in fix_log if e.get("status") not in ("verified", "dry-run") and not e.get("dry_run")]
    verdicts = [r for r in results if r.id.startswith("verdict.") and r.status != Status.OK]
    worst = _worst(results)
    if trigger.get("title"):
        title = str(trigger["title"])
    elif failed_fixes:
        title = tr("A repair did not work: {fix}", fix=failed_fixes[-1].get("fix", "?"))
    elif verdicts:
        title = verdicts[0].title or verdicts[0].summary
    elif worst:
        title = worst[0].title or worst[0].summary
    else:
        title = tr("I need help with my computer")
    urgency = "high" if any(r.status == Status.FAILED for r in verdicts) or (failed_fixes and worst) else "normal"
    if not worst and not failed_fixes:
        urgency = "low"

    lines: list[str] = []
    if verdicts:
        lines.append(tr("What SelfDesk found:"))
        lines += [f"- {v.title}: {v.summary}" for v in verdicts]
    if worst:
        lines.append(tr("Problems detected:"))
        lines += [f"- [{r.status.value}] {r.title or r.id}: {r.summary}" for r in worst[:15]]
    if fix_log:
        lines.append(tr("What was tried:"))
        for entry in fix_log[-10:]:
            lines.append(f"- {entry.get('fix', '?')}: {entry.get('status', '?')} — {entry.get('message', '')}".rstrip(" —"))
    login, full = os_account()
    hd = policy.section("helpdesk") if hasattr(policy, "section") else {}
    # helpdesk.contact_email is IT's address; the employee's address comes from the account + the domain.
    options = hd.get("options") if isinstance(hd.get("options"), dict) else {}
    domain = str(options.get("email_domain", ""))
    email = ""
    if domain and login:
        email = f"{login}@{domain}"
    lines.append(tr("System summary:"))
    lines.append(f"- {platform.system()} {platform.release()} ({platform.machine()}), {platform.node()}")
    summary = next((r for r in results if r.id.startswith("system")), None)
    if summary is not None:
        lines += [f"- {k}: {v}" for k, v in list(summary.facts.items())[:12]]
    lines.append(tr("Contact:"))
    lines.append(f"- {full} ({login})" + (f" <{email}>" if email else ""))
    return TicketDraft(
        title=title[:120],
        body="\n".join(lines),
        urgency=urgency,
        user_text="",
        contact_name=full,
        contact_email=email,
        meta={"login": login, "trigger": trigger},
    )
