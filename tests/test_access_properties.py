"""Who sees what, as a property: random scenarios checked against a plain-Python model.

Each example builds a fresh, empty hub (a clone of the empty template), creates an
alliance with a few states and a permanent body through the parties services, and
plays a random sequence of steps: the clock moves forward (hours or days), then one
event happens — a dated status change (backdated, effective today, or future-dated),
a group admission or removal, an object posted to a scope, a new version or a
re-post of an earlier object, a grant; refusals (403, 404, a TLP:RED or a foreign
version refused in a 202) are expected where the rules say so. After every step
every party's analyst reads its TAXII collections, everything it sees (all
versions) and its incremental poller; one party per step in turn, and every party
at the end, also reads every door with small pages (each collection, the manifest,
objects/{id}/versions/, REST search with its cursor) so that `more` and `next`
are exercised. What each door shows must equal what the model below says. The
model is written from DESIGN.md ("Parties and membership", "Intelligence and
sharing"), never from the SQL predicate:

- status_at(day) is the latest period of the dated history that began on or before
  the day. A party is *active* when its status is member, observer,
  dialogue_partner or body.
- Scopes a party reads now: member -> members, alliance, community; body ->
  alliance, community; observer and dialogue_partner -> community; suspended,
  left or no status yet -> none. Plus each group it is currently a member of.
  ``own:<its code>`` is its own scope.
- A party always sees the versions it originated, whatever its status. A party
  that is not active sees nothing else.
- An active party also sees a version V posted (or re-posted) to a scope S when it
  reads S now and either (a) V entered S at a moment when the party had access to
  S (during any of its access periods for S, past or current), or (b) when its
  access to S last (re)started, V was already in S and catch-up applied: always for
  groups and for community; for members and alliance only when the alliance says
  new members see history. Access to a status scope starts when the status that
  grants it takes effect — when it is recorded if it is backdated or effective
  today, at the start (00:00 UTC) of its day if it is future-dated — and ends when
  a status without it takes effect; access to a group starts at admission and
  ends at removal (a suspension does not end group access, it only makes the
  party inactive).
- An active party also sees every version (later ones too) of an object its
  originator granted to it.
- TLP:RED is refused in members, alliance and community; only the party that first
  posted an object id may post versions of it; a suspended or departed party
  cannot write.

Delivery by incremental polling (``added_after`` = the last
``X-TAXII-Date-Added-Last``): a version can leave a party's view (suspension,
removal from a group, a status without the scope) and come back. Accord may then
deliver it again (a catch-up row gives it a new date_added) or not (its old row
counts again). So the property checked is, per party and version:
- nothing is delivered that the party cannot see at the time of the poll;
- a version is delivered at most once per *visibility stretch* (a run of
  consecutive checks during which the model says the party sees it);
- every version the party sees has been delivered at least once by then.
When a party's access only grows, every version has one stretch, and these three
say exactly once.
"""

from __future__ import annotations

import contextlib
import itertools
import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, event, example, given, note, settings
from hypothesis import strategies as st
from sqlalchemy import event as sa_event

from accord.app import create_app
from accord.clock import FrozenClock
from accord.db.engine import make_engine
from accord.errors import Conflict
from accord.hub import Hub, Unit
from accord.intel import service as intel_service
from accord.intel.models import TLP2_MARKING_BY_LEVEL, Tlp
from accord.parties import service as parties
from accord.parties.auth import hash_password
from accord.parties.models import Actor, Role, Status
from tests.conftest import FAST_ARGON, START, Templates, _clone, basic, make_settings

TAXII = "application/taxii+json;version=2.1"
ALLIANCE = "Property Alliance"
ROOT = "/taxii2/property-alliance"
PASSWORD = "property-test-password"
ARGON = (FAST_ARGON["argon2_time_cost"], FAST_ARGON["argon2_memory_cost_kib"])
T0 = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)  # STIX created/modified base (not the clock)

STATES = ("CN", "RU", "MN")
BODY = "RATS"
CODES = (*STATES, BODY)
GROUPS = ("east", "west")
MEMBERS, ALLIANCE_SCOPE, COMMUNITY = "members", "alliance", "community"
STATUS_SCOPES = (MEMBERS, ALLIANCE_SCOPE, COMMUNITY)
SCOPE_ALIASES = ("own", "group:east", "group:west", MEMBERS, ALLIANCE_SCOPE, COMMUNITY)
READS: dict[Status | None, frozenset[str]] = {
    Status.MEMBER: frozenset({MEMBERS, ALLIANCE_SCOPE, COMMUNITY}),
    Status.BODY: frozenset({ALLIANCE_SCOPE, COMMUNITY}),
    Status.OBSERVER: frozenset({COMMUNITY}),
    Status.DIALOGUE_PARTNER: frozenset({COMMUNITY}),
    Status.SUSPENDED: frozenset(),
    Status.LEFT: frozenset(),
    None: frozenset(),
}
ACTIVE = frozenset({Status.MEMBER, Status.OBSERVER, Status.DIALOGUE_PARTNER, Status.BODY})
TLPS = (Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.RED)

# Page sizes: small, so that `more`, `next` cursors and `added_after` paging are exercised.
LIMIT_EVERYTHING = 2
LIMIT_OTHER = 3
# About three seconds an example (SQLite or PostgreSQL): some 45 s for the file.
MAX_EXAMPLES = 16

