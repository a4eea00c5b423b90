"""selfdesk fix ID [--dry-run] [--yes]"""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Callable, Sequence

from desktop_app.cli.common import UsageError, build_context
from desktop_app.i18n import tr
from desktop_app.model import Context, Result


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("fix", parents=[common], help=tr("apply a fix (shows what it will do first)"))
    p.add_argument("fix_id", metavar="ID")
    p.add_argument("--dry-run", action="store_true", help=tr("show exactly what would be done, change nothing"))
    p.add_argument("--yes", action="store_true", help=tr("consent to the change without asking"))
    p.add_argument(
        "--param", action="append", default=[], metavar="KEY=VALUE",
        help=tr("a choice the fix offers, e.g. --param categories=temp,trash (commas make a list)"),
    )
    p.add_argument("--verbose", action="store_true", help=tr("also print each step's raw details (for technicians)"))
    p.set_defaults(run=run)


SAID_TO_THE_USER = ("lines", "skipped", "skipped_items", "partial", "note", "error")


def verify_live(ctx: Context) -> Callable[[Sequence[str]], list[Result]]:
    """Re-run check ids on the live machine (used after a fix)."""

    def verify(check_ids: Sequence[str]) -> list[Result]:
        from desktop_app import registry
        from desktop_app.engine import Sweep
        from desktop_app.system import LiveSystem

        checks = [c for c in (registry.check(i) for i in check_ids) if c is not None and ctx.platform in c.platforms]
        return Sweep(checks, LiveSystem(), ctx).run()

    return verify


def parse_params(items: Sequence[str]) -> dict[str, object]:
    """KEY=VALUE choices for a fix. They select among options the fix declares; they never become commands."""
    params: dict[str, object] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(tr("--param needs KEY=VALUE, got {item}", item=repr(item)))
        params[key.strip()] = [v.strip() for v in value.split(",") if v.strip()] if "," in value else value.strip()
    return params


def run(args: argparse.Namespace) -> int:
    from desktop_app import registry
    from desktop_app.bundle.trigger import outcome_text
    from desktop_app.fixes import engine
    from desktop_app.i18n import tr_label
    from desktop_app.present import status_label
    from desktop_app.system import LiveSystem

    ctx = build_context(args)  # first: the policy may name the language the errors below are written in
    fix = registry.fix(args.fix_id)
    if fix is None:
        raise UsageError(tr("unknown fix: {fix} (see 'selfdesk checks')", fix=args.fix_id))
    ctx = Context(policy=ctx.policy, platform=ctx.platform, params=parse_params(args.param))
    reason = engine.refusal(fix, ctx)
    if reason:
        print(tr_label(tr(fix.title), reason))
        return 1
    print(tr(fix.title))
    print("  " + tr(fix.changes))
    if fix.needs_admin:
        from desktop_app.fixes.elevation import admin_notice

        print("  " + admin_notice(ctx.platform))
    for step in engine.preview(fix, ctx):
        print("  - " + engine.describe_step(step).replace("\n", "\n  "))
    consent = args.yes
    if not args.dry_run and not consent:
        if not sys.stdin.isatty():
            raise UsageError(tr("the fix changes your computer: add --yes to consent (or --dry-run to preview)"))
        if any(step.action is not None for step in engine.preview(fix, ctx)):  # e.g. the cleanup: sizes before consent
            preview = engine.apply(fix, LiveSystem(), ctx, consent=False, dry_run=True)
            for step in preview.steps:
                details = step.get("details") or {}
                for line in [i.get("text") for i in details.get("items") or [] if isinstance(i, dict)] + [details.get("error")]:
                    if line:
                        print("  " + str(line))
        consent = input(tr("Apply this fix? [y/N] ")).strip().lower() in ("y", "yes", "o", "oui")
    system = LiveSystem()
    outcome = engine.apply(fix, system, ctx, consent=consent, dry_run=args.dry_run, verify=verify_live(ctx))
    for step in outcome.steps:
        details = step.get("details") or {}
        for item in details.get("items") or []:  # per-category lines, already in the user's words
            print(f"    {item.get('text', '')}" if isinstance(item, dict) else f"    {item}")
        # Commands decided at run time (e.g. the sign-in page found): "exactly what will be done" includes them
        for command in _commands(details.get("would_run")):
            print("    " + tr("Would run: {command}", command=command))
        for command in _commands(details.get("ran")):
            print("    " + tr("Ran: {command}", command=command))
        for key in SAID_TO_THE_USER:  # what was left alone, and why: the user must hear about locked files
            value = details.get(key)
            for line in value if isinstance(value, list) else [value] if value else []:
                print(f"      {line}" if isinstance(value, list) else f"    {line}")
        if getattr(args, "verbose", False):  # the rest is raw data for technicians (also in the fix log)
            for key, value in details.items():
                if key not in ("items", "ran", "would_run", *SAID_TO_THE_USER):
                    print(f"    {key}: {value}")
    # A dry run's message says it all; otherwise the outcome ("verified", "failed"...) leads
    print(outcome.message if outcome.status == engine.DRY_RUN else tr_label(outcome_text(outcome.status), outcome.message))
    for result in outcome.verify:
        print("  " + tr_label(result.title, f"{status_label(result.status)} - {result.summary}"))
    return 0 if outcome.status in (engine.VERIFIED, engine.UNVERIFIED, engine.DRY_RUN) else 1


def _commands(ran: object) -> list[str]:
    """Argument lists a step ran (one, or several), as a person would type them."""
    if not isinstance(ran, list) or not ran:
        return []
    runs = ran if all(isinstance(r, list) for r in ran) else [ran]
    return [shlex.join(str(arg) for arg in run) for run in runs if run]
