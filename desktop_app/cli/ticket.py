"""selfdesk ticket [--title T] [--message M] [--from-bundle ZIP | --no-bundle] [--urgency low|normal|high] [--yes]

Queues the ticket in the durable outbox first, then tries to send it once.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from desktop_app.cli.common import UsageError, build_context
from desktop_app.helpdesk import messages as msg
from desktop_app.i18n import tr


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("ticket", parents=[common], help="send a pre-filled ticket to IT with the diagnostic bundle")
    p.add_argument("--title", metavar="T", help="ticket title (default: from what failed)")
    p.add_argument("--message", metavar="M", help="your own words for the technician")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--from-bundle", metavar="ZIP", help="attach this bundle and use its results")
    source.add_argument("--no-bundle", action="store_true", help="send without a diagnostic bundle")
    p.add_argument("--urgency", choices=("low", "normal", "high"))
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(run=run)


def _results_from_bundle(path: Path) -> list[Any]:
    from desktop_app.model import Result

    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "manifest.json" not in names:
                raise UsageError(f"{path}: not a SelfDesk bundle (no manifest.json)")
            raw = json.loads(archive.read("results.json")) if "results.json" in names else []
    except (OSError, zipfile.BadZipFile, ValueError) as exc:
        raise UsageError(f"{path}: cannot read the bundle ({exc})") from exc
    results = []
    for entry in raw if isinstance(raw, list) else []:
        try:
            results.append(Result.from_json(entry))
        except (KeyError, ValueError, TypeError):
            continue
    return results


def _fresh_bundle(ctx: Any, folder: Path) -> tuple[list[Any], Path]:
    from desktop_app import registry
    from desktop_app.bundle import build_trigger, create_bundle
    from desktop_app.engine import Sweep
    from desktop_app.system import LiveSystem

    checks = registry.select_checks(ctx.platform, disabled=ctx.policy.get("checks", "disabled"))
    system = LiveSystem()
    results = Sweep(checks, system, ctx, verdicts=registry.verdicts_for(checks)).run()
    path = create_bundle(folder, observations=system.observations, results=results, ctx=ctx, trigger=build_trigger("ticket", results))
    return results, path


def run(args: argparse.Namespace) -> int:
    from desktop_app.fixes.engine import read_log
    from desktop_app.helpdesk.draft import prefill
    from desktop_app.helpdesk.outbox import Outbox

    ctx = build_context(args)
    if ctx.policy.get("helpdesk", "backend") in ("", "none"):
        raise UsageError("no helpdesk is configured by your administrator ([helpdesk] backend)")
    with tempfile.TemporaryDirectory(prefix="selfdesk-ticket-") as tmp:
        bundle: Path | None = None
        if args.from_bundle:
            bundle = Path(args.from_bundle)
            if not bundle.is_file():
                raise UsageError(f"{bundle}: no such file")
            results = _results_from_bundle(bundle)
        elif args.no_bundle:
            results = []
        else:
            print(tr(msg.CHECKING), file=sys.stderr)
            results, bundle = _fresh_bundle(ctx, Path(tmp))
        draft = prefill(results, read_log(limit=20), ctx.policy, trigger={"title": args.title} if args.title else None)
        if args.urgency:
            draft.urgency = args.urgency
        if args.message:
            draft.user_text = args.message
        interactive = sys.stdin.isatty() and not args.yes
        if interactive:
            print(tr(msg.TITLE, title=draft.title))
            print(draft.full_text())
            print(tr(msg.ATTACHED, files=_listing(bundle) if bundle else tr(msg.NOTHING)))
            if not args.message:
                draft.user_text = input(tr(msg.OWN_WORDS)).strip()
            if input(tr(msg.CONFIRM)).strip().lower() not in msg.YES:
                print(tr(msg.NOT_SENT))
                return 1
        outbox = Outbox()
        item = outbox.queue(draft, bundle)
        tried = outbox.send_pending(policy=ctx.policy, force=True)
        final = next((i for i in tried if i.id == item.id), outbox.load(item.id))
    if final.state == "sent":
        print(tr(msg.SENT_AS, ref=final.ticket_ref))
        return 0
    print(tr(msg.SAVED))
    if final.last_error:
        print(final.error_message(), file=sys.stderr)
    return 0 if final.state == "queued" else 1


def _listing(bundle: Path) -> str:
    try:
        with zipfile.ZipFile(bundle) as archive:
            names = ", ".join(archive.namelist())
    except (OSError, zipfile.BadZipFile):
        names = "?"
    return f"{bundle.name} ({bundle.stat().st_size // 1024} KB: {names})"
