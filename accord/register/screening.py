"""Screening names against the register: candidates from the index, the access
predicate applied before ranking, scores and explanations from the matcher,
officers' reviews, the watch list and batch jobs.

The index (``accord.register.index``) lives in the process, one per hub. It
follows the register's change feed (``register_changes``): before each search
it applies the changes committed since it was last brought up to date, by this
process or any other, so it never needs a rebuild; its snapshot on disk lets a
restart skip the initial build.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import itertools
import json
import logging
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from accord.access.predicate import Audience, audience_of_party
from accord.errors import BadRequest, Forbidden, NotFound
from accord.hub import Hub, Unit
from accord.intel import service as intel
from accord.parties.models import Actor, Role
from accord.register import service as register
from accord.register import store
from accord.register.index import CandidateIndex, collector_paused
from accord.register.matching import (
    POSSIBLE_THRESHOLD,
    Comparison,
    Decision,
    Prepared,
    Subject,
    compare,
    prepare,
)
from accord.register.models import IN_FORCE, Designation, Gender, Schema
from accord.register.names import index_keys

log = logging.getLogger("accord.screening")

IN_FORCE_VALUES = sorted(s.value for s in IN_FORCE)
MAX_LIMIT = 100
# How many index candidates are compared with the matcher per query, and the pool
# the index re-ranks by name similarity to choose them (bench/screening_scale.py
# measures the trade-off: comparing costs about 80 µs a candidate).
RETRIEVE = 100
POOL = 500
# Batch work compares fewer, in proportion to the results it returns (``batch_retrieve``).
BATCH_RETRIEVE = 40
BATCH_RETRIEVE_PER_RESULT = 8
# Batch work screens this many subjects at a time (``_screen_chunk``).
BATCH_CHUNK = 50
OUTCOMES = ("confirmed_match", "false_positive")


def check_limit(limit: int) -> None:
    """Refuse a number of results per subject outside 1..``MAX_LIMIT``."""
    if not 1 <= limit <= MAX_LIMIT:
        raise BadRequest(f"limit must be between 1 and {MAX_LIMIT}")


def batch_retrieve(limit: int) -> int:
    """How many candidates a batch compares per subject to return ``limit``: eight a result, at
    least ``BATCH_RETRIEVE``, at most what interactive screening compares. At the batch's default
    of five results, comparing 40 finds the true entry among them as often as comparing 100
    (bench/screening_depth.py: 0.920 either way, over 4,000 queries at a million names), and
    comparing is most of a batch's time."""
    return min(max(RETRIEVE, limit), max(BATCH_RETRIEVE, BATCH_RETRIEVE_PER_RESULT * limit))


# --- queries -------------------------------------------------------------------------------------------


def subject_from_mapping(d: Mapping[str, Any]) -> Subject:
    """A screening query (or one side of a comparison) from JSON: ``name`` (or
    ``names``) and ``schema`` required; ``birth_date``, ``country``, ``gender``,
    ``identifiers`` optional. Errors name the field."""
    if not isinstance(d, Mapping):
        raise BadRequest("a screening subject must be a JSON object")
    names = register._strings(d, "name") + register._strings(d, "names")
    if not names:
        raise BadRequest("'name' is required")
    if any(len(n) > 500 for n in names):
        raise BadRequest("a name is longer than 500 characters")
    if "schema" not in d:
        raise BadRequest("'schema' is required (Person, Organization, Company, LegalEntity or Vessel)")
    schema = register._enum(Schema, d.get("schema"), "schema")
    dates = register._strings(d, "birth_date") + register._strings(d, "birth_dates")
    countries = register._strings(d, "country") + register._strings(d, "countries")
    gender = d.get("gender")
    idents = d.get("identifiers") or []
    if not isinstance(idents, list):
        raise BadRequest("identifiers must be a list")
    values: list[str] = []
    for i, ident in enumerate(idents):
        if isinstance(ident, Mapping):
            ident = ident.get("value")
        if not isinstance(ident, str) or not ident.strip():
            raise BadRequest(f"identifiers[{i}] must be a string or an object with a 'value'")
        values.append(ident.split(":", 1)[1] if ":" in ident and not ident[:1].isdigit() else ident)
    return Subject(
        schema=schema,
        names=tuple(" ".join(n.split()) for n in names),
        birth_dates=tuple(register.parse_partial_date(x) for x in dates),
        countries=tuple(register.parse_country(x) for x in countries),
        gender=register._enum(Gender, gender, "gender") if gender else None,
        identifiers=tuple(v.strip() for v in values),
    )


