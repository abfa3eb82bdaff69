"""Value objects of the register feature: designations and their parts.

A *draft* is what a registrar, an import file or a screening query supplies;
a *designation* is a stored entry (a draft plus its identity, tier, status and
provenance). Import/export formats and the screening matcher work on these
plain objects and never touch the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Schema(StrEnum):
    """Entity kinds, named as FollowTheMoney names them."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    COMPANY = "Company"
    LEGAL_ENTITY = "LegalEntity"
    VESSEL = "Vessel"


ORGANISATION_SCHEMAS = frozenset({Schema.ORGANIZATION, Schema.COMPANY, Schema.LEGAL_ENTITY})


class Category(StrEnum):
    TERRORISM = "terrorism"
    SEPARATISM = "separatism"
    EXTREMISM = "extremism"
    OTHER = "other"


class NameKind(StrEnum):
    PRIMARY = "primary"
    ALIAS = "alias"
    TRANSLITERATION = "transliteration"
    FORMER = "former"


class Tier(StrEnum):
    NATIONAL = "national"  # entered by a state's registrar, live at once, withdrawn only by that state
    JOINT = "joint"  # listed/delisted by the alliance (a council decision)


class EntryStatus(StrEnum):
    ACTIVE = "active"  # a national designation in force
    WITHDRAWN = "withdrawn"  # a national designation withdrawn by its state
    PROPOSED = "proposed"  # a joint listing proposed, not yet decided
    LISTED = "listed"  # a joint listing in force
    DELISTED = "delisted"  # a joint listing removed


# Entries in these states are screened against; the others are history.
IN_FORCE = frozenset({EntryStatus.ACTIVE, EntryStatus.LISTED})


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


class IdentifierKind(StrEnum):
    PASSPORT = "passport"
    NATIONAL_ID = "national_id"
    REGISTRATION = "registration"  # company / organisation registration number
    TAX = "tax"
    IMO = "imo"  # vessels
    OTHER = "other"


@dataclass(frozen=True)
class Name:
    value: str
    kind: NameKind = NameKind.PRIMARY
    script: str | None = None  # ISO 15924 (Latn, Cyrl, Hans, Hant, Arab, Deva, ...); detected when absent
    lang: str | None = None  # ISO 639-1 where known


@dataclass(frozen=True)
class Identifier:
    kind: IdentifierKind
    value: str
    country: str | None = None  # ISO 3166-1 alpha-2 of the issuer


@dataclass(frozen=True)
class Draft:
    """The content of a designation, as entered or imported."""

    schema: Schema
    names: tuple[Name, ...]
    category: Category = Category.OTHER
    reasons: str = ""
    birth_dates: tuple[str, ...] = ()  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    birth_places: tuple[str, ...] = ()
    nationalities: tuple[str, ...] = ()  # ISO 3166-1 alpha-2, upper case
    countries: tuple[str, ...] = ()  # countries of residence / registration / operation
    gender: Gender | None = None
    identifiers: tuple[Identifier, ...] = ()
    addresses: tuple[str, ...] = ()
    stix_refs: tuple[str, ...] = ()  # STIX ids of linked intelligence (identity, intrusion-set, report, ...)
    reference: str = ""  # the designating authority's reference (national decree no., UN "QDi.123", ...)
    listed_on: date | None = None  # date of the designation by its authority
    source_id: str = ""  # id in the file it was imported from (FtM id, UN DATAID), for re-import
    notes: str = ""

    @property
    def primary_name(self) -> str:
        for name in self.names:
            if name.kind is NameKind.PRIMARY:
                return name.value
        return self.names[0].value if self.names else ""


@dataclass(frozen=True)
class Designation:
    """A stored register entry."""

    id: str  # "des-" + short stable id
    tier: Tier
    status: EntryStatus
    party_code: str | None  # the designating state for national entries; None for joint listings
    scope: str  # "alliance", "members", "own:CN", "group:<slug>"
    draft: Draft
    revision: int  # increases with every change
    created_at: str  # ISO 8601 UTC
    updated_at: str
    basis: str = ""  # why the current status holds: decision number, reason of the admin action
    extra: dict[str, str] = field(default_factory=dict)
