"""Name analysis for designation screening.

A name in any script becomes a tuple of :class:`Part` objects: romanised,
folded to a spelling-insensitive comparison form, with alternative readings
(Wade-Giles → pinyin, Uzbek ``x`` → ``kh``), a consonant skeleton for
vowel-less scripts (Arabic, Urdu, Hebrew), a kind (initial, particle,
patronymic, common name, number, organisation concept) and a weight.

Script handling:

* Cyrillic: a press/BGN-like table with Ukrainian, Serbian and Central Asian
  letters; passport (ICAO 9303) spellings meet it in :func:`fold`.
* Han: traditional → simplified (OpenCC), pinyin (pypinyin) with the surname
  split from the given name, titles and legal forms stripped.
* Arabic script: letter variants unified, common names looked up, others
  read consonant by consonant and compared on their skeleton.
* Devanagari: inherent vowels restored (anyascii drops them).
* Everything else: anyascii.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, zip_longest
from typing import Any, NamedTuple

import jellyfish
from anyascii import anyascii
from rapidfuzz.distance import OSA

from accord.register import nametables as T
from accord.register.models import ORGANISATION_SCHEMAS, Schema
from accord.register.nametables import _words

# Part kinds (bit flags).
INITIAL = 1
PARTICLE = 2
PATRONYMIC = 4
COMMON = 8
VOWELLESS = 16
NUMBER = 32
GENERIC = 64
CONCEPT = 128
PLACE = 256
HAN = 512  # read from Han characters
DEVA = 1024  # read from Devanagari (a final schwa may be missing)
VOCALIC = 2048  # read from a script that writes every vowel as it is (kana, Georgian)
KANA = 4096  # read from kana
CYRL = 8192  # read from Cyrillic (person names)

_KIND_WEIGHT = (
    (PARTICLE, 0.15),
    (INITIAL, 0.45),
    (NUMBER, 0.35),
    (GENERIC, 0.4),
    (COMMON, 0.5),
    (PATRONYMIC, 0.7),
)


def _kind_weight(kind: int) -> float:
    for flag, weight in _KIND_WEIGHT:
        if kind & flag:
            return weight
    return 1.0


_WEIGHTS = tuple(_kind_weight(kind) for kind in range(2 * CYRL))  # by kind: every combination of the flags


@dataclass(frozen=True, slots=True)
class Part:
    """One analysed name part. Instances are interned through caches."""

    form: str  # folded comparison form
    alts: tuple[str, ...]  # other folded readings (may be empty)
    skel: str  # consonant skeleton of the form
    kind: int  # bit flags above
    group: str  # canonical variant-group name, or ""
    raw: str  # romanised (unfolded) text, for initials and display
    mark: str = ""  # Vietnamese: the word with its diacritics (Hưng and Hùng are two names)
    # Folded readings of the native word in other romanisation systems (German,
    # French, Cantonese, McCune-Reischauer): equal to a Latin spelling, or one
    # edit away, never compared loosely (they are far from each other).
    xalts: tuple[str, ...] = ()
    # The hash of the fields above, computed once: parts are the keys of the
    # comparison caches, hashed many times a comparison.
    _hash: int = field(default=0, compare=False, repr=False)
    # What index_keys needs of the part (:func:`_part_facts`), worked out on first use: parts are
    # interned, so a register's parts are each worked out once, with no cache probe.
    _facts: _PartFacts | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.form, self.alts, self.skel, self.kind, self.group, self.raw,
                                                self.mark, self.xalts)))

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self) -> tuple[type[Part], tuple[object, ...]]:
        # Rebuilt, not restored: string hashes differ from one process to another.
        return (Part, (self.form, self.alts, self.skel, self.kind, self.group, self.raw, self.mark, self.xalts))

    @property
    def weight(self) -> float:
        """Weight of the part in a name score (identity it carries)."""
        return _WEIGHTS[self.kind]


@dataclass(frozen=True, slots=True)
class NameInfo:
    """An analysed name."""

    text: str  # as given
    parts: tuple[Part, ...]
    legal: frozenset[str]  # legal-form classes of an organisation
    script: str
    org: bool
    native: str = ""  # Han/Hangul person names: the characters (simplified), compared as such


# ---------------------------------------------------------------------------
# Script detection
# ---------------------------------------------------------------------------
_SCRIPT_PREFIXES = (
    ("LATIN", "Latn"),
    ("CYRILLIC", "Cyrl"),
    ("CJK", "Hani"),
    ("ARABIC", "Arab"),
    ("DEVANAGARI", "Deva"),
    ("GREEK", "Grek"),
    ("HEBREW", "Hebr"),
    ("HANGUL", "Hang"),
    ("GEORGIAN", "Geor"),
    ("THAI", "Thai"),
    ("KATAKANA", "Kana"),
    ("HIRAGANA", "Hira"),
    ("ARMENIAN", "Armn"),
    ("BENGALI", "Beng"),
    ("GURMUKHI", "Guru"),
    ("GUJARATI", "Gujr"),
    ("TAMIL", "Taml"),
    ("TELUGU", "Telu"),
    ("KANNADA", "Knda"),
    ("MALAYALAM", "Mlym"),
    ("SINHALA", "Sinh"),
    ("KHMER", "Khmr"),
    ("LAO", "Laoo"),
    ("MYANMAR", "Mymr"),
    ("ETHIOPIC", "Ethi"),
    ("TIBETAN", "Tibt"),
    ("MONGOLIAN", "Mong"),
    ("SYRIAC", "Syrc"),
    ("THAANA", "Thaa"),
)


_ASCII_LETTER = re.compile("[A-Za-z]")  # the letters of ASCII text (what str.isalpha finds in it)


@lru_cache(maxsize=65536)
def _char_script(ch: str) -> str:
    if ch.isascii():
        return "Latn" if ch.isalpha() else "Zyyy"
    if not ch.isalpha():
        return "Zyyy"
    name = unicodedata.name(ch, "")
    if name.startswith("CJK") or "IDEOGRAPH" in name:
        return "Hani"
    for prefix, code in _SCRIPT_PREFIXES:
        if name.startswith(prefix):
            return code
    return "Zyyy"


# Letters of a script in one Unicode block (every letter of the block is of that script, see
# tests/test_matching.py); with characters that are no letters (spaces, punctuation, digits, marks).
_ONE_BLOCK_SCRIPTS = tuple(
    (re.compile(f"(?:[{lo}-{hi}]|[\\W\\d_])+"), code)
    for lo, hi, code in (
        ("\u0400", "\u052f", "Cyrl"),
        ("\u0600", "\u06ff", "Arab"),
        ("\u4e00", "\u9fff", "Hani"),
        ("\u0900", "\u097f", "Deva"),
    )
)
_NON_DIGIT_WORD_CHAR = re.compile(r"[^\W\d_]")


def _one_block_script(text: str) -> str:
    """The script of a text whose letters all lie in one of the blocks of ``_ONE_BLOCK_SCRIPTS``
    (most names in a non-Latin script), else "". One regular-expression pass instead of a lookup
    per character."""
    for pattern, code in _ONE_BLOCK_SCRIPTS:
        if pattern.fullmatch(text):
            # Within those blocks, a word character that is no digit is a letter.
            return code if _NON_DIGIT_WORD_CHAR.search(text) else ""
    return ""


def detect_script(text: str) -> str:
    """Return the ISO 15924 code of the dominant script of ``text``.

    Letters are counted per script; Han characters count double (one carries
    a syllable). "Zyyy" when the text has no letters.
    """
    if text.isascii():
        return "Latn" if _ASCII_LETTER.search(text) else "Zyyy"
    if one := _one_block_script(text):
        return one
    counts: dict[str, int] = {}
    for ch in text:
        code = _char_script(ch)
        if code != "Zyyy":
            counts[code] = counts.get(code, 0) + (2 if code == "Hani" else 1)
    if not counts:
        return "Zyyy"
    return max(counts.items(), key=lambda item: item[1])[0]


# ---------------------------------------------------------------------------
# Per-script romanisation
# ---------------------------------------------------------------------------
_opencc_converter: object | None = None


@lru_cache(maxsize=4096)
def _t2s(text: str) -> str:
    """Traditional → simplified Chinese (OpenCC, loaded on first use). Cached (a few thousand strings):
    :func:`analyse` converts a name twice, for its words and for its characters."""
    global _opencc_converter
    if _opencc_converter is None:
        import opencc  # imported lazily: loading its dictionaries takes time

        _opencc_converter = opencc.OpenCC("t2s")
    converted: str = _opencc_converter.convert(text)  # type: ignore[attr-defined]
    return converted


@lru_cache(maxsize=1)
def _pinyin_engine() -> tuple[Any, Any, Any]:
    """pypinyin's ``lazy_pinyin`` and ``pinyin`` (bound to one converter) and ``Style``.

    The converter is pypinyin's own (``lazy_pinyin`` and ``pinyin`` without v_to_u, a neutral tone
    as 5 or tone sandhi convert as it does), except that the toneless spelling (``Style.NORMAL``) of
    each toned syllable is computed once: it depends on the syllable alone (not on the character),
    and working it out again for every character was most of pypinyin's time."""
    from pypinyin import Style
    from pypinyin.converter import DefaultConverter
    from pypinyin.core import Pinyin

    normal: dict[tuple[str, bool], str] = {}  # bounded by pypinyin's syllables (about 1,500)

    class _Converter(DefaultConverter):
        def convert_style(self, han: str, orig_pinyin: str, style: Any, strict: bool, **kwargs: Any) -> str:
            if style != Style.NORMAL or kwargs:
                converted: str = super().convert_style(han, orig_pinyin, style, strict, **kwargs)
                return converted
            key = (orig_pinyin, strict)
            out = normal.get(key)
            if out is None:
                out = super().convert_style(han, orig_pinyin, style, strict)
                if len(normal) < 16384:
                    normal[key] = out
            return out

    engine = Pinyin(_Converter())
    return engine.lazy_pinyin, engine.pinyin, Style


@lru_cache(maxsize=65536)
def _pinyin(text: str) -> tuple[str, ...]:
    """Pinyin syllables (no tones, ü as v) of a Han string."""
    lazy_pinyin, _, style = _pinyin_engine()
    # ü is written u in passports and the press (Lü → Lu), v by pypinyin.
    return tuple(s.replace("v", "u") for s in lazy_pinyin(text, style=style.NORMAL, errors="ignore"))