def stored_subject(row: Any) -> Subject:
    """The screening subject of the entry in a register row, from the compact copy the register
    writes beside each entry (``register.subject_of``), without its STIX body or a Designation:
    rebuilding the Designation only to take these fields was a seventh of a batch's time, and
    parsing the STIX body a tenth. A test holds it equal to the subject of the parsed draft."""
    return Subject.from_json(row.schema, row.screening_subject)


def subject_key(s: Subject) -> str:
    """Identifies a screened subject: the same subject screened again gets the same key."""
    body = {
        "schema": s.schema.value,
        "names": sorted(" ".join(n.casefold().split()) for n in s.names),
        "birth_dates": sorted(s.birth_dates),
        "countries": sorted(s.countries),
        "gender": s.gender.value if s.gender else None,
        "identifiers": sorted(s.identifiers),
    }
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def subject_to_mapping(s: Subject) -> dict[str, Any]:
    out: dict[str, Any] = {"schema": s.schema.value, "name": s.names[0]}
    if len(s.names) > 1:
        out["names"] = list(s.names[1:])
    if s.birth_dates:
        out["birth_dates"] = list(s.birth_dates)
    if s.countries:
        out["countries"] = list(s.countries)
    if s.gender:
        out["gender"] = s.gender.value
    if s.identifiers:
        out["identifiers"] = list(s.identifiers)
    return out


def compare_pair(query: Subject, candidate: Subject) -> Comparison:
    return compare(query, candidate)


# --- the index kept in step with the register --------------------------------------------------------------


def keys_fingerprint() -> str:
    """Changes whenever the blocking keys change (a new release of the name rules), so
    that a snapshot built with other keys is never loaded."""
    sample = [
        "Wang Jianguo",
        "王建國",
        "Соколов Евгений Викторович",
        "Muhammad Abdul Rehman",
        "محمد",
        "राम कुमार",
        "OOO Vostok-Trade",
        "Y. V. Sokolov",
        "Παπαδόπουλος",
        "김정은",
        "大隆有限公司",
        "S. Kumar",
    ]
    keys = [sorted(index_keys(n, schema)) for n in sample for schema in (Schema.PERSON, Schema.ORGANIZATION)]
    return hashlib.sha256(json.dumps(keys, ensure_ascii=False).encode()).hexdigest()[:12]


