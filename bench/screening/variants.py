"""Query variants for the screening scale benchmark.

A different generator from the register's (``synth.py``): it starts from an
entry's native-script parts and renders them through *other* conventions —
BGN/PCGN, German, French and ISO 9 transliteration of Cyrillic; Wade-Giles
and run-together pinyin, traditional characters; other common spellings of
Arabic and Indic names — then perturbs them the way screening queries differ
from list entries: order, initials, a dropped middle part, a title, a typo,
case. Register spellings are never reused except where the query keeps the
native script.
"""

from __future__ import annotations

import random
import re
from functools import cache

from bench.screening import synth
from bench.screening.synth import SynthEntry

# --- Cyrillic tables other than the register's ICAO 9303 ---------------------------------------------

_BASE = dict(zip("абвгдезиклмнопрстуфы", "abvgdeziklmnoprstufy", strict=True))
CYR_TABLES: dict[str, dict[str, str]] = {
    "bgn": {
        **_BASE,
        "ё": "yo",
        "ж": "zh",
        "й": "y",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
    },
    "german": {
        **_BASE,
        "в": "w",
        "ё": "jo",
        "ж": "sch",
        "з": "s",
        "й": "j",
        "х": "ch",
        "ц": "z",
        "ч": "tsch",
        "ш": "sch",
        "щ": "schtsch",
        "ъ": "",
        "ь": "",
        "э": "e",
        "ю": "ju",
        "я": "ja",
        "ы": "y",
    },
    "french": {
        **_BASE,
        "ё": "io",
        "ж": "j",
        "й": "ï",
        "у": "ou",
        "х": "kh",
        "ц": "ts",
        "ч": "tch",
        "ш": "ch",
        "щ": "chtch",
        "ъ": "",
        "ь": "",
        "э": "e",
        "ю": "iou",
        "я": "ia",
        "ы": "y",
    },
    "iso9": {
        **_BASE,
        "ё": "ë",
        "ж": "ž",
        "й": "j",
        "х": "h",
        "ц": "c",
        "ч": "č",
        "ш": "š",
        "щ": "ŝ",
        "ъ": "ʺ",
        "ь": "ʹ",
        "э": "è",
        "ю": "û",
        "я": "â",
    },
}
_VOWELS_CYR = set("аеёиоуыэюяьъ")


def cyr_latin(text: str, table: str) -> str:
    t = CYR_TABLES[table]
    out: list[str] = []
    prev = ""
    for ch in text:
        lo = ch.lower()
        if lo == "е":  # BGN and German write ye/je at the start of a word and after a vowel
            r = (
                {"bgn": "ye", "german": "je"}.get(table, "e")
                if (not prev or prev in _VOWELS_CYR or prev == " ")
                else "e"
            )
        else:
            r = t.get(lo, ch)
        out.append(r.capitalize() if ch != lo and r else r)
        prev = lo
    return "".join(out)


# --- Wade-Giles from pinyin syllables -----------------------------------------------------------------

_WG_INITIALS = (
    ("zh", "ch"),
    ("ch", "ch'"),
    ("sh", "sh"),
    ("j", "ch"),
    ("q", "ch'"),
    ("x", "hs"),
    ("z", "ts"),
    ("c", "ts'"),
    ("r", "j"),
    ("b", "p"),
    ("p", "p'"),
    ("d", "t"),
    ("t", "t'"),
    ("g", "k"),
    ("k", "k'"),
)
_WG_FINALS = (
    ("iong", "iung"),
    ("ong", "ung"),
    ("ian", "ien"),
    ("ie", "ieh"),
    ("ui", "uei"),
    ("you", "yu"),
    ("yan", "yen"),
    ("ye", "yeh"),
)


@cache
def wade_giles(syllable: str) -> str:
    """An approximate Wade-Giles spelling of one pinyin syllable (apostrophes dropped half the time by users)."""
    s = syllable.replace("ü", "u")
    for a, b in _WG_FINALS:
        if s.endswith(a):
            s = s[: -len(a)] + b
            break
    for a, b in _WG_INITIALS:
        if s.startswith(a):
            rest = s[len(a) :]
            if a in ("zh", "ch", "sh", "r") and rest == "i":
                rest = "ih"
            elif a in ("z", "c", "s") and rest == "i":
                rest = "u"
            elif rest == "e" and a not in ("zh", "ch", "sh", "r"):
                rest = "o"
            return b + rest
    return s


_OPENCC = None


def traditional(han: str) -> str:
    global _OPENCC
    if _OPENCC is None:
        import opencc

        _OPENCC = opencc.OpenCC("s2t")
    return str(_OPENCC.convert(han))


# --- Arabic and Indic respellings ---------------------------------------------------------------------

