"""selfdesk checks [--json]: what this build can check and fix (for admins writing policy)."""

from __future__ import annotations

import argparse
import json
import sys

from desktop_app.cli.common import load_policy
from desktop_app.i18n import tr


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("checks", parents=[common], help=tr("list the checks and fixes"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app import registry
    from desktop_app.i18n import tr

    load_policy(args)
    checks = [
        {"id": c.id, "area": c.area, "title": tr(c.title), "platforms": sorted(c.platforms), "timeout": c.timeout,
         "on_demand": c.on_demand, "fixes": list(c.fixes)}
        for c in registry.CHECKS
    ]
    fixes = [
        {"id": f.id, "area": f.area, "title": tr(f.title), "platforms": sorted(f.platforms), "needs_admin": f.needs_admin,
         "reversible": f.reversible, "verify": list(f.verify)}
        for f in registry.FIXES
    ]
    if args.json:
        json.dump({"checks": checks, "fixes": fixes}, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    on_demand, admin = "  " + tr("(on demand)"), "  " + tr("(needs administrator rights)")
    for c in checks:
        print(f"check  {c['id']:<28} {c['title']}  [{', '.join(c['platforms'])}]{on_demand if c['on_demand'] else ''}")
    for f in fixes:
        print(f"fix    {f['id']:<28} {f['title']}  [{', '.join(f['platforms'])}]{admin if f['needs_admin'] else ''}")
    return 0
