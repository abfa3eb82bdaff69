"""Subject comparison and scoring for designation screening.

:func:`prepare` analyses a subject once (names through
:mod:`accord.register.names`); :func:`compare` scores a query against a
candidate:

1. every query name is compared with every candidate name; the best name
   score wins. Name parts are aligned regardless of order (greedy on part
   similarity), initials meet full parts, split/joined parts are merged.
   Unmatched parts cost: a part missing on one side only (a middle name, a
   patronymic) costs little; parts unmatched on *both* sides mean a different
   given name, patronymic or family name and cost their full weight.
2. birth dates, gender, countries and identifiers then adjust the score:
   a different birth year or gender keeps the pair below ``MATCH_THRESHOLD``,
   a different day in the same year keeps it at most "possible"; a shared
   identifier lifts it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from rapidfuzz.distance import OSA, Levenshtein

from accord.register import names as N
from accord.register import nametables as T
from accord.register.models import Gender, Schema
from accord.register.names import NameInfo, Part

MATCH_THRESHOLD = 0.70
POSSIBLE_THRESHOLD = 0.50

# Below this a part pair counts as unmatched (different name parts).
_PART_ACCEPT = 0.70


class Decision(StrEnum):
    MATCH = "match"
    POSSIBLE = "possible"
    NO_MATCH = "no_match"


@dataclass(frozen=True)
class Subject:
    """A person or organisation to compare, as a screening query gives it."""

    schema: Schema
    names: tuple[str, ...]  # any script; the first is the primary
    birth_dates: tuple[str, ...] = ()  # "YYYY", "YYYY-MM", "YYYY-MM-DD"
    countries: tuple[str, ...] = ()  # ISO alpha-2 upper case
    gender: Gender | None = None
    identifiers: tuple[str, ...] = ()  # passport / id / registration numbers

    def to_json(self) -> str:
        """Compact JSON of everything but the schema, empty fields left out: the register keeps it
        beside each entry (``register_entries.screening_subject``) so that screening reads a
        candidate's subject without its STIX body."""
        d: dict[str, object] = {"names": list(self.names)}
        for key in ("birth_dates", "countries", "identifiers"):
            if value := getattr(self, key):
                d[key] = list(value)
        if self.gender:
            d["gender"] = self.gender.value
        return json.dumps(d, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, schema: str, text: str) -> Subject:
        """The subject :meth:`to_json` wrote, of the given schema."""
        d = json.loads(text)
        gender = d.get("gender")
        return cls(
            schema=Schema(schema),
            names=tuple(d["names"]),
            birth_dates=tuple(d.get("birth_dates", ())),
            countries=tuple(d.get("countries", ())),
            gender=Gender(gender) if gender else None,
            identifiers=tuple(d.get("identifiers", ())),
        )


@dataclass(frozen=True)
class Explanation:
    """Why a comparison scored as it did."""

    query_name: str
    candidate_name: str
    name_score: float
    features: dict[str, str] = field(default_factory=dict)
    conflicts: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return {
            "query_name": self.query_name,
            "candidate_name": self.candidate_name,
            "name_score": round(self.name_score, 4),
            "features": dict(self.features),
            "conflicts": list(self.conflicts),
        }


@dataclass(frozen=True)
class Comparison:
    """The score, decision and explanation of one query/candidate pair."""

    score: float
    decision: Decision
    explanation: Explanation

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return {
            "score": round(self.score, 4),
            "decision": self.decision.value,
            "explanation": self.explanation.as_dict(),
        }


class Prepared:
    """An analysed subject. Compact: names are shared, interned analyses."""

    __slots__ = ("countries", "dates", "gender", "identifiers", "names", "org", "schema")

    def __init__(
        self,
        schema: Schema,
        org: bool,
        names: tuple[NameInfo, ...],
        dates: tuple[str, ...],
        countries: frozenset[str],
        gender: Gender | None,
        identifiers: frozenset[str],
    ) -> None:
        self.schema = schema
        self.org = org
        self.names = names
        self.dates = dates
        self.countries = countries
        self.gender = gender
        self.identifiers = identifiers

    def __repr__(self) -> str:
        return f"Prepared({self.schema.value}, {[n.text for n in self.names]!r})"


def _norm_identifier(value: str) -> str:
    return "".join(ch for ch in value.upper() if ch.isalnum())


def prepare(subject: Subject) -> Prepared:
    """Analyse a subject for repeated comparison."""
    org = N.is_org(subject.schema)
    names = tuple(N.analyse(name, org) for name in dict.fromkeys(subject.names) if name.strip())
    dates = tuple(d.strip() for d in subject.birth_dates if d and d.strip()[:4].isdigit())
    ids = frozenset(x for x in (_norm_identifier(i) for i in subject.identifiers) if len(x) >= 4)
    countries = frozenset(c.strip().upper() for c in subject.countries if c.strip())
    return Prepared(subject.schema, org, names, dates, countries, subject.gender, ids)


