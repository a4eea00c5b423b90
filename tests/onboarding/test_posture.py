"""Onboarding posture checks read each OS's real command outputs (captured here or published by the vendor)
and never crash on garbage. Fixtures and their provenance: tests/fixtures/onboarding/PROVENANCE.tsv."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from desktop_app import i18n
from desktop_app.diagnostics import onboarding as checks
from desktop_app.model import Status
from desktop_app.observations import Observations
from desktop_app.parsers import posture

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "onboarding"
PS = ["powershell", "-NoProfile", "-NonInteractive", "-Command"]
LSBLK_PLURAL = ["lsblk", "-J", "-o", "NAME,TYPE,MOUNTPOINTS"]
LSBLK_SINGULAR = ["lsblk", "-J", "-o", "NAME,TYPE,MOUNTPOINT"]


def text(name: str) -> str:
    return (FIX / name).read_text(encoding="utf-8")


def cmd(argv: list[str], stdout: str, rc: int | None = 0, stderr: str = "", error: str | None = None) -> dict:
    return {"kind": "command", "argv": argv, "returncode": rc, "stdout": stdout, "stderr": stderr, "error": error, "duration_ms": 1}


def file(name: str, value: object, error: str | None = None) -> dict:
    return {"kind": "file", "name": name, "value": value, "error": error}


def params(**values: object) -> dict:
    return {"kind": "probe", "name": "onboarding.params", "value": {"today": "2026-11-25", **values}}


# -- encryption --------------------------------------------------------------------------------------------
def test_filevault_on_and_off(ctx):
    on = checks.analyze_encryption(Observations([cmd(["fdesetup", "status"], text("macos_fdesetup_on_REAL.txt"))]), ctx("macos"))
    off = checks.analyze_encryption(Observations([cmd(["fdesetup", "status"], text("macos_fdesetup_off_REAL.txt"))]), ctx("macos"))
    assert on.status is Status.OK and "FileVault" in on.summary
    assert off.status is Status.FAILED and off.advice and off.fixes == ("security.open_encryption_settings",)


def test_this_machines_unencrypted_disk_reads_as_not_encrypted(ctx):
    """lsblk captured here: the root filesystem is mounted twice, which only the MOUNTPOINTS column shows."""
    for argv, name in ((LSBLK_PLURAL, "linux_lsblk_mountpoints_CAPTURED.json"), (LSBLK_SINGULAR, "linux_lsblk_mountpoint_CAPTURED.json")):
        result = checks.analyze_encryption(Observations([cmd(argv, text(name))]), ctx())
        assert result.status is Status.FAILED and result.summary == "Your disk is not encrypted (LUKS)."


def test_luks_root_is_encrypted_in_both_lsblk_shapes():
    assert posture.parse_lsblk_encryption(text("linux_lsblk_luks_SYNTHETIC.json")) is True
    assert posture.parse_lsblk_encryption(text("linux_lsblk_luks_mountpoints_SYNTHETIC.json")) is True


def test_older_lsblk_without_mountpoints_falls_back_to_the_singular_column(no_surprises, ctx):
    system = no_surprises(commands={
        tuple(LSBLK_PLURAL): (1, "", "lsblk: unknown column: MOUNTPOINTS\n", None),
        tuple(LSBLK_SINGULAR): text("linux_lsblk_mountpoint_CAPTURED.json"),
    })
    checks.collect_encryption(system, ctx())
    assert system.ran == [LSBLK_PLURAL, LSBLK_SINGULAR]
    assert checks.analyze_encryption(Observations(system.observations), ctx()).status is Status.FAILED


def test_bitlocker_from_microsofts_documented_outputs(ctx):
    listed = Observations([cmd([*PS, checks.BITLOCKER_VOLUME], text("windows_bitlocker_volume_list_on_MSDOCS.txt"))])
    table = Observations([cmd([*PS, checks.BITLOCKER_VOLUME], text("windows_bitlocker_volume_table_off_MSDOCS.txt"))])
    assert checks.analyze_encryption(listed, ctx("windows")).status is Status.OK
    assert checks.analyze_encryption(table, ctx("windows")).summary == "Your disk is not encrypted (BitLocker)."


def test_without_admin_rights_bitlocker_falls_back_to_the_shell_property_of_the_system_drive(no_surprises, ctx):
    system = no_surprises("windows", commands={
        (*PS, checks.BITLOCKER_VOLUME): (1, "", "Get-BitLockerVolume : Access denied", None),
        (*PS, checks.BITLOCKER_SHELL): "1\r\n",
    })
    checks.collect_encryption(system, ctx("windows"))
    assert "$env:SystemDrive" in checks.BITLOCKER_SHELL and "'C:'" not in checks.BITLOCKER_SHELL
    assert checks.analyze_encryption(Observations(system.observations), ctx("windows")).status is Status.OK


def test_bitlocker_shell_values():
    assert [posture.parse_bitlocker_protection(v) for v in ("1", "2", "3", "5", "6", "0", "", "abc", "١")] == [
        True, False, True, False, True, None, None, None, None]


# -- firewall ----------------------------------------------------------------------------------------------
def test_windows_firewall_with_one_profile_off_fails(ctx):
    argv = [*PS, "Get-NetFirewallProfile | Select-Object Name,Enabled | ConvertTo-Json"]
    result = checks.analyze_firewall(Observations([cmd(argv, text("windows_firewall_profiles_SYNTHETIC.json"))]), ctx("windows"))
    assert result.status is Status.FAILED and result.fixes == ("security.open_firewall_settings",)
    assert result.facts["profiles"] == {"Domain": True, "Private": True, "Public": False}


def test_macos_firewall_on_and_real_off(ctx):
    fw = ["/usr/libexec/ApplicationFirewall/socketfilterfw", "--getglobalstate"]
    assert checks.analyze_firewall(Observations([cmd(fw, text("macos_socketfilterfw_on_SYNTHETIC.txt"))]), ctx("macos")).status is Status.OK
    off = checks.analyze_firewall(Observations([cmd(fw, text("macos_socketfilterfw_off_REAL.txt"))]), ctx("macos"))
    assert off.status is Status.FAILED and off.summary == "The firewall is off."
    assert posture.parse_socketfilterfw("Firewall is blocking all non-essential incoming connections. (State = 2)") is True


NFT = ["nft", "list", "ruleset"]
SYSTEMCTL = ["systemctl", "is-active", "ufw", "firewalld", "nftables"]


def linux_firewall(ctx, *observations: dict):  # type: ignore[no-untyped-def]
    return checks.analyze_firewall(Observations(list(observations)), ctx())


def test_dockers_forward_drop_is_not_a_host_firewall(ctx):
    """The old rule counted any 'drop' as a firewall; Docker's FORWARD policy drop protects nothing on the host."""
    result = linux_firewall(ctx, cmd(NFT, text("linux_nft_docker_forward_only_CAPTURED.txt")))
    assert result.status is Status.FAILED
    assert linux_firewall(ctx, cmd(NFT, text("linux_nft_input_drop_CAPTURED.txt"))).status is Status.OK
    assert linux_firewall(ctx, cmd(NFT, text("linux_nft_empty_CAPTURED.txt"))).status is Status.FAILED


