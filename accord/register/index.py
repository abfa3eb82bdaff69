"""The candidate index of name screening: blocking keys → register entries.

Screening scores a query against a few hundred candidates, never against the
whole register (a full scan costs minutes per query at a million names, see
``research/screening-anchor.md`` §2). This index picks those candidates: each
entry's names are turned into blocking keys by a key function (phonetic,
n-gram and token keys from :func:`accord.register.names.index_keys`), and a
query ranks entries by the IDF-weighted overlap of their keys with its own.

Layout. A large immutable *base* holds CSR arrays built in bulk with numpy:
sorted 64-bit key hashes, postings (base document numbers per key, ascending),
and the transpose (keys per document) that compaction and tombstoning need.
A small mutable *overlay* holds entries added or replaced since the base was
built (key → entries), and a tombstone mask hides base documents removed or
replaced. ``search`` merges both; the overlay is folded into a fresh base
once it grows past a fraction of the base, by a background thread (the change
that triggers it does not wait; changes made meanwhile are replayed on the new
base), or at once by ``compact``.

Pre-ranking. Each document also keeps a short *text*: its names folded to
lower-case ASCII (anyascii), tokens sorted, and for a name written in a script
anyascii reads poorly (Arabic, Han, Devanagari...; not Latin, Cyrillic or
Greek) also the matcher's own reading of it (``names.analyse``: "محمد عمر حسين"
is "husain muhamad umar", not anyascii's "hsyn mhmd mr"), sorted and, for
syllables read from characters, joined ("nanhong" for 南宏). Computed at
build from the analysis the keys need anyway, so a query pays nothing for it.
``search(..., pool=n)`` takes the ``n`` best entries by key overlap and
re-ranks them by key overlap plus the best rapidfuzz ``token_sort_ratio``
between a query text (the query gets all three forms) and an entry text, so
that a caller who scores candidates with the full matcher (costly) can score
fewer of them for the same recall (``bench/screening_scale.py`` measures it).

Scores are defined on the live content only (document frequencies discount
tombstones and count the overlay), so an index that has seen a series of
changes ranks exactly like one built from scratch over the final rows.

Keys are stored as 64-bit BLAKE2b hashes, not strings: a sorted ``int64``
array costs 8 bytes a key where a dict of a million short strings costs about
100, and the hash is stable across processes (``hash()`` is not), so saved
indexes load anywhere. A collision merges two keys' postings, which at 2⁻⁶⁴
per pair only blurs a score slightly.

Changes and searches take one lock, so threads may share an instance; key
computation (the costly part of ``add`` and ``search``) runs outside it.
"""

from __future__ import annotations

import functools
import gc
import json
import logging
import math
import os
import re
import threading
import time
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import xxhash
from anyascii import anyascii
from rapidfuzz import fuzz, process

from accord.register.models import Schema

KeyFn = Callable[[str, Schema], frozenset[str]]

I32 = npt.NDArray[np.int32]
I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]

log = logging.getLogger("accord.screening.index")

FORMAT = "accord-candidate-index/4"  # 3: texts carry the matcher's readings; 4: XXH3 key hashes

# Screening compares a person only with persons, and any organisation-like
# schema with the others, so documents carry a class, not a schema.
_CLASS_OF: dict[Schema, int] = {
    Schema.PERSON: 0,
    Schema.ORGANIZATION: 1,
    Schema.COMPANY: 1,
    Schema.LEGAL_ENTITY: 1,
    Schema.VESSEL: 2,
}
_N_CLASSES = 3
# With no schema given a query is keyed as each of these (keys may depend on it).
_KEY_SCHEMAS = (Schema.PERSON, Schema.ORGANIZATION, Schema.VESSEL)

# Seed keys are taken rarest first until their postings reach this budget;
# commoner keys only add to the scores of entries the seeds found. A query made
# of common parts ("Muhammad Khan") would otherwise touch most of the register.
DEFAULT_SEED_BUDGET = 60_000
# Weight of the entry-length normalisation (BM25's b): 0 ranks by key overlap alone.
DEFAULT_LENGTH_NORM = 0.4
# Overlay + tombstones beyond this share of the base trigger a compaction.
DEFAULT_COMPACT_RATIO = 0.05
# ...but never below this many changes: small indexes would compact constantly.
_MIN_COMPACT_CHANGES = 1_000
# Seed postings below 1/this of the register are summed sparsely (see ``_accumulate_sparse``).
_SPARSE_SHARE = 20
# Weight of the name similarity against the (normalised) key overlap when re-ranking a pool,
# and the power the similarity is raised to: a near-identical name counts for much more than a
# merely similar one (a typo costs a query key overlap, not similarity). Tuned on
# the 1M-name register of bench/screening_scale.py (pool 500 → 100): the true entry survives the
# cut for 92.5 % of positives, 94.0 % of fair ones (weight 1, power 1: 92.3 / 93.4 %; with
# anyascii texts only, as before: 91.1 / 92.0 %; the pool itself holds it for 96.5 %).
DEFAULT_TEXT_WEIGHT = 2.0
_SIM_POWER = 3
_SEP = "\x1f"  # between the folded names of one document
_SEP_BYTE = 0x1F
_TOKEN = re.compile(r"[a-z0-9]+")


def fold_name(name: str) -> str:
    """A name as lower-case ASCII tokens in sorted order: what the pre-ranking compares."""
    if not name.isascii():
        # anyascii maps character by character, so word by word is the same; words repeat, names less.
        name = " ".join(map(_ascii_word, name.split(" ")))
    low = name.lower()  # ASCII now: of the apostrophes only ' and ` are left
    if "'" in low or "`" in low:
        low = low.replace("'", "").replace("`", "")
    return " ".join(sorted(_TOKEN.findall(low)))


