"""The redaction summary in words: rule -> count, never the values.

"3 e-mail addresses, 2 network names and 1 computer name were replaced." in the user's language.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.i18n import N_, tr

# rule -> (one, several); the order is the order of the sentence when counts are equal.
PHRASES: dict[str, tuple[str, str]] = {
    "email": (N_("{n} e-mail address"), N_("{n} e-mail addresses")),
    "ssid": (N_("{n} network name"), N_("{n} network names")),
    "host": (N_("{n} computer name"), N_("{n} computer names")),
    "user": (N_("{n} user name"), N_("{n} user names")),
    "password": (N_("{n} password"), N_("{n} passwords")),
    "wifi-key": (N_("{n} Wi-Fi key"), N_("{n} Wi-Fi keys")),
    "token": (N_("{n} access token or key"), N_("{n} access tokens or keys")),
    "authorization": (N_("{n} authorization header"), N_("{n} authorization headers")),
    "jwt": (N_("{n} sign-in token (JWT)"), N_("{n} sign-in tokens (JWT)")),
    "cookie": (N_("{n} cookie"), N_("{n} cookies")),
    "url-credentials": (N_("{n} sign-in detail in a web address"), N_("{n} sign-in details in web addresses")),
    "private-key": (N_("{n} private key"), N_("{n} private keys")),
    "product-key": (N_("{n} Windows product key"), N_("{n} Windows product keys")),
    "mac": (N_("{n} hardware (MAC) address"), N_("{n} hardware (MAC) addresses")),
    "public-ip": (N_("{n} public IP address"), N_("{n} public IP addresses")),
    "vpn-server": (N_("{n} VPN server address"), N_("{n} VPN server addresses")),
    "document": (N_("{n} document name"), N_("{n} document names")),
}
OTHER = (N_("{n} other private value"), N_("{n} other private values"))


def summary_phrases(summary: Mapping[str, int]) -> list[str]:
    """One translated phrase per rule, the most frequent first; never the values themselves."""
    order = list(PHRASES)
    counts: dict[str, int] = {}
    for rule, count in summary.items():
        key = rule if rule in PHRASES else "other"
        counts[key] = counts.get(key, 0) + int(count)
    ranked = sorted((k for k, n in counts.items() if n > 0), key=lambda k: (-counts[k], order.index(k) if k in order else len(order)))
    out = []
    for key in ranked:
        one, several = PHRASES.get(key, OTHER)
        n = counts[key]
        out.append(tr(one if n == 1 else several, n=n))
    return out


def summary_text(summary: Mapping[str, int]) -> str:
    """``3 e-mail addresses, 2 network names and 1 computer name were replaced.``"""
    phrases = summary_phrases(summary)
    if not phrases:
        return tr("Nothing needed hiding.")
    if len(phrases) == 1:
        listed = phrases[0]
    else:
        listed = tr("{items} and {last}", items=", ".join(phrases[:-1]), last=phrases[-1])
    single = len(phrases) == 1 and sum(int(v) for v in summary.values()) == 1
    return tr("{what} was replaced.", what=listed) if single else tr("{what} were replaced.", what=listed)


def size_text(size: int) -> str:
    if size < 1000:
        return tr("{n} bytes", n=size)
    if size < 1_000_000:
        return tr("{n} KB", n=max(1, round(size / 1000)))
    return tr("{n} MB", n=f"{size / 1_000_000:.1f}")