def test_a_normal_user_gets_an_answer_from_firewalld_or_ufws_own_switch(ctx):
    nonroot_nft = cmd(NFT, "", rc=1, stderr=text("linux_nft_nonroot_CAPTURED.txt"))
    running = linux_firewall(ctx, cmd(["firewall-cmd", "--state"], "running\n"), nonroot_nft)
    assert running.status is Status.OK
    enabled = text("linux_ufw_conf_default_CAPTURED.txt").replace("ENABLED=no", "ENABLED=yes")
    assert linux_firewall(ctx, file("/etc/ufw/ufw.conf", enabled), nonroot_nft).status is Status.OK
    stopped = cmd(SYSTEMCTL, "inactive\ninactive\ninactive\n", rc=3)
    off = linux_firewall(ctx, file("/etc/ufw/ufw.conf", text("linux_ufw_conf_default_CAPTURED.txt")), stopped, nonroot_nft)
    assert off.status is Status.FAILED and off.facts["sources"] == ["systemd", "ufw", "nftables"]


def test_an_unreadable_ruleset_that_may_hold_a_firewall_stays_unknown(ctx):
    nonroot = cmd(NFT, "", rc=1, stderr=text("linux_nft_nonroot_CAPTURED.txt"))
    nftables_running = cmd(SYSTEMCTL, "inactive\ninactive\nactive\n", rc=3)
    ufw_off = file("/etc/ufw/ufw.conf", text("linux_ufw_conf_default_CAPTURED.txt"))
    result = linux_firewall(ctx, ufw_off, nftables_running, nonroot)
    assert result.status is Status.WARNING and result.summary == "SelfDesk could not tell whether the firewall is on."
    # Without systemd (this container) nothing says whether an nftables firewall is loaded either.
    no_systemd = cmd(SYSTEMCTL, text("linux_systemctl_nosystemd_CAPTURED.txt"), rc=1)
    assert linux_firewall(ctx, ufw_off, no_systemd, nonroot).status is Status.WARNING


