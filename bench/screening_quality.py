"""Screening quality: Accord's pair comparison against nomenklatura LogicV2, side by side.

Two labelled sets, both scored by both systems in the same run:

- name_bench: nomenklatura's contrib/name_bench/cases.csv (826 name-only pairs,
  a copy in shared/data/name_bench); LogicV2's reference F1 there is 0.796.
- cross-script: bench/screening/cross_script_pairs.csv, Accord's own set
  (invented names, seven groups, dev/heldout split; see bench/screening/README.md).

Each system is judged at its own default operating point: Accord calls a pair
positive iff ``compare(query, candidate).decision == "match"``; LogicV2 iff its
score ≥ 0.70 (yente's SCORE_THRESHOLD). LogicV2 runs in its own venv
(bench/.venv-nomenklatura, created on first use by bench/setup-nomenklatura.sh)
through bench/screening/nk_worker.py, fed JSON lines.

Usage:
    .venv/bin/python bench/screening_quality.py               # tables
    .venv/bin/python bench/screening_quality.py --json        # machine output
    .venv/bin/python bench/screening_quality.py --errors 20   # + Accord's misclassified pairs
    .venv/bin/python bench/screening_quality.py --skip-logicv2
    .venv/bin/python bench/screening_quality.py --by-phenomenon

The cross-script set's dev split is for looking at errors while tuning; report
the heldout figures (and do not read heldout errors to tune: --errors prints dev
pairs only unless --errors-split says otherwise).
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
NAME_BENCH = PROJECT.parent / "shared" / "data" / "name_bench" / "cases.csv"
CROSS_SCRIPT = HERE / "screening" / "cross_script_pairs.csv"
NK_VENV = HERE / ".venv-nomenklatura"
NK_SETUP = HERE / "setup-nomenklatura.sh"
NK_WORKER = HERE / "screening" / "nk_worker.py"
LOGICV2_THRESHOLD = 0.70  # yente's SCORE_THRESHOLD

GROUPS = ("latin", "cyrillic", "han", "arabic_urdu", "devanagari", "other_script", "organisation")
# The targets for Accord (F1 at its default decision).
TARGETS: list[tuple[str, float]] = [
    ("name_bench", 0.85),
    ("cross-script all", 0.92),
    *((f"cross-script {g}", 0.85) for g in ("latin", "cyrillic", "han", "arabic_urdu", "organisation")),
]


@dataclass
class Case:
    source: str  # "name_bench" or "cross-script"
    id: str
    group: str
    phenomenon: str
    split: str
    schema: str
    name1: str
    name2: str
    birth_date1: str = ""
    birth_date2: str = ""
    country1: str = ""
    country2: str = ""
    gender1: str = ""
    gender2: str = ""
    is_match: bool = False
    note: str = ""
    # filled in by the runs
    accord_score: float = 0.0
    accord_decision: str = ""
    nk_score: float | None = None

    @property
    def accord_positive(self) -> bool:
        return self.accord_decision == "match"

    @property
    def nk_positive(self) -> bool:
        return self.nk_score is not None and self.nk_score >= LOGICV2_THRESHOLD


@dataclass
class Metrics:
    n: int = 0
    tp: int = 0
    fp: int = 0
    tn: int = 0
    fn: int = 0
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return (self.tp + self.tn) / self.n if self.n else 0.0

    def as_dict(self) -> dict[str, float]:
        return {
            "n": self.n,
            "tp": self.tp,
            "fp": self.fp,
            "tn": self.tn,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "accuracy": round(self.accuracy, 4),
        }


def confusion(cases: Iterable[Case], positive: Callable[[Case], bool]) -> Metrics:
    m = Metrics()
    for c in cases:
        m.n += 1
        pred = positive(c)
        if c.is_match:
            m.tp += pred
            m.fn += not pred
        else:
            m.fp += pred
            m.tn += not pred
    return m


# --- loading ---------------------------------------------------------------------------------------------


def load_name_bench(path: Path) -> list[Case]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            Case(
                source="name_bench",
                id=f"nb-{i:04d}",
                group=row["case_group"],
                phenomenon=row.get("category") or "",
                split="",
                schema=row["schema"],
                name1=row["name1"],
                name2=row["name2"],
                is_match=row["is_match"].strip().lower() == "true",
                note=row.get("notes") or "",
            )
            for i, row in enumerate(csv.DictReader(fh), 1)
        ]


def load_cross_script(path: Path) -> list[Case]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            Case(
                source="cross-script",
                id=row["id"],
                group=row["group"],
                phenomenon=row["phenomenon"],
                split=row["split"],
                schema=row["schema"],
                name1=row["name1"],
                name2=row["name2"],
                birth_date1=row["birth_date1"],
                birth_date2=row["birth_date2"],
                country1=row["country1"],
                country2=row["country2"],
                gender1=row["gender1"],
                gender2=row["gender2"],
                is_match=row["is_match"] == "true",
                note=row["note"],
            )
            for row in csv.DictReader(fh)
        ]


# --- Accord ----------------------------------------------------------------------------------------------


def run_accord(cases: list[Case]) -> float:
    """Score every case with Accord's matcher; returns seconds spent."""
    from accord.register.matching import Subject, compare
    from accord.register.models import Gender, Schema

    def subject(c: Case, side: str) -> Subject:
        date, country, gender = (getattr(c, f"{k}{side}") for k in ("birth_date", "country", "gender"))
        return Subject(
            schema=Schema(c.schema),
            names=(getattr(c, f"name{side}"),),
            birth_dates=(date,) if date else (),
            countries=(country,) if country else (),
            gender=Gender(gender) if gender else None,
        )

    t0 = time.perf_counter()
    for c in cases:
        try:
            result = compare(subject(c, "1"), subject(c, "2"))
            c.accord_score, c.accord_decision = float(result.score), str(result.decision)
        except Exception as exc:  # an unfinished matcher must not hide the other system's figures
            c.accord_score, c.accord_decision = 0.0, f"error: {type(exc).__name__}: {exc}"
    return time.perf_counter() - t0