@functools.lru_cache(maxsize=65536)
def _ascii_word(word: str) -> str:
    return anyascii(word)


# Scripts anyascii reads well enough for the pre-ranking: their names keep the folded text only.
_FOLD_SCRIPTS = frozenset({"Latn", "Cyrl", "Grek", "Zyyy"})


def _readings(info: Any) -> tuple[str, str]:
    """The matcher's reading of an analysed name for the pre-ranking: its parts' folded forms (an
    organisation word read as a concept by the romanised word it stands for), sorted; and joined in order."""
    from accord.register.names import CONCEPT

    parts = [p.alts[0] if p.kind & CONCEPT and p.alts else p.form for p in info.parts]
    return " ".join(sorted(parts)), "".join(parts)


def name_texts(name: str, schema: Schema) -> tuple[str, ...]:
    """The pre-ranking texts of one register name: :func:`fold_name`, and for a name in a script
    other than Latin, Cyrillic or Greek also :func:`_readings`. (``analyse`` is cached: the index
    keys of the name have just analysed it.)"""
    from accord.register.names import analyse, is_org

    return _texts_of(name, analyse(name, is_org(schema)))


def _texts_of(name: str, info: Any) -> tuple[str, ...]:
    """:func:`name_texts` of a name and its analysis."""
    folded = fold_name(name)
    if info.script in _FOLD_SCRIPTS:
        return (folded,) if folded else ()
    return tuple(t for t in dict.fromkeys((folded, *_readings(info))) if t)


def _keys_and_texts(key_fn: KeyFn | None) -> Callable[[str, Schema], tuple[Iterable[str], tuple[str, ...]]]:
    """What a build needs of one name: its keys and its texts. With the default key function the
    name is analysed once, outside the analysis cache: a build meets each distinct name once, and a
    cache of the last few thousand would only churn."""
    if key_fn is not None:
        return lambda name, schema: (key_fn(name, schema), name_texts(name, schema))
    from accord.register.names import analyse_uncached, is_org, name_keys

    def default(name: str, schema: Schema) -> tuple[Iterable[str], tuple[str, ...]]:
        info = analyse_uncached(name, is_org(schema))
        return name_keys(info), _texts_of(name, info)

    return default


def query_texts(names: Sequence[str], schema: Schema | None) -> list[str]:
    """The pre-ranking texts of a query: every form :func:`name_texts` may give an entry, whatever
    the query's script (a Latin query meets an entry written in Arabic through its reading)."""
    from accord.register.names import analyse, is_org

    orgs = (False, True) if schema is None else (is_org(schema),)
    out: list[str] = []
    for name in names:
        out.append(fold_name(name))
        for org in orgs:
            out.extend(_readings(analyse(name, org)))
    return [t for t in dict.fromkeys(out) if t]


def _text_of(names: Sequence[str], schema: Schema) -> str:
    return _join_texts([name_texts(n, schema) for n in names])


def _join_texts(per_name: Iterable[tuple[str, ...]]) -> str:
    """An entry's text, from its names' texts: each text once, in the order of the names (the same
    for a built entry and for one added since)."""
    return _SEP.join(dict.fromkeys(t for texts in per_name for t in texts))


_TWO_63, _TWO_64 = 1 << 63, 1 << 64


def key_hash(key: str) -> int:
    """A stable signed 64-bit hash of a blocking key (XXH3: the same in every process and release, and
    about eight times cheaper than a BLAKE2 digest; a build hashes a couple of million distinct keys)."""
    h = xxhash.xxh3_64_intdigest(key.encode())
    return h - _TWO_64 if h >= _TWO_63 else h


def _key_hashes(keys: Sequence[str]) -> I64:
    """:func:`key_hash` of many keys, as an array."""
    digest = xxhash.xxh3_64_intdigest
    return np.fromiter((digest(k.encode()) for k in keys), np.uint64, len(keys)).view(np.int64)


def _default_key_fn() -> KeyFn:
    # Imported late: names.py pulls in the transliteration tables, which the
    # index itself does not need (tests and benches pass their own key function).
    from accord.register.names import index_keys

    return index_keys


_collector_lock = threading.Lock()
_collector_pauses = 0
_collector_was_enabled = False
_collector_frozen = 0  # pauses whose survivors are in the permanent generation
# Every this many pauses, what they froze goes back to the collector's oldest generation.
THAW_EVERY = 100


@contextmanager
def collector_paused() -> Iterator[None]:
    """Keep Python's cyclic garbage collector off while the block runs.

    Keying names and screening them allocate millions of short-lived, acyclic containers (parts,
    tuples, lists) that reference counting frees at once; with the collector on, its passes over
    a heap that the analysis caches keep large are pure overhead (a tenth of a screening batch's
    time, bench/screening_scale.py). Blocks may overlap across threads: the collector is switched
    off by the first and back on (if it was on) by the last to finish.

    What a block leaves alive is mostly new entries of the name caches, which will live until
    evicted. Left in the youngest generation, each is traversed by the next young collection and
    again by the middle one (half a millisecond a name in a batch at a million names,
    bench/screening_service.py). So when the collector comes back on, everything it tracks is
    moved to the permanent generation (``gc.freeze``, which costs nothing), and every
    ``THAW_EVERY`` pauses moved back to the oldest (``gc.unfreeze``): reference counting still
    frees what dies meanwhile, and a cycle made meanwhile, by any thread, is collected by the
    oldest generation's next pass instead of a young one's.
    """
    global _collector_pauses, _collector_was_enabled, _collector_frozen
    with _collector_lock:
        if _collector_pauses == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _collector_pauses += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_pauses -= 1
            if _collector_pauses == 0 and _collector_was_enabled:
                _collector_frozen += 1
                if _collector_frozen >= THAW_EVERY:
                    gc.unfreeze()
                    _collector_frozen = 0
                else:
                    gc.freeze()
                gc.enable()