def decide(score: float) -> Decision:
    """The decision for a score."""
    if score >= MATCH_THRESHOLD:
        return Decision.MATCH
    if score >= POSSIBLE_THRESHOLD:
        return Decision.POSSIBLE
    return Decision.NO_MATCH


# ---------------------------------------------------------------------------
# Part similarity
# ---------------------------------------------------------------------------
_VOWELS = frozenset("aeiou")


def _initial_sim(initial: Part, full: Part) -> float:
    letter = initial.form[0]
    if full.kind & N.INITIAL:
        return 1.0 if full.form[0] == letter else 0.0
    heads = {full.form[0], full.raw[0] if full.raw else ""}
    allowed = T.INITIAL_EQUIVALENTS.get(letter, letter)
    if heads & set(allowed):
        return 0.8
    if full.kind & N.HAN and N.wade_giles_initial(full.raw) == letter:
        return 0.75  # the initial of its Wade-Giles spelling: "K." for 高 Gao (Kao)
    return 0.0


# Consonants that stand for one another across transliterations.
_CLOSE = frozenset(
    frozenset(pair)
    for pair in ("ck", "kq", "gk", "sz", "cs", "bp", "dt", "bv", "fv", "jz", "jg", "vw", "ij", "iy", "jy", "cj")
)


def _edit_sim(a: str, b: str, org: bool) -> float:
    """Similarity of two folded forms by a length-dependent edit budget."""
    shortest = min(len(a), len(b))
    if shortest <= 2:
        return 0.0
    budget = 0 if shortest <= 3 else 1 if shortest <= 8 else 2 if shortest <= 13 else 3
    dist = OSA.distance(a, b, score_cutoff=budget + 1)
    if dist > budget:
        return 0.0
    if dist == 1 and not org:
        if len(a) == len(b):
            diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
            if len(diff) == 1:
                x, y = diff[0]
                if x not in _VOWELS and y not in _VOWELS and frozenset((x, y)) not in _CLOSE:
                    # Another consonant makes another name (Irfan/Imran,
                    # Shcherbatov/Shcherbakov) more often than a typo does.
                    return 0.6
                if a[-1] != b[-1] and a[-1] in _VOWELS and b[-1] in _VOWELS and shortest <= 6:
                    return 0.6  # Yuki/Yuka, Mario/Maria: another name or gender
        elif shortest <= 5:
            longer = a if len(a) > len(b) else b
            extra = next((ch for i, ch in enumerate(longer) if i >= len(a if longer is b else b) or
                          ch != (a if longer is b else b)[i]), "")
            if extra and extra not in _VOWELS and extra not in "vhy":
                return 0.6  # Amit/Amrit, Ilya/Ilyas
    return 1.0 - 0.1 * dist - (0.04 if dist and shortest <= 5 else 0.0)


_ARTICLE_SUFFIXES = ("ur", "ul", "ud", "us", "ut", "uz", "ush")


def _article_suffix(a: str, b: str) -> bool:
    """"Zakiur" / "Zaki", "Inamul" / "Inam": an Arabic article fused to the part before it."""
    if len(a) < len(b):
        a, b = b, a
    return len(b) >= 3 and a.startswith(b) and a[len(b) :] in _ARTICLE_SUFFIXES


def _other_vowel(a: str, b: str, kana: bool) -> bool:
    """Whether ``a`` and ``b`` differ by one vowel only: another vowel, or (kana)
    one more vowel beside a vowel (Saito / Sato). Kana adds vowels after
    consonants in foreign names (Baraku), so those do not count."""
    ops = Levenshtein.editops(a, b)
    if len(ops) != 1:
        return False
    tag, src, dest = ops.as_list()[0]
    src, dest = int(src), int(dest)
    if tag == "replace":
        return a[src] in _VOWELS and b[dest] in _VOWELS
    if not kana:
        return False
    longer, pos = (a, src) if tag == "delete" else (b, dest)
    if longer[pos] not in _VOWELS:
        return False
    return (pos > 0 and longer[pos - 1] in _VOWELS) or (pos + 1 < len(longer) and longer[pos + 1] in _VOWELS)


@lru_cache(maxsize=65536)
def _plain_skel(raw: str) -> str:
    """Consonants of a romanised word with only letter-level merges."""
    if not raw:
        return raw
    text = raw.lower()
    for a, b in (("kh", "k"), ("q", "k"), ("ph", "f"), ("w", "v"), ("ck", "k"), ("x", "ks")):
        text = text.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", text[0] + re.sub(r"[aeiouyhv]", "", text[1:]))


