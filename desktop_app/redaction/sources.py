"""Layer 1: sources that are never collected.

The system seam asks ``is_forbidden_source`` before it runs a command or reads a file, and records
``FORBIDDEN_ERROR`` instead of executing: secret stores, Wi-Fi profiles with their keys, NetworkManager
connection files, keychains and browser profiles never enter an observation. The bundle writer asks again as
a safety net for recordings made elsewhere.
"""

from __future__ import annotations

import ntpath
import posixpath
from collections.abc import Sequence

FORBIDDEN_ERROR = "not collected: forbidden source"

_FORBIDDEN_PATH_PARTS = (
    # secret stores and credentials
    "/etc/shadow", "/etc/gshadow", "/etc/security/opasswd", "/etc/sudoers",
    "/etc/networkmanager/system-connections", "/run/networkmanager/system-connections",
    "/etc/wpa_supplicant", "/var/lib/iwd", "/etc/netctl", "/var/lib/networkmanager/secret_key",
    "/library/keychains", "/.ssh/", "/.gnupg/", "/.aws/", "/.azure/", "/.kube/config", "/.docker/config.json",
    "/.netrc", "/.pgpass", "/.git-credentials", "/.config/gh/hosts.yml", "/.local/share/keyrings",
    "/.password-store/", "/microsoft/credentials", "/microsoft/protect", "/microsoft/vault", "/microsoft/crypto",
    "/windows/system32/config/sam", "/windows/system32/config/security", "/windows/system32/config/system",
    "/programdata/microsoft/wlansvc/profiles", "/library/preferences/systemconfiguration/com.apple.airport",
    # browser profiles (cookies, saved passwords, history)
    "/.mozilla/", "/mozilla/firefox/", "/google/chrome/", "/google-chrome/", "/chromium/",
    "/microsoft/edge/", "/microsoft-edge/", "/bravesoftware/", "/library/safari", "/library/cookies",
    "/opera software/", "/vivaldi/", "/.config/opera/", "/library/application support/firefox/",
)
_FORBIDDEN_FILE_SUFFIXES = (".kdbx", ".pem", ".key", ".p12", ".pfx", ".keychain", ".keychain-db", ".nmconnection", ".ovpn")
_FORBIDDEN_FILE_NAMES = ("id_rsa", "id_ed25519", "id_ecdsa", "id_dsa", "login data", "cookies", "key3.db", "key4.db", "logins.json")
# Programs whose only purpose is to print secrets.
_SECRET_PROGRAMS = frozenset({"secret-tool", "cmdkey", "vaultcmd", "keyring", "pass", "gopass", "mimikatz", "lazagne"})
_POWERSHELL_SECRETS = ("convertfrom-securestring", "get-storedcredential", "passwordvault", "key=clear", "getnetworkcredential", "export-pfxcertificate")


def _norm_path(text: str) -> str:
    return text.replace("\\", "/").lower()


def _forbidden_path(path: str) -> bool:
    norm = _norm_path(path)
    padded = norm if norm.endswith("/") else norm + "/"
    for part in _FORBIDDEN_PATH_PARTS:
        if part in norm or (part.endswith("/") and part in padded) or norm.endswith(part.rstrip("/")):
            return True
    base = posixpath.basename(norm.rstrip("/"))
    return base.endswith(_FORBIDDEN_FILE_SUFFIXES) or base in _FORBIDDEN_FILE_NAMES


def _program(argv0: str) -> str:
    return ntpath.basename(posixpath.basename(argv0)).lower().removesuffix(".exe")


def _forbidden_argv(argv: Sequence[str]) -> bool:
    if not argv:
        return False
    program = _program(str(argv[0]))
    args = [str(a).lower() for a in argv[1:]]
    joined = " ".join(args)
    compact = joined.replace(" ", "")
    # netsh: a Wi-Fi profile with its key in clear, or a profile export (which also carries the key).
    if program == "netsh" and "wlan" in args and ("key=clear" in compact or "export" in args):
        return True
    if program == "nmcli" and any(a in ("-s", "--show-secrets") or a.startswith("--show-secrets") for a in args):
        return True
    if program == "nmcli" and ("psk" in joined or "password" in joined or "secrets" in joined) and ("-g" in args or "--get-values" in args or "-f" in args or "--fields" in args):
        return True
    if program == "security" and any(a.startswith(("find-generic-password", "find-internet-password", "dump-keychain", "export", "find-certificate")) for a in args):
        return True
    if program in _SECRET_PROGRAMS:
        return True
    if program == "reg" and any(a in ("save", "export") for a in args) and any(k in joined for k in ("sam", "security")):
        return True
    if program in ("gpg", "gpg2") and any("secret" in a for a in args):
        return True
    if program == "wpa_cli" and any(a in ("get_network", "list_networks") for a in args) and "psk" in joined:
        return True
    if program in ("powershell", "pwsh") and any(k in joined for k in _POWERSHELL_SECRETS):
        return True
    if program in ("defaults",) and "com.apple.airport" in joined:
        return True
    # Any argument naming a forbidden path (cat, type, Get-Content, cp ...).
    return any(("/" in a or "\\" in a) and _forbidden_path(a) for a in argv[1:] if isinstance(a, str))


def is_forbidden_source(source: str | Sequence[str]) -> bool:
    """True for a command (argv list) or a file path that must never be collected: secret stores, Wi-Fi
    profiles with keys, NetworkManager connection files, keychains, browser profiles."""
    if isinstance(source, str):
        return _forbidden_path(source)
    return _forbidden_argv(list(source))
