"""selfdesk self-test [--json]: is this installation complete? For packaging CI and for IT after a deployment.

One line per item, exit 0 when nothing failed, 1 otherwise:
- resources: the app icon, every SVG icon readable, the help articles in every language;
- translations: each ``.ts`` has its built ``.qm``, which Qt loads and which answers like the ``.ts``;
- Qt plug-ins: the offscreen platform and this OS's own (xcb, cocoa, windows) load with their libraries;
- keyring: a backend exists; when the policy names a helpdesk account, its secret is saved.

It needs no display and sends nothing over the network. Qt is imported only here (QtCore only).
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.i18n import tr

OK, FAILED, SKIPPED = "ok", "failed", "skipped"
QM_MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")
APP_ICONS = ("selfdesk.svg", "selfdesk.png")
NATIVE_PLATFORM = {"linux": "xcb", "darwin": "cocoa", "win32": "windows"}


@dataclass(frozen=True)
class Item:
    id: str
    status: str
    detail: str


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("self-test", parents=[common], help=tr("check this installation: resources, translations, Qt plug-ins, keyring"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.cli.common import load_policy
    from desktop_app.resources import resources_root

    policy = load_policy(args)
    root = resources_root()
    items = [
        check_resources(root),
        check_translations(root / "i18n"),
        *check_qt_plugins(plugin_dirs(), sys.platform),
        check_keyring(str(policy.get("helpdesk", "username") or "")),
    ]
    code = 1 if any(item.status == FAILED for item in items) else 0
    if args.json:
        doc = {"schema": "selfdesk-self-test", "exit_code": code, "items": [vars(item) for item in items]}
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for item in items:
            print(format_item(item))
    return code


def format_item(item: Item) -> str:
    status = {OK: tr("OK"), FAILED: tr("FAILED"), SKIPPED: tr("skipped")}[item.status]
    return f"{status:8} {item.id}: {item.detail}"


def check_resources(root: Path) -> Item:
    if not root.is_dir():
        return Item("resources", FAILED, tr("The resources folder is missing: {path}", path=str(root)))
    icons = root / "icons"
    missing = [name for name in APP_ICONS if not (icons / name).is_file()]
    broken = [p.name for p in sorted(icons.glob("*.svg")) if not _is_xml(p)]
    help_dir = root / "help"
    articles = {d.name: {p.name for p in d.glob("*.md")} for d in sorted(help_dir.iterdir()) if d.is_dir()} if help_dir.is_dir() else {}
    problems = []
    if missing:
        problems.append(tr("missing icons: {names}", names=", ".join(missing)))
    if broken:
        problems.append(tr("unreadable icons: {names}", names=", ".join(broken)))
    if not articles or not all(articles.values()):
        problems.append(tr("help articles are missing"))
    elif len({frozenset(names) for names in articles.values()}) > 1:
        everywhere = set.intersection(*articles.values())
        gaps = sorted(f"{lang}: {', '.join(sorted(names - everywhere))}" for lang, names in articles.items() if names - everywhere)
        problems.append(tr("help articles exist in one language only ({gaps})", gaps="; ".join(gaps)))
    if problems:
        return Item("resources", FAILED, "; ".join(problems))
    count = len(next(iter(articles.values())))
    return Item("resources", OK, tr("{icons} icons, {count} help articles in {languages}",
                                    icons=len(list(icons.glob("*.svg"))), count=count, languages=", ".join(articles)))


def _is_xml(path: Path) -> bool:
    try:
        ET.parse(path)
    except (ET.ParseError, OSError):
        return False
    return True


def check_translations(folder: Path) -> Item:
    sources = sorted(folder.glob("*.ts")) if folder.is_dir() else []
    if not sources:
        return Item("translations", FAILED, tr("No translation files (.ts) in {path}", path=str(folder)))
    problems = [problem for ts in sources if (problem := _qm_problem(ts))]
    if problems:
        return Item("translations", FAILED, "; ".join(problems))
    return Item("translations", OK, tr("{count} translation files (.ts and .qm) load: {names}",
                                       count=len(sources), names=", ".join(ts.stem for ts in sources)))


def _qm_problem(ts: Path) -> str | None:
    qm = ts.with_suffix(".qm")
    if not qm.is_file():
        return tr("{name}: not built", name=qm.name)
    try:
        head = qm.read_bytes()[:16]
        root = ET.parse(ts).getroot()
    except (OSError, ET.ParseError):
        return tr("{name}: unreadable", name=ts.name)
    if head != QM_MAGIC:
        return tr("{name}: not a Qt translation file", name=qm.name)
    sample = _finished_message(root)
    if sample is None:
        return None  # nothing translated yet: the .qm is valid and empty
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(qm)):
        return tr("{name}: Qt cannot load it", name=qm.name)
    context, source, expected = sample
    if translator.translate(context, source) != expected:
        return tr("{name}: older than {source}", name=qm.name, source=ts.name)
    return None


def _finished_message(root: ET.Element) -> tuple[str, str, str] | None:
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            source = message.findtext("source")
            if source and node is not None and (node.text or "").strip() and node.get("type") is None:
                return name, source, node.text or ""
    return None


def plugin_dirs() -> list[Path]:
    """Where Qt looks for plug-ins in this process (a frozen build sets its own folder)."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    found = [QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath), *QCoreApplication.libraryPaths()]
    return list(dict.fromkeys(Path(p) for p in found if p))


