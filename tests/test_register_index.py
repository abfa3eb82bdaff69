"""The candidate index: ranking, changes through the overlay, persistence.

Most tests use a small key function of their own (tokens and trigrams of an
ASCII folding) so that they exercise the index, not the transliteration rules
of ``names.index_keys``; one test checks the default key function end to end.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np
import pytest
from anyascii import anyascii

from accord.register.index import CandidateIndex
from accord.register.models import Schema

P, ORG, C, L, V = Schema.PERSON, Schema.ORGANIZATION, Schema.COMPANY, Schema.LEGAL_ENTITY, Schema.VESSEL


def keys(name: str, schema: Schema) -> frozenset[str]:
    out: set[str] = set()
    for tok in re.findall(r"[a-z0-9]+", anyascii(name).lower()):
        out.add("t:" + tok)
        padded = f"_{tok}_"
        out.update("g:" + padded[i : i + 3] for i in range(len(padded) - 2))
    return frozenset(out)


ROWS = [
    (1, P, ["Ivan Petrovich Sokolov", "Иван Петрович Соколов"]),
    (2, P, ["Yevgeniya Sokolova"]),
    (3, ORG, ["Northern Transit LLC", "ООО Северный Транзит"]),
    (4, C, ["Northern Trading Company"]),
    (5, V, ["Northern Star"]),
    (6, P, ["Wang Wei", "王伟"]),
    (7, L, ["Transit Holding Ltd"]),
    (10, P, ["Muhammad Khan"]),
]


@pytest.fixture()
def index() -> CandidateIndex:
    return CandidateIndex.build(ROWS, key_fn=keys)


def entries(hits: list[tuple[int, float]]) -> list[int]:
    return [e for e, _ in hits]


def test_finds_entry_by_variant(index: CandidateIndex) -> None:
    hits = index.search(["Ivan Sokolov"], P)
    assert hits[0][0] == 1
    assert hits[0][1] > 0
    assert entries(index.search(["Sakolov Ivan"], P))[0] == 1  # typo and order
    assert entries(index.search(["Соколов Иван"]))[0] == 1  # another script of the same name
    assert entries(index.search(["Muhamad Kahn"], P))[0] == 10


def test_scores_are_sorted_and_limited(index: CandidateIndex) -> None:
    hits = index.search(["Northern Transit"], limit=3)
    assert len(hits) == 3
    assert [s for _, s in hits] == sorted((s for _, s in hits), reverse=True)
    assert hits[0][0] == 3


def test_schema_filter(index: CandidateIndex) -> None:
    assert set(entries(index.search(["Northern"], ORG))) == {3, 4}  # Organization, Company
    transit = set(entries(index.search(["Transit"], C)))  # Company matches Organization, LegalEntity
    assert {3, 7} <= transit <= {3, 4, 7}
    assert entries(index.search(["Northern Star"], V)) == [5]
    assert all(e in {1, 2, 6, 10} for e in entries(index.search(["Northern Sokolov"], P)))
    assert {3, 4, 5} <= set(entries(index.search(["Northern"])))  # None: every schema


def test_add_replace_remove_apply_at_once(index: CandidateIndex) -> None:
    index.add(20, P, ["Aleksandr Zaitsev"])
    assert entries(index.search(["Alexander Zaytsev"], P))[0] == 20
    assert len(index) == len(ROWS) + 1

    index.add(1, P, ["Kim Jisu"])  # replace a base entry (names sharing no key with the old ones)
    assert entries(index.search(["Kim Ji-su"], P))[0] == 1
    assert 1 not in entries(index.search(["Ivan Petrovich Sokolov"], P))
    assert len(index) == len(ROWS) + 1

    index.add(20, P, ["Boris Morozov"])  # replace an overlay entry
    assert 20 not in entries(index.search(["Aleksandr Zaitsev"], P))
    assert entries(index.search(["Boris Morozov"], P))[0] == 20

    index.remove(20)
    index.remove(6)
    index.remove(999)  # absent: ignored
    assert 20 not in entries(index.search(["Boris Morozov"], P))
    assert 6 not in entries(index.search(["Wang Wei"]))
    assert len(index) == len(ROWS) - 1
    assert 6 not in index and 1 in index


def test_empty_index(tmp_path: Path) -> None:
    index = CandidateIndex(keys)
    assert len(index) == 0
    assert index.search(["Anyone"]) == []
    index.save(tmp_path / "i.npz")
    loaded = CandidateIndex.load(tmp_path / "i.npz", keys)
    assert len(loaded) == 0 and loaded.search(["Anyone"]) == []
    built = CandidateIndex.build([], key_fn=keys)
    assert built.search(["Anyone"]) == []
    built.add(1, P, ["Anyone"])
    assert entries(built.search(["Anyone"])) == [1]
    built.remove(1)
    assert built.search(["Anyone"]) == [] and len(built) == 0
    assert index.search([]) == [] and index.search(["---"]) == []


def test_duplicate_rows_last_wins() -> None:
    index = CandidateIndex.build([(1, P, ["Old Name"]), (2, P, ["Other"]), (1, P, ["New Name"])], key_fn=keys)
    assert len(index) == 2
    assert entries(index.search(["New Name"]))[0] == 1
    assert 1 not in entries(index.search(["Old"]))


QUERIES = ["Ivan Sokolov", "Northern Transit", "Wang", "Muhammad", "Transit Holding", "Sokolova", "Orlov", "Star"]


def all_results(index: CandidateIndex) -> list[list[tuple[int, float]]]:
    return [index.search([q], s, limit=1000) for q in QUERIES for s in (None, P, ORG, V)]


def test_save_load_roundtrip(index: CandidateIndex, tmp_path: Path) -> None:
    index.add(30, ORG, ["Orlov Shipping"])
    index.remove(2)
    index.watermark = 1234
    path = tmp_path / "index.npz"
    index.save(path)
    loaded = CandidateIndex.load(path, keys)
    assert loaded.watermark == 1234
    assert len(loaded) == len(index)
    assert all_results(loaded) == all_results(index)
    assert not list(tmp_path.glob(".*tmp"))  # the temporary file was renamed away


def test_compact_preserves_results(index: CandidateIndex) -> None:
    index.add(30, ORG, ["Orlov Shipping"])
    index.add(3, ORG, ["Southern Transit"])
    index.remove(2)
    before = all_results(index)
    index.compact()
    assert all_results(index) == before
    assert len(index) == len(ROWS)


FIRST = ["Ivan", "Ivana", "Petr", "Wang", "Wei", "Muhammad", "Ali", "Olga", "Anna", "Sergei", "Li", "Ahmed"]
LAST = ["Sokolov", "Sokolova", "Petrov", "Khan", "Li", "Zhang", "Orlov", "Smith", "Garcia", "Kumar", "Wang"]
ORG_WORDS = ["Northern", "Transit", "Trading", "Holding", "Star", "Shipping", "Alpha", "Group", "Ltd"]


def random_row(rng: random.Random, entry: int) -> tuple[int, Schema, list[str]]:
    schema = rng.choice([P, P, ORG, C, L, V])
    pool = [FIRST, LAST] if schema is P else [ORG_WORDS, ORG_WORDS]
    names = [" ".join(rng.choice(part) for part in pool * rng.randint(1, 2)) for _ in range(rng.randint(1, 3))]
    return entry, schema, names


@pytest.mark.parametrize("seed", range(6))
def test_overlay_equals_fresh_build(seed: int) -> None:
    """Any history of changes ranks exactly like a build over the final rows."""
    rng = random.Random(seed)
    rows = {e: random_row(rng, e) for e in rng.sample(range(1, 200), 60)}
    index = CandidateIndex.build(rows.values(), key_fn=keys)
    for step in range(120):
        if rng.random() < 0.3 and rows:
            e = rng.choice(list(rows))
            del rows[e]
            index.remove(e)
        else:
            e = rng.randint(1, 220)
            rows[e] = random_row(rng, e)
            index.add(*rows[e])
        if step % 40 == 39:
            index.compact()  # mix compacted and uncompacted states
    fresh = CandidateIndex.build(rows.values(), key_fn=keys)
    queries = [" ".join(rng.choice(FIRST + LAST + ORG_WORDS) for _ in range(rng.randint(1, 3))) for _ in range(25)]
    for q in queries:
        for s in (None, P, C, V):
            assert index.search([q], s, limit=500) == fresh.search([q], s, limit=500), (q, s)
            assert index.search([q], s, limit=5) == fresh.search([q], s, limit=5), (q, s)
    assert len(index) == len(fresh) == len(rows)


@pytest.mark.parametrize("seed", range(4))
def test_sparse_and_dense_sums_rank_alike(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Summing over the found documents only (few seed postings) gives the same floats as the dense
    accumulator, tombstones, schema filter and seed budget included."""
    import accord.register.index as index_module

    rng = random.Random(seed)
    rows = {e: random_row(rng, e) for e in rng.sample(range(1, 400), 200)}
    index = CandidateIndex.build(rows.values(), key_fn=keys, seed_budget=rng.choice([15, 60_000]))
    for e in rng.sample(list(rows), 20):
        index.remove(e)
    queries = [" ".join(rng.choice(FIRST + LAST + ORG_WORDS) for _ in range(rng.randint(1, 3))) for _ in range(25)]
    results = []
    for share in (10**9, 0):  # never sparse, always sparse
        monkeypatch.setattr(index_module, "_SPARSE_SHARE", share)
        results.append([index.search([q], s, limit=50) for q in queries for s in (None, P, C)])
    assert results[0] == results[1]


