"""selfdesk bundle create [--from PATH] -o OUT.zip [--max-mb N] | verify ZIP | show ZIP"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.common import UsageError, build_context, load_policy
from desktop_app.i18n import tr, tr_label

if TYPE_CHECKING:
    from desktop_app.model import Context

MAX_MB = 5.0
MIN_MB = 0.1


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("bundle", parents=[common], help=tr("make, check or read a diagnostic bundle"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    create = actions.add_parser("create", parents=[common], help=tr("run the diagnostics (or re-pack a recording) into a redacted bundle"))
    create.add_argument("--from", dest="source", metavar="PATH", help=tr("re-pack and re-redact a recorded bundle or directory"))
    create.add_argument("-o", "--output", required=True, metavar="OUT.zip", help=tr("bundle file, or a folder for the standard name (date and bundle id)"))
    create.add_argument("--max-mb", type=float, help=tr("size cap in MB, from {low} to {high} (default {high})", low=f"{MIN_MB:g}", high=f"{MAX_MB:g}"))
    create.add_argument("--json", action="store_true", help=tr("print the file list and redaction summary as JSON"))
    verify = actions.add_parser("verify", parents=[common], help=tr("check every file against the manifest checksums"))
    verify.add_argument("path", metavar="ZIP")
    show = actions.add_parser("show", parents=[common], help=tr("the technician's summary"))
    show.add_argument("path", metavar="ZIP")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    action = getattr(args, "action", None)
    if action == "create":
        return _create(args)
    load_policy(args)  # verify and show read no policy value, but the policy may name the language
    if action == "verify":
        return _verify(args)
    if action == "show":
        return _show(args)
    raise UsageError(tr("bundle needs an action: create, verify or show"))


def _create(args: argparse.Namespace) -> int:
    from desktop_app.bundle import BundleError, BundleWriteError, describe_bundle, describe_text, repack
    from desktop_app.recording import RecordingError

    ctx = build_context(args)  # the language, and for a live sweep the checks and thresholds
    max_bytes = None
    if args.max_mb is not None:
        if not MIN_MB <= args.max_mb <= MAX_MB:
            raise UsageError(tr("--max-mb must be between {low} and {high} (a bundle needs room for its results and reports)",
                                low=f"{MIN_MB:g}", high=f"{MAX_MB:g}"))
        max_bytes = int(args.max_mb * 1_000_000)
    try:
        path = repack(args.source, args.output, max_bytes=max_bytes) if args.source else _live(ctx, args.output, max_bytes)
    except RecordingError as exc:
        raise UsageError(exc.message) from None
    except BundleError as exc:
        raise UsageError(str(exc)) from None
    except BundleWriteError as exc:
        raise UsageError(str(exc.strerror or exc)) from None
    info = describe_bundle(path)
    if args.json:
        json.dump(info, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(describe_text(info))
    return 0


def _live(ctx: Context, output: str, max_bytes: int | None) -> Path:
    from desktop_app import registry
    from desktop_app.bundle import build_trigger, create_bundle
    from desktop_app.engine import Sweep
    from desktop_app.system import LiveSystem

    checks = registry.select_checks(ctx.platform, disabled=ctx.policy.get("checks", "disabled"))
    system = LiveSystem()
    results = Sweep(checks, system, ctx, verdicts=registry.verdicts_for(checks)).run()
    trigger = build_trigger("manual", results)
    return create_bundle(output, observations=system.observations, results=results, ctx=ctx, trigger=trigger, max_bytes=max_bytes)


def _verify(args: argparse.Namespace) -> int:
    from desktop_app.bundle import BundleError, verify_bundle

    try:
        problems = verify_bundle(args.path)
    except BundleError as exc:
        raise UsageError(str(exc)) from None
    for problem in problems:
        print(tr_label(tr("DAMAGED"), problem))
    if problems:
        return 1
    print(tr_label(tr("OK"), tr("{path}: every file matches its checksum", path=args.path)))
    return 0


def _show(args: argparse.Namespace) -> int:
    from desktop_app.bundle import BundleError, verify_bundle
    from desktop_app.bundle.verify import read_members

    try:
        problems = verify_bundle(args.path)
    except BundleError as exc:
        raise UsageError(str(exc)) from None
    report = read_members(Path(args.path)).get("report.txt")
    if report is None:  # missing or damaged: verify has named it; the manifest still tells the essentials
        raise UsageError(tr("{path}: the bundle's report.txt is missing or damaged; 'selfdesk bundle verify' says more", path=args.path))
    print(report.decode("utf-8", "replace"))
    print(tr_label(tr("Checksums"), tr("OK") if not problems else "; ".join(problems)))
    return 1 if problems else 0
