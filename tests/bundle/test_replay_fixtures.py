"""Every real recorded output of the project (tests/fixtures/*/PROVENANCE.tsv gives the command and OS), once
redacted into a bundle, replays to exactly the results the bundle carries: redaction keeps what parsers read."""

from __future__ import annotations

import csv
import json
import shlex
import zipfile
from pathlib import Path

import pytest

from desktop_app import policy
from desktop_app.bundle import create_bundle
from desktop_app.model import Context
from desktop_app.recording import Recording, read_recording
from desktop_app.replay import replay

FIXTURES = Path(__file__).parent.parent / "fixtures"


def recorded_outputs() -> list[tuple[str, str, list[str], str]]:
    out = []
    for provenance in sorted(FIXTURES.glob("*/PROVENANCE.tsv")):
        rows = list(csv.reader(provenance.open(encoding="utf-8"), delimiter="\t"))
        if not rows or "command" not in rows[0]:
            continue
        command, system = rows[0].index("command"), rows[0].index("os")
        for row in rows[1:]:
            path = provenance.parent / row[0]
            if len(row) <= command or not path.is_file() or row[command].strip() in ("", "-") or "SYNTHETIC" in row[0]:
                continue
            try:
                argv = shlex.split(row[command].replace("\\", "/"))
            except ValueError:
                argv = row[command].split()
            name = row[system].lower()
            platform = "windows" if "windows" in name else "macos" if "mac" in name else "linux"
            out.append((f"{provenance.parent.name}/{row[0]}", platform, argv, path.read_text(encoding="utf-8", errors="replace")))
    return out


OUTPUTS = recorded_outputs()


def test_there_are_real_outputs_to_replay() -> None:
    assert len(OUTPUTS) > 50


@pytest.mark.parametrize(("name", "platform", "argv", "stdout"), OUTPUTS, ids=[o[0] for o in OUTPUTS])
def test_a_redacted_bundle_replays_to_the_results_it_carries(tmp_path: Path, name: str, platform: str, argv: list[str], stdout: str) -> None:
    obs = [{"kind": "command", "argv": argv, "returncode": 0, "stdout": stdout, "stderr": "", "error": None, "duration_ms": 1.0}]
    ctx = Context(policy=policy.defaults(), platform=platform)
    results = replay(Recording(manifest={"platform": platform}, observations=obs), ctx)
    path = create_bundle(tmp_path, observations=obs, results=results, ctx=ctx, fix_log=[], log_tail="", baseline=None)
    replayed = [r.to_json() for r in replay(read_recording(path), ctx)]
    carried = json.loads(zipfile.ZipFile(path).read("results.json"))
    strip = lambda rs: [{k: r[k] for k in ("id", "status", "facts")} for r in rs]  # noqa: E731
    assert strip(replayed) == strip(carried)