def test_root_ufw_status_is_read(ctx):
    assert linux_firewall(ctx, cmd(["ufw", "status"], text("linux_ufw_status_root_CAPTURED.txt"))).status is Status.FAILED
    assert posture.parse_ufw_status(text("linux_ufw_status_nonroot_CAPTURED.txt")) is None


# -- screen lock -------------------------------------------------------------------------------------------
def reg(key: str, name: str, rc: int = 0) -> dict:
    return cmd(["reg", "query", key], text(name) if name else "", rc=rc)


def test_windows_screen_lock_from_the_users_settings(ctx):
    result = checks.analyze_screenlock(Observations([reg(checks.USER_DESKTOP_KEY, "windows_reg_desktop_SYNTHETIC.txt")]), ctx("windows"))
    assert result.status is Status.OK and result.facts == {"enabled": True, "delay_seconds": 600}


def test_windows_policy_keys_override_the_users_choice(ctx):
    """The screen saver is off for the user, but a Group Policy enforces it (5 min), or the machine's inactivity
    limit locks the session (15 min): both are a screen lock."""
    off = reg(checks.USER_DESKTOP_KEY, "windows_reg_desktop_off_SYNTHETIC.txt")
    absent = cmd(["reg", "query", checks.POLICY_DESKTOP_KEY], "", rc=1, stderr="ERREUR : le système n'a pas trouvé la clé ou la valeur de Registre spécifiée.")
    policy = reg(checks.POLICY_DESKTOP_KEY, "windows_reg_policy_desktop_SYNTHETIC.txt")
    inactivity = cmd(["reg", "query", checks.MACHINE_POLICY_KEY, "/v", "InactivityTimeoutSecs"], text("windows_reg_inactivity_SYNTHETIC.txt"))
    only_user = checks.analyze_screenlock(Observations([off, absent]), ctx("windows"))
    assert only_user.status is Status.FAILED and only_user.fixes == ("security.open_screenlock_settings",)
    by_policy = checks.analyze_screenlock(Observations([off, policy]), ctx("windows"))
    assert by_policy.status is Status.OK and by_policy.facts["delay_seconds"] == 300
    by_machine = checks.analyze_screenlock(Observations([off, absent, inactivity]), ctx("windows"))
    assert by_machine.status is Status.OK and by_machine.facts["delay_seconds"] == 900


def test_gnome_defaults_captured_here_lock_after_five_minutes(ctx):
    obs = Observations([
        cmd(["gsettings", "get", "org.gnome.desktop.screensaver", "lock-enabled"], text("linux_gsettings_lock_enabled_CAPTURED.txt")),
        cmd(["gsettings", "get", "org.gnome.desktop.session", "idle-delay"], text("linux_gsettings_idle_delay_CAPTURED.txt")),
    ])
    result = checks.analyze_screenlock(obs, ctx())
    assert result.status is Status.OK and result.facts == {"enabled": True, "delay_seconds": 300}
    never_idle = Observations([obs.raw[0], cmd(["gsettings", "get", "org.gnome.desktop.session", "idle-delay"], "uint32 0\n")])
    assert checks.analyze_screenlock(never_idle, ctx()).status is Status.FAILED


def test_macos_screen_lock_off_is_reported_from_stderr(ctx):
    obs = Observations([cmd(["sysadminctl", "-screenLock", "status"], "", stderr="2026-11-25 sysadminctl[123:456] screenLock is off\n")])
    assert checks.analyze_screenlock(obs, ctx("macos")).status is Status.FAILED


# -- updates -----------------------------------------------------------------------------------------------
def test_updates_from_this_machines_apt_log_and_its_rotated_copy(ctx):
    current = file("/var/log/apt/history.log", text("linux_apt_history_CAPTURED.log"))
    result = checks.analyze_updates(Observations([params(updates_max_age_days=60), current]), ctx())
    assert result.facts["last_update"] == "2026-10-16" and result.status is Status.OK and result.facts["age_days"] == 40
    # A log rotated last week is empty: the rotated copy still knows the last upgrade.
    rotated = Observations([params(updates_max_age_days=30), file("/var/log/apt/history.log", ""),
                            file("/var/log/apt/history.log.1.gz", text("linux_apt_history_CAPTURED.log"))])
    old = checks.analyze_updates(rotated, ctx())
    assert old.status is Status.FAILED and old.summary == "The last updates were installed 40 days ago."
    assert old.fixes == ("security.open_update_settings",)