_examples = itertools.count()


# --- the scenario, as hypothesis draws it ---------------------------------------------------------


@dataclass(frozen=True)
class Post:
    """A party's analyst posts a new object (version 0). ``pick`` chooses the scope among
    the ones the party may write now, or among all six when ``anyscope``."""

    party: str
    pick: int
    anyscope: bool
    tlp: Tlp
    door: str


@dataclass(frozen=True)
class NewVersion:
    """A new version of an earlier object, by its originator (or, to be refused, by another party)."""

    obj: int
    by_originator: bool
    other: str
    pick: int
    anyscope: bool
    tlp: Tlp
    door: str


@dataclass(frozen=True)
class Repost:
    """An existing version posted again, to another (or the same) scope."""

    obj: int
    version: int
    by_originator: bool
    other: str
    pick: int
    anyscope: bool
    door: str


@dataclass(frozen=True)
class Grant:
    obj: int
    by_originator: bool
    other: str
    target: str


@dataclass(frozen=True)
class StatusChange:
    party: str
    status: Status
    offset_days: int  # from the clock's date: < 0 backdated, 0 today, > 0 future-dated


@dataclass(frozen=True)
class Admit:
    group: str
    party: str


@dataclass(frozen=True)
class Remove:
    group: str
    party: str


@dataclass(frozen=True)
class Step:
    advance: timedelta
    event: Post | NewVersion | Repost | Grant | StatusChange | Admit | Remove


@dataclass(frozen=True)
class Scenario:
    new_members_see_history: bool
    histories: dict[str, tuple[tuple[Status, int], ...]]  # party -> (status, days from START)
    groups: dict[str, frozenset[str]]
    steps: tuple[Step, ...]


codes = st.sampled_from(CODES)
doors = st.sampled_from(("taxii", "rest"))
picks = st.integers(0, 5)
anyscopes = st.sampled_from((False, False, False, True))
tlps = st.sampled_from(TLPS)


def statuses_for(code: str) -> st.SearchStrategy[Status]:
    if code == BODY:
        return st.sampled_from((Status.BODY, Status.BODY, Status.BODY, Status.SUSPENDED, Status.LEFT))
    return st.sampled_from(
        (Status.MEMBER,) * 3 + (Status.OBSERVER, Status.DIALOGUE_PARTNER, Status.SUSPENDED, Status.LEFT)
    )


@st.composite
def history(draw: st.DrawFn, code: str) -> tuple[tuple[Status, int], ...]:
    first_day = draw(st.sampled_from((True, True, True, False)))
    first = draw(st.integers(-900, -1)) if first_day else draw(st.integers(0, 8))
    periods = [(draw(statuses_for(code)), first)]
    for _ in range(draw(st.integers(0, 2))):
        periods.append((draw(statuses_for(code)), draw(st.integers(-900, 12))))
    return tuple(periods)


@st.composite
def status_change(draw: st.DrawFn) -> StatusChange:
    code = draw(codes)
    offset = draw(st.one_of(st.integers(-3, 3), st.integers(-3, 3), st.integers(-30, 8)))
    return StatusChange(code, draw(statuses_for(code)), offset)


objs = st.integers(0, 30)
mostly = st.sampled_from((True, True, True, False))
EVENTS: dict[str, st.SearchStrategy[Any]] = {
    "post": st.builds(Post, codes, picks, anyscopes, tlps, doors),
    "version": st.builds(NewVersion, objs, mostly, codes, picks, anyscopes, tlps, doors),
    "repost": st.builds(Repost, objs, st.integers(0, 5), mostly, codes, picks, anyscopes, doors),
    "grant": st.builds(Grant, objs, mostly, codes, codes),
    "status": status_change(),
    "admit": st.builds(Admit, st.sampled_from(GROUPS), codes),
    "remove": st.builds(Remove, st.sampled_from(GROUPS), codes),
}
# How often each kind of event comes up, relative to the others.
WEIGHTS = {"post": 3, "version": 1, "repost": 2, "grant": 1, "status": 3, "admit": 1, "remove": 1}
events = st.sampled_from([k for k, n in WEIGHTS.items() for _ in range(n)]).flatmap(EVENTS.__getitem__)
advances = st.one_of(
    st.just(timedelta(0)),
    st.integers(1, 30).map(lambda h: timedelta(hours=h)),
    st.integers(1, 4).map(lambda d: timedelta(days=d)),
)


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    return Scenario(
        new_members_see_history=draw(st.booleans()),
        histories={code: draw(history(code)) for code in CODES},
        groups={g: draw(st.frozensets(codes, max_size=3)) for g in GROUPS},
        steps=tuple(draw(st.lists(st.builds(Step, advances, events), min_size=6, max_size=20))),
    )


# --- the model ---------------------------------------------------------------------------------------

Moment = tuple[datetime, int]  # (clock time, sequence): a total order of everything that happened
Key = tuple[str, str]  # (object id, version)


@dataclass
class Period:
    start: Moment
    catch_up: bool
    end: Moment | None = None


