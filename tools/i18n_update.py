"""Extract tr()/N_() strings into Qt Linguist files, one per area: resources/i18n/<area>_<lang>.ts.

    python tools/i18n_update.py                 # every area, French
    python tools/i18n_update.py --area network  # one area only
    python tools/i18n_update.py --check         # exit 1 if a string lacks a translation (CI)
    python tools/i18n_update.py --build-qm      # also build .qm files with pyside6-lrelease

Existing translations are kept; new strings are added as unfinished; strings no longer in the code are
marked vanished. Areas follow the source tree (see ``area_of``).
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

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


def write_ts(path: Path, area: str, lang: str, strings: dict[str, list[str]], old: dict[str, tuple[str, str | None]]) -> None:
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = area
    for source in sorted(set(strings) | set(old)):
        message = ET.SubElement(context, "message")
        for where in strings.get(source, [])[:3]:
            file, line = where.rsplit(":", 1)
            ET.SubElement(message, "location", filename="../../" + file, line=line)
        ET.SubElement(message, "source").text = source
        text, kind = old.get(source, ("", "unfinished"))
        node = ET.SubElement(message, "translation")
        node.text = text
        if source not in strings:
            node.set("type", "vanished")
        elif kind == "unfinished" or not text.strip():
            node.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")


def missing(found: dict[str, dict[str, list[str]]]) -> list[str]:
    problems = []
    for area, strings in found.items():
        for lang in LANGS:
            old = read_ts(OUT / f"{area}_{lang}.ts")
            for source in strings:
                text, kind = old.get(source, ("", "unfinished"))
                if kind == "unfinished" or not text.strip():
                    problems.append(f"{area}_{lang}.ts: no translation for {source!r} ({strings[source][0]})")
    return problems


def build_qm() -> None:
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    for ts in sorted(OUT.glob("*.ts")):
        subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--area")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--build-qm", action="store_true")
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
            write_ts(path, area, lang, strings, read_ts(path))
    if args.build_qm:
        build_qm()
    return 0


if __name__ == "__main__":
    sys.exit(main())