class ScreeningEngine:
    """One per hub: the candidate index and a cache of prepared register entries."""

    def __init__(self, snapshot_dir: Path | None) -> None:
        self._lock = threading.Lock()
        self._index: CandidateIndex | None = None
        self._snapshot = snapshot_dir / f"index-{keys_fingerprint()}.npz" if snapshot_dir else None
        self._prepared: OrderedDict[tuple[int, int], Prepared] = OrderedDict()

    def _load_or_build(self, conn: Connection) -> CandidateIndex:
        if self._snapshot is not None:
            try:
                idx = CandidateIndex.load(self._snapshot)
            except FileNotFoundError:
                pass
            except Exception:  # a damaged snapshot is rebuilt, never trusted
                log.warning("screening index snapshot %s unreadable; rebuilding", self._snapshot)
            else:
                if idx.watermark <= store.last_change(conn):
                    return idx
                # The database is older than the snapshot (restored from a backup): rebuild.
                log.warning("screening index snapshot is ahead of the database; rebuilding")
        seq = store.last_change(conn)
        rows = store.index_rows(conn, None, IN_FORCE_VALUES)
        idx = CandidateIndex.build(
            (pk, Schema(schema), names) for pk, (schema, status, names) in rows.items() if status in IN_FORCE_VALUES
        )
        idx.watermark = seq
        # Written at once, not only when a server stops: a command-line process (accord screen,
        # screen batch, register import) would otherwise rebuild the index every time it starts,
        # about a minute at a million names. Saving takes a fraction of a second.
        try:
            self._write(idx)
        except OSError as exc:
            log.warning("screening index snapshot %s not written: %s", self._snapshot, exc)
        return idx

    def sync(self, conn: Connection) -> CandidateIndex:
        """Bring the index up to the register's last committed change."""
        with self._lock:
            if self._index is None:
                self._index = self._load_or_build(conn)
            idx = self._index
            seq, changed = store.changed_since(conn, idx.watermark)
            if changed:
                rows = store.index_rows(conn, changed, IN_FORCE_VALUES)
                for pk in changed:
                    row = rows.get(pk)
                    if row is None or row[1] not in IN_FORCE_VALUES:
                        idx.remove(pk)
                    else:
                        idx.add(pk, Schema(row[0]), row[2])
                    for key in [k for k in self._prepared if k[0] == pk]:
                        del self._prepared[key]
            idx.watermark = seq
            return idx

    def save(self) -> None:
        # The index copies its state under its own lock; writing it out must not block sync().
        with self._lock:
            idx = self._index
        if idx is not None:
            self._write(idx)

    def _write(self, idx: CandidateIndex) -> None:
        """Write the snapshot (atomically: ``CandidateIndex.save``), if this engine keeps one."""
        if self._snapshot is not None:
            self._snapshot.parent.mkdir(parents=True, exist_ok=True)
            idx.save(self._snapshot)

    def prepared(self, entry_pk: int, revision: int, subject: Callable[[], Subject]) -> Prepared:
        """The prepared subject of an entry's revision, from the cache or (reading the entry with
        ``subject``) prepared now."""
        key = (entry_pk, revision)
        with self._lock:
            p = self._prepared.get(key)
            if p is not None:
                self._prepared.move_to_end(key)
                return p
        p = prepare(subject())
        with self._lock:
            self._prepared[key] = p
            while len(self._prepared) > 60_000:  # 2.5–3.4 KiB each
                self._prepared.popitem(last=False)
        return p


def engine(hub: Hub) -> ScreeningEngine:
    eng = hub.features.get("screening")
    if eng is None:
        eng = hub.features["screening"] = ScreeningEngine(hub.settings.resolved_screening_index_dir())
    assert isinstance(eng, ScreeningEngine)
    return eng


# --- screening -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    entry_pk: int
    designation: Designation
    comparison: Comparison
    review: dict[str, Any] | None

    def as_dict(self) -> dict[str, Any]:
        d = self.designation
        return {
            "entry": {
                "id": d.id,
                "name": d.draft.primary_name,
                "schema": d.draft.schema.value,
                "tier": d.tier.value,
                "status": d.status.value,
                "designating_party": d.party_code,
                "category": d.draft.category.value,
                "revision": d.revision,
            },
            **self.comparison.as_dict(),
            "review": self.review,
        }


def _screen(
    hub: Hub,
    conn: Connection,
    aud: Audience,
    party_id: int | None,
    subject: Subject,
    *,
    limit: int,
    include_reviewed: bool,
    floor: float = POSSIBLE_THRESHOLD,
    retrieve: int = RETRIEVE,
) -> list[Candidate]:
    """Ranked candidates for one subject among the entries in force the audience sees."""
    return _screen_chunk(
        hub,
        conn,
        aud,
        party_id,
        [subject],
        limit=limit,
        retrieve=retrieve,
        floor=floor,
        include_reviewed=include_reviewed,
    )[0]