@dataclass
class Version:
    oid: str
    number: int  # the object's index: its label is o<number>v<k>
    k: int
    text: str
    tlp: Tlp
    originator: str
    body: dict[str, Any]
    scopes: dict[str, Moment] = field(default_factory=dict)  # scope -> when the version entered it

    @property
    def key(self) -> Key:
        return (self.oid, self.text)


class Model:
    """DESIGN.md's sharing rules in plain Python (see the module docstring)."""

    def __init__(self, now: datetime, new_members_see_history: bool) -> None:
        self.now = now
        self.seq = 0
        self.nmsh = new_members_see_history
        self.kind: dict[str, str] = {}
        self.history: dict[str, dict[date, Status]] = {}
        self.access: dict[str, dict[str, list[Period]]] = {}
        self.members: dict[str, set[str]] = {g: set() for g in GROUPS}
        self.objects: list[str] = []  # object ids in the order they were first posted
        self.versions: dict[str, list[Version]] = {}  # object id -> versions, oldest first
        self.grants: set[tuple[str, str]] = set()

    # time

    def tick(self) -> Moment:
        self.seq += 1
        return (self.now, self.seq)

    def advance(self, delta: timedelta) -> list[str]:
        """Move the clock; a future-dated status takes effect at 00:00 of its day.
        Returns the parties whose access changed so."""
        new = self.now + delta
        day = self.now.date() + timedelta(days=1)
        changed = []
        while (midnight := datetime.combine(day, time(0), tzinfo=UTC)) <= new:
            self.now = midnight
            at = self.tick()
            changed += [code for code in self.kind if self.align(code, at)]
            day += timedelta(days=1)
        self.now = new
        return changed

    # standing

    def status(self, code: str) -> Status | None:
        """The status of the latest period that began on or before today (None before the first)."""
        today = self.now.date()
        began = [day for day in self.history[code] if day <= today]
        return self.history[code][max(began)] if began else None

    def active(self, code: str) -> bool:
        return self.status(code) in ACTIVE

    def add_party(self, code: str, kind: str) -> None:
        self.kind[code] = kind
        self.history[code] = {}
        self.access[code] = {}

    def record_status(self, code: str, status: Status, since: date) -> None:
        self.history[code][since] = status
        self.align(code, self.tick())

    def align(self, code: str, at: Moment) -> bool:
        """Access to the status scopes follows the status today: periods end and begin at ``at``."""
        desired = READS[self.status(code)]
        changed = False
        for scope in STATUS_SCOPES:
            periods = self.access[code].setdefault(scope, [])
            is_open = bool(periods) and periods[-1].end is None
            if is_open and scope not in desired:
                periods[-1].end = at
                changed = True
            elif not is_open and scope in desired:
                periods.append(Period(at, catch_up=scope == COMMUNITY or self.nmsh))
                changed = True
        return changed

    def admit(self, group: str, code: str) -> None:
        self.members[group].add(code)
        self.access[code].setdefault(f"group:{group}", []).append(Period(self.tick(), catch_up=True))

    def remove(self, group: str, code: str) -> None:
        self.members[group].discard(code)
        self.access[code][f"group:{group}"][-1].end = self.tick()

    # reading

    def reads(self, code: str) -> set[str]:
        """Shared scopes (groups included) the party reads now."""
        if not self.active(code):
            return set()
        return {s for s, ps in self.access[code].items() if ps and ps[-1].end is None}

    def collections(self, code: str) -> set[str]:
        return {"own", "everything"} | self.reads(code)

    def _reaches(self, code: str, scope: str, entered: Moment) -> bool:
        """The party, reading ``scope`` now, sees what entered it at ``entered``: rule (a) or (b)."""
        periods = self.access[code].get(scope, [])
        if any(p.start <= entered and (p.end is None or entered < p.end) for p in periods):
            return True
        last = periods[-1]
        return last.catch_up and entered < last.start

    def all_versions(self) -> Iterator[Version]:
        for oid in self.objects:
            yield from self.versions[oid]

    def sees(self, code: str, v: Version) -> bool:
        if v.originator == code:
            return True
        if not self.active(code):
            return False
        if (v.oid, code) in self.grants:
            return True
        reads = self.reads(code)
        return any(s in reads and self._reaches(code, s, at) for s, at in v.scopes.items())

    def visible(self, code: str) -> set[Key]:
        return {v.key for v in self.all_versions() if self.sees(code, v)}

    def visible_in(self, code: str, alias: str) -> set[Key]:
        """What the party's collection ``alias`` holds."""
        if alias == "everything":
            return self.visible(code)
        scope = f"own:{code}" if alias == "own" else alias
        out = set()
        for v in self.all_versions():
            if scope not in v.scopes:
                continue
            if v.originator == code or (self.active(code) and self._reaches(code, scope, v.scopes[scope])):
                out.add(v.key)
        return out

    def newest_visible(self, code: str) -> set[Key]:
        out = set()
        for oid in self.objects:
            seen = [v for v in self.versions[oid] if self.sees(code, v)]
            if seen:
                out.add(seen[-1].key)
        return out

    # writing

    def scope_of(self, code: str, alias: str) -> str:
        return f"own:{code}" if alias == "own" else alias

    def post_outcome(self, code: str, alias: str, oid: str, text: str, tlp: Tlp) -> str:
        if alias not in self.collections(code):
            return "missing"  # 404: the party has no such collection
        if not self.active(code):
            return "forbidden"  # 403: a suspended or departed party cannot write
        if tlp is Tlp.RED and alias in STATUS_SCOPES:
            return "refused"
        owner = self.versions[oid][0].originator if oid in self.versions else None
        if owner is not None and owner != code:
            return "refused"
        if any(v.text == text for v in self.versions.get(oid, [])):
            return "duplicate"
        return "stored"

    def store(self, code: str, alias: str, body: dict[str, Any], number: int, k: int, tlp: Tlp) -> None:
        at = self.tick()
        scope = self.scope_of(code, alias)
        oid, text = body["id"], body["modified"]
        found = next((v for v in self.versions.get(oid, []) if v.text == text), None)
        if found is None:
            if oid not in self.versions:
                self.objects.append(oid)
                self.versions[oid] = []
            found = Version(oid, number, k, text, tlp, code, body)
            self.versions[oid].append(found)
        found.scopes.setdefault(scope, at)

    def label(self, key: Key) -> str:
        for v in self.versions.get(key[0], []):
            if v.text == key[1]:
                return f"o{v.number}v{v.k}"
        return f"{key[0]}@{key[1]}"

    def labels(self, keys: set[Key]) -> list[str]:
        return sorted(self.label(k) for k in keys)


