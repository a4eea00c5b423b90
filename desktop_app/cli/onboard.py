"""selfdesk onboard [--json] [--role ROLE] [--confirm ID ...]: the first-day checklist, for people and MDM.

Without --role the role comes from the user's groups (policy: [[onboarding.roles]] name, groups). Exit codes:
0 every item passed, 1 something still needs attention, 2 usage or policy error (a checklist none of whose
items can run is a policy error, not "nothing to do"). See docs/onboarding.md.
"""

from __future__ import annotations

import argparse
import json
import sys

from desktop_app.cli.common import UsageError, build_context
from desktop_app.i18n import tr


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("onboard", parents=[common], help=tr("run the first-day checklist defined by IT"))
    p.add_argument("--json", action="store_true", help=tr("machine-readable output"))
    p.add_argument("--role", help=tr("the role whose extra items apply (default: from your groups)"))
    p.add_argument("--confirm", action="append", default=[], metavar="ID", help=tr("mark a link or manual item as done"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app import onboarding
    from desktop_app.i18n import tr, tr_label, tr_plural, translated
    from desktop_app.onboarding import messages
    from desktop_app.onboarding.report import deliver
    from desktop_app.system import LiveSystem

    ctx = build_context(args)
    if args.role and args.role not in onboarding.role_names(ctx.policy):
        declared = ", ".join(onboarding.role_names(ctx.policy)) or tr("none")
        raise UsageError(tr("unknown role: {role} (declared: {roles})", role=args.role, roles=declared))
    system = LiveSystem()
    role, source = onboarding.resolve_role(ctx.policy, system, args.role)
    items, problems = onboarding.items_from_policy(ctx.policy, role)
    for problem in problems:
        print(f"selfdesk: policy: {translated(problem)}", file=sys.stderr)
    if not items and problems:
        return 2  # IT declared a checklist, but none of it can run: the lines above say why
    if not items:
        if args.json:
            json.dump({"schema": "selfdesk-onboarding", "complete": True, "role": role, "items": []}, sys.stdout)
            print()
        else:
            print(tr(messages.NO_CHECKLIST))
        return 0
    known = {i.id for i in items}
    unknown = [c for c in args.confirm if c not in known]
    if unknown:
        raise UsageError(tr("unknown checklist item: {items}", items=", ".join(unknown)))
    baseline = onboarding.load_baseline()
    confirmed = set(baseline.get("confirmed") or []) | set(args.confirm)
    outcomes, results = onboarding.run_checklist(items, system, ctx, confirmed)
    saved = onboarding.save_baseline(outcomes, ctx, role, confirmed, role_source=source)
    report = None
    if onboarding.should_report(outcomes, ctx.policy, onboarding.load_baseline() or baseline):
        report = deliver(outcomes, results, ctx)
    done = onboarding.all_done(outcomes)
    if args.json:
        doc = {"schema": "selfdesk-onboarding", "complete": done, "role": role, "role_source": source,
               "items": [o.__dict__ for o in outcomes], "baseline": str(saved) if saved else None,
               "reported": report.to_json() if report else None}
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        if role:
            print(tr(messages.ROLE_DETECTED if source == "groups" else messages.ROLE_CHOSEN, role=role))
        for o in outcomes:
            print(f"[{onboarding.status_word(o.status):^9}] " + tr_label(o.title, o.summary))
            if o.advice:
                print(" " * 12 + "→ " + o.advice)
            if fixes := [f for f in o.fixes if ctx.policy.fix_enabled(f)]:
                print(" " * 12 + tr("Fix available: {fixes}", fixes=", ".join(f"selfdesk fix {f}" for f in fixes)))
            if o.kind == "password" and o.url:
                print(" " * 12 + tr(messages.RESET_AT, url=o.url))
            elif o.url:
                print(" " * 12 + o.url + "  (selfdesk onboard --confirm " + o.id + ")")
            elif o.status == "pending":
                print(" " * 12 + "selfdesk onboard --confirm " + o.id)
        left = onboarding.left(outcomes)
        print(tr(messages.ALL_DONE) if done else tr_plural(left, *messages.LEFT, count=left))
        if report is not None:
            print(report.text())
        if saved is None:
            print(tr(messages.NOT_SAVED), file=sys.stderr)
    return 0 if done else 1

