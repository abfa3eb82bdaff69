"""TAXII 2.1 benchmark: Accord (SQLite) against the OASIS reference server medallion 3.0.0.

Both servers run on loopback as subprocesses pinned to core 0 (``taskset -c 0``);
this process is the one client, pinned to core 1, talking HTTP with httpx.

Workload, the same for both servers:

- POST the data in envelopes of 1,000 objects (each acknowledgement must be a
  202 with status ``complete`` and every object a success);
- page through everything the reader sees with ``limit=1000``;
- latency (median, p95) of the first page, of ``match[type]`` + ``added_after``
  and of ``match[id]``;
- peak RSS of the server (VmHWM).

Accord: a fresh data dir, ``accord demo load``, two sharing groups, tokens from
``accord token create``; the data is spread over the ``members``,
``community``, ``own`` and group collections of several member states so that
the measured caller (``cn-analyst``, China's analyst) sees about a third of it
(``--visible-fraction 1/3``) or all of it (``1``). The reader pages the
``everything`` collection. After the POSTs the server is killed with SIGKILL
and started again, and the full paging must find every acknowledged object:
each acknowledgement was durable. The raw-read ceiling is this process reading
the stored JSON straight out of the SQLite file and joining it into envelopes.

medallion 3.0.0 is installed on first run into ``bench/.venv-medallion`` (its
own venv) and run by its CLI with the memory backend, one API root, one
collection and one Basic user. It cannot hold much (its reads are quadratic),
so it is compared at ``--medallion-objects`` (4,000), where Accord runs too
with everything visible.

Quick run:      .venv/bin/python bench/taxii_bench.py --objects 20000
Full run:       .venv/bin/python bench/taxii_bench.py
Accord only:    .venv/bin/python bench/taxii_bench.py --objects 100000 --skip-medallion
Profiled:       ... --py-spy /path/to/py-spy --profile-dir DIR [--profile-idle]
                (py-spy attaches to each Accord server process; a summary of the
                hottest functions goes to stderr, the raw collapsed stacks to DIR)
A fixed Accord: git archive HEAD accord | tar -x -C DIR; git rev-parse --short HEAD > DIR/REVISION;
                PYTHONPATH=DIR .venv/bin/python bench/taxii_bench.py ...
                (the tree may change under a long run; the report names what was measured)

Every run is bounded: ``--time-limit`` gives up a POST phase, or stops a full
paging, projected to take longer; latencies take ``--reps`` samples within
``--query-budget`` seconds per query kind. The machine may be shared: each
phase notes how much of core 0 other processes took, and ``--wait-quiet``
waits for an idle machine before each run.

Progress goes to stderr; the Markdown tables to stdout.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import ipaddress
import json
import os
import random
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
ACCORD_BIN = Path(sys.executable).with_name("accord")
MEDALLION_VENV = HERE / ".venv-medallion"
TAXII = "application/taxii+json;version=2.1"
ACCORD_ROOT = "/taxii2/shanghai-cooperation-organisation/"
BATCH = 1000
PAGE = 1000
READER = "cn-analyst"
READER_PARTY = "CN"
SERVER_CORE, CLIENT_CORE = 0, 1

T_START = time.monotonic()
REVISION = "unknown"


def log(msg: str) -> None:
    print(f"[{time.monotonic() - T_START:8.1f}s] {msg}", file=sys.stderr, flush=True)


# --- STIX 2.1 data ------------------------------------------------------------------------------------------

SCO_NAMESPACE = uuid.UUID("00abedb4-aa42-466c-9c01-fed23315a9b7")
TLP_GREEN = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"
TLP_AMBER = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"
TLP_CLEAR = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"
TYPE_WEIGHTS = {
    "indicator": 30,
    "relationship": 18,
    "ipv4-addr": 14,
    "domain-name": 14,
    "malware": 6,
    "attack-pattern": 6,
    "identity": 6,
    "report": 6,
}
QUERY_TYPES = ("indicator", "malware", "relationship", "ipv4-addr", "report", "attack-pattern")
WORDS = [
    *("amber", "harbor", "falcon", "copper", "delta", "ember", "frost", "granite", "hollow", "iris", "jade"),
    *("kestrel", "lumen", "marble", "nomad", "onyx", "prairie", "quartz", "raven", "sable", "tundra", "umber"),
    *("vortex", "willow", "xenon", "yarrow", "zephyr"),
]
TLDS = ("example", "example.com", "example.net", "example.org", "test", "invalid")


class StixGen:
    """Deterministic valid STIX 2.1 objects of mixed types, with varied indicator patterns."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.n = 0
        self.recent: dict[str, list[str]] = {t: [] for t in TYPE_WEIGHTS}
        self.types = list(TYPE_WEIGHTS)
        self.weights = list(TYPE_WEIGHTS.values())

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _ts(self) -> str:
        # strictly increasing, millisecond precision, from 2025-01-01
        secs, ms = divmod(self.n * 37, 1000)
        t = time.gmtime(1735689600 + secs)
        return time.strftime("%Y-%m-%dT%H:%M:%S", t) + f".{ms:03d}Z"

    def _hex(self, n: int) -> str:
        return f"{self.rng.getrandbits(4 * n):0{n}x}"

    def _ip(self) -> str:
        r = self.rng
        return f"{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def _domain(self) -> str:
        r = self.rng
        return f"{r.choice(WORDS)}-{r.randint(0, 99999)}.{r.choice(WORDS)}.{r.choice(TLDS)}"

    def _pattern(self) -> str:
        r = self.rng
        k = r.randrange(12)
        if k == 0:
            return f"[ipv4-addr:value = '{self._ip()}']"
        if k == 1:
            return f"[ipv4-addr:value ISSUBSET '{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.0/24']"
        if k == 2:
            return f"[domain-name:value = '{self._domain()}']"
        if k == 3:
            return f"[url:value = 'https://{self._domain()}/{r.choice(WORDS)}/{r.randint(0, 9999)}.php']"
        if k == 4:
            return f"[file:hashes.'SHA-256' = '{self._hex(64)}']"
        if k == 5:
            return f"[file:hashes.MD5 = '{self._hex(32)}' OR file:name = '{r.choice(WORDS)}{r.randint(0, 999)}.exe']"
        if k == 6:
            return f"[email-addr:value = '{r.choice(WORDS)}.{r.randint(0, 9999)}@{self._domain()}']"
        if k == 7:
            return (
                f"[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value = '{self._ip()}'"
                f" AND network-traffic:dst_port = {r.choice((443, 80, 8080, 53, 4444, r.randint(1024, 65535)))}]"
            )
        if k == 8:
            return (
                f"[process:name = '{r.choice(WORDS)}.exe' AND process:command_line MATCHES "
                f"'^.*-{r.choice(WORDS)} [A-Za-z0-9+/=]{{{r.randint(8, 64)},}}$']"
            )
        if k == 9:
            return (
                f"[ipv4-addr:value = '{self._ip()}'] FOLLOWEDBY [domain-name:value = '{self._domain()}']"
                f" WITHIN {r.randint(10, 3600)} SECONDS"
            )
        if k == 10:
            return (
                f"[user-account:account_login = '{r.choice(WORDS)}{r.randint(0, 99)}'] "
                f"REPEATS {r.randint(2, 20)} TIMES WITHIN {r.randint(10, 600)} SECONDS"
            )
        return (
            f"[windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\SOFTWARE\\\\{r.choice(WORDS).title()}"
            f"\\\\{r.randint(0, 999)}']"
        )

    def _ref(self, *types: str) -> str | None:
        pool = [x for t in types for x in self.recent[t][-50:]]
        return self.rng.choice(pool) if pool else None

    def _sdo(self, type_: str, ts: str) -> dict[str, Any]:
        obj: dict[str, Any] = {
            "type": type_,
            "spec_version": "2.1",
            "id": f"{type_}--{self._uuid()}",
            "created": ts,
            "modified": ts,
        }
        creator = self._ref("identity")
        if creator and self.rng.random() < 0.7:
            obj["created_by_ref"] = creator
        if self.rng.random() < 0.6:
            obj["object_marking_refs"] = [self.rng.choice((TLP_GREEN, TLP_AMBER, TLP_CLEAR))]
        return obj

    def one(self) -> dict[str, Any]:
        r = self.rng
        self.n += 1
        ts = self._ts()
        t = r.choices(self.types, self.weights)[0]
        if t == "relationship" and not (self.recent["malware"] and self.recent["indicator"]):
            t = "malware"
        if t == "report" and not self.recent["indicator"]:
            t = "indicator"
        if t in ("ipv4-addr", "domain-name"):
            # unique values (a bijection of the counter): an SCO's id is derived from its value, and a second
            # poster of the same id would be refused ("first shared by another party")
            if t == "ipv4-addr":
                value = str(ipaddress.IPv4Address((self.n * 2654435761) % 2**32))
            else:
                value = f"{r.choice(WORDS)}-{self.n:x}.{r.choice(WORDS)}.{r.choice(TLDS)}"
            oid = f"{t}--{uuid.uuid5(SCO_NAMESPACE, json.dumps({'value': value}, separators=(',', ':')))}"
            obj: dict[str, Any] = {"type": t, "spec_version": "2.1", "id": oid, "value": value}
        else:
            obj = self._sdo(t, ts)
            if t == "indicator":
                obj["name"] = f"{r.choice(WORDS).title()} {r.choice(WORDS)} activity {self.n}"
                obj["indicator_types"] = [r.choice(("malicious-activity", "anomalous-activity", "compromised"))]
                obj["pattern"] = self._pattern()
                obj["pattern_type"] = "stix"
                obj["valid_from"] = ts
                if r.random() < 0.3:
                    obj["description"] = " ".join(r.choices(WORDS, k=r.randint(8, 40)))
            elif t == "malware":
                obj["name"] = f"{r.choice(WORDS).title()}{r.choice(WORDS).title()}-{r.randint(1, 999)}"
                obj["is_family"] = r.random() < 0.7
                obj["malware_types"] = [r.choice(("backdoor", "ransomware", "trojan", "worm", "dropper"))]
            elif t == "attack-pattern":
                obj["name"] = f"{r.choice(WORDS).title()} {r.choice(WORDS)} technique"
                obj["external_references"] = [
                    {"source_name": "mitre-attack", "external_id": f"T{r.randint(1000, 1660)}.{r.randint(1, 9):03d}"}
                ]
            elif t == "identity":
                obj["name"] = f"{r.choice(WORDS).title()} {r.choice(('Ministry', 'CERT', 'Agency', 'Bank'))}"
                obj["identity_class"] = r.choice(("organization", "group", "individual"))
                obj["sectors"] = [r.choice(("government", "defense", "financial-services", "energy"))]
            elif t == "relationship":
                kind = r.randrange(3)
                if kind == 0:
                    src, rel, dst = self._ref("indicator"), "indicates", self._ref("malware")
                elif kind == 1 and self.recent["attack-pattern"]:
                    src, rel, dst = self._ref("malware"), "uses", self._ref("attack-pattern")
                else:
                    src, rel, dst = self._ref("indicator"), "related-to", self._ref("indicator", "malware")
                obj["relationship_type"] = rel
                obj["source_ref"] = src
                obj["target_ref"] = dst
            elif t == "report":
                obj["name"] = f"Report {self.n}: {r.choice(WORDS)} {r.choice(WORDS)}"
                obj["published"] = ts
                obj["report_types"] = [r.choice(("threat-report", "attack-pattern", "indicator"))]
                refs = {self._ref("indicator", "malware", "attack-pattern", "relationship") for _ in range(8)}
                obj["object_refs"] = sorted(x for x in refs if x)
        pool = self.recent[t]
        pool.append(obj["id"])
        if len(pool) > 200:
            del pool[:100]
        return obj

    def batch(self, n: int) -> list[dict[str, Any]]:
        out, seen = [], set()
        while len(out) < n:
            obj = self.one()
            if obj["id"] in seen:  # an SCO drawn twice in one batch: skip
                continue
            seen.add(obj["id"])
            out.append(obj)
        return out


