"""The prefilled ticket: title from what failed, the verdict, what was tried recently (fix log and "did this
solve it?" answers, with translated fix titles and local times), a system summary, the contact."""

from __future__ import annotations

import platform
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop_app.helpdesk.contact import lookup as lookup_contact
from desktop_app.i18n import N_, tr, tr_label
from desktop_app.model import Result, Status
from desktop_app.present import status_label

URGENCIES = ("low", "normal", "high")
RECENT_DAYS = 7  # older attempts say nothing about today's problem
_BAD = (Status.FAILED, Status.ERROR)
# fix engine statuses (fixes/engine.py) in words; "refused" (the user declined, or policy) is not a failure
FIX_STATUS = {
    "verified": N_("fixed and verified"),
    "unverified": N_("done, but the result could not be checked"),
    "failed": N_("did not work"),
    "rolled back": N_("did not help and was undone"),
    "refused": N_("not run"),
    "dry-run": N_("previewed only"),
}
FAILED_FIX = ("failed", "rolled back")


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
        return cls(**{"title": "", "body": "", **known})


def fix_title(fix_id: str) -> str:
    """The fix's translated title ("Reconnect to Wi-Fi"), or its id when it is not in this version's catalog."""
    try:
        from desktop_app import registry

        fix = registry.fix(fix_id)
    except Exception:
        fix = None
    return tr(fix.title) if fix is not None and fix.title else fix_id


def _when(entry: Mapping[str, Any]) -> datetime | None:
    for name in ("finished_at", "started_at", "at"):
        value = entry.get(name)
        if isinstance(value, str) and value:
            try:
                when = datetime.fromisoformat(value)
            except ValueError:
                continue
            return when if when.tzinfo else when.replace(tzinfo=UTC)
    return None


def local_time(when: datetime | None) -> str:
    """A readable local time: "2024-05-14 09:05" (no seconds, no UTC offset)."""
    return when.astimezone().strftime("%Y-%m-%d %H:%M") if when else ""


def recent(entries: Sequence[Mapping[str, Any]], now: datetime | None = None, days: int = RECENT_DAYS) -> list[Mapping[str, Any]]:
    """Entries from the last ``days`` days (undated ones are dropped: they cannot be placed in time)."""
    now = now or datetime.now(UTC)
    cutoff = now - timedelta(days=days)
    kept = []
    for entry in entries:
        when = _when(entry)
        if when is not None and cutoff <= when <= now + timedelta(minutes=5):
            kept.append(entry)
    return kept


def history_lines(entries: Sequence[Mapping[str, Any]], now: datetime | None = None, limit: int = 5) -> list[str]:
    """The user's "did this solve it?" answers (desktop_app.history), recent ones only."""
    from desktop_app.helpdesk import messages

    kept = recent(entries, now)[-limit:]
    if not kept:
        return []
    lines = [tr(messages.HISTORY_HEADER, days=RECENT_DAYS)]
    for e in kept:
        answer = tr(messages.HISTORY_SOLVED) if e.get("solved") else tr(messages.HISTORY_NOT_SOLVED)
        outcome = FIX_STATUS.get(str(e.get("outcome", "")))
        label = fix_title(str(e.get("fix", "?"))) + (f" ({tr(outcome)})" if outcome else "")
        lines.append(f"- {local_time(_when(e))} " + tr_label(label, answer))
    return lines


def _worst(results: Sequence[Result]) -> list[Result]:
    return [r for r in results if r.status in _BAD] or [r for r in results if r.status == Status.WARNING]


TITLE_CHARS = 120  # helpdesks show the subject in one line of a queue


