"""Policy layering, validation messages, and the rule that user-writable files cannot redirect anything."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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


def test_a_value_outside_its_choices_is_named_and_case_does_not_matter(tmp_path):
    bad = _write(tmp_path / "bad.toml", '[helpdesk]\nsmtp_security = "ssl"\n[vpn]\ntunnel = "FULL"\n')
    p = policy.load(bad, system_paths=[], user_path=None, environ={})
    assert f'{bad}:2: [helpdesk] smtp_security: expected one of starttls, tls, none, got "ssl"' in p.warnings
    assert p.get("helpdesk", "smtp_security") == "starttls"  # never a silent downgrade to clear text
    assert p.get("vpn", "tunnel") == "full"


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


def _user_owned(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "userdir"
    folder.mkdir()
    override = _write(folder / "p.toml", text)
    os.chown(folder, 65534, 65534)
    os.chown(override, 65534, 65534)
    return override


def test_a_user_owned_override_cannot_redirect_tickets_or_choose_commands(tmp_path):
    override = _user_owned(tmp_path, '[helpdesk]\nurl = "https://evil.example"\nhours = "9-17"\n'
                                     '[vpn]\nreconnect_command = ["sh", "-c", "x"]\n[disk]\nwarn_percent = 70\n')
    p = policy.load(override, system_paths=[], user_path=None, environ={})
    assert p.get("helpdesk", "url") == ""
    assert p.get("vpn", "reconnect_command") == []
    assert p.get("helpdesk", "hours") == "9-17"  # harmless values are honoured
    assert p.get("disk", "warn_percent") == 70
    assert any("can only be set in the system-wide policy" in w for w in p.warnings)


@pytest.mark.parametrize(
    "section, key, value",
    [
        ("helpdesk", "password_reset_url", '"https://reset.evil.example"'),
        ("helpdesk", "portal_url", '"https://portal.evil.example"'),
        ("helpdesk", "chat_url", '"https://chat.evil.example"'),
        ("helpdesk", "knowledge_base_url", '"https://kb.evil.example"'),
        ("helpdesk", "phone", '"+1 900 555 0100"'),
        ("helpdesk", "contact_email", '"help@evil.example"'),
        ("network", "check_urls", '[{url = "http://evil.example/204", status = 204}]'),
        ("network", "quality_target", '"evil.example"'),
        ("vpn", "clock_url", '"https://clock.evil.example"'),
        ("vpn", "intranet_urls", '["https://evil.example"]'),
        ("vpn", "mtu_probe_host", '"evil.example"'),
    ],
)
def test_where_the_user_or_data_is_sent_comes_only_from_the_administrator(tmp_path, section, key, value):
    default = policy.defaults().get(section, key)
    override = _user_owned(tmp_path, f"[{section}]\n{key} = {value}\n")
    p = policy.load(override, system_paths=[], user_path=None, environ={})
    assert p.get(section, key) == default, f"a user-writable file changed {section}.{key}"
    assert f"{override}:2: [{section}] {key} can only be set in the system-wide policy; ignored" in p.warnings
    system = _write(tmp_path / "system.toml", f"[{section}]\n{key} = {value}\n")
    assert policy.load(system_paths=[system], user_path=None, environ={}).get(section, key) != default


def test_a_root_owned_file_under_a_folder_the_user_controls_is_not_trusted(tmp_path):
    user_folder = tmp_path / "home"
    inner = user_folder / "admin"
    inner.mkdir(parents=True)
    override = _write(inner / "p.toml", '[helpdesk]\nurl = "https://evil.example"\n')
    os.chown(user_folder, 65534, 65534)  # the user could rename 'admin' and put their own file in its place
    p = policy.load(override, system_paths=[], user_path=None, environ={})
    assert p.get("helpdesk", "url") == ""


def test_a_group_writable_file_is_not_trusted(tmp_path):
    override = _write(tmp_path / "p.toml", '[helpdesk]\nurl = "https://evil.example"\n')
    os.chmod(override, 0o664)
    assert policy.load(override, system_paths=[], user_path=None, environ={}).get("helpdesk", "url") == ""
    os.chmod(override, 0o644)
    assert policy.load(override, system_paths=[], user_path=None, environ={}).get("helpdesk", "url") == "https://evil.example"


def test_a_named_file_that_is_missing_or_broken_raises_only_when_strict(tmp_path):
    broken = _write(tmp_path / "broken.toml", "[disk\n")
    for chosen in (broken, tmp_path / "absent.toml"):
        lenient = policy.load(chosen, system_paths=[], user_path=None, environ={})
        assert lenient.get("disk", "warn_percent") == 85 and len(lenient.warnings) == 1
        with pytest.raises(policy.PolicyError) as raised:
            policy.load(chosen, system_paths=[], user_path=None, environ={}, strict=True)
        assert str(chosen) in str(raised.value) and "\n" not in str(raised.value)
    with pytest.raises(policy.PolicyError, match="from SELFDESK_POLICY"):
        policy.load(system_paths=[], user_path=None, environ={"SELFDESK_POLICY": str(tmp_path / "x.toml")}, strict=True)


def test_a_broken_system_wide_file_never_raises(tmp_path):
    broken = _write(tmp_path / "system.toml", "[disk]\nwarn_percent = 70\n[checks\n")
    p = policy.load(system_paths=[broken], user_path=None, environ={}, strict=True)
    assert p.get("disk", "warn_percent") == 85
    assert any(str(broken) in w and "line 3" in w for w in p.warnings)


def test_windows_takes_programdata_from_the_known_folder_not_the_environment(monkeypatch):
    from desktop_app.policy import locations

    monkeypatch.setattr(locations.sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", r"C:\Users\mallory\fake")
    monkeypatch.setattr(locations, "_known_folder", lambda folder_id: r"D:\ProgramData")
    assert str(locations.system_policy_paths()[0]).startswith(r"D:\ProgramData")

    def unavailable(folder_id: object) -> str:
        raise OSError("no shell32 here")

    monkeypatch.setattr(locations, "_known_folder", unavailable)
    path = str(locations.system_policy_paths()[0])
    assert path.startswith(r"C:\ProgramData") and "mallory" not in path
    assert locations._FOLDERID_PROGRAM_DATA[0] == 0x62AB5D82  # FOLDERID_ProgramData


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


def test_policy_check_speaks_the_admins_language_while_the_log_keeps_english(tmp_path, capsys, monkeypatch):
    """Warnings are made before the policy says which language to show: they stay English in the log and are
    translated when shown (`selfdesk --lang fr policy check`, and a broken --policy file)."""
    from desktop_app.cli import main

    monkeypatch.setattr(policy, "system_policy_paths", lambda: [])
    monkeypatch.setattr(policy, "managed_policy_texts", lambda: [])
    bad = _write(tmp_path / "bad.toml", '[disk]\nwarn_percent = "high"\n[network]\ndns_name = ["x"]\n')
    assert main(["--lang", "fr", "policy", "check", str(bad)]) == 1
    shown = capsys.readouterr().out
    nb = "\u00a0"
    assert f"{bad}:2{nb}: [disk] warn_percent{nb}: valeur attendue{nb}: un nombre entier ou un nombre, valeur trouvée{nb}: str" in shown
    assert f"{bad}:4{nb}: clé «{nb}dns_name{nb}» inconnue dans [network]" in shown
    assert main(["--lang", "en", "policy", "check", str(bad)]) == 1
    assert f"{bad}:4: unknown key 'dns_name' in [network]" in capsys.readouterr().out
    assert main(["--lang", "fr", "--policy", str(tmp_path / "missing.toml"), "policy", "show"]) == 2
    assert f"fichier de stratégie introuvable{nb}: {tmp_path / 'missing.toml'} (indiqué par --policy)" in capsys.readouterr().err
    english = policy.load(bad, system_paths=[], user_path=None, environ={}).warnings
    assert f"{bad}:4: unknown key 'dns_name' in [network]" in english  # what the log gets, whatever the language


def test_numbers_outside_what_makes_sense_are_refused_with_file_key_and_line(tmp_path):
    bad = _write(tmp_path / "bad.toml", "[checks]\ndeadline_seconds = -5\n[disk]\nwarn_percent = 150\n[network]\nprobe_timeout = nan\n"
                                        "[helpdesk]\nsmtp_port = 0\n[monitor]\ninterval_seconds = inf\n")
    p = policy.load(bad, system_paths=[], user_path=None, environ={})
    assert f"{bad}:2: [checks] deadline_seconds: expected at least 1, got -5" in p.warnings
    assert f"{bad}:4: [disk] warn_percent: expected a value from 0 to 100, got 150" in p.warnings
    assert f"{bad}:6: [network] probe_timeout: expected a finite number, got nan" in p.warnings
    assert f"{bad}:8: [helpdesk] smtp_port: expected a value from 1 to 65535, got 0" in p.warnings
    assert f"{bad}:10: [monitor] interval_seconds: expected a finite number, got inf" in p.warnings
    # a negative deadline would have cut every check at once: the sweep keeps the default
    assert p.get("checks", "deadline_seconds") == 60 and p.get("disk", "warn_percent") == 85


def test_every_default_is_valid_by_its_own_schema():
    from desktop_app.policy.schema import SECTIONS

    for section, keys in SECTIONS.items():
        for key, spec in keys.items():
            assert policy._type_error(spec.default, spec) is None, f"[{section}] {key}"


def test_selfdesk_home_keeps_the_preferences_with_everything_else(tmp_path, monkeypatch):
    """A kiosk or a test pointing SELFDESK_HOME elsewhere must not read or change the real user's language."""
    monkeypatch.setenv("SELFDESK_HOME", str(tmp_path / "kiosk"))
    prefs = tmp_path / "kiosk" / "config" / "preferences.toml"
    prefs.parent.mkdir(parents=True)
    _write(prefs, '[preferences]\nlanguage = "fr"\n')
    p = policy.load(system_paths=[], environ={})
    assert p.get("preferences", "language") == "fr" and p.origin("preferences", "language") == f"{prefs}:2"
