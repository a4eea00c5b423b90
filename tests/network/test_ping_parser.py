"""parse_ping on real Linux (lab) and Windows fr/de/ja/zh outputs, plus fuzzing: it never raises."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.parsers.ping import parse_ping

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "network_lab"


def read(name: str) -> str:
    return (FIX / name).read_text(encoding="utf-8")


def test_linux_all_answered() -> None:
    result = parse_ping(read("recorded/linux_ping_ok.txt"))
    assert (result["sent"], result["received"], result["loss_percent"]) == (5, 5, 0.0)
    assert len(result["rtts_ms"]) == 5 and result["avg_ms"] is not None and result["jitter_ms"] is not None


def test_linux_loss_matches_summary_line() -> None:
    text = read("recorded/linux_ping_loss.txt")
    result = parse_ping(text)
    assert result["sent"] == 20
    assert result["received"] == len(result["rtts_ms"]) < 20
    assert f"{result['loss_percent']:g}%" in text


def test_linux_unreachable_is_total_loss() -> None:
    result = parse_ping(read("recorded/linux_ping_unreachable.txt"))
    assert (result["sent"], result["received"], result["loss_percent"]) == (3, 0, 100.0)
    assert result["avg_ms"] is None


def test_windows_french_with_a_timeout() -> None:
    result = parse_ping(read("ping/windows_fr_loss.txt"))
    assert (result["sent"], result["received"], result["loss_percent"]) == (4, 3, 25.0)
    assert result["rtts_ms"] == [125.0, 61.0, 130.0]


def test_windows_german_below_one_ms() -> None:
    result = parse_ping(read("ping/windows_de_ok.txt"))
    assert (result["sent"], result["received"], result["loss_percent"]) == (4, 4, 0.0)
    assert result["rtts_ms"][0] == 2.0 and result["rtts_ms"][1] < 1.0


def test_windows_german_ipv6_without_ttl() -> None:
    result = parse_ping(read("ping/windows_de_ipv6.txt"))
    assert (result["sent"], result["received"]) == (4, 4)


def test_windows_japanese_with_ideographic_commas() -> None:
    result = parse_ping(read("ping/windows_ja_ok.txt"))
    assert (result["sent"], result["received"], result["loss_percent"]) == (4, 4, 0.0)
    assert result["rtts_ms"] == [1.0, 1.0, 0.5, 1.0]


def test_windows_chinese_answers_and_timeouts() -> None:
    ok = parse_ping(read("ping/windows_zh_ok.txt"))
    assert (ok["sent"], ok["received"], ok["loss_percent"]) == (4, 4, 0.0) and ok["avg_ms"] == 5.75
    lost = parse_ping(read("ping/windows_zh_timeout.txt"))
    assert (lost["sent"], lost["received"], lost["loss_percent"]) == (4, 0, 100.0)


def test_windows_unreachable_replies_are_not_answers() -> None:
    # SYNTHETIC: Windows counts "Destination host unreachable" replies as received
    text = (
        "Reply from 192.168.1.10: Destination host unreachable.\n"
        "Reply from 192.168.1.10: Destination host unreachable.\n\n"
        "Ping statistics for 192.168.1.20:\n    Packets: Sent = 2, Received = 2, Lost = 0 (0% loss),\n"
    )
    result = parse_ping(text)
    assert result["received"] == 0 and result["loss_percent"] == 100.0


def test_unknown_output_is_unknown_not_zero() -> None:
    result = parse_ping("ping: unknown host nowhere")
    assert result["sent"] is None and result["loss_percent"] is None


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    result = parse_ping(text)
    assert set(result) == {"sent", "received", "loss_percent", "rtts_ms", "avg_ms", "jitter_ms"}
    if result["loss_percent"] is not None:
        assert 0 <= result["loss_percent"] <= 100
