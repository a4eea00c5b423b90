"""`selfdesk self-test` fails on what an incomplete installation lacks; `selfdesk credentials` stores the helpdesk
secret where the backends read it and never takes it from the command line. (The frozen build runs both for real
in test_frozen_build.py; here each failure is provoked on purpose.)"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from desktop_app.cli import main
from desktop_app.cli import selftest as st
from desktop_app.helpdesk.backends.base import KEYRING_SERVICE, secret_for

ROOT = Path(__file__).resolve().parents[2]


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


class RefusingKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the keychain is locked")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def policy_with_account(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SELFDESK_HOME", str(tmp_path / "home"))
    policy = tmp_path / "policy.toml"
    policy.write_text('[helpdesk]\nusername = "selfdesk-bot"\n')
    monkeypatch.setenv("SELFDESK_POLICY", str(policy))
    return policy


def pipe(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


# -- credentials ----------------------------------------------------------------------------------------------


def test_set_reads_the_secret_from_a_pipe_and_the_helpdesk_finds_it(memory_keyring, policy_with_account, monkeypatch, capsys):
    pipe(monkeypatch, "p@ss word\n")
    assert main(["credentials", "set"]) == 0
    out = capsys.readouterr()
    assert "Saved the helpdesk secret for 'selfdesk-bot'" in out.out and "p@ss word" not in out.out + out.err
    assert memory_keyring.items == {(KEYRING_SERVICE, "selfdesk-bot"): "p@ss word"}  # trailing newline only removed
    assert secret_for("selfdesk-bot") == "p@ss word"  # exactly where the backends look
    assert main(["credentials", "check"]) == 0
    assert "p@ss word" not in capsys.readouterr().out


def test_a_secret_given_as_an_argument_is_refused_and_never_echoed(memory_keyring, policy_with_account, monkeypatch, capsys):
    pipe(monkeypatch, "")
    assert main(["credentials", "set", "hunter2"]) == 2
    err = capsys.readouterr().err
    assert "never taken from the command line" in err and "hunter2" not in err
    assert memory_keyring.items == {}
    logs = "".join(p.read_text() for p in (policy_with_account.parent / "home").rglob("*.log"))
    assert "hunter2" not in logs


def test_an_empty_secret_or_no_account_is_a_usage_error(memory_keyring, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SELFDESK_HOME", str(tmp_path))
    monkeypatch.delenv("SELFDESK_POLICY", raising=False)
    pipe(monkeypatch, "x\n")
    assert main(["credentials", "set", "--policy", str(tmp_path / "none.toml")]) == 2  # missing named policy
    empty = tmp_path / "empty.toml"
    empty.write_text("")
    monkeypatch.setenv("SELFDESK_POLICY", str(empty))
    monkeypatch.setattr("desktop_app.policy.locations.system_policy_paths", lambda: [])
    pipe(monkeypatch, "x\n")
    assert main(["credentials", "set"]) == 2
    assert "no [helpdesk] username" in capsys.readouterr().err
    pipe(monkeypatch, "\n")
    assert main(["credentials", "set", "--username", "bot"]) == 2
    assert "empty" in capsys.readouterr().err and memory_keyring.items == {}


def test_typed_secrets_must_match(memory_keyring, policy_with_account, monkeypatch, capsys):
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Tty())
    answers = iter(["first", "second"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["credentials", "set"]) == 2
    assert "differ" in capsys.readouterr().err and memory_keyring.items == {}
    answers = iter(["same", "same"])
    assert main(["credentials", "set", "--username", "other"]) == 0
    assert memory_keyring.items == {(KEYRING_SERVICE, "other"): "same"}


def test_check_and_delete_say_what_is_there(memory_keyring, policy_with_account, capsys):
    assert main(["credentials", "check"]) == 1
    assert "No helpdesk secret is saved for 'selfdesk-bot'." in capsys.readouterr().out
    assert main(["credentials", "delete"]) == 0  # nothing to delete: scripts may run it twice
    memory_keyring.items[(KEYRING_SERVICE, "selfdesk-bot")] = "x"
    assert main(["credentials", "delete"]) == 0
    assert memory_keyring.items == {}


def test_a_refusing_keyring_is_exit_1_with_its_reason(policy_with_account, monkeypatch, capsys):
    previous = keyring.get_keyring()
    keyring.set_keyring(RefusingKeyring())
    try:
        pipe(monkeypatch, "secret\n")
        assert main(["credentials", "set"]) == 1
    finally:
        keyring.set_keyring(previous)
    err = capsys.readouterr().err
    assert "the keychain is locked" in err and "secret\n" not in err


def test_french_messages(memory_keyring, policy_with_account, capsys):
    assert main(["credentials", "check", "--lang", "fr"]) == 1
    assert "Aucun secret" in capsys.readouterr().out


# -- self-test --------------------------------------------------------------------------------------------------


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    assert Path(found).exists(), "pyside6-lrelease comes with PySide6"
    return found


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>core</name>
    <message><source>Hello</source><translation>{text}</translation></message>
  </context>
</TS>
"""