def make_object(number: int, k: int, tlp: Tlp) -> dict[str, Any]:
    stamp = lambda t: t.strftime("%Y-%m-%dT%H:%M:%S.000Z")  # noqa: E731
    return {
        "type": "indicator",
        "spec_version": "2.1",
        "id": f"indicator--{UUID(int=number + 1, version=4)}",
        "created": stamp(T0),
        "modified": stamp(T0 + timedelta(minutes=k)),
        "name": f"object {number} version {k}",
        "pattern": f"[ipv4-addr:value = '10.{number // 200}.{number % 200}.{k + 1}']",
        "pattern_type": "stix",
        "valid_from": stamp(T0),
        "object_marking_refs": [TLP2_MARKING_BY_LEVEL[tlp]],
    }


# --- driving the hub ---------------------------------------------------------------------------------


def user_of(code: str) -> str:
    return f"{code.lower()}-analyst"


def taxii_headers(code: str, **extra: str) -> dict[str, str]:
    return {**basic(user_of(code), PASSWORD), "Accept": TAXII, **extra}


class Poller:
    """An incremental TAXII client of one party: ``added_after`` = the last ``X-TAXII-Date-Added-Last``."""

    def __init__(self, client: TestClient, code: str, everything: str) -> None:
        self.client, self.code, self.everything = client, code, everything
        self.after: str | None = None
        self.last_stamp = ""

    def poll(self) -> list[Key]:
        got: list[Key] = []
        while True:
            params: dict[str, Any] = {"limit": LIMIT_EVERYTHING, "match[version]": "all"}
            if self.after:
                params["added_after"] = self.after
            r = self.client.get(
                f"{ROOT}/collections/{self.everything}/objects/", params=params, headers=taxii_headers(self.code)
            )
            assert r.status_code == 200, r.text
            body = r.json()
            objects = body.get("objects", [])
            first, last = r.headers["x-taxii-date-added-first"], r.headers["x-taxii-date-added-last"]
            if objects:
                assert self.last_stamp < first <= last, (self.code, self.last_stamp, first, last)
                self.last_stamp = last
            assert len(objects) <= LIMIT_EVERYTHING
            if body["more"]:
                assert len(objects) == LIMIT_EVERYTHING
            got += [(o["id"], o["modified"]) for o in objects]
            self.after = last
            if not body["more"]:
                return got


