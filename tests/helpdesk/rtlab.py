"""Install (if needed), configure and run a real Request Tracker 5 on loopback for the tests (see shared LAB.md)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import requests

PACKAGES = ["request-tracker5", "rt5-db-sqlite", "rt5-standalone"]
SERVER = "/usr/share/request-tracker5/libexec/rt-server"
SITE_CONFIG = Path("/etc/request-tracker5/RT_SiteConfig.d/99-test.pm")
PRESEED = """\
request-tracker5 request-tracker5/database-type select sqlite3
request-tracker5 request-tracker5/dbconfig-install boolean true
request-tracker5 request-tracker5/initial-root-password password password
request-tracker5 request-tracker5/rtname string selfdesk-test
request-tracker5 request-tracker5/organization string selfdesk.test
request-tracker5 request-tracker5/correspondaddress string rt@selfdesk.test
request-tracker5 request-tracker5/commentaddress string rt-comment@selfdesk.test
exim4-config exim4/dc_eximconfig_configtype select local delivery only; not on a network
"""
# The BundleId custom field (global, on tickets) and a known root password.
DATAFILE = """\
@CustomFields = ({ Name => 'BundleId', Type => 'FreeformSingle', LookupType => 'RT::Queue-RT::Ticket',
                   Description => 'SelfDesk bundle id', Queue => 0 });
@Final = (sub { my $u = RT::User->new(RT->SystemUser); $u->Load('root');
                my ($ok, $msg) = $u->SetPassword('password'); die $msg unless $ok; });
1;
"""
USER, PASSWORD = "root", "password"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ensure_installed() -> None:
    if Path(SERVER).exists() and shutil.which("rt-setup-database-5"):
        return
    if os.geteuid() != 0:
        raise RuntimeError("Request Tracker 5 is not installed and the tests are not root: apt-get install " + " ".join(PACKAGES))
    subprocess.run(["debconf-set-selections"], input=PRESEED, text=True, check=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", *PACKAGES], env=env, check=True, capture_output=True, timeout=900)


class RTServer:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def setup(self) -> None:
        ensure_installed()
        db = self.folder / "rtdb"
        SITE_CONFIG.write_text(
            f"Set($WebPath, '');\nSet($WebDomain, '127.0.0.1');\nSet($WebPort, {self.port});\n"
            f"Set($MailCommand, 'testfile');\nSet($DatabaseName, '{db}');\nSet($LogToSTDERR, 'error');\n1;\n"
        )
        (self.folder / "data.pl").write_text(DATAFILE)
        for action in (["--action", "init", "--skip-create"], ["--action", "insert", "--datafile", str(self.folder / "data.pl")]):
            subprocess.run(["rt-setup-database-5", *action], check=True, capture_output=True, timeout=300)

    def start(self) -> None:
        log = open(self.folder / "rt-server.log", "ab")  # noqa: SIM115 - owned by the server process
        self.proc = subprocess.Popen(
            [SERVER, "--host", "127.0.0.1", "--port", str(self.port), "--max-workers", "2"], stdout=log, stderr=log, start_new_session=True
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "/REST/2.0/queues/all", auth=(USER, PASSWORD), timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.2)
        raise RuntimeError("rt-server did not answer within 60 s")

    def stop(self) -> None:
        if self.proc is not None:
            os.killpg(self.proc.pid, 15)  # the server and its workers (its own session)
            self.proc.wait(timeout=20)
            self.proc = None

    def teardown(self) -> None:
        self.stop()
        SITE_CONFIG.unlink(missing_ok=True)

    # -- checks ------------------------------------------------------------------------------------
    def api(self, path: str, **params: object) -> dict:
        response = requests.get(self.url + "/REST/2.0" + path, params=params, auth=(USER, PASSWORD), timeout=20)
        response.raise_for_status()
        return response.json()

    def tickets_with_key(self, key: str) -> list[str]:
        return [item["id"] for item in self.api("/tickets", query=f"'CF.{{BundleId}}' = '{key}'")["items"]]

    def attachments_named(self, ticket: str, name: str) -> list[dict]:
        items = self.api(f"/ticket/{ticket}/attachments", fields="Filename", per_page=100)["items"]
        return [self.api(f"/attachment/{i['id']}") for i in items if i.get("Filename") == name]
