"""Screening through the service, REST and the CLI: access before ranking, reviews,
the watch list, batch jobs, and an index that follows changes from other processes."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from fastapi.testclient import TestClient

from accord.app import create_app
from accord.clikit import actor_for_username
from accord.hub import Hub
from accord.parties.models import Actor
from accord.register import screening
from tests.conftest import DEMO_PASSWORD, basic

CN_REG = basic("cn-registrar", DEMO_PASSWORD)
KZ_REG = basic("kz-registrar", DEMO_PASSWORD)
KZ_AN = basic("kz-analyst", DEMO_PASSWORD)
RU_AN = basic("ru-analyst", DEMO_PASSWORD)


def add(client: TestClient, headers: dict[str, str], **body: Any) -> dict[str, Any]:
    body.setdefault("reference", "REF-1")
    r = client.post("/api/v1/register/entries", json=body, headers=headers)
    assert r.status_code == 201, r.text
    out: dict[str, Any] = r.json()
    return out


def screen(client: TestClient, headers: dict[str, str], **body: Any) -> list[dict[str, Any]]:
    r = client.post("/api/v1/screen", json=body, headers=headers)
    assert r.status_code == 200, r.text
    found: list[dict[str, Any]] = r.json()["candidates"]
    return found


def _seed(client: TestClient) -> dict[str, str]:
    ids = {}
    ids["wang"] = add(
        client,
        CN_REG,
        schema="Person",
        name="王建国",
        aliases=["Wang Jianguo"],
        birth_dates=["1971-03-02"],
        nationalities=["CN"],
        category="terrorism",
    )["id"]
    ids["sokolov"] = add(
        client,
        KZ_REG,
        schema="Person",
        name="Соколов Евгений Викторович",
        birth_dates=["1969"],
        nationalities=["KZ"],
        category="extremism",
    )["id"]
    ids["secret"] = add(client, CN_REG, schema="Person", name="Li Wenhua", scope="own")["id"]
    ids["org"] = add(
        client,
        KZ_REG,
        schema="Organization",
        name="ТОО Степной Сокол",
        aliases=["Stepnoy Sokol LLP"],
        countries=["KZ"],
        category="extremism",
    )["id"]
    return ids


def test_screen_ranks_explains_and_applies_access(client: TestClient) -> None:
    ids = _seed(client)
    found = screen(client, KZ_AN, name="Wang Jian-guo", schema="Person", birth_date="1971")
    assert found[0]["entry"]["id"] == ids["wang"] and found[0]["decision"] == "match"
    assert 0 <= found[0]["score"] <= 1
    exp = found[0]["explanation"]
    assert exp["query_name"] == "Wang Jian-guo" and exp["candidate_name"] in ("王建国", "Wang Jianguo")
    assert exp["features"]["birth_date"] in ("agree", "partial")

    found = screen(client, KZ_AN, name="Yevgeniy Sokolov", schema="Person")
    assert found and found[0]["entry"]["id"] == ids["sokolov"]
    found = screen(client, KZ_AN, name="Evgeny Sokolov", schema="Person", birth_date="1975")
    top = [c for c in found if c["entry"]["id"] == ids["sokolov"]]
    assert not top or top[0]["decision"] != "match"  # a different birth year is not a match
    if top:
        assert any("birth" in c for c in top[0]["explanation"]["conflicts"])

    # An entry the caller cannot see is never a candidate; CN itself finds it.
    assert all(c["entry"]["id"] != ids["secret"] for c in screen(client, KZ_AN, name="Li Wenhua", schema="Person"))
    cn = screen(client, basic("cn-analyst", DEMO_PASSWORD), name="Li Wenhua", schema="Person")
    assert cn[0]["entry"]["id"] == ids["secret"]

    # Organisations: legal forms and scripts.
    found = screen(client, KZ_AN, name="Stepnoy Sokol TOO", schema="Organization")
    assert found[0]["entry"]["id"] == ids["org"]

    # A withdrawn designation is not screened against.
    r = client.post(f"/api/v1/register/entries/{ids['org']}/withdraw", json={"reason": "court"}, headers=KZ_REG)
    assert r.status_code == 200
    assert all(c["entry"]["id"] != ids["org"] for c in screen(client, KZ_AN, name="Stepnoy Sokol", schema="Company"))


def test_screen_and_compare_errors_are_json(client: TestClient) -> None:
    r = client.post("/api/v1/screen", json={"name": "X"}, headers=KZ_AN)
    assert r.status_code == 422 and r.json()["detail"]
    r = client.post("/api/v1/screen", json={"name": "X", "schema": "Person", "birth_date": "1971-02-30"}, headers=KZ_AN)
    assert r.status_code == 400 and "1971-02-30" in r.json()["detail"]
    r = client.post("/api/v1/screen", json={"name": "X", "schema": "Person", "country": "ZZ"}, headers=KZ_AN)
    assert r.status_code == 400 and "ZZ" in r.json()["detail"]
    r = client.post("/api/v1/screen", json={"name": "X", "schema": "Person", "limit": 0}, headers=KZ_AN)
    assert r.status_code == 422
    assert client.post("/api/v1/screen", json={"name": "X", "schema": "Person"}).status_code == 401

    r = client.post(
        "/api/v1/screen/compare",
        json={
            "query": {"name": "Mohammad Abdul Rehman", "schema": "Person"},
            "candidate": {"name": "Muhammad Abdur Rahman", "schema": "Person"},
        },
        headers=KZ_AN,
    )
    assert r.status_code == 200 and r.json()["decision"] == "match"
    r = client.post(
        "/api/v1/screen/compare",
        json={
            "query": {"name": "Irfan Qureshi", "schema": "Person"},
            "candidate": {"name": "Imran Qureshi", "schema": "Person"},
        },
        headers=KZ_AN,
    )
    assert r.status_code == 200 and r.json()["decision"] != "match"


def test_review_suppresses_a_false_positive_until_the_entry_changes(client: TestClient) -> None:
    ids = _seed(client)
    q = {"name": "Wang Jianguo", "schema": "Person"}
    assert screen(client, KZ_AN, **q)[0]["entry"]["id"] == ids["wang"]
    r = client.post(
        "/api/v1/screen/reviews",
        json={"subject": q, "entry_id": ids["wang"], "outcome": "false_positive", "reason": "different person, DOB"},
        headers=KZ_AN,
    )
    assert r.status_code == 201, r.text
    assert all(c["entry"]["id"] != ids["wang"] for c in screen(client, KZ_AN, **q))
    shown = screen(client, KZ_AN, **q, include_reviewed=True)
    assert shown[0]["review"]["outcome"] == "false_positive"
    # Another party's officers are not bound by KZ's review; a different subject is not either.
    assert screen(client, RU_AN, **q)[0]["entry"]["id"] == ids["wang"]
    assert (
        screen(client, KZ_AN, name="Wang Jianguo", schema="Person", birth_date="1971")[0]["entry"]["id"] == ids["wang"]
    )
    # In a batch, reviews are read once for the whole chunk: they still bind only their own subject.
    _, rows = _run_job(client, "name,schema\nWang Jianguo,Person\nWang Jian-guo,Person\n")
    assert ids["wang"] not in [x["entry_id"] for x in rows if x["row"] == "2"]
    assert next(x["entry_id"] for x in rows if x["row"] == "3") == ids["wang"]
    # The entry changes: raised again.
    r = client.put(
        f"/api/v1/register/entries/{ids['wang']}",
        json={
            "schema": "Person",
            "name": "王建国",
            "aliases": ["Wang Jianguo", "Wong Kin-kwok"],
            "reference": "REF-1",
            "reason": "alias",
        },
        headers=CN_REG,
    )
    assert r.status_code == 200
    assert screen(client, KZ_AN, **q)[0]["entry"]["id"] == ids["wang"]
    r = client.post(
        "/api/v1/screen/reviews",
        json={"subject": q, "entry_id": ids["wang"], "outcome": "maybe", "reason": "?"},
        headers=KZ_AN,
    )
    assert r.status_code == 422
    r = client.post(
        "/api/v1/screen/reviews",
        json={"subject": q, "entry_id": ids["wang"], "outcome": "false_positive", "reason": "x"},
        headers=basic("kz-viewer", DEMO_PASSWORD),
    )
    assert r.status_code == 403


def test_watch_list_raises_only_new_or_changed_candidates(client: TestClient, hub: Hub) -> None:
    r = client.post(
        "/api/v1/screen/watch", json={"name": "Rustam Nazarov", "schema": "Person", "label": "case 7"}, headers=KZ_AN
    )
    assert r.status_code == 201 and r.json()["raised"] == 0
    entry = add(client, CN_REG, schema="Person", name="Назаров Рустам", nationalities=["TJ"])
    add(client, CN_REG, schema="Person", name="Zhou Xiaoming")
    assert screening.rescreen_watchlist(hub) == 1
    hits = client.get("/api/v1/screen/watch/hits", headers=KZ_AN).json()
    assert [(h["entry_id"], h["label"], h["entry_revision"]) for h in hits] == [(entry["id"], "case 7", 1)]
    assert screening.rescreen_watchlist(hub) == 0  # nothing changed
    add(client, CN_REG, schema="Person", name="Someone Else")
    assert screening.rescreen_watchlist(hub) == 0  # a change, but no new candidate
    r = client.put(
        f"/api/v1/register/entries/{entry['id']}",
        json={"schema": "Person", "name": "Назаров Рустам", "aliases": ["Rustam Nazarov"], "reference": "REF-1"},
        headers=CN_REG,
    )
    assert r.status_code == 200
    assert screening.rescreen_watchlist(hub) == 1  # the entry changed
    hits = client.get("/api/v1/screen/watch/hits", headers=KZ_AN).json()
    assert [h["entry_revision"] for h in hits] == [1, 2]
    assert client.post(f"/api/v1/screen/watch/hits/{hits[0]['id']}/acknowledge", headers=KZ_AN).status_code == 204
    assert len(client.get("/api/v1/screen/watch/hits", headers=KZ_AN).json()) == 1
    assert client.get("/api/v1/screen/watch/hits", headers=RU_AN).json() == []  # per party
    assert client.post(f"/api/v1/screen/watch/hits/{hits[1]['id']}/acknowledge", headers=RU_AN).status_code == 404
    watched = client.get("/api/v1/screen/watch", headers=KZ_AN).json()
    assert client.delete(f"/api/v1/screen/watch/{watched[0]['id']}", headers=KZ_AN).status_code == 204
    assert client.get("/api/v1/screen/watch", headers=KZ_AN).json() == []


def _run_job(client: TestClient, data: str) -> tuple[dict[str, Any], list[dict[str, str]]]:
    """Submit a batch job as KZ's analyst, wait for it, return it and its result rows."""
    r = client.post("/api/v1/screen/jobs", params={"filename": "b.csv"}, content=data.encode(), headers=KZ_AN)
    assert r.status_code == 202, r.text
    job = r.json()
    assert job["total"] == data.count("\n") - 1
    deadline = time.monotonic() + 60
    while job["status"] in ("pending", "running") and time.monotonic() < deadline:
        time.sleep(0.05)  # the job runs in a server thread; poll as a client would
        job = client.get(f"/api/v1/screen/jobs/{job['id']}", headers=KZ_AN).json()
    assert job["status"] == "complete" and job["done"] == job["total"]
    rows = list(csv.DictReader(client.get(f"/api/v1/screen/jobs/{job['id']}/results", headers=KZ_AN).text.splitlines()))
    return job, rows


