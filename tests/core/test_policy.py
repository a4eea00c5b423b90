"""Policy layering, validation messages, and the rule that user-writable files cannot redirect anything."""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app import policy


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_apply_without_any_file(tmp_path):
    p = policy.load(system_paths=[tmp_path / "none.toml"], user_path=tmp_path / "no.toml", environ={})
    assert p.get("disk", "warn_percent") == 85
    assert p.origin("disk", "warn_percent") == "default"
    assert p.warnings == []


def test_layers_override_in_order_and_remember_where_values_came_from(tmp_path):
    system = _write(tmp_path / "system.toml", '[disk]\nwarn_percent = 70\nfail_percent = 90\n[helpdesk]\nbackend = "rt"\n')
    user = _write(tmp_path / "user.toml", '[preferences]\nlanguage = "fr"\n')
    override = _write(tmp_path / "override.toml", "[disk]\nfail_percent = 97\n")
    p = policy.load(override, system_paths=[system], user_path=user, environ={})
    assert p.get("disk", "warn_percent") == 70 and p.origin("disk", "warn_percent") == f"{system}:2"
    assert p.get("disk", "fail_percent") == 97 and p.origin("disk", "fail_percent") == f"{override}:2"
    assert p.get("preferences", "language") == "fr"
    assert p.get("helpdesk", "backend") == "rt"


def test_environment_variable_names_the_override(tmp_path):
    override = _write(tmp_path / "o.toml", "[disk]\nwarn_percent = 60\n")
    p = policy.load(system_paths=[], user_path=None, environ={"SELFDESK_POLICY": str(override)})
    assert p.get("disk", "warn_percent") == 60


def test_unknown_key_and_wrong_type_name_file_key_and_line_and_keep_defaults(tmp_path):
    bad = _write(tmp_path / "bad.toml", '# comment\n[disk]\nwarn_percent = "high"\n\n[network]\ndns_name = ["x"]\nprobe_timeout = 2\n')
    p = policy.load(bad, system_paths=[], user_path=None, environ={})
    assert f"{bad}:3: [disk] warn_percent: expected an integer or a number, got str" in p.warnings
    assert f"{bad}:6: unknown key 'dns_name' in [network]" in p.warnings
    assert p.get("disk", "warn_percent") == 85  # section in error falls back
    assert p.get("network", "probe_timeout") == 3.0  # the whole [network] of that file is ignored


def test_syntax_error_is_one_message_with_the_line(tmp_path):
    bad = _write(tmp_path / "broken.toml", "[disk]\nwarn_percent = \n")
    p = policy.load(bad, system_paths=[], user_path=None, environ={})
    assert len(p.warnings) == 1 and "line 2" in p.warnings[0] and "ignored" in p.warnings[0]
    assert p.get("disk", "warn_percent") == 85


def test_user_preferences_cannot_set_anything_else(tmp_path):
    user = _write(tmp_path / "prefs.toml", '[preferences]\nlanguage = "fr"\n[helpdesk]\nurl = "https://evil.example"\n')
    p = policy.load(system_paths=[], user_path=user, environ={})
    assert p.get("helpdesk", "url") == ""
    assert any("set by your administrator" in w for w in p.warnings)
    assert p.get("preferences", "language") == "fr"


def test_a_user_owned_override_cannot_redirect_tickets_or_choose_commands(tmp_path):
    folder = tmp_path / "userdir"
    folder.mkdir()
    override = _write(folder / "p.toml", '[helpdesk]\nurl = "https://evil.example"\nphone = "+33 1 23"\n[vpn]\nreconnect_command = ["sh", "-c", "x"]\n')
    os.chown(folder, 65534, 65534)
    os.chown(override, 65534, 65534)
    p = policy.load(override, system_paths=[], user_path=None, environ={})
    assert p.get("helpdesk", "url") == ""
    assert p.get("vpn", "reconnect_command") == []
    assert p.get("helpdesk", "phone") == "+33 1 23"  # a harmless preference-like value is honoured
    assert any("can only be set in the system-wide policy" in w for w in p.warnings)


def test_an_admin_owned_override_may_set_privileged_keys(tmp_path):
    folder = tmp_path / "admin"
    folder.mkdir(mode=0o755)
    override = _write(folder / "p.toml", '[helpdesk]\nurl = "https://rt.corp.example"\n')
    os.chmod(override, 0o644)
    p = policy.load(override, system_paths=[], user_path=None, environ={})
    assert os.geteuid() == 0  # tests run as root: root-owned files are administrator-controlled
    assert p.get("helpdesk", "url") == "https://rt.corp.example"


def test_check_file_reports_every_problem(tmp_path):
    bad = _write(tmp_path / "deploy.toml", '[bogus]\nx = 1\n[fixes]\nenabled = [1]\n')
    problems = policy.check_file(bad)
    assert any(":1: unknown section [bogus]" in p for p in problems)
    assert any(":4: [fixes] enabled: item 1 must be a string" in p for p in problems)
    assert policy.check_file(_write(tmp_path / "good.toml", "[disk]\nwarn_percent = 80\n")) == []


def test_fix_allow_list():
    p = policy.defaults()
    assert p.fix_enabled("dns.flush")
    p.values["fixes"]["disabled"] = ["dns.flush"]
    assert not p.fix_enabled("dns.flush")
    p.values["fixes"].update(enabled=["disk.cleanup"], disabled=[])
    assert p.fix_enabled("disk.cleanup") and not p.fix_enabled("dns.flush")