AR_SPELLINGS = {
    "Muhammad": ["Mohammed", "Mohamed", "Mohammad", "Muhammed", "Mohd", "Mehmet", "Mohamad"],
    "Ahmed": ["Ahmad", "Achmed", "Ahmet"],
    "Hussein": ["Husain", "Hossein", "Husayn", "Hüseyin"],
    "Hussain": ["Husain", "Hossain", "Husayn"],
    "Hassan": ["Hasan", "Hasaan"],
    "Omar": ["Umar", "Omer"],
    "Khalid": ["Khaled", "Halid"],
    "Yusuf": ["Yousef", "Youssef", "Yosef", "Yousuf"],
    "Osama": ["Usama", "Usamah"],
    "Abdullah": ["Abdallah", "Abd Allah", "Abdulla"],
    "Abdul Rahman": ["Abdurrahman", "Abd al-Rahman", "Abdelrahman"],
    "Abdul Qadir": ["Abdulkadir", "Abd al-Qadir", "Abdelkader"],
    "Abdul Aziz": ["Abdulaziz", "Abd al-Aziz"],
    "Saeed": ["Said", "Sayed", "Saied"],
    "Mahmoud": ["Mahmud", "Mehmood", "Mahmood"],
    "Usman": ["Othman", "Osman"],
    "Suleiman": ["Sulaiman", "Sulayman", "Suleyman"],
    "Ismail": ["Ismael", "Esmail"],
    "Qasim": ["Kasim", "Qassem"],
    "Jafar": ["Jaafar", "Cafer"],
    "Reza": ["Riza", "Rida", "Ridha"],
    "Walid": ["Waleed", "Velid"],
    "Yasser": ["Yasir", "Yaser"],
    "Nasser": ["Nasir", "Naser"],
    "Saleh": ["Salih"],
    "Mustafa": ["Mostafa"],
    "Chaudhry": ["Chaudhary", "Choudhury", "Chowdhury"],
    "Qureshi": ["Quraishi", "Koreshi"],
    "Siddiqui": ["Siddiqi", "Sidiqi"],
    "Sheikh": ["Shaikh", "Shaykh"],
    "Fatima": ["Fatimah", "Fatma"],
    "Aisha": ["Ayesha", "Aysha"],
    "Zainab": ["Zaynab", "Zeinab"],
    "Khadija": ["Khadijah", "Hatice"],
    "Haroon": ["Harun", "Haroun"],
    "Javed": ["Javaid", "Jawed"],
    "Noor": ["Nur", "Nour"],
    "Asif": ["Asaf"],
}
# Generic respelling rules (applied to names without a listed alternative).
_AR_RULES = (
    (r"ou", "u"),
    (r"u", "o"),
    (r"ee", "i"),
    (r"i", "e"),
    (r"q", "k"),
    (r"kh", "h"),
    (r"dh", "z"),
    (r"Al-", "al "),
    (r"Al-", "El-"),
    (r"aa", "a"),
    (r"a", "e"),
)
IN_RULES = (
    (r"ee", "i"),
    (r"oo", "u"),
    (r"v", "w"),
    (r"sh", "s"),
    (r"a$", ""),
    (r"([^a])$", r"\1a"),
    (r"i", "ee"),
    (r"u", "oo"),
    (r"th", "t"),
    (r"ch", "chh"),
    (r"y$", "i"),
)


def respell(word: str, rng: random.Random, rules: tuple[tuple[str, str], ...], listed: dict[str, list[str]]) -> str:
    if word in listed and rng.random() < 0.8:
        return rng.choice(listed[word])
    applicable = [r for r in rules if re.search(r[0], word)]
    if not applicable:
        return word
    pat, rep = rng.choice(applicable)
    return re.sub(pat, rep, word, count=1)


# --- noise --------------------------------------------------------------------------------------------

_KEYBOARD = dict(zip("qwertyuiopasdfghjklzxcvbnm", "wqeryuioipsadfghjklkzxcvbnm"[::-1], strict=False))
TITLES = ["Mr", "Dr", "Sheikh", "Colonel", "General", "Haji", "Mrs", "Prof"]


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.randrange(4)
    if op == 0:
        return word[:i] + word[i + 1 :]
    if op == 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == 2:
        return word[:i] + word[i] + word[i:]
    return word[:i] + _KEYBOARD.get(word[i].lower(), word[i]) + word[i + 1 :]


def _initial(word: str) -> str:
    return word[0] + "."


def variant(e: SynthEntry, rng: random.Random) -> str:
    """One query name for entry ``e``."""
    return variant_ops(e, rng)[0]