def _loose_skel(skel: str) -> str:
    return skel[0] + re.sub(r"[bvkqgcj]", "", skel[1:])


@lru_cache(maxsize=65536)
def _syllable_word(raw: str) -> bool:
    """Whether a word is three or more pinyin syllables written together (a Chinese company name)."""
    if len(raw) < 6 or not raw.isalpha():
        return False
    return N.pinyin_syllable_count(raw) >= 3


@lru_cache(maxsize=262144)
def part_sim(a: Part, b: Part, org: bool = False) -> float:
    """Similarity of two name parts in [0, 1] (0 = different parts)."""
    if a.mark and b.mark and a.mark != b.mark:
        return 0.0  # Vietnamese Hưng / Hùng: other tone or vowel, other name
    if a.form == b.form:
        return 1.0
    if a.kind & N.INITIAL or b.kind & N.INITIAL:
        if a.kind & N.INITIAL:
            return _initial_sim(a, b)
        return _initial_sim(b, a)
    if (a.kind ^ b.kind) & N.NUMBER:
        return 0.0
    if a.kind & N.NUMBER:
        return 0.5  # different numbers in organisation names: weak
    # A long Devanagari word may lack the final "a" its Latin spelling keeps
    # (श्रीवास्तव / Srivastava); short ones are gender pairs (Amit / Amita).
    if (a.xalts and b.form in a.xalts) or (b.xalts and a.form in b.xalts):
        return 0.95  # another system's reading of the same native word (Kouzmine), not a gender form
    deva_schwa = (a.kind | b.kind) & N.DEVA and min(len(a.form), len(b.form)) >= 7
    if not org and not deva_schwa and N.gender_pair(a.form, b.form, not (a.kind | b.kind) & N.DEVA):
        return 0.0
    if not org and _article_suffix(a.form, b.form):
        return 0.9
    if a.group and a.group == b.group:
        return 0.95  # before the article test: Aleksei / Oleksii is no "al-" name
    for x, y in ((a, b), (b, a)):
        # "Alshammari" / "Shammari", "Altamimi" / "التميمي": a fused article.
        if x.form[:2] in ("al", "el") and len(x.form) >= 6 and not y.form.startswith(("al", "el")):
            rest = N.make_part(x.raw[2:], x.kind & ~N.COMMON)
            return min(0.9, part_sim(rest, y, org))
    for fa in (a.form, *a.alts, *a.xalts):
        for fb in (b.form, *b.alts, *b.xalts):
            if fa == fb:
                return 0.95
    if (a.kind | b.kind) & N.CYRL and (a.xalts or b.xalts):
        # Another system's reading one edit from the other spelling (Jakowlew / Jakovlev).
        for fa in (a.form, *a.alts, *a.xalts):
            for fb in (b.form, *b.alts, *b.xalts):
                if (fa in a.xalts or fb in b.xalts) and _edit_sim(fa, fb, org) >= 0.89:
                    return 0.88
    nick_a = N.nickname_of(a.form)
    if nick_a and (b.form in nick_a or b.group in nick_a):
        return 0.85
    nick_b = N.nickname_of(b.form)
    if nick_b and (a.form in nick_b or a.group in nick_b):
        return 0.85
    if (a.kind | b.kind) & N.VOWELLESS:
        if len(a.skel) >= 2 and a.skel == b.skel:
            return 0.9
        if len(a.skel) >= 3 and a.skel[1:] == b.skel[1:] and a.skel[0] in "ai" and b.skel[0] in "ai":
            return 0.85  # an initial alif or ain, written with another vowel (عصام: Issam, Essam)
        if a.xalts or b.xalts:
            # The interdental letters read as t/d (ثامر: Thamer, اللاذقي: Al-Ladhiqi).
            for xa in (a.skel, *(N.skeleton(x) for x in a.xalts)):
                for xb in (b.skel, *(N.skeleton(x) for x in b.xalts)):
                    if len(xa) >= 2 and xa == xb:
                        return 0.85
        if len(a.skel) >= 2 and a.skel.replace("j", "c") == b.skel.replace("j", "c"):
            return 0.85  # Thai จ: Jaidee / Chaidi
        if len(a.skel) >= 3 and _loose_skel(a.skel) == _loose_skel(b.skel):
            return 0.8  # Mizrahi / Mizrachi / מזרחי, Abraham / אברהם
        if min(len(a.skel), len(b.skel)) >= 4 and Levenshtein.distance(a.skel, b.skel, score_cutoff=1) <= 1:
            return 0.75
        raw_a, raw_b = _plain_skel(a.raw), _plain_skel(b.raw)
        if len(raw_a) >= 4 and raw_a == raw_b:
            return 0.8  # folding merged letters of two sounds (مستضعفان "mstzfan": t+z, not "tz")
        return 0.0
    if (a.kind | b.kind) & N.HAN:
        # Pinyin read from characters: another valid syllable is another
        # character (Jianguo / Jianjun), not a typo.
        other = b if a.kind & N.HAN else a
        if N.is_pinyin(other.raw) or other.alts:
            return 0.0
    if (a.kind | b.kind) & N.VOCALIC and not org:
        # Kana and Georgian write every vowel: Takashi / Takeshi, Beridze /
        # Beradze, Sato / Saito are other names, not spellings.
        fa, fb = N.fold(N.japanese_long(a.raw)), N.fold(N.japanese_long(b.raw))
        if fa == fb:
            return 0.95
        if _other_vowel(fa, fb, bool((a.kind | b.kind) & N.KANA)):
            return 0.0
    if org and _syllable_word(a.raw) and _syllable_word(b.raw):
        # Two company names in pinyin syllables: another valid syllable is another character (卓德美汽车 /
        # 卓德美汽配, Zhuodemeiqiche / Zhuodemeiqipei), not a misspelling.
        return 0.0
    best = 0.0
    for fa in (a.form, *a.alts):
        for fb in (b.form, *b.alts):
            best = max(best, _edit_sim(fa, fb, org))
    if best < _PART_ACCEPT and a.raw.isalpha() and b.raw.isalpha():
        best = max(best, _edit_sim(a.raw, b.raw, org) - 0.05)  # "Zehng" / "Zheng" before folding
        if best < _PART_ACCEPT and ("dh" in a.raw or "dh" in b.raw):
            # Arabic dhal written dh or z (Muadh / Muaz, Ladhiqi / Laziki).
            best = max(best, _edit_sim(N.fold(a.raw.replace("dh", "z")), N.fold(b.raw.replace("dh", "z")), org) - 0.05)
    shortest_skel = 3 if (a.kind | b.kind) & N.DEVA else 4
    if best < _PART_ACCEPT and len(a.skel) >= shortest_skel and a.skel == b.skel:
        best = 0.8
    return best