def test_seed_budget_keeps_ranking_of_rare_keys() -> None:
    """Common keys past the budget still score the candidates that rarer keys found."""
    rows = [(i, P, [f"Muhammad Khan {w}"]) for i, w in enumerate(["Tariq", "Bilal", "Imran", "Irfan"] * 50)]
    rows.append((1000, P, ["Muhammad Khan Zulfiqar"]))
    rows.append((1001, P, ["Zulfiqar Ahmadi"]))
    index = CandidateIndex.build(rows, key_fn=keys, seed_budget=10)
    hits = index.search(["Muhammad Khan Zulfiqar"], P, limit=2)
    assert entries(hits) == [1000, 1001]


def test_default_key_function_across_scripts() -> None:
    pytest.importorskip("accord.register.names")
    index = CandidateIndex.build(ROWS)
    assert 1 in entries(index.search(["Sokolov Ivan"], P, limit=3))
    assert 6 in entries(index.search(["王偉"], P, limit=3))  # traditional form of a simplified name


def test_default_keys_find_entries_from_initials_and_split_company_names() -> None:
    pytest.importorskip("accord.register.names")
    rows = [
        (1, P, ["संजय कुमार"]),
        *((10 + i, P, [f"{g} Kumar"]) for i, g in enumerate(["Rajesh", "Amit", "Deepak", "Vikas", "Rahul"])),
        (2, C, ["大隆有限公司", "Dalong Co., Ltd."]),
        *((20 + i, C, [f"{w} Co., Ltd."]) for i, w in enumerate(["Longguo", "Longda", "Dazhong", "Xinglong"])),
    ]
    index = CandidateIndex.build(rows)
    assert entries(index.search(["S. Kumara"], P, limit=1)) == [1]  # only one Kumar's given name begins with S
    assert entries(index.search(["Da Long Limited"], C, limit=1)) == [2]


