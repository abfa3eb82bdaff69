"""FollowTheMoney entity JSON lines (the OpenSanctions export format).

One entity per line: ``{"id", "schema", "properties": {prop: [str, ...]}, ...}``.
Only the designation schemas (Person, Organization, Company, LegalEntity,
Vessel) are read; any other entity (Address, Sanction, Identification,
Ownership ...) becomes an error row naming its schema, and reading goes on.

Import mapping (property → draft field):

- ``name`` → primary names; ``alias`` → alias; ``weakAlias`` → alias plus a
  ``weak alias:`` notes line; ``previousName`` → former. A Person without
  ``name`` is named from ``firstName``/``middleName``/``fatherName``/``lastName``.
- ``birthDate`` → birth_dates (partial dates kept); ``birthPlace`` → birth_places;
  ``nationality``, ``citizenship`` → nationalities; ``country``, ``jurisdiction``,
  ``mainCountry``, ``flag`` → countries (codes or names; unknown ones become
  ``unrecognised ...:`` notes lines); ``gender`` → gender; ``address`` → addresses.
- ``passportNumber`` → passport; ``idNumber`` → national_id (Person) or other;
  ``registrationNumber``, ``ogrnCode`` → registration; ``taxNumber``, ``innCode`` → tax;
  ``imoNumber`` → imo; ``leiCode`` → other.
- ``notes``, ``summary`` → reasons; ``topics`` containing ``crime.terror`` → category
  terrorism (else other); ``topics``, ``program``, ``sourceUrl``, ``datasets`` → notes lines;
  ``id`` → source_id.

Export writes one entity per designation: ``id`` = the designation id, only
properties valid for the schema (country codes lower case, as FtM writes
them), ``topics`` (``sanction`` while in force, ``crime.terror`` for
terrorism), ``datasets: ["accord"]``, and a top-level ``"accord"`` object —
FtM tools ignore unknown top-level keys — holding what FtM cannot say: the
category, reference, listing date, STIX links, notes, source id, each name's
kind/script/language, each identifier's kind/issuer, draft fields the schema
has no property for, and (informative only) tier/status/party/scope.

On import the properties stay authoritative: the ``accord`` name and
identifier details are applied only while they describe exactly the values
the properties hold (an entity edited by another tool falls back to the
plain mapping).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import IO, Any, BinaryIO

from accord.jsontext import compact_json
from accord.register.formats._common import (
    NOTE_UNKNOWN_COUNTRY,
    NOTE_UNKNOWN_NATIONALITY,
    NOTE_WEAK_ALIAS,
    ImportRow,
    RecordError,
    countries_or_notes,
    join_notes,
    make_name,
    note_line,
    note_values,
    partial_date,
    unique,
    unique_names,
)
from accord.register.models import (
    IN_FORCE,
    ORGANISATION_SCHEMAS,
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

_SCHEMAS = {schema.value: schema for schema in Schema}
_LEGAL = frozenset({Schema.PERSON, *ORGANISATION_SCHEMAS})

# Properties each designation schema has in the FtM model (the subset we map).
_THING_PROPS = frozenset(
    {"name", "alias", "weakAlias", "previousName", "notes", "summary", "country", "address", "topics", "program"}
)
_LEGAL_PROPS = frozenset(
    {"jurisdiction", "mainCountry", "idNumber", "registrationNumber", "taxNumber", "innCode", "ogrnCode", "leiCode"}
)
_PERSON_PROPS = frozenset(
    {"birthDate", "birthPlace", "nationality", "citizenship", "gender", "passportNumber"}
    | {"firstName", "middleName", "fatherName", "lastName"}
)
_VESSEL_PROPS = frozenset({"imoNumber", "flag", "registrationNumber"})


def _allowed(schema: Schema) -> frozenset[str]:
    if schema is Schema.PERSON:
        return _THING_PROPS | _LEGAL_PROPS | _PERSON_PROPS
    if schema is Schema.VESSEL:
        return _THING_PROPS | _VESSEL_PROPS
    return _THING_PROPS | _LEGAL_PROPS


_IDENTIFIER_PROPS_IN: tuple[tuple[str, IdentifierKind], ...] = (
    ("passportNumber", IdentifierKind.PASSPORT),
    ("idNumber", IdentifierKind.NATIONAL_ID),  # OTHER for non-persons, see _read_identifiers
    ("registrationNumber", IdentifierKind.REGISTRATION),
    ("ogrnCode", IdentifierKind.REGISTRATION),
    ("taxNumber", IdentifierKind.TAX),
    ("innCode", IdentifierKind.TAX),
    ("imoNumber", IdentifierKind.IMO),
    ("leiCode", IdentifierKind.OTHER),
)
_IDENTIFIER_PROP_OUT = {
    IdentifierKind.PASSPORT: "passportNumber",
    IdentifierKind.NATIONAL_ID: "idNumber",
    IdentifierKind.REGISTRATION: "registrationNumber",
    IdentifierKind.TAX: "taxNumber",
    IdentifierKind.IMO: "imoNumber",
    IdentifierKind.OTHER: "idNumber",
}
_TERROR_TOPIC = "crime.terror"
EXTENSION = "accord"  # the top-level key of Accord's own fields


def _identifier_prop(schema: Schema, kind: IdentifierKind) -> str | None:
    """The property an identifier is exported to, or None when the schema has no place for it."""
    prop = _IDENTIFIER_PROP_OUT[kind]
    return prop if prop in _allowed(schema) else None


# ---------------------------------------------------------------------------
# reading


def read(data: BinaryIO) -> Iterator[ImportRow]:
    """Read FtM JSON lines; a broken line is an error row and reading goes on with the next line."""
    for number, raw in enumerate(data, 1):
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield ImportRow(number, None, f"line {number}: not UTF-8 text (byte {exc.start + 1})")
            continue
        try:
            entity = json.loads(text)
        except json.JSONDecodeError as exc:
            yield ImportRow(number, None, f"line {number}: not JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(entity, dict):
            yield ImportRow(number, None, f"line {number}: not a JSON object (an FtM entity)")
            continue
        schema = entity.get("schema")
        hint = schema if isinstance(schema, str) else ""
        label = f"line {number}"
        if isinstance(entity.get("id"), str):
            label += f" (entity {entity['id']})"
        try:
            draft = entity_to_draft(entity)
        except RecordError as exc:
            yield ImportRow(number, None, f"{label}: {exc}", hint)
            continue
        yield ImportRow(number, draft, None, hint)


def _properties(entity: dict[str, Any]) -> dict[str, list[str]]:
    raw = entity.get("properties", {})
    if not isinstance(raw, dict):
        raise RecordError("properties is not an object")
    props: dict[str, list[str]] = {}
    for key, values in raw.items():
        # FtM writes lists; a bare string or number from a hand-made file is accepted as one value.
        items = values if isinstance(values, list) else [values]
        texts: list[str] = []
        for item in items:
            if isinstance(item, bool) or not isinstance(item, str | int | float):
                raise RecordError(f"property {key} holds a non-text value")
            texts.append(str(item))
        # Strip only: notes keep their line breaks; names, dates and countries are cleaned where mapped.
        props[str(key)] = [text.strip() for text in texts if text.strip()]
    return props


def entity_to_draft(entity: dict[str, Any]) -> Draft:
    """Map one FtM entity (a parsed JSON object) to a Draft; RecordError names the refused field."""
    schema_name = entity.get("schema")
    if not isinstance(schema_name, str) or not schema_name:
        raise RecordError("schema is missing")
    schema = _SCHEMAS.get(schema_name)
    if schema is None:
        raise RecordError(
            f"schema {schema_name!r} is not a designation (Person, Organization, Company, LegalEntity, Vessel); skipped"
        )
    props = _properties(entity)
    ext = entity.get(EXTENSION)
    if ext is not None and not isinstance(ext, dict):
        raise RecordError(f"{EXTENSION} is not an object")
    fields = _ext_dict(ext, "fields")
    notes: list[str] = []

    def get(prop: str) -> list[str]:
        return props.get(prop, []) if prop in _allowed(schema) else []

    names = _read_names(schema, get, notes)
    if not any(name.kind is NameKind.PRIMARY for name in names):
        # Aliases alone do not make a designation: the registrar must say what the entity is called.
        raise RecordError("name is missing")

    if "birthDate" in _allowed(schema):
        birth_dates = [partial_date(value, "birthDate") for value in get("birthDate")]
    else:
        birth_dates = [partial_date(value, "accord.fields.birth_dates") for value in _str_list(fields, "birth_dates")]
    nationalities, nat_notes = countries_or_notes(get("nationality") + get("citizenship"), NOTE_UNKNOWN_NATIONALITY)
    if "nationality" not in _allowed(schema):
        nationalities, nat_notes = countries_or_notes(_str_list(fields, "nationalities"), NOTE_UNKNOWN_NATIONALITY)
    countries, country_notes = countries_or_notes(
        get("country") + get("jurisdiction") + get("mainCountry") + get("flag"), NOTE_UNKNOWN_COUNTRY
    )
    notes += nat_notes + country_notes
    birth_places = get("birthPlace") if "birthPlace" in _allowed(schema) else _str_list(fields, "birth_places")
    gender_values = get("gender") if "gender" in _allowed(schema) else _str_list(fields, "gender")
    gender = _read_gender(gender_values, notes)
    identifiers = _read_identifiers(schema, get)

    topics = get("topics")
    category = Category.TERRORISM if _TERROR_TOPIC in topics else Category.OTHER
    if topics:
        notes.append(note_line("topics", ", ".join(topics)))
    notes += [note_line("program", value) for value in get("program")]
    notes += [note_line("source url", value) for value in props.get("sourceUrl", [])]
    datasets = entity.get("datasets")
    if isinstance(datasets, list) and datasets:
        notes.append(note_line("datasets", ", ".join(str(item) for item in datasets)))
    reasons = "\n".join(get("notes") + get("summary"))
    source_id = str(entity.get("id") or "")
    reference = ""
    listed_on: date | None = None
    stix_refs: tuple[str, ...] = ()
    notes_text = join_notes(*notes)

    if ext is not None:
        # Accord's own export: these fields have no FtM property, the extension carries them as they were.
        names = _ext_names(ext, names)
        identifiers = _ext_identifiers(ext, schema, identifiers)
        category = _ext_enum(ext, "category", Category, category)
        reference = _ext_str(ext, "reference")
        listed_raw = _ext_str(ext, "listed_on")
        if listed_raw:
            try:
                listed_on = date.fromisoformat(listed_raw)
            except ValueError:
                raise RecordError(f"{EXTENSION}.listed_on {listed_raw!r} is not a date") from None
        stix_refs = tuple(_str_list(ext, "stix_refs"))
        notes_text = _ext_str(ext, "notes")
        source_id = _ext_str(ext, "source_id") or source_id

    return Draft(
        schema=schema,
        names=names,
        category=category,
        reasons=reasons,
        birth_dates=unique(birth_dates),
        birth_places=unique(birth_places),
        nationalities=unique(nationalities),
        countries=unique(countries),
        gender=gender,
        identifiers=identifiers,
        addresses=unique(get("address")),
        stix_refs=stix_refs,
        reference=reference,
        listed_on=listed_on,
        source_id=source_id,
        notes=notes_text,
    )


def _read_names(schema: Schema, get: Callable[[str], list[str]], notes: list[str]) -> tuple[Name, ...]:
    found: list[Name | None] = []
    found += [make_name(value, NameKind.PRIMARY) for value in get("name")]
    if not found and schema is Schema.PERSON:
        # Some sources only give name parts.
        parts = get("firstName")[:1] + get("middleName")[:1] + get("fatherName")[:1] + get("lastName")[:1]
        found.append(make_name(" ".join(parts), NameKind.PRIMARY))
    found += [make_name(value, NameKind.ALIAS) for value in get("alias")]
    weak = [make_name(value, NameKind.ALIAS) for value in get("weakAlias")]
    found += weak
    # The model has no alias quality; keep it in notes so an export can write weakAlias / UN "Low" again.
    notes += [note_line(NOTE_WEAK_ALIAS, name.value) for name in weak if name is not None]
    found += [make_name(value, NameKind.FORMER) for value in get("previousName")]
    return unique_names(name for name in found if name is not None)


def _read_gender(values: list[str], notes: list[str]) -> Gender | None:
    for value in values:
        try:
            return Gender(value.lower())
        except ValueError:
            # FtM also has "other"; the model knows male/female only.
            notes.append(note_line("gender", value))
    return None


def _read_identifiers(schema: Schema, get: Callable[[str], list[str]]) -> tuple[Identifier, ...]:
    found: list[Identifier] = []
    for prop, kind in _IDENTIFIER_PROPS_IN:
        if prop == "idNumber" and schema is not Schema.PERSON:
            kind = IdentifierKind.OTHER
        found += [Identifier(kind=kind, value=value) for value in get(prop)]
    return tuple(dict.fromkeys(found))


# --- the "accord" extension -------------------------------------------------


def _ext_str(ext: dict[str, Any], key: str) -> str:
    value = ext.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise RecordError(f"{EXTENSION}.{key} is not a string")
    return value


def _ext_dict(ext: dict[str, Any] | None, key: str) -> dict[str, Any]:
    if ext is None:
        return {}
    value = ext.get(key, {})
    if not isinstance(value, dict):
        raise RecordError(f"{EXTENSION}.{key} is not an object")
    return value


def _str_list(obj: dict[str, Any], key: str) -> list[str]:
    value = obj.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise RecordError(f"{EXTENSION}.{key} is not a list of strings")
    return list(value)


def _ext_enum(ext: dict[str, Any], key: str, enum: type[Category], default: Category) -> Category:
    raw = _ext_str(ext, key)
    if not raw:
        return default
    try:
        return enum(raw)
    except ValueError:
        raise RecordError(f"{EXTENSION}.{key} {raw!r} is not one of {', '.join(enum)}") from None


def _rows(ext: dict[str, Any], key: str, width: int) -> list[list[str | None]]:
    value = ext.get(key, [])
    ok = isinstance(value, list) and all(
        isinstance(row, list) and len(row) == width and all(item is None or isinstance(item, str) for item in row)
        for row in value
    )
    if not ok:
        raise RecordError(f"{EXTENSION}.{key} is not a list of {width}-item lists")
    return list(value)


def _ext_names(ext: dict[str, Any], names: tuple[Name, ...]) -> tuple[Name, ...]:
    if "names" not in ext:
        return names
    detailed: list[Name] = []
    for value, kind, script, lang in _rows(ext, "names", 4):
        try:
            name_kind = NameKind(kind or "")
        except ValueError:
            raise RecordError(f"{EXTENSION}.names kind {kind!r} is not a name kind") from None
        detailed.append(Name(value=value or "", kind=name_kind, script=script, lang=lang))
    # Only while the extension describes exactly the names the properties hold.
    if Counter(n.value for n in detailed) == Counter(n.value for n in names):
        return tuple(detailed)
    return names


def _ext_identifiers(
    ext: dict[str, Any], schema: Schema, identifiers: tuple[Identifier, ...]
) -> tuple[Identifier, ...]:
    if "identifiers" not in ext:
        return identifiers
    detailed: list[Identifier] = []
    for kind, value, country in _rows(ext, "identifiers", 3):
        try:
            id_kind = IdentifierKind(kind or "")
        except ValueError:
            raise RecordError(f"{EXTENSION}.identifiers kind {kind!r} is not an identifier kind") from None
        detailed.append(Identifier(kind=id_kind, value=value or "", country=country))
    # The extension also lists identifiers the schema had no property for; compare what was emitted.
    emitted = Counter(i.value for i in detailed if _identifier_prop(schema, i.kind) is not None)
    if emitted == Counter(i.value for i in identifiers):
        return tuple(detailed)
    return identifiers


# ---------------------------------------------------------------------------
# writing


def designation_to_entity(designation: Designation) -> dict[str, Any]:
    """Map a designation to an FtM entity dict (see the module docstring for the layout)."""
    draft = designation.draft
    schema = draft.schema
    allowed = _allowed(schema)
    props: dict[str, list[str]] = {}
    fields: dict[str, list[str]] = {}

    def put(prop: str, values: Iterable[str], field: str | None = None, as_field: Iterable[str] = ()) -> None:
        items = [value for value in values if value]
        if not items:
            return
        if prop in allowed:
            props.setdefault(prop, []).extend(items)
        elif field is not None:
            # The schema has no such property: the extension keeps the draft's own values.
            fields[field] = list(as_field) or items

    weak = set(note_values(draft.notes, NOTE_WEAK_ALIAS))
    for name in draft.names:
        if name.kind is NameKind.PRIMARY:
            put("name", [name.value])
        elif name.kind is NameKind.FORMER:
            put("previousName", [name.value])
        elif name.value in weak:
            put("weakAlias", [name.value])
        else:
            put("alias", [name.value])  # aliases and transliterations alike
    if "name" not in props and draft.names:
        # FtM requires a name: promote the first one (its real kind stays in the extension).
        props["name"] = [draft.names[0].value]
        for prop in ("alias", "weakAlias", "previousName"):
            if draft.names[0].value in props.get(prop, []):
                props[prop].remove(draft.names[0].value)
                if not props[prop]:
                    del props[prop]
    put("birthDate", draft.birth_dates, "birth_dates")
    put("birthPlace", draft.birth_places, "birth_places")
    put("nationality", [code.lower() for code in draft.nationalities], "nationalities", draft.nationalities)
    put("gender", [draft.gender.value] if draft.gender else [], "gender")
    put("country", [code.lower() for code in draft.countries])
    put("address", draft.addresses)
    for identifier in draft.identifiers:
        id_prop = _identifier_prop(schema, identifier.kind)
        if id_prop is not None:
            put(id_prop, [identifier.value])
    put("notes", [draft.reasons])
    topics = ["sanction"] if designation.status in IN_FORCE else []
    if draft.category is Category.TERRORISM:
        topics.append(_TERROR_TOPIC)
    put("topics", topics)

    ext: dict[str, Any] = {
        "tier": designation.tier.value,
        "status": designation.status.value,
        "party": designation.party_code,
        "scope": designation.scope,
        "revision": designation.revision,
        "category": draft.category.value,
        "reference": draft.reference,
        "listed_on": draft.listed_on.isoformat() if draft.listed_on else "",
        "stix_refs": list(draft.stix_refs),
        "notes": draft.notes,
        "source_id": draft.source_id,
        "names": [[n.value, n.kind.value, n.script, n.lang] for n in draft.names],
        "identifiers": [[i.kind.value, i.value, i.country] for i in draft.identifiers],
    }
    if fields:
        ext["fields"] = fields
    return {
        "id": designation.id,
        "schema": schema.value,
        "caption": draft.primary_name,
        "properties": props,
        "datasets": ["accord"],
        "target": designation.status in IN_FORCE,
        "first_seen": designation.created_at,
        "last_change": designation.updated_at,
        EXTENSION: ext,
    }


def write(designations: Iterable[Designation], out: IO[bytes]) -> int:
    """Write one FtM entity per line (UTF-8, no BOM); returns the count."""
    count = 0
    for designation in designations:
        entity = designation_to_entity(designation)
        out.write(compact_json(entity).encode("utf-8") + b"\n")
        count += 1
    return count


__all__ = ["EXTENSION", "designation_to_entity", "entity_to_draft", "read", "write"]
