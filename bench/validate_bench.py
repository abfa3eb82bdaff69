"""What STIX validation costs: accord.intel.validate against the libraries it stands in for.

Prints objects per second, on one core, of

- ``validate_object`` on the ATT&CK for ICS bundle's objects repeated to about 50,000, and on 50,000 generated
  indicators that share about 1,000 distinct patterns (a fresh pattern cache, so its misses are counted);
- ``stix2validator.validate_instance`` (default options) and ``stix2.parse(allow_custom=True)`` on about 1,000 of
  each, for comparison, and the ratios.

    .venv/bin/python bench/validate_bench.py
"""

from __future__ import annotations

import json
import logging
import random
import time
import uuid
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import stix2  # type: ignore[import-untyped]
from stix2validator import ValidationOptions, validate_instance  # type: ignore[import-untyped]

from accord.intel.validate import Validator

ICS_BUNDLE = Path(__file__).resolve().parents[2] / "shared" / "data" / "attack" / "ics-attack-18.1.json"
N = 50_000
SAMPLE = 1_000


def ics_objects() -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = json.loads(ICS_BUNDLE.read_text())["objects"]
    return (objects * (N // len(objects) + 1))[:N]


def indicators(n: int, distinct_patterns: int, seed: int = 1) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    patterns = []
    for i in range(distinct_patterns):
        kind = i % 4
        if kind == 0:
            patterns.append(f"[ipv4-addr:value = '10.{i // 250 % 256}.{i % 250}.{rng.randrange(256)}']")
        elif kind == 1:
            patterns.append(f"[domain-name:value = 'host{i}.example.com'] OR [url:value = 'http://host{i}.example/']")
        elif kind == 2:
            patterns.append(f"[file:hashes.'SHA-256' = '{rng.getrandbits(256):064x}' AND file:size > {i}]")
        else:
            patterns.append(
                f"[network-traffic:dst_port = {i % 65536} AND network-traffic:protocols[*] = 'tcp'] WITHIN 300 SECONDS"
            )
    out = []
    for i in range(n):
        created = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:00.000Z"
        out.append(
            {
                "type": "indicator",
                "spec_version": "2.1",
                "id": f"indicator--{uuid.UUID(int=rng.getrandbits(128), version=4)}",
                "created": created,
                "modified": created,
                "name": f"feed entry {i}",
                "indicator_types": ["malicious-activity"],
                "pattern": rng.choice(patterns),
                "pattern_type": "stix",
                "pattern_version": "2.1",
                "valid_from": created,
                "labels": ["feed"],
                "confidence": 70,
                "object_marking_refs": [stix2.TLP_GREEN.id],
            }
        )
    return out


def rate(check: Callable[[Any], object], objects: list[dict[str, Any]]) -> float:
    started = time.perf_counter()
    for obj in objects:
        check(obj)
    return len(objects) / (time.perf_counter() - started)


def reference(obj: dict[str, Any]) -> bool:
    return bool(validate_instance(obj, ValidationOptions()).is_valid)


def parse(obj: dict[str, Any]) -> object:
    return stix2.parse(obj, allow_custom=True)


def main() -> None:
    logging.getLogger("stix2validator").setLevel(logging.ERROR)
    warnings.simplefilter("ignore")  # stix2 and the validator have their own opinions; not measured here
    suites = {
        f"ATT&CK ICS objects (x{N // 1826 + 1}, {N:,})": ics_objects(),
        f"indicators ({N:,}, ~1,000 distinct patterns)": indicators(N, 1_000),
    }
    print(
        f"{'workload':48} {'accord':>10} {'stix2-validator':>16} {'stix2.parse':>12} {'x validator':>12} {'x parse':>8}"
    )
    for name, objects in suites.items():
        validator = Validator()
        ours = rate(validator.validate, objects)
        sample = random.Random(2).sample(objects, SAMPLE)
        theirs = rate(reference, sample)
        parsed = rate(parse, sample)
        print(
            f"{name:48} {ours:>10,.0f} {theirs:>16,.0f} {parsed:>12,.0f} {ours / theirs:>12.0f} {ours / parsed:>8.1f}"
        )
        info = validator.pattern_cache_info()
        if info.misses:
            print(f"{'':48} pattern cache: {info.hits:,} hits, {info.misses:,} misses")
    print("objects per second, one core; stix2-validator and stix2.parse on a 1,000-object sample of each workload")


if __name__ == "__main__":
    main()