def test_pool_reranks_by_name_similarity() -> None:
    rows = [(i, P, [f"Ivan Sokolov {w}"]) for i, w in enumerate(["Petrovich", "Igorevich", "Olegovich"] * 20)]
    rows.append((100, P, ["Ivan Sokolov", "Иван Соколов"]))
    index = CandidateIndex.build(rows, key_fn=keys)
    hits = index.search(["Ivan Sakolov"], P, limit=3, pool=50)
    assert hits[0][0] == 100 and len(hits) == 3
    assert all(0 < s <= 1 for _, s in hits)
    assert index.search(["Ivan Sakolov"], P, limit=3, pool=3) == index.search(["Ivan Sakolov"], P, limit=3)


def test_pool_ranks_alike_after_changes_compaction_and_reload(tmp_path: Path) -> None:
    rng = random.Random(11)
    rows = {e: random_row(rng, e) for e in range(1, 120)}
    index = CandidateIndex.build(rows.values(), key_fn=keys)
    for e in rng.sample(range(1, 160), 50):
        rows[e] = random_row(rng, e)
        index.add(*rows[e])
    for e in rng.sample(list(rows), 10):
        del rows[e]
        index.remove(e)
    fresh = CandidateIndex.build(rows.values(), key_fn=keys)
    qs = [" ".join(rng.choice(FIRST + LAST + ORG_WORDS) for _ in range(2)) for _ in range(20)]

    def res(ix: CandidateIndex) -> list[list[tuple[int, float]]]:
        return [ix.search([q], s, limit=5, pool=40) for q in qs for s in (None, P, ORG)]

    assert res(index) == res(fresh)
    index.compact()
    assert res(index) == res(fresh)
    index.save(tmp_path / "i.npz")
    assert res(CandidateIndex.load(tmp_path / "i.npz", keys)) == res(fresh)


