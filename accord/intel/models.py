"""Value objects of the intelligence feature: scopes, TLP, filters, results."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple


class Tlp(StrEnum):
    CLEAR = "clear"
    GREEN = "green"
    AMBER = "amber"
    AMBER_STRICT = "amber+strict"
    RED = "red"


# TLP 2.0 marking definitions (FIRST TLP v2 as STIX 2.1 marking definitions),
# and the STIX 2.1 spec's TLP 1.0 ones, which feeds still use.
TLP_MARKINGS: dict[str, Tlp] = {
    "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487": Tlp.CLEAR,
    "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb": Tlp.GREEN,
    "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421": Tlp.AMBER,
    "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003": Tlp.AMBER_STRICT,
    "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1": Tlp.RED,
    "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9": Tlp.CLEAR,  # TLP 1.0 white
    "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da": Tlp.GREEN,
    "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82": Tlp.AMBER,
    "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed": Tlp.RED,
}
TLP2_MARKING_BY_LEVEL: dict[Tlp, str] = {level: mid for mid, level in list(TLP_MARKINGS.items())[:5]}


@dataclass(frozen=True)
class Filters:
    """Query filters shared by TAXII, REST and export."""

    ids: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    versions: tuple[str, ...] = ("last",)  # "last", "first", "all", or exact version stamps (µs as str)
    spec_versions: tuple[str, ...] = ()
    added_after_us: int | None = None
    limit: int = 1000
    text: str | None = None
    created_by: str | None = None
    modified_from_us: int | None = None
    modified_to_us: int | None = None


class Item(NamedTuple):
    """One version on a page (a tuple: a page of 1,000 is built per request)."""

    date_added_us: int
    object_id: str
    version_text: str
    body: str
    originator_party_id: int


@dataclass(frozen=True)
class Page:
    items: list[Item]
    more: bool


class Outcome(NamedTuple):
    """What became of one posted object (a tuple: a POST makes 1,000 of them)."""

    id: str | None
    version: str | None
    message: str | None = None


@dataclass
class PostResult:
    successes: list[Outcome] = field(default_factory=list)
    failures: list[Outcome] = field(default_factory=list)
    stored: int = 0
    duplicates: int = 0

    @property
    def total(self) -> int:
        return len(self.successes) + len(self.failures)

    def as_details(self) -> dict[str, Any]:
        def rows(xs: list[Outcome]) -> list[dict[str, Any]]:
            out = []
            for oid, version, message in xs:
                row = {"id": oid} if oid else {}
                if version:
                    row["version"] = version
                if message:
                    row["message"] = message
                out.append(row)
            return out

        return {"successes": rows(self.successes), "failures": rows(self.failures), "pendings": []}
