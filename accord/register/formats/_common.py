"""Helpers shared by the register's import/export formats.

Everything here is pure: value normalisation (names and their script,
countries, partial dates), the ``ImportRow`` every reader yields, and the
``key: value`` lines that readers leave in ``Draft.notes`` for what the model
has no field for (weak aliases, approximate birth dates, unrecognised
countries, the source's programme ...). Writers read those lines back so that
what came in through one format can go out through another without loss.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import pycountry

from accord.register import names
from accord.register.models import Draft, Name, NameKind


@dataclass(frozen=True)
class ImportRow:
    """One record read from an import file: a draft, or the reason it was refused."""

    position: int  # line number (JSONL/CSV, 1-based, header = line 1 for CSV) or element ordinal (XML)
    draft: Draft | None  # None when the record was refused
    error: str | None  # one line, names the record and the field
    kind_hint: str = ""  # e.g. the FtM schema or UN "INDIVIDUAL"/"ENTITY"


class RecordError(ValueError):
    """A record cannot become a draft; the message names the field (the caller adds the position)."""


# ---------------------------------------------------------------------------
# scripts

def detect_script(text: str) -> str | None:
    """ISO 15924 code of the name's script (the matcher's detection), or None when it has no letters."""
    code = names.detect_script(text)
    return None if code == "Zyyy" else code


_SPACES = re.compile(r"\s+")


def clean(text: str | None) -> str:
    """Collapse whitespace (XML and spreadsheets pad and wrap freely)."""
    return _SPACES.sub(" ", text or "").strip()


def make_name(value: str, kind: NameKind, script: str | None = None, lang: str | None = None) -> Name | None:
    """A Name with its script set (detected when the format does not say); None for an empty value."""
    value = clean(value)
    if not value:
        return None
    return Name(value=value, kind=kind, script=script or detect_script(value), lang=lang or None)


def unique(items: Iterable[str]) -> tuple[str, ...]:
    """Drop empties and repeats, keep the first occurrence's order."""
    seen: dict[str, None] = {}
    for item in items:
        if item and item not in seen:
            seen[item] = None
    return tuple(seen)


def unique_names(names: Iterable[Name]) -> tuple[Name, ...]:
    """Drop a name repeated with the same kind (sources list a name as both name and alias)."""
    seen: dict[tuple[str, NameKind], Name] = {}
    for name in names:
        seen.setdefault((name.value, name.kind), name)
    return tuple(seen.values())


# ---------------------------------------------------------------------------
# countries

# Names the UN and others use that pycountry does not know, plus codes outside
# ISO 3166-1 that sanctions lists use (Kosovo's user-assigned XK).
_COUNTRY_EXTRA = {
    "KOSOVO": "XK",
    "XK": "XK",
    "TURKEY": "TR",
    "DEMOCRATIC REPUBLIC OF THE CONGO": "CD",
    "RUSSIA": "RU",
    "IRAN": "IR",
    "SYRIA": "SY",
    "NORTH KOREA": "KP",
    "SOUTH KOREA": "KR",
    "PALESTINE": "PS",
    "UNITED STATES": "US",
    "UK": "GB",
    "LAOS": "LA",
    "VIETNAM": "VN",
}
_COUNTRY_NAMES = {"XK": "Kosovo"}
# "Republic of Korea" → pycountry's "Korea, Republic of".
_INVERTED_PREFIXES = (
    "Democratic Republic of the ",
    "United Republic of ",
    "Republic of the ",
    "Republic of ",
    "State of ",
)


