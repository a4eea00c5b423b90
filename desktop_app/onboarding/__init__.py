"""The first-day checklist: items declared by IT in policy, run on demand, saved as a baseline.

Item kinds (``[[onboarding.items]]`` in the system-wide policy; ``[[onboarding.roles]]`` adds items per role,
chosen from the user's groups or with ``selfdesk onboard --role``). See docs/onboarding.md.

- ``check``: any registered check, optionally with policy values of its own:
  ``{kind="check", check="company", params={"vpn.intranet_urls"=["https://intranet.example/health"]}}``
- ``app``: ``{kind="app", name="Teams", windows="Microsoft Teams", appx="MSTeams", macos="com.microsoft.teams2",
  linux="teams-for-linux"}``
- ``security``: ``{kind="security", what="encryption"|"firewall"|"screen_lock"|"updates", max_age_days=30}``
- ``password``: ``{kind="password", warn_days=14}`` (links the policy's password_reset_url)
- ``printer``: ``{kind="printer", name="Office"}``; ``disk_free``: ``{kind="disk_free", gb=20}``
- ``link``: ``{kind="link", title="Read the welcome page", url="https://..."}``; ``confirm``: ``{kind="confirm",
  title="I can sign in to my e-mail"}`` — both are done when the user confirms them.

Any item may carry ``title_fr`` (``title_<language>``): shown instead of ``title`` to a reader in that language.
"""

from __future__ import annotations

import copy
import json
import os
import queue
import tempfile
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app import __version__, paths, registry
from desktop_app.engine import Sweep
from desktop_app.i18n import N_, Message, language, tr, tr_label
from desktop_app.model import Check, Context, Result, Status

SECURITY = {"encryption": "security.encryption", "firewall": "security.firewall", "screen_lock": "security.screenlock",
            "updates": "security.updates"}
KINDS = ("check", "app", "security", "password", "printer", "disk_free", "link", "confirm")
REPORT_MODES = ("never", "on_failure", "always", "on_completion")
GB = 1024**3  # the disk check's convention (and what file managers on Windows and Linux call a GB)
# What an item is about, not the state it should be in: the line reads "Firewall: The firewall is off.", never
# "The firewall is on: The firewall is off."
DEFAULT_TITLES = {
    "encryption": N_("Disk encryption"),
    "firewall": N_("Firewall"),
    "screen_lock": N_("Screen lock"),
    "updates": N_("System updates"),
    "password": N_("Password expiry"),
    "app": N_("Application {name}"),
    "printer": N_("Printer {name}"),
    "disk_free": N_("Free space (at least {gb} GB)"),
}
OutcomeCallback = Callable[["Outcome"], None]
DONE = ("ok", "skipped")  # skipped: not applicable on this computer, nothing the user can do about it


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


# -- policy ------------------------------------------------------------------------------------------------
def roles(policy: Any) -> list[dict[str, Any]]:
    """Declared roles as ``[{"name", "groups", "items"}]``, from ``[[onboarding.roles]]`` tables or the older
    ``[onboarding.roles]`` table of role name -> items."""
    raw = policy.section("onboarding").get("roles") or {}
    if isinstance(raw, dict):
        return [{"name": str(name), "groups": [], "items": list(items or [])} for name, items in raw.items()]
    out = []
    for entry in raw if isinstance(raw, list) else []:
        if isinstance(entry, dict) and entry.get("name"):
            groups = entry.get("groups") or []
            out.append({"name": str(entry["name"]), "groups": [groups] if isinstance(groups, str) else list(groups),
                        "items": list(entry.get("items") or [])})
    return out


def role_names(policy: Any) -> list[str]:
    return [r["name"] for r in roles(policy)]