class Run:
    def __init__(self, client: TestClient, hub: Hub, clock: FrozenClock, scenario: Scenario) -> None:
        self.client, self.hub, self.clock = client, hub, clock
        self.model = Model(clock.now(), scenario.new_members_see_history)
        self.alliance_uuid = str(parties.alliance_uuid(ALLIANCE))
        self.pollers: dict[str, Poller] = {}
        self.ever: dict[str, set[Key]] = {c: set() for c in CODES}  # delivered at least once
        self.stretch: dict[str, Counter[Key]] = {c: Counter() for c in CODES}  # deliveries in the current stretch
        self.was_visible: dict[str, set[Key]] = {c: set() for c in CODES}
        self.step_no = 0
        self.touched: str | None = None
        self.numbers = itertools.count()  # o0, o1, ...: the objects in the order they are made

    def admin(self) -> contextlib.AbstractContextManager[Unit]:
        return self.hub.unit(Actor.local_admin("cli"), write=True)

    def cid(self, code: str, alias: str) -> str:
        key = f"own:{code}" if alias == "own" else alias
        return intel_service.collection_id(self.alliance_uuid, key)

    def log(self, text: str) -> None:
        note(f"[{self.step_no}] {self.clock.now():%Y-%m-%d %H:%M} {text}")

    # setup

    def setup(self, scenario: Scenario) -> None:
        """The alliance, its parties with their dated histories, one analyst each, and the groups:
        one transaction of the local administrator (no objects exist yet)."""
        m = self.model
        pw_hash = hash_password(PASSWORD, *ARGON)
        today = self.clock.now().date()
        with self.admin() as u:
            parties.init_alliance(u, ALLIANCE, new_members_see_history=scenario.new_members_see_history)
            for code in CODES:
                kind = "body" if code == BODY else "state"
                periods = scenario.histories[code]
                status, offset = periods[0]
                parties.add_party(u, code, f"Party {code}", kind=kind, status=status, since=today + timedelta(offset))
                m.add_party(code, kind)
                m.record_status(code, status, today + timedelta(offset))
                for status, offset in periods[1:]:
                    parties.record_status(u, code, status, today + timedelta(offset))
                    m.record_status(code, status, today + timedelta(offset))
                parties.add_user(u, user_of(code), code, frozenset({Role.ANALYST}), PASSWORD, prehashed=pw_hash)
                self.log(f"{code} ({kind}) history {[(s.value, str(today + timedelta(o))) for s, o in periods]}")
            for g in GROUPS:
                members = sorted(scenario.groups[g])
                parties.create_group(u, g, f"Group {g}", members=members)
                for code in members:
                    m.admit(g, code)
                self.log(f"group {g} created with {members}")
        self.log(f"new_members_see_history={scenario.new_members_see_history}")
        for code in CODES:
            self.pollers[code] = Poller(self.client, code, self.cid(code, "everything"))
        self.check_all()

    # steps

    def step(self, step: Step) -> None:
        self.step_no += 1
        self.touched = None
        if step.advance:
            self.clock.advance(step.advance)
            changed = self.model.advance(step.advance)
            self.log(f"clock +{step.advance}" + (f" (a dated status takes effect for {changed})" if changed else ""))
            if changed:
                event("a future-dated status took effect")
        ev = step.event
        if isinstance(ev, Post):
            self.post_new(ev)
        elif isinstance(ev, NewVersion):
            self.new_version(ev)
        elif isinstance(ev, Repost):
            self.repost(ev)
        elif isinstance(ev, Grant):
            self.grant(ev)
        elif isinstance(ev, StatusChange):
            self.status_change(ev)
        elif isinstance(ev, Admit):
            self.admit(ev)
        elif isinstance(ev, Remove):
            self.remove(ev)
        self.check_all()

    def scope_for(self, code: str, pick: int, anyscope: bool) -> str:
        if anyscope:
            return SCOPE_ALIASES[pick % len(SCOPE_ALIASES)]
        writable = sorted(self.model.collections(code) - {"everything"}) if self.model.active(code) else ["own"]
        return writable[pick % len(writable)]

    def originator_or_other(self, oid: str, by_originator: bool, other: str) -> str:
        owner = self.model.versions[oid][0].originator
        if by_originator or other == owner:
            return owner
        return other

    def post_new(self, ev: Post) -> None:
        number = next(self.numbers)
        body = make_object(number, 0, ev.tlp)
        alias = self.scope_for(ev.party, ev.pick, ev.anyscope)
        self.send(ev.party, alias, body, number, 0, ev.tlp, ev.door)

    def pick_object(self, obj: int) -> str | None:
        if not self.model.objects:
            self.log("(no object yet: event skipped)")
            return None
        return self.model.objects[obj % len(self.model.objects)]

    def new_version(self, ev: NewVersion) -> None:
        oid = self.pick_object(ev.obj)
        if oid is None:
            return
        versions = self.model.versions[oid]
        who = self.originator_or_other(oid, ev.by_originator, ev.other)
        k = versions[-1].k + 1
        body = make_object(versions[0].number, k, ev.tlp)
        alias = self.scope_for(who, ev.pick, ev.anyscope)
        self.send(who, alias, body, versions[0].number, k, ev.tlp, ev.door)

    def repost(self, ev: Repost) -> None:
        oid = self.pick_object(ev.obj)
        if oid is None:
            return
        v = self.model.versions[oid][ev.version % len(self.model.versions[oid])]
        who = self.originator_or_other(oid, ev.by_originator, ev.other)
        alias = self.scope_for(who, ev.pick, ev.anyscope)
        self.send(who, alias, v.body, v.number, v.k, v.tlp, ev.door)

    def send(self, code: str, alias: str, body: dict[str, Any], number: int, k: int, tlp: Tlp, door: str) -> None:
        m = self.model
        expected = m.post_outcome(code, alias, body["id"], body["modified"], tlp)
        self.touched = body["id"]
        what = f"{code} posts o{number}v{k} (TLP:{tlp.value.upper()}) to {alias} via {door}"
        if door == "taxii":
            r = self.client.post(
                f"{ROOT}/collections/{self.cid(code, alias)}/objects/",
                json={"objects": [body]},
                headers=taxii_headers(code, **{"Content-Type": TAXII}),
            )
            if r.status_code == 202:
                s = r.json()
                assert s["total_count"] == 1 and s["status"] == "complete", r.text
                got = "refused" if s["failure_count"] else "accepted"
            else:
                got = {403: "forbidden", 404: "missing"}.get(r.status_code, f"HTTP {r.status_code}: {r.text}")
            want = "accepted" if expected in ("stored", "duplicate") else expected
        else:
            r = self.client.post(
                "/api/v1/objects", json={"scope": alias, "objects": [body]}, headers=basic(user_of(code), PASSWORD)
            )
            if r.status_code == 200:
                out = r.json()
                got = "refused" if out["refused"] else "stored" if out["stored"] else "duplicate"
            else:
                got = {403: "forbidden", 404: "missing"}.get(r.status_code, f"HTTP {r.status_code}: {r.text}")
            want = expected
        self.log(f"{what}: expected {expected}, got {got}")
        event(f"post: {expected}")
        assert got == want, f"{what}: expected {want}, Accord answered {got} ({r.status_code} {r.text})"
        if expected in ("stored", "duplicate"):
            m.store(code, alias, body, number, k, tlp)
        else:
            m.tick()

    def grant(self, ev: Grant) -> None:
        oid = self.pick_object(ev.obj)
        if oid is None:
            return
        m = self.model
        owner = m.versions[oid][0].originator
        who = self.originator_or_other(oid, ev.by_originator, ev.other)
        target = ev.target
        if target == owner:
            target = CODES[(CODES.index(target) + 1) % len(CODES)]
        if not m.active(who):
            expected = 403
        elif who != owner:
            expected = 404
        elif (oid, target) in m.grants:
            expected = 409
        else:
            expected = 201
        self.touched = oid
        r = self.client.post(
            f"/api/v1/objects/{oid}/grants", json={"party": target}, headers=basic(user_of(who), PASSWORD)
        )
        label = f"o{m.versions[oid][0].number}"
        self.log(f"{who} grants {label} to {target}: expected {expected}, got {r.status_code}")
        event(f"grant: {expected}")
        assert r.status_code == expected, f"{who} grants {label} to {target}: {r.status_code} {r.text}"
        m.tick()
        if expected == 201:
            assert r.json()["versions"] == len(m.versions[oid]), r.text
            m.grants.add((oid, target))

    def status_change(self, ev: StatusChange) -> None:
        since = self.clock.now().date() + timedelta(days=ev.offset_days)
        with self.admin() as u:
            parties.record_status(u, ev.party, ev.status, since)
        self.model.record_status(ev.party, ev.status, since)
        self.log(f"{ev.party} status {ev.status.value} from {since} (now {self.model.status(ev.party)})")
        event(f"status change: {'future-dated' if ev.offset_days > 0 else 'backdated' if ev.offset_days else 'today'}")

    def admit(self, ev: Admit) -> None:
        already = ev.party in self.model.members[ev.group]
        self.log(f"admit {ev.party} to {ev.group}" + (" (already a member: 409)" if already else ""))
        with self.admin() as u:
            if already:
                with contextlib.suppress(Conflict):
                    parties.add_group_member(u, ev.group, ev.party)
                    raise AssertionError(f"{ev.party} admitted twice to {ev.group}")
                return
            parties.add_group_member(u, ev.group, ev.party)
        if self.model.access[ev.party].get(f"group:{ev.group}"):
            event("group re-admission")
        self.model.admit(ev.group, ev.party)

    def remove(self, ev: Remove) -> None:
        member = ev.party in self.model.members[ev.group]
        self.log(f"remove {ev.party} from {ev.group}" + ("" if member else " (not a member: 409)"))
        with self.admin() as u:
            if not member:
                with contextlib.suppress(Conflict):
                    parties.remove_group_member(u, ev.group, ev.party)
                    raise AssertionError(f"{ev.party} removed from {ev.group} though not a member")
                return
            parties.remove_group_member(u, ev.group, ev.party)
        self.model.remove(ev.group, ev.party)

    # checks

    def check_all(self, *, full: bool = False) -> None:
        """Every party reads after every step: its collections, everything it sees, and its
        poller. Every door (each collection paged, manifest, versions, REST search) is read
        by one party per step in turn, and by all at the end (a request costs some
        milliseconds, and the whole file must stay around a minute)."""
        turn = CODES[self.step_no % len(CODES)]
        for code in CODES:
            self.check(code, full=full or code == turn)

    def where(self, code: str, door: str) -> str:
        return f"step {self.step_no}, {code} ({self.model.status(code)}), {door}"

    def diff(self, got: set[Key], want: set[Key]) -> str:
        m = self.model
        return f"missing {m.labels(want - got)}, unexpected {m.labels(got - want)}"

    def pages(self, code: str, path: str, params: dict[str, Any], limit: int, items: str) -> list[Any]:
        """Every page of a TAXII listing, followed with ``next``: full pages while ``more``,
        ``next`` exactly when ``more``."""
        out: list[Any] = []
        token: str | None = None
        for _ in range(1000):
            q = {**params, "limit": limit}
            if token:
                q["next"] = token
            r = self.client.get(path, params=q, headers=taxii_headers(code))
            assert r.status_code == 200, (path, r.status_code, r.text)
            body = r.json()
            page = body.get(items, [])
            assert len(page) <= limit
            if body["more"]:
                assert len(page) == limit and body.get("next"), body
            else:
                assert "next" not in body, body
            out += page
            token = body.get("next")
            if not body["more"]:
                return out
        raise AssertionError("paging did not end")

    def check(self, code: str, *, full: bool) -> None:
        m = self.model
        want_all = m.visible(code)

        # The collections: own, current groups, the status scopes read now, everything.
        r = self.client.get(f"{ROOT}/collections/", headers=taxii_headers(code))
        assert r.status_code == 200, r.text
        cols = {c["alias"]: c for c in r.json().get("collections", [])}
        assert set(cols) == m.collections(code), (self.where(code, "collections"), sorted(cols))
        for alias, c in cols.items():
            assert c["id"] == self.cid(code, alias)
            assert c["can_write"] == (alias != "everything" and m.active(code)), (self.where(code, "can_write"), c)

        # Objects, all versions: everything (in one page, or paged), and each collection when full.
        for alias in sorted(cols) if full else ["everything"]:
            limit = (LIMIT_EVERYTHING if alias == "everything" else LIMIT_OTHER) if full else 1000
            objs = self.pages(
                code, f"{ROOT}/collections/{cols[alias]['id']}/objects/", {"match[version]": "all"}, limit, "objects"
            )
            got_list = [(o["id"], o["modified"]) for o in objs]
            got = set(got_list)
            assert len(got_list) == len(got), (self.where(code, alias), "a version twice")
            want = m.visible_in(code, alias)
            assert got == want, f"{self.where(code, 'TAXII ' + alias)}: {self.diff(got, want)}"

        if full:
            self.check_other_doors(code, cols["everything"]["id"], want_all)
        self.check_delivery(code, want_all)

    def check_other_doors(self, code: str, everything: str, want_all: set[Key]) -> None:
        m = self.model
        # The manifest of everything.
        entries = self.pages(
            code, f"{ROOT}/collections/{everything}/manifest/", {"match[version]": "all"}, LIMIT_OTHER, "objects"
        )
        got_list = [(e["id"], e["version"]) for e in entries]
        assert set(got_list) == want_all and len(got_list) == len(want_all), (
            f"{self.where(code, 'manifest')}: {self.diff(set(got_list), want_all)}"
        )
        added = [e["date_added"] for e in entries]
        assert added == sorted(added) and len(set(added)) == len(added), added

        # Versions of a couple of objects (404 where the party sees none).
        if m.objects:
            oids = {m.objects[self.step_no % len(m.objects)], m.objects[-1]}
            if self.touched:
                oids.add(self.touched)
            for oid in sorted(oids):
                want_v = sorted(v.text for v in m.versions.get(oid, []) if v.key in want_all)
                path = f"{ROOT}/collections/{everything}/objects/{oid}/versions/"
                if want_v:
                    got_v = self.pages(code, path, {}, 1, "versions")
                    assert sorted(got_v) == want_v, (self.where(code, "versions"), oid, got_v)
                else:
                    r = self.client.get(path, headers=taxii_headers(code))
                    assert r.status_code == 404, (self.where(code, "versions"), oid, r.text)

        # REST search: the newest visible version of each object, paged with `after`.
        got_search: list[Key] = []
        after: int | None = None
        for _ in range(1000):
            params: dict[str, Any] = {"limit": LIMIT_OTHER}
            if after is not None:
                params["after"] = after
            r = self.client.get("/api/v1/objects", params=params, headers=basic(user_of(code), PASSWORD))
            assert r.status_code == 200, r.text
            body = r.json()
            assert len(body["objects"]) <= LIMIT_OTHER
            if body["more"]:
                assert len(body["objects"]) == LIMIT_OTHER
            got_search += [(o["id"], o["modified"]) for o in body["objects"]]
            after = body["cursor"]
            if not body["more"]:
                break
        want_newest = m.newest_visible(code)
        assert len(got_search) == len(set(got_search)), (self.where(code, "search"), got_search)
        assert set(got_search) == want_newest, (
            f"{self.where(code, 'REST search')}: {self.diff(set(got_search), want_newest)}"
        )

    def check_delivery(self, code: str, want_all: set[Key]) -> None:
        """The party's poller: nothing it cannot see now, at most once per visibility
        stretch, and everything it sees delivered at least once by now."""
        m = self.model
        for key in self.was_visible[code] - want_all:
            self.stretch[code].pop(key, None)  # the stretch ended: the version left the view
        if want_all & self.ever[code] - self.was_visible[code]:
            event("a version left a party's view and came back")
        self.was_visible[code] = want_all
        delivered = self.pollers[code].poll()
        for key in delivered:
            assert key in want_all, f"{self.where(code, 'poll')}: delivered {m.label(key)}, which it cannot see"
            self.stretch[code][key] += 1
            assert self.stretch[code][key] == 1, f"{self.where(code, 'poll')}: {m.label(key)} delivered again"
            if key in self.ever[code]:
                event("delivered again in a new visibility stretch")
            self.ever[code].add(key)
        never = want_all - self.ever[code]
        assert not never, f"{self.where(code, 'poll')}: visible but never delivered: {m.labels(never)}"