# --- where the data goes ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bucket:
    """One collection a poster writes to; ``visible`` to the measured reader or not."""

    poster: str
    alias: str
    visible: bool


# The reader is China's analyst (CN is a member state; groups below).
VISIBLE_BUCKETS = (
    Bucket("ru-analyst", "members", True),
    Bucket("kz-analyst", "community", True),
    Bucket("cn-analyst", "own", True),
    Bucket("ru-analyst", "group:bench-east", True),
)
HIDDEN_BUCKETS = (
    Bucket("ru-analyst", "own", False),
    Bucket("in-analyst", "own", False),
    Bucket("in-analyst", "group:bench-south", False),
)
GROUPS = {"bench-east": ("CN", "RU", "KZ"), "bench-south": ("IN", "PK", "IR")}


def plan(batches: int, visible: Fraction) -> list[Bucket]:
    """Bucket of each batch: smooth weighted round-robin, so every part of the timeline has the mix."""
    weights = [(b, visible / len(VISIBLE_BUCKETS)) for b in VISIBLE_BUCKETS]
    if visible < 1:
        weights += [(b, (1 - visible) / len(HIDDEN_BUCKETS)) for b in HIDDEN_BUCKETS]
    credit = [Fraction(0)] * len(weights)
    out = []
    for _ in range(batches):
        for i, (_, w) in enumerate(weights):
            credit[i] += w
        best = max(range(len(weights)), key=lambda i: credit[i])
        credit[best] -= 1
        out.append(weights[best][0])
    return out