def test_batch_job_over_rest(client: TestClient) -> None:
    ids = _seed(client)
    job, rows = _run_job(client, "name,schema,birth_date\nWang Jianguo,Person,1971\nNobody Atall,Person,\n,Person,\n")
    assert rows[0]["row"] == "2" and rows[0]["entry_id"] == ids["wang"] and rows[0]["decision"] == "match"
    assert any(r["row"] == "3" and r["decision"] == "no_match" for r in rows)
    assert any(r["row"] == "4" and "name" in r["error"] for r in rows)
    assert client.get(f"/api/v1/screen/jobs/{job['id']}", headers=RU_AN).status_code == 404


def _cli(hub: Hub, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ, ACCORD_DATA_DIR=str(hub.settings.data_dir), ACCORD_DATABASE_URL=hub.settings.resolved_database_url()
    )
    env.pop("ACCORD_USER", None)
    return subprocess.run([sys.executable, "-m", "accord", *args], capture_output=True, text=True, env=env, timeout=300)


def test_index_follows_changes_from_another_process_and_survives_restart(client: TestClient, hub: Hub) -> None:
    ids = _seed(client)
    assert screen(client, KZ_AN, name="Wang Jianguo", schema="Person")  # the index is built now
    r = _cli(
        hub, "register", "add", "--name", "Азизов Бахтиёр", "--reference", "UZ-9", "--as", "kz-registrar", "--json"
    )
    assert r.returncode == 0, r.stderr
    new_id = json.loads(r.stdout)["id"]
    assert screen(client, KZ_AN, name="Bakhtiyor Azizov", schema="Person")[0]["entry"]["id"] == new_id
    r = _cli(hub, "register", "withdraw", ids["sokolov"], "--reason", "error", "--as", "kz-registrar")
    assert r.returncode == 0, r.stderr
    assert all(
        c["entry"]["id"] != ids["sokolov"] for c in screen(client, KZ_AN, name="Sokolov Evgeniy", schema="Person")
    )

    screening.engine(hub).save()
    restarted = Hub(hub.settings, clock=hub.clock)
    try:
        with TestClient(create_app(restarted.settings, hub=restarted)) as c2:
            assert screen(c2, KZ_AN, name="Bakhtiyor Azizov", schema="Person")[0]["entry"]["id"] == new_id
            assert all(x["entry"]["id"] != ids["sokolov"] for x in screen(c2, KZ_AN, name="Sokolov", schema="Person"))
    finally:
        restarted.dispose()