# ---------------------------------------------------------------------------
# Name comparison
# ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _NameResult:
    score: float
    status: str  # agree | partial | conflict
    note: str


def _merge_adjacent(parts: list[Part], other: list[Part], org: bool) -> list[Part]:
    """Join adjacent parts whose concatenation is a part of the other name
    ("Sergei Lavrov" / "SergeiLavrov", "Jian Guo" / "Jianguo")."""
    if len(parts) < 2:
        return parts
    other_forms = {f for o in other for f in (o.form, *o.alts, *o.xalts)}
    out = list(parts)
    i = 0
    while i < len(out) - 1:
        a, b = out[i], out[i + 1]
        if (a.kind | b.kind) & (N.INITIAL | N.CONCEPT | N.NUMBER):
            i += 1
            continue
        joined = a.form + b.form
        hit = joined in other_forms or N.fold(a.raw + b.raw) in other_forms
        if not hit and (a.kind | b.kind) & N.VOWELLESS:
            skel = N.skeleton(a.raw + b.raw)
            hit = len(skel) >= 3 and any(o.skel == skel and o.skel not in (a.skel, b.skel) for o in other)
        if not hit and len(joined) >= 5:
            if a.form in other_forms or b.form in other_forms:
                hit = False
            else:
                hit = any(
                    abs(len(o.form) - len(joined)) <= 1 and Levenshtein.distance(o.form, joined, score_cutoff=1) <= 1
                    for o in other
                )
        if hit:
            out[i : i + 2] = [N.make_part(a.raw + b.raw, (a.kind | b.kind) & N.VOWELLESS)]
            continue
        if i + 2 < len(out):
            c = out[i + 2]
            if not c.kind & (N.INITIAL | N.CONCEPT | N.NUMBER) and joined + c.form in other_forms:
                out[i : i + 3] = [N.make_part(a.raw + b.raw + c.raw, (a.kind | b.kind | c.kind) & N.VOWELLESS)]
                continue
        i += 1
    return out


def _segments(parts: list[Part]) -> list[int]:
    """Per part, how many "bin"/"ibn" links precede it (0 when there are none)."""
    out: list[int] = []
    seg = 0
    for part in parts:
        if part.form in N.LINKS:
            seg += 1
        out.append(seg)
    return out


