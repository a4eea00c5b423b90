"""Architecture rules that keep the core headless and fast."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop_app"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def test_only_the_ui_imports_qtwidgets_or_qtgui():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] == "ui":
            continue
        bad = {n for n in _imports(path) if n.startswith(("PySide6.QtWidgets", "PySide6.QtGui"))}
        if bad:
            offenders.append(f"{path.relative_to(ROOT)}: {sorted(bad)}")
    assert not offenders, offenders


def test_no_shell_strings_anywhere_in_the_app():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "shell" and getattr(node.value, "value", False) is True:
                offenders.append(str(path.relative_to(ROOT)))
            if isinstance(node, ast.Attribute) and node.attr in ("system", "popen") and getattr(node.value, "id", "") == "os":
                offenders.append(str(path.relative_to(ROOT)))
    assert not offenders, offenders


def test_version_and_analyze_import_no_qt(tmp_path):
    """Run both commands for real (in a fresh interpreter) and list the Qt modules they loaded."""
    recorded = tmp_path / "recorded"
    recorded.mkdir()
    manifest = {"schema": "selfdesk-bundle", "schema_version": 1, "platform": "linux", "files": []}
    (recorded / "manifest.json").write_text(json.dumps(manifest))
    (recorded / "observations.jsonl").write_text(json.dumps({"kind": "psutil", "name": "boot_time", "value": 1}) + "\n")
    code = (
        "import contextlib, io, sys\n"
        "from desktop_app.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    try:\n"
        "        main(['--version'])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "    code = main(['analyze', sys.argv[1], '--json'])\n"
        "assert 'selfdesk ' in out.getvalue() and '\"results\"' in out.getvalue(), out.getvalue()\n"
        "print(code, sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    env = dict(os.environ, SELFDESK_HOME=str(tmp_path / "home"))
    out = subprocess.run([sys.executable, "-c", code, str(recorded)], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
    assert out.stdout.strip() in ("0 []", "1 []"), out.stdout + out.stderr