def items_from_policy(policy: Any, role: str | None = None) -> tuple[list[Item], list[Message]]:
    """The checklist for this user; malformed items are left out with a message naming them (a ``Message``:
    English in logs, the reader's language through ``i18n.translated``)."""
    raw: list[tuple[Message, Any]] = [(Message(N_("onboarding item {index}"), index=index), entry)
                                      for index, entry in enumerate(policy.section("onboarding").get("items") or [], start=1)]
    if role:
        own = next((r["items"] for r in roles(policy) if r["name"] == role), [])
        raw += [(Message(N_("role '{role}' item {index}"), role=role, index=index), entry) for index, entry in enumerate(own, start=1)]
    items: list[Item] = []
    problems: list[Message] = []
    seen: set[str] = set()
    mode = policy.get("onboarding", "report_to_it")
    if mode not in REPORT_MODES:
        problems.append(Message(N_("report_to_it: unknown mode '{mode}' (one of {modes}); nothing is reported"), mode=mode,
                                modes=", ".join(REPORT_MODES)))
    for where, entry in raw:
        item, problem = _item(where, entry)
        if problem:
            problems.append(problem)
            continue
        assert item is not None
        if item.id in seen:
            problems.append(Message(N_("{where}: duplicate id '{id}'"), where=where, id=item.id))
            continue
        seen.add(item.id)
        items.append(item)
    return items, problems


def policy_problems(policy: Any, where: str = "") -> list[Message]:
    """Every malformed item of the checklist, for everyone and in each role (what `selfdesk policy check`
    reports before the file is deployed), after ``where`` (the file) when given."""
    found = list(items_from_policy(policy)[1])
    for role in role_names(policy):
        found += [p for p in items_from_policy(policy, role)[1] if p not in found]
    return [Message(N_("{where}: {problem}"), where=where, problem=p) if where else p for p in found]


def resolve_role(policy: Any, system: Any, given: str | None) -> tuple[str | None, str | None]:
    """(role, source): the role given (``--role``), else the first declared role whose groups the user is in
    (their groups are read through the seam, so the observation is recorded)."""
    from desktop_app.diagnostics.onboarding import groups

    if given:
        return given, "cli"
    declared = [r for r in roles(policy) if r["groups"]]
    if not declared:
        return None, None
    groups.collect_groups(system)
    found = groups.matching_role(declared, groups.groups_of(system.observations))
    return (found, "groups") if found else (None, None)


def checklist_exists(policy: Any) -> bool:
    """Items for everyone or for some role: the tray offers the checklist."""
    return bool(policy.section("onboarding").get("items")) or any(r["items"] for r in roles(policy))


def _item(where: Message, entry: Any) -> tuple[Item | None, Message | None]:
    def bad(text: str, **params: Any) -> tuple[None, Message]:
        return None, Message(N_("{where}: {problem}"), where=where, problem=Message(text, **params))

    if not isinstance(entry, dict):
        return bad(N_("must be a table"))
    kind = entry.get("kind")
    if kind not in KINDS:
        return bad(N_("unknown kind '{kind}' (one of {kinds})"), kind=kind, kinds=", ".join(KINDS))
    params = {k: v for k, v in entry.items() if k not in ("id", "kind", "title")}
    if kind == "check":
        if registry.check(str(params.get("check"))) is None:
            return bad(N_("unknown check '{check}' (selfdesk checks lists them)"), check=params.get("check"))
        overrides, problem = check_overrides(params.get("params"))
        if problem:
            return None, Message(N_("{where}: {problem}"), where=where, problem=problem)
        params["params"] = overrides
    if kind == "security" and params.get("what") not in SECURITY:
        return bad(N_("'what' must be one of {choices}"), choices=", ".join(SECURITY))
    if kind in ("link",) and not str(params.get("url", "")).startswith("https://"):
        return bad(N_("a link needs an https:// url"))
    if kind in ("app", "printer") and not params.get("name"):
        return bad(N_("'{kind}' needs a name"), kind=kind)
    if kind == "disk_free" and (not isinstance(params.get("gb"), (int, float)) or isinstance(params.get("gb"), bool)):
        return bad(N_("disk_free needs a number 'gb'"))
    if kind in ("link", "confirm") and not entry.get("title"):
        return bad(N_("'{kind}' needs a title"), kind=kind)
    key = params.get("what") or params.get("check") or params.get("name") or kind
    item_id = str(entry.get("id") or f"{kind}.{key}".lower().replace(" ", "-"))
    title = str(entry.get("title") or "")
    return Item(item_id, str(kind), title, params), None