# --- processes ----------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def proc_status(pid: int) -> dict[str, int]:
    out = {}
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status") as fh:
        for line in fh:
            key, _, rest = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                out[key] = int(rest.split()[0]) * 1024
    return out


def _core_ticks(core: int) -> tuple[int, int]:
    """(busy, total) clock ticks of one CPU since boot."""
    with open("/proc/stat") as fh:
        for line in fh:
            if line.startswith(f"cpu{core} "):
                v = [int(x) for x in line.split()[1:9]]
                busy = v[0] + v[1] + v[2] + v[5] + v[6] + v[7]
                return busy, busy + v[3] + v[4]
    return 0, 0


def _proc_ticks(pid: int) -> int:
    """utime + stime of a process (all its threads), clock ticks."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rpartition(")")[2].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return 0


@contextlib.contextmanager
def core_watch(pid: int, what: str, notes: list[str]) -> Iterator[None]:
    """Note how busy the server's core was with the server and with other processes during a phase:
    the machine is shared, and other processes' work on core 0 makes the figures worse."""
    busy0, total0 = _core_ticks(SERVER_CORE)
    mine0 = _proc_ticks(pid)
    try:
        yield
    finally:
        busy1, total1 = _core_ticks(SERVER_CORE)
        span = max(1, total1 - total0)
        mine = _proc_ticks(pid) - mine0
        others = max(0, busy1 - busy0 - mine)
        note = f"{what}: core {SERVER_CORE} {100 * mine / span:.0f}% server, {100 * others / span:.0f}% other processes"
        log(f"  {note}; load average {Path('/proc/loadavg').read_text().split()[0]}")
        notes.append(note)


def machine_busy(seconds: float = 2.0) -> float:
    """Share of both cores busy over a short sample (this process idle meanwhile)."""
    b0 = [_core_ticks(c) for c in (SERVER_CORE, CLIENT_CORE)]
    time.sleep(seconds)
    b1 = [_core_ticks(c) for c in (SERVER_CORE, CLIENT_CORE)]
    busy = sum(b[0] - a[0] for a, b in zip(b0, b1, strict=True))
    total = sum(b[1] - a[1] for a, b in zip(b0, b1, strict=True))
    return busy / total if total else 0.0


def wait_quiet(limit: float) -> None:
    """Wait (up to ``limit`` seconds) until other processes leave the two cores mostly idle."""
    deadline = time.monotonic() + limit
    while True:
        busy = machine_busy()
        if busy < 0.15:
            return
        if time.monotonic() >= deadline:
            log(f"  warning: the machine is {100 * busy:.0f}% busy with other processes; figures will suffer")
            return
        log(f"  the machine is {100 * busy:.0f}% busy with other processes: waiting (--wait-quiet)")
        time.sleep(10)


def wait_http(url: str, proc: subprocess.Popen[bytes], timeout: float = 60, **kw: Any) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before answering {url}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=2, **kw).status_code < 500:
                return
        time.sleep(0.1)
    raise RuntimeError(f"server did not answer {url} within {timeout}s")


class Server:
    proc: subprocess.Popen[bytes] | None = None
    peak_rss = 0
    name = "server"

    def start(self) -> None:
        raise NotImplementedError

    def note_rss(self) -> None:
        if self.proc and self.proc.poll() is None:
            st = proc_status(self.proc.pid)
            self.peak_rss = max(self.peak_rss, st.get("VmHWM", 0))

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if not self.proc:
            return
        self.note_rss()
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None


