"""Cost of one unit of work (a transaction) on SQLite: pooled connections (what
Accord uses) against a connection opened per unit (what it used before).

    .venv/bin/python bench/unit_overhead.py [--reps 300]

A TAXII or REST request runs three or four units (credentials, the page, the
read-audit entry), so this is paid several times per request.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.pool import NullPool

from accord.db import engine as db_engine
from accord.db import migrate


def _median_ms(eng: Engine, *, write: bool, reps: int) -> float:
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        with db_engine.transaction(eng, write=write) as conn:
            conn.execute(text("SELECT count(*) FROM parties")).all()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=300)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        url = f"sqlite:///{Path(d) / 'accord.sqlite3'}"
        pooled = db_engine.make_engine(url)
        migrate.upgrade(pooled)
        per_unit = create_engine(url, poolclass=NullPool, connect_args={"check_same_thread": False})
        db_engine._configure_sqlite(per_unit)
        rows = []
        for _ in range(2):  # interleaved, so that machine noise hits both
            for name, eng in (("connection per unit", per_unit), ("pooled (Accord)", pooled)):
                rows.append(
                    (name, _median_ms(eng, write=False, reps=args.reps), _median_ms(eng, write=True, reps=args.reps))
                )
        print("| engine | read unit, median ms | write unit (no change), median ms |")
        print("|---|---|---|")
        for name in ("connection per unit", "pooled (Accord)"):
            mine = [r for r in rows if r[0] == name]
            read, write = statistics.median(r[1] for r in mine), statistics.median(r[2] for r in mine)
            print(f"| {name} | {read:.3f} | {write:.3f} |")
        pooled.dispose()
        per_unit.dispose()


if __name__ == "__main__":
    main()
