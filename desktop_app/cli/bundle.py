"""selfdesk bundle create [--from PATH] -o OUT.zip [--max-mb N] | verify ZIP | show ZIP"""

from __future__ import annotations

import argparse
import json
import sys
import zipfile
from pathlib import Path

from desktop_app.cli.common import UsageError, build_context

MAX_MB = 5.0
MIN_MB = 0.1


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("bundle", parents=[common], help="make, check or read a diagnostic bundle")
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    create = actions.add_parser("create", parents=[common], help="run the diagnostics (or re-pack a recording) into a redacted bundle")
    create.add_argument("--from", dest="source", metavar="PATH", help="re-pack and re-redact a recorded bundle or directory")
    create.add_argument("-o", "--output", required=True, metavar="OUT.zip", help="bundle file, or a folder for the standard name (date and bundle id)")
    create.add_argument("--max-mb", type=float, help=f"size cap in MB, from {MIN_MB} to {MAX_MB:g} (default {MAX_MB:g})")
    create.add_argument("--json", action="store_true", help="print the file list and redaction summary as JSON")
    verify = actions.add_parser("verify", parents=[common], help="check every file against the manifest checksums")
    verify.add_argument("path", metavar="ZIP")
    show = actions.add_parser("show", parents=[common], help="the technician's summary")
    show.add_argument("path", metavar="ZIP")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    action = getattr(args, "action", None)
    if action == "create":
        return _create(args)
    if action == "verify":
        return _verify(args)
    if action == "show":
        return _show(args)
    raise UsageError("bundle needs an action: create, verify or show")


def _create(args: argparse.Namespace) -> int:
    from desktop_app.bundle import BundleError, BundleWriteError, describe_bundle, describe_text, repack
    from desktop_app.recording import RecordingError

    max_bytes = None
    if args.max_mb is not None:
        if not MIN_MB <= args.max_mb <= MAX_MB:
            raise UsageError(f"--max-mb must be between {MIN_MB} and {MAX_MB:g} (a bundle needs room for its results and reports)")
        max_bytes = int(args.max_mb * 1_000_000)
    try:
        path = repack(args.source, args.output, max_bytes=max_bytes) if args.source else _live(args, max_bytes)
    except (RecordingError, BundleError) as exc:
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


def _live(args: argparse.Namespace, max_bytes: int | None) -> Path:
    from desktop_app import registry
    from desktop_app.bundle import build_trigger, create_bundle
    from desktop_app.engine import Sweep
    from desktop_app.system import LiveSystem

    ctx = build_context(args)
    checks = registry.select_checks(ctx.platform, disabled=ctx.policy.get("checks", "disabled"))
    system = LiveSystem()
    results = Sweep(checks, system, ctx, verdicts=registry.verdicts_for(checks)).run()
    trigger = build_trigger("manual", results)
    return create_bundle(args.output, observations=system.observations, results=results, ctx=ctx, trigger=trigger, max_bytes=max_bytes)


def _verify(args: argparse.Namespace) -> int:
    from desktop_app.bundle import BundleError, verify_bundle

    try:
        problems = verify_bundle(args.path)
    except BundleError as exc:
        raise UsageError(str(exc)) from None
    for problem in problems:
        print(f"BAD  {problem}")
    if problems:
        return 1
    print(f"OK   {args.path}: every file matches its checksum")
    return 0


def _show(args: argparse.Namespace) -> int:
    from desktop_app.bundle import BundleError, verify_bundle

    try:
        problems = verify_bundle(args.path)
        with zipfile.ZipFile(args.path) as archive:
            report = archive.read("report.txt").decode("utf-8", "replace")
    except (BundleError, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise UsageError(f"{args.path}: cannot show this bundle ({exc})") from None
    print(report)
    print("checksums: " + ("OK" if not problems else "BAD: " + "; ".join(problems)))
    return 1 if problems else 0
