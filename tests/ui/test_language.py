"""Language: "auto" follows the OS the way each OS reports it, and the tray shows French from the built .qm
(QTranslator) with the .ts catalog as fallback."""

from __future__ import annotations

import ctypes
import locale
import shutil
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from desktop_app import i18n
from desktop_app.resources import resource_path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ui"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.fixture
def os_locale(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Pretend to be on another OS: its platform name, locale.getlocale() answer and environment."""

    def pretend(platform: str, getlocale: tuple[str | None, str | None], environ: dict[str, str] | None = None) -> None:
        monkeypatch.setattr(i18n, "_platform", lambda: platform)
        monkeypatch.setattr(locale, "getlocale", lambda *a: getlocale)
        for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            monkeypatch.delenv(var, raising=False)
        for var, value in (environ or {}).items():
            monkeypatch.setenv(var, value)

    yield pretend
    i18n.set_language("en")


def windows_ui_language(monkeypatch: pytest.MonkeyPatch, langid: int | None) -> None:
    """ctypes.windll.kernel32.GetUserDefaultUILanguage as Windows exposes it (absent on other OSes)."""
    if langid is None:
        monkeypatch.delattr(ctypes, "windll", raising=False)
        return
    kernel32 = SimpleNamespace(GetUserDefaultUILanguage=lambda: langid)
    monkeypatch.setattr(ctypes, "windll", SimpleNamespace(kernel32=kernel32), raising=False)


def apple_languages(monkeypatch: pytest.MonkeyPatch, answers: dict[str, str | None]) -> list[tuple[list[str], float]]:
    """`defaults read ...` answers by domain; None is a failed read (exit 1, message on stderr)."""
    calls: list[tuple[list[str], float]] = []

    def run(argv: list[str], timeout: float) -> str | None:
        calls.append((argv, timeout))
        return answers.get(argv[2])

    monkeypatch.setattr(i18n, "_run_bounded", run)
    return calls


# -- Windows -----------------------------------------------------------------------------------------------


def test_windows_display_language_is_followed(os_locale, monkeypatch) -> None:
    os_locale("windows", ("English_United States", "1252"))  # regional format English, display language French
    windows_ui_language(monkeypatch, 0x040C)
    assert i18n.set_language("auto") == "fr"


def test_windows_locale_name_french_france_is_french(os_locale, monkeypatch) -> None:
    os_locale("windows", ("French_France", "1252"))  # the usual Windows answer, no LANG set
    windows_ui_language(monkeypatch, None)
    assert i18n.set_language("auto") == "fr"
    os_locale("windows", ("English_United Kingdom", "1252"))
    assert i18n.set_language("auto") == "en"


def test_windows_sublanguage_python_does_not_list_still_gives_french(os_locale, monkeypatch) -> None:
    os_locale("windows", (None, None))
    windows_ui_language(monkeypatch, 0x3C0C)  # French (Caribbean): not in locale.windows_locale
    assert i18n.windows_ui_languages() and i18n.set_language("auto") == "fr"


def test_windows_english_ui_wins_over_a_french_regional_format(os_locale, monkeypatch) -> None:
    os_locale("windows", ("French_France", "1252"))
    windows_ui_language(monkeypatch, 0x0409)
    assert i18n.set_language("auto") == "en"


# -- macOS -------------------------------------------------------------------------------------------------


def test_macos_gui_launch_without_lang_follows_apple_languages(os_locale, monkeypatch) -> None:
    os_locale("macos", (None, "UTF-8"))  # what Python sees when Finder/launchd starts the app
    calls = apple_languages(monkeypatch, {"-g": fixture("defaults-AppleLanguages_fr_SYNTHETIC.txt")})
    assert i18n.set_language("auto") == "fr"
    assert calls[0] == (["defaults", "read", "-g", "AppleLanguages"], i18n.MACOS_DEFAULTS_TIMEOUT)
    assert i18n.MACOS_DEFAULTS_TIMEOUT <= 2


def test_macos_order_is_the_users_order_real_outputs(os_locale, monkeypatch) -> None:
    os_locale("macos", (None, "UTF-8"))
    apple_languages(monkeypatch, {"-g": fixture("defaults-AppleLanguages_unquoted_en-fr-ja.txt")})
    assert i18n.os_languages()[:3] == ["en", "fr", "ja"]
    assert i18n.set_language("auto") == "en"  # English is first: French second does not win
    apple_languages(monkeypatch, {"-g": fixture("defaults-AppleLanguages_zh-HK.txt")})
    assert i18n.os_languages()[:2] == ["zh-Hans-HK", "zh-Hant-HK"]
    assert i18n.set_language("auto") == "en"  # no supported language: English
    assert i18n.set_language("auto", preferred=["fr-FR"]) == "fr"  # Qt's uiLanguages as a second opinion


def test_macos_without_a_user_value_reads_the_system_wide_one(os_locale, monkeypatch) -> None:
    os_locale("macos", (None, "UTF-8"))
    calls = apple_languages(
        monkeypatch, {"-g": None, "/Library/Preferences/.GlobalPreferences": fixture("defaults-AppleLanguages_fr_SYNTHETIC.txt")}
    )
    assert i18n.set_language("auto") == "fr"
    assert [c[0][2] for c in calls] == ["-g", "/Library/Preferences/.GlobalPreferences"]


def test_macos_error_text_is_not_a_language() -> None:
    assert i18n.parse_apple_languages(fixture("defaults-AppleLanguages_missing_stderr_SYNTHETIC.txt")) == []
    assert i18n.parse_apple_languages("(\n    \"fr-FR\",\n    <garbage>\n)") == ["fr-FR"]
    assert i18n.parse_apple_languages("") == []


def test_the_defaults_call_is_bounded(tmp_path) -> None:
    """A hung `defaults` cannot hold up the start: the real runner gives up at its timeout."""
    sleeper = tmp_path / "hang"
    sleeper.write_text(f"#!{sys.executable}\nimport time\ntime.sleep(30)\n")
    sleeper.chmod(0o755)
    started = time.monotonic()
    assert i18n._run_bounded([str(sleeper)], 0.3) is None
    assert time.monotonic() - started < 5
    assert i18n._run_bounded(["/nonexistent/defaults"], 0.3) is None


# -- Linux and explicit choices ----------------------------------------------------------------------------


def test_linux_variables(os_locale) -> None:
    os_locale("linux", (None, None), {"LANG": "C.UTF-8", "LANGUAGE": "fr:en"})
    assert i18n.set_language("auto") == "fr"
    os_locale("linux", (None, None), {"LC_ALL": "fr_CA.UTF-8"})
    assert i18n.set_language(None) == "fr"
    os_locale("linux", (None, None), {"LANG": "C"})
    assert i18n.set_language("auto") == "en"


def test_an_explicit_choice_wins_and_unsupported_is_english(os_locale, monkeypatch) -> None:
    os_locale("windows", ("French_France", "1252"))
    assert i18n.set_language("en") == "en"
    assert i18n.set_language("fr_FR") == "fr"
    assert i18n.set_language("de") == "en"


@pytest.mark.parametrize("tag", ["", "C", "POSIX", "!!", "12", "français", "\x00"])
def test_odd_tags_never_crash(tag: str) -> None:
    assert i18n.language_code(tag) in ("", "fr") and i18n.first_supported([tag]) in ("en", "fr")


# -- .qm in the tray ---------------------------------------------------------------------------------------


def _lrelease(ts: Path, qm: Path) -> None:
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)


@pytest.fixture
def translations(tmp_path, monkeypatch) -> Path:
    """An i18n folder of our own (the real one may hold a stale or no build)."""
    from desktop_app.ui import common

    folder = tmp_path / "i18n"
    folder.mkdir()
    monkeypatch.setattr(common, "translations_dir", lambda: folder)
    monkeypatch.setattr(i18n, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    i18n.reset_cache()
    yield folder
    common.apply_language("en")
    i18n.reset_cache()


def test_french_comes_from_the_built_qm(qapp, services, translations) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.ui.app import TrayApp
    from desktop_app.ui.common import apply_language

    _lrelease(resource_path("i18n", "ui_fr.ts"), translations / "ui_fr.qm")  # only the .qm: no .ts to read
    assert apply_language("fr") == "fr"
    assert i18n.load_ts_catalog("fr") == {}
    assert QCoreApplication.translate("ui", "&Run diagnostics") == "&Lancer le diagnostic"
    tray = TrayApp(services, start_monitor=False)
    texts = [a.text() for a in tray.menu.actions()]
    assert "&Lancer le diagnostic" in texts and "&Quitter" in texts
    assert "Pas encore vérifié" in tray.tray.toolTip()
    tray.shutdown()


def test_a_qm_older_than_its_ts_is_ignored_and_the_ts_answers(qapp, translations) -> None:
    from desktop_app.ui.common import apply_language

    ts = translations / "ui_fr.ts"
    shutil.copy(resource_path("i18n", "ui_fr.ts"), ts)
    _lrelease(ts, translations / "ui_fr.qm")
    text = ts.read_text(encoding="utf-8").replace("&amp;Lancer le diagnostic", "&amp;Lancer le diagnostic (à jour)")
    time.sleep(0.05)
    ts.write_text(text, encoding="utf-8")  # edited after the build
    apply_language("fr")
    assert i18n.tr("&Run diagnostics") == "&Lancer le diagnostic (à jour)"


def test_without_any_qm_the_ts_catalog_still_gives_french(qapp, translations) -> None:
    from desktop_app.ui.common import apply_language

    shutil.copy(resource_path("i18n", "ui_fr.ts"), translations / "ui_fr.ts")
    apply_language("fr")
    assert i18n.tr("&Quit") == "&Quitter"


def test_counts_take_the_singular_or_plural_of_each_language() -> None:
    """French says "0 problème" and "1 problème", English "0 problems"; no "(s)" in either."""
    one, other = "{count} problem", "{count} problems"
    said = {n: i18n.tr_plural(n, one, other, count=n) for n in (0, 1, 2)}
    assert said == {0: "0 problems", 1: "1 problem", 2: "2 problems"}
    i18n.set_language("fr")
    said = {n: i18n.tr_plural(n, one, other, count=n) for n in (0, 1, 2)}
    assert said == {0: "0 problème", 1: "1 problème", 2: "2 problèmes"}


def test_label_and_value_joined_with_french_spacing_and_messages_translated_when_shown() -> None:
    warning = i18n.Message("{where}: unknown section [{section}]; ignored", where="policy.toml:3", section="dsk")
    assert i18n.tr_label("Wi-Fi", "OK") == "Wi-Fi: OK" and i18n.translated(warning) == warning
    i18n.set_language("fr")
    assert i18n.tr_label("Wi-Fi", "OK") == "Wi-Fi\u00a0: OK"
    assert str(warning) == "policy.toml:3: unknown section [dsk]; ignored"  # made in English, logged in English
    assert i18n.translated(warning) == "policy.toml:3\u00a0: section [dsk] inconnue\u00a0; ignorée"
