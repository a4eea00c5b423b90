"""Required applications on each OS (macOS with Spotlight off, exact Linux ids, Windows Store packages) and the
user's groups picking their role (Windows in any display language, macOS, Linux)."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from desktop_app.diagnostics import onboarding as checks
from desktop_app.diagnostics.onboarding import groups
from desktop_app.model import Context
from desktop_app.observations import Observations
from desktop_app.system import LiveSystem

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "onboarding"
PS = ["powershell", "-NoProfile", "-NonInteractive", "-Command"]


def text(name: str) -> str:
    return (FIX / name).read_text(encoding="utf-8")


def cmd(argv: list[str], stdout: str, rc: int | None = 0) -> dict:
    return {"kind": "command", "argv": argv, "returncode": rc, "stdout": stdout, "stderr": "", "error": None, "duration_ms": 1}


def apps_params(apps: list[dict]) -> dict:
    return {"kind": "probe", "name": "onboarding.params", "value": {"apps": apps, "today": "2026-11-25"}}


def make_app(folder: Path, name: str, bundle_id: str, binary: bool) -> None:
    contents = folder / f"{name}.app" / "Contents"
    contents.mkdir(parents=True)
    fmt = plistlib.FMT_BINARY if binary else plistlib.FMT_XML
    (contents / "Info.plist").write_bytes(plistlib.dumps({"CFBundleIdentifier": bundle_id, "CFBundleName": name}, fmt=fmt))


def test_macos_apps_are_found_from_their_bundles_when_spotlight_is_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ctx):
    """Spotlight off (mdfind answers nothing): the bundle ids read from each Info.plist still find the app."""
    apps_dir = tmp_path / "Applications"
    make_app(apps_dir, "Microsoft Teams", "com.microsoft.teams2", binary=True)
    make_app(apps_dir, "Slack", "com.tinyspeck.slackmacgap", binary=False)
    (apps_dir / "Broken.app").mkdir()
    monkeypatch.setattr(checks, "MAC_APP_DIRS", (str(apps_dir),))
    wanted = [{"name": "Teams", "macos": "com.microsoft.teams2"}, {"name": "Zoom", "macos": "us.zoom.xos"},
              {"name": "slack"}, {"name": "Git"}]  # no bundle id given: an application of that name
    c = ctx("macos")
    system = LiveSystem("macos")  # the real seam: files really read; mdfind is not installed here ("Spotlight off")
    checks.collect_apps(system, Context(policy=c.policy, platform="macos", params={"apps": wanted}))
    result = checks.analyze_apps(Observations(system.observations), c)
    assert result.facts == {"installed": ["Teams", "slack"], "missing": ["Zoom", "Git"]}
    bundles = next(o for o in system.observations if o.get("name") == "application-bundles")["value"]
    assert bundles[str(apps_dir / "Broken.app")] is None and len(bundles) == 3


def test_linux_apps_match_exact_ids_not_substrings(ctx):
    """'teams' used to match 'teams-for-linux'; now a desktop-entry id or a package name must be exactly it
    (a snap's entries are named '<snap>_<app>')."""
    listing = "code_code.desktop\norg.mozilla.firefox.desktop\nteams-for-linux.desktop\n"
    wanted = [{"name": "Teams", "linux": "teams"}, {"name": "Firefox", "linux": "org.mozilla.firefox"},
              {"name": "VS Code", "linux": "code"}, {"name": "apt", "linux": "apt"}, {"name": "Bash", "linux": "BASH"}]
    obs = Observations([apps_params(wanted), {"kind": "file", "name": "desktop-entries", "value": listing},
                        cmd(["dpkg-query", "-W", "-f=${Package}\\n"], text("linux_dpkg_query_CAPTURED.txt"))])
    result = checks.analyze_apps(obs, ctx())
    assert result.facts == {"installed": ["Firefox", "VS Code", "apt", "Bash"], "missing": ["Teams"]}
    assert result.summary == "Missing applications: Teams."


def test_linux_apps_on_this_machine_through_the_real_seam(ctx):
    c = ctx()
    system = LiveSystem("linux")
    wanted = [{"name": "dpkg", "linux": "dpkg"}, {"name": "dpk", "linux": "dpk"}]
    checks.collect_apps(system, Context(policy=c.policy, platform="linux", params={"apps": wanted}))
    assert checks.analyze_apps(Observations(system.observations), c).facts == {"installed": ["dpkg"], "missing": ["dpk"]}


def test_windows_store_apps_are_found_as_appx_packages(no_surprises, ctx):
    """New Teams is a Store package (MSTeams) with no Uninstall registry entry."""
    wanted = [{"name": "Teams", "windows": "Microsoft Teams (work or school)", "appx": "MSTeams"},
              {"name": "Evil", "appx": "x'; Remove-Item C:\\ -Recurse #"}]
    appx = [*PS, "Get-AppxPackage -Name 'MSTeams' | Select-Object Name | ConvertTo-Json"]
    commands = {("reg", "query", key, "/s", "/v", "DisplayName"): text("windows_reg_uninstall_SYNTHETIC.txt") for key in checks.UNINSTALL_KEYS}
    commands[tuple(appx)] = '{\n    "Name":  "MSTeams"\n}\n'
    system = no_surprises("windows", commands=commands, values={"onboarding.params": {"apps": wanted}})
    c = ctx("windows")
    checks.collect_apps(system, Context(policy=c.policy, platform="windows", params={"apps": wanted}))
    assert all("Remove-Item" not in " ".join(argv) for argv in system.ran)  # a name that is not a package name never runs
    result = checks.analyze_apps(Observations(system.observations), c)
    assert result.facts["installed"] == ["Teams"] and result.facts["missing"] == ["Evil"]


def test_windows_apps_match_whole_words_of_the_display_name(ctx):
    """"Git" must not be found in "GitHub Desktop" or "Adobe Digital Editions" (SYNTHETIC reg layout)."""
    def listing(*names: str) -> str:
        return "".join(f"\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Uninstall\\{i}\n    DisplayName    REG_SZ    {n}\n" for i, n in enumerate(names))

    wanted = [{"name": "Git", "windows": "Git"}, {"name": "Teams", "windows": "Teams"}]
    for names, installed in ((("GitHub Desktop", "Adobe Digital Editions 4.5", "Microsoft Teams"), ["Teams"]),
                             (("Git version 2.43.0", "Microsoft Teams classic"), ["Git", "Teams"])):
        obs = Observations([cmd(["reg", "query", checks.UNINSTALL_KEYS[0], "/s", "/v", "DisplayName"], listing(*names)),
                            {"kind": "probe", "name": "onboarding.params", "value": {"apps": wanted}}])
        assert checks.analyze_apps(obs, ctx("windows")).facts["installed"] == installed


ROLES = [{"name": "developers", "groups": ["S-1-5-21-1004336348-1177238915-682003330-1105"]},
         {"name": "sales", "groups": ["Sales"]}]


def test_windows_groups_match_by_sid_whatever_the_display_language():
    observations = [cmd(groups.WHOAMI, text("windows_whoami_groups_fr_SYNTHETIC.csv"))]
    found = groups.groups_of(observations)
    assert "S-1-5-21-1004336348-1177238915-682003330-1105" in found and "CONTOSO\\Développeurs" in found
    assert groups.matching_role(ROLES, found) == "developers"
    assert groups.matching_role([{"name": "dev", "groups": ["développeurs"]}], found) == "dev"  # bare name, any case
    assert groups.matching_role([{"name": "dev", "groups": "contoso\\DÉVELOPPEURS"}], found) == "dev"


def test_macos_and_linux_groups(no_surprises):
    mac = no_surprises("macos", commands={("id", "-Gn"): "staff everyone localaccounts _appserverusr admin sales\n"})
    groups.collect_groups(mac)
    assert groups.matching_role(ROLES, groups.groups_of(mac.observations)) == "sales"
    here = LiveSystem("linux")
    groups.collect_groups(here)
    mine = groups.groups_of(here.observations)
    assert mine and mine[0] == text("linux_id_Gn_CAPTURED.txt").split()[0]  # the same answer as `id -Gn` here
    assert groups.matching_role(ROLES, mine) is None
