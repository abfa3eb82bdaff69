"""The council, walked through on the seed's meeting: the 13th Meeting of SCO
Security Council Secretaries (Beijing, 21–22 May 2018, chaired by Zhao Kezhi),
with its delegations, and the decisions and joint actions around it. Time is
the injectable clock, set to the days of the meeting and moved, never slept."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from accord.clock import FrozenClock
from accord.council import service as council
from accord.hub import Hub
from accord.parties.models import Actor
from tests.conftest import DEMO_PASSWORD, basic

ADMIN = basic("secretariat-alliance-admin", DEMO_PASSWORD)
CHAIR = basic("cn-delegate", DEMO_PASSWORD)  # the presiding party's delegation


def d(code: str) -> dict[str, str]:
    return basic(f"{code.lower()}-delegate", DEMO_PASSWORD)


SEED_HEADS = [
    ("CN", "Zhao Kezhi"),
    ("RU", "Nikolai Patrushev"),
    ("KZ", "Nurlan Ermekbaev"),
    ("KG", "Damir Sagynbayev"),
    ("TJ", "Abdurahim Kahorov"),
    ("UZ", "Makhmudov Victor Vladimirovich"),
    ("IN", "Rajinder Khanna"),
    ("PK", "Nasser Khan Janjua"),
    ("SECRETARIAT", "Rashid Alimov"),
    ("RATS", "Yevgeniy Sysoyev"),
]


def ok(r: Any, status: int = 200) -> Any:
    assert r.status_code == status, r.text
    return r.json()


def refused(r: Any, status: int, words: str) -> None:
    assert r.status_code == status, r.text
    assert words in r.json()["detail"], r.json()["detail"]


@pytest.fixture
def seed(client: TestClient, clock: FrozenClock) -> dict[str, Any]:
    """The 13th meeting as the report describes it, set up by the Secretariat."""
    clock.set(datetime(2018, 4, 20, 2, 0, tzinfo=UTC))
    ok(
        client.post(
            "/api/v1/council/series",
            json={
                "slug": "scs",
                "name": "Meeting of Security Council Secretaries",
                "convening_body": "Shanghai Cooperation Organisation",
                "first_held": "2004-06-01",
            },
            headers=ADMIN,
        ),
        201,
    )
    twelfth = ok(
        client.post(
            "/api/v1/council/meetings",
            json={
                "series": "scs",
                "ordinal": 12,
                "start": "2017-04-13",
                "end": "2017-04-14",
                "venue": "Astana",
                "presidency": "KZ",
                "host": "KZ",
            },
            headers=ADMIN,
        ),
        201,
    )
    m = ok(
        client.post(
            "/api/v1/council/meetings",
            json={
                "series": "scs",
                "start": "2018-05-21",
                "end": "2018-05-22",
                "venue": "Beijing",
                "presidency": "CN",
                "host": "CN",
                "chair": "Zhao Kezhi",
                "prepares": "the Qingdao summit (June 2018)",
            },
            headers=ADMIN,
        ),
        201,
    )
    for code, name in SEED_HEADS:
        ok(client.post(f"/api/v1/council/meetings/{m['id']}/delegations", json={"party": code}, headers=ADMIN), 201)
        ok(
            client.post(
                f"/api/v1/council/meetings/{m['id']}/participants",
                json={"delegation": code, "name": name, "role": "head"},
                headers=ADMIN,
            ),
            201,
        )
    ok(client.post(f"/api/v1/council/meetings/{m['id']}/delegations", json={"party": "MN"}, headers=ADMIN), 201)
    items = {}
    for title in (
        "Regional security situation",
        "Joint fight against the three evil forces",
        "International information security",
        "Preparation of the Qingdao summit",
    ):
        items[title] = ok(
            client.post(f"/api/v1/council/meetings/{m['id']}/agenda", json={"title": title}, headers=ADMIN), 201
        )["id"]
    for sub in ("Terrorism", "Separatism", "Extremism"):
        ok(
            client.post(
                f"/api/v1/council/meetings/{m['id']}/agenda",
                json={"title": sub, "parent": items["Joint fight against the three evil forces"]},
                headers=ADMIN,
            ),
            201,
        )
    return {"meeting": m, "twelfth": twelfth, "items": items}


def test_the_seed_meeting_delegations_and_standing(client: TestClient, seed: dict[str, Any]) -> None:
    mid = seed["meeting"]["id"]
    m = ok(client.get(f"/api/v1/council/meetings/{mid}", headers=d("KZ")))
    assert m["title"] == "13th Meeting of Security Council Secretaries"
    assert (m["venue"], m["start"], m["end"], m["presidency"]) == ("Beijing", "2018-05-21", "2018-05-22", "CN")
    assert m["chair"] == {"name": "Zhao Kezhi", "title": "State Councilor and Minister of Public Security"}
    standing = {x["party"]: x["standing"] for x in m["delegations"]}
    # India and Pakistan attend for the first time as members; Mongolia is an observer; the bodies are bodies.
    assert {k: v for k, v in standing.items() if v == "member"}.keys() == {
        "CN",
        "RU",
        "KZ",
        "KG",
        "TJ",
        "UZ",
        "IN",
        "PK",
    }
    assert standing["MN"] == "observer" and standing["SECRETARIAT"] == standing["RATS"] == "body"
    heads = {x["party"]: x["participants"][0] for x in m["delegations"] if x["participants"]}
    assert heads["PK"] == {
        "name": "Nasser Khan Janjua",
        "title": "National Security Advisor",
        "role": "head",
        "attended": None,
    }
    # Members first, then the observer, then the bodies.
    assert [x["standing"] for x in m["delegations"]] == ["member"] * 8 + ["observer", "body", "body"]
    agenda = m["agenda"]
    # The 12th meeting came before: the review of previous decisions opens the agenda.
    assert [(i["number"], i["title"]) for i in agenda][:2] == [
        ("1", "Implementation of previous decisions"),
        ("2", "Regional security situation"),
    ]
    assert [c["number"] for c in agenda[2]["items"]] == ["3.1", "3.2", "3.3"]
    # A year earlier the same states were observers.
    ok(
        client.post(
            f"/api/v1/council/meetings/{seed['twelfth']['id']}/delegations", json={"party": "IN"}, headers=ADMIN
        ),
        201,
    )
    twelfth = ok(client.get(f"/api/v1/council/meetings/{seed['twelfth']['id']}", headers=d("KZ")))
    assert twelfth["delegations"][0]["standing"] == "observer"
    # Only the Secretariat keeps meetings; a party that is not yet one sends no delegation.
    refused(
        client.post(f"/api/v1/council/meetings/{mid}/delegations", json={"party": "RU"}, headers=d("RU")),
        403,
        "alliance_admin",
    )
    refused(
        client.post(f"/api/v1/council/meetings/{mid}/delegations", json={"party": "RU"}, headers=ADMIN),
        409,
        "already has a delegation",
    )
    ok(
        client.post(
            f"/api/v1/council/meetings/{mid}/side-meetings",
            json={
                "title": "Bilateral meeting of the heads of delegation",
                "parties": ["CN", "PK"],
                "day": "2018-05-21",
            },
            headers=ADMIN,
        ),
        201,
    )
    refused(
        client.post(
            f"/api/v1/council/meetings/{mid}/side-meetings",
            json={"title": "Reception", "kind": "reception", "day": "2018-06-01"},
            headers=ADMIN,
        ),
        400,
        "during the meeting",
    )


def _draft(client: TestClient, mid: int, headers: dict[str, str], **body: Any) -> dict[str, Any]:
    body.setdefault("texts", {"en": body["title"], "zh": "草案", "ru": "Проект"})
    return ok(client.post(f"/api/v1/council/meetings/{mid}/decisions", json=body, headers=headers), 201)


def _pos(client: TestClient, did: int, code: str, position: str, text: str = "") -> Any:
    return client.post(
        f"/api/v1/council/decisions/{did}/positions", json={"position": position, "text": text}, headers=d(code)
    )


def test_consensus_in_session(client: TestClient, seed: dict[str, Any], clock: FrozenClock) -> None:
    mid = seed["meeting"]["id"]
    clock.set(datetime(2018, 5, 21, 1, 30, tzinfo=UTC))  # 09:30 in Beijing
    ok(client.post(f"/api/v1/council/meetings/{mid}/status", json={"status": "in_session"}, headers=CHAIR))
    info = _draft(
        client,
        mid,
        d("RU"),
        title="Joint statement on international information security",
        agenda_item=seed["items"]["International information security"],
    )
    assert info["sponsor"] == "RU" and info["status"] == "open"
    # An objection blocks while it stands, and is withdrawn.
    ok(_pos(client, info["id"], "UZ", "objection", "the text needs more work"), 201)
    refused(_pos(client, info["id"], "UZ", "objection"), 409, "already objects")
    ok(_pos(client, info["id"], "UZ", "withdrawal"), 201)
    refused(_pos(client, info["id"], "KG", "withdrawal"), 409, "no standing objection")
    # A reservation is minuted and never blocks; it needs its text.
    refused(_pos(client, info["id"], "IN", "reservation"), 400, "text")
    ok(_pos(client, info["id"], "IN", "reservation", "India reads paragraph 3 in the light of its national law"), 201)
    # Observers and bodies make statements, never objections.
    refused(_pos(client, info["id"], "MN", "objection"), 403, "not a member state")
    refused(_pos(client, info["id"], "RATS", "objection"), 403, "statements")
    ok(_pos(client, info["id"], "MN", "statement", "Mongolia welcomes the statement"), 201)
    # Only the chair's delegation (or the Secretariat) closes the item.
    refused(client.post(f"/api/v1/council/decisions/{info['id']}/close", headers=d("RU")), 403, "chair")
    done = ok(client.post(f"/api/v1/council/decisions/{info['id']}/close", headers=CHAIR))
    assert done["status"] == "adopted" and done["number"] == "SCS-13/1"
    assert done["decided_at"] == "2018-05-21T01:30:00Z"
    # Nothing about an adopted decision changes except by a new decision.
    refused(_pos(client, info["id"], "KZ", "objection"), 409, "new decision")
    refused(client.post(f"/api/v1/council/decisions/{info['id']}/close", headers=CHAIR), 409, "adopted")

    blocked = _draft(client, mid, ADMIN, title="Common definition of extremist content")
    assert blocked["sponsor"] == "SECRETARIAT"
    ok(_pos(client, blocked["id"], "KZ", "objection", "premature"), 201)
    out = ok(client.post(f"/api/v1/council/decisions/{blocked['id']}/close", headers=ADMIN))
    assert out["status"] == "not_adopted" and out["number"] is None and out["standing_objections"] == ["KZ"]
    refused(_draft_raw(client, mid, d("MN"), title="x"), 403, "member state")

    minutes = client.get(f"/api/v1/council/meetings/{mid}/minutes", headers=d("KZ"))
    assert minutes.status_code == 200 and minutes.headers["content-type"].startswith("text/markdown")
    text = minutes.text
    assert "SCS-13/1" in text and "India reads paragraph 3" in text and "Nasser Khan Janjua" in text
    assert "Common definition of extremist content" in text and "Kazakhstan" in text
    communique = client.get(f"/api/v1/council/meetings/{mid}/communique", headers=d("KZ")).text
    assert "SCS-13/1" in communique and "India reads paragraph 3" not in communique
    pdf = client.get(f"/api/v1/council/meetings/{mid}/minutes", params={"format": "pdf"}, headers=d("KZ"))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def _draft_raw(client: TestClient, mid: int, headers: dict[str, str], **body: Any) -> Any:
    return client.post(f"/api/v1/council/meetings/{mid}/decisions", json=body, headers=headers)


def test_silence_procedure_adopted_at_deadline_or_broken(
    client: TestClient, seed: dict[str, Any], hub: Hub, clock: FrozenClock
) -> None:
    mid = seed["meeting"]["id"]
    clock.set(datetime(2018, 5, 22, 8, 0, tzinfo=UTC))
    quiet = _draft(
        client, mid, ADMIN, title="Information report of the meeting", procedure="silence", deadline="2018-05-30T18:00"
    )  # local time in Beijing
    assert quiet["deadline"] == "2018-05-30T10:00:00Z" and quiet["deadline_local"].startswith("2018-05-30T18:00:00+08")
    broken = _draft(
        client,
        mid,
        ADMIN,
        title="Plan of consultations on cyber incidents",
        procedure="silence",
        deadline="2018-05-30T10:00:00Z",
    )
    refused(_draft_raw(client, mid, ADMIN, title="x", procedure="silence", deadline="2018-05-01T00:00Z"), 400, "past")
    refused(_draft_raw(client, mid, ADMIN, title="x", procedure="silence"), 400, "deadline")
    refused(client.post(f"/api/v1/council/decisions/{quiet['id']}/close", headers=CHAIR), 409, "silence")
    ok(_pos(client, broken["id"], "PK", "objection", "Pakistan needs consultations in capital"), 201)

    # Delegates are told of the draft, of the objection, and of the approaching deadline.
    notes = ok(client.get("/api/v1/council/notifications", headers=d("RU")))
    kinds = [n["kind"] for n in notes]
    assert kinds.count("draft") == 2 and "objection" in kinds
    clock.set(datetime(2018, 5, 29, 12, 0, tzinfo=UTC))
    assert council.run_due(hub) == []  # nothing due yet; reminders go out
    assert sum(n["kind"] == "deadline" for n in ok(client.get("/api/v1/council/notifications", headers=d("RU")))) == 2
    assert sum(n["kind"] == "deadline" for n in ok(client.get("/api/v1/council/notifications", headers=d("MN")))) == 0

    # The server was down at the deadline: a later run concludes both, as of the deadline.
    clock.set(datetime(2018, 6, 2, 9, 0, tzinfo=UTC))
    refused(_pos(client, quiet["id"], "KZ", "objection"), 409, "ended")  # too late to object
    assert sorted(council.run_due(hub)) == sorted([quiet["id"], broken["id"]])
    q = ok(client.get(f"/api/v1/council/decisions/{quiet['id']}", headers=d("KZ")))
    b = ok(client.get(f"/api/v1/council/decisions/{broken['id']}", headers=d("KZ")))
    assert q["status"] == "adopted" and q["number"] == "SCS-13/1" and q["decided_at"] == "2018-05-30T10:00:00Z"
    assert b["status"] == "not_adopted" and b["standing_objections"] == ["PK"]
    assert council.run_due(hub) == []  # each deadline is taken once


def test_one_worker_takes_each_deadline(client: TestClient, seed: dict[str, Any], hub: Hub, clock: FrozenClock) -> None:
    mid = seed["meeting"]["id"]
    clock.set(datetime(2018, 5, 22, 8, 0, tzinfo=UTC))
    ids = [
        _draft(client, mid, ADMIN, title=f"Item {i}", procedure="silence", deadline="2018-05-25T00:00Z")["id"]
        for i in range(4)
    ]
    clock.set(datetime(2018, 5, 26, 0, 0, tzinfo=UTC))
    results: list[list[int]] = []
    workers = [threading.Thread(target=lambda: results.append(council.run_due(hub))) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    taken = sorted(x for r in results for x in r)
    assert taken == sorted(ids)  # every decision concluded exactly once across the workers
    numbers = sorted(ok(client.get(f"/api/v1/council/decisions/{i}", headers=d("KZ")))["number"] for i in ids)
    assert numbers == ["SCS-13/1", "SCS-13/2", "SCS-13/3", "SCS-13/4"]


def test_suspension_by_consensus_minus_one(client: TestClient, seed: dict[str, Any], clock: FrozenClock) -> None:
    mid = seed["meeting"]["id"]
    clock.set(datetime(2018, 5, 22, 2, 0, tzinfo=UTC))
    ok(client.post(f"/api/v1/council/meetings/{mid}/status", json={"status": "in_session"}, headers=CHAIR))
    s = _draft(
        client,
        mid,
        ADMIN,
        title="Suspension of the rights of a member (exercise)",
        kind="suspension",
        concerned_party="TJ",
    )
    refused(_pos(client, s["id"], "TJ", "objection"), 403, "consensus minus the party concerned")
    ok(_pos(client, s["id"], "TJ", "statement", "Tajikistan rejects the allegations"), 201)
    done = ok(client.post(f"/api/v1/council/decisions/{s['id']}/close", headers=CHAIR))
    assert done["status"] == "adopted"
    party = ok(client.get("/api/v1/parties/TJ", headers=d("KZ")))
    assert party["status"] == "suspended"
    last = party["history"][-1]
    assert last["status"] == "suspended" and last["valid_from"] == "2018-05-22" and done["number"] in last["note"]
    # A suspended party writes nothing and reads nothing shared by others.
    refused(_pos(client, s["id"], "TJ", "statement", "again"), 403, "not in good standing")
    assert client.get("/api/v1/council/meetings", headers=d("TJ")).status_code == 403


def test_joint_listing_decision_changes_the_register(
    client: TestClient, seed: dict[str, Any], clock: FrozenClock
) -> None:
    mid = seed["meeting"]["id"]
    clock.set(datetime(2018, 5, 21, 6, 0, tzinfo=UTC))
    entry = ok(
        client.post(
            "/api/v1/register/entries",
            json={
                "schema": "Organization",
                "name": "Eastern Liberation Front",
                "tier": "joint",
                "category": "separatism",
                "reason": "proposed by RATS",
            },
            headers=ADMIN,
        ),
        201,
    )
    national = ok(
        client.post(
            "/api/v1/register/entries",
            json={"schema": "Person", "name": "Li Wenhua", "reference": "MPS-1"},
            headers=basic("cn-registrar", DEMO_PASSWORD),
        ),
        201,
    )
    refused(
        _draft_raw(client, mid, ADMIN, title="Listing", kind="joint_listing", effect={"entry_id": national["id"]}),
        409,
        "national designation",
    )
    ok(client.post(f"/api/v1/council/meetings/{mid}/status", json={"status": "in_session"}, headers=CHAIR))
    listing = _draft(
        client,
        mid,
        d("KZ"),
        title="Joint listing of the Eastern Liberation Front",
        kind="joint_listing",
        effect={"entry_id": entry["id"]},
    )
    ok(_pos(client, listing["id"], "RU", "reservation", "Russia will list it nationally as well"), 201)
    done = ok(client.post(f"/api/v1/council/decisions/{listing['id']}/close", headers=CHAIR))
    got = ok(client.get(f"/api/v1/register/entries/{entry['id']}", headers=d("KZ")))
    assert got["status"] == "listed" and got["basis"] == done["number"]
    assert got["history"][-1]["action"] == "decision" and done["number"] in got["history"][-1]["reason"]


def test_action_plan_is_reported_at_the_next_meeting(
    client: TestClient, seed: dict[str, Any], clock: FrozenClock
) -> None:
    mid = seed["meeting"]["id"]
    clock.set(datetime(2018, 5, 22, 3, 0, tzinfo=UTC))
    ok(client.post(f"/api/v1/council/meetings/{mid}/status", json={"status": "in_session"}, headers=CHAIR))
    plan = _draft(
        client,
        mid,
        d("CN"),
        title="Programme of joint action against the three evil forces 2018–2019",
        kind="action_plan",
        effect={
            "title": "Joint counter-terrorism exercise and information exchange",
            "objective": "Coordinate operations against terrorism, separatism and extremism",
            "lead": "CN",
            "participants": ["KZ", "KG", "RU", "TJ", "UZ", "IN", "PK"],
            "start": "2018-06-01",
            "due": "2019-04-30",
            "tasks": [
                {"title": "Exchange lists of wanted persons", "owner": "RATS", "due": "2018-12-31", "weight": 1},
                {"title": "Joint exercise Peace Mission 2018", "owner": "RU", "due": "2018-09-30", "weight": 3},
            ],
        },
    )
    done = ok(client.post(f"/api/v1/council/decisions/{plan['id']}/close", headers=CHAIR))
    actions = ok(client.get("/api/v1/council/actions", headers=d("KZ")))
    assert len(actions) == 1 and actions[0]["decision"] == done["number"]
    action = actions[0]
    ex = next(t for t in action["tasks"] if t["owner"] == "RU")
    wanted = next(t for t in action["tasks"] if t["owner"] == "RATS")
    clock.set(datetime(2018, 9, 29, 3, 0, tzinfo=UTC))
    ok(
        client.post(
            f"/api/v1/council/actions/{action['id']}/reports",
            json={"progress": 100, "text": "Exercise held in Chebarkul", "task": ex["id"]},
            headers=basic("ru-analyst", DEMO_PASSWORD),
        ),
        201,
    )
    ok(
        client.post(
            f"/api/v1/council/actions/{action['id']}/reports",
            json={"progress": 40, "text": "Lists from five states received", "task": wanted["id"]},
            headers=basic("rats-analyst", DEMO_PASSWORD),
        ),
        201,
    )
    refused(
        client.post(
            f"/api/v1/council/actions/{action['id']}/reports",
            json={"progress": 10, "text": "x"},
            headers=basic("mn-analyst", DEMO_PASSWORD),
        ),
        403,
        "does not take part",
    )
    a = ok(client.get(f"/api/v1/council/actions/{action['id']}", headers=d("KZ")))
    assert a["progress"] == 85.0  # (3 × 100 + 1 × 40) / 4

    clock.set(datetime(2019, 3, 1, 3, 0, tzinfo=UTC))
    nxt = ok(
        client.post(
            "/api/v1/council/meetings",
            json={"series": "scs", "start": "2019-05-15", "venue": "Bishkek", "presidency": "KG", "host": "KG"},
            headers=ADMIN,
        ),
        201,
    )
    assert nxt["ordinal"] == 14 and nxt["agenda"][0]["title"] == "Implementation of previous decisions"
    minutes = client.get(f"/api/v1/council/meetings/{nxt['id']}/minutes", headers=d("KZ")).text
    assert "Joint counter-terrorism exercise" in minutes
    from accord.council import store as council_store

    with client.app.state.hub.unit(Actor.local_admin()) as u:  # type: ignore[attr-defined]
        notes = council_store.item_rows(u.conn, nxt["id"])[0].notes
    assert "Exchange lists of wanted persons" in notes and "overdue" in notes and "Lists from five states" in notes
    assert "Peace Mission" not in notes  # done tasks are not reviewed


def test_calendar_feed_at_a_secret_url(client: TestClient, seed: dict[str, Any], clock: FrozenClock) -> None:
    url = ok(client.post("/api/v1/council/calendar/reset", headers=d("KZ")))["url"]
    path = url[url.index("/api/v1/") :]
    r = client.get(path)  # no credentials: the URL is the secret
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
    assert "SUMMARY:13th Meeting of Security Council Secretaries" in r.text
    assert "DTSTART;VALUE=DATE:20180521" in r.text and "DTEND;VALUE=DATE:20180523" in r.text
    again = ok(client.post("/api/v1/council/calendar/reset", headers=d("KZ")))["url"]
    assert client.get(path).status_code == 404  # the old URL stopped working
    assert client.get(again[again.index("/api/v1/") :]).status_code == 200


def test_documents_follow_their_distribution_scope(
    client: TestClient, seed: dict[str, Any], clock: FrozenClock
) -> None:
    mid = seed["meeting"]["id"]
    clock.set(datetime(2018, 4, 25, 2, 0, tzinfo=UTC))  # 26 days before: in time
    early = ok(
        client.post(
            f"/api/v1/council/meetings/{mid}/documents",
            json={"title": "Draft information report", "lang": "ru", "text": "Проект доклада", "scope": "alliance"},
            headers=ADMIN,
        ),
        201,
    )
    ok(
        client.post(
            f"/api/v1/council/documents/{early['id']}/versions", json={"lang": "zh", "text": "报告草案"}, headers=ADMIN
        ),
        201,
    )
    clock.set(datetime(2018, 5, 10, 2, 0, tzinfo=UTC))  # 11 days before: late
    late = ok(
        client.post(
            f"/api/v1/council/meetings/{mid}/documents",
            json={"title": "Draft statement", "lang": "en", "text": "Draft", "scope": "community"},
            headers=d("RU"),
        ),
        201,
    )
    assert "deadline" in late["warning"] and "warning" not in early
    refused(
        client.post(
            f"/api/v1/council/meetings/{mid}/documents",
            json={"title": "Note", "lang": "fr", "text": "Projet"},
            headers=ADMIN,
        ),
        400,
        "not one of the alliance's (zh, ru, en)",
    )
    m = ok(client.get(f"/api/v1/council/meetings/{mid}", headers=d("KZ")))
    assert m["circulation"]["deadline"] == "2018-05-01"
    assert [x["title"] for x in m["circulation"]["late"]] == ["Draft statement"]
    docs = {x["id"]: x for x in m["documents"]}
    assert {v["lang"] for v in docs[early["id"]]["versions"]} == {"ru", "zh"}
    assert (
        ok(client.get(f"/api/v1/council/documents/{early['id']}", params={"lang": "zh"}, headers=d("KZ")))["text"]
        == "报告草案"
    )
    # The Secretariat distributed it to members and bodies only: an observer does not see it.
    mn = ok(client.get(f"/api/v1/council/meetings/{mid}/documents", headers=d("MN")))
    assert early["id"] not in [x["id"] for x in mn] and late["id"] in [x["id"] for x in mn]
    assert client.get(f"/api/v1/council/documents/{early['id']}", headers=d("MN")).status_code == 404


def test_email_notifications_through_a_real_smtp_server(
    client: TestClient, seed: dict[str, Any], hub: Hub, clock: FrozenClock
) -> None:
    from aiosmtpd.controller import Controller

    received: list[Any] = []

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            received.append(envelope)
            return "250 OK"

    import socket

    with socket.socket() as probe:  # a free port on loopback
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        hub.settings = hub.settings.model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": port})
        refused(client.put("/api/v1/council/email", json={"address": "not an address"}, headers=d("RU")), 400, "e-mail")
        assert (
            client.put(
                "/api/v1/council/email", json={"address": "ru.delegate@example.org"}, headers=d("RU")
            ).status_code
            == 204
        )
        clock.set(datetime(2018, 5, 22, 8, 0, tzinfo=UTC))
        _draft(
            client,
            seed["meeting"]["id"],
            ADMIN,
            title="Information report",
            procedure="silence",
            deadline="2018-05-30T10:00Z",
        )
        assert council.send_email(hub) == 1
        assert council.send_email(hub) == 0  # sent once
        assert received[0].rcpt_tos == ["ru.delegate@example.org"]
        assert b"Information report" in received[0].content
    finally:
        controller.stop()


def test_cli_council_steps(hub: Hub, client: TestClient, seed: dict[str, Any], clock: FrozenClock) -> None:
    import json
    import os
    import subprocess
    import sys

    env = dict(
        os.environ, ACCORD_DATA_DIR=str(hub.settings.data_dir), ACCORD_DATABASE_URL=hub.settings.resolved_database_url()
    )
    env.pop("ACCORD_USER", None)

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "accord", "council", *args], capture_output=True, text=True, env=env, timeout=300
        )

    r = cli("meetings", "--as", "kz-viewer", "--json")
    assert r.returncode == 0, r.stderr
    assert [m["title"] for m in json.loads(r.stdout)][-1] == "13th Meeting of Security Council Secretaries"
    mid = str(seed["meeting"]["id"])
    r = cli(
        "draft", mid, "Statement on the Qingdao summit", "--text", "en=We look forward", "--as", "kz-delegate", "--json"
    )
    assert r.returncode == 0, r.stderr
    did = str(json.loads(r.stdout)["id"])
    r = cli("position", did, "objection", "--as", "mn-delegate")
    assert r.returncode == 1 and r.stderr.startswith("error: MN is observer") and len(r.stderr.splitlines()) == 1
    r = cli("minutes", mid, "--as", "kz-viewer")
    assert r.returncode == 0 and "13th Meeting of Security Council Secretaries" in r.stdout


def test_records_around_the_meeting(client: TestClient, seed: dict[str, Any], clock: FrozenClock) -> None:
    """Attendance, a carried-over item, the summit the meeting prepares, a new revision of a document,
    a joint action's links."""
    mid = seed["meeting"]["id"]
    clock.set(datetime(2018, 5, 1, 2, 0, tzinfo=UTC))
    summit_series = ok(
        client.post(
            "/api/v1/council/series",
            json={"slug": "chs", "name": "Council of Heads of State", "convening_body": "SCO"},
            headers=ADMIN,
        ),
        201,
    )
    assert summit_series["slug"] == "chs"
    summit = ok(
        client.post(
            "/api/v1/council/meetings",
            json={"series": "chs", "ordinal": 18, "start": "2018-06-09", "end": "2018-06-10", "venue": "Qingdao"},
            headers=ADMIN,
        ),
        201,
    )
    later = ok(
        client.post(
            "/api/v1/council/meetings",
            json={"series": "scs", "start": "2019-05-15", "venue": "Bishkek", "prepares_meeting": summit["id"]},
            headers=ADMIN,
        ),
        201,
    )
    assert later["prepares"] == "18th Council of Heads of State"
    item = seed["items"]["International information security"]
    carried = ok(
        client.post(f"/api/v1/council/agenda/{item}/carry-over", json={"to_meeting": later["id"]}, headers=ADMIN), 201
    )
    view = ok(client.get(f"/api/v1/council/meetings/{later['id']}", headers=d("KZ")))
    assert view["agenda"][-1]["title"] == "International information security"
    assert view["agenda"][-1]["carried_over_from"] == "13th meeting" and carried["carried_over_from"] == item
    refused(
        client.post(f"/api/v1/council/agenda/{carried['id']}/carry-over", json={"to_meeting": mid}, headers=ADMIN),
        400,
        "later meeting",
    )

    m = ok(client.get(f"/api/v1/council/meetings/{mid}", headers=d("KZ")))
    assert all(p["attended"] is None for x in m["delegations"] for p in x["participants"])
    from accord.council import store as council_store

    with client.app.state.hub.unit(Actor.local_admin()) as u:  # type: ignore[attr-defined]
        dels = council_store.delegation_rows(u.conn, mid)
        pk_del = next(x for x in dels if x.code == "PK")
        janjua = council_store.participant_rows(u.conn, [int(pk_del.id)])[0]
    assert (
        client.post(
            f"/api/v1/council/participants/{janjua.id}/attendance", json={"attended": True}, headers=ADMIN
        ).status_code
        == 204
    )
    m = ok(client.get(f"/api/v1/council/meetings/{mid}", headers=d("KZ")))
    pk = next(x for x in m["delegations"] if x["party"] == "PK")
    assert pk["participants"][0]["attended"] is True
    assert "Nasser Khan Janjua" in client.get(f"/api/v1/council/meetings/{mid}/minutes", headers=d("KZ")).text

    doc = ok(
        client.post(
            f"/api/v1/council/meetings/{mid}/documents",
            json={"title": "Draft communiqué", "lang": "en", "text": "First draft"},
            headers=d("RU"),
        ),
        201,
    )
    refused(
        client.post(
            f"/api/v1/council/documents/{doc['id']}/versions", json={"lang": "en", "text": "Again"}, headers=d("RU")
        ),
        409,
        "new revision",
    )
    refused(
        client.post(
            f"/api/v1/council/documents/{doc['id']}/versions",
            json={"lang": "en", "text": "Mine", "new_revision": True},
            headers=d("KZ"),
        ),
        403,
        "originating",
    )
    ok(
        client.post(
            f"/api/v1/council/documents/{doc['id']}/versions",
            json={"lang": "en", "text": "Second draft", "new_revision": True},
            headers=d("RU"),
        ),
        201,
    )
    assert ok(client.get(f"/api/v1/council/documents/{doc['id']}", headers=d("KZ")))["text"] == "Second draft"
    first = ok(client.get(f"/api/v1/council/documents/{doc['id']}", params={"version": 1}, headers=d("KZ")))
    assert first["text"] == "First draft" and first["version"] == 1

    refused(
        client.post("/api/v1/council/actions", json={"title": "x", "lead": "CN", "links": ["nonsense"]}, headers=ADMIN),
        400,
        "links",
    )
    action = ok(
        client.post(
            "/api/v1/council/actions",
            json={
                "title": "Information exchange on foreign fighters",
                "lead": "KZ",
                "participants": ["KG", "TJ"],
                "links": ["intrusion-set--11111111-1111-4111-8111-111111111111", "des-0011223344"],
            },
            headers=ADMIN,
        ),
        201,
    )
    assert action["links"][1] == "des-0011223344" and action["participants"] == ["KG", "TJ"]