def _align(q: list[Part], c: list[Part], org: bool) -> tuple[list[tuple[Part, Part, float]], list[Part], list[Part]]:
    scored: list[tuple[float, int, int]] = []
    seg_q, seg_c = _segments(q), _segments(c)
    # "Salman bin Muhammad" is not "Muhammad bin Salman": when both names
    # have links, parts must stay on the same side of them.
    ordered = bool(seg_q and seg_c and seg_q[-1] and seg_c[-1] and not seg_q[0] and not seg_c[0])
    for i, a in enumerate(q):
        for j, b in enumerate(c):
            s = part_sim(a, b, org)
            if ordered and seg_q[i] != seg_c[j] and (seg_q[i] == 0 or seg_c[j] == 0):
                s *= 0.5
            if s >= _PART_ACCEPT or (s > 0 and (a.kind | b.kind) & N.INITIAL):
                scored.append((s * min(a.weight, b.weight) + s * 0.01, i, j))
    scored.sort(reverse=True)
    used_q: set[int] = set()
    used_c: set[int] = set()
    pairs: list[tuple[Part, Part, float]] = []
    for _, i, j in scored:
        if i in used_q or j in used_c:
            continue
        used_q.add(i)
        used_c.add(j)
        sim = part_sim(q[i], c[j], org)
        if ordered and seg_q[i] != seg_c[j] and (seg_q[i] == 0 or seg_c[j] == 0):
            sim *= 0.5
        pairs.append((q[i], c[j], sim))
    rest_q = [p for i, p in enumerate(q) if i not in used_q]
    rest_c = [p for j, p in enumerate(c) if j not in used_c]
    return pairs, rest_q, rest_c


_WEAK = N.INITIAL | N.PARTICLE | N.COMMON


def _acronym(parts: tuple[Part, ...]) -> str:
    return "".join(p.raw[0] for p in parts if p.raw and not p.kind & N.NUMBER)


def _compare_names(q: NameInfo, c: NameInfo, org: bool) -> _NameResult:
    qp, cp = list(q.parts), list(c.parts)
    if not qp or not cp:
        return _NameResult(0.0, "conflict", "empty name")
    if q.native and c.native and q.script == c.script and q.native != c.native:
        return _NameResult(0.45, "conflict", "characters " + q.native + " vs " + c.native)
    if q.parts == c.parts:
        if org and q.legal and c.legal and not _legal_compatible(q.legal, c.legal):
            return _NameResult(0.6, "conflict", _legal_note(q, c))
        return _NameResult(1.0, "agree", "")
    if len(qp) != len(cp) or any(part_sim(a, b, org) < _PART_ACCEPT for a, b in zip(qp, cp, strict=False)):
        qp = _merge_adjacent(qp, cp, org)
        cp = _merge_adjacent(cp, qp, org)
    pairs, rest_q, rest_c = _align(qp, cp, org)
    if org and (not pairs or (len(qp) == 1) != (len(cp) == 1)):
        acr = _acronym_score(qp, cp)
        if acr:
            return _NameResult(acr, "partial", "acronym")
    num = sum(s * min(a.weight, b.weight) for a, b, s in pairs)
    den = sum(min(a.weight, b.weight) for a, b, _ in pairs)
    wq = sum(p.weight for p in rest_q)
    wc = sum(p.weight for p in rest_c)
    real_q = [p for p in rest_q if p.weight >= 0.4]
    real_c = [p for p in rest_c if p.weight >= 0.4]
    note = ""
    status = "agree"
    if real_q and real_c:
        # Parts unmatched on both sides: a different name part.
        den += wq + wc
        status = "conflict"
        note = "name parts " + " ".join(p.raw for p in rest_q) + " vs " + " ".join(p.raw for p in rest_c)
    else:
        if org:
            den += 0.6 * wq + 0.3 * wc
        else:
            den += 0.35 * wq + 0.22 * wc
        if real_q or real_c:
            status = "partial"
    if den <= 0:
        return _NameResult(0.0, "conflict", "no comparable parts")
    score = num / den
    strong = sum(
        0.5 if (a.kind | b.kind) & (N.COMMON | N.INITIAL) else 1.0
        for a, b, s in pairs
        if not (a.kind | b.kind) & N.PARTICLE and s >= _PART_ACCEPT and not (a.kind & b.kind & N.INITIAL)
    )
    if not strong and len(qp) + len(cp) > 2:
        score = min(score, 0.6)  # initials or common parts only
    elif strong < 1.5 and (real_q or real_c) and not (
        # Across scripts a translation adds or drops a generic word (تنظیم القاعدہ / Al-Qaida).
        org and q.script != c.script and _only_generic(rest_q) and _only_generic(rest_c)
    ):
        # One name part in common (a family name alone) is not a match.
        score = min(score, 0.62)
        status = "partial" if status == "agree" else status
    if status == "conflict" and not org:
        # A different given name, patronymic or family name.
        score = min(score, MATCH_THRESHOLD - 0.02)
    if status == "conflict" and real_q and real_c:
        near = _near_score(pairs, rest_q, rest_c, org)
        if near > score:
            score = near
            note += " (close spellings: possibly the same)"
    if any(s < 0.9 for _, _, s in pairs) and status == "agree":
        status = "partial"
    if org and score < MATCH_THRESHOLD and q.script != c.script:
        joined = _joined_sim(q, c)
        if joined >= 0.88:
            score = max(score, 0.72 + (joined - 0.88))
            status, note = "partial", "whole name " + _literal(q) + " / " + _literal(c)
    if org:
        if q.legal and c.legal and not _legal_compatible(q.legal, c.legal):
            score -= 0.25
            status = "conflict"
            note = _legal_note(q, c)
        num_q = any(p.kind & N.NUMBER for p in rest_q)
        num_c = any(p.kind & N.NUMBER for p in rest_c)
        if pairs and num_q != num_c and not any(p.kind & N.NUMBER for p in (*qp, *cp) if p not in (*rest_q, *rest_c)):
            # "Hai Xing 8" / "Hai Xing", "Fund IX" / "Fund": a sister ship, another fund.
            score = min(score, 0.62)
            status = "conflict"
            note = "number " + " ".join(p.raw for p in (*rest_q, *rest_c) if p.kind & N.NUMBER)
        place_q = [p for p in rest_q if p.kind & N.PLACE]
        place_c = [p for p in rest_c if p.kind & N.PLACE]
        if place_q and place_c:
            score = min(score, 0.55)
            status = "conflict"
            note = "place " + place_q[0].raw + " vs " + place_c[0].raw
    return _NameResult(max(0.0, min(1.0, score)), status, note)


