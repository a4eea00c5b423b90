"""Run SelfDesk's main job for real inside a simulated home network, so no probe leaves this machine.

    .venv/bin/python scripts/lab_run.py [--scenario healthy|provider-down|dns-down|portal|no-route] [-- ARGS]

Builds the two-namespace network lab the tests use (tests/network/lab.py: a "laptop" namespace behind a
"router" namespace running DNS and a small "internet" web server), then runs `selfdesk ARGS` (default:
`diagnose`) inside the laptop namespace with a policy aimed at the lab, prints what an employee would read,
and removes everything. Needs root (network namespaces) and the packages `scripts/setup.sh --system` installs.
"""

from __future__ import annotations

import argparse
import itertools
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.network.lab import Lab  # noqa: E402 - the lab lives with the tests that use it

SCENARIOS = {
    "healthy": "a working home network",
    "provider-down": "the router answers but the internet provider's line is down",
    "dns-down": "the router's name server is down",
    "portal": "a hotel Wi-Fi that wants you to sign in first",
    "no-route": "no router configured",
}
# The banner follows the app's --lang, so a French run reads French from its first line (a lab tool: its text is
# not in the app's translation files).
SCENARIOS_FR = {
    "healthy": "un réseau domestique qui fonctionne",
    "provider-down": "le routeur répond mais la ligne du fournisseur d’accès est coupée",
    "dns-down": "le serveur de noms du routeur est arrêté",
    "portal": "un Wi-Fi d’hôtel qui demande de se connecter d’abord",
    "no-route": "aucun routeur configuré",
}
BANNER = {"en": "SelfDesk lab: {what} (network namespaces; nothing leaves this machine)",
          "fr": "Labo SelfDesk : {what} (espaces de noms réseau ; rien ne sort de cette machine)"}


def banner(scenario: str, args: list[str]) -> str:
    french = "--lang=fr" in args or any(a == "--lang" and b == "fr" for a, b in itertools.pairwise(args))
    return BANNER["fr" if french else "en"].format(what=(SCENARIOS_FR if french else SCENARIOS)[scenario])


def set_scenario(lab: Lab, scenario: str) -> None:
    if scenario == "provider-down":
        lab.provider_down()
    elif scenario == "dns-down":
        lab.stop_dns()
    elif scenario == "portal":
        lab.portal()
    elif scenario == "no-route":
        lab.no_default_route()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", choices=sorted(SCENARIOS), default="healthy")
    parser.add_argument("args", nargs=argparse.REMAINDER, help="selfdesk verb and options (default: diagnose)")
    options = parser.parse_args(argv)
    args = [a for a in options.args if a != "--"] or ["diagnose"]
    if os.geteuid() != 0:
        print("lab_run: network namespaces need root; run `bash scripts/run.sh --live` for your own network", file=sys.stderr)
        return 2
    print(banner(options.scenario, args) + "\n", flush=True)
    with tempfile.TemporaryDirectory(prefix="selfdesk-lab-") as folder:
        workdir = Path(folder)
        workdir.chmod(0o755)
        lab = Lab(workdir).start()
        try:
            set_scenario(lab, options.scenario)
            home = workdir / "home"
            home.mkdir()
            command = ["ip", "netns", "exec", lab.client, "env", f"SELFDESK_HOME={home}", f"XDG_CONFIG_HOME={home}",
                       sys.executable, "-m", "desktop_app", *args, "--policy", str(lab.write_policy())]
            try:  # output streams as the checks finish; the tray runs until the user quits it
                return subprocess.run(command, cwd=ROOT).returncode
            except KeyboardInterrupt:
                return 130
        finally:
            lab.close()


if __name__ == "__main__":
    sys.exit(main())