class AccordServer(Server):
    name = "accord"

    def __init__(self, work: Path, log_level: str, py_spy: str | None = None, profile_dir: Path | None = None) -> None:
        self.work = work
        self.py_spy, self.profile_dir = py_spy, profile_dir
        self.profile_idle = False
        self.spies: list[subprocess.Popen[bytes]] = []
        self.profiles: list[Path] = []
        self.starts = 0
        self.data_dir = work / "data"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "ACCORD_DATA_DIR": str(self.data_dir), "ACCORD_LOG_LEVEL": log_level}
        self.env.pop("ACCORD_DATABASE_URL", None)
        self.tokens: dict[str, str] = {}
        self.password = ""

    def cli(self, *args: str) -> str:
        r = subprocess.run([str(ACCORD_BIN), *args], env=self.env, capture_output=True, text=True, check=False)
        if r.returncode != 0:
            raise RuntimeError(f"accord {' '.join(args)} failed: {r.stderr.strip() or r.stdout.strip()}")
        return r.stdout

    def setup(self, users: set[str]) -> None:
        self.cli("demo", "load")
        for slug, members in GROUPS.items():
            self.cli("group", "create", slug, "--name", slug, *[x for m in members for x in ("--member", m)])
        self.password = json.loads(self.cli("demo", "credentials", "--json"))["password"]
        for u in sorted(users):
            self.tokens[u] = json.loads(self.cli("token", "create", u, "--json", "--label", "bench"))["token"]

    def start(self) -> None:
        self.logfile = open(self.work / "server.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen(
            ["taskset", "-c", str(SERVER_CORE), str(ACCORD_BIN), "serve", "--port", str(self.port)],
            env=self.env,
            stdout=self.logfile,
            stderr=subprocess.STDOUT,
        )
        wait_http(f"{self.url}/healthz", self.proc)
        if self.py_spy and self.profile_dir:
            self.starts += 1
            out = self.profile_dir / f"{self.work.name}-{self.starts}-{('post', 'read')[min(self.starts, 2) - 1]}.txt"
            self.spies.append(
                subprocess.Popen(
                    [
                        *("taskset", "-c", str(CLIENT_CORE), self.py_spy, "record", "--pid", str(self.proc.pid)),
                        *("--rate", "250", "--format", "raw", "--nonblocking", "-o", str(out)),
                        *(("--idle",) if self.profile_idle else ()),
                    ],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
            self.profiles.append(out)
            time.sleep(1)

    def stop(self, sig: int = signal.SIGTERM) -> None:
        super().stop(sig)
        for spy in self.spies:
            with contextlib.suppress(subprocess.TimeoutExpired):
                spy.wait(timeout=60)
        self.spies = []

    def headers(self, user: str, auth: str) -> dict[str, str]:
        if auth == "token":
            return {"Authorization": f"Bearer {self.tokens[user]}"}
        raw = base64.b64encode(f"{user}:{self.password}".encode()).decode()
        return {"Authorization": f"Basic {raw}"}

    @property
    def db_path(self) -> Path:
        return self.data_dir / "accord.sqlite3"


MEDALLION_USER, MEDALLION_PASSWORD = "bench", "bench-password"
MEDALLION_COLLECTION = "8f2e3c1a-5b7d-4e9f-a1c2-3d4e5f6a7b02"


def ensure_medallion() -> Path:
    """medallion 3.0.0 in its own venv (it pins old dependencies); created on first run."""
    exe = MEDALLION_VENV / "bin" / "medallion"
    if exe.exists():
        return exe
    log(f"creating {MEDALLION_VENV} and installing medallion==3.0.0")
    subprocess.run(["python3", "-m", "venv", str(MEDALLION_VENV)], check=True)
    subprocess.run(
        [str(MEDALLION_VENV / "bin" / "pip"), "install", "--quiet", "medallion==3.0.0"],
        check=True,
        stdout=sys.stderr,
    )
    return exe


class MedallionServer(Server):
    name = "medallion"

    def __init__(self, work: Path) -> None:
        self.work = work
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.root = "/bench/"

    def start(self) -> None:
        exe = ensure_medallion()
        data = {
            "/discovery": {
                "title": "medallion benchmark",
                "description": "TAXII 2.1 reference server under benchmark",
                "default": f"{self.url}{self.root}",
                "api_roots": [f"{self.url}{self.root}"],
            },
            "bench": {
                "information": {
                    "title": "bench",
                    "description": "benchmark API root",
                    "versions": [TAXII],
                    "max_content_length": 200 * 1024 * 1024,
                },
                "status": [],
                "collections": [
                    {
                        "id": MEDALLION_COLLECTION,
                        "title": "bench",
                        "description": "benchmark collection",
                        "can_read": True,
                        "can_write": True,
                        "media_types": ["application/stix+json;version=2.1"],
                        "objects": [],
                        "manifest": [],
                    }
                ],
            },
        }
        (self.work / "medallion_data.json").write_text(json.dumps(data, indent=1))
        # research/taxii.md §2 item 13: without "backend.module" medallion 3.0.0 refuses to start.
        config = {
            "backend": {
                "module": "medallion.backends.memory_backend",
                "module_class": "MemoryBackend",
                "filename": str(self.work / "medallion_data.json"),
                "session_timeout": 600,
            },
            "users": {MEDALLION_USER: MEDALLION_PASSWORD},
            "taxii": {"max_page_size": PAGE},
        }
        (self.work / "medallion_config.json").write_text(json.dumps(config, indent=1))
        self.logfile = open(self.work / "medallion.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [
                "taskset",
                "-c",
                str(SERVER_CORE),
                str(exe),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                str(self.work / "medallion_config.json"),
            ],
            stdout=self.logfile,
            stderr=subprocess.STDOUT,
        )
        wait_http(
            f"{self.url}/taxii2/",
            self.proc,
            headers={"Accept": TAXII, **self.headers("", "basic")},
        )

    def headers(self, user: str, auth: str) -> dict[str, str]:
        raw = base64.b64encode(f"{MEDALLION_USER}:{MEDALLION_PASSWORD}".encode()).decode()
        return {"Authorization": f"Basic {raw}"}


# --- the workload -------------------------------------------------------------------------------------------


def pct(xs: list[float], p: float) -> float:
    s = sorted(xs)
    if not s:
        return float("nan")
    k = (len(s) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


@dataclass
class Lat:
    samples: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.samples) if self.samples else float("nan")

    @property
    def p95(self) -> float:
        return pct(self.samples, 0.95)


@dataclass
class ReadResult:
    paging_rate: float = 0.0
    paging_seconds: float = 0.0
    paged: int = 0
    pages: int = 0
    first_page: Lat = field(default_factory=Lat)
    type_after: Lat = field(default_factory=Lat)
    by_id: Lat = field(default_factory=Lat)


@dataclass
class RunResult:
    label: str
    server: str
    n: int
    visible: int
    post_rate: dict[str, float] = field(default_factory=dict)
    post_seconds: float = 0.0
    reads: dict[str, ReadResult] = field(default_factory=dict)
    peak_rss: int = 0
    raw_rate: float | None = None
    predicate_rate: float | None = None
    notes: list[str] = field(default_factory=list)


class Budget(Exception):
    pass


class Client:
    def __init__(self, base: str) -> None:
        self.http = httpx.Client(base_url=base, timeout=httpx.Timeout(900.0), headers={"Accept": TAXII})

    def get(self, path: str, headers: dict[str, str], params: dict[str, Any] | None = None) -> tuple[float, Any]:
        t = time.perf_counter()
        r = self.http.get(path, params=params, headers=headers)
        dt = time.perf_counter() - t
        if r.status_code != 200:
            raise RuntimeError(f"GET {path} {params} -> {r.status_code}: {r.text[:300]}")
        return dt, r

    def close(self) -> None:
        self.http.close()


def post_all(
    client: Client,
    batches: list[Bucket],
    gen: StixGen,
    target: Callable[[Bucket, str], tuple[str, dict[str, str]]],
    auths: list[str],
    visible_ids: list[str],
    time_limit: float,
) -> tuple[dict[str, float], float]:
    """POST every batch; returns objects/s per auth mode and the total request time."""
    spent = {a: 0.0 for a in auths}
    sent = {a: 0 for a in auths}
    wall = time.monotonic()
    rng = random.Random(7)
    for i, bucket in enumerate(batches):
        auth = auths[i % len(auths)]
        objs = gen.batch(BATCH)
        if bucket.visible:
            for o in rng.sample(objs, 3):
                visible_ids.append(o["id"])
        path, headers = target(bucket, auth)
        body = json.dumps({"objects": objs}, separators=(",", ":")).encode()
        t = time.perf_counter()
        r = client.http.post(path, content=body, headers={**headers, "Content-Type": TAXII})
        dt = time.perf_counter() - t
        if r.status_code != 202:
            raise RuntimeError(f"POST batch {i} -> {r.status_code}: {r.text[:500]}")
        st = r.json()
        if st.get("status") != "complete" or st.get("success_count") != len(objs) or st.get("failure_count"):
            failures = st.get("failures", [])[:3]
            raise RuntimeError(
                f"POST batch {i}: status {st.get('status')} success {st.get('success_count')}/{len(objs)} {failures}"
            )
        spent[auth] += dt
        sent[auth] += len(objs)
        done = i + 1
        elapsed = time.monotonic() - wall
        if done % max(1, len(batches) // 20) == 0 or done == len(batches):
            rate = sum(sent.values()) / sum(spent.values())
            eta = elapsed / done * (len(batches) - done)
            log(f"  POST {done}/{len(batches)} batches, {rate:,.0f} objects/s, last {dt * 1000:.0f} ms, eta {eta:.0f}s")
        if done >= 5 and elapsed / done * len(batches) > time_limit:
            raise Budget(
                f"POST of {len(batches)} batches projected at {elapsed / done * len(batches):.0f}s "
                f"(> --time-limit {time_limit:.0f}s) after {done} batches"
            )
    rates = {a: sent[a] / spent[a] for a in auths if spent[a]}
    return rates, sum(spent.values())


def page_all(
    client: Client, path: str, headers: dict[str, str], expected: int, time_limit: float
) -> tuple[float, int, int, list[str], bool]:
    """Page through everything with limit=1000; returns seconds, objects, pages, page boundaries
    (Date-Added-Last), and whether it stopped early because the whole would exceed ``time_limit``."""
    total = pages = 0
    wall = time.monotonic()
    spent = 0.0
    bounds: list[str] = []
    params: dict[str, Any] = {"limit": PAGE}
    while True:
        dt, r = client.get(path, headers, params)
        spent += dt
        body = r.json()
        objs = body.get("objects", [])
        total += len(objs)
        pages += 1
        last = r.headers.get("X-TAXII-Date-Added-Last")
        if objs and last:
            bounds.append(last)
        if pages % 100 == 0:
            log(f"  paged {total:,} objects, {total / spent:,.0f} objects/s")
        if not body.get("more"):
            break
        elapsed = time.monotonic() - wall
        if pages >= 5 and elapsed / total * expected > time_limit:
            log(f"  paging projected at {elapsed / total * expected:.0f}s > --time-limit: stopped after {pages} pages")
            return spent, total, pages, bounds, True
        # the cursor when the server gives one, else added_after = X-TAXII-Date-Added-Last (TAXII 2.1 §3.5)
        params = {"limit": PAGE, "next": body["next"]} if body.get("next") else {"limit": PAGE, "added_after": last}
    return spent, total, pages, bounds, False


def timed_reps(
    fn: Callable[[int], float], reps: int, budget: float, warm: int = 2, min_reps: int = 1
) -> tuple[Lat, bool]:
    """Run ``fn`` until ``reps`` samples or ``budget`` seconds (at least ``min_reps``). True if cut short."""
    for i in range(warm):
        fn(-1 - i)
    lat = Lat()
    start = time.monotonic()
    for i in range(reps):
        lat.samples.append(fn(i))
        if len(lat.samples) >= min_reps and time.monotonic() - start > budget:
            return lat, len(lat.samples) < reps
    return lat, False


def read_phase(
    client: Client,
    path: str,
    headers: dict[str, str],
    expected: int,
    visible_ids: list[str],
    reps: int,
    budget: float,
    warm: int,
    notes: list[str],
    time_limit: float,
) -> ReadResult:
    res = ReadResult()
    # as a TAXII client does, look at the collections first: the first request of a Basic client pays
    # the password hash (argon2 in Accord), later ones hit the credential cache until it expires
    client.get(path.split("collections/")[0] + "collections/", headers)
    spent, total, pages, bounds, cut = page_all(client, path, headers, expected, time_limit)
    res.paging_seconds, res.paged, res.pages = spent, total, pages
    res.paging_rate = total / spent if spent else 0.0
    log(f"  full paging: {total:,} objects in {pages} pages, {spent:.2f}s, {res.paging_rate:,.0f} objects/s")
    if cut:
        notes.append(
            f"full paging stopped after {total:,} of {expected:,} objects (projected past --time-limit); "
            "objects/s is over those pages, match[type]+added_after uses their boundaries"
        )
    elif total != expected:
        raise RuntimeError(f"paging found {total} objects, {expected} were acknowledged as visible")
    rng = random.Random(11)

    def first(_: int) -> float:
        dt, r = client.get(path, headers, {"limit": PAGE})
        assert len(r.json().get("objects", [])) == min(PAGE, expected)
        return dt

    def type_after(_: int) -> float:
        # a page boundary anywhere but at the very end, so that something is after it
        after = rng.choice(bounds[:-1]) if len(bounds) > 1 else "2000-01-01T00:00:00.000000Z"
        params = {"match[type]": rng.choice(QUERY_TYPES), "added_after": after, "limit": PAGE}
        dt, r = client.get(path, headers, params)
        assert r.json().get("objects") is None or all(o["type"] == params["match[type]"] for o in r.json()["objects"])
        return dt

    def by_id(_: int) -> float:
        oid = rng.choice(visible_ids)
        dt, r = client.get(path, headers, {"match[id]": oid})
        objs = r.json().get("objects", [])
        assert [o["id"] for o in objs] == [oid], (oid, objs[:1])
        return dt

    for name, fn in (("first page", first), ("match[type]+added_after", type_after), ("match[id]", by_id)):
        lat, cut = timed_reps(fn, reps, budget, warm=warm)
        setattr(res, {"first page": "first_page", "match[id]": "by_id"}.get(name, "type_after"), lat)
        log(f"  {name}: median {lat.median * 1000:.1f} ms, p95 {lat.p95 * 1000:.1f} ms ({len(lat.samples)} reps)")
        if cut:
            notes.append(f"{name}: {len(lat.samples)} reps (time budget {budget:.0f}s)")
    return res


def raw_ceiling(db: Path, count: int) -> float:
    """Objects/s reading the stored JSON straight out of SQLite and joining it into envelopes (one core)."""
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {SERVER_CORE})
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        best = 0.0
        for _ in range(2):  # the second pass is the warm one, as the server's reads are
            t = time.perf_counter()
            last, done, out = 0, 0, 0
            while done < count:
                rows = conn.execute(
                    "SELECT pk, body FROM stix_versions WHERE pk > ? ORDER BY pk LIMIT ?",
                    (last, min(PAGE, count - done)),
                ).fetchall()
                if not rows:
                    break
                last = rows[-1][0]
                envelope = ('{"more":true,"objects":[' + ",".join(r[1] for r in rows) + "]}").encode()
                out += len(envelope)
                done += len(rows)
            dt = time.perf_counter() - t
            best = max(best, done / dt)
        conn.close()
        return best
    finally:
        os.sched_setaffinity(0, before)


def predicate_ceiling(db: Path, party_code: str, count: int) -> float:
    """Objects/s paging the reader's "everything" view with the server's own page query
    (``accord.intel.store.page``: the access predicate compiled into SQL), in this process on
    the server's core: what the read path costs before HTTP, authentication and auditing."""
    from sqlalchemy import create_engine, text

    from accord.access.predicate import audience_of_party
    from accord.intel import store
    from accord.intel.models import Filters

    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {SERVER_CORE})
    engine = create_engine(f"sqlite:///file:{db}?mode=ro&uri=true")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA cache_size=-16384")  # as the server's connections
            party_id = conn.execute(text("SELECT id FROM parties WHERE code = :c"), {"c": party_code}).scalar_one()
            aud = audience_of_party(conn, party_id, party_code)
            best, done = 0.0, 0
            for _ in range(2):  # the second pass is the warm one
                t = time.perf_counter()
                done, after = 0, None
                while True:
                    page = store.page(conn, aud, None, Filters(limit=PAGE, added_after_us=after))
                    done += len(page.items)
                    envelope = ('{"more":true,"objects":[' + ",".join(i.body for i in page.items) + "]}").encode()
                    del envelope
                    if not page.more:
                        break
                    after = page.items[-1].date_added_us
                best = max(best, done / (time.perf_counter() - t))
            if done < count:
                raise RuntimeError(f"the page query found {done} objects, {count} were acknowledged")
            return best
    finally:
        engine.dispose()
        os.sched_setaffinity(0, before)


