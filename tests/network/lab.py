"""A two-namespace network lab (client <-> router/"internet") for real network tests; prefix "sdn-".

    client sdn-XXXX-c  10.77.1.2/24 --veth--  router sdn-XXXX-r 10.77.1.1/24 (dnsmasq on :53)
                                                               10.77.9.9/32 on lo: the lab "internet"
                                                               (stdlib HTTP server on :80, speedtest emulation)

Nothing leaves the two namespaces: the client's only route is the veth, and its resolv.conf/hosts come from
/etc/netns/<client>/. Scenarios change the router with nftables (black holes, loss) and tc (bandwidth cap).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SERVER = ROOT / "tests" / "fixtures" / "network_lab" / "server.py"
PYTHON = sys.executable
ROUTER_IP, CLIENT_IP, INTERNET_IP = "10.77.1.1", "10.77.1.2", "10.77.9.9"
UPSTREAM_DNS = "10.77.9.53"  # the "provider's" resolver the router's dnsmasq forwards to (ISP scenarios only)


def sh(*argv: str, ns: str | None = None, check: bool = True, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    full = ["ip", "netns", "exec", ns, *argv] if ns else list(argv)
    return subprocess.run(full, capture_output=True, text=True, check=check, timeout=timeout)


def make_tls_files(workdir: Path) -> tuple[Path, Path, Path]:
    """A throw-away CA and a certificate for www.speedtest.net / the lab internet address (speedtest-cli --secure
    fetches its configuration and server list over HTTPS). Only the speedtest child process is told to trust it
    (SSL_CERT_FILE)."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "SelfDesk lab CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(hours=1))
          .not_valid_after(now + datetime.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
                                       key_encipherment=False, data_encipherment=False, key_agreement=False,
                                       encipher_only=False, decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    import ipaddress

    cert = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "www.speedtest.net")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(hours=1)).not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("www.speedtest.net"), x509.IPAddress(ipaddress.ip_address(INTERNET_IP))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    ca_file, key_file, cert_file = workdir / "lab-ca.pem", workdir / "lab-key.pem", workdir / "lab-cert.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    key_file.chmod(0o600)
    return ca_file, key_file, cert_file