class _Numbering(dict[str, int]):
    """Numbers keys in order of first sight: ``numbering[key]`` (a C-level lookup when the key is known)."""

    def __missing__(self, key: str) -> int:
        n = self[key] = len(self)
        return n


@dataclass(frozen=True)
class _Base:
    """Immutable CSR arrays. Documents are numbered in ascending entry order."""

    entries: I64  # [D] entry number of each document, ascending
    classes: npt.NDArray[np.int8]  # [D] schema class of each document
    hashes: I64  # [K] key hashes, ascending
    offsets: I64  # [K+1] postings of key k are postings[offsets[k]:offsets[k+1]]
    postings: I32  # [P] document numbers, ascending within a key
    doc_offsets: I64  # [D+1] keys of document d are doc_keys[doc_offsets[d]:doc_offsets[d+1]]
    doc_keys: I32  # [P] key numbers (indexes into ``hashes``)
    text: npt.NDArray[np.uint8]  # UTF-8 of the documents' folded names (``_SEP`` between names)
    text_offsets: I64  # [D+1] text of document d is text[text_offsets[d]:text_offsets[d+1]]
    doc_lengths: I32 = field(init=False, repr=False, compare=False)  # [D] keys of each document

    def __post_init__(self) -> None:
        object.__setattr__(self, "doc_lengths", np.diff(self.doc_offsets).astype(np.int32))

    @classmethod
    def empty(cls) -> _Base:
        return cls._from_pairs(np.zeros(0, np.int64), np.zeros(0, np.int8), np.zeros(0, np.int32),
                               np.zeros(0, np.int32), np.zeros(0, np.int64), np.zeros(0, np.uint8),
                               np.zeros(1, np.int64))

    @classmethod
    def _from_pairs(cls, entries: I64, classes: npt.NDArray[np.int8], pair_docs: I32, pair_keys: I32,
                    hashes: I64, text: npt.NDArray[np.uint8], text_offsets: I64) -> _Base:
        """Build from (document, key number) pairs; ``entries`` ascending and unique, ``hashes`` sorted."""
        n_docs = max(len(entries), 1)
        # One in-place sort of a combined code orders postings by (key, document);
        # duplicate pairs (two keys of a document colliding in the hash) are dropped.
        # Arrays are int32 and freed early: at a million names the temporaries
        # of this step, not the index, set the peak memory of a build.
        code = pair_keys.astype(np.int64) * n_docs
        code += pair_docs
        code.sort()
        if len(code) > 1 and not (code[1:] != code[:-1]).all():
            code = code[np.concatenate(([True], code[1:] != code[:-1]))]
        post_keys = (code // n_docs).astype(np.int32)
        code -= post_keys.astype(np.int64) * n_docs
        postings = code.astype(np.int32)
        del code
        offsets = np.zeros(len(hashes) + 1, np.int64)
        np.cumsum(np.bincount(post_keys, minlength=len(hashes)), out=offsets[1:])
        # The transpose, key numbers ascending within a document: one in-place sort of a
        # (document, key) code (cheaper than a stable argsort by document and a gather).
        n_keys = max(len(hashes), 1)
        code = postings.astype(np.int64) * n_keys
        code += post_keys
        del post_keys
        code.sort()
        doc_keys = (code % n_keys).astype(np.int32)
        del code
        doc_offsets = np.zeros(len(entries) + 1, np.int64)
        np.cumsum(np.bincount(postings, minlength=len(entries)), out=doc_offsets[1:])
        return cls(entries, classes, hashes, offsets, postings, doc_offsets, doc_keys, text, text_offsets)

    def text_of(self, doc: int) -> str:
        return self.text[int(self.text_offsets[doc]):int(self.text_offsets[doc + 1])].tobytes().decode()

    def doc_of(self, entry: int) -> int | None:
        """The document of an entry, or None."""
        i = int(np.searchsorted(self.entries, entry))
        return i if i < len(self.entries) and int(self.entries[i]) == entry else None

    def key_of(self, h: int) -> int | None:
        i = int(np.searchsorted(self.hashes, h))
        return i if i < len(self.hashes) and int(self.hashes[i]) == h else None


class CandidateIndex:
    """Postings from blocking keys to entry numbers; IDF-weighted overlap ranking.

    An entry is a register entry number (the database primary key), its schema
    and its names (primary, aliases, transliterations). Each name is turned
    into keys by ``key_fn``; an entry's keys are the union over its names.
    """

    watermark: int
    """Opaque to the index: the register change sequence this index reflects, set by the caller."""

    def __init__(self, key_fn: KeyFn | None = None, *, seed_budget: int = DEFAULT_SEED_BUDGET,
                 length_norm: float = DEFAULT_LENGTH_NORM, compact_ratio: float = DEFAULT_COMPACT_RATIO,
                 text_weight: float = DEFAULT_TEXT_WEIGHT, background_compaction: bool = True) -> None:
        """An empty index; ``key_fn`` defaults to :func:`accord.register.names.index_keys`.

        With ``background_compaction`` (the default) a change that takes the
        overlay past ``compact_ratio`` starts a compaction thread and returns;
        without it, that change compacts before it returns.
        """
        self.key_fn: KeyFn = key_fn if key_fn is not None else _default_key_fn()
        self.seed_budget = seed_budget
        self.compact_ratio = compact_ratio
        self.length_norm = length_norm
        self.text_weight = text_weight
        self.background_compaction = background_compaction
        self.watermark = 0
        self._lock = threading.RLock()
        self._compactor: threading.Thread | None = None
        self._replay: list[tuple[int, tuple[int, frozenset[int], str] | None]] | None = None
        self.last_compaction: dict[str, float] = {}  # timings of the last compaction, for benches and logs
        self._set_base(_Base.empty())

    # --- construction ------------------------------------------------------------------------------

    @classmethod
    def build(cls, rows: Iterable[tuple[int, Schema, Sequence[str]]], key_fn: KeyFn | None = None,
              **options: Any) -> CandidateIndex:
        """Build an index in bulk from ``(entry, schema, names)`` rows (the last row of an entry wins)."""
        index = cls(key_fn, **options)
        keys_and_texts = _keys_and_texts(key_fn)
        entries, classes = array("q"), array("b")
        # One slot per name of each row, in row order: a row's names are a contiguous run.
        occ_names: list[str] = []
        occ_schemas: list[Schema] = []
        occ_rows = array("i")
        for entry, schema, names in rows:
            occ_rows.extend([len(entries)] * len(names))
            occ_names.extend(names)
            occ_schemas.extend([schema] * len(names))
            entries.append(entry)
            classes.append(_CLASS_OF[schema])
        # Names are worked through in sorted order, not row order: neighbours then share words,
        # so the caches of the name analysis (and the processor's) stay warm; at a million names
        # this takes a fifth off the key derivation. Equal names come together and are keyed once.
        by_name = sorted(range(len(occ_names)), key=occ_names.__getitem__)
        # Keys get small numbers while streaming so that the pairs are compact int arrays, not
        # millions of Python sets; strings are hashed once per distinct key at the end.
        key_ids = _Numbering()
        number = key_ids.__getitem__
        flat, counts = array("i"), array("i")
        occ_texts: list[tuple[str, ...]] = [()] * len(occ_names)
        last_name: str | None = None
        done: dict[Schema, tuple[tuple[int, ...], tuple[str, ...]]] = {}
        ids: tuple[int, ...]
        with collector_paused():
            for i in by_name:
                name, schema = occ_names[i], occ_schemas[i]
                if name != last_name:
                    last_name, done = name, {}
                got = done.get(schema)
                if got is None:
                    name_keys, texts_of_name = keys_and_texts(name, schema)
                    got = done[schema] = (tuple(map(number, name_keys)), texts_of_name)
                ids, occ_texts[i] = got
                flat.extend(ids)
                counts.append(len(ids))
        del done, occ_names, occ_schemas
        # A row's document text: its names' texts, each once, in the row's order (a name's own texts
        # are distinct already).
        occ_row = np.frombuffer(occ_rows, np.int32) if occ_rows else np.zeros(0, np.int32)
        texts: list[bytes] = []
        bounds = np.searchsorted(occ_row, np.arange(len(entries) + 1)).tolist()
        for a, b in pairwise(bounds):
            texts.append((_SEP.join(occ_texts[a]) if b - a == 1 else _join_texts(occ_texts[a:b])).encode())
        del occ_texts
        # (row, key number) pairs; a key that two names of a row share is one pair (dropped by
        # _Base._from_pairs with the colliding ones).
        pair_rows = (np.repeat(occ_row[np.array(by_name, np.int64)], np.frombuffer(counts, np.int32)) if counts
                     else np.zeros(0, np.int32))
        del by_name, occ_row, occ_rows, counts
        key_list = list(key_ids)
        key_ids.clear()
        id_hashes = _key_hashes(key_list)
        del key_list
        hashes, inverse = np.unique(id_hashes, return_inverse=True)  # merges colliding keys
        id_to_key: I32 = inverse.astype(np.int32)
        ent = np.frombuffer(entries, np.int64) if entries else np.zeros(0, np.int64)
        # Documents go in entry order; of duplicate entries the last row wins.
        order = np.argsort(ent, kind="stable")
        sorted_ent = ent[order]
        last = np.ones(len(order), bool)
        last[:-1] = sorted_ent[:-1] != sorted_ent[1:]
        keep = order[last]  # arrival numbers of the kept rows, in entry order
        new_doc = np.full(len(ent), -1, np.int32)
        new_doc[keep] = np.arange(len(keep), dtype=np.int32)
        pair_docs = new_doc[pair_rows]
        del pair_rows
        pair_ids = np.frombuffer(flat, np.int32) if flat else np.zeros(0, np.int32)
        if len(keep) < len(ent):  # duplicate rows: drop the pairs of the superseded ones
            live = pair_docs >= 0
            pair_docs, pair_ids = pair_docs[live], pair_ids[live]
        pair_keys = id_to_key[pair_ids]
        del pair_ids, flat
        kept_texts = [texts[i] for i in keep.tolist()]
        del texts
        text, text_offsets = _pack(kept_texts)
        del kept_texts
        cls_arr = np.frombuffer(classes, np.int8) if classes else np.zeros(0, np.int8)
        index._set_base(_Base._from_pairs(ent[keep], cls_arr[keep], pair_docs, pair_keys, hashes, text,
                                          text_offsets))
        return index

    def _set_base(self, base: _Base) -> None:
        self._base = base
        self._alive = np.ones(len(base.entries), bool)
        self._dead_df = np.zeros(len(base.hashes), np.int32)  # tombstoned documents per base key
        self._n_dead = 0
        self._key_mass = int(base.doc_offsets[-1])  # keys of all live entries, for the average entry length
        self._overlay: dict[int, tuple[int, frozenset[int], str]] = {}  # entry → (class, key hashes, text)
        self._overlay_postings: dict[int, set[int]] = {}  # key hash → entries

    @staticmethod
    def _keys_of(names: Sequence[str], schema: Schema, key_fn: KeyFn) -> frozenset[str]:
        keys: set[str] = set()
        for name in names:
            keys |= key_fn(name, schema)
        return frozenset(keys)

    # --- changes -----------------------------------------------------------------------------------

    def add(self, entry: int, schema: Schema, names: Sequence[str]) -> None:
        """Add an entry, or replace it if present; visible to the next search."""
        hashes = frozenset(key_hash(k) for k in self._keys_of(names, schema, self.key_fn))
        value = (_CLASS_OF[schema], hashes, _text_of(names, schema))
        with self._lock:
            self._put(entry, value)
            if self._replay is not None:
                self._replay.append((entry, value))
            self._maybe_compact()

    def remove(self, entry: int) -> None:
        """Remove an entry; absent entries are ignored (removal is idempotent)."""
        with self._lock:
            self._drop(entry)
            if self._replay is not None:
                self._replay.append((entry, None))
            self._maybe_compact()

    def _put(self, entry: int, value: tuple[int, frozenset[int], str]) -> None:
        self._drop(entry)
        self._overlay[entry] = value
        self._key_mass += len(value[1])
        for h in value[1]:
            self._overlay_postings.setdefault(h, set()).add(entry)

    def _drop(self, entry: int) -> None:
        old = self._overlay.pop(entry, None)
        if old is not None:
            self._key_mass -= len(old[1])
            for h in old[1]:
                bucket = self._overlay_postings[h]
                bucket.discard(entry)
                if not bucket:
                    del self._overlay_postings[h]
        doc = self._base.doc_of(entry)
        if doc is not None and self._alive[doc]:
            self._alive[doc] = False
            self._n_dead += 1
            b = self._base
            self._key_mass -= int(b.doc_offsets[doc + 1] - b.doc_offsets[doc])
            np.add.at(self._dead_df, b.doc_keys[b.doc_offsets[doc]:b.doc_offsets[doc + 1]], 1)

    def _maybe_compact(self) -> None:
        changes = len(self._overlay) + self._n_dead
        if changes <= max(_MIN_COMPACT_CHANGES, self.compact_ratio * len(self._base.entries)):
            return
        if not self.background_compaction:
            self.compact()
        elif self._compactor is None:
            snap = self._snapshot()
            self._replay = []
            self._compactor = threading.Thread(target=self._compact_in_background, args=(snap,),
                                               name="candidate-index-compaction", daemon=True)
            self._compactor.start()

    def _snapshot(self) -> tuple[_Base, npt.NDArray[np.bool_], dict[int, tuple[int, frozenset[int], str]]]:
        """What a merge needs, copied under the lock (milliseconds): the base is immutable."""
        return self._base, self._alive.copy(), dict(self._overlay)

    def _compact_in_background(self, snap: tuple[_Base, npt.NDArray[np.bool_], dict[int, Any]]) -> None:
        t0 = time.perf_counter()
        try:
            merged = _merge(*snap)
        except Exception:  # the index stays correct uncompacted; the next change retries
            log.exception("candidate index compaction failed")
            with self._lock:
                self._replay, self._compactor = None, None
            return
        t1 = time.perf_counter()
        with self._lock:
            self._install(merged)
            self._compactor = None
        self.last_compaction = {"merge_s": t1 - t0, "swap_s": time.perf_counter() - t1}

    def _install(self, merged: _Base) -> None:
        """Make ``merged`` the base, then replay the changes made since its snapshot (under the lock)."""
        replay, self._replay = self._replay or [], None
        self._set_base(merged)
        for entry, value in replay:
            if value is None:
                self._drop(entry)
            else:
                self._put(entry, value)

    def wait_for_compaction(self, timeout: float | None = None) -> bool:
        """Wait for a background compaction, if one runs; False if it is still running after ``timeout``."""
        t = self._compactor
        if t is not None:
            t.join(timeout)
            return not t.is_alive()
        return True

    def compact(self) -> None:
        """Fold the overlay and the tombstones into a new base now; search results do not change."""
        self.wait_for_compaction()
        with self._lock:
            if self._overlay or self._n_dead:
                t0 = time.perf_counter()
                self._replay = []
                self._install(_merge(*self._snapshot()))
                self.last_compaction = {"merge_s": time.perf_counter() - t0, "swap_s": 0.0}

    # --- queries -----------------------------------------------------------------------------------

    def __len__(self) -> int:
        """Number of live entries."""
        return len(self._base.entries) - self._n_dead + len(self._overlay)

    def __contains__(self, entry: object) -> bool:
        if not isinstance(entry, int):
            return False
        if entry in self._overlay:
            return True
        doc = self._base.doc_of(entry)
        return doc is not None and bool(self._alive[doc])

    def search(self, names: Sequence[str], schema: Schema | None = None, limit: int = 100,
               pool: int | None = None) -> list[tuple[int, float]]:
        """Entries ranked by key overlap with ``names``: ``(entry, score)``, best first.

        The score is the IDF-weighted share of the query's keys an entry has
        (in (0, 1]), divided by a length factor that is 1 for an entry with
        the average number of keys, below 1 for shorter ones.
        ``schema`` filters the candidates: Person matches Person, the
        organisation schemas match one another, Vessel matches Vessel; None
        matches all. Ties are broken by entry number, so results are stable.

        With ``pool`` > ``limit``, the ``pool`` best entries by key overlap are
        re-ranked by ``(overlap / best overlap + w · similarity³) / (1 + w)``,
        where similarity is the best rapidfuzz ``token_sort_ratio`` (0–1)
        between a query text and an entry text (see the module's docstring)
        and ``w`` is ``text_weight``; the ``limit`` best are returned with that score.
        """
        if schema is None:
            keys: set[str] = set()
            for s in _KEY_SCHEMAS:
                keys |= self._keys_of(names, s, self.key_fn)
            allowed = np.ones(_N_CLASSES, bool)
        else:
            keys = set(self._keys_of(names, schema, self.key_fn))
            allowed = np.zeros(_N_CLASSES, bool)
            allowed[_CLASS_OF[schema]] = True
        hashes = {key_hash(k) for k in keys}
        if limit <= 0 or not hashes:
            return []
        rerank = pool is not None and pool > limit
        with self._lock:
            found = self._search(hashes, allowed, pool if rerank and pool is not None else limit)
            if found is None:
                return []
            entries, scores, docs = found
            if not rerank or len(entries) <= 1:
                return [(int(e), float(s)) for e, s in zip(entries[:limit], scores[:limit], strict=True)]
            cand, owner = self._names(entries, docs)
        return self._rerank(query_texts(names, schema), entries, scores, cand, owner, limit)

    def _names(self, entries: I64, docs: I64) -> tuple[list[str], I64]:
        """The folded names of found entries (under the lock) and, for each, the position of its entry.

        Base documents (``docs`` >= 0) in one pass: their texts gathered into one buffer, one
        separator after each, decoded once and split (rather than sliced and decoded entry by entry,
        which was a fifth of a search); overlay entries (``docs`` < 0) from their own texts."""
        b = self._base
        base = docs >= 0
        in_base = np.flatnonzero(base)
        d = docs[in_base]
        starts = b.text_offsets[d]
        lengths = b.text_offsets[d + 1] - starts
        spans = lengths + 1  # each text and the separator after it
        ends = np.cumsum(spans)
        total = int(ends[-1]) if len(ends) else 0
        buf = np.full(total, _SEP_BYTE, np.uint8)
        n_bytes = int(lengths.sum())
        if n_bytes:
            which = np.repeat(np.arange(len(d)), lengths)
            within = np.arange(n_bytes) - np.repeat(np.cumsum(lengths) - lengths, lengths)
            src = b.text[starts[which] + within]
            buf[ends[which] - spans[which] + within] = src
            seps = np.bincount(which[src == _SEP_BYTE], minlength=len(d))
        else:
            seps = np.zeros(len(d), np.int64)
        cand = buf[:-1].tobytes().decode("utf-8").split(_SEP) if total else []
        owner = np.repeat(in_base, seps + 1)
        if len(in_base) < len(entries):
            extra_names: list[str] = []
            extra_owner: list[int] = []
            for i in np.flatnonzero(~base).tolist():
                parts = self._overlay[int(entries[i])][2].split(_SEP)
                extra_names.extend(parts)
                extra_owner.extend([i] * len(parts))
            cand.extend(extra_names)
            owner = np.concatenate((owner, np.asarray(extra_owner, np.int64)))
        return cand, owner

    def _rerank(self, queries: list[str], entries: I64, overlap: F64, cand: list[str], owner: I64,
                limit: int) -> list[tuple[int, float]]:
        sim = np.zeros(len(entries))
        if queries and cand:
            m = process.cdist(queries, cand, scorer=fuzz.token_sort_ratio, dtype=np.float32, workers=1)
            np.maximum.at(sim, owner, m.max(axis=0).astype(np.float64) / 100.0)
        w = self.text_weight
        score = (overlap / overlap[0] + w * sim**_SIM_POWER) / (1.0 + w)  # best first: overlap[0] is the top
        order = np.lexsort((entries, -score))[:limit]
        return [(int(e), float(s)) for e, s in zip(entries[order].tolist(), score[order].tolist(), strict=True)]

    def _search(self, hashes: set[int], allowed: npt.NDArray[np.bool_], limit: int) -> tuple[I64, F64, I64] | None:
        """The ``limit`` best live entries, their scores and their base documents (-1 for an overlay
        entry), best first (ties by entry), or None."""
        b = self._base
        n_live = len(self)
        if n_live == 0:
            return None
        # Per query key: base key number, live document frequency, IDF.
        qh = np.fromiter(hashes, np.int64, len(hashes))
        pos = np.searchsorted(b.hashes, qh)
        pos[pos == len(b.hashes)] = 0
        found = b.hashes[pos] == qh if len(b.hashes) else np.zeros(len(qh), bool)
        base_df = np.where(found, b.offsets[pos + 1] - b.offsets[pos] - self._dead_df[pos], 0) if len(b.hashes) \
            else np.zeros(len(qh), np.int64)
        terms: list[tuple[int, int, int | None]] = []  # (live df, hash, base key)
        n_missing = 0
        for h, k, f, bdf in zip(qh.tolist(), pos.tolist(), found.tolist(), base_df.tolist(), strict=True):
            df = bdf + len(self._overlay_postings.get(h, ()))
            if df > 0:
                terms.append((df, h, k if f else None))
            else:
                n_missing += 1
        if not terms:
            return None
        terms.sort()  # rarest first; ties by hash, so the order (and float sums) are reproducible
        idf = [math.log(1.0 + n_live / df) for df, _, _ in terms]
        # A key no entry has still counts against every entry, with the highest IDF.
        total = sum(idf) + n_missing * math.log(1.0 + n_live)
        # Rarest keys seed the candidates until the postings budget is spent.
        n_seed, scanned = 0, 0
        for df, _, _ in terms:
            if n_seed and scanned + df > self.seed_budget:
                break
            n_seed += 1
            scanned += df

        # Base documents: accumulate seed weights, then commoner keys on the found set only.
        slices = [(b.offsets[k], b.offsets[k + 1], w) for (_, _, k), w in zip(terms[:n_seed], idf, strict=False)
                  if k is not None]
        base_docs: I64 = np.zeros(0, np.int64)
        base_scores: F64 = np.zeros(0)
        if slices:
            docs = np.concatenate([b.postings[s:e] for s, e, _ in slices])
            weights = np.repeat([w for _, _, w in slices], [e - s for s, e, _ in slices])
            rest = [(k, w) for (_, _, k), w in zip(terms[n_seed:], idf[n_seed:], strict=True) if k is not None]
            accumulate = self._accumulate_sparse if len(docs) * _SPARSE_SHARE < len(b.entries) \
                else self._accumulate_dense
            base_docs, base_scores = accumulate(docs, weights, rest, allowed)

        # Overlay entries: the same sums in the same key order, so scores equal a fresh build's bit for bit.
        over: dict[int, float] = {}
        for (_, h, _), w in zip(terms[:n_seed], idf, strict=False):
            for e in self._overlay_postings.get(h, ()):
                if allowed[self._overlay[e][0]]:
                    over[e] = over.get(e, 0.0) + w
        for (_, h, _), w in zip(terms[n_seed:], idf[n_seed:], strict=True):
            for e, s in over.items():
                if h in self._overlay[e][1]:
                    over[e] = s + w

        docs = np.concatenate((base_docs, np.full(len(over), -1, np.int64)))
        scores = np.concatenate((base_scores, np.fromiter(over.values(), np.float64, len(over))))
        lengths: I64 = np.concatenate((b.doc_lengths[base_docs],
                                  np.fromiter((len(self._overlay[e][1]) for e in over), np.int64, len(over))))
        # BM25-style length normalisation: an entry with many aliases shares keys with more queries by
        # chance, and among entries tied on a common name the one with fewer other names is likelier.
        avg = self._key_mass / n_live
        scores = scores / total / (1.0 - self.length_norm + self.length_norm * (lengths / avg))
        if len(scores) > limit:
            # Keep everything tied with the limit-th score so the tie-break by entry is exact.
            kth = np.partition(scores, len(scores) - limit)[len(scores) - limit]
            sel = np.flatnonzero(scores >= kth)
            docs, scores = docs[sel], scores[sel]
            over_entries = np.fromiter(over, np.int64, len(over))[sel[sel >= len(base_docs)] - len(base_docs)]
        else:
            over_entries = np.fromiter(over, np.int64, len(over))
        # Entry numbers of the kept documents only (base documents first, as in ``docs``).
        entries = np.concatenate((b.entries[docs[docs >= 0]], over_entries))
        order = np.lexsort((entries, -scores))[:limit]
        return entries[order], scores[order], docs[order]

    def _accumulate_dense(self, docs: I32, weights: F64, rest: list[tuple[int, float]],
                          allowed: npt.NDArray[np.bool_]) -> tuple[I64, F64]:
        """``_search``'s sums of key weights over the found live documents, in a dense accumulator."""
        b = self._base
        acc = np.bincount(docs, weights=weights, minlength=len(b.entries)).astype(np.float64, copy=False)
        # The found documents are those with a positive sum (weights are > 0); finding them in a
        # boolean mask scans an eighth of the memory the float sums take (about 1 ms at 1M entries).
        found = np.zeros(len(b.entries), bool)
        found[docs] = True
        base_docs = np.flatnonzero(found).astype(np.int64, copy=False)
        del found
        base_docs = base_docs[self._alive[base_docs] & allowed[b.classes[base_docs]]]
        if rest and len(base_docs):
            # Each commoner key adds its weight to the found documents in its postings, in key order
            # (so sums match the overlay's bit for bit): by scattering into the dense accumulator when
            # its postings are short next to the found set, else by binary search of the found set.
            n_found = len(base_docs)
            for k, w in rest:
                post = b.postings[b.offsets[k]:b.offsets[k + 1]]
                if len(post) <= 4 * n_found:
                    acc[post] += w  # postings of one key are distinct documents
                else:
                    p = np.searchsorted(post, base_docs)
                    p[p == len(post)] = 0
                    hit = base_docs[post[p] == base_docs]
                    acc[hit] += w
        return base_docs, np.asarray(acc[base_docs], np.float64)

    def _accumulate_sparse(self, docs: I32, weights: F64, rest: list[tuple[int, float]],
                           allowed: npt.NDArray[np.bool_]) -> tuple[I64, F64]:
        """``_search``'s sums over the found documents only, for a query whose seed postings are few
        next to the register: a dense accumulator the size of the register costs more to allocate and
        scan than the postings do to sort. The same additions in the same order, so the same floats."""
        b = self._base
        found, inv = np.unique(docs, return_inverse=True)
        sums = np.bincount(inv, weights=weights).astype(np.float64, copy=False)
        keep = self._alive[found] & allowed[b.classes[found]]
        base_docs = found[keep].astype(np.int64, copy=False)
        sums = sums[keep]
        if not len(base_docs):
            return base_docs, sums
        for k, w in rest:
            post = b.postings[b.offsets[k]:b.offsets[k + 1]]
            if len(post) <= len(base_docs):
                p = np.searchsorted(base_docs, post)
                p[p == len(base_docs)] = 0
                sums[p[base_docs[p] == post]] += w
            else:
                p = np.searchsorted(post, base_docs)
                p[p == len(post)] = 0
                sums[post[p] == base_docs] += w
        return base_docs, sums

    # --- persistence -------------------------------------------------------------------------------

    def save(self, path: Path) -> None:
        """Write the live content and the watermark to ``path`` atomically (temporary file, then rename).

        The lock is held only to copy what the merge needs; merging and writing run outside it."""
        with self._lock:
            dirty = bool(self._overlay or self._n_dead)
            snap = self._snapshot()
            meta = json.dumps({"format": FORMAT, "watermark": self.watermark}).encode()
        base = _merge(*snap) if dirty else snap[0]
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            with open(tmp, "wb") as f:
                np.savez(f, meta=np.frombuffer(meta, np.uint8), entries=base.entries, classes=base.classes,
                         hashes=base.hashes, offsets=base.offsets, postings=base.postings,
                         doc_offsets=base.doc_offsets, doc_keys=base.doc_keys, text=base.text,
                         text_offsets=base.text_offsets)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)

    @classmethod
    def load(cls, path: Path, key_fn: KeyFn | None = None, **options: Any) -> CandidateIndex:
        """Read an index written by :meth:`save`; ``key_fn`` must be the one it was built with."""
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(z["meta"].tobytes())
            if meta.get("format") != FORMAT:
                raise ValueError(f"{path}: not a candidate index ({meta.get('format')!r})")
            base = _Base(z["entries"], z["classes"], z["hashes"], z["offsets"], z["postings"], z["doc_offsets"],
                         z["doc_keys"], z["text"], z["text_offsets"])
        index = cls(key_fn, **options)
        index._set_base(base)
        index.watermark = int(meta["watermark"])
        return index


