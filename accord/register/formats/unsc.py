"""The XML of the UN Security Council Consolidated List.

Layout (as published at scsanctions.un.org)::

    CONSOLIDATED_LIST
      INDIVIDUALS/INDIVIDUAL*   DATAID, VERSIONNUM, FIRST_NAME..FOURTH_NAME, UN_LIST_TYPE,
                                REFERENCE_NUMBER, LISTED_ON, NAME_ORIGINAL_SCRIPT, COMMENTS1,
                                NATIONALITY/VALUE*, LIST_TYPE/VALUE, LAST_DAY_UPDATED/VALUE*,
                                INDIVIDUAL_ALIAS* (QUALITY, ALIAS_NAME),
                                INDIVIDUAL_ADDRESS* (STREET, CITY, STATE_PROVINCE, ZIP_CODE, COUNTRY),
                                INDIVIDUAL_DATE_OF_BIRTH* (TYPE_OF_DATE, DATE | YEAR | FROM_YEAR+TO_YEAR),
                                INDIVIDUAL_PLACE_OF_BIRTH* (CITY, STATE_PROVINCE, COUNTRY),
                                INDIVIDUAL_DOCUMENT* (TYPE_OF_DOCUMENT, NUMBER, ISSUING_COUNTRY | COUNTRY_OF_ISSUE)
      ENTITIES/ENTITY*          DATAID, FIRST_NAME, UN_LIST_TYPE, REFERENCE_NUMBER, LISTED_ON,
                                COMMENTS1, ENTITY_ALIAS*, ENTITY_ADDRESS*, LAST_DAY_UPDATED/VALUE*

Import mapping: INDIVIDUAL → Person, ENTITY → Organization; the name parts
joined by spaces → primary name; NAME_ORIGINAL_SCRIPT → a transliteration
name (the same name in its own script); alias QUALITY Good/a.k.a. → alias,
Low → alias plus a ``weak alias:`` notes line, f.k.a. → former;
DATAID → source_id; REFERENCE_NUMBER → reference; LISTED_ON → listed_on;
COMMENTS1 → reasons; NATIONALITY country names → alpha-2 (unrecognised →
``unrecognised nationality:`` notes line); birth dates EXACT → the date or
year, APPROXIMATELY → the same plus an ``approximate birth date:`` line,
BETWEEN → every year of the range (the two ends only beyond 20 years) plus a
``birth year between: A-B`` line; an address → an address string, and its
COUNTRY → countries (an address holding only a country adds only the
country); documents → identifiers by TYPE_OF_DOCUMENT (passport, national
id / identity card, tax, registration, IMO, else other) with the issuing
country. Category: the Al-Qaida (QD) and Taliban (TA) lists → terrorism;
an Accord export's ``Accord: <category>`` list type → that category; else
other. The list type is kept as a ``UN list type:`` line unless the
reference number already implies it.

Export writes the same structure from a designation, reading those notes
lines back (so a UN-imported draft re-imports equal), and splits a person's
primary name over FIRST..FOURTH_NAME at spaces. What the UN format has no
element for is not written: entity identifiers, STIX links, name languages,
free-text notes, and the difference between Organization, Company,
LegalEntity and Vessel (all ENTITY, read back as Organization). A GENDER
element (Male/Female) is read and written.

XML is parsed with defusedxml, streaming, and a document type declaration
(DTD) is refused outright: the list has none, and refusing it stops entity
expansion ("billion laughs") and external entities before they start.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, BinaryIO
from xml.etree.ElementTree import Element  # the type only; parsing goes through defusedxml

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import ParseError, iterparse

from accord.register.formats._common import (
    NOTE_APPROX_BIRTH,
    NOTE_BIRTH_BETWEEN,
    NOTE_UN_LIST,
    NOTE_UN_UPDATED,
    NOTE_UNKNOWN_COUNTRY,
    NOTE_UNKNOWN_NATIONALITY,
    NOTE_WEAK_ALIAS,
    ImportRow,
    RecordError,
    clean,
    countries_or_notes,
    country_name,
    full_date,
    join_notes,
    make_name,
    note_line,
    note_values,
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

ROOT = "CONSOLIDATED_LIST"
_RECORD_TAGS = frozenset({"INDIVIDUAL", "ENTITY"})

# UN reference-number prefixes ("QDi.123") → the regime's UN_LIST_TYPE and its category.
_REGIMES: dict[str, tuple[str, Category]] = {
    "QD": ("Al-Qaida", Category.TERRORISM),
    "TA": ("Taliban", Category.TERRORISM),
    "KP": ("DPRK", Category.OTHER),
    "IQ": ("Iraq", Category.OTHER),
    "LY": ("Libya", Category.OTHER),
    "SO": ("Al-Shabaab", Category.OTHER),
    "CD": ("DRC", Category.OTHER),
    "SD": ("Sudan", Category.OTHER),
    "SS": ("South Sudan", Category.OTHER),
    "CF": ("CAR", Category.OTHER),
    "YE": ("Yemen", Category.OTHER),
    "HT": ("Haiti", Category.OTHER),
    "ML": ("Mali", Category.OTHER),
    "GB": ("Guinea-Bissau", Category.OTHER),
}
_TERRORISM_LISTS = frozenset({"al-qaida", "taliban", "isil (da'esh) & al-qaida", "1267", "1988"})
_ACCORD_LIST = "Accord: "  # UN_LIST_TYPE of an Accord designation that has no UN regime
_REFERENCE = re.compile(r"([A-Z]{2})[ie]\.\d+")
_BETWEEN_SPAN = 20  # a BETWEEN range is expanded to its years up to this span; wider, only its ends

_DOCUMENT_LABELS = {
    IdentifierKind.PASSPORT: "Passport",
    IdentifierKind.NATIONAL_ID: "National Identification Number",
    IdentifierKind.REGISTRATION: "Registration Number",
    IdentifierKind.TAX: "Tax Identification Number",
    IdentifierKind.IMO: "IMO Number",
    IdentifierKind.OTHER: "Other",
}


def _regime(reference: str) -> tuple[str, Category] | None:
    match = _REFERENCE.match(reference.strip())
    return _REGIMES.get(match.group(1)) if match else None


# ---------------------------------------------------------------------------
# reading


def read(data: BinaryIO) -> Iterator[ImportRow]:
    """Stream INDIVIDUAL and ENTITY records; XML that cannot be read further ends with one error row."""
    ordinal = 0
    started = False
    try:
        # forbid_dtd: see the module docstring; entities and external references are refused by default too.
        for event, elem in iterparse(data, events=("start", "end"), forbid_dtd=True):
            if event == "start":
                if not started:
                    started = True
                    if elem.tag != ROOT:
                        yield ImportRow(1, None, f"element 1: root element is <{elem.tag}>, not <{ROOT}>")
                        return
                continue
            if elem.tag in _RECORD_TAGS:
                ordinal += 1
                yield _row(ordinal, elem)
                elem.clear()  # keep memory flat on the full list
    except DTDForbidden:
        yield ImportRow(ordinal + 1, None, f"element {ordinal + 1}: XML refused: a DTD (<!DOCTYPE>) is not allowed")
    except (EntitiesForbidden, ExternalReferenceForbidden):
        yield ImportRow(ordinal + 1, None, f"element {ordinal + 1}: XML refused: entity declarations are not allowed")
    except DefusedXmlException as exc:
        yield ImportRow(ordinal + 1, None, f"element {ordinal + 1}: XML refused: {exc}")
    except ParseError as exc:
        line, column = exc.position
        yield ImportRow(
            ordinal + 1, None, f"element {ordinal + 1}: not well-formed XML at line {line}, column {column + 1}"
        )


def _text(elem: Element, path: str) -> str:
    return clean(elem.findtext(path))


def _row(ordinal: int, elem: Element) -> ImportRow:
    kind = str(elem.tag)
    dataid = _text(elem, "DATAID")
    label = f"element {ordinal} ({kind}{' ' + dataid if dataid else ''})"
    try:
        draft = element_to_draft(elem)
    except RecordError as exc:
        return ImportRow(ordinal, None, f"{label}: {exc}", kind)
    return ImportRow(ordinal, draft, None, kind)


def element_to_draft(elem: Element) -> Draft:
    """Map one INDIVIDUAL or ENTITY element to a Draft; RecordError names the refused element."""
    person = elem.tag == "INDIVIDUAL"
    prefix = "INDIVIDUAL" if person else "ENTITY"
    notes: list[str] = []

    parts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"] if person else ["FIRST_NAME"]
    primary = make_name(" ".join(_text(elem, part) for part in parts), NameKind.PRIMARY)
    if primary is None:
        raise RecordError("FIRST_NAME is missing (the record has no name)")
    names: list[Name | None] = [primary, make_name(_text(elem, "NAME_ORIGINAL_SCRIPT"), NameKind.TRANSLITERATION)]
    weak: list[str] = []
    for alias in elem.findall(f"{prefix}_ALIAS"):
        quality = _text(alias, "QUALITY").lower()
        kind = NameKind.FORMER if quality == "f.k.a." else NameKind.ALIAS
        # One ALIAS_NAME sometimes lists several names separated by "; ".
        for part in (alias.findtext("ALIAS_NAME") or "").split(";"):
            name = make_name(part, kind)
            names.append(name)
            if name is not None and quality == "low":
                weak.append(name.value)

    reference = _text(elem, "REFERENCE_NUMBER")
    list_type = _text(elem, "UN_LIST_TYPE")
    regime = _regime(reference)
    category = Category.OTHER
    if list_type.startswith(_ACCORD_LIST):
        try:
            category = Category(list_type[len(_ACCORD_LIST) :].strip())
        except ValueError:
            raise RecordError(f"UN_LIST_TYPE {list_type!r} names no category") from None
    else:
        if list_type.lower() in _TERRORISM_LISTS or (regime is not None and regime[1] is Category.TERRORISM):
            category = Category.TERRORISM
        if list_type and (regime is None or regime[0] != list_type):
            notes.append(note_line(NOTE_UN_LIST, list_type))

    listed_raw = _text(elem, "LISTED_ON")
    listed_on = full_date(listed_raw, "LISTED_ON") if listed_raw else None

    gender: Gender | None = None
    gender_raw = _text(elem, "GENDER")
    if gender_raw:
        try:
            gender = Gender(gender_raw.lower())
        except ValueError:
            notes.append(note_line("gender", gender_raw))

    nationalities, nat_notes = countries_or_notes(
        [clean(value.text) for value in elem.findall("NATIONALITY/VALUE")], NOTE_UNKNOWN_NATIONALITY
    )
    notes += nat_notes
    notes += [note_line(NOTE_WEAK_ALIAS, value) for value in weak]

    birth_dates: list[str] = []
    for dob in elem.findall(f"{prefix}_DATE_OF_BIRTH"):
        birth_dates += _birth_dates(dob, prefix, notes)
    birth_places = [_join_address(pob) for pob in elem.findall(f"{prefix}_PLACE_OF_BIRTH")]

    addresses: list[str] = []
    address_countries: list[str] = []
    for address in elem.findall(f"{prefix}_ADDRESS"):
        country = _text(address, "COUNTRY")
        if country:
            address_countries.append(country)
        if any(_text(address, tag) for tag in ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE")):
            addresses.append(_join_address(address))
    countries, country_notes = countries_or_notes(address_countries, NOTE_UNKNOWN_COUNTRY)
    notes += country_notes

    identifiers: list[Identifier] = []
    for doc in elem.findall(f"{prefix}_DOCUMENT"):
        number = _text(doc, "NUMBER")
        if not number:
            continue  # the list has documents described only in a NOTE
        issuer = _text(doc, "ISSUING_COUNTRY") or _text(doc, "COUNTRY_OF_ISSUE")
        codes, issuer_notes = countries_or_notes([issuer], NOTE_UNKNOWN_COUNTRY)
        notes += issuer_notes
        identifiers.append(
            Identifier(
                kind=_document_kind(_text(doc, "TYPE_OF_DOCUMENT")), value=number, country=codes[0] if codes else None
            )
        )

    updated = (clean(value.text) for value in elem.findall("LAST_DAY_UPDATED/VALUE"))
    notes += [note_line(NOTE_UN_UPDATED, value) for value in updated if value]

    return Draft(
        schema=Schema.PERSON if person else Schema.ORGANIZATION,
        names=unique_names(name for name in names if name is not None),
        category=category,
        reasons=(elem.findtext("COMMENTS1") or "").strip(),
        birth_dates=unique(birth_dates),
        birth_places=unique(birth_places),
        nationalities=unique(nationalities),
        countries=unique(countries),
        gender=gender,
        identifiers=tuple(dict.fromkeys(identifiers)),
        addresses=unique(addresses),
        reference=reference,
        listed_on=listed_on,
        source_id=_text(elem, "DATAID"),
        notes=join_notes(*notes),
    )


def _birth_dates(dob: Element, prefix: str, notes: list[str]) -> list[str]:
    field = f"{prefix}_DATE_OF_BIRTH"
    date_type = _text(dob, "TYPE_OF_DATE").upper()
    from_year, to_year = _text(dob, "FROM_YEAR"), _text(dob, "TO_YEAR")
    if date_type == "BETWEEN" or from_year or to_year:
        if not (re.fullmatch(r"\d{4}", from_year) and re.fullmatch(r"\d{4}", to_year)):
            raise RecordError(f"{field} BETWEEN needs FROM_YEAR and TO_YEAR as years, got {from_year!r}-{to_year!r}")
        start, end = int(from_year), int(to_year)
        if start > end:
            raise RecordError(f"{field} FROM_YEAR {start} is after TO_YEAR {end}")
        notes.append(note_line(NOTE_BIRTH_BETWEEN, f"{start}-{end}"))
        # Screening compares years; every year of a short range is a candidate birth year.
        years = range(start, end + 1) if end - start <= _BETWEEN_SPAN else (start, end)
        return [str(year) for year in years]
    raw = _text(dob, "DATE")
    value = partial_date(raw, f"{field}/DATE") if raw else ""
    if not value:
        raw = _text(dob, "YEAR")
        value = partial_date(raw, f"{field}/YEAR") if raw else ""
    if value and date_type == "APPROXIMATELY":
        notes.append(note_line(NOTE_APPROX_BIRTH, value))
    return [value] if value else []


def _join_address(elem: Element) -> str:
    parts = (_text(elem, tag) for tag in ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY"))
    return ", ".join(part for part in parts if part)


def _document_kind(label: str) -> IdentifierKind:
    text = label.lower()
    if "passport" in text:
        return IdentifierKind.PASSPORT
    if "tax" in text:
        return IdentifierKind.TAX
    if "registration" in text:
        return IdentifierKind.REGISTRATION
    if re.search(r"\bimo\b", text):
        return IdentifierKind.IMO
    if "national" in text or "identity" in text or "id card" in text:
        return IdentifierKind.NATIONAL_ID
    return IdentifierKind.OTHER


# ---------------------------------------------------------------------------
# writing

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _esc(text: str) -> str:
    # Control characters cannot appear in XML 1.0 at all, even escaped.
    text = _INVALID_XML.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Builder:
    """A tiny indenting XML writer (writing needs no parser, and no xml.etree import)."""

    def __init__(self, depth: int) -> None:
        self.parts: list[str] = []
        self.depth = depth

    def leaf(self, tag: str, text: str) -> None:
        if text:
            self.parts.append(f"{'  ' * self.depth}<{tag}>{_esc(text)}</{tag}>\n")

    def open(self, tag: str) -> None:
        self.parts.append(f"{'  ' * self.depth}<{tag}>\n")
        self.depth += 1

    def close(self, tag: str) -> None:
        self.depth -= 1
        self.parts.append(f"{'  ' * self.depth}</{tag}>\n")

    def group(self, tag: str, children: Iterable[tuple[str, str]]) -> None:
        items = [(child, text) for child, text in children if text]
        if not items:
            return
        self.open(tag)
        for child, text in items:
            self.leaf(child, text)
        self.close(tag)


def designation_to_xml(designation: Designation) -> str:
    """One INDIVIDUAL (Person) or ENTITY (any other schema) element, indented for the list."""
    draft = designation.draft
    person = draft.schema is Schema.PERSON
    tag = "INDIVIDUAL" if person else "ENTITY"
    out = _Builder(2)
    out.open(tag)
    out.leaf("DATAID", draft.source_id or designation.id)
    out.leaf("VERSIONNUM", str(designation.revision))

    primaries = [name for name in draft.names if name.kind is NameKind.PRIMARY]
    primary = primaries[0] if primaries else draft.names[0]
    if person:
        tokens = primary.value.split(" ")
        name_parts = [*tokens[:3], " ".join(tokens[3:])]
        for part_tag, part in zip(("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"), name_parts, strict=False):
            out.leaf(part_tag, part)
    else:
        out.leaf("FIRST_NAME", primary.value)

    list_types = note_values(draft.notes, NOTE_UN_LIST)
    regime = _regime(draft.reference)
    if list_types:
        list_type = list_types[0]
    elif regime is not None and regime[1] is draft.category:
        list_type = regime[0]
    else:
        list_type = f"{_ACCORD_LIST}{draft.category.value}"
    out.leaf("UN_LIST_TYPE", list_type)
    out.leaf("REFERENCE_NUMBER", draft.reference)
    out.leaf("LISTED_ON", draft.listed_on.isoformat() if draft.listed_on else "")
    if person and draft.gender is not None:
        out.leaf("GENDER", draft.gender.value.capitalize())
    original = [name for name in draft.names if name.kind is NameKind.TRANSLITERATION]
    out.leaf("NAME_ORIGINAL_SCRIPT", original[0].value if original else "")
    out.leaf("COMMENTS1", draft.reasons)
    if person:
        nationalities = [country_name(code) for code in draft.nationalities]
        nationalities += note_values(draft.notes, NOTE_UNKNOWN_NATIONALITY)
        out.group("NATIONALITY", (("VALUE", value) for value in nationalities))
    out.group("LIST_TYPE", [("VALUE", "Accord" if list_type.startswith(_ACCORD_LIST) else "UN List")])
    out.group("LAST_DAY_UPDATED", (("VALUE", value) for value in note_values(draft.notes, NOTE_UN_UPDATED)))

    weak = set(note_values(draft.notes, NOTE_WEAK_ALIAS))
    first_original = original[0] if original else None
    for name in draft.names:
        if name is primary or name is first_original:
            continue
        quality = "f.k.a." if name.kind is NameKind.FORMER else "Low" if name.value in weak else "Good"
        out.group(f"{tag}_ALIAS", [("QUALITY", quality), ("ALIAS_NAME", name.value)])

    for address in draft.addresses:
        # Accord keeps an address as one line; STREET carries it whole (re-imported unchanged).
        out.group(f"{tag}_ADDRESS", [("STREET", address)])
    countries = [country_name(code) for code in draft.countries]
    countries += note_values(draft.notes, NOTE_UNKNOWN_COUNTRY)
    for country in countries:
        out.group(f"{tag}_ADDRESS", [("COUNTRY", country)])

    if person:
        _write_birth_dates(out, draft)
        for place in draft.birth_places:
            out.group("INDIVIDUAL_PLACE_OF_BIRTH", [("CITY", place)])
        for identifier in draft.identifiers:
            out.group(
                "INDIVIDUAL_DOCUMENT",
                [
                    ("TYPE_OF_DOCUMENT", _DOCUMENT_LABELS[identifier.kind]),
                    ("NUMBER", identifier.value),
                    ("ISSUING_COUNTRY", country_name(identifier.country) if identifier.country else ""),
                ],
            )
    out.close(tag)
    return "".join(out.parts)


def _write_birth_dates(out: _Builder, draft: Draft) -> None:
    ranges: list[tuple[int, int]] = []
    for value in note_values(draft.notes, NOTE_BIRTH_BETWEEN):
        match = re.fullmatch(r"(\d{4})-(\d{4})", value)
        if match:
            ranges.append((int(match.group(1)), int(match.group(2))))
    approximate = set(note_values(draft.notes, NOTE_APPROX_BIRTH))
    written: set[tuple[int, int]] = set()
    for value in draft.birth_dates:
        span = next((r for r in ranges if len(value) == 4 and r[0] <= int(value) <= r[1]), None)
        if span is not None:
            # The years of a BETWEEN range were expanded on import; write the range once, at its first year.
            if span not in written:
                written.add(span)
                out.group(
                    "INDIVIDUAL_DATE_OF_BIRTH",
                    [("TYPE_OF_DATE", "BETWEEN"), ("FROM_YEAR", str(span[0])), ("TO_YEAR", str(span[1]))],
                )
            continue
        date_type = "APPROXIMATELY" if value in approximate else "EXACT"
        out.group(
            "INDIVIDUAL_DATE_OF_BIRTH", [("TYPE_OF_DATE", date_type), ("YEAR" if len(value) == 4 else "DATE", value)]
        )


def write(designations: Iterable[Designation], out: IO[bytes]) -> int:
    """Write a CONSOLIDATED_LIST (UTF-8); returns the count of records written."""
    count = 0
    out.write(b'<?xml version="1.0" encoding="UTF-8"?>\n<CONSOLIDATED_LIST>\n  <INDIVIDUALS>\n')
    # The list puts all individuals before all entities; entities wait in a spooled file, not in memory.
    with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as entities:
        for designation in designations:
            xml = designation_to_xml(designation).encode("utf-8")
            if designation.draft.schema is Schema.PERSON:
                out.write(xml)
            else:
                entities.write(xml)
            count += 1
        out.write(b"  </INDIVIDUALS>\n  <ENTITIES>\n")
        entities.seek(0)
        shutil.copyfileobj(entities, out)
    out.write(b"  </ENTITIES>\n</CONSOLIDATED_LIST>\n")
    return count