# --- LogicV2 ---------------------------------------------------------------------------------------------


def ensure_nomenklatura() -> Path:
    python = NK_VENV / "bin" / "python"
    if not python.exists():
        print(f"creating {NK_VENV} (nomenklatura 4.17.4); this takes a minute", file=sys.stderr)
    subprocess.run(["bash", str(NK_SETUP)], check=True, stdout=sys.stderr)
    return python


def run_logicv2(cases: list[Case]) -> float:
    """Score every case with LogicV2 in its own venv; returns seconds spent (worker start included)."""
    python = ensure_nomenklatura()
    keys = ("schema", "name1", "name2", "birth_date1", "birth_date2", "country1", "country2", "gender1", "gender2")
    payload = "".join(json.dumps({k: getattr(c, k) for k in keys}, ensure_ascii=False) + "\n" for c in cases)
    t0 = time.perf_counter()
    # communicate() writes and reads concurrently, so a full pipe cannot deadlock.
    proc = subprocess.run(
        [str(python), str(NK_WORKER)], input=payload, capture_output=True, text=True, encoding="utf-8", check=False
    )
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"nk_worker failed ({proc.returncode}): {proc.stderr[-2000:]}")
    lines = proc.stdout.splitlines()
    if len(lines) != len(cases):
        raise RuntimeError(f"nk_worker returned {len(lines)} lines for {len(cases)} pairs")
    errors = 0
    for c, line in zip(cases, lines, strict=True):
        out = json.loads(line)
        c.nk_score = float(out["score"])
        errors += "error" in out
    if errors:
        print(f"warning: LogicV2 failed on {errors} pairs (scored 0)", file=sys.stderr)
    return elapsed


# --- report ----------------------------------------------------------------------------------------------


def slices(nb: list[Case], xs: list[Case], by_phenomenon: bool) -> list[tuple[str, list[Case]]]:
    out: list[tuple[str, list[Case]]] = []
    if nb:
        out.append(("name_bench", nb))
    if xs:
        out.append(("cross-script all", xs))
        out.append(("cross-script dev", [c for c in xs if c.split == "dev"]))
        out.append(("cross-script heldout", [c for c in xs if c.split == "heldout"]))
        for g in GROUPS:
            out.append((f"cross-script {g}", [c for c in xs if c.group == g]))
        for g in GROUPS:
            out.append((f"heldout {g}", [c for c in xs if c.group == g and c.split == "heldout"]))
        if by_phenomenon:
            for p in sorted({c.phenomenon for c in xs}):
                out.append((f"phenomenon {p}", [c for c in xs if c.phenomenon == p]))
    return [(name, cs) for name, cs in out if cs]


def fmt_row(label: str, a: Metrics, b: Metrics | None, one_label: bool) -> str:
    # A phenomenon holds only positives or only negatives: F1 means nothing there, accuracy does.
    if one_label:
        right = f"{b.accuracy:7.3f}" if b else "      -"
        return f"{label:<34}{a.n:>5}   acc {a.accuracy:6.3f}{'':>14} │ acc {right}"
    acc = f"{a.precision:6.3f} {a.recall:6.3f} {a.f1:6.3f}"
    nk = f"{b.precision:6.3f} {b.recall:6.3f} {b.f1:6.3f}" if b else "     -      -      -"
    return f"{label:<34}{a.n:>5}  {acc} │ {nk}"


