"""The VPN verdict names the first broken layer, with its facts, in the user's language."""

from __future__ import annotations

from desktop_app import i18n
from desktop_app.diagnostics.vpn.verdict import conclude
from desktop_app.model import Result, Status

UP = {"services": [{"name": "corp", "type": "wireguard", "state": "connected"}]}
DOWN = {"services": [{"name": "corp", "type": "wireguard", "state": "disconnected"}]}


def results(*items: Result) -> dict[str, Result]:
    return {r.id: r for r in items}


def test_not_connected_comes_first(ctx) -> None:
    out = conclude(results(Result("vpn", Status.FAILED, "", "off", DOWN, fixes=("vpn.connect",)),
                           Result("company", Status.FAILED, "", "x", {"problem": "dns_failed"}),
                           Result("clock", Status.FAILED, "", "Your clock is 7 minutes slow.", {"skew_seconds": -420})), ctx())
    assert out is not None and out.facts["cause"] == "not_connected" and out.fixes == ("vpn.connect",)


def test_a_vpn_still_connecting_is_not_called_not_connected(ctx) -> None:
    from desktop_app.diagnostics.vpn import services

    connecting = {"services": [{"name": "corp", "type": "vpn", "state": "connecting"}]}
    seen = services.connection_state(connecting["services"])
    vpn = Result("vpn", Status.WARNING, "", "The VPN is still connecting.", connecting | {"connected": seen}, fixes=("vpn.connect",))
    out = conclude(results(vpn, Result("company", Status.FAILED, "", "x", {"problem": "dns_failed"})), ctx())
    assert out is not None and out.facts["cause"] == "connecting" and out.status is Status.WARNING
    assert out.summary == "The VPN is still connecting."


def test_clock_before_company_and_tunnel(ctx) -> None:
    out = conclude(results(Result("vpn", Status.OK, "", "", UP),
                           Result("company", Status.FAILED, "", "cert", {"problem": "tls"}),
                           Result("clock", Status.FAILED, "", "Your clock is 7 minutes slow.", {"skew_seconds": -420})), ctx())
    assert out is not None and out.summary == "Your clock is 7 minutes slow." and out.facts["skew_seconds"] == -420


def test_dead_tunnel_explains_the_company_failure(ctx) -> None:
    out = conclude(results(Result("vpn", Status.OK, "", "", UP),
                           Result("company", Status.FAILED, "", "names", {"problem": "dns_failed"}),
                           Result("tunnel", Status.FAILED, "", "dead", {"dead_reason": "handshake_stale"})), ctx())
    assert out is not None and out.summary == "VPN connected but the company does not answer (tunnel dead)."


def test_all_good(ctx) -> None:
    out = conclude(results(Result("vpn", Status.OK, "", "", UP), Result("company", Status.OK, "", ""),
                           Result("tunnel", Status.OK, "", ""), Result("clock", Status.OK, "", "")), ctx())
    assert out is not None and out.status == Status.OK and out.facts["connected"] == ["corp"]


def test_verdict_in_french(ctx) -> None:
    i18n.reset_cache()
    i18n.set_language("fr")
    try:
        out = conclude(results(Result("vpn", Status.OK, "", "", UP),
                               Result("company", Status.FAILED, "", "", {"problem": "dns_home"})), ctx())
    finally:
        i18n.set_language("en")
    assert out is not None and out.summary == "Les noms de l’entreprise sont résolus par le DNS de votre domicile au lieu du VPN."


def test_unknown_state_is_said_in_french_without_claiming_not_connected(ctx) -> None:
    unknown = {"services": [{"name": "GlobalProtect", "type": "globalprotect", "state": "unknown"}], "connected": None}
    i18n.reset_cache()
    i18n.set_language("fr")
    try:
        out = conclude(results(Result("vpn", Status.WARNING, "", "x", unknown),
                               Result("company", Status.FAILED, "", "Les sites ne répondent pas.", {"problem": "intranet_down"})), ctx())
    finally:
        i18n.set_language("en")
    assert out is not None and out.facts["cause"] == "company"
    assert out.summary == "L’entreprise ne répond pas, et l’état du VPN n’a pas pu être lu\u00a0: Les sites ne répondent pas."
