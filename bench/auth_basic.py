"""What HTTP Basic costs per request with and without the credential cache.

TAXII clients send Basic credentials on every request. This prints the median
latency of GET /api/v1/me (in-process ASGI client, SQLite, the hub's default
argon2id parameters) for Basic with the cache, Basic with the cache off
(an argon2 run per request), and a Bearer token.

    .venv/bin/python bench/auth_basic.py
"""

from __future__ import annotations

import base64
import statistics
import sys
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from accord import demo
from accord.app import create_app
from accord.db import migrate
from accord.hub import Hub
from accord.parties.models import Actor
from accord.settings import Settings

PASSWORD = "bench-password-123"


def timed(client: TestClient, headers: dict[str, str], n: int) -> list[float]:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        r = client.get("/api/v1/me", headers=headers)
        out.append((time.perf_counter() - t) * 1000)
        assert r.status_code == 200, r.text
    return out


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Settings(data_dir=Path(tmp), audit_checkpoint_interval_seconds=0)
        hub = Hub(base)
        migrate.upgrade(hub.engine)
        with hub.unit(Actor.local_admin("cli"), write=True) as u:
            demo.load(u, PASSWORD, (base.argon2_time_cost, base.argon2_memory_cost_kib))
        with hub.unit(Actor.local_admin("cli"), write=True) as u:
            from accord.parties import service

            _, token = service.create_token(u, "pk-analyst", expires_days=1, read_only=False)
        hub.dispose()
        basic = {"Authorization": "Basic " + base64.b64encode(f"pk-analyst:{PASSWORD}".encode()).decode()}
        rows = []
        for label, settings, headers, n in (
            ("basic, cached", base, basic, 300),
            ("basic, cache off", base.model_copy(update={"credential_cache_seconds": 0}), basic, 40),
            ("bearer token", base, {"Authorization": f"Bearer {token}"}, 300),
        ):
            h = Hub(settings)
            with TestClient(create_app(settings, hub=h)) as client:
                timed(client, headers, 5)  # warm up
                samples = timed(client, headers, n)
            h.dispose()
            rows.append((label, statistics.median(samples), n))
        print(
            f"argon2id t={base.argon2_time_cost} m={base.argon2_memory_cost_kib} KiB; python {sys.version.split()[0]}"
        )
        for label, med, n in rows:
            print(f"{label:<18} median {med:7.2f} ms/request  (n={n})")
        print(f"cache speed-up: x{rows[1][1] / rows[0][1]:.1f}")


if __name__ == "__main__":
    main()