def test_background_compaction_replays_changes_made_meanwhile(monkeypatch: pytest.MonkeyPatch) -> None:
    """A change past the threshold starts a compaction thread and returns; changes made while it merges
    are replayed on the new base, so results equal a fresh build's throughout and after."""
    import threading

    import accord.register.index as ix

    started, release = threading.Event(), threading.Event()
    real_merge = ix._merge

    def slow_merge(*a):  # type: ignore[no-untyped-def]
        started.set()
        assert release.wait(10)
        return real_merge(*a)

    monkeypatch.setattr(ix, "_MIN_COMPACT_CHANGES", 20)
    monkeypatch.setattr(ix, "_merge", slow_merge)
    rng = random.Random(5)
    rows = {e: random_row(rng, e) for e in range(1, 200)}
    index = CandidateIndex.build(rows.values(), key_fn=keys)
    e = 200
    while not started.is_set():  # changes until one triggers the compaction
        rows[e] = random_row(rng, e)
        index.add(*rows[e])
        e += 1
    assert index._compactor is not None
    for _ in range(15):  # meanwhile: adds, replacements and removals
        if rng.random() < 0.3:
            victim = rng.choice(list(rows))
            del rows[victim]
            index.remove(victim)
        else:
            k = rng.randint(1, e + 5)
            rows[k] = random_row(rng, k)
            index.add(*rows[k])
    qs = [" ".join(rng.choice(FIRST + LAST + ORG_WORDS) for _ in range(2)) for _ in range(15)]
    fresh = CandidateIndex.build(rows.values(), key_fn=keys)
    expect = [fresh.search([q], s, limit=50) for q in qs for s in (None, P)]
    assert [index.search([q], s, limit=50) for q in qs for s in (None, P)] == expect
    release.set()
    assert index.wait_for_compaction(10)
    assert index._compactor is None and len(index._overlay) < 20
    assert [index.search([q], s, limit=50) for q in qs for s in (None, P)] == expect
    assert len(index) == len(rows)