def _han_surname_split(text: str) -> tuple[str, str]:
    if len(text) >= 3 and text[:2] in T.HAN_COMPOUND_SURNAMES:
        return text[:2], text[2:]
    if len(text) >= 2:
        return text[:1], text[1:]
    return text, ""


def _han_surname_pinyin(surname: str) -> str:
    if surname in T.HAN_SURNAME_READINGS:
        return T.HAN_SURNAME_READINGS[surname]
    return "".join(_pinyin(surname))


def _strip_han_titles(text: str) -> str:
    if not (text.endswith(T.TITLES_HAN) or text.startswith(T.TITLES_HAN)):
        return text  # most names have none (one C-level test for all titles)
    changed = True
    while changed and len(text) > 2:
        changed = False
        for title in T.TITLES_HAN:
            if text.endswith(title) and len(text) - len(title) >= 2:
                text = text[: -len(title)]
                changed = True
            elif text.startswith(title) and len(text) - len(title) >= 2:
                text = text[len(title) :]
                changed = True
    return text


def _romanise_han_person(text: str) -> list[str]:
    """Han person name → [surname, given] in pinyin (given syllables joined)."""
    words: list[str] = []
    for chunk in re.split(r"[\s·・.,]+", text):
        if not chunk:
            continue
        if len(chunk) > 4 or "·" in text or "・" in text:
            words.append("".join(_pinyin(chunk)))
            continue
        surname, given = _han_surname_split(chunk)
        words.append(_han_surname_pinyin(surname))
        if given:
            words.append("".join(_pinyin(given)))
    return words


_CYR_UKRAINIAN = {**T.CYRILLIC, **T.CYRILLIC_UKRAINIAN}
_CYR_UZBEK = {**T.CYRILLIC, **T.CYRILLIC_UZBEK}


def _cyrillic_table(text: str) -> dict[str, str]:
    lower = text.lower()
    if not T.UKRAINIAN_MARKERS.isdisjoint(lower):
        return _CYR_UKRAINIAN
    if not T.UZBEK_MARKERS.isdisjoint(lower):
        return _CYR_UZBEK
    return T.CYRILLIC


_CYR_VOWELS = "аеёиоуыэюяіїєъь"
# German (Duden) and French press transliterations of Russian, the spellings of
# names in German and French sources (Chruschtschow, Khrouchtchev).
_CYR_GERMAN = {**T.CYRILLIC, "в": "w", "ж": "sch", "з": "s", "й": "i", "х": "ch", "ц": "z", "ч": "tsch",
               "ш": "sch", "щ": "schtsch", "ю": "ju", "я": "ja", "ы": "y", "ё": "jo", "е": "e"}
_CYR_FRENCH = {**T.CYRILLIC, "ж": "j", "й": "i", "ч": "tch", "ш": "ch", "щ": "chtch", "у": "ou", "ю": "iou",
               "я": "ia", "ё": "io", "е": "e"}


def _cyrillic_system(word: str, system: str) -> str:
    """One Cyrillic word in the German or French press system, or in BGN with ё
    as "yo" ("bgn"), or read with Russian letters ("ru", for Ukrainian text)."""
    lower = word.lower()
    if system == "ru":
        return _romanise_cyrillic(lower, T.CYRILLIC)
    table = _CYR_GERMAN if system == "de" else _CYR_FRENCH if system == "fr" else T.CYRILLIC
    out: list[str] = []
    n = len(lower)
    for i, ch in enumerate(lower):
        prev = lower[i - 1] if i else " "
        nxt = lower[i + 1] if i + 1 < n else " "
        after_vowel = not prev.isalpha() or prev in _CYR_VOWELS
        value = table.get(ch, ch)
        if ch == "е":
            value = ("je" if system == "de" else "ie" if system == "fr" and prev.isalpha() else "e" if system == "fr"
                     else "ye") if after_vowel else "e"
        elif ch == "ё":
            value = "o" if prev in "жчшщ" else {"de": "jo", "fr": "io"}.get(system, "yo")
        elif ch == "с" and system in ("de", "fr") and prev in _CYR_VOWELS and nxt in _CYR_VOWELS and prev.isalpha():
            value = "ss"
        elif ch == "г" and system == "fr" and nxt in "еиыэ":
            value = "gu"
        elif ch in "ий" and nxt == " " and prev in "иы" and system in ("de", "fr"):
            value = ""  # -ий → -i, -ый → -y
        out.append(value)
    text = "".join(out)
    if system == "fr" and text.endswith("in"):
        text += "e"  # Poutine, Kouzmine
    return text


def _cyrillic_readings(word: str, table: dict[str, str]) -> tuple[str, ...]:
    """Other romanisations of a Cyrillic name word (primary first). Cached per word: a register
    of a million names has far fewer distinct Cyrillic words than names."""
    for n, known in enumerate((T.CYRILLIC, _CYR_UKRAINIAN, _CYR_UZBEK)):
        if table is known:
            return _cyrillic_readings_cached(word, n)
    return _cyrillic_readings_uncached(word, table)


@lru_cache(maxsize=131072)
def _cyrillic_readings_cached(word: str, table: int) -> tuple[str, ...]:
    return _cyrillic_readings_uncached(word, (T.CYRILLIC, _CYR_UKRAINIAN, _CYR_UZBEK)[table])


def _cyrillic_readings_uncached(word: str, table: dict[str, str]) -> tuple[str, ...]:
    primary = _latin_key(_romanise_cyrillic(word, table))
    out = [primary]
    systems = ("de", "fr", "bgn", "ru") if table is _CYR_UKRAINIAN else ("de", "fr", "bgn")
    for system in systems:
        reading = _latin_key(_cyrillic_system(word, system))
        if reading and reading not in out:
            out.append(reading)
    return tuple(out)


def _latin_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", anyascii(text).lower())


def _romanise_cyrillic(text: str, table: dict[str, str] | None = None) -> str:
    lower = text.lower()
    if table is None:
        table = _cyrillic_table(lower)
    out: list[str] = []
    prev = " "
    for ch in lower:
        if ch in table:
            value = table[ch]
            # е after a vowel or at a word start reads "ye" (BGN); passport "e"
            # is folded to the same form later.
            if ch == "е" and (not prev.isalpha() or prev in "аеёиоуыэюяіїєъь"):
                value = "ye"
            out.append(value)
        else:
            out.append(ch)
        prev = ch
    return "".join(out)


_ARABIC_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200c\u200d]")


_ARABIC_NORMALISE_TABLE = str.maketrans(T.ARABIC_NORMALISE)


def _normalise_arabic(word: str) -> str:
    return _ARABIC_DIACRITICS.sub("", word).translate(_ARABIC_NORMALISE_TABLE)


_ARABIC_NAMES = {_normalise_arabic(k): v for k, v in T.ARABIC_NAMES.items()}


# Letters Latin spellings write another way than ARABIC_LETTERS does: thaal, dhaad, zaa as d/dh
# (Ladhiqi, Diya, Hafidh), thaa as th (Thamer, Uthman), as well as s/z (Samer is another name).
_ARABIC_OTHER_READING = str.maketrans({"ث": "ت", "ذ": "د", "ض": "د", "ظ": "د"})


@lru_cache(maxsize=65536)
def _arabic_other_reading(word: str) -> str:
    """The Latin reading of a normalised vowel-less Arabic word with its interdental letters read as
    t/d, or "" if it has none."""
    other = word.translate(_ARABIC_OTHER_READING)
    if other == word:
        return ""
    latin, vowelless = _romanise_arabic_word(other)
    return "".join(latin) if vowelless and len(latin) == 1 else ""


def _romanise_arabic_word(word: str) -> tuple[list[str], bool]:
    """An Arabic-script word → Latin words, and whether they lack vowels."""
    word = _normalise_arabic(word)
    if not word:
        return [], False
    if word in _ARABIC_NAMES:
        return [_ARABIC_NAMES[word]], False
    if word.startswith("ال") and len(word) > 3:
        rest = word[2:]
        if rest in _ARABIC_NAMES:
            return [_ARABIC_NAMES[rest]], False
        word = rest
    if word.startswith("عبد") and len(word) > 4:
        rest = word[3:]
        if rest.startswith("ال"):
            rest = rest[2:]
        if rest in ("له", "لله"):
            return ["abdullah"], False
        inner, vowelless = _romanise_arabic_word(rest)
        return ["abd", *inner], vowelless
    if word.endswith("الله") and len(word) > 5:
        inner, _ = _romanise_arabic_word(word[:-4])
        return ["".join(inner) + "ullah"], True
    out: list[str] = []
    for i, ch in enumerate(word):
        if ch == "و":
            out.append("w" if i == 0 else "u")
        elif ch == "ی":
            out.append("y" if i == 0 else "i")
        elif (ch == "ه" and i == len(word) - 1 and i > 0 and word[i - 1] not in "اوی") or (ch in "اع" and i == 0):
            # An initial alif or ain is written as a vowel in Latin (Attar, Adnan, Issam, Omar).
            out.append("a")
        elif ch == "ه" and out and out[-1] in ("z", "s"):
            # Not a digraph: "zh" would fold to j (الزهراني is Zahrani, not Jrani), "sh" read as ش.
            # The h drops out of the consonant skeleton anyway.
            out.append("")
        else:
            out.append(T.ARABIC_LETTERS.get(ch, anyascii(ch)))
    return ["".join(out)], True


_DEVA_CONSONANT = re.compile("[\u0915-\u0939\u0958-\u095f]")
_DEVA_VIRAMA = "\u094d"
_DEVA_NUKTA = {"क": "q", "ख": "kh", "ग": "gh", "ज": "z", "ड": "r", "ढ": "rh", "फ": "f"}


def _romanise_devanagari(text: str) -> str:
    """Devanagari → Latin with the inherent vowel restored.

    A consonant not followed by a vowel sign or virama carries "a", except a
    single consonant at the end of a word (schwa deletion: राम → ram); a final
    conjunct keeps it (नरेन्द्र → narendra).
    """
    out: list[str] = []
    n = len(text)
    for i, ch in enumerate(text):
        if ch == "\u093c":  # nukta
            continue
        roman = T.DEVANAGARI_OVERRIDES.get(ch)
        if i + 1 < n and text[i + 1] == "\u093c" and ch in _DEVA_NUKTA:
            roman = _DEVA_NUKTA[ch]  # फ़ → f, ज़ → z
        if roman is None:
            roman = anyascii(ch) if ch != _DEVA_VIRAMA else ""
            if ch in "\u0902\u0901":  # anusvara, candrabindu
                roman = "n"
        out.append(roman)
        if _DEVA_CONSONANT.match(ch):
            j = i + 1
            if j < n and text[j] == "\u093c":
                j += 1
            nxt = text[j] if j < n else " "
            if "\u093e" <= nxt <= "\u094c" or nxt in (_DEVA_VIRAMA, "\u0962", "\u0963"):
                continue
            at_end = not ("\u0900" <= nxt <= "\u097f")
            cluster = i >= 2 and text[i - 1] == _DEVA_VIRAMA
            if not at_end or cluster or i == 0:
                out.append("a")
    return "".join(out)