def check_overrides(raw: Any) -> tuple[dict[str, dict[str, Any]], Message | None]:
    """A check item's ``params``: policy values it runs with, as ``{"section.key": value}`` or nested
    ``{section = {key = value}}``. Every name and type is checked against the policy schema."""
    from desktop_app.policy import _type_error
    from desktop_app.policy.schema import SECTIONS

    if raw is None:
        return {}, None
    if not isinstance(raw, dict):
        return {}, Message(N_("'params' must be a table of policy values, e.g. {example}"), example='{"vpn.intranet_urls" = [...]}')
    flat: list[tuple[str, str, Any]] = []
    for name, value in raw.items():
        if isinstance(value, dict) and "." not in name and name in SECTIONS:
            flat += [(name, key, sub) for key, sub in value.items()]
        else:
            section, _, key = str(name).partition(".")
            flat.append((section, key, value))
    out: dict[str, dict[str, Any]] = {}
    for section, key, value in flat:
        spec = SECTIONS.get(section, {}).get(key)
        if spec is None:
            known = ", ".join(f"{section}.{k}" for k in SECTIONS.get(section, {})) or ", ".join(SECTIONS)
            name = f"{section}.{key}" if key else section
            return {}, Message(N_("unknown parameter '{name}' (known: {known})"), name=name, known=known)
        error = _type_error(value, spec)
        if error:
            return {}, Message(N_("parameter '{name}': {error}"), name=f"{section}.{key}", error=error)
        out.setdefault(section, {})[key] = copy.deepcopy(value)
    return out, None


def with_overrides(policy: Any, overrides: Mapping[str, Mapping[str, Any]]) -> Any:
    """A copy of the policy whose sections carry the item's own values."""
    if not overrides:
        return policy
    values = copy.deepcopy(policy.values)
    for section, keys in overrides.items():
        values.setdefault(section, {}).update(copy.deepcopy(dict(keys)))
    return replace(policy, values=values) if hasattr(policy, "__dataclass_fields__") else policy


def _title(item: Item) -> str:
    """IT's own words in the reader's language (``title_fr = "..."`` next to ``title``), else IT's ``title`` as
    written, else what the item checks, translated."""
    own = item.params.get(f"title_{language()}")
    if isinstance(own, str) and own.strip():
        return own
    if item.title:
        return item.title
    key = item.params.get("what") if item.kind == "security" else item.kind
    template = DEFAULT_TITLES.get(str(key))
    if template is None and item.kind == "check":
        check = registry.check(str(item.params.get("check")))
        return tr(check.title) if check else item.id
    return tr(template, **{k: v for k, v in item.params.items() if isinstance(v, (str, int, float))}) if template else item.id


def check_id_of(item: Item) -> str:
    return {
        "check": str(item.params.get("check")),
        "app": "onboarding.apps",
        "security": SECURITY.get(str(item.params.get("what")), ""),
        "password": "account.password",
        "printer": "printers",
        "disk_free": "disk",
    }.get(item.kind, "")


def checks_for(items: Sequence[Item]) -> list[str]:
    needed: list[str] = []
    for item in items:
        check_id = check_id_of(item)
        if check_id and check_id not in needed and registry.check(check_id) is not None:
            needed.append(check_id)
    return needed


# -- running -----------------------------------------------------------------------------------------------
@dataclass
class _Plan:
    """One sweep: the shared checks, or one check item run with its own policy values."""

    checks: list[Check]
    ctx: Context
    items: list[Item]


