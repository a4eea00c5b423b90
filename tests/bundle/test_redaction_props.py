"""Property tests: redaction never raises on any text, and a planted secret never survives whatever surrounds it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.redaction import Redactor, redact_text_once

SECRETS = ["jane.doe@gmail.com", "password=Hunter2Horse!", "Authorization: Bearer beArErT0kenValue1234567", "93.184.216.34", "a4:5e:60:e8:41:07"]
HIDDEN = ["jane.doe", "Hunter2Horse!", "beArErT0kenValue1234567", "93.184.216.34", "a4:5e:60:e8:41:07"]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    out, summary = redact_text_once(text)
    assert isinstance(out, str) and all(v > 0 for v in summary.values())


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text(), st.sampled_from(range(len(SECRETS))))
def test_planted_secret_never_survives(prefix: str, suffix: str, index: int) -> None:
    text = f"{prefix}\n{SECRETS[index]}\n{suffix}"
    redactor = Redactor(current_user="", current_host="")
    redactor.harvest(text)
    assert HIDDEN[index] not in redactor.redact_text(text)


def test_same_value_same_placeholder_and_policy_switches() -> None:
    r = Redactor({"macs": False, "public_ips": False, "keep_domains": ["corp.example"]}, current_user="", current_host="")
    text = "a4:5e:60:e8:41:07 93.184.216.34 x@gmail.com y@corp.example x@gmail.com"
    r.harvest(text)
    out = r.redact_text(text)
    assert out.startswith("a4:5e:60:e8:41:07 93.184.216.34 ")  # policy keeps them readable
    assert out.split()[2] == out.split()[4] == "<email-1>" and out.split()[3].endswith("@corp.example")


def test_keys_without_a_label_are_recognised_by_their_shape() -> None:
    keys = [
        "AKIAIOSFODNN7EXAMPLE",
        "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
        "ghp_0123456789abcdefghijABCDEFGHIJ012345",
        "sk-proj0123456789abcdefghijKLMN",
        "glpat-0123456789abcdefghij",
        "xoxb-1234567890-abcdefghijkl",
    ]
    text = "config: " + " | ".join(keys) + " | task-list-for-monday stays"
    out, summary = redact_text_once(text)
    assert not any(key in out for key in keys) and summary["token"] == len(keys)
    assert "task-list-for-monday stays" in out  # an ordinary dashed word is not a key


@pytest.mark.parametrize(
    "text, secret",
    [
        ("Passwort: geheim123", "geheim123"),
        ("Kennwort = geheim456", "geheim456"),
        ("Contraseña: secreto789", "secreto789"),
        ("CONTRASENA=secreto790", "secreto790"),
        ("Wachtwoord: geheim000", "geheim000"),
        ("Senha: segredo111", "segredo111"),
        ("Mot de passe : motfr123", "motfr123"),
        ("GET https://blob.example/x?sv=2020-08-04&sig=abcSIG1234567890xyz%3D HTTP/1.1", "abcSIG1234567890xyz"),
        ("https://bucket.example/o?X-Amz-Signature=0123456789abcdef0123&x=1", "0123456789abcdef0123"),
    ],
)
def test_passwords_under_localized_labels_and_url_signatures_are_hidden(text: str, secret: str) -> None:
    out, summary = redact_text_once(text)
    assert secret not in out and sum(summary.values()) == 1, out


def test_words_that_merely_start_like_a_label_stay() -> None:
    text = "Signal: -61 dBm, signature check passed, senhaor no, kennworte"
    assert redact_text_once(text) == (text, {})
