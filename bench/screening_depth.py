"""How deep must screening compare? Recall at each number of results returned, against how many
index candidates the matcher compares per query.

Screening takes the index's best candidates (re-ranked by name similarity, ``CandidateIndex.search``)
and compares the first ``R`` with the matcher; the ``L`` best scores above the floor are returned.
Comparing is most of a batch's time, so ``screening.batch_retrieve`` compares in proportion to ``L``.
This script measures what that costs: for ``--queries`` variants of random register entries (the
query generator of ``bench/screening_scale.py``, other entries than its interactive queries'), it
searches the 100 best candidates once, compares them all, and prints, for each ``L`` and ``R``, how
often the true entry is among the ``L`` returned.

It reads the register and index that ``bench/screening_scale.py`` wrote to ``--workdir``; without
one, it builds a register of ``--names`` names in a temporary directory first::

    .venv/bin/python bench/screening_scale.py --workdir /tmp/s1m            # once: builds the 1M register
    .venv/bin/python bench/screening_depth.py --workdir /tmp/s1m --queries 4000
    .venv/bin/python bench/screening_depth.py                               # 100,000 names, temporary
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from accord.register.index import CandidateIndex
from accord.register.matching import POSSIBLE_THRESHOLD, Subject, compare, prepare
from accord.register.screening import POOL, RETRIEVE, batch_retrieve
from bench.screening import synth, variants
from bench.screening_scale import NameStore, build

DEPTHS = (20, 30, 40, 60, 80, 100)
RESULTS = (1, 5, 10, 100)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--workdir", type=Path, help="a bench/screening_scale.py work directory")
    p.add_argument("--names", type=int, default=100_000, help="without --workdir: the register built first")
    p.add_argument("--queries", type=int, default=2000)
    p.add_argument("--seed", type=int, default=11, help="query sample (the register's own seed is 7)")
    p.add_argument("--json", action="store_true")
    args = p.parse_args()
    if args.workdir is None:
        with tempfile.TemporaryDirectory(prefix="accord-screening-depth-") as tmp:
            args.workdir = Path(tmp)
            build(argparse.Namespace(names=args.names, queries=args.queries, negatives=0, seed=7), args.workdir)
            run(args)
    else:
        run(args)


def run(args: argparse.Namespace) -> None:
    index = CandidateIndex.load(args.workdir / "index.npz")
    store = NameStore(args.workdir / "store.npz")
    screened = {q["entry"] for q in json.loads((args.workdir / "queries.json").read_text()) if q["entry"]}
    rng = random.Random(args.seed)
    entries = [n for n in rng.sample(range(1, len(store.schemas) + 1), args.queries + len(screened))
               if n not in screened][:args.queries]
    hits = {(r, lim): 0 for r in DEPTHS for lim in RESULTS}
    for i, n in enumerate(entries, 1):
        e = synth.entry(7, n)
        name = variants.variant_ops(e, rng)[0]
        q = prepare(Subject(schema=e.schema, names=(name,)))
        found = index.search([name], e.schema, limit=RETRIEVE, pool=POOL)
        scores = []
        for rank, (c, _) in enumerate(found):
            schema, names = store.get(c)
            scores.append((compare(q, prepare(Subject(schema=schema, names=names))).score, rank, c))
        for r in DEPTHS:
            kept = sorted((-s, c) for s, rank, c in scores if rank < r and s >= POSSIBLE_THRESHOLD)
            for lim in RESULTS:
                hits[r, lim] += n in [c for _, c in kept[:lim]]
        if i % 500 == 0:
            print(f"{i} queries", file=sys.stderr)
    table = {f"{lim}": {f"{r}": hits[r, lim] / len(entries) for r in DEPTHS} for lim in RESULTS}
    if args.json:
        print(json.dumps({"queries": len(entries), "recall": table}, indent=2))
        return
    print(f"true entry among the L returned, of {len(entries)} queries, comparing R candidates")
    print("L \\ R  " + "".join(f"{r:>8}" for r in DEPTHS) + "   batch_retrieve(L)")
    for lim in RESULTS:
        print(f"{lim:<7}" + "".join(f"{hits[r, lim] / len(entries):8.4f}" for r in DEPTHS)
              + f"   {batch_retrieve(lim)}")


if __name__ == "__main__":
    main()