def test_cli_screen_compare_batch_and_register(hub: Hub, client: TestClient, tmp_path: Path) -> None:
    ids = _seed(client)
    r = _cli(hub, "screen", "Wang Jianguo", "--dob", "1971", "--as", "kz-analyst", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)[0]["entry"]["id"] == ids["wang"]
    r = _cli(hub, "screen", "Wang Jianguo", "--dob", "1971-99", "--as", "kz-analyst")
    assert r.returncode == 1 and r.stderr.startswith("error: ") and len(r.stderr.strip().splitlines()) == 1

    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(
        "\n".join(
            json.dumps(p, ensure_ascii=False)
            for p in [
                {
                    "query": {"name": "Xi Wenjun", "schema": "Person"},
                    "candidate": {"name": "习文军", "schema": "Person"},
                },
                {
                    "query": {"name": "Olga Sokolova", "schema": "Person"},
                    "candidate": {"name": "Oleg Sokolov", "schema": "Person"},
                },
            ]
        )
    )
    r = _cli(hub, "screen", "compare", "--pairs", str(pairs))
    assert r.returncode == 0, r.stderr
    res = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["decision"] for x in res] == ["match", "no_match"] or (
        res[0]["decision"] == "match" and res[1]["decision"] != "match"
    )
    assert set(res[0]) == {"score", "decision"}

    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"name": "Stepnoy Sokol", "schema": "Organization"}) + "\n")
    out = tmp_path / "r.csv"
    r = _cli(hub, "screen", "batch", str(batch), "-o", str(out), "--as", "kz-analyst")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(out.read_text().splitlines()))
    assert rows[0]["entry_id"] == ids["org"]
    refused = tmp_path / "refused.csv"
    for bad in ("0", "101"):
        r = _cli(hub, "screen", "batch", str(batch), "-o", str(refused), "--limit", bad, "--as", "kz-analyst")
        assert r.returncode == 1 and r.stderr == "error: limit must be between 1 and 100\n", r.stderr
        assert not refused.exists()

    r = _cli(hub, "register", "list", "--party", "KZ", "--as", "cn-viewer", "--json")
    assert r.returncode == 0 and {e["id"] for e in json.loads(r.stdout)} == {ids["sokolov"], ids["org"]}
    r = _cli(hub, "register", "show", ids["wang"], "--as", "kz-viewer", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["history"][0]["action"] == "add"
    r = _cli(hub, "register", "withdraw", ids["wang"], "--reason", "x", "--as", "kz-registrar")
    assert r.returncode == 1 and "only CN" in r.stderr

    export = tmp_path / "x.xml"
    r = _cli(hub, "register", "export", "--format", "unsc", "-o", str(export), "--as", "kz-viewer")
    assert r.returncode == 0, r.stderr
    r = _cli(hub, "register", "import", str(export), "--as", "ru-registrar", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["stored"] == 3  # the three entries RU sees (CN's own-scope one is not exported)


def test_a_batch_compares_in_proportion_to_the_results_it_returns(
    client: TestClient, hub: Hub, monkeypatch: Any
) -> None:
    """Eight candidates compared per result asked for, at least 40, at most what interactive
    screening compares; and a batch passes that depth to each chunk."""
    assert [screening.batch_retrieve(n) for n in (1, 5, 10, 12, 13, 100)] == [40, 40, 80, 96, 100, 100]
    _seed(client)
    depths: list[int] = []
    real = screening._screen_chunk

    def recording(*args: Any, **kwargs: Any) -> Any:
        depths.append(kwargs["retrieve"])
        return real(*args, **kwargs)

    monkeypatch.setattr(screening, "_screen_chunk", recording)
    subjects = [(1, screening.subject_from_mapping({"name": "Wang Jianguo", "schema": "Person"}), None)]
    actor = actor_for_username(hub, "kz-analyst")
    with hub.unit(actor) as u:
        five = list(screening.batch_results(hub, u, subjects))
        twenty = list(screening.batch_results(hub, u, subjects, limit=20))
    assert depths == [40, 100]
    assert five[0]["rank"] == 1 and five[0]["entry_name"] == twenty[0]["entry_name"] == "王建国"


def test_batch_chunks_rank_exactly_as_one_by_one(client: TestClient, hub: Hub) -> None:
    """Batch screening reads and prepares candidates once per chunk; the ranking and the access
    filter must be the same as screening each subject alone."""
    _seed(client)
    names = ["Wang Jianguo", "Sokolov Evgeny", "Li Wenhua", "Stepnoy Sokol", "Wang Jian Guo", "Nobody Known"]
    subjects = [screening.subject_from_mapping({"name": n, "schema": "Person"}) for n in names]
    actor = actor_for_username(hub, "kz-analyst")
    with hub.unit(actor) as u:
        aud = screening.intel.audience(u)
        together = screening._screen_chunk(hub, u.conn, aud, actor.party_id, subjects, limit=5, retrieve=60)
        alone = [
            screening._screen(hub, u.conn, aud, actor.party_id, s, limit=5, include_reviewed=False, retrieve=60)
            for s in subjects
        ]
    ranked = [[(c.designation.id, c.comparison.score) for c in r] for r in together]
    assert ranked == [[(c.designation.id, c.comparison.score) for c in r] for r in alone]
    assert ranked[0] and ranked[1]  # Wang Jianguo and Sokolov are found
    assert all(c.designation.draft.primary_name != "Li Wenhua" for r in together for c in r)  # CN's own entry


def test_an_entry_changed_between_the_two_reads_is_returned_as_compared(
    client: TestClient, hub: Hub, monkeypatch: Any
) -> None:
    """A chunk compares its candidates from a first, narrow read and reads whole rows of the kept
    ones in a second. An entry renamed in between (committed by another connection) must never
    come back as the new revision with the old revision's score. On SQLite the screening
    transaction keeps its snapshot and returns the old revision as compared; on PostgreSQL (read
    committed) the second read sees the new name, which is compared again and no longer matches."""
    ids = _seed(client)
    actor = actor_for_username(hub, "kz-analyst")
    subject = screening.subject_from_mapping({"name": "Wang Jianguo", "schema": "Person"})
    whole_rows = screening.store.visible_in_force

    def renamed_first(*args: Any) -> Any:
        r = client.put(
            f"/api/v1/register/entries/{ids['wang']}",
            json={"schema": "Person", "name": "Ахмедов Рустам", "reference": "REF-1", "reason": "wrong person"},
            headers=CN_REG,
        )
        assert r.status_code == 200, r.text
        return whole_rows(*args)

    monkeypatch.setattr(screening.store, "visible_in_force", renamed_first)
    with hub.unit(actor) as u:
        [found] = screening._screen_chunk(hub, u.conn, screening.intel.audience(u), actor.party_id, [subject],
                                          limit=5, retrieve=60)
    for c in found:  # every score is of the revision returned
        assert c.comparison.explanation.candidate_name in [n.value for n in c.designation.draft.names]
    wang = [c for c in found if c.designation.id == ids["wang"]]
    if hub.engine.dialect.name == "sqlite":
        assert [c.designation.revision for c in wang] == [1]
    else:
        assert wang == []
    monkeypatch.undo()
    with hub.unit(actor) as u:  # and the next search knows the new name
        [again] = screening._screen_chunk(hub, u.conn, screening.intel.audience(u), actor.party_id, [subject],
                                          limit=5, retrieve=60)
    assert ids["wang"] not in [c.designation.id for c in again]


def test_screening_compares_with_the_collector_paused_and_restores_it(
    client: TestClient, hub: Hub, monkeypatch: Any
) -> None:
    """The matcher runs with the cyclic garbage collector off (its garbage is acyclic, and the
    collector's passes cost a tenth of a batch); it is back on once the request is answered."""
    import gc

    _seed(client)
    states: list[bool] = []
    real = screening.compare

    def spy(q: Any, c: Any) -> Any:
        states.append(gc.isenabled())
        return real(q, c)

    monkeypatch.setattr(screening, "compare", spy)
    found = screen(client, KZ_AN, name="Wang Jianguo", schema="Person")
    assert found and states and not any(states)
    assert gc.isenabled()


def test_a_built_index_is_written_at_once_and_the_next_process_loads_it(
    client: TestClient, hub: Hub, tmp_path: Path, monkeypatch: Any
) -> None:
    """A command-line process builds the index and exits without the server's shutdown save; the
    snapshot written right after the build spares the next command the rebuild."""
    _seed(client)
    first = screening.ScreeningEngine(tmp_path / "index")
    with hub.unit(Actor.local_admin()) as u:
        built = first.sync(u.conn)
    snapshots = list((tmp_path / "index").glob("index-*.npz"))
    assert len(snapshots) == 1

    def no_build(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the index was rebuilt instead of loaded")

    monkeypatch.setattr(screening.CandidateIndex, "build", no_build)
    second = screening.ScreeningEngine(tmp_path / "index")
    with hub.unit(Actor.local_admin()) as u:
        loaded = second.sync(u.conn)
    assert len(loaded) == len(built) == 4 and loaded.watermark == built.watermark
    found = [pk for pk, _ in loaded.search(["Wang Jianguo"], screening.Schema.PERSON, limit=3)]
    assert found == [pk for pk, _ in built.search(["Wang Jianguo"], screening.Schema.PERSON, limit=3)] and found

    # An unwritable snapshot directory is no failure: the index is built and used.
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the directory should be")
    monkeypatch.undo()
    third = screening.ScreeningEngine(blocked / "index")
    with hub.unit(Actor.local_admin()) as u:
        assert len(third.sync(u.conn)) == 4


def _import_fixtures(client: TestClient, hub: Hub) -> None:
    _seed(client)
    fixtures = Path(__file__).parent / "fixtures" / "register"
    for name in ("ftm_entities.jsonl", "unsc_list.xml", "designations.csv"):
        r = _cli(hub, "register", "import", str(fixtures / name), "--as", "kz-registrar", "--json")
        assert r.returncode == 0, r.stderr


def _stored_subjects(hub: Hub) -> dict[int, str]:
    entries = screening.store.E
    with hub.engine.connect() as conn:
        return {int(pk): s for pk, s in conn.execute(sa.select(entries.c.pk, entries.c.screening_subject))}


def test_stored_subject_equals_the_subject_of_the_parsed_designation(client: TestClient, hub: Hub) -> None:
    """Screening reads a candidate's subject from the compact copy the register writes beside it,
    without its STIX body or a Designation; over entries with every field screening uses (FtM, UN
    list and CSV imports: aliases in several scripts, partial dates, nationalities, countries,
    gender, identifiers), it must be the subject of the designation as the register parses it."""
    _import_fixtures(client, hub)
    with hub.unit(Actor.local_admin()) as u:
        pks = list(_stored_subjects(hub))
        rows = screening.store.visible_in_force(u.conn, screening.intel.audience(u), pks, screening.IN_FORCE_VALUES)
        narrow = screening.store.screening_subjects(u.conn, screening.intel.audience(u), pks, screening.IN_FORCE_VALUES)
    subjects = [screening.register.subject_of(screening.register._from_row(row).draft) for row in rows]
    assert len(rows) >= 12
    assert any(s.identifiers for s in subjects) and any(s.gender for s in subjects)
    assert any(s.birth_dates for s in subjects) and any(len(s.countries) > 1 for s in subjects)
    assert [screening.stored_subject(row) for row in rows] == subjects
    by_pk = {int(r.pk): screening.stored_subject(r) for r in narrow}
    assert [by_pk[int(row.pk)] for row in rows] == subjects


def test_migration_0007_fills_the_screening_subject_as_the_register_writes_it(client: TestClient, hub: Hub) -> None:
    """Entries written before the column existed get it from their current STIX version: taken
    away (down to 0006) and filled again, it is the text the register wrote, entry for entry."""
    from alembic import command

    from accord.db import migrate

    _import_fixtures(client, hub)
    written = _stored_subjects(hub)
    assert len(written) >= 12 and all(written.values())
    cfg = migrate.alembic_config(hub.engine)
    hub.engine.dispose()
    command.downgrade(cfg, "0006")
    assert "screening_subject" not in {c["name"] for c in sa.inspect(hub.engine).get_columns("register_entries")}
    command.upgrade(cfg, "head")
    assert _stored_subjects(hub) == written