# Parts unmatched on both sides but one or two edits apart (Walper / Walker,
# Huei / 辉 hui, Neh / Neha) may be a misspelling or another name: the pair is
# no match, but the name as a whole stays "possible" (below MATCH_THRESHOLD,
# so that a screening officer sees it rather than the floor dropping it).
_NEAR_SIM = 0.6
_NEAR_CAP = 0.62  # with another part that agrees
_NEAR_CAP_WEAK = 0.55  # with only a common part or an initial that agrees, or none


# Wade-Giles spellings by pattern, for a word too misspelt to read syllable by
# syllable ("Hsiieh", "Fneg-chieh"): close enough for a "possible", never a match.
_WG_PATTERNS = tuple(
    (re.compile(a), b)
    for a, b in (("'", ""), ("hs", "x"), ("ieh", "ie"), ("ien", "ian"), ("ung", "ong"), ("uei", "ui"),
                 ("ih", "i"), ("ch", "zh"), ("ts", "z"), ("tz", "z"), ("k", "g"), ("t", "d"), ("p", "b"))
)


@lru_cache(maxsize=16384)
def _wade_giles_loose(raw: str) -> str:
    for pattern, repl in _WG_PATTERNS:
        raw = pattern.sub(repl, raw)
    return raw


def _readings(part: Part, other: Part) -> tuple[str, ...]:
    out = (part.form, *part.alts, *part.xalts, part.raw)
    if other.kind & N.HAN and not part.kind & N.HAN and part.raw.isascii():
        loose = _wade_giles_loose(part.raw)
        out = (*out, loose, N.fold(loose))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=65536)
def _near(a: Part, b: Part) -> bool:
    """Whether two parts that do not match are still close in spelling."""
    if (a.kind | b.kind) & (N.INITIAL | N.NUMBER | N.PARTICLE):
        return False
    for fa in _readings(a, b):
        for fb in _readings(b, a):
            shortest = min(len(fa), len(fb))
            if shortest < 3 or abs(len(fa) - len(fb)) > 2:
                continue
            budget = 1 if shortest < 5 else 2
            if OSA.distance(fa, fb, score_cutoff=budget) <= budget:
                return True
    return False


def _join_close(parts: list[Part], other: list[Part]) -> list[Part]:
    """``parts`` with two adjacent parts joined where the joined word is close to a part of ``other``."""
    out = list(parts)
    i = 0
    while i < len(out) - 1:
        a, b = out[i], out[i + 1]
        if not (a.kind | b.kind) & (N.INITIAL | N.NUMBER | N.CONCEPT):
            joined = N.make_part(a.raw + b.raw, (a.kind | b.kind) & N.VOWELLESS)
            if any(_near(joined, o) for o in other if len(o.form) > max(len(a.form), len(b.form))):
                out[i : i + 2] = [joined]
                continue
        i += 1
    return out