def report(nb: list[Case], xs: list[Case], args: argparse.Namespace, timings: dict[str, float]) -> dict[str, Any]:
    has_nk = any(c.nk_score is not None for c in nb + xs)
    result: dict[str, Any] = {"slices": {}, "targets": [], "timings_s": timings}
    for name, cs in slices(nb, xs, args.by_phenomenon):
        a = confusion(cs, lambda c: c.accord_positive)
        b = confusion(cs, lambda c: c.nk_positive) if has_nk else None
        result["slices"][name] = {"accord": a.as_dict(), "logicv2": b.as_dict() if b else None}
    for name, target in TARGETS:
        s = result["slices"].get(name)
        if s is not None:
            f1 = s["accord"]["f1"]
            result["targets"].append({"slice": name, "target": target, "accord_f1": f1, "met": f1 >= target})
    errs = [c for c in nb + xs if c.accord_decision.startswith("error")]
    result["accord_errors"] = len(errs)
    if args.json:
        return result

    print(f"Screening quality — Accord (decision == match) vs nomenklatura LogicV2 (score ≥ {LOGICV2_THRESHOLD})")
    print(f"{'':<34}{'n':>5}  {'Accord P':>8} {'R':>6} {'F1':>6} │ {'LogicV2 P':>9} {'R':>6} {'F1':>6}")
    for name, cs in slices(nb, xs, args.by_phenomenon):
        a = confusion(cs, lambda c: c.accord_positive)
        b = confusion(cs, lambda c: c.nk_positive) if has_nk else None
        one_label = name.startswith("phenomenon ")
        print(fmt_row(name, a, b, one_label))
        if name in ("name_bench", "cross-script heldout", "cross-script organisation"):
            print("─" * 78)
    print()
    print("Targets (Accord F1):")
    for t in result["targets"]:
        mark = "✓" if t["met"] else "✗"
        print(f"  {mark} {t['slice']:<26} F1 {t['accord_f1']:.3f}  (target ≥ {t['target']:.2f})")
    print()
    t_a, t_n, n = timings.get("accord", 0.0), timings.get("logicv2"), len(nb) + len(xs)
    line = f"Time: Accord {t_a:.1f}s ({1000 * t_a / max(n, 1):.2f} ms/pair)"
    if t_n is not None:
        line += f", LogicV2 {t_n:.1f}s incl. worker start ({1000 * t_n / max(n, 1):.2f} ms/pair)"
    print(line)
    if errs:
        print(f"warning: Accord raised on {len(errs)} pairs, e.g. {errs[0].id}: {errs[0].accord_decision}")
    if args.errors:
        print_errors(nb + xs, args)
    return result


def print_errors(cases: list[Case], args: argparse.Namespace) -> None:
    pool = [
        c
        for c in cases
        if c.accord_positive != c.is_match
        and (c.source == "name_bench" or c.split in args.errors_split)
        and not c.accord_decision.startswith("error")  # crashes are counted in the warning above
    ]
    fns = sorted((c for c in pool if c.is_match), key=lambda c: c.accord_score)[: args.errors]
    fps = sorted((c for c in pool if not c.is_match), key=lambda c: -c.accord_score)[: args.errors]
    splits = "+".join(args.errors_split)
    for title, rows in (("false negatives (lowest score first)", fns), ("false positives (highest first)", fps)):
        print(f"\nAccord {title}, from name_bench and cross-script {splits}:")
        for c in rows:
            nk = f"{c.nk_score:.2f}" if c.nk_score is not None else "-"
            attrs = " ".join(
                f"{k}={v1 or '·'}/{v2 or '·'}"
                for k, v1, v2 in (
                    ("dob", c.birth_date1, c.birth_date2),
                    ("cc", c.country1, c.country2),
                    ("sex", c.gender1, c.gender2),
                )
                if v1 or v2
            )
            print(
                f"  {c.id:<24} {c.group}/{c.phenomenon}  accord {c.accord_score:.2f} {c.accord_decision}"
                f"  lv2 {nk}\n      {c.name1!r} ↔ {c.name2!r} {attrs}  — {c.note}"
            )


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    p.add_argument("--json", action="store_true", help="print one JSON document instead of tables")
    p.add_argument("--errors", type=int, default=0, metavar="N", help="print N false negatives and N false positives")
    p.add_argument(
        "--errors-split",
        nargs="+",
        default=["dev"],
        choices=["dev", "heldout"],
        help="which cross-script split --errors draws from (default dev: keep heldout unseen)",
    )
    p.add_argument("--by-phenomenon", action="store_true", help="also accuracy per phenomenon of the cross-script set")
    p.add_argument("--skip-logicv2", action="store_true", help="Accord only (no nomenklatura venv)")
    p.add_argument("--name-bench", type=Path, default=NAME_BENCH, help=f"default {NAME_BENCH}")
    p.add_argument("--pairs", type=Path, default=CROSS_SCRIPT, help=f"default {CROSS_SCRIPT}")
    args = p.parse_args()

    nb = load_name_bench(args.name_bench) if args.name_bench.exists() else []
    if not nb:
        print(f"warning: no name_bench at {args.name_bench}; cross-script set only", file=sys.stderr)
    xs = load_cross_script(args.pairs)
    timings = {"accord": run_accord(nb + xs)}
    if not args.skip_logicv2:
        timings["logicv2"] = run_logicv2(nb + xs)
    result = report(nb, xs, args, timings)
    if args.json:
        json.dump(result, sys.stdout, indent=1, ensure_ascii=False)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
