"""selfdesk diagnose [--only IDS] [--json] [--bundle OUT.zip]"""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli.common import UsageError, build_context, print_results, split_ids
from desktop_app.i18n import tr
from desktop_app.present import exit_code, format_conclusion, format_result


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("diagnose", parents=[common], help=tr("run the diagnostics and explain what is wrong"))
    p.add_argument("--only", metavar="IDS", help=tr("comma-separated check ids or areas (network, vpn, disk, printers...)"))
    p.add_argument("--json", action="store_true", help=tr("machine-readable output"))
    p.add_argument("--bundle", metavar="OUT.zip", help=tr("also write a diagnostic bundle"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app import registry
    from desktop_app.engine import Sweep
    from desktop_app.i18n import tr, tr_label
    from desktop_app.system import LiveSystem

    ctx = build_context(args)
    only = split_ids(args.only)
    known = {c.id for c in registry.CHECKS} | set(registry.AREAS)
    unknown = [i for i in only if i not in known]
    if unknown:
        raise UsageError(tr("unknown check or area: {ids} (see 'selfdesk checks')", ids=", ".join(unknown)))
    checks = registry.select_checks(ctx.platform, only=only or None, disabled=ctx.policy.get("checks", "disabled"))
    if not checks:
        raise UsageError(tr("no check to run on this computer with that selection"))
    system = LiveSystem()
    sweep = Sweep(checks, system, ctx, verdicts=registry.verdicts_for(checks))
    live = not args.json and sys.stdout.isatty()
    try:
        results = sweep.run(on_result=(lambda r: print(format_result(r), flush=True)) if live else None)
    except KeyboardInterrupt:
        sweep.cancel()
        raise
    if live:
        print("\n" + format_conclusion(results))
    else:
        print_results(results, ctx, args.json)
    if args.bundle:
        from desktop_app.bundle import BundleError, BundleWriteError, build_trigger, create_bundle

        try:
            path = create_bundle(args.bundle, observations=system.observations, results=results, ctx=ctx, trigger=build_trigger("diagnose", results))
        except (BundleWriteError, BundleError) as exc:
            # The results above still stand; only the bundle is missing (full disk, read-only folder...).
            # BundleWriteError's strerror is already the whole sentence ("Cannot write the bundle to X: ...").
            print("selfdesk: " + str(getattr(exc, "strerror", None) or exc), file=sys.stderr)
        else:
            print(tr_label(tr("Diagnostic bundle"), path), file=sys.stderr)
    return exit_code(results)