@collector_paused()  # the matcher's garbage is acyclic: see collector_paused
def _screen_chunk(
    hub: Hub,
    conn: Connection,
    aud: Audience,
    party_id: int | None,
    subjects: Sequence[Subject],
    *,
    limit: int,
    retrieve: int,
    floor: float = POSSIBLE_THRESHOLD,
    include_reviewed: bool = False,
) -> list[list[Candidate]]:
    """Screen several subjects at once: every subject is searched first, then the candidates of all
    of them are read in two queries, the access predicate applied to each row before anything is
    ranked. The first reads, for every candidate, only what comparing needs (its compact screening
    subject); each distinct entry is prepared once for the whole chunk, not once per subject that
    retrieves it. The second reads whole rows, only of the candidates that scored above ``floor``
    (about one in fifteen in a batch), and only they are parsed into Designations."""
    eng = engine(hub)
    idx = eng.sync(conn)
    wanted = max(retrieve, limit)
    pool = max(POOL, wanted * 5)
    hits = [[pk for pk, _ in idx.search(list(s.names), s.schema, limit=wanted, pool=pool)] for s in subjects]
    distinct = list(dict.fromkeys(pk for h in hits for pk in h))
    seen = {int(r.pk): r for r in store.screening_subjects(conn, aud, distinct, IN_FORCE_VALUES)}
    prepared: dict[tuple[int, int], Prepared] = {}

    def prepared_of(row: Any) -> Prepared:
        key = (int(row.pk), int(row.revision))
        p = prepared.get(key)
        if p is None:
            # Read only when the engine has not prepared this revision already.
            p = prepared[key] = eng.prepared(*key, functools.partial(stored_subject, row))
        return p

    queries = [prepare(s) for s in subjects]
    scored: list[list[tuple[int, Comparison]]] = []
    for q, h in zip(queries, hits, strict=True):
        cmps = ((pk, compare(q, prepared_of(seen[pk]))) for pk in h if pk in seen)
        scored.append([(pk, cmp) for pk, cmp in cmps if cmp.score >= floor])

    kept = list(dict.fromkeys(pk for s in scored for pk, _ in s))
    rows = {int(r.pk): r for r in store.visible_in_force(conn, aud, kept, IN_FORCE_VALUES)}
    keys = [subject_key(s) for s in subjects]
    reviews = store.reviews_for(conn, party_id, keys, list(rows)) if party_id else {}
    parsed: dict[int, Designation] = {}
    out: list[list[Candidate]] = []
    for q, key, candidates in zip(queries, keys, scored, strict=True):
        found: list[Candidate] = []
        for pk, cmp in candidates:
            row = rows.get(pk)
            if row is None:
                continue  # withdrawn or hidden since the first read (PostgreSQL's read committed)
            if int(row.revision) != int(seen[pk].revision):
                # Changed since the first read: compared again, with what is returned.
                cmp = compare(q, prepared_of(row))
                if cmp.score < floor:
                    continue
            d = parsed.get(pk)
            if d is None:
                d = parsed[pk] = register._from_row(row)
            rv = reviews.get((key, pk))
            review = None
            if rv is not None and int(rv.entry_revision) == d.revision:
                if rv.outcome == "false_positive" and not include_reviewed:
                    continue  # reviewed and nothing changed on either side: not raised again
                review = {
                    "outcome": rv.outcome,
                    "reason": rv.reason,
                    "by": rv.username,
                    "at": register._stix_time(rv.at),
                }
            found.append(Candidate(pk, d, cmp, review))
        found.sort(key=lambda c: (-c.comparison.score, c.designation.id))
        out.append(found[:limit])
    return out


def _record_screen_read(unit: Unit, found: Sequence[Candidate]) -> None:
    counts: dict[str, int] = {}
    for c in found:
        if c.designation.party_code:
            counts[c.designation.party_code] = counts.get(c.designation.party_code, 0) + 1
    unit.record_read("screening", counts)