def test_key_hashes_are_stable_across_processes_and_agree_in_bulk() -> None:
    # A snapshot saved by one process is searched by another: the hash of a key may not depend on the
    # process (Python's own str hash is salted per process).
    import subprocess
    import sys

    from accord.register.index import _key_hashes, key_hash

    sample = ["t:wang", "n:jianguo+wang", "3:kov", "j:соколов", "i:skl/s."]
    here = [key_hash(k) for k in sample]
    code = f"from accord.register.index import key_hash; print([key_hash(k) for k in {sample!r}])"
    for seed in ("1", "2"):
        out = subprocess.run([sys.executable, "-c", code], env={"PYTHONHASHSEED": seed}, capture_output=True,
                             text=True, check=True).stdout
        assert out.strip() == str(here)
    assert _key_hashes(sample).tolist() == here
    assert any(h < 0 for h in here) or any(key_hash(f"t:{i}") < 0 for i in range(64))  # signed 64-bit
    assert all(-(2**63) <= h < 2**63 for h in here)


def test_names_of_found_entries_read_in_one_pass_equal_each_entry_read_alone() -> None:
    # The re-ranking reads the names of a few hundred found entries at once (one buffer, decoded once);
    # each entry must get exactly its own names, base or overlay, one or several.
    rows = [
        (1, P, ["Ivan Sokolov", "Иван Соколов"]),
        (2, P, ["Wang Jianguo", "王建国", "Jianguo Wang"]),
        (3, ORG, ["Северный Транзит"]),
        (4, P, ["Li"]),
        (5, P, ["Ali ibn Hasan", "علي بن حسن"]),
    ]
    index = CandidateIndex.build(rows, key_fn=keys)
    index.add(6, P, ["Ivan Sokolov-Petrov", "Иван Соколов-Петров"])
    index.add(2, P, ["Wang Jianguo"])  # now an overlay entry

    def alone(e: int) -> list[str]:
        doc = index._base.doc_of(e)
        over = index._overlay.get(e)
        text = over[2] if over is not None else index._base.text_of(doc) if doc is not None else ""
        return text.split("\x1f")

    entries = [5, 6, 1, 2, 4, 3]
    docs = [-1 if e in index._overlay else index._base.doc_of(e) for e in entries]
    names, owner = index._names(np.asarray(entries, np.int64), np.asarray(docs, np.int64))
    assert len(names) == len(owner)
    got: dict[int, list[str]] = {}
    for name, i in zip(names, owner.tolist(), strict=True):
        got.setdefault(entries[i], []).append(name)
    assert got == {e: alone(e) for e in entries}
    assert len(got[2]) == 1 and max(len(v) for v in got.values()) >= 2  # an overlay entry; several names


def _arrays(index: CandidateIndex) -> dict[str, list[int]]:
    b = index._base
    return {name: getattr(b, name).tolist() for name in ("entries", "classes", "hashes", "offsets", "postings",
                                                         "doc_offsets", "doc_keys", "text", "text_offsets")}


def test_build_keys_each_distinct_name_once_whatever_the_row_order() -> None:
    # The build works through the names sorted, not in row order: a name that several rows share is keyed
    # once per schema, and the index does not depend on the order of the rows.
    calls: list[tuple[str, Schema]] = []

    def counting(name: str, schema: Schema) -> frozenset[str]:
        calls.append((name, schema))
        return keys(name, schema)

    rows = [
        (1, P, ["Wang Wei", "王伟", "Wang Wei"]),  # a name repeated within a row
        (2, P, ["Wang Wei"]),  # ... and across rows
        (3, C, ["Wang Wei"]),  # the same name under another schema is keyed again
        (4, P, ["Anna Orlova", "Zhang Li"]),
        (5, ORG, []),  # a row without names
        (6, P, ["Zhang Li", "Anna Orlova"]),
        (4, P, ["Anna Orlov"]),  # the last row of an entry wins
    ]
    built = CandidateIndex.build(rows, key_fn=counting)
    assert sorted(calls) == sorted({(n, s) for _, s, names in rows for n in names})
    assert len(built) == 6
    texts = built._base.text_of(built._base.doc_of(1)).split("\x1f")
    assert texts[0] == "wang wei" and len(texts) == len(set(texts))  # each text once, in the row's order
    assert 4 not in entries(built.search(["Zhang Li"], P))
    rng = random.Random(3)
    for _ in range(5):
        shuffled = rows[:-1]
        rng.shuffle(shuffled)
        assert _arrays(CandidateIndex.build([*shuffled, rows[-1]], key_fn=keys)) == _arrays(built)