def test_translations_need_each_qm_built_and_current(tmp_path):
    ts = tmp_path / "core_fr.ts"
    ts.write_text(TS.format(text="Bonjour"))
    item = st.check_translations(tmp_path)
    assert item.status == "failed" and "core_fr.qm: not built" in item.detail
    subprocess.run([lrelease(), str(ts), "-qm", str(tmp_path / "core_fr.qm")], check=True, capture_output=True, timeout=60)
    assert st.check_translations(tmp_path).status == "ok"
    ts.write_text(TS.format(text="Salut"))  # the .ts changed after the build
    item = st.check_translations(tmp_path)
    assert item.status == "failed" and "older than core_fr.ts" in item.detail
    (tmp_path / "core_fr.qm").write_bytes(b"garbage")
    assert "not a Qt translation file" in st.check_translations(tmp_path).detail
    assert st.check_translations(tmp_path / "nowhere").status == "failed"


def test_the_real_resources_pass(tmp_path):
    assert st.check_resources(ROOT / "resources").status == "ok"


def test_resources_name_what_is_missing(tmp_path):
    root = tmp_path / "resources"
    shutil.copytree(ROOT / "resources" / "icons", root / "icons")
    for lang in ("en", "fr"):
        (root / "help" / lang).mkdir(parents=True)
        (root / "help" / lang / "a.md").write_text("# A")
    assert st.check_resources(root).status == "ok"
    (root / "help" / "en" / "b.md").write_text("# B")
    (root / "icons" / "selfdesk.png").unlink()
    (root / "icons" / "ok.svg").write_text("<svg")
    detail = st.check_resources(root).detail
    assert "missing icons: selfdesk.png" in detail and "unreadable icons: ok.svg" in detail and "en: b.md" in detail
    assert st.check_resources(tmp_path / "none").status == "failed"


def test_qt_platform_plugins_load_or_say_why(tmp_path):
    real = st.check_qt_plugins(st.plugin_dirs(), "linux")
    assert [(i.id, i.status) for i in real] == [("qt-offscreen", "ok"), ("qt-xcb", "ok")]
    missing = st.check_qt_plugins([tmp_path], "linux")
    assert all(i.status == "failed" and "missing" in i.detail for i in missing)
    (tmp_path / "platforms").mkdir()
    (tmp_path / "platforms" / "qwindows.dll").write_bytes(b"MZ")
    (tmp_path / "platforms" / "qoffscreen.dll").write_bytes(b"MZ")
    broken = st.check_qt_plugins([tmp_path], "win32", load=lambda path: "libxcb-cursor.so.0: cannot open shared object file")
    assert [i.id for i in broken] == ["qt-offscreen", "qt-windows"]
    assert all(i.status == "failed" and "libxcb-cursor.so.0" in i.detail for i in broken)


class FakeKeyringModule:
    def __init__(self, backend: object, saved: dict[tuple[str, str], str] | None = None) -> None:
        self.backend, self.saved = backend, saved or {}

    def get_keyring(self) -> object:
        return self.backend

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))


def test_keyring_item_depends_on_whether_the_policy_needs_a_secret():
    from keyring.backends import fail

    none = FakeKeyringModule(fail.Keyring())
    assert st.check_keyring("", none).status == "skipped"
    item = st.check_keyring("selfdesk-bot", none)
    assert item.status == "failed" and "selfdesk-bot" in item.detail
    working = FakeKeyringModule(MemoryKeyring())
    assert st.check_keyring("", working).status == "ok"
    item = st.check_keyring("selfdesk-bot", working)
    assert item.status == "failed" and "selfdesk credentials set" in item.detail
    saved = FakeKeyringModule(MemoryKeyring(), {(KEYRING_SERVICE, "selfdesk-bot"): "x"})
    item = st.check_keyring("selfdesk-bot", saved)
    assert item.status == "ok" and "x" not in item.detail.replace("selfdesk", "")


def test_self_test_exit_code_and_one_line_per_item(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("SELFDESK_HOME", str(tmp_path))
    monkeypatch.setattr(st, "check_keyring", lambda username: st.Item("keyring", st.SKIPPED, "none"))
    assert main(["self-test"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[1] for line in lines] == ["resources:", "translations:", "qt-offscreen:", "qt-xcb:", "keyring:"]
    monkeypatch.setattr(st, "check_resources", lambda root: st.Item("resources", st.FAILED, "missing icons: selfdesk.png"))
    assert main(["self-test"]) == 1
    assert capsys.readouterr().out.splitlines()[0] == "FAILED   resources: missing icons: selfdesk.png"