def screen(
    hub: Hub, unit: Unit, subject: Subject, *, limit: int = 10, include_reviewed: bool = False
) -> list[Candidate]:
    """Ranked candidates for one subject, among the entries in force the caller may see."""
    if not unit.actor.has(Role.VIEWER):
        raise Forbidden("screening needs the viewer role")
    check_limit(limit)
    found = _screen(
        hub,
        unit.conn,
        intel.audience(unit),
        unit.actor.party_id,
        subject,
        limit=limit,
        include_reviewed=include_reviewed,
    )
    _record_screen_read(unit, found)
    return found


# --- reviews -------------------------------------------------------------------------------------------


def review(unit: Unit, subject: Subject, entry_id: str, outcome: str, reason: str) -> dict[str, Any]:
    """Record a screening officer's verdict on one candidate of one subject."""
    actor = unit.actor
    if not actor.has(Role.ANALYST):
        raise Forbidden("recording a review needs the analyst role")
    unit.require_write()
    if actor.party_id is None:
        raise Forbidden("reviews are kept per party: act as a user (--as)")
    if outcome not in OUTCOMES:
        raise BadRequest(f"outcome must be one of {', '.join(OUTCOMES)}")
    if not reason.strip():
        raise BadRequest("a review needs a reason")
    row = store.get_entry(unit.conn, intel.audience(unit), entry_id)
    if row is None:
        raise NotFound(f"no designation {entry_id!r}")
    key = subject_key(subject)
    store.insert_review(
        unit.conn,
        {
            "party_id": actor.party_id,
            "subject_key": key,
            "entry_pk": int(row.pk),
            "entry_revision": int(row.revision),
            "outcome": outcome,
            "reason": reason.strip(),
            "username": actor.username,
            "at": unit.now,
        },
    )
    unit.record(
        "screen.review",
        "designation",
        entry_id,
        detail={"outcome": outcome, "subject": key[:16], "revision": int(row.revision)},
        parties=[p for p in (actor.party_code, row.party_code) if p],
    )
    return {"entry_id": entry_id, "revision": int(row.revision), "outcome": outcome, "subject_key": key}


# --- watch list ----------------------------------------------------------------------------------------


def _raise_hits(hub: Hub, conn: Connection, w: Any, now: Any) -> int:
    subject = subject_from_mapping(json.loads(w.subject))
    aud = audience_of_party(conn, int(w.party_id), w.party_code)
    found = _screen(hub, conn, aud, int(w.party_id), subject, limit=MAX_LIMIT, include_reviewed=False)
    raised = store.raised_pairs(conn, int(w.pk))
    n = 0
    for c in found:
        if c.comparison.decision is Decision.NO_MATCH or (c.entry_pk, c.designation.revision) in raised:
            continue
        if c.review is not None:
            continue  # already reviewed at this revision
        store.insert_hit(
            conn,
            {
                "watch_pk": int(w.pk),
                "entry_pk": c.entry_pk,
                "entry_revision": c.designation.revision,
                "score": f"{c.comparison.score:.4f}",
                "decision": c.comparison.decision.value,
                "explanation": json.dumps(c.comparison.explanation.as_dict(), ensure_ascii=False),
                "raised_at": now,
                "state": "new",
            },
        )
        n += 1
    return n


def watch_add(hub: Hub, unit: Unit, subject: Subject, label: str) -> dict[str, Any]:
    actor = unit.actor
    if not actor.has(Role.ANALYST):
        raise Forbidden("keeping a watch list needs the analyst role")
    unit.require_write()
    if actor.party_id is None:
        raise Forbidden("watch lists are kept per party: act as a user (--as)")
    seq = store.last_change(unit.conn)
    pk = store.insert_watch(
        unit.conn,
        {
            "party_id": actor.party_id,
            "label": (label or subject.names[0])[:200],
            "subject": json.dumps(subject_to_mapping(subject), ensure_ascii=False),
            "subject_key": subject_key(subject),
            "created_by": actor.username,
            "created_at": unit.now,
            "active": True,
            "screened_seq": seq,
        },
    )
    w = store.watch_to_screen(unit.conn, pk)
    assert w is not None
    raised = _raise_hits(hub, unit.conn, w, unit.now)
    unit.record(
        "watch.add", "watch", str(pk), detail={"label": w.label, "raised": raised}, parties=[actor.party_code or ""]
    )
    return {"id": pk, "label": w.label, "raised": raised}