def test_admission_takes_effect_and_every_step_is_audited(
    client: TestClient, seed: dict[str, Any], clock: FrozenClock
) -> None:
    mid = seed["meeting"]["id"]
    clock.set(datetime(2018, 5, 22, 4, 0, tzinfo=UTC))
    ok(client.post(f"/api/v1/council/meetings/{mid}/status", json={"status": "in_session"}, headers=CHAIR))
    refused(
        _draft_raw(client, mid, ADMIN, title="Admission", kind="admission", concerned_party="RATS"),
        400,
        "only states are admitted",
    )
    refused(
        _draft_raw(
            client, mid, ADMIN, title="Admission", kind="admission", concerned_party="BY", effect={"status": "body"}
        ),
        400,
        "an admission gives member, observer or dialogue_partner status",
    )
    adm = _draft(
        client,
        mid,
        ADMIN,
        title="Granting Belarus the status of member state (exercise)",
        kind="admission",
        concerned_party="BY",
        effect={"status": "member"},
    )
    before = ok(client.get("/api/v1/parties/BY", params={"at": "2018-05-22"}, headers=d("KZ")))
    assert before["status"] == "observer"
    done = ok(client.post(f"/api/v1/council/decisions/{adm['id']}/close", headers=CHAIR))
    after = ok(client.get("/api/v1/parties/BY", params={"at": "2018-05-22"}, headers=d("KZ")))
    assert after["status"] == "member"
    assert any(
        h["status"] == "member" and h["valid_from"] == "2018-05-22" and done["number"] in h["note"]
        for h in after["history"]
    )
    # Belarus's delegate may now object as a member.
    nxt = _draft(client, mid, ADMIN, title="Another item")
    ok(_pos(client, nxt["id"], "BY", "objection", "Belarus needs time"), 201)

    log = client.get("/api/v1/audit", params={"limit": 10000}, headers=ADMIN).json()
    actions = {e["action"] for e in log}
    assert {
        "council.series",
        "council.meeting",
        "council.delegation",
        "council.participant",
        "council.agenda",
        "council.meeting_status",
        "council.draft",
        "council.position",
        "council.adopted",
        "party.status",
    } <= actions
    adopted = [e for e in log if e["action"] == "council.adopted" and e["object_id"] == str(adm["id"])]
    assert len(adopted) == 1 and adopted[0]["actor_user"] == "cn-delegate"
