"""Parse ``ping`` output: Linux (iputils), macOS/BSD and Windows in any display language whose summary has the
"label = N, label = N, label = N" shape (tested: en, fr, de, ja, zh; the East Asian ones join with 、 or ，).

Never raises. Unknown output gives ``sent``/``received``/``loss_percent`` None and no round-trip times.
Windows counts "Destination host unreachable" replies as received; the reply lines with a time are what
count here when they disagree with the summary.
"""

from __future__ import annotations

import itertools
import re
import statistics
from typing import Any

# "time=0.045 ms" (Linux/macOS), "time=12ms" / "time<1ms" (Windows en), "temps=13 ms" (fr), "Zeit=13ms" (de),
# "時間 =1ms" / "時間 <1ms" (ja), "时间=5ms" (zh)
_RTT = re.compile(r"\b(?:time|temps|zeit|tiempo|tempo|tijd|時間|时间)\s*([=<])\s*([0-9]+(?:[.,][0-9]+)?)\s*ms", re.IGNORECASE)
# "10 packets transmitted, 7 received, 30% packet loss" / "10 packets transmitted, 10 packets received, 0.0% packet loss"
_UNIX_SUMMARY = re.compile(r"(\d+)\s+packets?\s+transmitted,\s+(\d+)\s+(?:packets\s+)?received", re.IGNORECASE)
_UNIX_LOSS = re.compile(r"([0-9]+(?:\.[0-9]+)?)%\s+packet\s+loss", re.IGNORECASE)
# "Sent = 4, Received = 4, Lost = 0 (0% loss)" / "envoyés = 4, reçus = 4, perdus = 0 (perte 0%)"
# / "Gesendet = 4, Empfangen = 4, Verloren = 0 (0% Verlust)" / "送信 = 4、受信 = 4、損失 = 0" / "已发送 = 4，已接收 = 4，丢失 = 0"
_WIN_SUMMARY = re.compile(r"=\s*(\d+)\s*[,、，]\s*[^=,、，\n]+=\s*(\d+)\s*[,、，]\s*[^=,、，\n]+=\s*(\d+)")


def parse_ping(text: Any) -> dict[str, Any]:
    result: dict[str, Any] = {
        "sent": None,
        "received": None,
        "loss_percent": None,
        "rtts_ms": [],
        "avg_ms": None,
        "jitter_ms": None,
    }
    if not isinstance(text, str) or not text:
        return result
    rtts: list[float] = []
    for line in text.splitlines():
        match = _RTT.search(line)
        if match is None or "/" in line.split("=")[0][-4:]:  # skip "rtt min/avg/max" summary lines
            continue
        try:
            value = float(match.group(2).replace(",", "."))
        except ValueError:
            continue
        rtts.append(value if match.group(1) == "=" else value / 2)  # "<1ms" -> 0.5 ms
    result["rtts_ms"] = rtts
    sent = received = None
    unix = _UNIX_SUMMARY.search(text)
    if unix:
        sent, received = int(unix.group(1)), int(unix.group(2))
    else:
        win = _WIN_SUMMARY.search(text)
        if win:
            sent, received = int(win.group(1)), int(win.group(2))
            if rtts and len(rtts) < received:
                received = len(rtts)  # "unreachable" replies are not answers
            elif not rtts and "TTL=" not in text.upper():
                received = 0  # only "unreachable" replies
    if sent is not None and received is not None and sent > 0:
        received = min(received, sent)
        result["sent"], result["received"] = sent, received
        loss = _UNIX_LOSS.search(text) if unix else None
        result["loss_percent"] = round(float(loss.group(1)), 1) if loss else round(100.0 * (sent - received) / sent, 1)
    elif rtts:
        result["received"] = len(rtts)
    if rtts:
        result["avg_ms"] = round(statistics.fmean(rtts), 2)
        if len(rtts) > 1:
            result["jitter_ms"] = round(statistics.fmean(abs(b - a) for a, b in itertools.pairwise(rtts)), 2)
        else:
            result["jitter_ms"] = 0.0
    return result
