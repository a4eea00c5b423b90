"""Extract tr()/N_() strings into Qt Linguist files, one per area: resources/i18n/<area>_<lang>.ts.

    python tools/i18n_update.py                 # every area, French
    python tools/i18n_update.py --area network  # one area only
    python tools/i18n_update.py --check         # exit 1 if a .ts file is not in step with the code (CI)
    python tools/i18n_update.py --build-qm      # also build .qm files with pyside6-lrelease
    python tools/i18n_update.py --keep-vanished # keep strings no longer in the code, marked vanished

Existing translations are kept; new strings are added as unfinished; strings no longer in the code are
dropped (git keeps them), so a .ts file holds exactly what the code shows. French entries are written with
French typography (``i18n_fill.french_typography``: ’, « », no-break spaces before : ; ? !), so a plain
space typed by hand is fixed on the next run. Areas follow the source tree (see ``area_of``).

``--check`` fails on a string without a translation, on a .ts entry the code no longer has, and on a
translation that would break at run time or on screen: a ``{placeholder}`` missing or added (``tr`` then
falls back to English), leading or trailing spaces that differ (prompts rely on them), a lost keyboard
mnemonic (``&``), HTML tags that differ, or French typography not applied yet.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from i18n_fill import french_typography  # the tools folder is not a package: found through sys.path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "desktop_app"
OUT = ROOT / "resources" / "i18n"
LANGS = ("fr",)
AREA_DIRS = ("network", "vpn", "disk", "printers", "onboarding")
PACKAGES = {"bundle": "bundle", "helpdesk": "helpdesk", "ui": "ui", "onboarding": "onboarding"}


def area_of(path: Path) -> str:
    parts = path.relative_to(SOURCE).parts
    if len(parts) >= 2 and parts[0] in ("diagnostics", "parsers", "fixes", "probes"):
        name = Path(parts[1]).stem
        if name in AREA_DIRS:
            return name
    if parts and parts[0] in PACKAGES:
        return PACKAGES[parts[0]]
    return "core"


def extract() -> dict[str, dict[str, list[str]]]:
    """area -> source text -> locations"""
    found: dict[str, dict[str, list[str]]] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name not in ("tr", "N_"):
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                where = f"{path.relative_to(ROOT).as_posix()}:{node.lineno}"
                found.setdefault(area_of(path), {}).setdefault(arg.value, []).append(where)
    return found


def read_ts(path: Path) -> dict[str, tuple[str, str | None]]:
    """source -> (translation, type)"""
    if not path.exists():
        return {}
    out = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        out[source] = ((node.text or "") if node is not None else "", node.get("type") if node is not None else "unfinished")
    return out


def write_ts(
    path: Path,
    area: str,
    lang: str,
    strings: dict[str, list[str]],
    old: dict[str, tuple[str, str | None]],
    keep_vanished: bool = False,
) -> None:
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = area
    for source in sorted(set(strings) | (set(old) if keep_vanished else set())):
        message = ET.SubElement(context, "message")
        for where in strings.get(source, [])[:3]:
            file, line = where.rsplit(":", 1)
            ET.SubElement(message, "location", filename="../../" + file, line=line)
        ET.SubElement(message, "source").text = source
        text, kind = old.get(source, ("", "unfinished"))
        node = ET.SubElement(message, "translation")
        node.text = french_typography(text) if lang == "fr" else text
        if source not in strings:
            node.set("type", "vanished")
        elif kind == "unfinished" or not text.strip():
            node.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")


_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def _mnemonics(text: str) -> int:
    """Qt keyboard mnemonics: "&Save" has one; "&&" is a literal ampersand, "Privacy & security" has none."""
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


def _edges(text: str) -> tuple[str, str]:
    return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]


def defects(source: str, text: str) -> list[str]:
    """What makes a translation break at run time or on screen (see the module docstring)."""
    found = []
    if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
        found.append("placeholders differ")
    if _edges(source) != _edges(text):
        found.append("leading or trailing spaces differ")
    if _mnemonics(source) and _mnemonics(text) != 1:
        found.append("keyboard mnemonic (&) lost or doubled")
    if sorted(_TAG.findall(source)) != sorted(_TAG.findall(text)):
        found.append("HTML tags differ")
    return found


def missing(found: dict[str, dict[str, list[str]]]) -> list[str]:
    problems = []
    for area in sorted(set(found) | {ts.stem.rsplit("_", 1)[0] for ts in OUT.glob("*.ts")}):
        strings = found.get(area, {})
        for lang in LANGS:
            name = f"{area}_{lang}.ts"
            old = read_ts(OUT / name)
            for source in strings:
                text, kind = old.get(source, ("", "unfinished"))
                if kind == "unfinished" or not text.strip():
                    problems.append(f"{name}: no translation for {source!r} ({strings[source][0]})")
                else:
                    problems += [f"{name}: {d} in {text!r} (source {source!r})" for d in defects(source, text)]
                    if lang == "fr" and french_typography(text) != text:
                        problems.append(f"{name}: French typography not applied to {text!r} (run tools/i18n_update.py --area {area})")
            stale = sorted(set(old) - set(strings))
            problems += [f"{name}: {s!r} is no longer in the code (run tools/i18n_update.py --area {area})" for s in stale]
    return problems


def build_qm() -> None:
    """-nounfinished: the .qm holds exactly what desktop_app.i18n reads from the .ts (finished translations)."""
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    for ts in sorted(OUT.glob("*.ts")):
        subprocess.run([tool, "-silent", "-nounfinished", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--area")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--build-qm", action="store_true")
    parser.add_argument("--keep-vanished", action="store_true", help="keep strings no longer in the code, marked vanished")
    args = parser.parse_args()
    found = extract()
    if args.check:
        problems = missing(found)
        print("\n".join(problems) or "all strings translated")
        return 1 if problems else 0
    for area, strings in found.items():
        if args.area and area != args.area:
            continue
        for lang in LANGS:
            path = OUT / f"{area}_{lang}.ts"
            write_ts(path, area, lang, strings, read_ts(path), keep_vanished=args.keep_vanished)
    if args.build_qm:
        build_qm()
    return 0


if __name__ == "__main__":
    sys.exit(main())