def _near_score(pairs: list[tuple[Part, Part, float]], rest_q: list[Part], rest_c: list[Part], org: bool) -> float:
    """The score of a name whose unmatched parts are paired by :func:`_near` (0 if they cannot all be)."""
    if len(rest_q) != len(rest_c):
        # "Lin-itan" / "Lintian": split on one side, joined on the other.
        rest_q, rest_c = _join_close(rest_q, rest_c), _join_close(rest_c, rest_q)
    scored = [(min(a.weight, b.weight), i, j) for i, a in enumerate(rest_q) if a.weight >= 0.4
              for j, b in enumerate(rest_c) if b.weight >= 0.4 and _near(a, b)]
    if not scored:
        return 0.0
    scored.sort(key=lambda x: -x[0])
    used_q: set[int] = set()
    used_c: set[int] = set()
    near: list[float] = []
    for w, i, j in scored:
        if i not in used_q and j not in used_c:
            used_q.add(i)
            used_c.add(j)
            near.append(w)
    left_q = [p for i, p in enumerate(rest_q) if i not in used_q]
    left_c = [p for j, p in enumerate(rest_c) if j not in used_c]
    if any(p.weight >= 0.4 for p in left_q) and any(p.weight >= 0.4 for p in left_c):
        return 0.0  # another part still differs outright
    strong = sum(
        0.5 if (a.kind | b.kind) & (N.COMMON | N.INITIAL) else 1.0
        for a, b, s in pairs
        if not (a.kind | b.kind) & N.PARTICLE and s >= _PART_ACCEPT and not (a.kind & b.kind & N.INITIAL)
    )
    if not strong and len(near) < 2:
        return 0.0  # a lone close part, nothing else in common
    num = sum(s * min(a.weight, b.weight) for a, b, s in pairs) + _NEAR_SIM * sum(near)
    den = sum(min(a.weight, b.weight) for a, b, _ in pairs) + sum(near)
    wq, wc = sum(p.weight for p in left_q), sum(p.weight for p in left_c)
    den += 0.6 * wq + 0.3 * wc if org else 0.35 * wq + 0.22 * wc
    return min(_NEAR_CAP if strong >= 1 else _NEAR_CAP_WEAK, num / den) if den > 0 else 0.0


def _only_generic(parts: list[Part]) -> bool:
    """Unmatched organisation parts that carry little identity (Foundation, Group)."""
    return all(p.weight < 0.5 for p in parts)


def _acronym_fits(letters: str, parts: list[Part]) -> bool:
    """Whether ``letters`` are the initials of ``parts``, each read in English
    or in its source language (a concept keeps its source word as an
    alternative: Tehrik-e-Taliban Pakistan is TTP, not MTP)."""
    if len(letters) != len(parts):
        return False
    for letter, part in zip(letters, parts, strict=True):
        heads = {part.raw[:1], *(a[:1] for a in part.alts), *(a[:1] for a in part.xalts)}
        if part.raw.startswith(("ch", "kh", "sh")):
            heads.add(part.raw[:1])
        if letter not in heads and not (letter in "ck" and heads & {"c", "k"}):
            return False
    return True


def _acronym_score(qp: list[Part], cp: list[Part]) -> float:
    for short, long in ((qp, cp), (cp, qp)):
        if len(short) != 1 or not 2 <= len(short[0].raw) <= 6 or len(long) < 2:
            continue
        letters = short[0].raw
        if letters == _acronym(tuple(long)):
            return 0.8
        body = [p for p in long if not p.kind & N.NUMBER]
        if _acronym_fits(letters, body):
            return 0.78
        # The country is often left out: PLA for the Chinese People's Liberation Army.
        trimmed = body[1:] if body and _is_place(body[0]) else body
        trimmed = trimmed[:-1] if trimmed and _is_place(trimmed[-1]) and len(trimmed) > len(letters) else trimmed
        if trimmed is not body and _acronym_fits(letters, trimmed):
            return 0.74
    return 0.0


def _is_place(part: Part) -> bool:
    return bool(part.kind & N.PLACE) or part.raw in T.PLACE_CONCEPTS


def _literal(info: NameInfo) -> str:
    """An organisation name as one string of its words in their own language
    (the source word of a concept), legal forms left out."""
    out: list[str] = []
    for p in info.parts:
        if p.kind & N.CONCEPT and p.alts:
            out.append(p.alts[-1])
        else:
            out.append(p.raw if p.kind & N.VOWELLESS else p.form)
    return "".join(out)