def _watch_dict(w: Any) -> dict[str, Any]:
    return {
        "id": int(w.pk),
        "label": w.label,
        "subject": json.loads(w.subject),
        "created_by": w.created_by,
        "created_at": register._stix_time(w.created_at),
        "active": bool(w.active),
    }


def watch_list(unit: Unit) -> list[dict[str, Any]]:
    if unit.actor.party_id is None:
        raise Forbidden("watch lists are kept per party: act as a user (--as)")
    return [_watch_dict(w) for w in store.watch_rows(unit.conn, unit.actor.party_id)]


def watch_remove(unit: Unit, watch_id: int) -> None:
    actor = unit.actor
    if not actor.has(Role.ANALYST):
        raise Forbidden("keeping a watch list needs the analyst role")
    unit.require_write()
    w = store.get_watch(unit.conn, watch_id)
    if w is None or w.party_id != actor.party_id or not w.active:
        raise NotFound(f"no watched subject {watch_id}")
    store.update_watch(unit.conn, watch_id, {"active": False})
    unit.record("watch.remove", "watch", str(watch_id), parties=[actor.party_code or ""])


def watch_hits(unit: Unit, state: str | None = "new") -> list[dict[str, Any]]:
    if unit.actor.party_id is None:
        raise Forbidden("watch lists are kept per party: act as a user (--as)")
    if state not in (None, "new", "acknowledged"):
        raise BadRequest("state must be new or acknowledged")
    watches = {int(w.pk): w for w in store.watch_rows(unit.conn, unit.actor.party_id, active_only=False)}
    return [
        {
            "id": int(h.pk),
            "watch_id": int(h.watch_pk),
            "label": watches[int(h.watch_pk)].label,
            "entry_id": h.entry_id,
            "entry_name": h.primary_name,
            "entry_revision": int(h.entry_revision),
            "score": float(h.score),
            "decision": h.decision,
            "explanation": json.loads(h.explanation),
            "raised_at": register._stix_time(h.raised_at),
            "state": h.state,
        }
        for h in store.hits(unit.conn, list(watches), state)
    ]


def acknowledge_hit(unit: Unit, hit_id: int) -> None:
    actor = unit.actor
    if not actor.has(Role.ANALYST):
        raise Forbidden("acknowledging a watch-list hit needs the analyst role")
    unit.require_write()
    watches = [int(w.pk) for w in store.watch_rows(unit.conn, actor.party_id, active_only=False)]
    if not store.set_hit_state(unit.conn, watches, hit_id, "acknowledged"):
        raise NotFound(f"no watch-list hit {hit_id}")
    unit.record("watch.acknowledge", "watch_hit", str(hit_id), parties=[actor.party_code or ""])


def rescreen_watchlist(hub: Hub) -> int:
    """Re-screen every watched subject whose last screening predates a register
    change; raises only new candidates or candidates whose entry changed.
    Returns the number of hits raised. Safe to run from several processes: each
    subject is taken in a write transaction of its own."""
    raised = 0
    with hub.unit(Actor.local_admin("scheduler")) as u:
        seq = store.last_change(u.conn)
        stale = [int(w.pk) for w in store.watch_rows(u.conn, None) if int(w.screened_seq) < seq]
    for pk in stale:
        with hub.unit(Actor.local_admin("scheduler"), write=True) as u:
            w = store.watch_to_screen(u.conn, pk)
            if w is None or int(w.screened_seq) >= seq:
                continue  # held or already screened by another worker
            n = _raise_hits(hub, u.conn, w, u.now)
            store.update_watch(u.conn, pk, {"screened_seq": seq})
            if n:
                u.record("watch.rescreen", "watch", str(pk), detail={"raised": n}, parties=[w.party_code])
            raised += n
    return raised


