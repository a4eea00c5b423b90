"""selfdesk policy show [--json] | selfdesk policy check FILE"""

from __future__ import annotations

import argparse
import json
import sys

from desktop_app.cli.common import UsageError, load_policy
from desktop_app.i18n import tr


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("policy", parents=[common], help=tr("show the effective policy or check a policy file"))
    verbs = p.add_subparsers(dest="policy_verb", metavar="show|check")
    show = verbs.add_parser("show", parents=[common], help=tr("the merged policy and where each value comes from"))
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=run_show)
    check = verbs.add_parser("check", parents=[common], help=tr("validate a policy file before deploying it"))
    check.add_argument("file", metavar="FILE")
    check.set_defaults(run=run_check)
    p.set_defaults(run=_needs_a_verb)


def _needs_a_verb(args: argparse.Namespace) -> int:
    from desktop_app.i18n import tr

    load_policy(args)  # the policy may name the language to answer in
    raise UsageError(tr("policy needs 'show' or 'check FILE'"))


def run_show(args: argparse.Namespace) -> int:
    policy = load_policy(args)
    if args.json:
        doc = {s: {k: {"value": v, "from": policy.origin(s, k)} for k, v in keys.items()} for s, keys in policy.values.items()}
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for section, keys in policy.values.items():
        print(f"[{section}]")
        for key, value in keys.items():
            print(f"{key} = {json.dumps(value, ensure_ascii=False)}  # {policy.origin(section, key)}")
        print()
    return 0


def run_check(args: argparse.Namespace) -> int:
    from desktop_app import i18n, policy

    # the checked file is not the policy in force: the language comes from --lang or the effective policy
    i18n.set_language(getattr(args, "lang", None) or policy.load(getattr(args, "policy", None)).get("preferences", "language"))
    try:
        problems = policy.check_file(args.file)
    except policy.PolicyError as exc:  # missing, unreadable or not TOML: nothing to validate
        raise UsageError(exc.message) from None
    for problem in problems:
        print(i18n.translated(problem))
    if not problems:
        print(i18n.tr_label(args.file, i18n.tr("OK")))
    return 1 if problems else 0