def _plans(items: Sequence[Item], ctx: Context) -> list[_Plan]:
    apps = [dict(i.params) for i in items if i.kind == "app"]
    updates = next((i.params.get("max_age_days") for i in items if i.params.get("what") == "updates"), None)
    warn = next((i.params.get("warn_days") for i in items if i.kind == "password"), None)
    params = dict(ctx.params) | {"apps": apps, "updates_max_age_days": updates, "password_warn_days": warn}
    shared_items = [i for i in items if check_id_of(i) and not (i.kind == "check" and i.params.get("params"))]
    shared = [c for c in (registry.check(i) for i in checks_for(shared_items)) if c is not None and ctx.platform in c.platforms]
    plans = [_Plan(shared, Context(policy=ctx.policy, platform=ctx.platform, params=params), shared_items)]
    for item in items:
        if item.kind != "check" or not item.params.get("params"):
            continue
        check = registry.check(str(item.params.get("check")))
        if check is None or ctx.platform not in check.platforms:
            continue
        # Its own id tags its observations, so a second run of the same check never mixes with the first.
        own = replace(check, id=f"{check.id}@{item.id}")
        plans.append(_Plan([own], Context(policy=with_overrides(ctx.policy, item.params["params"]), platform=ctx.platform,
                                          params=dict(ctx.params)), [item]))
    return [p for p in plans if p.checks]


def _belongs(result: Result, check_id: str) -> bool:
    return result.id == check_id or result.id.startswith(check_id + ".")


def run_checklist(
    items: Sequence[Item],
    system: Any,
    ctx: Context,
    confirmed: Iterable[str] = (),
    on_outcome: OutcomeCallback | None = None,
) -> tuple[list[Outcome], list[Result]]:
    """Run every item's check and return the outcomes in checklist order. ``on_outcome`` is called (from this
    thread) as each item's answer arrives, so a window can show them while the slower checks still run."""
    done = set(confirmed)
    outcomes: dict[str, Outcome] = {}

    def emit(outcome: Outcome) -> None:
        outcomes[outcome.id] = outcome
        if on_outcome is not None:
            try:
                on_outcome(outcome)
            except Exception:  # a broken listener must not stop the checklist
                pass

    for item in items:
        if item.kind in ("link", "confirm"):
            emit(_manual(item, done))
    arrivals: queue.Queue[tuple[int, Result | None]] = queue.Queue()
    plans = _plans(items, ctx)
    for index, plan in enumerate(plans):
        def work(i: int = index, p: _Plan = plan) -> None:
            try:
                Sweep(p.checks, system, p.ctx).run(on_result=lambda r: arrivals.put((i, r)))
            finally:
                arrivals.put((i, None))

        threading.Thread(target=work, daemon=True, name=f"onboarding-{index}").start()
    results: list[Result] = []
    running = len(plans)
    while running:
        index, result = arrivals.get()
        if result is None:
            running -= 1
            continue
        results.append(result)
        plan = plans[index]
        for item in plan.items:
            if item.id in outcomes:
                continue
            wanted = check_id_of(item)
            if (len(plan.items) == 1 and plan.checks[0].id.endswith("@" + item.id)) or _belongs(result, wanted):
                emit(_outcome(item, result, ctx))
    for item in items:
        if item.id not in outcomes:
            emit(Outcome(item.id, item.kind, _title(item), "skipped", tr("Not available on this computer.")))
    return [outcomes[i.id] for i in items], results


def _manual(item: Item, confirmed: set[str]) -> Outcome:
    ok = item.id in confirmed
    summary = tr("Done.") if ok else (tr("Open the link and confirm when you have read it.") if item.kind == "link" else tr("Confirm when this works for you."))
    return Outcome(item.id, item.kind, _title(item), "ok" if ok else "pending", summary, url=str(item.params.get("url", "")))