# --- batch ---------------------------------------------------------------------------------------------


def read_batch(data: bytes, filename: str) -> Iterator[tuple[int, Subject | None, str | None]]:
    """Subjects from a CSV (header with ``name`` and optionally ``schema``,
    ``birth_date``, ``country``, ``gender``, ``identifiers``) or JSON lines file."""
    text = data.decode("utf-8-sig")
    if filename.lower().endswith((".jsonl", ".json", ".ndjson")):
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                yield n, subject_from_mapping(json.loads(line)), None
            except (ValueError, BadRequest) as exc:
                yield n, None, f"line {n}: {exc}"
        return
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "name" not in reader.fieldnames:
        raise BadRequest("a batch CSV needs a header with a 'name' column")
    for n, rec in enumerate(reader, 2):
        d: dict[str, Any] = {k: v for k, v in rec.items() if k and v}
        d.setdefault("schema", "Person")
        if "identifiers" in d:
            d["identifiers"] = [x for x in d["identifiers"].split(";") if x.strip()]
        try:
            yield n, subject_from_mapping(d), None
        except BadRequest as exc:
            yield n, None, f"line {n}: {exc}"


RESULT_COLUMNS = ["row", "query", "rank", "entry_id", "entry_name", "score", "decision", "error"]


def batch_results(
    hub: Hub,
    unit: Unit,
    rows: Iterable[tuple[int, Subject | None, str | None]],
    *,
    limit: int = 5,
    progress: Callable[[int], None] | None = None,
) -> Iterator[dict[str, Any]]:
    """Screen each subject; one result row per candidate (or one empty row).

    Subjects are screened in chunks of ``BATCH_CHUNK`` (``_screen_chunk``): the same candidates as
    one by one at the same depth (``batch_retrieve``), with each register entry read and prepared
    once per chunk. A bad ``limit`` is refused before anything is screened."""
    check_limit(limit)
    return _batch_rows(hub, unit, rows, limit, progress)


def _batch_rows(
    hub: Hub,
    unit: Unit,
    rows: Iterable[tuple[int, Subject | None, str | None]],
    limit: int,
    progress: Callable[[int], None] | None,
) -> Iterator[dict[str, Any]]:
    counts: dict[str, int] = {}
    aud = intel.audience(unit)
    it = iter(rows)
    while chunk := list(itertools.islice(it, BATCH_CHUNK)):
        subjects = [s for _, s, _ in chunk if s is not None]
        results = iter(
            _screen_chunk(
                hub, unit.conn, aud, unit.actor.party_id, subjects, limit=limit, retrieve=batch_retrieve(limit)
            )
            if subjects
            else []
        )
        for n, subject, error in chunk:
            if subject is None:
                yield {
                    "row": n,
                    "query": "",
                    "rank": "",
                    "entry_id": "",
                    "entry_name": "",
                    "score": "",
                    "decision": "",
                    "error": error or "",
                }
            else:
                found = next(results)
                for c in found:
                    if c.designation.party_code:
                        counts[c.designation.party_code] = counts.get(c.designation.party_code, 0) + 1
                if not found:
                    yield {
                        "row": n,
                        "query": subject.names[0],
                        "rank": "",
                        "entry_id": "",
                        "entry_name": "",
                        "score": "",
                        "decision": Decision.NO_MATCH.value,
                        "error": "",
                    }
                for rank, c in enumerate(found, 1):
                    yield {
                        "row": n,
                        "query": subject.names[0],
                        "rank": rank,
                        "entry_id": c.designation.id,
                        "entry_name": c.designation.draft.primary_name,
                        "score": f"{c.comparison.score:.4f}",
                        "decision": c.comparison.decision.value,
                        "error": "",
                    }
            if progress:
                progress(1)
    unit.record_read("screening", counts)