@lru_cache(maxsize=2048)
def country_code(value: str) -> str | None:
    """ISO 3166-1 alpha-2 (upper case) for a code (alpha-2/alpha-3, any case) or an English country name."""
    text = clean(value)
    if not text:
        return None
    extra = _COUNTRY_EXTRA.get(text.upper())
    if extra:
        return extra
    candidates = [text]
    # The UN writes "Iran (Islamic Republic of)"; ISO writes "Iran, Islamic Republic of".
    paren = re.fullmatch(r"(.+?)\s*\((.+)\)", text)
    if paren:
        candidates.append(f"{paren.group(1)}, {paren.group(2)}")
    for prefix in _INVERTED_PREFIXES:
        if text.lower().startswith(prefix.lower()):
            candidates.append(f"{text[len(prefix) :]}, {prefix.strip()}")
    for candidate in candidates:
        try:
            found = pycountry.countries.lookup(candidate)
        except LookupError:
            continue
        return str(found.alpha_2).upper()
    return None


def country_name(code: str) -> str:
    """The English (ISO short) name of an alpha-2 code, as the UN list spells countries; the code if unknown."""
    if code in _COUNTRY_NAMES:
        return _COUNTRY_NAMES[code]
    found = pycountry.countries.get(alpha_2=code)
    return str(found.name) if found is not None else code


# ---------------------------------------------------------------------------
# dates

_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def partial_date(value: str, field: str) -> str:
    """Validate a "YYYY", "YYYY-MM" or "YYYY-MM-DD" date (a time part is dropped); RecordError names ``field``."""
    text = value.strip()
    # Exports often carry midnight timestamps ("1970-05-03T00:00:00").
    head = text.split("T", 1)[0] if re.match(r"\d{4}-\d{2}-\d{2}T", text) else text
    match = _PARTIAL_DATE.fullmatch(head)
    if match is None:
        raise RecordError(f"{field} {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise RecordError(f"{field} {value!r} is not a date (no such day)") from None
    return head


def full_date(value: str, field: str) -> date:
    """A complete calendar date (listing dates are never partial); RecordError names ``field``."""
    text = partial_date(value, field)
    if len(text) != 10:
        raise RecordError(f"{field} {value!r} is not a full date (YYYY-MM-DD)")
    return date.fromisoformat(text)


# ---------------------------------------------------------------------------
# notes lines

# Keys of the ``key: value`` lines readers write into Draft.notes and writers
# read back. One value per line, so values may contain ": " and ";".
NOTE_WEAK_ALIAS = "weak alias"  # a low-quality alias (UN QUALITY Low, FtM weakAlias)
NOTE_APPROX_BIRTH = "approximate birth date"  # UN TYPE_OF_DATE APPROXIMATELY
NOTE_BIRTH_BETWEEN = "birth year between"  # UN TYPE_OF_DATE BETWEEN, "1960-1965"
NOTE_UNKNOWN_NATIONALITY = "unrecognised nationality"
NOTE_UNKNOWN_COUNTRY = "unrecognised country"
NOTE_UN_LIST = "UN list type"
NOTE_UN_UPDATED = "UN last updated"


def note_line(key: str, value: str) -> str:
    """One notes line; newlines in the value are folded so the line stays one line."""
    return f"{key}: {clean(value)}"


def note_values(notes: str, key: str) -> list[str]:
    """The values of the ``key: value`` lines of ``notes``, in order."""
    prefix = f"{key}: "
    return [line[len(prefix) :].strip() for line in notes.splitlines() if line.startswith(prefix)]


def join_notes(*parts: str) -> str:
    """Join notes fragments, one per line, skipping empty ones."""
    return "\n".join(part for part in parts if part)


def countries_or_notes(values: Iterable[str], note_key: str) -> tuple[list[str], list[str]]:
    """Split raw country values into alpha-2 codes and notes lines for those not recognised."""
    codes: list[str] = []
    notes: list[str] = []
    for raw in values:
        if not clean(raw):
            continue
        code = country_code(raw)
        if code is None:
            notes.append(note_line(note_key, raw))
        else:
            codes.append(code)
    return codes, notes


def lines(values: Iterable[str]) -> Iterator[str]:
    """Non-empty cleaned values."""
    for value in values:
        text = clean(value)
        if text:
            yield text
