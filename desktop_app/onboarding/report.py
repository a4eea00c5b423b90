"""Telling IT how the first-day checklist went: one ticket per distinct outcome, queued in the durable helpdesk
outbox and sent at once when the helpdesk answers in time (an MDM-only install has no tray to retry later;
the outbox, and the next `selfdesk outbox send` or tray start, take it from there)."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop_app.i18n import tr, tr_plural
from desktop_app.model import Context, Result
from desktop_app.onboarding import Outcome, messages, summary_text

SEND_TIMEOUT = 10.0  # seconds per helpdesk request for the immediate attempt; the outbox retries later anyway


@dataclass
class Report:
    item_id: str | None  # the outbox item (None: nothing configured, nothing queued)
    state: str  # "sent", "queued", "error", "none"
    ref: str = ""
    error: str = ""

    def text(self) -> str:
        if self.state == "sent":
            return tr(messages.REPORT_SENT, ref=self.ref)
        if self.state == "error":
            return tr(messages.REPORT_FAILED, error=self.error)
        if self.state == "queued":
            return tr(messages.REPORT_SAVED)
        return tr(messages.REPORT_NONE)

    def to_json(self) -> dict[str, Any]:
        return {"item": self.item_id, "state": self.state, "ref": self.ref or None, "error": self.error or None}


def digest(outcomes: Sequence[Outcome]) -> str:
    """The same item statuses give the same digest, whatever the wording or language of the summaries."""
    data = json.dumps(sorted((o.id, o.status) for o in outcomes), separators=(",", ":"))
    return hashlib.sha256(data.encode()).hexdigest()[:16]


def _short_policy(policy: Any, timeout: float) -> Any:
    """The policy with helpdesk requests capped at ``timeout`` seconds for the immediate attempt."""
    values = copy.deepcopy(policy.values)
    options = dict(values.get("helpdesk", {}).get("options") or {})
    options["timeout"] = min(float(options.get("timeout", timeout)), timeout)
    values.setdefault("helpdesk", {})["options"] = options
    return replace(policy, values=values) if hasattr(policy, "__dataclass_fields__") else policy


def report_to_it(outcomes: Sequence[Outcome], results: Sequence[Result], ctx: Context, *, send: bool = True,
                 timeout: float = SEND_TIMEOUT) -> Report:
    """Queue the summary in the helpdesk outbox, then try to send it right away (bounded by ``timeout``)."""
    from desktop_app.helpdesk.draft import prefill
    from desktop_app.helpdesk.outbox import Outbox

    if ctx.policy.get("helpdesk", "backend") in ("", "none"):
        return Report(None, "none")
    from desktop_app.onboarding import left as left_count

    left = left_count(outcomes)
    draft = prefill(list(results), [], ctx.policy, trigger={"onboarding": True})
    title = tr_plural(left, *messages.REPORT_TITLE, count=left) if left else tr(messages.REPORT_TITLE_DONE)
    draft = replace(draft, title=title, body=summary_text(outcomes) + "\n\n" + draft.body)
    outbox = Outbox()
    item = outbox.queue(draft, None)
    if not send:
        return Report(item.id, "queued")
    try:
        tried = outbox.send_pending(policy=_short_policy(ctx.policy, timeout), force=True)
    except Exception as exc:  # delivery problems never lose the queued item
        return Report(item.id, "queued", error=f"{type(exc).__name__}: {exc}")
    final = next((i for i in tried if i.id == item.id), None) or outbox.load(item.id)
    if final.state == "sent":
        return Report(item.id, "sent", ref=final.ticket_label)
    if final.state == "error":
        return Report(item.id, "error", error=final.error_message())
    return Report(item.id, "queued", error=final.error_message() if final.last_error else "")


def deliver(outcomes: Sequence[Outcome], results: Sequence[Result], ctx: Context, *, baseline_path: Path | None = None,
            finished: bool = False, send: bool = True) -> Report:
    """Report, and remember in the baseline which outcome IT was told about (never the same one twice)."""
    from desktop_app import onboarding

    report = report_to_it(outcomes, results, ctx, send=send)
    if report.item_id is not None:
        complete = finished or onboarding.all_done(outcomes)
        onboarding.record_report(baseline_path, digest(outcomes), completion=complete, item_id=report.item_id)
    return report