def submit_job(unit: Unit, data: bytes, filename: str) -> dict[str, Any]:
    """Queue a batch screening job run by the server; returns its id."""
    actor = unit.actor
    if not actor.has(Role.VIEWER) or actor.user_id is None:
        raise Forbidden("batch screening needs a user with the viewer role")
    subjects = list(read_batch(data, filename))
    if not subjects:
        raise BadRequest("the batch holds no subjects")
    job_id = str(uuid.uuid4())
    lines = [
        json.dumps({"row": n, "subject": subject_to_mapping(s) if s else None, "error": e}, ensure_ascii=False)
        for n, s, e in subjects
    ]
    store.insert_job(
        unit.conn,
        {
            "id": job_id,
            "user_id": actor.user_id,
            "created_at": unit.now,
            "finished_at": None,
            "status": "pending",
            "total": len(lines),
            "done": 0,
            "input": "\n".join(lines),
            "result": "",
            "error": "",
        },
    )
    unit.record("screen.job", "screen_job", job_id, detail={"total": len(lines)}, parties=[actor.party_code or ""])
    return job_as_dict(store.get_job(unit.conn, job_id))


def job_as_dict(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "status": row.status,
        "total": int(row.total),
        "done": int(row.done),
        "created_at": register._stix_time(row.created_at),
        "finished_at": register._stix_time(row.finished_at) if row.finished_at else None,
        "error": row.error or None,
    }


def get_job(unit: Unit, job_id: str) -> Any:
    row = store.get_job(unit.conn, job_id)
    if row is None or row.user_id != unit.actor.user_id:
        raise NotFound(f"no screening job {job_id!r}")
    return row


def run_job(hub: Hub, job_id: str, chunk: int = 200) -> None:
    """Run (or resume) a job as the user who submitted it, judged now: results
    are committed chunk by chunk with the progress."""
    with hub.unit(Actor.local_admin("scheduler"), write=True) as u:
        row = store.get_job(u.conn, job_id)
        if row is None or row.status not in ("pending", "running"):
            return
        store.update_job(u.conn, job_id, {"status": "running"})
        inputs = [json.loads(x) for x in row.input.splitlines()]
        done = int(row.done)
    try:
        actor = hub.auth.actor_for(int(row.user_id), read_only=True, door="job")
        while done < len(inputs):
            part = inputs[done : done + chunk]
            with hub.unit(actor, write=True) as u:
                rows = [
                    (x["row"], subject_from_mapping(x["subject"]) if x["subject"] else None, x["error"]) for x in part
                ]
                out = [json.dumps(r, ensure_ascii=False) for r in batch_results(hub, u, rows)]
                current = store.get_job(u.conn, job_id)
                assert current is not None
                result = (current.result + "\n" if current.result else "") + "\n".join(out)
                done += len(part)
                values: dict[str, Any] = {"result": result, "done": done}
                if done >= len(inputs):
                    values |= {"status": "complete", "finished_at": u.now}
                store.update_job(u.conn, job_id, values)
    except Exception as exc:
        log.exception("screening job %s failed", job_id)
        with hub.unit(Actor.local_admin("scheduler"), write=True) as u:
            store.update_job(u.conn, job_id, {"status": "failed", "error": str(exc)[:500], "finished_at": u.now})


def job_results(row: Any, fmt: str) -> str:
    records = [json.loads(x) for x in row.result.splitlines() if x.strip()]
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False)
    buf = io.StringIO()
    w = csv.DictWriter(buf, RESULT_COLUMNS)
    w.writeheader()
    w.writerows(records)
    return buf.getvalue()


def unfinished_jobs(hub: Hub) -> list[str]:
    with hub.unit(Actor.local_admin("scheduler")) as u:
        return store.unfinished_jobs(u.conn)
