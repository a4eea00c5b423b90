"""A real VPN lab in network namespaces (prefix "sdv-"): laptop --WireGuard--> gateway --> company.

    sdv-lap  (veth 10.99.1.2, wg sdvwgL 10.77.0.2)  ==UDP 51820==  sdv-gw (veth 10.99.1.1, wg sdvwgG 10.77.0.1)
    sdv-gw   (veth 10.88.0.1)  ---  sdv-corp (10.88.0.2: dnsmasq for corp.example, HTTPS intranet on 443)

The "home" resolver is a dnsmasq on the gateway's outside address (10.99.1.1) that knows nothing of corp.example.
WireGuard is userspace (wireguard-go); everything is created here and removed in ``stop``.

A second way to bring the laptop's tunnel up is wg-quick with a configuration named "sdvcorp" (interface named
like its config, endpoint given as the name vpn.corp.example from the laptop's hosts file), as a managed laptop
has it: ``use_wg_quick`` swaps the hand-made sdvwgL for it, ``use_manual_wg`` swaps back.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

LAPTOP, GATEWAY, COMPANY = "sdv-lap", "sdv-gw", "sdv-corp"
WG_LAPTOP, WG_GATEWAY = "sdvwgL", "sdvwgG"
WG_QUICK = "sdvcorp"  # a wg-quick configuration and the interface it makes
WG_QUICK_CONF = Path("/etc/wireguard") / f"{WG_QUICK}.conf"
VPN_SERVER_NAME, VPN_SERVER_MOVED = "vpn.corp.example", "10.99.1.3"
HOME_DNS, COMPANY_DNS, INTRANET_IP = "10.99.1.1", "10.88.0.2", "10.88.0.2"
INTRANET = "intranet.corp.example"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vpn_lab"
REPO = Path(__file__).resolve().parents[2]


def sh(*argv: str, check: bool = True, ns: str | None = None, input_text: str | None = None) -> subprocess.CompletedProcess[str]:
    full = ["ip", "netns", "exec", ns, *argv] if ns else list(argv)
    return subprocess.run(full, check=check, capture_output=True, text=True, timeout=30, input=input_text)


def make_ca(folder: Path) -> tuple[Path, Path, Path]:
    """A throwaway CA and a certificate for the intranet name (python cryptography, nothing leaves the test)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "SelfDesk Lab Corp CA")])
    ca = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, INTRANET)]))
        .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(INTRANET)]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_path, cert_path, key_path = folder / "ca.pem", folder / "intranet.pem", folder / "intranet.key"
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return ca_path, cert_path, key_path


