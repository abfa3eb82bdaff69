"""Batch screening through the service itself: the register in a real database, read through
the access predicate, as ``accord screen batch`` and the batch jobs run it.

``bench/screening_scale.py`` measures the batch at a million names on an in-memory copy of the
register: it leaves out reading the candidates' rows from the database and parsing them. This
script measures what it leaves out. It

1. fills a hub's database (SQLite, under ``--workdir``) with the first ``--entries`` entries of
   the same synthetic register (``bench/screening/synth.py``), through the register's own FtM
   import (``register.import_rows``: audit chain, history, STIX versions, name rows), once;
2. screens ``--batch`` query variants (``bench/screening/variants.py``) with
   ``screening.batch_results`` as a member state's analyst, after the index is loaded and
   ``--warmup`` other subjects are screened (a running server's caches are warm; the prepared
   candidates of the timed batch are still almost all new);
3. reports names per second and per CPU second, how often the true entry is among the five
   returned, and the share of the time spent reading what comparing needs of every candidate
   (``store.screening_subjects``, the access predicate in SQL) and decoding it
   (``screening.stored_subject``), reading the whole rows of the candidates kept
   (``store.visible_in_force``) and parsing them (``register._from_row``), and looking up reviews
   (``store.reviews_for``), measured by wrapping those functions.

Usage::

    .venv/bin/python bench/screening_service.py                                  # 30,000 entries, temporary
    .venv/bin/python bench/screening_service.py --workdir /tmp/svc-bench         # kept for the next run
    .venv/bin/python bench/screening_service.py --workdir /tmp/svc-bench --json  # again, reused
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.screening import synth, variants

ROOT = Path(__file__).resolve().parent.parent
ANALYST = "kz-analyst"
REGISTRAR = "kz-registrar"


def _accord(work: Path, *args: str) -> None:
    env = dict(os.environ, ACCORD_DATA_DIR=str(work / "data"))
    env.pop("ACCORD_DATABASE_URL", None)
    subprocess.run([sys.executable, "-m", "accord", *args], check=True, env=env, cwd=ROOT,
                   stdout=subprocess.DEVNULL)


def populate(work: Path, entries: int, seed: int) -> float:
    """The demo alliance and ``entries`` synthetic designations, imported as FtM JSON lines."""
    work.mkdir(parents=True, exist_ok=True)
    ftm = work / "register.jsonl"
    with ftm.open("w", encoding="utf-8") as f:
        for n in range(1, entries + 1):
            e = synth.entry(seed, n)
            props = {"name": [e.names[0]], "alias": list(e.names[1:]), "topics": ["crime.terror"]}
            f.write(json.dumps({"id": f"synth-{n}", "schema": e.schema.value, "properties": props},
                               ensure_ascii=False) + "\n")
    _accord(work, "migrate-db")
    _accord(work, "demo", "load", "--if-empty")
    t = time.perf_counter()
    _accord(work, "register", "import", str(ftm), "--as", REGISTRAR)
    return time.perf_counter() - t


def _timed(owner: Any, name: str, totals: dict[str, float]) -> Callable[[], None]:
    """Wrap ``owner.name`` so that its time adds to ``totals[name]``; returns the undo."""
    real = getattr(owner, name)
    totals[name] = 0.0

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            totals[name] += time.perf_counter() - t

    setattr(owner, name, wrapper)
    return lambda: setattr(owner, name, real)


def measure(work: Path, args: argparse.Namespace) -> dict[str, Any]:
    os.environ["ACCORD_DATA_DIR"] = str(work / "data")
    os.environ.pop("ACCORD_DATABASE_URL", None)
    from sqlalchemy import select

    from accord.clikit import _hub, actor_for_username
    from accord.register import screening, store
    from accord.register import service as register
    from accord.register.screening import batch_retrieve

    truth: dict[int, str] = {}  # timed subject's row -> the source id of the entry it is a variant of

    def subjects(seed: int, n: int, record: bool) -> list[tuple[int, Any, str | None]]:
        rng = random.Random(seed)
        out: list[tuple[int, Any, str | None]] = []
        for i, k in enumerate(rng.sample(range(1, args.entries + 1), min(n, args.entries)), 1):
            e = synth.entry(args.seed, k)
            name, _ = variants.variant_ops(e, rng)
            out.append((i, screening.subject_from_mapping({"name": name, "schema": e.schema.value}), None))
            if record:
                truth[i] = f"synth-{k}"
        return out

    rows = subjects(args.seed + 1, args.batch, True)
    warm = subjects(args.seed + 2, args.warmup, False)
    hub = _hub()
    try:
        actor = actor_for_username(hub, ANALYST)
        with hub.unit(actor) as u:
            t = time.perf_counter()
            screening.engine(hub).sync(u.conn)
            load_s = time.perf_counter() - t
            # A server that has been screening has warm caches (folds, parts, part similarities): other
            # subjects first, not counted.
            list(screening.batch_results(hub, u, warm))
            totals: dict[str, float] = {}
            undo = [_timed(store, "screening_subjects", totals), _timed(screening, "stored_subject", totals),
                    _timed(store, "visible_in_force", totals), _timed(register, "_from_row", totals),
                    _timed(store, "reviews_for", totals)]
            try:
                t0, c0 = time.perf_counter(), time.process_time()
                out = list(screening.batch_results(hub, u, rows))
                wall, cpu = time.perf_counter() - t0, time.process_time() - c0
            finally:
                for f in undo:
                    f()
            source = {str(r.source_id): str(r.entry_id) for r in u.conn.execute(
                select(store.E.c.source_id, store.E.c.entry_id).where(store.E.c.source_id.in_(list(truth.values()))))}
        returned = {(r["row"], r["entry_id"]) for r in out}
        n = len(rows)
        return {
            "entries": args.entries, "subjects": n, "result_rows": len(out), "compared_each": batch_retrieve(5),
            "recall_top5": sum((i, source.get(src)) in returned for i, src in truth.items()) / max(len(truth), 1),
            "index_load_s": load_s, "names_per_s": n / wall, "names_per_cpu_s": n / cpu,
            "ms_per_name": wall / n * 1000,
            "share": {k: v / wall for k, v in totals.items()},
            "ms_per_name_by_part": {k: v / n * 1000 for k, v in totals.items()},
        }
    finally:
        hub.dispose()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--workdir", type=Path, help="the hub's data, filled once and reused (default: a temporary one)")
    p.add_argument("--entries", type=int, default=30_000, help="synthetic register entries to import")
    p.add_argument("--batch", type=int, default=500, help="subjects screened and timed")
    p.add_argument("--warmup", type=int, default=500, help="other subjects screened first, not timed")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--json", action="store_true")
    args = p.parse_args()
    if args.workdir is None:
        with tempfile.TemporaryDirectory(prefix="accord-screening-service-") as tmp:
            args.workdir = Path(tmp)
            run(args)
    else:
        run(args)


def run(args: argparse.Namespace) -> None:
    stamp = args.workdir / "populated.json"
    if not stamp.exists() or json.loads(stamp.read_text())["entries"] != args.entries:
        import_s = populate(args.workdir, args.entries, args.seed)
        stamp.write_text(json.dumps({"entries": args.entries, "import_s": import_s}))
    r = measure(args.workdir, args) | json.loads(stamp.read_text())
    if args.json:
        print(json.dumps(r, indent=2))
        return
    print(f"register          {r['entries']:,} entries in SQLite (imported in {r['import_s']:.0f} s through "
          f"register import, {r['entries'] / r['import_s']:.0f} entries/s)")
    print(f"batch_results     {r['subjects']} subjects, {r['compared_each']} compared each: "
          f"{r['names_per_s']:.0f} names/s, {r['names_per_cpu_s']:.0f} per CPU second "
          f"({r['ms_per_name']:.1f} ms a name); the true entry among the 5 returned for {r['recall_top5']:.3f}")
    for k, v in r["ms_per_name_by_part"].items():
        print(f"  {k:<18} {v:5.2f} ms a name ({100 * r['share'][k]:.0f} %)")


if __name__ == "__main__":
    main()