def test_default_build_equals_a_build_through_the_public_key_function() -> None:
    # With the default key function a build analyses each name once, outside the analysis cache; the
    # index must be the one that index_keys and name_texts give name by name.
    from accord.register.names import index_keys

    rows = [*ROWS, (11, P, ["Y. V. Sokolov", "Соколов Е.В."]), (12, C, ["大隆有限公司", "Dalong Co., Ltd."]),
            (13, P, ["राम कुमार", "Ali ibn Hasan", "علي بن حسن"]), (14, V, ["Zhong Hua 7"])]
    assert _arrays(CandidateIndex.build(rows)) == _arrays(CandidateIndex.build(rows, key_fn=index_keys))


def test_built_entry_text_equals_the_text_of_the_same_entry_added_later() -> None:
    # Two names of an entry may share a pre-ranking text (王伟 reads "wangwei", as "Wangwei" folds):
    # a built entry and one added since keep each text once, in the same order.
    rows = [(1, P, ["王伟", "Wangwei", "Wang Wei"]), (2, P, ["Иван Соколов", "Ivan Sokolov", "Sokolov Ivan"])]
    built = CandidateIndex.build(rows, key_fn=keys)
    added = CandidateIndex(keys)
    for row in rows:
        added.add(*row)
    for e, _, _ in rows:
        base_text = built._base.text_of(built._base.doc_of(e))
        assert base_text == added._overlay[e][2]
        assert len(base_text.split("\x1f")) == len(set(base_text.split("\x1f")))


def test_what_a_pause_leaves_alive_skips_the_young_collections_and_cycles_are_still_collected(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Objects a paused block leaves alive go to the permanent generation (young collections do not
    traverse them again); every THAW_EVERY pauses they return to the oldest generation, so a
    garbage cycle made during a pause is collected after that, and not lost."""
    import gc
    import weakref

    from accord.register import index as index_module

    class Node:
        other: Node | None = None

    monkeypatch.setattr(index_module, "THAW_EVERY", 3)
    monkeypatch.setattr(index_module, "_collector_frozen", 0)
    gc.unfreeze()
    with index_module.collector_paused():
        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle
        kept = [Node() for _ in range(100)]
    assert gc.get_freeze_count() >= 102 and gc.isenabled()
    alive = weakref.ref(a)
    del a, b
    gc.collect()
    assert alive() is not None  # frozen: no collection sees it yet
    with index_module.collector_paused():
        pass
    gc.collect()
    assert alive() is not None and kept
    with index_module.collector_paused():  # the third pause thaws
        pass
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert alive() is None


def test_collector_paused_restores_the_collector_across_overlapping_threads() -> None:
    """Screening pauses the garbage collector per chunk; overlapping pauses (server threads) must
    leave it as they found it, also when a block raises, and leave it off if it was off."""
    import gc
    import threading

    from accord.register.index import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still runs
    assert gc.isenabled()

    with pytest.raises(ValueError), collector_paused():
        raise ValueError("the matcher failed")
    assert gc.isenabled()

    # Thread A enters, B enters, A leaves first: off until B leaves too.
    a_in, b_in, a_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with collector_paused():
            a_in.set()
            b_in.wait(5)
        a_out.set()

    def second() -> None:
        a_in.wait(5)
        with collector_paused():
            b_in.set()
            a_out.wait(5)
            seen.append(gc.isenabled())

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert seen == [False]
    assert gc.isenabled()

    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # off before, off after
    finally:
        gc.enable()
