"""Namesake crowds in the synthetic register (``synth.py``).

Prints, per culture and kind (person / organisation): the entries, the
distinct primary names, the three most common primary names with their count
and share, and the share of entries whose primary name more than 5 and more
than 20 entries share. ``--parts`` adds the head shares of surnames and
given names per culture, for comparing with real name statistics (see
``README.md``).

Usage::

    .venv/bin/python bench/screening/crowds.py                    # 606,061 entries (1M names), seed 7
    .venv/bin/python bench/screening/crowds.py --entries 200000 --parts
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from accord.register.models import Schema
from bench.screening import synth

SEED = 7  # bench/screening_scale.py's default --seed
ENTRIES = synth.entries_for_names(1_000_000)  # 606,061: the scale bench's default register

_RU_MASCULINE = (("ская", "ский"), ("цова", "цов"), ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"))


def _ru_masculine(surname: str) -> str:
    for f, m in _RU_MASCULINE:
        if surname.endswith(f):
            return surname[: -len(f)] + m
    return surname


def _roles(e: synth.SynthEntry) -> dict[str, str]:
    """The surname and the first given name of a person entry (Latin: the last part stands for the surname)."""
    p = e.parts
    if e.culture == "ru":
        return {"surname": _ru_masculine(p[0]), "given": p[1]}
    if e.culture == "zh":
        return {"surname": p[0], "given": p[1]}
    return {"surname": p[-1], "given": p[0]}


def _share(n: int, total: int) -> str:
    return f"{100 * n / max(total, 1):.3f} %"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--entries", type=int, default=ENTRIES, help="register entries (default: %(default)s)")
    ap.add_argument("--seed", type=int, default=SEED, help="register seed (default: %(default)s)")
    ap.add_argument("--parts", action="store_true", help="also print surname and given-name head shares")
    args = ap.parse_args()

    names: dict[tuple[str, str], Counter[str]] = {}
    parts: dict[tuple[str, str], Counter[str]] = {}
    gen_s = 0.0
    for n in range(1, args.entries + 1):
        t = time.perf_counter()
        e = synth.entry(args.seed, n)
        gen_s += time.perf_counter() - t
        person = e.schema is Schema.PERSON
        names.setdefault((e.culture, "P" if person else "O"), Counter())[e.names[0]] += 1
        if person and args.parts:
            for role, value in _roles(e).items():
                key = (e.culture, role + (" (women)" if e.female and role == "given" else ""))
                parts.setdefault(key, Counter())[value] += 1

    print(f"register: {args.entries:,} entries, seed {args.seed} (generated in {gen_s:.1f} s)")
    print()
    print("| culture/kind | entries | distinct | top 3 primary names (count, share) | in crowds > 5 | > 20 |")
    print("|---|---:|---:|---|---:|---:|")
    for key in sorted(names):
        c = names[key]
        total = c.total()
        top = "; ".join(f"{name} {k} ({_share(k, total)})" for name, k in c.most_common(3))
        over5 = sum(k for k in c.values() if k > 5)
        over20 = sum(k for k in c.values() if k > 20)
        print(
            f"| {key[0]}/{key[1]} | {total:,} | {len(c):,} | {top} | {_share(over5, total)} | {_share(over20, total)} |"
        )
    if args.parts:
        print()
        print("| culture | part | distinct | top 5 (share of that culture's persons) |")
        print("|---|---|---:|---|")
        for key in sorted(parts):
            c = parts[key]
            total = c.total()
            top = "; ".join(f"{v} {_share(k, total)}" for v, k in c.most_common(5))
            print(f"| {key[0]} | {key[1]} | {len(c):,} | {top} |")


if __name__ == "__main__":
    main()