def _romanise_run(run: str, script: str) -> str:
    if script == "Cyrl":
        return _romanise_cyrillic(run)
    if script == "Hani":
        return " ".join(_romanise_han_person(_t2s(run)))
    if script == "Arab":
        words: list[str] = []
        for word in run.split():
            words.extend(_romanise_arabic_word(word)[0])
        return " ".join(words)
    if script == "Deva":
        return " ".join(_romanise_devanagari(word) for word in run.split())
    if script == "Hang":
        # anyascii capitalises each syllable block: "GimJeongEun".
        return " ".join(re.sub(r"(?<=[a-z])(?=[A-Z])", "-", anyascii(word)) for word in run.split())
    return anyascii(run)


def _script_runs(text: str) -> list[tuple[str, str]]:
    if text.isascii():
        return [(text, "Latn" if _ASCII_LETTER.search(text) else "Zyyy")] if text else []
    if one := _one_block_script(text):
        return [(text, one)]
    runs: list[tuple[str, str]] = []
    current = ""
    cur_script = "Zyyy"
    for ch in text:
        code = _char_script(ch)
        if code in ("Zyyy", cur_script) or (code == "Latn" and cur_script == "Zyyy"):
            current += ch
            if cur_script == "Zyyy" and code != "Zyyy":
                cur_script = code
            continue
        if cur_script == "Zyyy":
            cur_script = code
            current += ch
            continue
        runs.append((current, cur_script))
        current, cur_script = ch, code
    if current:
        runs.append((current, cur_script))
    return runs


@lru_cache(maxsize=65536)
def romanise(text: str) -> str:
    """Romanise ``text`` (any script) to lower-case ASCII words.

    Words are separated by single spaces; punctuation is dropped except inside
    words, where apostrophes vanish and hyphens separate words.
    """
    text = unicodedata.normalize("NFKC", text)
    pieces = [_romanise_run(run, script) for run, script in _script_runs(text)]
    ascii_text = anyascii(" ".join(pieces)).lower()
    ascii_text = re.sub(r"['`’ʼ]", "", ascii_text)
    return " ".join(re.findall(r"[a-z0-9]+", ascii_text))


# ---------------------------------------------------------------------------
# Folding: one comparison spelling for the many romanisations of a sound
# ---------------------------------------------------------------------------
def _first_group(match: re.Match[str]) -> str:
    return match.group(1)


# A replacement is a string without group references, or a function: a template such as r"\1" costs
# a call into the re module's Python code on every substitution, match or not.
_FOLD_STEPS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"tsch|tz|ts", "9"),
        (r"shch|sch", "sh"),
        (r"tch|ch", "9"),  # placeholder: ch is never read as k below
        (r"dzh|dj|zh", "j"),  # before the German j: Khodjaev is Khodzhaev
        (r"(?<=[bcfgklmnprstvwz])j(?=[aeiou])", "y"),  # German/Polish j: Wjatscheslaw
        (r"oh$", "o"),
        (r"aur", "or"),  # Rathaur / Rathore
        (r"kh", "h"),
        (r"ph", "f"),
        (r"th", "t"),
        (r"gh", "g"),
        (r"ck", "k"),
        (r"q", "k"),
        (r"x", "ks"),
        (r"w", "v"),
        (r"ou|oo", "u"),
        (r"ee", "i"),
        (r"gu(?=[ei])", "g"),
        (r"y", "i"),
        (r"^ie", "e"),
        (r"(?<=[bcdfgklmnprstvz])io(?=v)", "e"),  # Zhuravlyov / Zhuravlev (ё written е)
        (r"(?<=[aeiou])i(?=[aeiou])", ""),
        (r"(?<=[eiy])j$", "i"),  # Sergej, Selenskyj (not Raj, Manoj)
        (r"c(?![eiy])", "k"),
        (r"9", "c"),
        (r"(.)\1+", _first_group),
    )
)


# For each step, substrings one of which it needs in order to match: a step whose substrings are
# all absent from the word is skipped (most are, and a membership test costs a tenth of a substitution).
_FOLD_NEEDS: tuple[tuple[str, ...], ...] = (
    ("ts", "tz"), ("ch",), ("ch",), ("dj", "zh"), ("j",), ("oh",), ("aur",), ("kh",), ("ph",), ("th",), ("gh",),
    ("ck",), ("q",), ("x",), ("w",), ("ou", "oo"), ("ee",), ("gu",), ("y",), ("ie",), ("io",), ("i",), ("j",),
    ("c",), ("9",), ("",),
)
_FOLD_PLAN = tuple((pattern, repl, needs) for (pattern, repl), needs in zip(_FOLD_STEPS, _FOLD_NEEDS, strict=True))
# Any step's pattern (the steps have no groups but the last one's, which stays group 1). A word none of
# them matches is its own fold: the first step leaves it as it is, so the second sees it unchanged, and
# so on. One search instead of a test per step, for the many words that need no folding.
_FOLD_ANY = re.compile("|".join(pattern.pattern for pattern, _ in _FOLD_STEPS))


def _fold_word(word: str) -> str:
    """:func:`fold`, not through its cache (for one-off strings)."""
    if not word or word.isdigit() or not _FOLD_ANY.search(word):
        return word
    for pattern, repl, needs in _FOLD_PLAN:
        for need in needs:
            if need in word:
                word = pattern.sub(repl, word)
                break
    return word


@lru_cache(maxsize=262144)
def fold(word: str) -> str:
    """Fold a romanised word to a spelling-insensitive comparison form.

    Merges common transliteration differences: kh/h, y/i, ou/oo/u, w/v, q/k,
    zh/dzh/j, ye-/e-, ICAO ia/iu vs ya/yu, doubled letters.
    """
    return _fold_word(word)


_SKELETON_DROP = str.maketrans("", "", "aeiouhv")


@lru_cache(maxsize=262144)
def skeleton(raw: str) -> str:
    """Consonant skeleton of a romanised word: folded, "kh" kept as k, vowels,
    h and semivowels dropped after the first letter. Used to compare with
    vowel-less scripts (Arabic, Urdu, Hebrew) and as an index key."""
    form = fold(raw.replace("kh", "k"))
    if not form:
        return form
    head, tail = form[0], form[1:]
    if head in "ei":
        head = "i"
    elif head in "aou":
        head = "a"
    return head + tail.translate(_SKELETON_DROP)


def _fold_table(groups: tuple[tuple[str, ...], ...]) -> dict[str, str]:
    table: dict[str, str] = {}
    for group in groups:
        head = fold(group[0])
        for word in group:
            table.setdefault(fold(word), head)
    return table


_VARIANTS = _fold_table(T.NAME_VARIANTS + T.KOREAN_SURNAME_VARIANTS)
_NICKNAMES: dict[str, frozenset[str]] = {}
for _group in T.NICKNAMES:
    _full = fold(_group[0])
    for _nick in _group[1:]:
        _NICKNAMES[fold(_nick)] = _NICKNAMES.get(fold(_nick), frozenset()) | {_full, _VARIANTS.get(_full, _full)}

def nickname_of(form: str) -> frozenset[str]:
    """Folded full forms a folded nickname may stand for ("ted" → theodore, edward)."""
    return _NICKNAMES.get(form, frozenset())


_COMMON_NAMES = frozenset(
    fold(w)
    for w in _words(
        "muhammad ahmad ali abd abdul abu hasan husain khan shah mir gul jan din nur allah kim lee li wang "
        "zhang liu chen singh kumar devi bibi begum malik mohammad mohammed mohd md"
    )
)
LINKS = frozenset(fold(w) for w in T.PATRONYM_LINKS)
_PARTICLES = frozenset(fold(w) for w in T.PATRONYM_LINKS | T.NOBILIARY | T.TURKIC_PATRONYMIC)
_TITLES = frozenset(T.TITLES_LATIN)
_PATRONYMIC_RE = re.compile(r"(ovich|evich|ovic|evic|ovych|evych|ich|ovna|evna|ichna|ivna|yevna|ievna)$")


# ---------------------------------------------------------------------------
# Chinese (pinyin / Wade-Giles) syllables in Latin names
# ---------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _pinyin_syllables() -> frozenset[str]:
    from pypinyin.pinyin_dict import pinyin_dict

    out: set[str] = set()
    for value in pinyin_dict.values():
        for reading in value.split(","):
            plain = "".join(c for c in unicodedata.normalize("NFD", reading) if not unicodedata.combining(c))
            out.add(plain.replace("ü", "v"))
    out.difference_update(("", "hm", "hng", "m", "n", "ng", "r", "yo"))  # interjections, not name syllables
    return frozenset(out)


@lru_cache(maxsize=262144)
def _segment_pinyin(word: str) -> tuple[str, ...] | None:
    """Split a word into pinyin syllables (longest first), or None."""
    if not word:
        return ()
    syllables = _pinyin_syllables()
    for size in range(min(6, len(word)), 0, -1):
        head = word[:size]
        if head in syllables:
            rest = _segment_pinyin(word[size:])
            if rest is not None:
                return (head, *rest)
    return None


def pinyin_syllable_count(word: str) -> int:
    """How many pinyin syllables a word is written with (0 if it is no pinyin)."""
    seg = _segment_pinyin(word) if word else None
    return len(seg) if seg else 0


def is_pinyin(word: str) -> bool:
    """Whether a word is a sequence of pinyin syllables."""
    return bool(word) and _segment_pinyin(word) is not None


_WG_NO_E = frozenset("lmfns")


