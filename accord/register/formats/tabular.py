"""CSV: one designation per row, for spreadsheets.

Header (written in this order; on import the order is free, names are
case-insensitive, only ``name`` is required, other columns are ignored)::

    id,tier,status,party,schema,name,aliases,former_names,name_original_script,
    birth_dates,birth_places,nationalities,countries,gender,identifiers,addresses,
    category,reference,listed_on,reasons,stix_refs,source_id,notes

- ``id``, ``tier``, ``status``, ``party`` are written for the reader of the
  sheet and ignored on import (an import makes drafts, not entries).
- ``schema``: Person (default when empty), Organization, Company, LegalEntity, Vessel.
- Multi-valued columns (``name`` for several primary names, ``aliases``,
  ``former_names``, ``name_original_script`` for transliterations,
  ``birth_dates``, ``birth_places``, ``nationalities``, ``countries``,
  ``identifiers``, ``addresses``, ``stix_refs``) separate values with ``;``;
  a ``;``, ``:`` or ``\\`` inside a value is escaped with a backslash.
- ``identifiers``: ``kind:value[:country]`` with kind one of passport,
  national_id, registration, tax, imo, other, and country alpha-2 or a name.
- Countries are alpha-2 codes or English names; dates ``YYYY[-MM[-DD]]``;
  ``listed_on`` a full date; ``gender`` male/female (m/f); ``category``
  terrorism/separatism/extremism/other (default other).

Unlike the UN and FtM readers, an unrecognised country is an error here,
not a notes line: a CSV is typed by hand and a typo should be fixed, not
kept. Names get their script detected; their language is not carried, and
they come back grouped by kind (one column per kind).

Files may be UTF-8 with or without a BOM, quoted the way Excel quotes
(doubled quotes, line breaks inside quotes), and separated by commas, or by
semicolons or tabs (detected from the header line; Excel uses ``;`` in many
locales). Export writes UTF-8 with a BOM, CRLF, commas, and — against
formula injection when the sheet is opened — a ``'`` before a cell starting
with ``=``, ``+``, ``-``, ``@``, tab or CR; the reader removes it again.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import IO, BinaryIO

from accord.register.formats._common import (
    ImportRow,
    RecordError,
    country_code,
    full_date,
    make_name,
    partial_date,
    unique,
    unique_names,
)
from accord.register.models import (
    Category,
    Designation,
    Draft,
    Gender,
    Identifier,
    IdentifierKind,
    Name,
    NameKind,
    Schema,
)

HEADER = (
    "id",
    "tier",
    "status",
    "party",
    "schema",
    "name",
    "aliases",
    "former_names",
    "name_original_script",
    "birth_dates",
    "birth_places",
    "nationalities",
    "countries",
    "gender",
    "identifiers",
    "addresses",
    "category",
    "reference",
    "listed_on",
    "reasons",
    "stix_refs",
    "source_id",
    "notes",
)
_SCHEMAS = {schema.value.lower(): schema for schema in Schema} | {"organisation": Schema.ORGANIZATION}
_GENDERS = {"male": Gender.MALE, "m": Gender.MALE, "female": Gender.FEMALE, "f": Gender.FEMALE}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NAME_COLUMNS = (
    ("name", NameKind.PRIMARY),
    ("name_original_script", NameKind.TRANSLITERATION),
    ("aliases", NameKind.ALIAS),
    ("former_names", NameKind.FORMER),
)


# ---------------------------------------------------------------------------
# multi-values


def split_values(cell: str, sep: str = ";", unescape: bool = True) -> list[str]:
    """Split at unescaped ``sep``; ``\\;``, ``\\:`` and ``\\\\`` are escapes (kept as-is when ``unescape`` is off)."""
    items: list[str] = []
    buf: list[str] = []
    i = 0
    while i < len(cell):
        char = cell[i]
        if char == "\\" and i + 1 < len(cell) and cell[i + 1] in ";:\\":
            buf.append(cell[i + 1] if unescape else cell[i : i + 2])
            i += 2
            continue
        if char == sep:
            items.append("".join(buf))
            buf = []
        else:
            buf.append(char)
        i += 1
    items.append("".join(buf))
    return [item.strip() for item in items]


def _escape(value: str, chars: str = ";") -> str:
    value = value.replace("\\", "\\\\")
    for char in chars:
        value = value.replace(char, "\\" + char)
    return value


def _join(values: Iterable[str]) -> str:
    return ";".join(_escape(value) for value in values)


def _defuse(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _undefuse(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_START) else cell


# ---------------------------------------------------------------------------
# reading


def _delimiter(header_line: str) -> str:
    for candidate in (",", "\t", ";"):
        if candidate in header_line:
            return candidate
    return ","


def read(data: BinaryIO) -> Iterator[ImportRow]:
    """Read CSV rows (line 1 is the header); a bad row is an error row and reading goes on."""
    at = [0]  # the physical line being decoded, for the error of a file that is not UTF-8

    def decoded() -> Iterator[str]:
        # Decode line by line (not in chunks) so a decoding error names its line; streaming all the same.
        for number, raw in enumerate(data, 1):
            at[0] = number
            # Excel writes a BOM; line endings stay for csv to read line breaks inside quotes.
            yield (raw.removeprefix(b"\xef\xbb\xbf") if number == 1 else raw).decode("utf-8")

    source = decoded()
    try:
        header_line = next(source, "")
    except UnicodeDecodeError:
        yield ImportRow(1, None, "line 1: not UTF-8 text (save the sheet as 'CSV UTF-8')")
        return
    if not header_line.strip():
        yield ImportRow(1, None, "line 1: no header (the file is empty)")
        return
    delimiter = _delimiter(header_line)
    header = [cell.strip().lower().replace(" ", "_") for cell in next(csv.reader([header_line], delimiter=delimiter))]
    if "name" not in header:
        yield ImportRow(1, None, f"line 1: the header has no 'name' column (expected: {','.join(HEADER)})")
        return
    reader = csv.reader(source, delimiter=delimiter)
    line = 2
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError:
            yield ImportRow(at[0], None, f"line {at[0]}: not UTF-8 text (save the sheet as 'CSV UTF-8')")
            return
        except csv.Error as exc:
            yield ImportRow(line, None, f"line {line}: unreadable CSV ({exc})")
            return
        start, line = line, reader.line_num + 2  # a quoted cell may span lines; report the row's first line
        if not any(cell.strip() for cell in cells):
            continue  # Excel leaves rows of empty cells at the end
        if len(cells) > len(header):
            yield ImportRow(start, None, f"line {start}: {len(cells)} cells but the header has {len(header)}")
            continue
        # Excel may write CRLF inside a cell; the register keeps plain "\n" line breaks.
        row = {
            column: _undefuse(cell.replace("\r\n", "\n").strip()) for column, cell in zip(header, cells, strict=False)
        }
        hint = row.get("schema", "") or Schema.PERSON.value
        try:
            draft = row_to_draft(row)
        except RecordError as exc:
            yield ImportRow(start, None, f"line {start}: {exc}", hint)
            continue
        yield ImportRow(start, draft, None, hint)


def row_to_draft(row: dict[str, str]) -> Draft:
    """Map one CSV row (column → cell) to a Draft; RecordError names the column."""
    raw_schema = row.get("schema", "")
    schema = _SCHEMAS.get(raw_schema.lower()) if raw_schema else Schema.PERSON
    if schema is None:
        raise RecordError(f"column schema: {raw_schema!r} is not one of {', '.join(Schema)}")

    names: list[Name | None] = []
    for column, kind in _NAME_COLUMNS:
        names += [make_name(value, kind) for value in split_values(row.get(column, ""))]
    if not any(name is not None and name.kind is NameKind.PRIMARY for name in names):
        raise RecordError("column name: empty (every record needs a name)")

    raw_category = row.get("category", "")
    try:
        category = Category(raw_category.lower()) if raw_category else Category.OTHER
    except ValueError:
        raise RecordError(f"column category: {raw_category!r} is not one of {', '.join(Category)}") from None

    raw_gender = row.get("gender", "")
    gender = _GENDERS.get(raw_gender.lower()) if raw_gender else None
    if raw_gender and gender is None:
        raise RecordError(f"column gender: {raw_gender!r} is not male or female")

    listed_raw = row.get("listed_on", "")
    stix_refs = [value for value in split_values(row.get("stix_refs", "")) if value]
    for ref in stix_refs:
        if "--" not in ref:
            raise RecordError(f"column stix_refs: {ref!r} is not a STIX id (type--uuid)")

    return Draft(
        schema=schema,
        names=unique_names(name for name in names if name is not None),
        category=category,
        reasons=row.get("reasons", ""),
        birth_dates=unique(
            partial_date(value, "column birth_dates:") for value in split_values(row.get("birth_dates", "")) if value
        ),
        birth_places=unique(split_values(row.get("birth_places", ""))),
        nationalities=unique(_countries(row, "nationalities")),
        countries=unique(_countries(row, "countries")),
        gender=gender,
        identifiers=tuple(dict.fromkeys(_identifiers(row.get("identifiers", "")))),
        addresses=unique(split_values(row.get("addresses", ""))),
        stix_refs=unique(stix_refs),
        reference=row.get("reference", ""),
        listed_on=full_date(listed_raw, "column listed_on:") if listed_raw else None,
        source_id=row.get("source_id", ""),
        notes=row.get("notes", ""),
    )


def _countries(row: dict[str, str], column: str) -> list[str]:
    codes: list[str] = []
    for value in split_values(row.get(column, "")):
        if not value:
            continue
        code = country_code(value)
        if code is None:
            raise RecordError(f"column {column}: {value!r} is not a country (alpha-2 code or English name)")
        codes.append(code)
    return codes


def _identifiers(cell: str) -> list[Identifier]:
    found: list[Identifier] = []
    for item in split_values(cell, unescape=False):
        if not item:
            continue
        parts = split_values(item, ":")
        if len(parts) not in (2, 3) or not parts[1]:
            raise RecordError(f"column identifiers: {item!r} is not kind:value[:country]")
        raw_kind = parts[0].lower().replace(" ", "_")
        try:
            kind = IdentifierKind(raw_kind)
        except ValueError:
            raise RecordError(f"column identifiers: {parts[0]!r} is not one of {', '.join(IdentifierKind)}") from None
        country = None
        if len(parts) == 3 and parts[2]:
            country = country_code(parts[2])
            if country is None:
                raise RecordError(f"column identifiers: {parts[2]!r} is not a country")
        found.append(Identifier(kind=kind, value=parts[1], country=country))
    return found


# ---------------------------------------------------------------------------
# writing


def designation_to_row(designation: Designation) -> list[str]:
    """The CSV cells of a designation, in HEADER order (before formula defusing)."""
    draft = designation.draft

    def names(kind: NameKind) -> str:
        return _join(name.value for name in draft.names if name.kind is kind)

    identifiers = ";".join(
        ":".join([_escape(i.kind.value, ";:"), _escape(i.value, ";:"), *([i.country] if i.country else [])])
        for i in draft.identifiers
    )
    cells = {
        "id": designation.id,
        "tier": designation.tier.value,
        "status": designation.status.value,
        "party": designation.party_code or "",
        "schema": draft.schema.value,
        "name": names(NameKind.PRIMARY),
        "aliases": names(NameKind.ALIAS),
        "former_names": names(NameKind.FORMER),
        "name_original_script": names(NameKind.TRANSLITERATION),
        "birth_dates": _join(draft.birth_dates),
        "birth_places": _join(draft.birth_places),
        "nationalities": _join(draft.nationalities),
        "countries": _join(draft.countries),
        "gender": draft.gender.value if draft.gender else "",
        "identifiers": identifiers,
        "addresses": _join(draft.addresses),
        "category": draft.category.value,
        "reference": draft.reference,
        "listed_on": draft.listed_on.isoformat() if draft.listed_on else "",
        "reasons": draft.reasons,
        "stix_refs": _join(draft.stix_refs),
        "source_id": draft.source_id or designation.id,
        "notes": draft.notes,
    }
    return [cells[column] for column in HEADER]


def write(designations: Iterable[Designation], out: IO[bytes]) -> int:
    """Write the header and one row per designation (UTF-8 with BOM, CRLF); returns the count."""
    # Each row is formatted in a small text buffer and written as bytes, so ``out`` only needs write(bytes).
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # excel dialect: CRLF, quotes doubled, quoting only where needed

    def flush() -> None:
        out.write(buffer.getvalue().encode("utf-8"))
        buffer.seek(0)
        buffer.truncate()

    out.write(b"\xef\xbb\xbf")  # the BOM tells Excel the file is UTF-8
    writer.writerow(HEADER)
    flush()
    count = 0
    for designation in designations:
        writer.writerow([_defuse(cell) for cell in designation_to_row(designation)])
        flush()
        count += 1
    return count