@lru_cache(maxsize=65536)
def _joined_sim(q: NameInfo, c: NameInfo) -> float:
    """Similarity of two organisation names written in different scripts, as
    whole strings: word boundaries differ across scripts (حزب الله / Hizballah,
    a Han name / its pinyin written in two or three words)."""
    a, b = _literal(q), _literal(c)
    if min(len(a), len(b)) < 6:
        return 0.0
    vowelless = q.script in ("Arab", "Hebr") or c.script in ("Arab", "Hebr")
    if vowelless:
        sa, sb = N.skeleton(a), N.skeleton(b)
        if min(len(sa), len(sb)) < 4:
            return 0.0
        return float(Levenshtein.normalized_similarity(sa, sb))
    return float(Levenshtein.normalized_similarity(a, b))


def _legal_note(q: NameInfo, c: NameInfo) -> str:
    return "legal form " + "/".join(sorted(q.legal)) + " vs " + "/".join(sorted(c.legal))


def _legal_compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    if a & b:
        return True
    return any(a <= group and b <= group for group in T.COMPATIBLE_FORMS)


# ---------------------------------------------------------------------------
# Other features
# ---------------------------------------------------------------------------
def _compare_dates(q: tuple[str, ...], c: tuple[str, ...]) -> tuple[str, str]:
    """('agree'|'partial'|'conflict'|'unknown', note)."""
    if not q or not c:
        return "unknown", ""
    best = "conflict"
    for a in q:
        for b in c:
            if a[:4] != b[:4]:
                continue
            n = min(len(a), len(b))
            if a[:n] == b[:n]:
                return ("agree" if n >= 10 or len(a) == len(b) else "partial"), ""
            best = "partial_conflict"
    if best == "partial_conflict":
        return "partial", f"birth date {q[0]} vs {c[0]} (same year)"
    return "conflict", f"birth date {q[0][:4]} vs {c[0][:4]}"


def compare(query: Subject | Prepared, candidate: Subject | Prepared) -> Comparison:
    """Score a query against a candidate (either raw or prepared)."""
    qp = query if isinstance(query, Prepared) else prepare(query)
    cp = candidate if isinstance(candidate, Prepared) else prepare(candidate)
    org = qp.org or cp.org
    best: _NameResult | None = None
    best_pair = ("", "")
    for qn in qp.names:
        for cn in cp.names:
            result = _compare_names(qn, cn, org)
            if best is None or result.score > best.score:
                best, best_pair = result, (qn.text, cn.text)
                if result.score >= 1.0:
                    break
        if best is not None and best.score >= 1.0:
            break
    if best is None:
        best = _NameResult(0.0, "unknown", "no names")
    score = best.score
    features: dict[str, str] = {"name_parts": best.status}
    conflicts: list[str] = []
    if best.note and best.status == "conflict":
        conflicts.append(best.note)

    date_status, date_note = _compare_dates(qp.dates, cp.dates)
    features["birth_date"] = date_status
    cap = 1.0
    if date_status == "conflict":
        score -= 0.25
        cap = min(cap, MATCH_THRESHOLD - 0.05)
        conflicts.append(date_note)
    elif date_note:  # same year, different month/day
        score -= 0.05
        cap = min(cap, MATCH_THRESHOLD - 0.01)
        conflicts.append(date_note)
    elif date_status == "agree":
        score += 0.05 if score >= POSSIBLE_THRESHOLD else 0.0

    if qp.gender and cp.gender:
        if qp.gender is cp.gender:
            features["gender"] = "agree"
        else:
            features["gender"] = "conflict"
            score -= 0.2
            cap = min(cap, MATCH_THRESHOLD - 0.05)
            conflicts.append(f"gender {qp.gender.value} vs {cp.gender.value}")
    else:
        features["gender"] = "unknown"

    if qp.countries and cp.countries:
        if qp.countries & cp.countries:
            features["country"] = "agree"
        else:
            features["country"] = "conflict"
            conflicts.append("country " + ",".join(sorted(qp.countries)) + " vs " + ",".join(sorted(cp.countries)))
            if org:
                score -= 0.15
                cap = min(cap, MATCH_THRESHOLD - 0.05)
            else:
                score -= 0.08
    else:
        features["country"] = "unknown"

    if qp.identifiers and cp.identifiers:
        if qp.identifiers & cp.identifiers:
            features["identifiers"] = "agree"
            if best.score >= 0.3:
                score = max(score, 0.95)
                cap = 1.0
        else:
            features["identifiers"] = "conflict"
            conflicts.append("identifiers differ")
            score -= 0.05
    else:
        features["identifiers"] = "unknown"

    score = max(0.0, min(score, cap, 1.0))
    explanation = Explanation(best_pair[0], best_pair[1], best.score, features, tuple(conflicts))
    return Comparison(score, decide(score), explanation)


__all__ = [
    "MATCH_THRESHOLD",
    "POSSIBLE_THRESHOLD",
    "Comparison",
    "Decision",
    "Explanation",
    "Prepared",
    "Subject",
    "compare",
    "decide",
    "prepare",
]
