"""Layer 3 data: what the global pass looks for.

Speed matters (a 20 MB log well above 20 MB/s), and Python's regex engine is fast only when a pattern starts
with a literal. So the pass never runs an alternation of keywords over the whole text: it looks for each
*needle* (a lower-case literal such as ``pass`` or ``ssid``) with ``str.find`` on the lower-cased text, then
matches a small ``tail`` pattern on the original text right after it. Context-free shapes (MAC and IP
addresses, product keys) are found from their separator (``:``, ``-``, ``.``), each a single-character
literal the engine scans for in C.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# -- values after a label -------------------------------------------------------------------------------------
# A label's value: quoted (spaces allowed) or a bare token. Groups q1/q2/v: the first that matched is hidden.
_VALUE = r"(?:\"(?P<q1>[^\"\r\n]+)\"|'(?P<q2>[^'\r\n]+)'|(?P<v>[^\s\"',;&<>]+))"
_SEP = r"[\"']?[ \t]*[:=][ \t]*"
_SECRET = _SEP + _VALUE
_DOTTED_SEP = r"[\"']?[ .\t]*[:=][ \t]*"  # ipconfig: "Host Name . . . . . : pc-42"
_TO_EOL = r"[ \t]*:[ \t]*\"?(?P<v>[^\r\n\"]*[^\s\"])\"?[ \t]*(?=\r?\n|\Z)"
_HOST_VALUE = r"[\"']?(?P<v>[A-Za-z0-9][A-Za-z0-9._-]*)"
_BARE_MAC = _SEP + r"[\"']?(?P<v>[0-9A-Fa-f]{12})(?![0-9A-Za-z])"

# Words that follow "password is" / "token:" in messages, not secrets.
NOT_SECRETS = frozenset({
    "none", "null", "true", "false", "expired", "invalid", "missing", "required", "incorrect", "wrong", "empty",
    "unknown", "n/a", "yes", "no", "on", "off", "not", "set", "never", "changed", "too", "valid", "ok",
    "<removed>", "redacted", "hidden", "undefined",
})
NOT_USERS = frozenset({
    "public", "default", "default user", "all users", "shared", "guest", "root", "admin", "user", "users", "home",
    "localadmin", "administrator", "administrateur", "system", "nobody", "daemon", "everyone", "none", "null",
    "true", "false", "unknown", "n/a", "localservice", "networkservice", "local service", "network service",
})
NOT_SSIDS = frozenset({"off", "none", "--", "n/a", "any", "on", "yes", "no", "unknown", "(none)", "<hidden>", "hidden"})
NOT_HOSTS = frozenset({"localhost", "none", "unknown", "localhost.localdomain", "localdomain", "n/a", "null", "true", "false"})


@dataclass(frozen=True)
class Context:
    """A label found by its needle. ``kind`` is the summary rule; ``pseudonym`` the placeholder kind
    (defaults to ``kind``). ``prefixes``: the needle must be preceded by one of these (lower-case), itself
    at a word start; empty means the needle starts a word. ``line_start``: only blanks before it on its line.
    ``literal``: the value is then hidden everywhere in the bundle, not only here."""

    kind: str
    tail: re.Pattern[str]
    prefixes: tuple[str, ...] = ()
    line_start: bool = False
    literal: bool = True
    reject: frozenset[str] = NOT_SECRETS
    pseudonym: str = ""
    before: re.Pattern[str] | None = None  # alternative to prefixes: searched on the 24 characters before

    @property
    def placeholder_kind(self) -> str:
        return self.pseudonym or self.kind


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_KEY_OWNERS = re.compile(r"(?:api|access|auth|private|secret|subscription|client|license|licence|master|signing|wpa|wep|wifi|shared|pre-shared|session|encryption_|x-api)[ _.-]?\Z")
_ADDRESS_OWNERS = re.compile(r"(?:permanent|network|physical|hardware|mac|hw|ether|burned-in|burnedin)[ _-]?\Z")

# needle -> contexts tried in order at each hit.
CONTEXTS: dict[str, tuple[Context, ...]] = {
    "pass": (
        Context("password", _c(r"(?i:word|wd|phrase|wort)[a-z]*" + _SECRET)),  # German: Passwort
        Context("password", _c(r"(?i:word|wd|phrase)[ \t]+is[ \t]+" + _VALUE)),
        Context("password", _c(r"(?i:e)" + _SECRET), prefixes=("mot de ",)),
    ),
    "pwd": (Context("password", _c(r"[a-z]*" + _SECRET)),),
    # The word in the display languages Windows tools print (German, Dutch, Portuguese, Spanish).
    "kennwort": (Context("password", _c(_SECRET)),),
    "wachtwoord": (Context("password", _c(_SECRET)),),
    "senha": (Context("password", _c(_SECRET)),),
    "contrase": (Context("password", _c(r"(?i:ña|na)" + _SECRET)),),
    # A signed URL's signature (Azure SAS "sig=", AWS "Signature="): whoever holds the URL has the access.
    "sig": (Context("token", _c(r"(?i:nature)?=(?P<v>[A-Za-z0-9%+/_-]{10,}={0,2})")),),
    "token": (Context("token", _c(r"(?i:[_-]?(?:id|value|key))?s?" + _SECRET)),),
    "secret": (Context("token", _c(r"(?i:[_-]?(?:key|id|value|access[_-]?key))?s?" + _SECRET)),),
    "key": (
        Context("wifi-key", _c(r"(?i: content)" + _TO_EOL), line_start=True, reject=frozenset()),
        Context("token", _c(r"s?" + _SECRET), before=_KEY_OWNERS),
    ),
    # nmcli's flag lists ("... group_tkip psk:pair_tkip") are not keys.
    "psk": (Context("wifi-key", _c(r"[a-z_]*" + _SEP + r"(?!(?:pair|group)_|\(none\))" + _VALUE), reject=NOT_SECRETS | {"psk", "sae", "ccmp", "tkip"}),),
    "authorization": (
        Context("authorization", _c(_SEP + r"[\"']?(?:(?i:basic|bearer|digest|negotiate|ntlm|token)[ \t]+)?(?P<v>[^\s\"',;]+)"), pseudonym="token", literal=False),
        Context("authorization", _c(r"[\"']?[ \t]*[:=][ \t]*[\"']?(?i:bearer)[ \t]+(?P<v>[A-Za-z0-9._~+/=-]{8,})"), pseudonym="token", literal=False),
    ),
    "cookie": (Context("cookie", _c(_SEP + r"(?P<v>[^\r\n\"]*[^\s\"])"), literal=False),),
    "ssid": (
        Context("mac", _c(_BARE_MAC), prefixes=("b",), literal=False, reject=frozenset()),
        Context("ssid", _c(r"(?i:[ \t]+name)?[ \t]*(?:\d+[ \t]*)?" + _TO_EOL), line_start=True, prefixes=("", "nom ", "802-11-wireless.", "wifi."), reject=NOT_SSIDS),
        Context("ssid", _c(_SEP + r"(?:\"(?P<q1>[^\"\r\n]*)\"|'(?P<q2>[^'\r\n]*)')"), prefixes=("", "e"), reject=NOT_SSIDS),
        Context("ssid", _c(r"[ \t]*=[ \t]*(?P<v>[^\s\"',;&<>]+)"), reject=NOT_SSIDS),
        Context("ssid", _c(r"[ \t]+(?:\"(?P<q1>[^\"\r\n]+)\"|'(?P<q2>[^'\r\n]+)')"), reject=NOT_SSIDS),
    ),
    "host": (
        Context("host", _c(r"(?i:[ _-]?name)" + _DOTTED_SEP + _HOST_VALUE), reject=NOT_HOSTS),
        Context("host", _c(r"[ .]*:[ \t]*" + _HOST_VALUE), prefixes=("nombre de ", "nome "), reject=NOT_HOSTS),
    ),
    "computer": (Context("host", _c(r"(?i:[ _-]?name)" + _DOTTED_SEP + _HOST_VALUE), reject=NOT_HOSTS),),
    "user": (Context("user", _c(r"(?i:[ _-]?name)?" + _SEP + r"[\"']?(?P<v>[^\s\"',;:<>()\\/]+)"), reject=NOT_USERS),),
    "address": (Context("mac", _c(_BARE_MAC), before=_ADDRESS_OWNERS, literal=False, reject=frozenset()),),
}

# -- home folders -------------------------------------------------------------------------------------------
HOME_NEEDLES = ("user", "home", "documents and settings")  # "user" (C:\\Users\\x, /Users/x) is scanned once, with its label
HOME_TAIL = re.compile(r"[\\/]+(?P<u>[^\\/\s\"'<>:*?|$#;,()\[\]]+)")

# -- whole secrets and shapes found from a separator ---------------------------------------------------------
# Cloud keys without a separator: AWS (AKIA...) and Google (AIza...) share the literal 'A'; GitHub's gh?_.
API_KEY_A = re.compile(r"A(?:KIA[0-9A-Z]{16}|Iza[0-9A-Za-z_-]{35})(?![A-Za-z0-9])")
API_KEY_GH = re.compile(r"gh[pousr]_[A-Za-z0-9]{30,}")
# Keys whose prefix ends with '-' (found by DASH, then checked with these).
DASH_KEYS = (re.compile(r"sk-[A-Za-z0-9_-]{20,}"), re.compile(r"glpat-[A-Za-z0-9_-]{20,}"), re.compile(r"xox[abprs]-[A-Za-z0-9-]{10,}"))
_H2 = r"[0-9A-Fa-f]{2}"
# At each '-': a PEM private key, a Windows product key (after its first block), a MAC (after its first octet), a
# longer run of octets such as a DHCPv6 DUID whose last six octets are the adapter's MAC, or a long token that
# may be a key with a dashed prefix (sk-, glpat-, xoxb-).
DASH = re.compile(
    r"-(?:(?P<pem>----BEGIN [A-Z0-9 ]*PRIVATE KEY-----(?s:.*?)(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|\Z))"
    r"|(?P<pk>[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})(?![A-Za-z0-9])"
    rf"|(?P<m>{_H2}-{_H2}-{_H2}-{_H2}-{_H2})(?![0-9A-Za-z]|-[0-9A-Fa-f])"
    rf"|(?P<run>{_H2}(?:-{_H2}){{6,19}})(?![0-9A-Za-z]|-[0-9A-Fa-f])"
    r"|(?:(?<=sk-)|(?<=pat-)|(?<=ox[abprs]-))(?P<tok>[A-Za-z0-9_][A-Za-z0-9_-]{9,}))"
)
# At each ':': credentials in a URL (://user:password@), a MAC after its first octet, or an IPv6 address that has
# '::' or 8 groups. The look-ahead wants two more colons close by (or '//', or '::'), so clock times
# (07:01:02,123) and "label: value" fail at once, inside the engine.
COLON = re.compile(
    r":(?=//|:|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{0,4}:)(?:(?P<url>//(?P<u>[^/\s:@<>\"'?#]+)(?::(?P<p>[^/\s@<>\"']*))?@(?=[A-Za-z0-9\[]))"
    r"|(?P<m>[0-9A-Fa-f]{1,2}:[0-9A-Fa-f]{1,2}:[0-9A-Fa-f]{1,2}:[0-9A-Fa-f]{1,2}:[0-9A-Fa-f]{1,2})(?![0-9A-Za-z:])"
    r"|(?P<i6>:[0-9A-Fa-f:]*|[0-9A-Fa-f:]*::[0-9A-Fa-f:]*|[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){6})(?![\w:.%-]|%\w))"
)
# nmcli's terse output escapes colons: 31\:23\:03\:1A\:9F\:1C
ESCAPED_COLON = re.compile(rf"\\:{_H2}\\:{_H2}\\:{_H2}\\:{_H2}\\:{_H2}(?![0-9A-Za-z]|\\:)")
# At each '.': an IPv4 address (after its first octet; octets are checked in Python), a Cisco-style MAC
# (3c7c.3f31.22ac) or the payload of a JWT (its header, before the dot, is found from there). The look-ahead
# turns away the dotted leaders of ipconfig (". . . .") at once.
DOT = re.compile(
    r"\.(?=[0-9A-Fa-f])(?:(?P<ip>\d{1,3}\.\d{1,3}\.\d{1,3})(?![\w]|\.\d)"
    r"|(?P<c>[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w.])"
    r"|(?P<jwt>eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*))"
)
JWT_PART = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
EMAIL_AT = re.compile(r"@(?P<d>(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})(?![A-Za-z0-9-])")
HEX = frozenset("0123456789abcdefABCDEF")
DIGITS = frozenset("0123456789")
ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
WORD = ALNUM | {"_"}
EMAIL_LOCAL = WORD | set(".%+-")

# Well-known public resolvers identify no one; keeping them readable helps the technician.
WELL_KNOWN_IPS = frozenset({
    "8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "149.112.112.112", "208.67.222.222", "208.67.220.220",
    "2001:4860:4860::8888", "2001:4860:4860::8844", "2606:4700:4700::1111", "2606:4700:4700::1001",
})

# -- structured data: keys whose value is a name or a secret ------------------------------------------------
KEY_KINDS: dict[str, str] = {
    "ssid": "ssid", "ssids": "ssid", "network_name": "ssid", "ssid_name": "ssid", "current_network": "ssid",
    "hostname": "host", "host_name": "host", "computer_name": "host", "computername": "host", "fqdn": "host",
    "machine_name": "host", "dnshostname": "host",
    "username": "user", "user": "user", "user_name": "user", "owner": "user", "full_name": "user", "fullname": "user",
    "password": "password", "passwd": "password", "passphrase": "password",
    "psk": "wifi-key", "wifi_key": "wifi-key", "key_content": "wifi-key",
    "token": "token", "access_token": "token", "refresh_token": "token", "api_key": "token", "apikey": "token",
    "secret": "token", "client_secret": "token", "private_key": "private-key",
}
MAC_KEYS = frozenset({"bssid", "mac", "mac_address", "macaddress", "permanentaddress", "networkaddress", "physical_address", "hwaddr", "ether", "spairport_wireless_mac_address"})