def headline(result: Result) -> str:
    """A ticket subject from a result: its summary (what is wrong), cut at a word to one queue line."""
    text = " ".join((result.summary or result.title or "").split())
    if len(text) <= TITLE_CHARS:
        return text
    return text[: TITLE_CHARS - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def prefill(
    results: list[Result],
    fix_log: list[dict[str, Any]],
    policy: Any,
    *,
    trigger: dict[str, Any] | None = None,
    system: Any = None,
    history: Sequence[Mapping[str, Any]] | None = None,
    now: datetime | None = None,
) -> TicketDraft:
    """``system`` is the seam used to look the contact up (None: no OS lookup); ``history`` the user's
    "did this solve it?" answers (None: read them from desktop_app.history)."""
    trigger = dict(trigger or {})
    tried = [e for e in recent(fix_log, now) if not e.get("dry_run")]
    failed_fixes = [e for e in tried if e.get("status") in FAILED_FIX]
    verdicts = [r for r in results if r.id.startswith("verdict.") and r.status != Status.OK]
    worst = _worst(results)
    if trigger.get("title"):
        title = str(trigger["title"])
    elif failed_fixes:
        title = tr("A repair did not work: {fix}", fix=fix_title(str(failed_fixes[-1].get("fix", "?"))))
    elif verdicts:  # the conclusion itself, not its area's name: a helpdesk queue of "Network overall" says nothing
        title = headline(max(verdicts, key=lambda r: r.status.severity))
    elif worst:
        title = headline(worst[0])
    else:
        title = tr("I need help with my computer")
    urgency = "high" if any(r.status == Status.FAILED for r in verdicts) or (failed_fixes and worst) else "normal"
    if not worst and not failed_fixes:
        urgency = "low"

    lines: list[str] = []
    if verdicts:
        lines.append(tr("What SelfDesk found:"))
        lines += ["- " + tr_label(v.title, v.summary) for v in verdicts]
    if worst:
        lines.append(tr("Problems detected:"))
        lines += [f"- [{status_label(r.status)}] " + tr_label(r.title or r.id, r.summary) for r in worst[:15]]
    if tried:
        lines.append(tr("What was tried:"))
        for entry in tried[-10:]:
            status = FIX_STATUS.get(str(entry.get("status", "")))
            words = tr(status) if status else str(entry.get("status", "?"))
            text = f"- {local_time(_when(entry))} " + tr_label(fix_title(str(entry.get("fix", "?"))), words)
            message = str(entry.get("message", "") or "")
            lines.append(text + (f" — {message}" if message else ""))
    if history is None:
        from desktop_app import history as history_mod

        history = history_mod.read(limit=50)
    answers = history_lines(history, now)
    if answers:
        lines += answers
    contact = lookup_contact(policy, system)
    lines.append(tr("System summary:"))
    lines.append(f"- {platform.system()} {platform.release()} ({platform.machine()}), {platform.node()}")
    summary = next((r for r in results if r.id.startswith("system")), None)
    if summary is not None:
        known = [(k, v) for k, v in summary.facts.items() if v not in (None, "", [], {})]  # no "battery: None"
        lines += [f"- {k}: {v}" for k, v in known[:12]]
    lines.append(tr("Contact:"))
    lines.append(f"- {contact.name} ({contact.login})" + (f" <{contact.email}>" if contact.email else ""))
    return TicketDraft(
        title=title[:120],
        body="\n".join(lines),
        urgency=urgency,
        user_text="",
        contact_name=contact.name,
        contact_email=contact.email,
        meta={"login": contact.login, "trigger": trigger, "contact_source": contact.source},
    )


def set_contact_email(draft: TicketDraft, email: str) -> TicketDraft:
    """The user typed or corrected their address: the draft, its contact line and the next tickets follow."""
    from dataclasses import replace

    from desktop_app.helpdesk.contact import remember_email

    email = email.strip()
    if email == draft.contact_email:
        return draft
    old = f" <{draft.contact_email}>" if draft.contact_email else ""
    login = draft.meta.get("login", "")
    line = f"- {draft.contact_name} ({login})"
    body = draft.body.replace(line + old, line + (f" <{email}>" if email else "")) if line in draft.body else draft.body
    remember_email(email)
    return replace(draft, contact_email=email, body=body, meta={**draft.meta, "contact_source": "user" if email else ""})