def variant_ops(e: SynthEntry, rng: random.Random) -> tuple[str, list[str]]:
    """One query name for entry ``e`` and what was done to it ("native", "initial", "typo", ...), so
    that a bench can tell which perturbations its misses come from. Draws exactly as ``variant``."""
    ops: list[str] = []
    tokens = _render(e, rng, ops)
    person = e.schema.value == "Person"
    if person and len(tokens) >= 3 and rng.random() < 0.15:
        del tokens[rng.randrange(1, len(tokens) - 1)]  # a middle part dropped
        ops.append("dropped")
    if person and len(tokens) >= 2 and rng.random() < 0.12 and tokens[0].isascii():
        tokens[0] = _initial(tokens[0])  # "I. Sokolov"
        ops.append("initial")
    if len(tokens) >= 2 and rng.random() < 0.25:
        # Persons: the last part to the front. Organisations: the first word to the end, except that a
        # Chinese company's syllables stay together and its legal form moves to the front as a whole
        # ("Co Ltd Hua Da", not "Da Co Ltd Hua").
        last_first = person or e.culture == "zh"
        tokens = tokens[-1:] + tokens[:-1] if last_first else tokens[1:] + tokens[:1]
        ops.append("rotated")
    if rng.random() < 0.3:
        i = max(range(len(tokens)), key=lambda j: len(tokens[j]) if tokens[j].isascii() else 0)
        if tokens[i].isascii():
            tokens[i] = typo(tokens[i], rng)
            ops.append("typo")
    if person and rng.random() < 0.08:
        tokens.insert(0, rng.choice(TITLES))
        ops.append("title")
    name = " ".join(t for t in tokens if t)
    if rng.random() < 0.15:
        name = name.upper()
    return name, ops


def _render(e: SynthEntry, rng: random.Random, ops: list[str] | None = None) -> list[str]:
    native = rng.random() < 0.25  # a quarter of the queries keep the native script
    if ops is not None:
        ops.append("native" if native else "latin")
    if e.culture == "ru":
        if native:
            return list(e.parts[1:] + e.parts[:1]) if rng.random() < 0.5 else list(e.parts)
        table = rng.choice(list(CYR_TABLES))
        sur, *rest = (cyr_latin(p, table) for p in e.parts)
        if e.schema.value != "Person":
            return [sur, *rest]
        return [*rest, sur] if rng.random() < 0.7 else [sur, *rest]
    if e.culture == "zh":
        if native:
            han = "".join(e.parts)
            return [traditional(han) if rng.random() < 0.6 else han]
        if e.schema.value != "Person":
            return [
                synth.pinyin(e.parts[0])[0].capitalize(),
                *(s.capitalize() for s in synth.pinyin(e.parts[0])[1:]),
                rng.choice(["Co Ltd", "Company Limited", "Limited"]),
            ]
        sur = "".join(synth.pinyin(e.parts[0]))
        given = synth.pinyin(e.parts[1])
        if rng.random() < 0.5:
            sur, given = wade_giles(sur), [wade_giles(g) for g in given]
            if ops is not None:
                ops.append("wade-giles")
        given_s = "-".join(given).capitalize() if rng.random() < 0.5 else "".join(given).capitalize()
        return [sur.capitalize(), given_s] if rng.random() < 0.6 else [given_s, sur.capitalize()]
    if e.culture in ("ar", "hi"):
        if native:
            return " ".join(e.parts).split()
        rules, listed = (_AR_RULES, AR_SPELLINGS) if e.culture == "ar" else (IN_RULES, {})
        out = [respell(w, rng, rules, listed) if rng.random() < 0.45 else w for w in e.latin]
        return " ".join(out).split()
    # Latin: a different spelling is a typo or a dropped accent; legal forms change for companies.
    tokens = list(e.parts)
    if e.schema.value != "Person" and rng.random() < 0.5:
        tokens[-1] = rng.choice(["Limited", "Ltd.", "L.L.C.", "Co.", "Corp", "Group", ""])
    return tokens


def negative(rng: random.Random) -> str:
    """A name of the register's cultures that is most likely not in it (parts mixed across cultures)."""
    lex = synth._lex()
    kind = rng.randrange(4)
    if kind == 0:
        return f"{lex['la_m'](rng)} {synth.icao(lex['ru_sur'](rng))}"
    if kind == 1:
        return f"{lex['ru_f'](rng)} {lex['la_sur'](rng)}"
    if kind == 2:
        return f"{rng.choice(synth.AR_GIVEN)[1]} {rng.choice(synth.HI_SURNAMES)[1]} {lex['la_sur'](rng)}"
    return f"{''.join(synth.pinyin(lex['zh_sur'](rng))).capitalize()} {lex['la_f'](rng)} {rng.choice(synth.ORG_WORDS)}"