# --- runs ---------------------------------------------------------------------------------------------------


def run_accord(args: argparse.Namespace, n: int, visible: Fraction, auths: list[str], label: str) -> RunResult:
    wait_quiet(args.wait_quiet)
    work = Path(tempfile.mkdtemp(prefix="taxii-bench-accord-", dir=args.work_dir))
    log(f"Accord {label}: {n:,} objects, visible fraction {visible}, auth {'+'.join(auths)}, work dir {work}")
    srv = AccordServer(work, args.server_log_level, args.py_spy, args.profile_dir)
    srv.profile_idle = args.profile_idle
    batches = plan(-(-n // BATCH), visible)
    expected = sum(BATCH for b in batches if b.visible)
    result = RunResult(label, "Accord", len(batches) * BATCH, expected)
    client = Client(srv.url)
    try:
        srv.setup({b.poster for b in batches} | {READER})
        srv.start()
        log(f"  server pid {srv.proc.pid if srv.proc else '?'} on core {SERVER_CORE}, {srv.url}")
        cids: dict[tuple[str, str], str] = {}

        def target(bucket: Bucket, auth: str) -> tuple[str, dict[str, str]]:
            key = (bucket.poster, bucket.alias)
            if key not in cids:
                _, r = client.get(f"{ACCORD_ROOT}collections/", srv.headers(bucket.poster, auth))
                for c in r.json()["collections"]:
                    cids[(bucket.poster, c["alias"])] = c["id"]
            return f"{ACCORD_ROOT}collections/{cids[key]}/objects/", srv.headers(bucket.poster, auth)

        # The demo alliance already shares a few objects (its register entries are STIX identities):
        # the reader's "everything" holds those before the benchmark posts anything.
        _, r = client.get(f"{ACCORD_ROOT}collections/", srv.headers(READER, auths[0]))
        everything = next(c["id"] for c in r.json()["collections"] if c["alias"] == "everything")
        _, r = client.get(
            f"{ACCORD_ROOT}collections/{everything}/objects/", srv.headers(READER, auths[0]), {"limit": PAGE}
        )
        baseline = len(r.json().get("objects", []))
        expected += baseline
        visible_ids: list[str] = []
        assert srv.proc is not None
        with core_watch(srv.proc.pid, "POST", result.notes):
            result.post_rate, result.post_seconds = post_all(
                client, batches, StixGen(args.seed), target, auths, visible_ids, args.time_limit
            )
        log(f"  POST: {result.post_rate} objects/s, {result.post_seconds:.1f}s in requests")
        srv.note_rss()
        log("  SIGKILL and restart: every acknowledged object must still be there")
        srv.stop(signal.SIGKILL)
        srv.start()
        _, r = client.get(f"{ACCORD_ROOT}collections/", srv.headers(READER, auths[0]))
        everything = next(c["id"] for c in r.json()["collections"] if c["alias"] == "everything")
        path = f"{ACCORD_ROOT}collections/{everything}/objects/"
        for auth in auths:
            log(f"  reads as {READER} ({auth})")
            assert srv.proc is not None
            with core_watch(srv.proc.pid, f"reads ({auth})", result.notes):
                result.reads[auth] = read_phase(
                    client,
                    path,
                    srv.headers(READER, auth),
                    expected,
                    visible_ids,
                    args.reps,
                    args.query_budget,
                    2,
                    result.notes,
                    args.time_limit,
                )
        srv.note_rss()
        srv.stop()
        result.peak_rss = srv.peak_rss
        if not args.skip_raw:
            result.raw_rate = raw_ceiling(srv.db_path, expected)
            log(f"  raw read ceiling: {result.raw_rate:,.0f} objects/s")
            result.predicate_rate = predicate_ceiling(srv.db_path, READER_PARTY, expected)
            log(f"  access-predicate ceiling: {result.predicate_rate:,.0f} objects/s")
        for prof in srv.profiles:
            if prof.exists():
                log(f"  profile {prof}:\n{summarize_profile(prof, args.profile_top)}")
        size = sum(p.stat().st_size for p in srv.data_dir.glob("accord.sqlite3*"))
        result.notes.append(f"database {size / 1e6:,.0f} MB on disk")
    finally:
        client.close()
        srv.stop()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return result


def run_medallion(args: argparse.Namespace, n: int) -> RunResult:
    wait_quiet(args.wait_quiet)
    work = Path(tempfile.mkdtemp(prefix="taxii-bench-medallion-", dir=args.work_dir))
    log(f"medallion: {n:,} objects, auth basic, work dir {work}")
    srv = MedallionServer(work)
    batches = plan(-(-n // BATCH), Fraction(1))
    result = RunResult("medallion", "medallion", len(batches) * BATCH, len(batches) * BATCH)
    client = Client(srv.url)
    try:
        srv.start()
        log(f"  server pid {srv.proc.pid if srv.proc else '?'} on core {SERVER_CORE}, {srv.url}")
        path = f"{srv.root}collections/{MEDALLION_COLLECTION}/objects/"
        headers = srv.headers("", "basic")
        visible_ids: list[str] = []
        assert srv.proc is not None
        with core_watch(srv.proc.pid, "POST", result.notes):
            result.post_rate, result.post_seconds = post_all(
                client,
                batches,
                StixGen(args.seed),
                lambda _b, _a: (path, headers),
                ["basic"],
                visible_ids,
                args.time_limit,
            )
        log(f"  POST: {result.post_rate} objects/s")
        # medallion's first pages take tens of seconds at 4,000: no warm-up, a time budget per query.
        with core_watch(srv.proc.pid, "reads (basic)", result.notes):
            result.reads["basic"] = read_phase(
                client,
                path,
                headers,
                result.visible,
                visible_ids,
                args.medallion_reps,
                args.medallion_query_budget,
                0,
                result.notes,
                args.time_limit,
            )
        srv.note_rss()
        result.peak_rss = srv.peak_rss
    finally:
        client.close()
        srv.stop()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return result


def _frame(f: str) -> str:
    """``func (path/file.py:123)`` → ``func (file path without line)``: one entry per function."""
    name, _, loc = f.partition(" (")
    loc = loc.rstrip(")").rsplit(":", 1)[0].replace(str(PROJECT) + "/", "")
    loc = loc.split("site-packages/")[-1].split("lib/python3.11/")[-1]
    return f"{name} ({loc})" if loc else name


def summarize_profile(path: Path, top: int) -> str:
    """Inclusive and self share of samples per function, from py-spy's raw (collapsed stacks) output."""
    incl: dict[str, int] = {}
    own: dict[str, int] = {}
    total = 0
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        frames = [_frame(f) for f in stack.split(";")]
        total += n
        for f in set(frames):
            incl[f] = incl.get(f, 0) + n
        own[frames[-1]] = own.get(frames[-1], 0) + n
    if not total:
        return "    (no samples)"
    out = [f"    {total} samples; inclusive:"]
    skip = ("_bootstrap", "run (threading", "worker (concurrent", "run (concurrent", "<module>", "main (")
    ranked = [kv for kv in sorted(incl.items(), key=lambda kv: -kv[1]) if not kv[0].startswith(skip)]
    out += [f"    {100 * n / total:5.1f}%  {f}" for f, n in ranked[:top]]
    out.append("    self:")
    out += [f"    {100 * n / total:5.1f}%  {f}" for f, n in sorted(own.items(), key=lambda kv: -kv[1])[:top]]
    return "\n".join(out)


# --- report -------------------------------------------------------------------------------------------------


def fmt_rate(x: float | None) -> str:
    return "–" if x is None else f"{x:,.0f}"


def fmt_ms(x: float) -> str:
    return "–" if x != x else (f"{x * 1000:,.1f}" if x < 10 else f"{x * 1000:,.0f}")


def rows_for(r: RunResult, auth: str) -> dict[str, Any]:
    rd = r.reads.get(auth) or next(iter(r.reads.values()))
    post = r.post_rate.get(auth) or next(iter(r.post_rate.values()))
    return {
        "POST objects/s (batches of 1,000)": post,
        "full paging objects/s (limit=1000)": rd.paging_rate,
        "first page, median ms": rd.first_page.median,
        "first page, p95 ms": rd.first_page.p95,
        "match[type]+added_after, median ms": rd.type_after.median,
        "match[type]+added_after, p95 ms": rd.type_after.p95,
        "match[id], median ms": rd.by_id.median,
        "match[id], p95 ms": rd.by_id.p95,
        "peak RSS MB": r.peak_rss / 1e6,
    }


HIGHER_BETTER = {"POST objects/s (batches of 1,000)", "full paging objects/s (limit=1000)"}
TARGETS = {
    "POST objects/s (batches of 1,000)": ("≥ 10,000", lambda v: v >= 10_000),
    "full paging objects/s (limit=1000)": ("≥ 50,000", lambda v: v >= 50_000),
    "first page, p95 ms": ("≤ 20", lambda v: v <= 0.020),
    "match[type]+added_after, p95 ms": ("≤ 20", lambda v: v <= 0.020),
    "match[id], p95 ms": ("≤ 20", lambda v: v <= 0.020),
    "peak RSS MB": ("≤ 500", lambda v: v <= 500),
}


def cell(metric: str, v: float) -> str:
    if metric.endswith(" ms"):
        return fmt_ms(v)
    if metric == "peak RSS MB":
        return f"{v:,.0f}"
    return fmt_rate(v)


def table(title: str, cols: list[tuple[str, RunResult, str]], ratio: tuple[int, int] | None, targets: bool) -> str:
    heads = [name for name, _, _ in cols]
    data = [rows_for(r, a) for _, r, a in cols]
    out = [f"### {title}", ""]
    hdr = ["metric", *heads]
    if ratio:
        hdr.append(f"{heads[ratio[0]]} vs {heads[ratio[1]]}")
    if targets:
        hdr.append("target")
    out.append("| " + " | ".join(hdr) + " |")
    out.append("|" + "---|" * len(hdr))
    for metric in data[0]:
        row = [metric]
        for d in data:
            v = d[metric]
            mark = ""
            if targets and metric in TARGETS:
                mark = "" if TARGETS[metric][1](v) else " ✗"
            row.append(cell(metric, v) + mark)
        if ratio:
            a, b = data[ratio[0]][metric], data[ratio[1]][metric]
            if not (a and b) or a != a or b != b:
                row.append("–")
            elif metric in HIGHER_BETTER:
                row.append(f"{a / b:,.2f}×")
            elif metric.endswith(" ms"):
                row.append(f"{b / a:,.1f}× faster" if a <= b else f"{a / b:,.1f}× slower")
            else:
                row.append(f"{a / b:,.1f}× more" if a >= b else f"{b / a:,.1f}× less")
        if targets:
            row.append(TARGETS.get(metric, ("",))[0])
        out.append("| " + " | ".join(row) + " |")
    return "\n".join(out)


def accord_revision() -> str:
    """Which Accord is measured: the package the server imports (PYTHONPATH may point at a snapshot,
    e.g. ``git archive HEAD accord | tar -x -C DIR``, with the commit in ``DIR/REVISION``)."""
    r = subprocess.run(
        [sys.executable, "-c", "import accord, pathlib; print(pathlib.Path(accord.__file__).parent.parent)"],
        capture_output=True,
        text=True,
        check=False,
        cwd="/",  # as the server's script sees it: not the project dir first on sys.path
    )
    where = Path(r.stdout.strip() or PROJECT)
    if where.resolve() != PROJECT.resolve():
        rev = where / "REVISION"
        return f"{rev.read_text().strip() if rev.exists() else 'unknown revision'} (snapshot in {where})"

    def git(*a: str) -> str:
        return subprocess.run(["git", "-C", str(PROJECT), *a], capture_output=True, text=True, check=False).stdout

    head = git("rev-parse", "--short", "HEAD").strip() or "unknown"
    dirty = git("status", "--porcelain", "--", "accord").strip()
    return head + (" with uncommitted changes in accord/" if dirty else "")


def report(args: argparse.Namespace, big: list[RunResult], small: list[RunResult], med: RunResult | None) -> str:
    parts = [
        "## TAXII benchmark",
        "",
        f"Accord at {REVISION}.",
        f"Server pinned to core {SERVER_CORE} (taskset), client (httpx, one connection) on core {CLIENT_CORE}; "
        f"loopback; batches and pages of 1,000; python {sys.version.split()[0]}; {os.cpu_count()} CPUs. "
        f"Reader: {READER} paging the `everything` collection. ✗ = misses the target.",
        "",
    ]
    if med is not None or small:
        cols = []
        for r in small:
            for a in r.reads:
                cols.append((f"Accord ({a})", r, a))
        if med is not None:
            cols.append(("medallion (basic)", med, "basic"))
        ratio = None
        if med is not None and small:
            acc = next((i for i, c in enumerate(cols) if c[2] == "basic"), 0)
            ratio = (acc, len(cols) - 1)
        n = (small[0] if small else med).n  # type: ignore[union-attr]
        parts.append(table(f"Accord and medallion 3.0.0 at {n:,} objects (all visible)", cols, ratio, False))
        parts.append("")
    for r in big:
        cols = [(f"{r.label}, {a}", r, a) for a in r.reads]
        parts.append(
            table(f"Accord at {r.n:,} objects, {r.label} ({r.visible:,} visible to the reader)", cols, None, True)
        )
        parts.append("")
    rows = [r for r in [*big, *small] if r.raw_rate]
    if rows:
        parts += [
            "### Read path against the raw-read ceiling",
            "",
            "Raw: this process, on the server's core, reading `stix_versions.body` in pk order 1,000 at a time "
            "and joining them into an envelope (no HTTP, no access predicate). Predicate: the same process "
            "paging the reader's view with the server's own page query (`accord.intel.store.page`, the access "
            "predicate compiled into SQL) and joining envelopes: no HTTP, authentication or audit.",
            "",
            "| run | auth | Accord paging objects/s | predicate objects/s | raw objects/s | predicate / raw "
            "| Accord / predicate | Accord / raw | target |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for r in rows:
            for a, rd in r.reads.items():
                ratio_v = rd.paging_rate / r.raw_rate if r.raw_rate else 0.0
                mark = "" if ratio_v >= 0.5 else " ✗"
                pred = r.predicate_rate or 0.0
                parts.append(
                    f"| {r.n:,}, {r.label} | {a} | {fmt_rate(rd.paging_rate)} | {fmt_rate(pred)} "
                    f"| {fmt_rate(r.raw_rate)} | {pred / r.raw_rate:.2f} | {rd.paging_rate / pred if pred else 0:.2f} "
                    f"| {ratio_v:.2f}{mark} | ≥ 0.50 |"
                )
        parts.append("")
    notes = [f"{r.server} {r.n:,} {r.label}: {n}" for r in [*small, *([med] if med else []), *big] for n in r.notes]
    if notes:
        parts += ["Notes:", "", *[f"- {n}" for n in notes], ""]
    return "\n".join(parts)


def parse_fraction(text: str) -> Fraction:
    f = Fraction(text)
    if not 0 < f <= 1:
        raise argparse.ArgumentTypeError("a fraction in (0, 1]")
    return f


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--objects", type=int, default=1_000_000, help="objects for Accord's large runs (default 1e6)")
    p.add_argument("--medallion-objects", type=int, default=4000, help="objects for the comparison (default 4000)")
    p.add_argument(
        "--visible-fraction",
        type=parse_fraction,
        action="append",
        help="share of the data the reader sees (repeat; default 1/3 and 1)",
    )
    p.add_argument("--auth", choices=("token", "basic", "both"), default="both")
    p.add_argument("--skip-medallion", action="store_true", help="no medallion, no comparison run")
    p.add_argument("--skip-large", action="store_true", help="only the comparison at --medallion-objects")
    p.add_argument("--skip-raw", action="store_true", help="no raw-read ceiling")
    p.add_argument("--reps", type=int, default=50, help="latency samples per query for Accord (default 50)")
    p.add_argument("--query-budget", type=float, default=60, help="seconds per query kind for Accord (default 60)")
    p.add_argument("--medallion-reps", type=int, default=10, help="latency samples per query for medallion")
    p.add_argument(
        "--medallion-query-budget", type=float, default=120, help="seconds per query kind for medallion (default 120)"
    )
    p.add_argument(
        "--time-limit",
        type=float,
        default=1800,
        help="give up a POST phase, or stop a full paging, projected longer than this (s)",
    )
    p.add_argument("--seed", type=int, default=2018)
    p.add_argument("--server-log-level", default="warning", help="Accord's log level (default warning)")
    p.add_argument("--work-dir", default=None, help="where the temporary data dirs go (default: system temp)")
    p.add_argument("--keep", action="store_true", help="keep the data dirs")
    p.add_argument(
        "--wait-quiet", type=float, default=0, help="before each run, wait up to this long for an idle machine (s)"
    )
    p.add_argument("--py-spy", default=None, help="py-spy binary: profile Accord's server processes with it")
    p.add_argument("--profile-dir", type=Path, default=None, help="where py-spy's raw profiles go")
    p.add_argument("--profile-top", type=int, default=25, help="functions listed per profile")
    p.add_argument(
        "--profile-idle", action="store_true", help="sample waiting threads too (wall time: fsync, locks, sockets)"
    )
    args = p.parse_args()
    fractions = args.visible_fraction or [Fraction(1, 3), Fraction(1)]
    auths = ["token", "basic"] if args.auth == "both" else [args.auth]

    if not ACCORD_BIN.exists():
        print(f"no {ACCORD_BIN}: run with the project venv's python", file=sys.stderr)
        return 2
    if shutil.which("taskset") is None or (os.cpu_count() or 1) < 2:
        print("needs taskset and two cores", file=sys.stderr)
        return 2
    os.sched_setaffinity(0, {CLIENT_CORE})
    global REVISION
    REVISION = accord_revision()

    big: list[RunResult] = []
    small: list[RunResult] = []
    med: RunResult | None = None
    try:
        if not args.skip_medallion:
            small.append(run_accord(args, args.medallion_objects, Fraction(1), auths, "all visible"))
            try:
                med = run_medallion(args, args.medallion_objects)
            except Budget as exc:
                log(f"medallion given up: {exc}")
        if not args.skip_large:
            for f in fractions:
                label = "all visible" if f == 1 else f"{f} visible"
                try:
                    big.append(run_accord(args, args.objects, f, auths, label))
                except Budget as exc:
                    log(f"Accord {label} given up: {exc}")
    finally:
        print(report(args, big, small, med), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