class Lab:
    def __init__(self, workdir: Path):
        tag = secrets.token_hex(2)
        self.client, self.router = f"sdn-{tag}-c", f"sdn-{tag}-r"
        self.veth_c, self.veth_r = f"sdn{tag}c", f"sdn{tag}r"
        self.workdir = workdir
        self.mode_file = workdir / "mode"
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self.dns_upstream: str | None = None

    # -- lifecycle ---------------------------------------------------------------------------------------------
    def start(self) -> Lab:
        for tool in ("ip", "nft", "tc", "dnsmasq", "ping"):
            if shutil.which(tool) is None:
                raise RuntimeError(f"{tool} is missing: apt-get install iproute2 nftables dnsmasq-base iputils-ping")
        sh("ip", "netns", "add", self.client)
        sh("ip", "netns", "add", self.router)
        sh("ip", "link", "add", self.veth_c, "netns", self.client, "type", "veth", "peer", "name", self.veth_r, "netns", self.router)
        sh("ip", "link", "set", "lo", "up", ns=self.client)
        sh("ip", "link", "set", "lo", "up", ns=self.router)
        sh("ip", "addr", "add", f"{CLIENT_IP}/24", "dev", self.veth_c, ns=self.client)
        sh("ip", "addr", "add", f"{ROUTER_IP}/24", "dev", self.veth_r, ns=self.router)
        sh("ip", "addr", "add", f"{INTERNET_IP}/32", "dev", "lo", ns=self.router)
        sh("ip", "addr", "add", f"{UPSTREAM_DNS}/32", "dev", "lo", ns=self.router)
        sh("ip", "link", "set", self.veth_c, "up", ns=self.client)
        sh("ip", "link", "set", self.veth_r, "up", ns=self.router)
        sh("ip", "route", "add", "default", "via", ROUTER_IP, ns=self.client)
        etc = Path("/etc/netns") / self.client
        etc.mkdir(parents=True, exist_ok=True)
        (etc / "resolv.conf").write_text(f"nameserver {ROUTER_IP}\noptions timeout:1 attempts:1\n")
        (etc / "hosts").write_text(f"127.0.0.1 localhost\n{INTERNET_IP} www.speedtest.net\n")
        self.mode_file.write_text("normal")
        self.ca_file, key_file, cert_file = make_tls_files(self.workdir)
        self._spawn("http", [PYTHON, str(SERVER), "--bind", INTERNET_IP, "--port", "80", "--mode-file", str(self.mode_file),
                             "--tls-cert", str(cert_file), "--tls-key", str(key_file)], self.router)
        self.start_dns()
        sh("nft", "add", "table", "inet", "sdnlab", ns=self.router)
        sh("nft", "add", "chain", "inet", "sdnlab", "input", "{ type filter hook input priority 0 ; policy accept ; }", ns=self.router)
        sh("nft", "add", "chain", "inet", "sdnlab", "output", "{ type filter hook output priority 0 ; policy accept ; }", ns=self.router)
        self._wait_http()
        return self

    def _spawn(self, name: str, argv: list[str], ns: str) -> None:
        self.procs[name] = subprocess.Popen(["ip", "netns", "exec", ns, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def _wait_http(self) -> None:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            probe = sh(PYTHON, "-c", f"import socket; socket.create_connection(('{INTERNET_IP}', 80), 1).close()", ns=self.router, check=False)
            if probe.returncode == 0:
                return
            time.sleep(0.1)
        raise RuntimeError("lab HTTP server did not start")

    def start_dns(self, upstream: str | None = None) -> None:
        """dnsmasq on the router: answers the lab names itself, or (``upstream``) forwards everything to the
        provider's resolver like a home router does."""
        names = (
            [f"--server={upstream}"]
            if upstream
            else [f"--address=/example.test/{INTERNET_IP}", f"--address=/check.test/{INTERNET_IP}", "--address=/missing.test/"]
        )
        self._spawn(
            "dns",
            [
                "dnsmasq", "--no-daemon", "--conf-file=/dev/null", "--no-resolv", "--no-hosts", "--bind-interfaces",
                f"--listen-address={ROUTER_IP}", f"--pid-file={self.workdir / 'dnsmasq.pid'}", "--user=root", *names,
            ],
            self.router,
        )
        self.dns_upstream = upstream
        time.sleep(0.3)

    def stop_dns(self) -> None:
        self._stop("dns")

    def _stop(self, name: str) -> None:
        proc = self.procs.pop(name, None)
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)

    def close(self) -> None:
        for name in list(self.procs):
            self._stop(name)
        sh("ip", "netns", "del", self.client, check=False)
        sh("ip", "netns", "del", self.router, check=False)
        shutil.rmtree(Path("/etc/netns") / self.client, ignore_errors=True)

    # -- scenarios ---------------------------------------------------------------------------------------------
    def reset(self) -> None:
        sh("nft", "flush", "chain", "inet", "sdnlab", "input", ns=self.router)
        sh("nft", "flush", "chain", "inet", "sdnlab", "output", ns=self.router)
        sh("tc", "qdisc", "del", "dev", self.veth_r, "root", ns=self.router, check=False)
        self.mode_file.write_text("normal")
        self._stop("upstream")
        if self.dns_upstream is not None:
            self.stop_dns()
        if "dns" not in self.procs:
            self.start_dns()
        routes = sh("ip", "route", "show", "default", ns=self.client).stdout
        if "default" not in routes:
            sh("ip", "route", "add", "default", "via", ROUTER_IP, ns=self.client)

    def nft_rule(self, rule: str) -> None:
        sh("nft", f"add rule inet sdnlab input {rule}", ns=self.router)

    def provider_down(self, upstream_answer: str = "silent") -> None:
        """The provider's line is down: nothing beyond the router answers, and the router's DNS forwarder
        cannot reach its upstream ("silent": its queries vanish; "unreachable": they bounce at once)."""
        self.stop_dns()
        self.start_dns(upstream=UPSTREAM_DNS)
        self.nft_rule(f"ip daddr {INTERNET_IP} drop")
        if upstream_answer == "silent":  # a resolver that takes the queries and never answers
            silent = f"import socket, time; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('{UPSTREAM_DNS}', 53)); time.sleep(3600)"
            self._spawn("upstream", [PYTHON, "-c", silent], self.router)
            time.sleep(0.2)
        else:
            sh("nft", f"add rule inet sdnlab output ip daddr {UPSTREAM_DNS} reject", ns=self.router)

    def portal(self) -> None:
        self.mode_file.write_text("portal")

    def no_default_route(self) -> None:
        sh("ip", "route", "del", "default", ns=self.client)

    def cap_bandwidth(self, rate: str) -> None:
        sh("tc", "qdisc", "add", "dev", self.veth_r, "root", "tbf", "rate", rate, "burst", "32kbit", "latency", "400ms", ns=self.router)

    # -- running the app inside the client -----------------------------------------------------------------------
    def write_policy(self, **network: Any) -> Path:
        values: dict[str, Any] = {
            "dns_names": ["example.test"],
            "check_urls": [{"url": f"http://{INTERNET_IP}/generate_204", "status": 204, "body": ""}],
            "quality_target": INTERNET_IP,
            "internet_ips": [f"{INTERNET_IP}:80"],
            "quality_count": 10,
            "probe_timeout": 2.0,
        }
        values.update(network)
        lines = ["[network]"]
        for key, value in values.items():
            if key == "check_urls":
                continue
            lines.append(f"{key} = {json.dumps(value)}")
        for item in values["check_urls"]:
            lines += ["[[network.check_urls]]", f"url = {json.dumps(item['url'])}", f"status = {item['status']}", f"body = {json.dumps(item['body'])}"]
        path = self.workdir / f"policy-{secrets.token_hex(3)}.toml"
        path.write_text("\n".join(lines) + "\n")
        os.chmod(path, 0o644)
        return path

    def cli(self, *args: str, path_prefix: Path | None = None, timeout: float = 120, **network: Any) -> subprocess.CompletedProcess[str]:
        """Run any selfdesk verb inside the client namespace with a lab policy."""
        policy = self.write_policy(**network)
        home = self.workdir / "home"
        home.mkdir(exist_ok=True)
        path = f"{path_prefix}:{os.environ.get('PATH', '')}" if path_prefix else os.environ.get("PATH", "")
        return subprocess.run(
            ["ip", "netns", "exec", self.client, "env", f"SELFDESK_HOME={home}", f"XDG_CONFIG_HOME={home}", f"PATH={path}",
             PYTHON, "-m", "desktop_app", *args, "--policy", str(policy)],
            capture_output=True, text=True, timeout=timeout, cwd=ROOT,
        )

    def diagnose(self, only: str = "network", timeout: float = 120, bundle: Path | None = None, env: dict[str, str] | None = None, **network: Any) -> dict[str, Any]:
        policy = self.write_policy(**network)
        env_home = self.workdir / "home"
        env_home.mkdir(exist_ok=True)
        extra = [f"{k}={v}" for k, v in (env or {}).items()]
        proc = subprocess.run(
            ["ip", "netns", "exec", self.client, "env", f"SELFDESK_HOME={env_home}", f"XDG_CONFIG_HOME={env_home}", *extra,
             PYTHON, "-m", "desktop_app", "diagnose", "--only", only, "--json", "--policy", str(policy),
             *(["--bundle", str(bundle)] if bundle else [])],
            capture_output=True, text=True, timeout=timeout, cwd=ROOT,
        )
        try:
            data = json.loads(proc.stdout)
        except json.JSONDecodeError as exc:
            raise AssertionError(f"diagnose printed no JSON (rc={proc.returncode}): {proc.stderr[-2000:]}") from exc
        data["by_id"] = {r["id"]: r for r in data["results"]}
        return data