@lru_cache(maxsize=65536)
def _wade_giles(syllable: str) -> tuple[str, ...]:
    """Pinyin readings of a Wade-Giles syllable (empty if it is not one)."""
    syllables = _pinyin_syllables()
    out: list[str] = []
    for initial, targets in T.WADE_GILES_INITIALS:
        if not syllable.startswith(initial):
            continue
        final = syllable[len(initial) :].lstrip("'")
        if initial in ("ss", "sz", "tz", "ts", "tz'", "ts'") and final in ("u", "e"):
            final_py = "i" if final == "u" else "e"
        elif final in T.WADE_GILES_FINALS:
            final_py = T.WADE_GILES_FINALS[final]
        else:
            continue
        for target in targets:
            if target == "j" and not final_py.startswith(("i", "u")):
                continue
            if target == "q" and not final_py.startswith(("i", "u")):
                continue
            if target in ("zh", "ch") and final_py.startswith("i") and final_py != "i":
                continue
            # Wade-Giles "o" is pinyin "uo", or "e" after k, k', h ("Ho" is He).
            fins: tuple[str, ...] = (final_py,)
            if final_py == "o":
                fins = (final_py, "uo") if initial in _WG_NO_E else (final_py, "uo", "e")
            for fin in fins:
                cand = target + fin
                if cand in syllables and cand not in out:
                    out.append(cand)
        break
    if not out and syllable[:1] in "iu" and "y" + syllable in syllables:
        out.append("y" + syllable)  # Taiwanese passports: Ing-wen (ying), In (yin)
    if out and syllable[:1] == "y" and syllable in syllables and syllable not in out:
        out.append(syllable)  # "yu" is yü written without its diaeresis (pinyin yu) as well as pinyin you
    if not out and syllable in syllables:
        out.append(syllable)  # same in both systems ("ma", "lin")
        if syllable.endswith("o") and syllable[:-1] + "uo" in syllables:
            out.append(syllable[:-1] + "uo")  # Wade-Giles "lo" is pinyin "luo"
    return tuple(out[:4])


# Spellings only Wade-Giles has (pinyin writes none of them): a word made of
# Wade-Giles syllables with one of these is read as Wade-Giles even when its
# syllables are written together ("Chihkang" is chih-kang, Zhigang).
_WG_MARKS = re.compile(r"hs|ih|ieh|ts|tz|ung|uei|ien|ueh|chi[aenu]|'")  # chi+: pinyin writes ji/qi


def _segment_wade_giles(word: str) -> list[str] | None:
    """A joined word as two or three Wade-Giles syllables, if it is one with a
    spelling only Wade-Giles has; else None."""
    if len(word) > 14 or not _WG_MARKS.search(word) or not word.isascii():
        return None

    def split(rest: str, n: int) -> list[str] | None:
        if not rest:
            return []
        if n == 0:
            return None
        for size in range(min(6, len(rest)), 1, -1):  # longest first; one-letter syllables are too loose
            head = rest[:size]
            if _wade_giles(head):
                tail = split(rest[size:], n - 1)
                if tail is not None:
                    return [head, *tail]
        return None

    pieces = split(word, 3)
    return pieces if pieces is not None and len(pieces) >= 2 else None


def _chinese_alternatives(word: str) -> tuple[str, ...]:
    """Pinyin readings of a Latin word written in Wade-Giles ("chien-kuo", "chienkuo")."""
    pieces = [p for p in word.split("-") if p]
    if len(pieces) == 1 and not _wade_giles(pieces[0]):
        pieces = _segment_wade_giles(pieces[0]) or pieces
    if not pieces or len(pieces) > 3:
        return ()
    readings: list[list[str]] = [[]]
    for piece in pieces:
        options = list(_wade_giles(piece))
        if not options:
            return ()
        readings = [[*r, o] for r in readings for o in options][:8]
    return tuple(dict.fromkeys("".join(r) for r in readings))


# ---------------------------------------------------------------------------
# Tokenising and part construction
# ---------------------------------------------------------------------------
_ABD_RE = re.compile(r"^abd(?:ou|u|e|a|o|i)?(?:l|r|s|z|n|sh|t|d)?(.+)$")
_DIN_RE = re.compile(r"^(.{3,}?)(?:uddin|uddeen|eddine|eddin|addin|aldin|iddin|udin|edin)$")


_FEMININE = ("ova", "eva", "ina", "ska", "aia", "skaia")
_MASCULINE = ("ov", "ev", "in", "ski", "skii", "oi")


def gender_pair(a: str, b: str, final_e: bool = True) -> bool:
    """Whether two folded forms are the male and female form of one name."""
    if (a.endswith(_FEMININE) and b.endswith(_MASCULINE)) or (b.endswith(_FEMININE) and a.endswith(_MASCULINE)):
        stem_a, stem_b = a.rstrip("aeiv"), b.rstrip("aeiv")
        if stem_a[:1] == stem_b[:1] and abs(len(stem_a) - len(stem_b)) <= 2:
            return True  # Sokolov/Sokolova, Yuldashev/Yuldasheva, Zelenski/Zelenska
    if len(a) > len(b):
        a, b = b, a
    if len(a) < 3:
        return False
    if b == a + "a" or (final_e and len(a) >= 4 and a[-1] not in "aeiou" and b == a + "e"):
        return True  # Aleksandr/Aleksandra, Francois/Francoise
    if len(a) == len(b) >= 4 and a[:-1] == b[:-1] and {a[-1], b[-1]} == {"o", "a"}:
        # Mario/Maria, Fernando/Fernanda; not Lukashenko/Lukashenka (Russian/Belarusian).
        return not a.endswith(("nko", "nka"))
    if len(a) == len(b) and a[:-1] == b[:-1] and {a[-1], b[-1]} == {"i", "a"} and a[:-1].endswith(("sk", "tsk", "ck")):
        return True
    if b.endswith("ika") and a.endswith("ak") and a[:-2] == b[:-3]:
        return True  # Deepak / Deepika, Kanak / Kanika
    if b.endswith("na") and a.endswith("ch"):  # Viktorovich / Viktorovna
        return a[:-4] == b[:-4] or a[:-3] == b[:-3]
    return False


@lru_cache(maxsize=262144)
def make_part(raw: str, kind: int = 0) -> Part:
    """Build (and intern) a part from a romanised word."""
    form = fold(raw.replace("-", ""))
    alts: list[str] = []
    if not kind & (VOWELLESS | NUMBER | CONCEPT):
        for alt in _chinese_alternatives(raw):
            folded = fold(alt)
            if folded != form:
                alts.append(folded)
        if "x" in raw and not raw.endswith("x"):
            alts.append(fold(raw.replace("-", "").replace("x", "kh")))
    if len(raw) == 1 and not kind & NUMBER:
        kind |= INITIAL
    group = _VARIANTS.get(form, "")
    if not group:
        for alt in alts:
            if alt in _VARIANTS:
                group = _VARIANTS[alt]
                break
    if form in _PARTICLES:
        kind |= PARTICLE
    elif form in _COMMON_NAMES or group in _COMMON_NAMES:
        kind |= COMMON
    elif len(form) > 6 and _PATRONYMIC_RE.search(raw):
        kind |= PATRONYMIC
    return Part(form, tuple(alts), skeleton(raw.replace("-", "")), kind, group, raw.replace("-", ""))


_LEGAL_SEQUENCES: list[tuple[tuple[str, ...], str]] = sorted(
    ((tuple(romanise(seq).split()), cls) for cls, seqs in T.LEGAL_FORMS.items() for seq in seqs),
    key=lambda item: -len(item[0]),
)
_LEGAL_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _seq, _cls in _LEGAL_SEQUENCES:
    if _seq:
        _LEGAL_FIRST.setdefault(_seq[0], []).append((_seq, _cls))
_ORG_TERMS = {**T.ORG_TERMS_LATIN, **T.ORG_TERMS_EXTRA}
_ORG_TERMS_FOLDED = {fold(romanise(k)): v for k, v in _ORG_TERMS.items()}
for _han, _concept in T.ORG_TERMS_HAN.items():
    if len(_han) > 1:  # the pinyin of a Han word means the same ("wuliu" = 物流)
        _ORG_TERMS_FOLDED.setdefault(fold("".join(_pinyin(_han))), _concept)