# --- the property ------------------------------------------------------------------------------------


def _no_sync(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.execute("PRAGMA synchronous=OFF")


@contextlib.contextmanager
def fresh_hub(templates: Templates, base: Path, clock: FrozenClock) -> Iterator[tuple[Hub, TestClient]]:
    """A new empty database (a clone of the empty template), a hub on it and an HTTP client."""
    data_dir = base / f"example-{next(_examples)}"
    data_dir.mkdir()
    try:
        with contextlib.contextmanager(_clone)(templates, "empty", data_dir) as url:
            engine = make_engine(url)
            if engine.dialect.name == "sqlite":
                # Durability is not under test here: spare a disk flush per commit.
                sa_event.listen(engine, "connect", _no_sync)
            hub = Hub(make_settings(data_dir, url), clock=clock, engine=engine)
            try:
                with TestClient(create_app(hub.settings, hub=hub)) as client:
                    yield hub, client
            finally:
                hub.dispose()
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


# Scenarios that Accord got wrong when this test was written; hypothesis runs them
# first, every time.
NO_GROUPS = {"east": frozenset[str](), "west": frozenset[str]()}


def _standing(**changes: tuple[tuple[Status, int], ...]) -> dict[str, tuple[tuple[Status, int], ...]]:
    out = {code: ((Status.MEMBER, -100),) for code in STATES} | {BODY: ((Status.BODY, -100),)}
    return out | changes


def _post(code: str, alias: str) -> Post:
    return Post(code, SCOPE_ALIASES.index(alias), True, Tlp.GREEN, "taxii")


def _repost(alias: str) -> Repost:
    return Repost(0, 0, True, "CN", SCOPE_ALIASES.index(alias), True, "taxii")


HOUR, DAY = timedelta(hours=1), timedelta(days=1)
# MN, an observer, becomes a member on a day fixed in advance; that day CN shares with
# the members before MN has made any request. MN joined first, so MN must see it (new
# members do not see history here, but this is not history). Accord opens MN's access
# only at MN's first request of the day (ensure_access_current), after the post.
FUTURE_ADMISSION = Scenario(
    False,
    _standing(MN=((Status.OBSERVER, -100), (Status.MEMBER, 2))),
    NO_GROUPS,
    (Step(2 * DAY, _post("CN", MEMBERS)),),
)
# The mirror image: MN's suspension from a day fixed in advance; that day CN shares with
# the members; MN is reinstated the next day. Shared while MN was suspended, and new
# members do not see history: MN must not see it. Accord closes MN's access only at
# MN's first request of the day, so the post lies inside MN's old interval.
FUTURE_SUSPENSION = Scenario(
    False,
    _standing(MN=((Status.MEMBER, -100), (Status.SUSPENDED, 2))),
    NO_GROUPS,
    (Step(2 * DAY, _post("CN", MEMBERS)), Step(DAY, StatusChange("MN", Status.MEMBER, 0))),
)
# Shared in a group while MN, a member of it, was suspended; MN leaves the group, is
# reinstated, receives something else, and rejoins: the group's object is visible to MN
# and must reach its poller. Accord shows it (its row lies in MN's old interval) but the
# re-admission makes no catch-up row for it (rows inside earlier intervals count as
# seen, though MN could not see them then), so its date_added stays behind the poller.
GROUP_SHARED_WHILE_SUSPENDED = Scenario(
    True,
    _standing(),
    {"east": frozenset({"CN", "MN"}), "west": frozenset()},
    (
        Step(HOUR, StatusChange("MN", Status.SUSPENDED, 0)),
        Step(HOUR, _post("CN", "group:east")),
        Step(HOUR, Remove("east", "MN")),
        Step(HOUR, StatusChange("MN", Status.MEMBER, 0)),
        Step(HOUR, _post("CN", COMMUNITY)),
        Step(HOUR, Admit("east", "MN")),
    ),
)
# One version in two scopes (members, then community); MN, a member, has it; MN becomes
# an observer and keeps seeing it all along: it must not be delivered a second time.
# Accord dates a version, for a caller, by its earliest visible row; once the members
# row stops counting, the later community row dates it, past the poller's position.
SECOND_SCOPE_KEEPS_IT_VISIBLE = Scenario(
    True,
    _standing(),
    NO_GROUPS,
    (
        Step(HOUR, _post("CN", MEMBERS)),
        Step(HOUR, _repost(COMMUNITY)),
        Step(HOUR, StatusChange("MN", Status.OBSERVER, 0)),
    ),
)
# The same through a catch-up row: MN, an observer, sees a members' object through a
# group; admitted as a member it gets a catch-up row for it; removed from the group it
# keeps seeing it: it must not be delivered a second time.
CATCH_UP_KEEPS_IT_VISIBLE = Scenario(
    True,
    _standing(MN=((Status.OBSERVER, -100),)),
    {"east": frozenset({"CN", "MN"}), "west": frozenset()},
    (
        Step(HOUR, _post("CN", MEMBERS)),
        Step(HOUR, _repost("group:east")),
        Step(HOUR, StatusChange("MN", Status.MEMBER, 0)),
        Step(HOUR, Remove("east", "MN")),
    ),
)


@example(scenario=FUTURE_ADMISSION)
@example(scenario=FUTURE_SUSPENSION)
@example(scenario=GROUP_SHARED_WHILE_SUSPENDED)
@example(scenario=SECOND_SCOPE_KEEPS_IT_VISIBLE)
@example(scenario=CATCH_UP_KEEPS_IT_VISIBLE)
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(scenario=scenarios())
def test_every_door_shows_what_the_rules_say(templates: Templates, tmp_path: Path, scenario: Scenario) -> None:
    clock = FrozenClock(START)
    with fresh_hub(templates, tmp_path, clock) as (hub, client):
        run = Run(client, hub, clock, scenario)
        run.setup(scenario)
        for step in scenario.steps:
            run.step(step)
        run.check_all(full=True)
