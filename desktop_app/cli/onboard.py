"""selfdesk onboard [--json] [--role ROLE] [--confirm ID ...]: the first-day checklist, for people and MDM."""

from __future__ import annotations

import argparse
import json
import sys

from desktop_app.cli.common import UsageError, build_context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("onboard", parents=[common], help="run the first-day checklist defined by IT")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--role", help="the role whose extra items apply (from the policy)")
    p.add_argument("--confirm", action="append", default=[], metavar="ID", help="mark a link or manual item as done")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app import onboarding
    from desktop_app.i18n import tr
    from desktop_app.model import Status
    from desktop_app.present import status_label
    from desktop_app.system import LiveSystem

    ctx = build_context(args)
    items, problems = onboarding.items_from_policy(ctx.policy, args.role)
    for problem in problems:
        print(f"selfdesk: policy: {problem}", file=sys.stderr)
    if args.role and args.role not in (ctx.policy.get("onboarding", "roles") or {}):
        raise UsageError(f"unknown role: {args.role}")
    if not items:
        print(tr("Your IT department has not defined an onboarding checklist."))
        return 0
    known = {i.id for i in items}
    unknown = [c for c in args.confirm if c not in known]
    if unknown:
        raise UsageError(f"unknown checklist item: {', '.join(unknown)}")
    confirmed = set(onboarding.load_baseline().get("confirmed") or []) | set(args.confirm)
    outcomes, results = onboarding.run_checklist(items, LiveSystem(), ctx, confirmed)
    saved = onboarding.save_baseline(outcomes, ctx, args.role, confirmed)
    reported = None
    if onboarding.should_report(outcomes, ctx.policy):
        reported = _report_to_it(outcomes, results, ctx)
    done = all(o.status == "ok" for o in outcomes)
    if args.json:
        doc = {"schema": "selfdesk-onboarding", "complete": done, "items": [o.__dict__ for o in outcomes],
               "baseline": str(saved) if saved else None, "reported": reported}
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for o in outcomes:
            label = status_label(Status(o.status)) if o.status != "pending" else tr("To do")
            print(f"[{label:^9}] {o.title}: {o.summary}")
            if o.advice:
                print(" " * 12 + "→ " + o.advice)
            if o.url:
                print(" " * 12 + o.url + "  (selfdesk onboard --confirm " + o.id + ")")
            elif o.status == "pending":
                print(" " * 12 + "selfdesk onboard --confirm " + o.id)
        print(tr("All done. Welcome!") if done else tr("{count} item(s) still need attention.", count=sum(o.status != "ok" for o in outcomes)))
        if saved is None:
            print(tr("The result could not be saved (is the disk full?)."), file=sys.stderr)
    return 0 if done else 1


def _report_to_it(outcomes, results, ctx) -> str | None:  # type: ignore[no-untyped-def]
    """Queue a summary for IT through the helpdesk outbox; None when no helpdesk is configured."""
    try:
        from desktop_app.helpdesk.draft import prefill
        from desktop_app.helpdesk.outbox import Outbox
    except ImportError:
        return None
    from dataclasses import replace

    from desktop_app import onboarding
    from desktop_app.i18n import tr

    if ctx.policy.get("helpdesk", "backend") in ("", "none"):
        return None
    draft = prefill(results, [], ctx.policy, trigger={"onboarding": True})
    draft = replace(draft, title=tr("Onboarding: {count} item(s) need attention", count=sum(o.status != "ok" for o in outcomes)),
                    body=onboarding.summary_text(outcomes) + "\n\n" + draft.body)
    item = Outbox().queue(draft, None)
    return item.id