def _outcome(item: Item, result: Result, ctx: Context) -> Outcome:
    title = _title(item)
    if item.kind == "app":
        name = str(item.params.get("name"))
        installed = name in (result.facts.get("installed") or [])
        if result.status in (Status.ERROR, Status.SKIPPED) and not result.facts.get("installed") and not result.facts.get("missing"):
            return Outcome(item.id, item.kind, title, result.status.value, result.summary)
        return Outcome(item.id, item.kind, title, "ok" if installed else "failed",
                       tr("Installed.") if installed else tr("Not installed."),
                       "" if installed else tr("Install it from the company software portal, or ask IT."))
    if item.kind == "printer":
        return _printer(item, result, title, ctx)
    if item.kind == "disk_free":
        return _disk_free(item, result, title)
    if item.kind == "password":
        reset = str(result.facts.get("reset_url") or ctx.policy.get("helpdesk", "password_reset_url") or "")
        return Outcome(item.id, item.kind, title, result.status.value, result.summary, result.advice, _fixes(result, ctx), url=reset)
    return Outcome(item.id, item.kind, title, result.status.value, result.summary, result.advice, _fixes(result, ctx))


def _printer(item: Item, result: Result, title: str, ctx: Context) -> Outcome:
    """Installed or not, when the printers could be listed. A scheduler that is down (or no printing system)
    lists nothing: that is said with its own fix, never "not installed"."""
    from desktop_app.diagnostics.printers import FIX_ADD

    name = item.params.get("name")
    names = [p.get("name") for p in result.facts.get("printers") or [] if isinstance(p, dict)]
    if name in names:
        return Outcome(item.id, item.kind, title, "ok", tr("The printer is installed."))
    if "missing_required" not in result.facts:  # the check stopped before the printers were listed
        status = result.status.value if result.status is not Status.OK else "error"
        return Outcome(item.id, item.kind, title, status, result.summary, result.advice, _fixes(result, ctx))
    fixes = [FIX_ADD] if name in (result.facts.get("missing_required") or []) and FIX_ADD in result.fixes else []
    return Outcome(item.id, item.kind, title, "failed", tr("The printer is not installed."),
                   "" if fixes else tr("Ask IT to add it to your computer."), _available(fixes, ctx))


def _fixes(result: Result, ctx: Context) -> list[str]:
    return _available(result.fixes, ctx)


def _available(fix_ids: Sequence[str], ctx: Context) -> list[str]:
    """The fixes that exist on this platform (a settings page Linux does not have is not offered)."""
    return [f for f in fix_ids if (fix := registry.fix(f)) is None or ctx.platform in fix.platforms]


def _disk_free(item: Item, result: Result, title: str) -> Outcome:
    """The volumes the user works on (home and system), in the disk check's GB (1024^3): the smallest free."""
    from desktop_app.diagnostics.disk.labels import format_bytes

    volumes = [v for v in result.facts.get("volumes") or [] if isinstance(v, dict) and isinstance(v.get("free"), int)]
    mine = [v for v in volumes if {"home", "system"} & set(v.get("roles") or [])] or volumes
    if not mine:
        return Outcome(item.id, item.kind, title, "error", tr("The free space could not be measured."))
    tightest = min(mine, key=lambda v: v["free"])
    ok = tightest["free"] >= float(item.params["gb"]) * GB
    return Outcome(item.id, item.kind, title, "ok" if ok else "failed",
                   tr("{free} free on {mount}.", free=format_bytes(tightest["free"]), mount=tightest.get("mount") or "?"),
                   "" if ok else tr("Free some space: run the disk cleanup."), fixes=[] if ok else ["disk.cleanup"])