_NUMBER_WORDS = {fold(k): v for k, v in T.NUMBER_WORDS.items()}
_ROMAN_RE = re.compile(r"^(?=[mdclxvi]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_CYR_STEMS = sorted(T.ORG_TERMS_CYRILLIC.items(), key=lambda kv: -len(kv[0]))
_HAN_ORG_WORDS = sorted(T.ORG_TERMS_HAN.items(), key=lambda kv: -len(kv[0]))
# The same, by first character (longest first within each): a name is scanned character by character.
_HAN_ORG_BY_FIRST: dict[str, list[tuple[str, str]]] = {}
for _word, _concept in _HAN_ORG_WORDS:
    _HAN_ORG_BY_FIRST.setdefault(_word[0], []).append((_word, _concept))
_ARABIC_ORG = {_normalise_arabic(k): v for k, v in T.ORG_TERMS_ARABIC.items()}
_TITLE_SEQS = {seq: len(seq) for seq in T.TITLE_SEQUENCES}


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Country names and demonyms-free short forms (folded), for organisations."""
    import pycountry

    words: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and " " not in value and "," not in value:
                words.add(fold(romanise(value)))
    words.update(fold(w) for w in _words("usa uk russia iran syria china hongkong europe asia africa america"))
    words.update(fold(c) for c in T.PLACE_CONCEPTS)
    words.update(fold(c.replace(" ", "")) for c in T.CHINESE_PLACES.values())
    return frozenset(words)


def _pre_tokens(text: str, org: bool) -> tuple[list[tuple[str, int]], set[str], dict[str, str]]:
    """Split a name (any script) into romanised words with kind hints.

    Returns the words, the legal-form classes found in native script and the
    concepts of romanised Cyrillic organisation words.
    """
    text = unicodedata.normalize("NFKC", text).strip()
    legal: set[str] = set()
    words: list[tuple[str, int]] = []
    concepts: dict[str, str] = {}
    han_native: list[str] = []
    for run, script in _script_runs(text):
        if script == "Hani":
            words.extend(_han_words(_t2s(run), org, legal, han_native))
        elif script == "Cyrl":
            table = _cyrillic_table(run)
            for word in re.split(r"[\s,;\"«»“”„()-]+" if org else r"[\s,;.\"«»“”„()]+", run):
                low = word.lower().strip(".-'")
                if not low:
                    continue
                if not org and len(low) == 1:
                    words.append((_romanise_cyrillic(low)[:1], 0))  # Ю. → y, Е. → e
                    continue
                if org and low in T.LEGAL_FORMS_CYRILLIC:
                    legal.add(T.LEGAL_FORMS_CYRILLIC[low])
                    continue
                if not org:
                    # Other transliteration systems as alternative readings ("#").
                    for piece in word.strip(".-'").split("-"):
                        if piece:
                            words.append(("#".join(_cyrillic_readings(piece, table)), CYRL))
                    continue
                roman = _romanise_cyrillic(word.strip(".-'"), table)
                if org:
                    concept = next((c for stem, c in _CYR_STEMS if low.startswith(stem)), None)
                    if concept is not None:
                        # Kept romanised so that legal forms ("акционерное
                        # общество") are still recognised; the concept wins after.
                        concepts[romanise(roman)] = concept
                words.append((roman, 0))
        elif script == "Arab":
            for word in re.split(r"[\s,;\"()«»]+", run.replace("ذ.م.م", "ذمم")):
                norm = _normalise_arabic(word)
                if org and norm in T.LEGAL_FORMS_ARABIC:
                    legal.add(T.LEGAL_FORMS_ARABIC[norm])
                    continue
                if org and norm.startswith("لل") and len(norm) > 4:
                    norm = norm[2:]  # "للتجارة": for the trading
                if not norm:
                    continue
                if org:
                    key = norm[2:] if norm.startswith("ال") and norm[2:] in _ARABIC_ORG else norm
                    if key in _ARABIC_ORG:
                        words.append((_ARABIC_ORG[key] + "|" + "".join(_romanise_arabic_word(key)[0]), CONCEPT))
                        continue
                if norm == "الله" and words and not org:
                    # "حکیم اللہ" is one name, Hakimullah.
                    prev, prev_kind = words[-1]
                    words[-1] = (prev + "ullah", prev_kind | VOWELLESS)
                    continue
                latin, vowelless = _romanise_arabic_word(norm)
                if vowelless and len(latin) == 1 and not org:
                    other = _arabic_other_reading(norm)
                    if other:
                        latin = [latin[0] + "#" + other]
                words.extend((w, VOWELLESS if vowelless else 0) for w in latin)
        elif script == "Deva":
            for word in run.split():
                if word.strip(".") in T.TITLES_DEVA or word in T.TITLES_DEVA:
                    continue
                words.append((T.DEVANAGARI_NAMES.get(word) or _romanise_devanagari(word), DEVA))
        elif script == "Hebr":
            words.extend(_hebrew_words(run))
        elif script == "Hang":
            words.extend(_hangul_words(run, org))
        elif script == "Thai":
            words.extend(_thai_words(run))
        elif script in ("Kana", "Hira"):
            words.extend((w, VOCALIC | KANA) for w in japanese_long(anyascii(run).lower()).split())
        elif script == "Geor":
            words.append((_romanise_run(run, script), VOCALIC))
        else:
            words.append((_romanise_run(run, script), 0))
    if han_native and org:
        concepts["#native"] = "".join(han_native)
    return words, legal, concepts


def japanese_long(text: str) -> str:
    """Long vowels written as in Hepburn without macrons: Satou, Satoh, Satoo → sato."""
    return re.sub(r"(?<=o)[uoh](?![aeiou])|(?<=u)u", "", text)


def _hebrew_words(run: str) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for word in re.split(r"[\s,;()\-־]+", run):
        word = re.sub("[\u0591-\u05c7\"'״׳.]", "", word)
        if not word or word in T.TITLES_HEBREW:
            continue
        if word in T.HEBREW_WORDS:
            out.append((T.HEBREW_WORDS[word], 0))
            continue
        letters: list[str] = []
        for i, ch in enumerate(word):
            if ch in "וי" and i > 0:
                letters.append("u" if ch == "ו" else "i")
            elif ch == "א":
                letters.append("a" if i == 0 else "")
            elif ch == "כ" and i > 0:
                letters.append("kh")
            else:
                letters.append(T.HEBREW_LETTERS.get(ch, ""))
        out.append(("".join(letters), VOWELLESS))
    return out


def _hangul_words(run: str, org: bool) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for word in run.split():
        word = word.replace("(주)", "").replace("㈜", "")
        for title in T.TITLES_HANGUL:
            if word.endswith(title) and len(word) > len(title):
                word = word[: -len(title)]
        if not word or word in T.TITLES_HANGUL:
            continue
        if org:
            for suffix, concept in T.ORG_TERMS_HANGUL.items():
                if word.endswith(suffix) and len(word) > len(suffix):
                    out.append((_romanise_hangul(word[: -len(suffix)]), 0))
                    out.append((concept, CONCEPT))
                    break
            else:
                out.append((_romanise_hangul(word), 0))
            continue
        if len(out) == 0 and 2 <= len(word) <= 4 and word[0] in T.KOREAN_SURNAMES:
            out.append((T.KOREAN_SURNAMES[word[0]], 0))
            word = word[1:]
        out.append(("#".join(_korean_readings(word)), 0))
    return out


@lru_cache(maxsize=65536)
def _korean_readings(word: str) -> tuple[str, ...]:
    """Revised Romanization first, then McCune-Reischauer-like and everyday
    spellings (정은: jeongeun, jongun, jungeun, chongun)."""
    syllables = [_romanise_hangul(ch) for ch in word]
    out = ["".join(syllables)]
    for vowels in ((("eo", "o"), ("eu", "u"), ("ui", "i")),
                   (("eong", "ung"), ("yeo", "yu"), ("eo", "o"), ("eu", "u"), ("ui", "i")),
                   (("eong", "ung"), ("yeo", "yu"), ("ui", "i")), (("ui", "i"),)):
        for devoice in (False, True):
            parts: list[str] = []
            for syl in syllables:
                for a, b in vowels:
                    syl = syl.replace(a, b)
                if devoice:
                    for a, b in T.KOREAN_INITIAL_VARIANTS:
                        if syl.startswith(a) and not syl.startswith("ch"):
                            syl = b + syl[len(a):]
                            break
                parts.append(syl)
            out.append("".join(parts))
    return tuple(dict.fromkeys(out))[:6]


_HANGUL_INITIALS = _words("g kk n d tt r m b pp s ss - j jj ch k t p h")
_HANGUL_MEDIALS = _words("a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i")
_HANGUL_FINALS = ("", *_words("k k k n n n t l k m l l l p l m p p t t ng t t k t p t"))


def _romanise_hangul(word: str) -> str:
    """Revised Romanization, syllable by syllable, with final consonants as
    pronounced (빛 → bit), which is how names are written in Latin."""
    out: list[str] = []
    for ch in word:
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            out.append(anyascii(ch).lower())
            continue
        initial = _HANGUL_INITIALS[code // 588]
        medial, final = _HANGUL_MEDIALS[(code % 588) // 28], _HANGUL_FINALS[code % 28]
        out.append(("" if initial == "-" else initial) + medial + final)
    return "".join(out)


_THAI_LEADING = "เแโใไ"


def _thai_words(run: str) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for word in run.split():
        for title in T.TITLES_THAI:
            if word.startswith(title) and len(word) > len(title) + 1:
                word = word[len(title) :]
                break
        if word in T.TITLES_THAI:
            continue
        # Leading vowels are written before the consonant they follow.
        word = re.sub(".\u0e4c", "", word)  # a letter under thanthakhat is silent
        chars = list(word)
        i = 0
        while i < len(chars) - 1:
            if chars[i] in _THAI_LEADING and chars[i + 1] not in _THAI_LEADING:
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
                i += 1
            i += 1
        out.append((anyascii("".join(chars)).lower(), VOWELLESS))
    return out


@lru_cache(maxsize=1)
def _cantonese_table() -> dict[str, tuple[str, ...]]:
    """Cantonese readings keyed by traditional and simplified characters."""
    table: dict[str, tuple[str, ...]] = {}
    for entry in T.CANTONESE.split():
        char, readings = entry[0], tuple(entry[1:].split("/"))
        for key in dict.fromkeys((char, _t2s(char))):
            table[key] = tuple(dict.fromkeys((*table.get(key, ()), *readings)))
    return table


def _combos(options: list[tuple[str, ...]], limit: int) -> list[str]:
    out = [""]
    for opts in options:
        out = [o + x for o in out for x in opts][: limit * 2]
    return list(dict.fromkeys(out))[:limit]


@lru_cache(maxsize=65536)
def _han_given_readings(given: str) -> tuple[str, ...]:
    """Other readings of a Han given name: other Mandarin readings of
    polyphonic characters (长: chang/zhang), Cantonese (志明: chiming)."""
    _, pinyin, style = _pinyin_engine()
    out: list[str] = []
    hetero = pinyin(given, style=style.NORMAL, heteronym=True, errors="ignore")
    if len(hetero) == len(given):
        out.extend(_combos([tuple(r.replace("v", "u") for r in rs[:3]) for rs in hetero], 4))
    canto = _cantonese_table()
    if any(ch in canto for ch in given):
        options = [canto.get(ch) or _pinyin(ch) for ch in given]
        out.extend(_combos([tuple(o) for o in options], 4))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=4096)
def _wade_giles_syllable(syllable: str) -> str:
    """The Wade-Giles spelling of a pinyin syllable (Zhang: Chang, Xin: Hsin, Zi: Tzu, Ge: Ko)."""
    if syllable in T.PINYIN_WADE_GILES_WHOLE:
        return T.PINYIN_WADE_GILES_WHOLE[syllable]
    for a, b in T.PINYIN_WADE_GILES_FINALS:
        if syllable.endswith(a) and len(syllable) > len(a):
            syllable = syllable[: -len(a)] + b
            break
    for a, b in T.PINYIN_WADE_GILES_INITIALS:
        if syllable.startswith(a):
            rest = syllable[len(a):]
            if rest == "i" and a in ("zh", "ch", "sh", "r"):
                rest = "ih"
            elif rest == "i" and a in ("z", "c"):
                return "tzu"
            elif rest == "e" and a in ("g", "k", "h"):
                rest = "o"
            return b + rest
    return syllable


@lru_cache(maxsize=65536)
def _wade_giles_of(han: str) -> str:
    """A Han name part written in Wade-Giles, syllables joined ("chunpo" for 俊博)."""
    return "".join(_wade_giles_syllable(syl) for syl in _pinyin(han))


def _han_person_words(text: str) -> list[tuple[str, int]]:
    """Han person name → [surname, given] with alternative readings ("#")."""
    canto = _cantonese_table()
    words: list[tuple[str, int]] = []
    for chunk in re.split(r"[\s·・.,]+", text):
        if not chunk:
            continue
        if len(chunk) > 4 or "·" in text or "・" in text:
            words.append(("".join(_pinyin(chunk)), HAN))
            continue
        surname, given = _han_surname_split(chunk)
        readings = [_han_surname_pinyin(surname)]
        if surname not in T.HAN_SURNAME_READINGS:
            readings.append(_wade_giles_of(surname))
        if len(surname) == 1:
            readings.extend(canto.get(surname, ()))
        else:
            readings.append("".join(canto.get(ch, ("",))[0] for ch in surname))
        words.append(("#".join(r for r in dict.fromkeys(readings) if r), HAN))
        if given:
            primary = "".join(_pinyin(given))
            # Wade-Giles first among the other readings: the one most Latin documents of the past use.
            words.append(("#".join(dict.fromkeys((primary, _wade_giles_of(given), *_han_given_readings(given)))),
                          HAN))
    return words


@lru_cache(maxsize=1)
def _chinese_places() -> list[tuple[str, str]]:
    return sorted(T.CHINESE_PLACES.items(), key=lambda kv: -len(kv[0]))


@lru_cache(maxsize=1)
def _chinese_places_by_first() -> dict[str, list[tuple[str, str]]]:
    """:func:`_chinese_places` by first character (longest first within each)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for han, name in _chinese_places():
        out.setdefault(han[0], []).append((han, name))
    return out


def _han_run_reading(run: str) -> str:
    """A run of Han characters between organisation words: one part, its
    full pinyin (no segmenter needed: a Latin name in pinyin is joined to
    meet it), Cantonese as an alternative reading ("#")."""
    primary = "".join(_pinyin(run))
    canto = _cantonese_table()
    readings = [primary]
    if all(ch in canto for ch in run):
        readings.extend(_combos([canto[ch] for ch in run], 2))
    return "#".join(dict.fromkeys(readings))


def _han_words(text: str, org: bool, legal: set[str], native: list[str] | None = None) -> list[tuple[str, int]]:
    if not org:
        return _han_person_words(_strip_han_titles(text))
    for suffix, cls in T.LEGAL_FORMS_HAN:
        if text.endswith(suffix) and len(text) > len(suffix):
            text = text[: -len(suffix)]
            legal.add(cls)
            break
    out: list[tuple[str, int]] = []
    pending = ""

    def place(name: str, han: str) -> None:
        out.append((name.replace(" ", "") + "|" + "".join(_pinyin(han)), CONCEPT | PLACE))

    def flush() -> None:
        if not pending:
            return
        if native is not None:
            native.append(pending)
        out.append((_han_run_reading(pending), HAN))

    i = 0
    while i < len(text):
        if not pending:
            hit = next(((h, n) for h, n in _chinese_places_by_first().get(text[i], ()) if text.startswith(h, i)),
                       None)
            if hit is not None:
                place(hit[1], hit[0])
                i += len(hit[0])
                suffix = next((s for s in T.HAN_ADMIN_SUFFIXES if text.startswith(s, i)), "")
                i += len(suffix)
                continue
        suffix = next((s for s in T.HAN_ADMIN_SUFFIXES if text.startswith(s, i)), "")
        if suffix and len(pending) >= 2 and i + len(suffix) < len(text):
            place("".join(_pinyin(pending)), pending)  # 温岭市: a place not in the table
            pending = ""
            i += len(suffix)
            continue
        for word, concept in _HAN_ORG_BY_FIRST.get(text[i], ()):
            if text.startswith(word, i) and (len(word) > 1 or i + 1 == len(text)):
                flush()
                pending = ""
                out.append((concept + "|" + "".join(_pinyin(word)), CONCEPT))
                i += len(word)
                break
        else:
            if _char_script(text[i]) == "Hani":
                pending += text[i]
            else:
                flush()
                pending = ""
            i += 1
    flush()
    return out


_PLAIN_RE = re.compile(r"[a-z0-9 ]*")
_CHUNK_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _latin_words(text: str, org: bool) -> list[str]:
    """Split romanised-or-Latin text into lower-case words, keeping hyphens
    only between Chinese syllables ("jian-guo")."""
    if not text.isascii():
        text = anyascii(text)
    text = text.lower()
    if not _PLAIN_RE.fullmatch(text):
        text = text.replace("&", " and ")
        if "/" in text:
            text = re.sub(r"\b[sd]/o\b", " bin ", text)  # "s/o", "d/o": son / daughter of
        text = re.sub(r"['`’ʼ]", "", text)
        if "-" in text:
            text = re.sub(r"-{2,}", "-", text)  # "Jin--min": a doubled hyphen is one
            # Izafat: "lashkar-e-taiba", "tehrik-i-taliban".
            text = re.sub(r"-(?:e|i|o)-", " ", text)
        if "." in text:
            # Initials written together: "j.-c." / "a.b.c." / "e.v."
            text = re.sub(r"\b([a-z])\.(?=[a-z-]\b|-?[a-z]\.)", r"\1 ", text)
    else:
        return text.split()
    out: list[str] = []
    for chunk in _CHUNK_RE.findall(text):
        if "-" not in chunk:
            out.append(chunk)
            continue
        pieces = chunk.split("-")
        if not org and len(pieces) == 2 and pieces[1] in _TITLES and len(pieces[0]) <= 4:
            out.append(pieces[0] + pieces[1])  # Korean "Ji-hon", not the title "Hon."
            continue
        if len(pieces) > 1 and not org and all(_segment_pinyin(p) or _wade_giles(p) for p in pieces):
            out.append(chunk)  # Chinese given name in syllables: one part
            continue
        out.extend(p for p in pieces if p)
    return out


# What a word must start or end with for _split_person_word to split it (_ABD_RE, and the endings of
# _DIN_RE; tests/test_matching.py checks them against the patterns).
_SPLIT_STARTS = "abd"
_SPLIT_ENDINGS = ("din", "deen", "dine")


def _may_split(word: str) -> bool:
    """Whether :func:`_split_person_word` may split the word: cheaper than a probe of its cache, and
    most words cannot be split."""
    return word.startswith(_SPLIT_STARTS) or word.endswith(_SPLIT_ENDINGS)


@lru_cache(maxsize=262144)
def _split_person_word(word: str) -> tuple[str, ...]:
    if word.startswith("abd") and word not in ("abd", "abdullah", "abdulla", "abdallah", "abdalla"):
        m = _ABD_RE.match(word)
        if m and len(m.group(1)) >= 3 and m.group(1) not in ("lah", "llah", "ullah", "allah", "ulla", "alla"):
            rest = m.group(1)
            rest = re.sub(r"^(.)\1", r"\1", rest)
            return ("abd", rest)
    m = _DIN_RE.match(word)
    if m and len(word) >= 7:
        return (m.group(1), "din")
    return (word,)


def analyse_uncached(text: str, org: bool) -> NameInfo:
    """:func:`analyse`, not through its cache (an index build analyses each distinct name once)."""
    script = detect_script(text)
    pre, legal, concepts = _pre_tokens(text, org)
    raw_words: list[tuple[str, int]] = []
    readings: dict[str, tuple[str, ...]] = {}
    for value, kind in pre:
        if kind & CONCEPT:
            raw_words.append((value, kind))
            continue
        others: list[str] = []
        if "#" in value:
            value, *others = value.split("#")
        latin = _latin_words(value, org)
        if others and len(latin) == 1:
            readings[latin[0]] = (*readings.get(latin[0], ()), *others)
        for word in latin:
            raw_words.append((word, kind))
    words = _clean_org(raw_words, legal, concepts) if org else _clean_person(raw_words)
    parts = tuple([_concept_part(w, k) if k & CONCEPT else make_part(w, k) for w, k in words if w])
    if readings:
        parts = tuple(_with_readings(p, readings[p.raw]) if p.raw in readings else p for p in parts)
    if script == "Latn" and not org and not text.isascii() and _VIETNAMESE_RE.search(text):
        parts = _vietnamese_marks(text, parts)
    native = ""
    if script in ("Hani", "Hang", "Thai"):
        # Homophones are different names: 习近平 and 习近朋 share a reading.
        chars = _t2s(unicodedata.normalize("NFKC", text)) if script == "Hani" else text
        if script == "Hani" and not org:
            chars = _strip_han_titles(chars)
        if org:
            for suffix in (*(f for f, _ in T.LEGAL_FORMS_HAN), *T.LEGAL_FORMS_HANGUL):
                chars = chars.replace(suffix, "")
            if script == "Hani":
                # The distinctive characters only: not places, legal forms,
                # organisation words (深圳市华信科技 and 深圳华信科技 are one name).
                chars = concepts.get("#native", "")
        native = "".join(ch for ch in chars if _char_script(ch) == script)
    return NameInfo(text, parts, frozenset(legal), script, org, native)


analyse = lru_cache(maxsize=65536)(analyse_uncached)
analyse.__doc__ = "Analyse one name. Cached: a query analyses its names for the index and again for the matcher."


@lru_cache(maxsize=65536)
def _with_readings(part: Part, readings: tuple[str, ...]) -> Part:
    """A part with other romanisations of its native word as alternatives."""
    xalts: list[str] = []
    for reading in readings:
        folded = fold(reading)
        if folded and folded != part.form and folded not in part.alts and folded not in xalts:
            xalts.append(folded)
    xalts = xalts[:8]
    group = part.group or next((_VARIANTS[a] for a in xalts if a in _VARIANTS), "")
    return Part(part.form, part.alts, part.skel, part.kind, group, part.raw, part.mark, tuple(xalts))


@lru_cache(maxsize=65536)
def _concept_part(word: str, kind: int) -> Part:
    """An organisation concept ("wind"), keeping the word it was read from
    ("veter", "|"-separated) as an alternative reading: a romanised name
    ("Severny Veter") meets the translated concept of the native one."""
    concept, _, source = word.partition("|")
    part = make_part(concept, kind)
    alt = fold(source.replace("-", "")) if len(source) >= 3 and source.isalpha() else ""
    if not alt or alt == part.form or alt in part.alts:
        return part
    return Part(part.form, (*part.alts, alt), part.skel, part.kind, part.group, part.raw)


_VIETNAMESE_RE = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯ]")


