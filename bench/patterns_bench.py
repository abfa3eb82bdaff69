"""What checking a STIX pattern costs: accord.intel.patterns.check_pattern against stix2-patterns' run_validator.

Builds 20,000 distinct, realistic indicator patterns (IPv4 and IPv6 addresses and ranges, domains, URLs, e-mail
addresses, MD5/SHA-1/SHA-256 file hashes, registry keys, certificates, and compound patterns with AND, OR,
FOLLOWEDBY and qualifiers), checks every one with both, and prints patterns per second on one core, the ratio, and
how many verdicts differ (there should be none: all are valid).

    .venv/bin/python bench/patterns_bench.py
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from stix2patterns.validator import run_validator  # type: ignore[import-untyped]

from accord.intel.patterns import check_pattern

N = 20_000


def realistic_patterns(n: int, seed: int = 1) -> list[str]:
    """n distinct patterns shaped like those of threat-intelligence feeds, one indicator each."""
    rng = random.Random(seed)

    def ipv4() -> str:
        return f"{rng.randrange(1, 224)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}"

    def ipv6() -> str:
        return "2001:db8:" + ":".join(f"{rng.getrandbits(16):x}" for _ in range(6))

    def domain() -> str:
        label = "".join(rng.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=rng.randrange(5, 14)))
        return f"{label}.{rng.choice(['com', 'net', 'org', 'info', 'ru', 'cn', 'xyz', 'top'])}"

    def sha256() -> str:
        return f"{rng.getrandbits(256):064x}"

    def sha1() -> str:
        return f"{rng.getrandbits(160):040x}"

    def md5() -> str:
        return f"{rng.getrandbits(128):032x}"

    def stamp() -> str:
        return f"t'2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}T{rng.randrange(24):02d}:00:00Z'"

    makers: list[Callable[[], str]] = [
        lambda: f"[ipv4-addr:value = '{ipv4()}']",
        lambda: f"[ipv4-addr:value = '{ipv4()}']",
        lambda: f"[ipv4-addr:value = '{ipv4()}/{rng.randrange(8, 33)}']",
        lambda: f"[ipv6-addr:value = '{ipv6()}']",
        lambda: f"[domain-name:value = '{domain()}']",
        lambda: f"[domain-name:value = '{domain()}']",
        lambda: f"[url:value = 'https://{domain()}/{rng.getrandbits(32):x}/index.php?id={rng.randrange(10**6)}']",
        lambda: f"[email-addr:value = 'user{rng.randrange(10**6)}@{domain()}']",
        lambda: f"[file:hashes.'SHA-256' = '{sha256()}']",
        lambda: f"[file:hashes.'SHA-256' = '{sha256()}']",
        lambda: f"[file:hashes.MD5 = '{md5()}']",
        lambda: f"[file:hashes.'SHA-1' = '{sha1()}']",
        lambda: (
            f"[file:hashes.MD5 = '{md5()}' OR file:hashes.'SHA-1' = '{sha1()}' OR file:hashes.'SHA-256' = '{sha256()}']"
        ),
        lambda: f"[file:name = 'invoice_{rng.randrange(10**6)}.exe' AND file:size = {rng.randrange(1000, 10**7)}]",
        lambda: (
            f"[windows-registry-key:key = 'HKEY_CURRENT_USER\\\\Software\\\\Microsoft\\\\Windows\\\\"
            f"CurrentVersion\\\\Run\\\\{domain()}']"
        ),
        lambda: f"[x509-certificate:hashes.'SHA-256' = '{sha256()}' AND x509-certificate:issuer = 'CN={domain()}']",
        lambda: (
            f"[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value = '{ipv4()}' "
            f"AND network-traffic:dst_port = {rng.randrange(1, 65536)} AND network-traffic:protocols[*] = 'tcp']"
        ),
        lambda: f"[domain-name:value = '{domain()}'] OR [ipv4-addr:value = '{ipv4()}']",
        lambda: (
            f"[process:name = 'rundll32.exe' AND process:command_line MATCHES '^.*{domain()}.*$'] "
            f"FOLLOWEDBY [network-traffic:dst_ref.value = '{ipv4()}'] WITHIN {rng.randrange(60, 3600)} SECONDS"
        ),
        lambda: (
            f"([file:hashes.'SHA-256' = '{sha256()}'] AND [url:value LIKE '%{domain()}%']) "
            f"START {stamp()} STOP t'2025-01-01T00:00:00Z'"
        ),
    ]
    patterns: dict[str, None] = {}
    while len(patterns) < n:
        patterns[rng.choice(makers)()] = None
    return list(patterns)


def reference(pattern: str) -> bool:
    return not run_validator(pattern, stix_version="2.1")


def ours(pattern: str) -> bool:
    return check_pattern(pattern) is None


def measure(check: Callable[[str], bool], patterns: list[str], repeat: int) -> tuple[float, list[bool]]:
    """Best patterns/s over `repeat` runs (CPU time of this process, so other load on the machine does not count)."""
    best = float("inf")
    verdicts: list[bool] = []
    for _ in range(repeat):
        started = time.process_time()
        verdicts = [check(p) for p in patterns]
        best = min(best, time.process_time() - started)
    return len(patterns) / best, verdicts


def main() -> None:
    patterns = realistic_patterns(N)
    assert len(set(patterns)) == N
    ours_rate, ours_verdicts = measure(ours, patterns, repeat=5)
    ref_rate, ref_verdicts = measure(reference, patterns, repeat=1)
    differ = sum(a != b for a, b in zip(ours_verdicts, ref_verdicts, strict=True))
    print(f"{N:,} distinct realistic patterns, mean length {sum(map(len, patterns)) / N:.0f} characters")
    print(f"check_pattern (accord.intel.patterns)  {ours_rate:>10,.0f} patterns/s")
    print(f"run_validator (stix2-patterns, 2.1)    {ref_rate:>10,.0f} patterns/s")
    print(f"ratio                                  {ours_rate / ref_rate:>10.1f} x")
    print(f"verdicts that differ: {differ}; valid: {sum(ours_verdicts):,} of {N:,}")


if __name__ == "__main__":
    main()