def test_updates_installed_today_or_yesterday_are_said_in_words_in_both_languages(ctx):
    """Not "0 days ago": today, yesterday, then a count (a clock a little behind the log counts as today)."""
    log = file("/var/log/apt/history.log", text("linux_apt_history_CAPTURED.log"))  # last upgrade 2026-10-16

    def said(today: str) -> str:
        return checks.analyze_updates(Observations([params(today=today), log]), ctx()).summary

    days = ("2026-10-15", "2026-10-16", "2026-10-17", "2026-10-20")
    assert [said(d) for d in days] == [
        "Updates are recent (last installed today).", "Updates are recent (last installed today).",
        "Updates are recent (last installed yesterday).", "Updates are recent (last installed 4 days ago).",
    ]
    i18n.set_language("fr")
    assert [said(d) for d in days[1:]] == [
        "Les mises à jour sont récentes (dernière installation aujourd’hui).",
        "Les mises à jour sont récentes (dernière installation hier).",
        "Les mises à jour sont récentes (dernière installation il y a 4 jours).",
    ]


def test_rpm_systems_use_install_times_in_any_locale(ctx):
    argv = ["rpm", "-qa", "--queryformat", "%{INSTALLTIME}\\n"]
    obs = Observations([params(updates_max_age_days=30), cmd(argv, "1761000000\n1764000000\n1700000000\n")])
    result = checks.analyze_updates(obs, ctx())
    assert result.facts["last_update"] == "2025-11-24" and result.status is Status.FAILED
    assert posture.parse_zypper_history("2026-11-20 10:11:12|install|vim|9.0|x86_64||repo-oss|abc|\n") == "2026-11-20"


def test_windows_powershell_51_dates_read_from_value_not_the_localized_text(ctx):
    """Real outputs: a remote Get-HotFix (InstalledOn as /Date(ms)/) and PS 5.1's DateTime wrapper on an en-GB
    machine. The value wins; a localized DateTime alone is never parsed (it could be read wrongly)."""
    assert posture.parse_hotfix_json(text("windows_hotfix_invoke_command_REAL.json")) == "2019-09-07"
    wrapper = text("windows_ps51_datetime_enGB_REAL.json")
    assert posture.ps_date(posture._json(wrapper)) == "2017-02-18"
    assert posture.parse_hotfix_json('[{"HotFixID":"KB1","InstalledOn":{"DisplayHint":2,"DateTime":"mardi 3 décembre 2024"}}]') is None
    argv = [*PS, checks.HOTFIX]
    result = checks.analyze_updates(Observations([params(updates_max_age_days=30), cmd(argv, text("windows_hotfix_ps51_SYNTHETIC.json"))]), ctx("windows"))
    # KB5044033 via value (a French machine), the two with an empty InstalledOn via WMI's own raw string.
    assert result.facts["last_update"] == "2024-11-13" and result.status is Status.FAILED


def test_local_midnight_dates_keep_their_day_east_and_west_of_utc():
    paris = "/Date(1731020400000)/"  # 2024-11-08 00:00 at UTC+1
    new_york = "/Date(1731042000000)/"  # 2024-11-08 00:00 at UTC-5
    assert posture.ps_date(paris, date_only=True) == posture.ps_date(new_york, date_only=True) == "2024-11-08"


@given(st.text())
def test_posture_parsers_never_raise(text):
    for parse in (posture.parse_fdesetup_status, posture.parse_lsblk_encryption, posture.parse_bitlocker_protection,
                  posture.parse_bitlocker_volume, posture.parse_socketfilterfw, posture.parse_ufw_status, posture.parse_ufw_conf,
                  posture.parse_nft_ruleset, posture.parse_firewall_profiles, posture.parse_gsettings,
                  posture.parse_sysadminctl_screenlock, posture.parse_reg_values, posture.parse_reg_display_names,
                  posture.parse_apt_history_last, posture.parse_rpm_last, posture.parse_zypper_history, posture.parse_hotfix_json,
                  posture.parse_softwareupdate_history, posture.parse_chage, posture.parse_localuser_json,
                  posture.parse_ad_password_expiry, posture.parse_pwpolicy_expiry_days, posture.parse_dscl_password_last_set,
                  posture.parse_dscl_original_node, posture.parse_id_groups, posture.parse_whoami_groups,
                  posture.parse_desktop_entries, posture.parse_info_plist_bundle_id, posture.parse_appx_names, posture.ps_date):
        parse(text)
    posture.parse_systemctl_is_active(text, ["ufw"])


@given(st.dictionaries(st.sampled_from(["ScreenSaveActive", "ScreenSaverIsSecure", "ScreenSaveTimeOut", "InactivityTimeoutSecs"]),
                       st.text(max_size=12)))
def test_windows_screen_lock_never_raises(values):
    posture.windows_screen_lock(values, values, values)