def _vietnamese_marks(text: str, parts: tuple[Part, ...]) -> tuple[Part, ...]:
    """Attach the diacritic spelling to the parts of a Vietnamese name: tones
    and vowel letters tell names apart (Hưng, Hùng) that fold to one form."""
    marks: dict[str, str] = {}
    for word in re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", text).lower()):
        if not word.isascii():
            marks.setdefault(anyascii(word).lower(), word)
    return tuple(
        Part(p.form, p.alts, p.skel, p.kind, p.group, p.raw, marks[p.raw]) if p.raw in marks else p for p in parts
    )


_TURKIC_FEMALE = frozenset(_words("qizi kizi kyzy gyzy qyzy kyzi"))
_TURKIC_MALE = frozenset(_words("ogli ugli ogly oglu ugly uly uulu"))


_SPECIAL_PERSON_WORDS = frozenset(
    {*_TURKIC_FEMALE, *_TURKIC_MALE, *_TITLES, *T.ARABIC_ARTICLES, *(w for seq in T.TITLE_SEQUENCES for w in seq)}
)


def _clean_person(words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    # Multi-word titles first ("major general", "general maior").
    plain = [w for w, _ in words]
    if _SPECIAL_PERSON_WORDS.isdisjoint(plain):
        # The common case: no title, article, Turkic patronymic word.
        fast: list[tuple[str, int]] = []
        for word, kind in words:
            if kind & VOWELLESS or not _may_split(word):
                fast.append((word, kind))
            else:
                fast.extend([(piece, kind) for piece in _split_person_word(word)])
        return fast
    drop: set[int] = set()
    for i in range(len(plain) - 1):
        if (plain[i], plain[i + 1]) in _TITLE_SEQS:
            drop.update((i, i + 1))
    kept: list[tuple[str, int]] = []
    for i, (w, k) in enumerate(words):
        if i in drop:
            continue
        if w in _TURKIC_FEMALE and kept:
            kept[-1] = (kept[-1][0] + "ovna", kept[-1][1])  # Akmal qizi = Akmalovna
        elif w in _TURKIC_MALE and kept:
            kept[-1] = (kept[-1][0] + "ovich", kept[-1][1])
        else:
            kept.append((w, k))
    result: list[tuple[str, int]] = []
    real = [w for w, k in kept if k & HAN or (w not in _TITLES and w not in T.ARABIC_ARTICLES)]
    for index, (word, kind) in enumerate(kept):
        if kind & HAN:
            result.append((word, kind))  # 何 is He, not the title "H.E."
            continue
        if word in _TITLES:
            # "Mir", "Sayed", "Amir" are titles before a name, name parts within it.
            if (word in T.AMBIGUOUS_TITLES and (len(real) < 2 or index > 0)) or not real:
                result.append((word, kind))
            continue
        if word in T.ARABIC_ARTICLES and len(kept) > 1:
            continue
        if kind & VOWELLESS:
            result.append((word, kind))
            continue
        if _may_split(word):
            result.extend([(piece, kind) for piece in _split_person_word(word)])
        else:
            result.append((word, kind))
    return result


_LETTER_FORMS = frozenset(_words("llc jsc ooo sro srl plc spa bv nv ao sa kk pt lp"))


# Legal forms long enough to be recognised with a one-letter typo ("Limitbd", "Compnay").
_LONG_LEGAL_WORDS = tuple((seq[0], cls) for seq, cls in _LEGAL_SEQUENCES if len(seq) == 1 and len(seq[0]) >= 7)
_MIN_SYLLABLE_RUN = 3


def _misspelt_legal_form(word: str, legal: set[str]) -> bool:
    """Whether ``word`` is a long legal form one edit away (adding its class to ``legal``)."""
    if len(word) < 6 or not word.isalpha():
        return False
    for form, cls in _LONG_LEGAL_WORDS:
        if abs(len(form) - len(word)) <= 1 and OSA.distance(form, word, score_cutoff=1) <= 1:
            legal.add(cls)
            return True
    return False


def _join_syllables(words: list[tuple[str, int]], places: frozenset[str]) -> list[tuple[str, int]]:
    """A Chinese organisation name written syllable by syllable ("Zhuo De Mei Qi Che") as one word, as its
    characters read (卓德美汽车: zhuodemeiqiche): a run of at least three pinyin syllables. Each syllable
    alone would be read as a particle ("de") or a concept ("xi": west) it is not. A place ("Xi An") is
    left apart, as the characters' reading leaves it."""
    syllables = _pinyin_syllables()
    out: list[tuple[str, int]] = []
    run: list[tuple[str, int]] = []
    for word, kind in (*words, ("", CONCEPT)):
        if not kind & (CONCEPT | NUMBER) and 2 <= len(word) <= 6 and word in syllables and fold(word) not in places:
            run.append((word, kind))
            continue
        if len(run) >= _MIN_SYLLABLE_RUN:
            out.append(("".join(w for w, _ in run), run[0][1]))
        else:
            out.extend(run)
        run = []
        if word:
            out.append((word, kind))
    return out


def _clean_org(words: list[tuple[str, int]], legal: set[str], concepts: dict[str, str]) -> list[tuple[str, int]]:
    places = _place_words()
    if len(words) >= 2:
        # A place written in two words: "Hong Kong", "Xi An".
        joined: list[tuple[str, int]] = []
        for word, kind in words:
            if (joined and not (kind | joined[-1][1]) & CONCEPT and len(word) > 1 and len(joined[-1][0]) > 1
                    and fold(joined[-1][0] + word) in places and fold(word) not in places):
                joined[-1] = (joined[-1][0] + word, kind)
            else:
                joined.append((word, kind))
        words = joined
    plain = [w for w, _ in words]
    out: list[tuple[str, int]] = []
    i = 0
    n = len(plain)
    # Single letters in a row form an acronym ("a b c" from "A.B.C.").
    merged: list[tuple[str, int]] = []
    while i < n:
        if len(plain[i]) == 1 and plain[i].isalpha():
            j = i
            while j < n and len(plain[j]) == 1 and plain[j].isalpha():
                j += 1
            tail = next((k for k in (3, 2) if j - i > k and "".join(plain[j - k : j]) in _LETTER_FORMS), 0)
            if tail and j - tail - i == 1 and _ROMAN_RE.match(plain[i]) and merged:
                merged.append((plain[i], NUMBER))  # "Partners V L.P.": a number, then the legal form
                merged.extend((c, words[k][1]) for k, c in enumerate(plain[j - tail : j], j - tail))
                i = j
                continue
            if j - i >= 2:
                letters = "".join(plain[i:j])
                if letters in _LETTER_FORMS:
                    merged.extend((c, words[i][1]) for c in plain[i:j])
                else:
                    merged.append((letters, words[i][1]))
                i = j
                continue
        merged.append(words[i])
        i += 1
    merged = _join_syllables(merged, places)
    plain = [w for w, _ in merged]
    n = len(plain)
    i = 0
    while i < n:
        word, kind = merged[i]
        if kind & CONCEPT:
            out.append((word, kind))
            i += 1
            continue
        matched = False
        for seq, cls in _LEGAL_FIRST.get(word, ()):
            if tuple(plain[i : i + len(seq)]) == seq and (n > len(seq) or out):
                legal.add(cls)
                i += len(seq)
                matched = True
                break
        if matched:
            continue
        if i == n - 1 and out and not kind & HAN and _misspelt_legal_form(word, legal):
            break  # "Limitbd": a legal form with a typo, at the end of the name
        i += 1
        if word == "i" and i == n and len(out) >= 2:
            out.append((word, NUMBER))  # "Capital Trust I"
            continue
        if word in T.STOPWORDS_ORG or word in T.ARABIC_ARTICLES or word in T.IZAFAT:
            continue
        folded = fold(word)
        if word in concepts:
            out.append((concepts[word] + "|" + word, CONCEPT))
        elif folded in _ORG_TERMS_FOLDED:
            out.append((_ORG_TERMS_FOLDED[folded] + "|" + word, CONCEPT))
        elif folded in _NUMBER_WORDS:
            out.append((str(_NUMBER_WORDS[folded]), NUMBER))
        elif word.isdigit() or (_ROMAN_RE.match(word) and len(word) <= 4 and out):
            out.append((word, NUMBER))
        else:
            out.append((word, kind))
    # Merge number words ("forty four" → 44).
    merged_out: list[tuple[str, int]] = []
    for word, kind in out:
        if kind & NUMBER and merged_out and merged_out[-1][1] & NUMBER and word.isdigit():
            prev = merged_out[-1][0]
            if prev.isdigit() and int(prev) % 10 == 0 and int(prev) >= 20 and int(word) < 10:
                merged_out[-1] = (str(int(prev) + int(word)), NUMBER)
                continue
        merged_out.append((word, kind))
    final: list[tuple[str, int]] = []
    for word, kind in merged_out:
        if kind & CONCEPT:
            kind |= GENERIC if word.partition("|")[0] in T.ORG_GENERIC else 0
        elif fold(word) in places:
            kind |= PLACE
        final.append((word, kind))
    return final


# ---------------------------------------------------------------------------
# Index keys
# ---------------------------------------------------------------------------
def is_org(schema: Schema) -> bool:
    """Whether names of this schema are analysed as organisation names."""
    return schema in ORGANISATION_SCHEMAS or schema is Schema.VESSEL


@lru_cache(maxsize=262144)
def _metaphone(form: str) -> str:
    return jellyfish.metaphone(form) if form.isalpha() else form


# Keys a name may have: enough for recall, few enough for a compact index.
MAX_KEYS = 30
_CHINESE_SURNAMES = frozenset(T.CHINESE_SURNAMES_PINYIN)


def _part_keys(part: Part) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Keys of one part: (token keys, character-trigram keys). Computed once per distinct part
    (:func:`_part_facts`); a part of a plausibly Chinese name has :func:`_chinese_keys` as well."""
    keys: list[str] = ["t:" + part.form]
    keys.extend("t:" + alt for alt in part.alts)
    vowelless = part.kind & VOWELLESS
    if not vowelless:
        keys.extend("t:" + alt for alt in part.xalts[:3])
    if part.group:
        keys.append("g:" + part.group)
    if len(part.skel) >= 2:
        keys.append("s:" + part.skel)
        if vowelless:
            # Read without vowels: an initial alif or ain may be any vowel (عصام: Issam), an
            # interdental letter t/d as well as s/z (ثامر: Thamer).
            if len(part.skel) >= 3 and part.skel[0] in "ai":
                keys.append("s:" + ("i" if part.skel[0] == "a" else "a") + part.skel[1:])
            keys.extend("s:" + skel for x in part.xalts[:2] if len(skel := skeleton(x)) >= 2)
    plain = not part.kind & (VOWELLESS | CONCEPT | NUMBER)
    if plain and len(part.form) >= 3:
        keys.append("m:" + _metaphone(part.form))
    grams: tuple[str, ...] = ()
    if plain and len(part.form) >= 4:
        # Typo tolerance: a one-letter error leaves most trigrams intact.
        form = part.form
        grams = tuple(dict.fromkeys("3:" + form[i : i + 3] for i in range(len(form) - 2)))
    return tuple(dict.fromkeys(keys)), grams


@lru_cache(maxsize=65536)
def _chinese_keys(part: Part) -> tuple[str, ...]:
    """Token keys a part has in a plausibly Chinese name, beside :func:`_part_keys`: a Chinese given
    name split into syllables ("jian guo") meets a joined one; so does a company name read from
    characters ("Da Long" / 大隆)."""
    if part.kind & (VOWELLESS | CONCEPT | NUMBER):
        return ()
    seg = _segment_pinyin(part.raw)
    if seg and 1 < len(seg) <= 4 and all(len(syl) >= 2 for syl in seg):
        return tuple("t:" + fold(syl) for syl in seg)
    return ()


class _PartFacts(NamedTuple):
    """What index_keys needs of one part."""

    keys: tuple[str, ...]  # token keys
    grams: tuple[str, ...]  # character-trigram keys
    letter: str  # the form of its initial
    wg: str  # read from Han characters: the form of its Wade-Giles initial where that differs, else ""
    initial_key: str  # "i:" + skeleton + "/", the head of its surname+initial keys
    chinese: bool  # a pinyin or Wade-Giles word
    surname: bool  # a Chinese surname
    head: str  # its first three letters and
    tail: str  # its last three, the windows of _fold_joins_differ ("" unless all letters)


def _part_facts(part: Part) -> _PartFacts:
    """:class:`_PartFacts` of a part, worked out once per part object (parts are interned)."""
    facts: _PartFacts | None = part._facts
    if facts is None:
        keys, grams = _part_keys(part)
        letter = _initial_form(part.raw)
        wg = wade_giles_initial(part.raw) if part.kind & HAN else ""
        facts = _PartFacts(keys, grams, letter, wg if wg and wg != letter else "", "i:" + part.skel + "/",
                           bool(part.alts or _segment_pinyin(part.raw)),
                           part.raw in _CHINESE_SURNAMES or part.form in _CHINESE_SURNAMES,
                           *((part.raw[:3], part.raw[-3:]) if part.raw.isalpha() else ("", "")))
        object.__setattr__(part, "_facts", facts)
    return facts


def _plausibly_chinese(parts: list[Part], facts: list[_PartFacts]) -> bool:
    """Han-read, or every part a pinyin/Wade-Giles word and one a Chinese surname."""
    if any(p.kind & HAN for p in parts):
        return True
    if not 2 <= len(parts) <= 4:
        return False
    return all(f.chinese for f in facts) and any(f.surname for f in facts)


def _key_order(key: str) -> tuple[int, int, str]:
    return (_KEY_PRIORITY.get(key[:2], 9), len(key), key)


def index_keys(name: str, schema: Schema) -> frozenset[str]:
    """Blocking keys of a name for a candidate index (at most about ``MAX_KEYS``).

    Per part: the folded form ("t:") and alternative readings, its variant
    group ("g:"), consonant skeleton ("s:"), metaphone ("m:"), pinyin
    syllables of a plausibly Chinese name, and character trigrams of the
    folded form ("3:", for typos; taken round-robin over the parts until the
    budget is spent). Pairs of parts give an order-free key ("n:") so that a
    common family name plus a given name stays selective; initials give
    surname+initial keys ("i:"), and a person's name without initials the
    same keys for each part with each other part's initial, so that either
    side may be the one written with initials; the joined parts a "j:" key
    (also folded as one word); organisations an acronym ("a:"), and the
    pinyin syllables of a name read from characters ("Da Long" / 大隆).
    """
    return frozenset(name_keys(analyse(name, is_org(schema))))


def name_keys(info: NameInfo) -> set[str]:
    """:func:`index_keys` of an analysed name (a set of its own, for the caller to keep)."""
    org = info.org
    # Particles (de, da, bin) carry little identity in a person's name; in an
    # organisation's they are words like any other ("Da Long" is Dalong).
    parts: tuple[Part, ...] | list[Part] = info.parts
    if not org:
        parts = [p for p in parts if not p.kind & PARTICLE] or parts
    full = [p for p in parts if not p.kind & INITIAL]
    n_full = len(full)
    initials = [p for p in parts if p.kind & INITIAL] if n_full < len(parts) else []
    facts = [_part_facts(p) for p in full]
    chinese = any(p.kind & HAN for p in full) if org else _plausibly_chinese(full, facts)
    keys: set[str] = set()
    grams: list[tuple[str, ...]] = []
    for f in facts:
        keys.update(f.keys)
        if f.grams:
            grams.append(f.grams)
    if chinese:
        for part in full:
            keys.update(_chinese_keys(part))
    for part in initials:
        for other in full:
            for skel in _skels(other):
                keys.add("i:" + skel + "/" + part.form)
    if 2 <= n_full <= 5:
        forms = sorted({p.form for p in full})
        for i, a in enumerate(forms):
            for b in forms[i + 1 :]:
                keys.add("n:" + a + "+" + b)
        if n_full <= 3 and any(p.alts for p in full):
            # The same pairs over each part's first other reading, so that a name in Wade-Giles
            # ("Chien Li") meets the pinyin one ("Li Jian") on a selective key, not on a
            # common surname alone.
            for i, first in enumerate(full):
                for second in full[i + 1 :]:
                    for x in (first.form, *first.alts[:1]):
                        for y in (second.form, *second.alts[:1]):
                            if x != y:
                                keys.add("n:" + x + "+" + y if x < y else "n:" + y + "+" + x)
    if org:
        # Acronyms: "PLA" meets "People's Liberation Army".
        if n_full >= 2:
            keys.add("a:" + "".join([p.raw[0] for p in full if p.raw]))
        elif n_full == 1 and 2 <= len(full[0].raw) <= 6:
            keys.add("a:" + full[0].raw)
    joined = "".join([p.form for p in full])
    if joined:
        keys.add("j:" + joined)
        if n_full >= 2 and _fold_joins_differ(facts):
            # Folding the joined word may differ from joining the folded ones
            # ("Zhong Hua" / "Zhonghua": zhonghua folds as one word). (Not through the fold
            # cache: a name's joined spelling is nearly always a new string.)
            keys.add("j:" + _fold_word("".join([p.raw for p in full])))
    if not org and not initials and 2 <= n_full <= MAX_INITIAL_PARTS:
        # The same surname+initial keys a name written with initials has, so
        # that "S. Kumar" meets "Sanjay Kumar": every part with the initial of
        # every other (which part is the surname varies by culture and order).
        # They take the place of the last trigrams.
        heads = [(part, f.initial_key) for part, f in zip(full, facts, strict=True) if not part.kind & PATRONYMIC]
        for other, f in zip(full, facts, strict=True):
            letter = f.letter
            if not letter:
                continue
            keys.update([head + letter for part, head in heads if part is not other])
            if f.wg:
                # Read from Han characters: the initial of its Wade-Giles spelling too ("K. Shu-ying", 高淑英).
                keys.update([head + f.wg for part, head in heads if part is not other])
    room = MAX_KEYS - len(keys)
    if grams and room > 0:
        # Round-robin over the parts: each part's first trigram, then each one's second...
        order = grams[0] if len(grams) == 1 else [g for g in chain.from_iterable(zip_longest(*grams)) if g]
        fresh = set(order).difference(keys)
        if len(fresh) <= room:
            keys |= fresh  # all of them fit (the common case)
        else:
            for gram in order:
                if gram not in keys:
                    keys.add(gram)
                    room -= 1
                    if not room:
                        break
    if len(keys) > MAX_KEYS:
        # Many parts or readings: keep the most selective kinds of key.
        keys = set(sorted(keys, key=_key_order)[:MAX_KEYS])
    return keys


def _fold_joins_differ(facts: list[_PartFacts]) -> bool:
    """Whether folding parts joined may differ from joining their folded forms: whether it does
    for three letters either side of a join. Never for parts other than letters (digits, hyphens).
    (A name's joined spelling is nearly always a new string, a miss of the fold cache; the short
    windows repeat and hit it.)"""
    if not all([f.tail for f in facts]):
        return False
    left = facts[0].tail
    for f in facts[1:]:
        if _join_differs(left, f.head):
            return True
        left = f.tail
    return False


@lru_cache(maxsize=65536)
def _join_differs(left: str, right: str) -> bool:
    """Whether folding ``left + right`` differs from joining their folded forms (per window, cached:
    the windows repeat across a register)."""
    return fold(left + right) != fold(left) + fold(right)


# Names with more full parts than this get no surname+initial keys (a long
# name's parts pair up quadratically; queries with initials are short).
MAX_INITIAL_PARTS = 4


def _skels(part: Part) -> tuple[str, ...]:
    """The skeleton of a part, and of its first other reading if that differs ("Chou": chou, zhou)."""
    if part.alts:
        alt = skeleton(part.alts[0])
        if alt != part.skel:
            return (part.skel, alt)
    return (part.skel,)


def _initial_form(raw: str) -> str:
    """The form an initial of this word has in a name ("S." for Sanjay)."""
    return _initial_letter_form(raw[:1])


@lru_cache(maxsize=4096)
def _initial_letter_form(letter: str) -> str:
    """:func:`_initial_form` of a word with this first letter (cached per letter, not per word)."""
    if not letter or not letter.isalpha():
        return ""
    return make_part(letter, INITIAL).form


# Pinyin initials → the letter Wade-Giles writes them with (Zhang: Chang, Gao: Kao, Xin: Hsin).
_WG_INITIAL_OF = (("zh", "c"), ("ch", "c"), ("j", "c"), ("q", "c"), ("z", "t"), ("c", "t"), ("x", "h"), ("r", "j"),
                  ("b", "p"), ("d", "t"), ("g", "k"))


@lru_cache(maxsize=65536)
def wade_giles_initial(pinyin: str) -> str:
    """The form of the initial a pinyin word has when written in Wade-Giles ("K." for Gao), or ""
    where Wade-Giles writes the same letter."""
    for py, wg in _WG_INITIAL_OF:
        if pinyin.startswith(py):
            return _initial_form(wg)
    return ""


_KEY_PRIORITY = {"t:": 0, "j:": 1, "a:": 1, "g:": 1, "i:": 2, "s:": 2, "n:": 3, "m:": 4, "3:": 5}


__all__ = [
    "NameInfo",
    "Part",
    "analyse",
    "analyse_uncached",
    "detect_script",
    "fold",
    "gender_pair",
    "index_keys",
    "is_org",
    "make_part",
    "name_keys",
    "nickname_of",
    "pinyin_syllable_count",
    "romanise",
    "skeleton",
    "wade_giles_initial",
]
