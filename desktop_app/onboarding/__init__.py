"""The first-day checklist: items declared by IT in policy, run on demand, saved as a baseline.

Item kinds (``[[onboarding.items]]`` in the system-wide policy; ``[onboarding.roles]`` adds items per role):

- ``check``: any registered check, e.g. ``{kind="check", check="company", title="The VPN reaches the intranet"}``
- ``app``: ``{kind="app", name="Teams", windows="Microsoft Teams", macos="com.microsoft.teams2", linux="teams"}``
- ``security``: ``{kind="security", what="encryption"|"firewall"|"screen_lock"|"updates", max_age_days=30}``
- ``password``: ``{kind="password", warn_days=14}`` (links the policy's password_reset_url)
- ``printer``: ``{kind="printer", name="Office"}``; ``disk_free``: ``{kind="disk_free", gb=20}``
- ``link``: ``{kind="link", title="Read the welcome page", url="https://..."}``; ``confirm``: ``{kind="confirm",
  title="I can sign in to my e-mail"}`` — both are done when the user confirms them.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app import __version__, paths, registry
from desktop_app.engine import Sweep
from desktop_app.i18n import N_, tr
from desktop_app.model import Context, Result, Status

SECURITY = {"encryption": "security.encryption", "firewall": "security.firewall", "screen_lock": "security.screenlock",
            "updates": "security.updates"}
KINDS = ("check", "app", "security", "password", "printer", "disk_free", "link", "confirm")
DEFAULT_TITLES = {
    "encryption": N_("Your disk is encrypted"),
    "firewall": N_("The firewall is on"),
    "screen_lock": N_("Your screen locks when you are away"),
    "updates": N_("System updates are recent"),
    "password": N_("Your password is not about to expire"),
    "app": N_("{name} is installed"),
    "printer": N_("The printer {name} is installed"),
    "disk_free": N_("At least {gb} GB free on your disk"),
}


@dataclass(frozen=True)
class Item:
    id: str
    kind: str
    title: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class Outcome:
    id: str
    kind: str
    title: str
    status: str  # ok | warning | failed | error | skipped | pending
    summary: str = ""
    advice: str = ""
    fixes: list[str] = field(default_factory=list)
    url: str = ""


def items_from_policy(policy: Any, role: str | None = None) -> tuple[list[Item], list[str]]:
    """The checklist for this user; malformed items are left out with a message naming them."""
    section = policy.section("onboarding")
    raw = list(section.get("items") or [])
    if role:
        raw += list((section.get("roles") or {}).get(role) or [])
    items, problems, seen = [], [], set()
    for index, entry in enumerate(raw, start=1):
        item, problem = _item(index, entry)
        if problem:
            problems.append(problem)
            continue
        assert item is not None
        if item.id in seen:
            problems.append(f"onboarding item {index}: duplicate id '{item.id}'")
            continue
        seen.add(item.id)
        items.append(item)
    return items, problems


def _item(index: int, entry: Any) -> tuple[Item | None, str | None]:
    if not isinstance(entry, dict):
        return None, f"onboarding item {index}: must be a table"
    kind = entry.get("kind")
    if kind not in KINDS:
        return None, f"onboarding item {index}: unknown kind {kind!r} (one of {', '.join(KINDS)})"
    params = {k: v for k, v in entry.items() if k not in ("id", "kind", "title")}
    if kind == "check" and registry.check(str(params.get("check"))) is None:
        return None, f"onboarding item {index}: unknown check {params.get('check')!r}"
    if kind == "security" and params.get("what") not in SECURITY:
        return None, f"onboarding item {index}: 'what' must be one of {', '.join(SECURITY)}"
    if kind in ("link",) and not str(params.get("url", "")).startswith("https://"):
        return None, f"onboarding item {index}: a link needs an https:// url"
    if kind in ("app", "printer") and not params.get("name"):
        return None, f"onboarding item {index}: '{kind}' needs a name"
    if kind == "disk_free" and not isinstance(params.get("gb"), (int, float)):
        return None, f"onboarding item {index}: disk_free needs a number 'gb'"
    if kind in ("link", "confirm") and not entry.get("title"):
        return None, f"onboarding item {index}: '{kind}' needs a title"
    key = params.get("what") or params.get("check") or params.get("name") or kind
    item_id = str(entry.get("id") or f"{kind}.{key}".lower().replace(" ", "-"))
    title = str(entry.get("title") or "")
    return Item(item_id, str(kind), title, params), None


def _title(item: Item) -> str:
    if item.title:
        return item.title  # written by IT in their own words; shown as is
    key = item.params.get("what") if item.kind == "security" else item.kind
    template = DEFAULT_TITLES.get(str(key))
    if template is None and item.kind == "check":
        check = registry.check(str(item.params.get("check")))
        return tr(check.title) if check else item.id
    return tr(template, **{k: v for k, v in item.params.items() if isinstance(v, (str, int, float))}) if template else item.id


def checks_for(items: Sequence[Item]) -> list[str]:
    needed: list[str] = []
    for item in items:
        check_id = {
            "check": str(item.params.get("check")),
            "app": "onboarding.apps",
            "security": SECURITY.get(str(item.params.get("what")), ""),
            "password": "account.password",
            "printer": "printers",
            "disk_free": "disk",
        }.get(item.kind)
        if check_id and check_id not in needed and registry.check(check_id) is not None:
            needed.append(check_id)
    return needed


def run_checklist(items: Sequence[Item], system: Any, ctx: Context, confirmed: Iterable[str] = ()) -> tuple[list[Outcome], list[Result]]:
    done = set(confirmed)
    apps = [dict(i.params) for i in items if i.kind == "app"]
    updates = next((i.params.get("max_age_days") for i in items if i.params.get("what") == "updates"), None)
    warn = next((i.params.get("warn_days") for i in items if i.kind == "password"), None)
    params = dict(ctx.params) | {"apps": apps, "updates_max_age_days": updates, "password_warn_days": warn}
    run_ctx = Context(policy=ctx.policy, platform=ctx.platform, params=params)
    checks = [c for c in (registry.check(i) for i in checks_for(items)) if c is not None and ctx.platform in c.platforms]
    results = Sweep(checks, system, run_ctx).run() if checks else []
    by_id = {r.id: r for r in results}
    return [_outcome(item, by_id, done, ctx) for item in items], results


def _outcome(item: Item, results: Mapping[str, Result], confirmed: set[str], ctx: Context) -> Outcome:
    title = _title(item)
    if item.kind in ("link", "confirm"):
        ok = item.id in confirmed
        summary = tr("Done.") if ok else (tr("Open the link and confirm when you have read it.") if item.kind == "link" else tr("Confirm when this works for you."))
        return Outcome(item.id, item.kind, title, "ok" if ok else "pending", summary, url=str(item.params.get("url", "")))
    check_id = checks_for([item])[0] if checks_for([item]) else ""
    result = results.get(check_id)
    if result is None:
        return Outcome(item.id, item.kind, title, "skipped", tr("Not available on this computer."))
    if item.kind == "app":
        name = str(item.params.get("name"))
        installed = name in (result.facts.get("installed") or [])
        return Outcome(item.id, item.kind, title, "ok" if installed else "failed",
                       tr("Installed.") if installed else tr("Not installed."), "" if installed else result.advice)
    if item.kind == "printer":
        names = [p.get("name") for p in result.facts.get("printers") or [] if isinstance(p, dict)]
        present = item.params.get("name") in names
        return Outcome(item.id, item.kind, title, "ok" if present else "failed",
                       tr("Installed.") if present else tr("Not installed."), fixes=[] if present else list(result.fixes))
    if item.kind == "disk_free":
        need = float(item.params["gb"]) * 1e9
        free = max((v.get("free") or 0 for v in result.facts.get("volumes") or [] if isinstance(v, dict)), default=0)
        ok = free >= need
        return Outcome(item.id, item.kind, title, "ok" if ok else "failed",
                       tr("{free} GB free.", free=round(free / 1e9, 1)), "" if ok else tr("Free some space: run the disk cleanup."),
                       fixes=[] if ok else list(result.fixes))
    return Outcome(item.id, item.kind, title, result.status.value, result.summary, result.advice, list(result.fixes))


# -- baseline ----------------------------------------------------------------------------------------------
def load_baseline(path: Path | None = None) -> dict[str, Any]:
    try:
        data = json.loads((path or paths.baseline_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_baseline(outcomes: Sequence[Outcome], ctx: Context, role: str | None, confirmed: Iterable[str], path: Path | None = None) -> Path | None:
    """Write atomically (a full disk leaves the previous baseline intact); returns None when it could not."""
    target = path or paths.baseline_path()
    previous = load_baseline(target)
    doc = {
        "schema": "selfdesk-onboarding",
        "first_run_at": previous.get("first_run_at") or _now(),
        "updated_at": _now(),
        "platform": ctx.platform,
        "app_version": __version__,
        "role": role,
        "confirmed": sorted(set(confirmed)),
        "items": [asdict(o) for o in outcomes],
        "complete": all(o.status == "ok" for o in outcomes),
    }
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".baseline-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(doc, handle, ensure_ascii=False, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError:
        try:
            os.unlink(tmp)
        except (OSError, UnboundLocalError):
            pass
        return None
    return target


def pending(policy: Any) -> bool:
    """True while the checklist has items and has not been completed (the tray shows its menu entry)."""
    items, _ = items_from_policy(policy)
    return bool(items) and not load_baseline().get("complete", False)


def summary_text(outcomes: Sequence[Outcome]) -> str:
    lines = [tr("Onboarding checklist:")]
    for o in outcomes:
        lines.append(f"- [{o.status}] {o.title}: {o.summary}")
    return "\n".join(lines)


def should_report(outcomes: Sequence[Outcome], policy: Any) -> bool:
    mode = policy.get("onboarding", "report_to_it")
    failed = any(o.status in ("failed", "error") for o in outcomes)
    return mode == "always" or (mode == "on_failure" and failed)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


__all__ = ["Item", "Outcome", "Status", "items_from_policy", "load_baseline", "pending", "run_checklist", "save_baseline"]