def _pack(texts: Sequence[bytes]) -> tuple[npt.NDArray[np.uint8], I64]:
    """UTF-8 strings as one blob and offsets."""
    offsets = np.zeros(len(texts) + 1, np.int64)
    if texts:
        np.cumsum(np.fromiter(map(len, texts), np.int64, len(texts)), out=offsets[1:])
    return np.frombuffer(b"".join(texts), np.uint8).copy(), offsets


def _merge(b: _Base, alive: npt.NDArray[np.bool_], overlay: dict[int, tuple[int, frozenset[int], str]]) -> _Base:
    """The live content of ``b`` (documents where ``alive``) plus ``overlay`` as one new base.

    Reads only its arguments (``b`` is immutable, the others are copies), so it runs outside the lock."""
    live_docs = np.flatnonzero(alive)
    n_keys_of = np.diff(b.doc_offsets)
    # Keys of live base documents, recovered from the transpose.
    starts = b.doc_offsets[live_docs]
    lengths = n_keys_of[live_docs]
    idx = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths) + np.arange(lengths.sum())
    base_pairs_hash = b.hashes[b.doc_keys[idx]]
    del idx
    over_entries = np.fromiter(overlay, np.int64, len(overlay))
    over_classes = np.fromiter((c for c, _, _ in overlay.values()), np.int8, len(overlay))
    over_hashes = [np.fromiter(hs, np.int64, len(hs)) for _, hs, _ in overlay.values()]
    over_lengths = np.fromiter((len(h) for h in over_hashes), np.int64, len(over_hashes))
    entries = np.concatenate((b.entries[live_docs], over_entries))
    classes = np.concatenate((b.classes[live_docs], over_classes))
    pair_src = np.concatenate((np.repeat(np.arange(len(live_docs)), lengths),
                               len(live_docs) + np.repeat(np.arange(len(over_entries)), over_lengths)))
    pair_hashes = np.concatenate([base_pairs_hash, *over_hashes])
    del base_pairs_hash
    hashes = np.unique(pair_hashes)
    pair_keys = np.searchsorted(hashes, pair_hashes).astype(np.int32)
    del pair_hashes
    # Overlay entries are never also live in the base (add tombstones them), so entries are unique.
    order = np.argsort(entries, kind="stable")
    new_doc = np.empty(len(order), np.int32)
    new_doc[order] = np.arange(len(order), dtype=np.int32)
    # Texts in the new document order: live base slices and overlay strings.
    t_start = np.concatenate((b.text_offsets[live_docs], np.zeros(len(over_entries), np.int64)))
    t_len = np.concatenate((b.text_offsets[live_docs + 1] - b.text_offsets[live_docs],
                            np.zeros(len(over_entries), np.int64)))
    over_text = [t.encode() for _, _, t in overlay.values()]
    t_len[len(live_docs):] = np.fromiter(map(len, over_text), np.int64, len(over_text))
    over_blob = np.frombuffer(b"".join(over_text), np.uint8)
    t_start[len(live_docs):] = len(b.text) + np.concatenate(([0], np.cumsum(t_len[len(live_docs):])[:-1])) \
        if len(over_text) else np.zeros(0, np.int64)
    src = np.concatenate((b.text, over_blob))
    t_start, t_len = t_start[order], t_len[order]
    text_offsets = np.zeros(len(order) + 1, np.int64)
    np.cumsum(t_len, out=text_offsets[1:])
    gather = np.repeat(t_start - text_offsets[:-1], t_len) + np.arange(int(text_offsets[-1]))
    text = src[gather]
    return _Base._from_pairs(entries[order], classes[order], new_doc[pair_src], pair_keys, hashes, text,
                             text_offsets)