# -- baseline ----------------------------------------------------------------------------------------------
def load_baseline(path: Path | None = None) -> dict[str, Any]:
    try:
        data = json.loads((path or paths.baseline_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_baseline(
    outcomes: Sequence[Outcome],
    ctx: Context,
    role: str | None,
    confirmed: Iterable[str],
    path: Path | None = None,
    *,
    role_source: str | None = None,
    reported: Mapping[str, Any] | None = None,
) -> Path | None:
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
        "role_source": role_source or ("cli" if role else None),
        "confirmed": sorted(set(confirmed)),
        "items": [asdict(o) for o in outcomes],
        "complete": all_done(outcomes),
        "reported": dict(reported) if reported is not None else previous.get("reported") or {},
    }
    return _write(target, doc)


def _write(target: Path, doc: Mapping[str, Any]) -> Path | None:
    tmp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".baseline-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(doc, handle, ensure_ascii=False, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        return None
    return target


def record_report(path: Path | None, digest: str, *, completion: bool, item_id: str | None) -> Path | None:
    """Remember what IT was told (so the same outcome is not reported twice)."""
    target = path or paths.baseline_path()
    doc = load_baseline(target)
    if not doc:
        return None
    reported = dict(doc.get("reported") or {})
    reported["digests"] = sorted({*reported.get("digests", []), digest})
    reported["completion"] = bool(reported.get("completion")) or completion
    reported["last_item"] = item_id
    reported["last_at"] = _now()
    doc["reported"] = reported
    return _write(target, doc)


def pending(policy: Any, path: Path | None = None) -> bool:
    """True while a checklist applies to this user and has not been completed (the tray's menu entry).
    The role the last run used (detected from the groups, or given) picks the role's items; before any run,
    a checklist declared only for roles counts too."""
    baseline = load_baseline(path)
    if not baseline:
        return checklist_exists(policy)
    items, _ = items_from_policy(policy, baseline.get("role"))
    return bool(items) and not baseline.get("complete", False)


def menu_label(policy: Any, path: Path | None = None) -> str | None:
    """The tray's entry: "First-day checklist" while pending; afterwards it stays reachable to re-run."""
    from desktop_app.onboarding import messages

    if pending(policy, path):
        return tr(messages.MENU_PENDING)
    return tr(messages.MENU_RERUN) if checklist_exists(policy) else None


def all_done(outcomes: Sequence[Outcome]) -> bool:
    return all(o.status in DONE for o in outcomes)


def left(outcomes: Sequence[Outcome]) -> int:
    """Items that still need the user (or IT): failed, warning, error, or a confirmation not given yet."""
    return sum(o.status not in DONE for o in outcomes)


def status_word(status: str) -> str:
    """An outcome's state in words, as the terminal shows results ("pending" is a to-do, not a problem)."""
    from desktop_app.onboarding import messages
    from desktop_app.present import status_label

    if status == "pending":
        return tr(messages.TO_DO)
    try:
        return status_label(Status(status))
    except ValueError:
        return status


def summary_text(outcomes: Sequence[Outcome]) -> str:
    lines = [tr("Onboarding checklist:")]
    for o in outcomes:
        lines.append(f"- [{status_word(o.status)}] " + tr_label(o.title, o.summary))
    return "\n".join(lines)


def should_report(outcomes: Sequence[Outcome], policy: Any, baseline: Mapping[str, Any] | None = None, *, finished: bool = False) -> bool:
    """Whether to tell IT now. ``always`` and ``on_failure`` report each distinct outcome once (a digest of the
    item statuses); ``on_completion`` reports once, when every item passes or the user finishes."""
    from desktop_app.onboarding.report import digest

    mode = policy.get("onboarding", "report_to_it")
    reported = dict((baseline or {}).get("reported") or {})
    if mode == "on_completion":
        return not reported.get("completion") and (finished or all_done(outcomes))
    if mode not in ("always", "on_failure"):
        return False
    if mode == "on_failure" and not any(o.status in ("failed", "error") for o in outcomes):
        return False
    return digest(outcomes) not in set(reported.get("digests") or [])


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


__all__ = ["Item", "Outcome", "Status", "items_from_policy", "load_baseline", "pending", "run_checklist", "save_baseline"]