class Lab:
    def __init__(self, folder: Path):
        self.folder = folder
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self.offset_file = folder / "date_offset"
        self.offset_file.write_text("0")
        self.keys: dict[str, tuple[str, str]] = {}

    # -- building blocks -------------------------------------------------------------------------------------
    def _spawn(self, name: str, argv: list[str], ns: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        log = open(self.folder / f"{name}.log", "wb")  # noqa: SIM115 - closed with the process
        proc = subprocess.Popen(["ip", "netns", "exec", ns, *argv], stdout=log, stderr=subprocess.STDOUT,
                                env={**os.environ, **(env or {})}, start_new_session=True)
        self.procs[name] = proc
        return proc

    def _kill(self, name: str) -> None:
        proc = self.procs.pop(name, None)
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)

    def _keypair(self, who: str) -> tuple[str, str]:
        private = sh("wg", "genkey").stdout.strip()
        public = sh("wg", "pubkey", input_text=private + "\n").stdout.strip()
        (self.folder / f"{who}.key").write_text(private + "\n")
        self.keys[who] = (private, public)
        return private, public

    def _wait_for(self, path: Path, seconds: float = 5.0) -> None:
        end = time.monotonic() + seconds
        while not path.exists():
            if time.monotonic() > end:
                raise RuntimeError(f"{path} did not appear")
            time.sleep(0.05)

    def start_wg(self, ns: str, iface: str) -> None:
        sock = Path("/var/run/wireguard") / f"{iface}.sock"
        with contextlib.suppress(FileNotFoundError):
            sock.unlink()
        self._spawn(f"wg-{iface}", ["wireguard-go", "-f", iface], ns, {"WG_PROCESS_FOREGROUND": "1", "LOG_LEVEL": "error"})
        self._wait_for(sock)

    def configure_laptop_wg(self) -> None:
        _, gw_pub = self.keys["gateway"]
        sh("wg", "set", WG_LAPTOP, "private-key", str(self.folder / "laptop.key"), "peer", gw_pub,
           "endpoint", f"{HOME_DNS}:51820", "allowed-ips", "10.77.0.0/24,10.88.0.0/24", ns=LAPTOP)
        sh("ip", "addr", "add", "10.77.0.2/24", "dev", WG_LAPTOP, ns=LAPTOP)
        sh("ip", "link", "set", WG_LAPTOP, "mtu", "1420", "up", ns=LAPTOP)
        sh("ip", "route", "add", "10.88.0.0/24", "dev", WG_LAPTOP, ns=LAPTOP)

    def set_resolver(self, address: str) -> None:
        folder = Path("/etc/netns") / LAPTOP
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "resolv.conf").write_text(f"nameserver {address}\n")

    def set_company_clock_offset(self, seconds: float) -> None:
        self.offset_file.write_text(str(seconds))

    # -- lifecycle ------------------------------------------------------------------------------------------
    def start(self) -> None:
        for tool in ("wireguard-go", "wg", "dnsmasq", "nft", "ip", "ping"):
            if shutil.which(tool) is None:
                raise RuntimeError(f"missing tool for the VPN lab: {tool} (apt: wireguard-go wireguard-tools dnsmasq-base nftables iproute2 iputils-ping)")
        self.stop()
        for ns in (LAPTOP, GATEWAY, COMPANY):
            sh("ip", "netns", "add", ns)
            sh("ip", "link", "set", "lo", "up", ns=ns)
        sh("ip", "link", "add", "sdv-lap0", "netns", LAPTOP, "type", "veth", "peer", "name", "sdv-gw0", "netns", GATEWAY)
        sh("ip", "link", "add", "sdv-gwc0", "netns", GATEWAY, "type", "veth", "peer", "name", "sdv-corp0", "netns", COMPANY)
        sh("ip", "addr", "add", "10.99.1.2/24", "dev", "sdv-lap0", ns=LAPTOP)
        sh("ip", "link", "set", "sdv-lap0", "up", ns=LAPTOP)
        sh("ip", "addr", "add", "10.99.1.1/24", "dev", "sdv-gw0", ns=GATEWAY)
        sh("ip", "link", "set", "sdv-gw0", "up", ns=GATEWAY)
        sh("ip", "addr", "add", "10.88.0.1/24", "dev", "sdv-gwc0", ns=GATEWAY)
        sh("ip", "link", "set", "sdv-gwc0", "up", ns=GATEWAY)
        sh("ip", "addr", "add", "10.88.0.2/24", "dev", "sdv-corp0", ns=COMPANY)
        sh("ip", "link", "set", "sdv-corp0", "up", ns=COMPANY)
        sh("ip", "route", "add", "default", "via", "10.88.0.1", ns=COMPANY)
        sh("sysctl", "-qw", "net.ipv4.ip_forward=1", ns=GATEWAY)

        self._keypair("laptop")
        _, laptop_pub = self.keys["laptop"]
        self._keypair("gateway")
        self.start_wg(GATEWAY, WG_GATEWAY)
        sh("wg", "set", WG_GATEWAY, "listen-port", "51820", "private-key", str(self.folder / "gateway.key"),
           "peer", laptop_pub, "allowed-ips", "10.77.0.2/32", ns=GATEWAY)
        sh("ip", "addr", "add", "10.77.0.1/24", "dev", WG_GATEWAY, ns=GATEWAY)
        sh("ip", "link", "set", WG_GATEWAY, "mtu", "1420", "up", ns=GATEWAY)
        self.start_wg(LAPTOP, WG_LAPTOP)
        self.configure_laptop_wg()

        dnsmasq = ["dnsmasq", "--keep-in-foreground", "--no-resolv", "--no-hosts", "--conf-file=/dev/null",
                   "--bind-interfaces", "--user=root"]
        self._spawn("dns-company", [*dnsmasq, f"--listen-address={COMPANY_DNS}", f"--pid-file={self.folder}/dnsc.pid",
                                    f"--host-record={INTRANET},{INTRANET_IP}", "--local=/corp.example/"], COMPANY)
        self._spawn("dns-home", [*dnsmasq, f"--listen-address={HOME_DNS}", f"--pid-file={self.folder}/dnsh.pid",
                                 "--local=/corp.example/", "--address=/home.example/192.0.2.10"], GATEWAY)
        ca, cert, key = make_ca(self.folder)
        self.ca = ca
        self._spawn("https", [sys.executable, str(FIXTURES / "https_server.py"), str(cert), str(key), INTRANET_IP, "443",
                              str(self.offset_file)], COMPANY)
        self.set_resolver(COMPANY_DNS)
        self._wait_tcp(COMPANY, INTRANET_IP, 443)

    def _wait_tcp(self, ns: str, host: str, port: int) -> None:
        end = time.monotonic() + 10
        probe = f"import socket; socket.create_connection(('{host}', {port}), timeout=1).close()"
        while sh(sys.executable, "-c", probe, ns=ns, check=False).returncode != 0:
            if time.monotonic() > end:
                raise RuntimeError(f"{host}:{port} did not start in {ns}")
            time.sleep(0.1)

    def stop_gateway_wg(self) -> None:
        """The VPN server side goes away."""
        self._kill(f"wg-{WG_GATEWAY}")

    def restart_laptop_wg(self) -> None:
        """The laptop's tunnel comes up anew (no handshake yet), as after a reboot."""
        self._kill(f"wg-{WG_LAPTOP}")
        time.sleep(0.2)
        self.start_wg(LAPTOP, WG_LAPTOP)
        self.configure_laptop_wg()

    def start_gateway_wg(self) -> None:
        """The VPN server side comes back (same keys, same peer)."""
        _, laptop_pub = self.keys["laptop"]
        self.start_wg(GATEWAY, WG_GATEWAY)
        sh("wg", "set", WG_GATEWAY, "listen-port", "51820", "private-key", str(self.folder / "gateway.key"),
           "peer", laptop_pub, "allowed-ips", "10.77.0.2/32", ns=GATEWAY)
        sh("ip", "addr", "add", "10.77.0.1/24", "dev", WG_GATEWAY, ns=GATEWAY)
        sh("ip", "link", "set", WG_GATEWAY, "mtu", "1420", "up", ns=GATEWAY)

    def set_vpn_server_address(self, address: str) -> None:
        folder = Path("/etc/netns") / LAPTOP
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "hosts").write_text(f"127.0.0.1 localhost\n{address} {VPN_SERVER_NAME}\n")

    def use_wg_quick(self) -> None:
        """Replace the hand-made tunnel by a wg-quick one (config /etc/wireguard/sdvcorp.conf)."""
        self._kill(f"wg-{WG_LAPTOP}")
        _, gw_pub = self.keys["gateway"]
        private = self.keys["laptop"][0]
        self.set_vpn_server_address(HOME_DNS)
        WG_QUICK_CONF.parent.mkdir(mode=0o700, exist_ok=True)
        WG_QUICK_CONF.write_text(
            f"[Interface]\nPrivateKey = {private}\nAddress = 10.77.0.2/24\nMTU = 1420\n\n"
            f"[Peer]\nPublicKey = {gw_pub}\nEndpoint = {VPN_SERVER_NAME}:51820\nAllowedIPs = 10.77.0.0/24, 10.88.0.0/24\n")
        WG_QUICK_CONF.chmod(0o600)
        sh("wg-quick", "up", WG_QUICK, ns=LAPTOP)

    def use_manual_wg(self) -> None:
        sh("wg-quick", "down", WG_QUICK, ns=LAPTOP, check=False)
        self.move_vpn_server(False)
        WG_QUICK_CONF.unlink(missing_ok=True)
        self.restart_laptop_wg()

    def move_vpn_server(self, moved: bool) -> None:
        """The VPN server changes address (its name now points elsewhere); the old address drops its packets.
        A running tunnel keeps the address it resolved at start: only a reconnect resolves the name again."""
        sh("nft", "delete", "table", "inet", "sdvmove", ns=GATEWAY, check=False)
        sh("ip", "addr", "del", f"{VPN_SERVER_MOVED}/24", "dev", "sdv-gw0", ns=GATEWAY, check=False)
        if moved:
            sh("ip", "addr", "add", f"{VPN_SERVER_MOVED}/24", "dev", "sdv-gw0", ns=GATEWAY)
            rules = ("table inet sdvmove {\n chain sdvin {\n  type filter hook input priority 0; policy accept;\n"
                     f"  ip daddr {HOME_DNS} udp dport 51820 drop\n }}\n}}\n")
            sh("nft", "-f", "-", ns=GATEWAY, input_text=rules)
        self.set_vpn_server_address(VPN_SERVER_MOVED if moved else HOME_DNS)

    def route_company_outside_tunnel(self, outside: bool) -> None:
        """Split-tunnel misconfiguration: the company subnet routed via the home network, not the tunnel."""
        sh("ip", "route", "del", "10.88.0.0/24", ns=LAPTOP)
        if outside:
            sh("ip", "route", "add", "10.88.0.0/24", "via", HOME_DNS, "dev", "sdv-lap0", ns=LAPTOP)
        else:
            sh("ip", "route", "add", "10.88.0.0/24", "dev", WG_LAPTOP, ns=LAPTOP)

    def app(self, *args: str, trust_company_ca: bool = True, user: str | None = None) -> subprocess.CompletedProcess[str]:
        """Run SelfDesk inside the laptop namespace (as root, or as ``user`` with no privileges at all)."""
        home = self.folder / ("home" if user is None else f"home-{user}")
        home.mkdir(exist_ok=True)
        env = {**os.environ, "SELFDESK_HOME": str(home), "LANGUAGE": "en", "HOME": str(home),
               "XDG_CONFIG_HOME": str(home / "config")}
        for var in ("SSL_CERT_FILE", "REQUESTS_CA_BUNDLE", "SELFDESK_POLICY"):
            env.pop(var, None)
        if trust_company_ca:  # the company CA is installed on managed laptops
            env.update(SSL_CERT_FILE=str(self.ca), REQUESTS_CA_BUNDLE=str(self.ca))
        drop: list[str] = []
        if user is not None:
            shutil.chown(home, user)
            drop = ["setpriv", f"--reuid={user}", "--regid=nogroup", "--clear-groups", "--inh-caps=-all"]
        argv = ["ip", "netns", "exec", LAPTOP, *drop, str(REPO / ".venv" / "bin" / "python"),
                *(os.environ.get("SDV_DEV_ENTRY", "-m desktop_app").split()), *args]
        return subprocess.run(argv, capture_output=True, text=True, timeout=180, cwd=REPO, env=env)

    def diagnose(self, policy: Path, *, only: str = "vpn", trust_company_ca: bool = True,
                 user: str | None = None) -> tuple[int, dict]:
        import json

        proc = self.app("diagnose", "--only", only, "--json", "--policy", str(policy), trust_company_ca=trust_company_ca, user=user)
        try:
            return proc.returncode, json.loads(proc.stdout)
        except ValueError as exc:
            raise AssertionError(f"diagnose did not print JSON (rc {proc.returncode}): {proc.stderr[-2000:]}") from exc

    def stop(self) -> None:
        if WG_QUICK_CONF.exists():
            sh("wg-quick", "down", WG_QUICK, ns=LAPTOP, check=False)
            WG_QUICK_CONF.unlink(missing_ok=True)
        for name in list(self.procs):
            self._kill(name)
        for ns in (LAPTOP, GATEWAY, COMPANY):
            sh("ip", "netns", "del", ns, check=False)
        for iface in (WG_LAPTOP, WG_GATEWAY, WG_QUICK):
            with contextlib.suppress(FileNotFoundError):
                (Path("/var/run/wireguard") / f"{iface}.sock").unlink()
        shutil.rmtree(Path("/etc/netns") / LAPTOP, ignore_errors=True)