def plugin_file(dirs: Iterable[Path], platform_name: str, os_name: str) -> Path | None:
    name = {"win32": f"q{platform_name}.dll", "darwin": f"libq{platform_name}.dylib"}.get(os_name, f"libq{platform_name}.so")
    return next((d / "platforms" / name for d in dirs if (d / "platforms" / name).is_file()), None)


def check_qt_plugins(dirs: Sequence[Path], os_name: str, load: Callable[[Path], str | None] | None = None) -> list[Item]:
    load = load or _load_plugin
    items = []
    for platform_name in ("offscreen", NATIVE_PLATFORM.get(os_name, "xcb")):
        item_id = f"qt-{platform_name}"
        path = plugin_file(dirs, platform_name, os_name)
        if path is None:
            items.append(Item(item_id, FAILED, tr("The Qt '{name}' platform plug-in is missing (looked in {dirs})",
                                                  name=platform_name, dirs=", ".join(map(str, dirs)) or "-")))
            continue
        error = load(path)
        if error is None:
            items.append(Item(item_id, OK, tr("the Qt '{name}' platform plug-in loads", name=platform_name)))
        else:
            items.append(Item(item_id, FAILED, tr("The Qt '{name}' platform plug-in does not load: {error}", name=platform_name, error=error)))
    return items


def _load_plugin(path: Path) -> str | None:
    """Loads the library and everything it links to (a missing libxcb-cursor0 shows here), without a display."""
    from PySide6.QtCore import QPluginLoader

    loader = QPluginLoader(str(path))
    return None if loader.load() and loader.instance() is not None else (loader.errorString() or "unknown error")


def check_keyring(username: str, keyring_module: Any = None) -> Item:
    from desktop_app.helpdesk.backends.base import KEYRING_SERVICE

    try:
        keyring = keyring_module or __import__("keyring")
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration must not stop the self-test
        backend, error = None, f"{type(exc).__name__}: {exc}"
    else:
        error = None
    name = _backend_name(backend)
    usable = backend is not None and name.split(".")[-2:] not in (["fail", "Keyring"], ["null", "Keyring"])
    if not usable:
        reason = error or tr("no keyring backend is available ({name})", name=name)
        if not username:
            return Item("keyring", SKIPPED, tr("{reason}; not needed: the policy names no helpdesk account", reason=reason))
        return Item("keyring", FAILED, tr("{reason}; tickets to the helpdesk cannot sign in as '{user}'", reason=reason, user=username))
    if not username:
        return Item("keyring", OK, tr("backend {name}; the policy names no helpdesk account", name=name))
    try:
        saved = keyring.get_password(KEYRING_SERVICE, username)
    except Exception as exc:
        return Item("keyring", FAILED, tr("backend {name} cannot be read: {error}", name=name, error=type(exc).__name__))
    if not saved:
        return Item("keyring", FAILED, tr("backend {name}: no secret saved for '{user}' (selfdesk credentials set)", name=name, user=username))
    return Item("keyring", OK, tr("backend {name}: a secret is saved for '{user}'", name=name, user=username))


def _backend_name(backend: Any) -> str:
    if backend is None:
        return "-"
    cls = type(backend)
    return f"{cls.__module__}.{cls.__name__}"
