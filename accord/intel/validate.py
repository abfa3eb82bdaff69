"""STIX 2.1 validation of objects entering the hub.

``validate_object(obj)`` returns every problem of one STIX 2.1 object, ``[]``
when it is valid. What is valid is defined by a reference, the OASIS
``stix2-validator`` (3.3) in its default, non-strict mode: an object is
accepted here exactly when ``validate_instance(obj, ValidationOptions())``
reports it valid (its best-practice warnings do not count; an object it cannot
give a verdict on, because one of its checks raises, counts as invalid).
``tests/test_validate.py`` holds the two to that on a large generated and
mutated corpus.

Why the rules are written out here instead of calling the reference: the hub
must validate at least 10,000 objects per second per core, and the libraries
do not come close. ``stix2-validator`` re-reads and re-resolves its JSON
schemas for every object (about 350 objects per second on one core, see
``bench/validate_bench.py``) and ``stix2.parse`` manages about 1,800 indicators
or 6,000 ATT&CK objects per second; a STIX pattern alone costs
``stix2-patterns`` about half a millisecond. So this module states the same
rules directly:

- the JSON schemas the validator ships (``schemas-2.1``), transcribed below as
  Python data (descriptions dropped, each ``$ref`` replaced by the Python value
  it points to) and compiled once, at import, into closures over precompiled
  regexes; the top-level properties of an object are checked one by one, so
  that each problem names its property;
- the validator's MUST checks (``v21/musts.py``: real calendar dates,
  ``modified >= created`` and the other ordered pairs, marking selectors,
  language codes, media types, references inside observed-data, UUID
  versions, CPE names), ported with the same semantics;
- the places where its SHOULD checks raise on malformed input, which the
  schema mostly rules out but not inside custom properties;
- indicator patterns checked with ``stix2-patterns`` exactly as the validator
  does, behind an LRU cache keyed by pattern text: real feeds repeat patterns.

Where the reference is laxer than one might expect, this module follows it:
``created_by_ref`` may name any object type; ``object_marking_refs`` of
objects other than marking definitions may hold any identifier; the
``*_ref(s)`` properties of cyber-observables, and custom ``*_ref``
properties, only have to be strings; the id of a custom type need not start
with that type; open vocabularies are open.

Two deliberate differences, both stricter, because this hub speaks STIX 2.1
and stores objects, not transport wrappers:

- ``spec_version`` must be ``"2.1"`` when present (SDOs, SROs and the like must
  carry it). The reference validates an object that says ``"2.0"`` against
  STIX 2.0 instead, and fails on any other value;
- a ``bundle`` is refused: it is a container, and its objects are validated
  one by one.
"""

from __future__ import annotations

import functools
import numbers
import re
import reprlib
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

import idna
from stix2patterns.v21.pattern import Pattern  # type: ignore[import-untyped]
from stix2patterns.validator import run_validator  # type: ignore[import-untyped]

from accord.intel.patterns import compared_properties

__all__ = ["Problem", "Validator", "validate_object"]


@dataclass(frozen=True)
class Problem:
    """One reason why an object is not valid STIX 2.1."""

    object_id: str | None
    """The object's ``id`` if it has a well-formed one, else None."""
    property: str | None
    """The offending top-level property, None for whole-object issues."""
    message: str
    """One sentence naming the object and the property."""


# --------------------------------------------------------------------------------------------------------------------
# A compiler for the part of JSON Schema (draft 2020-12, as python-jsonschema evaluates it) that the STIX schemas use.
# A compiled node answers "is this value valid?"; keywords that do not apply to a value's JSON type are ignored, as
# JSON Schema says. "$desc" is ours: the words used in problem messages.

_Node = Callable[[Any], bool]
_Schema = Mapping[str, Any]


def _words(text: str) -> list[str]:
    """Long lists of names, written as text."""
    return text.split()


def _is_integer(v: Any) -> bool:
    # python-jsonschema counts 1.0 as an integer, and a bool as neither integer nor number.
    if isinstance(v, bool):
        return False
    return isinstance(v, int) or (isinstance(v, float) and v.is_integer())


def _is_number(v: Any) -> bool:
    return isinstance(v, numbers.Number) and not isinstance(v, bool)


_TYPE_CHECKS: Final[dict[str, _Node]] = {
    "string": lambda v: isinstance(v, str),
    "integer": _is_integer,
    "number": _is_number,
    "boolean": lambda v: isinstance(v, bool),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "null": lambda v: v is None,
}

# "email" is the one format stix2-validator overrides: a stricter regex than jsonschema's "contains an @".
_EMAIL_RE: Final = re.compile(r"(^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+\.[a-zA-Z0-9-.]+$)")

# The "uri" format as python-jsonschema checks it when rfc3986-validator is installed, which stix2-validator's
# dependency jsonschema[format-nongpl] ensures. The regex is that of rfc3986-validator 0.1.1 (MIT licence).
_IPV6_RE: Final = (
    r"(?:(?:[0-9A-Fa-f]{1,4}:){6}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]["
    r"0-9]?)\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?))|::(?:[0-9A-Fa-f]{1,4}:){5}(?:[0-9A-Fa-f]{1,"
    r"4}:[0-9A-Fa-f]{1,4}|(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]["
    r"0-9]?))|(?:[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){4}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:(?:25[0-5]|2["
    r"0-4][0-9]|[01]?[0-9][0-9]?)\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?))|(?:(?:[0-9A-Fa-f]{1,"
    r"4}:)?[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){3}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:(?:25[0-5]|2[0-4]["
    r"0-9]|[01]?[0-9][0-9]?)\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?))|(?:(?:[0-9A-Fa-f]{1,4}:){,"
    r"2}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){2}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:(?:25[0-5]|2[0-4]["
    r"0-9]|[01]?[0-9][0-9]?)\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?))|(?:(?:[0-9A-Fa-f]{1,4}:){,"
    r"3}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:)(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:(?:25[0-5]|2[0-4][0-9]|["
    r"01]?[0-9][0-9]?)\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?))|(?:(?:[0-9A-Fa-f]{1,4}:){,4}[0-9A-Fa-f]{1,"
    r"4})?::(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\.){3}(?:25[0-5]|2["
    r"0-4][0-9]|[01]?[0-9][0-9]?))|(?:(?:[0-9A-Fa-f]{1,4}:){,5}[0-9A-Fa-f]{1,4})?::[0-9A-Fa-f]{1,4}|(?:(?:["
    r"0-9A-Fa-f]{1,4}:){,6}[0-9A-Fa-f]{1,4})?::)"
)
_AUTHORITY_RE: Final = rf"""
    (?:(?:[a-zA-Z0-9_.~\-!$&'()*+,;=:]|%[0-9A-Fa-f]{{2}})*@)? # user info
    (?:
          \[(?:{_IPV6_RE}|v[0-9A-Fa-f]+\.[a-zA-Z0-9_.~\-!$&'()*+,;=:]+)\] # IP-literal
        | (?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\.){{3}}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?) # IPv4
        | (?:[a-zA-Z0-9_.~\-!$&'()*+,;=]|%[0-9A-Fa-f]{{2}})* # reg-name
    ) # host
    (?::[0-9]*)? # port
"""
_PCHAR_RE: Final = r"(?:[a-zA-Z0-9_.~\-!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})"
_QUERY_RE: Final = r"(?:[a-zA-Z0-9_.~\-!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*"
_URI_RE: Final = re.compile(
    rf"""^
    [a-zA-Z][a-zA-Z0-9+.-]* #scheme
    :
    (?:
          //
          {_AUTHORITY_RE}
          (?:/{_PCHAR_RE}*)* # path-abempty
        | /(?:{_PCHAR_RE}+ (?:/{_PCHAR_RE}*)*)? # path-absolute
        | {_PCHAR_RE}+ (?:/{_PCHAR_RE}*)*  # path-rootless
        |  # or nothing
    ) # hier-part
    (?:\?{_QUERY_RE})? # Query
    (?:\#{_QUERY_RE})? # Fragment
$""",
    re.VERBOSE,
)


@functools.lru_cache(maxsize=4096)
def _is_idn_hostname(value: str) -> bool:
    # jsonschema's "idn-hostname": whatever idna.encode accepts.
    try:
        idna.encode(value)
    except (idna.IDNAError, UnicodeError):
        return False
    return True


_FORMAT_CHECKS: Final[dict[str, _Node]] = {
    "email": lambda v: not isinstance(v, str) or _EMAIL_RE.match(v) is not None,
    "uri": lambda v: not isinstance(v, str) or _URI_RE.match(v) is not None,
    "idn-hostname": lambda v: not isinstance(v, str) or _is_idn_hostname(v),
}


def _always(v: Any) -> bool:
    return True


def _never(v: Any) -> bool:
    return False


def _conj(checks: list[_Node]) -> _Node:
    if not checks:
        return _always
    if len(checks) == 1:
        return checks[0]
    frozen = tuple(checks)

    def node(v: Any) -> bool:
        for check in frozen:  # noqa: SIM110  # a plain loop: all() over a generator is slower on this hot path
            if not check(v):
                return False
        return True

    return node


def _enum(values: Iterable[Any]) -> _Node:
    values = list(values)
    # The STIX schemas only enumerate strings and booleans; JSON Schema equality keeps true apart from 1.
    if all(isinstance(x, str) for x in values):
        allowed = frozenset(values)
        return lambda v: isinstance(v, str) and v in allowed
    if all(isinstance(x, bool) for x in values):
        flags = tuple(values)
        return lambda v: isinstance(v, bool) and v in flags
    raise ValueError(f"unsupported enum {values!r}")


def _members(props: Mapping[str, _Node], patterns: list[tuple[re.Pattern[str], _Node]], extra: _Node | None) -> _Node:
    """properties + patternProperties + additionalProperties of one schema object."""

    def node(v: Any) -> bool:
        if not isinstance(v, dict):
            return True
        for key, value in v.items():
            matched = False
            check = props.get(key)
            if check is not None:
                matched = True
                if not check(value):
                    return False
            for rx, pattern_check in patterns:
                if rx.search(key) is not None:
                    matched = True
                    if not pattern_check(value):
                        return False
            if not matched and extra is not None and not extra(value):
                return False
        return True

    return node


# id(schema) -> (schema, node); the schema is kept so that its id stays unique.
_COMPILED: dict[int, tuple[_Schema, _Node]] = {}


def _any_value(v: Any) -> bool:
    """ANY_VALUE below (any JSON value but null and the empty list), by hand: it is checked for every property."""
    if isinstance(v, list):
        return bool(v)
    return isinstance(v, (str, dict, int, float)) or (v is not None and _is_number(v))


def _pattern(arg: str) -> _Node:
    rx = re.compile(arg)

    def node(v: Any) -> bool:
        return not isinstance(v, str) or rx.search(v) is not None

    return node


def _min_length(n: int) -> _Node:
    return lambda v: not isinstance(v, str) or len(v) >= n


def _max_length(n: int) -> _Node:
    return lambda v: not isinstance(v, str) or len(v) <= n


def _minimum(n: float) -> _Node:
    return lambda v: not _is_number(v) or bool(v >= n)


def _maximum(n: float) -> _Node:
    return lambda v: not _is_number(v) or bool(v <= n)


def _min_items(n: int) -> _Node:
    return lambda v: not isinstance(v, list) or len(v) >= n


def _items(sub: _Schema) -> _Node:
    item = _compile(sub)
    return lambda v: not isinstance(v, list) or all(item(x) for x in v)


def _contains(sub: _Schema) -> _Node:
    item = _compile(sub)
    return lambda v: not isinstance(v, list) or any(item(x) for x in v)


def _min_properties(n: int) -> _Node:
    return lambda v: not isinstance(v, dict) or len(v) >= n


def _required_keys(names: list[str]) -> _Node:
    return lambda v: not isinstance(v, dict) or all(k in v for k in names)


def _property_names(sub: _Schema) -> _Node:
    check = _compile(sub)
    return lambda v: not isinstance(v, dict) or all(check(k) for k in v)


def _any_of(subs: list[_Schema]) -> _Node:
    alternatives = tuple(_compile(sub) for sub in subs)
    return lambda v: any(a(v) for a in alternatives)


def _one_of(subs: list[_Schema]) -> _Node:
    alternatives = tuple(_compile(sub) for sub in subs)
    return lambda v: sum(1 for a in alternatives if a(v)) == 1


def _not(sub: _Schema) -> _Node:
    negated = _compile(sub)
    return lambda v: not negated(v)


_KEYWORDS: Final[dict[str, Callable[[Any], _Node]]] = {
    "type": lambda arg: _TYPE_CHECKS[arg],
    "enum": _enum,
    "const": lambda arg: _enum([arg]),
    "pattern": _pattern,
    "minLength": _min_length,
    "maxLength": _max_length,
    "minimum": _minimum,
    "maximum": _maximum,
    "format": lambda arg: _FORMAT_CHECKS[arg],
    "minItems": _min_items,
    "items": _items,
    "contains": _contains,
    "minProperties": _min_properties,
    "required": _required_keys,
    "propertyNames": _property_names,
    "anyOf": _any_of,
    "oneOf": _one_of,
    "not": _not,
}
# Handled below, or words for people.
_OTHER_KEYWORDS: Final = frozenset(
    {"properties", "patternProperties", "additionalProperties", "allOf", "if", "then", "$desc"}
)


def _string_parts(schema: _Schema) -> tuple[bool, list[str], int, float] | None:
    """(needs a string, patterns, min length, max length) of a schema that only constrains strings, else None."""
    if not set(schema) <= {"$desc", "type", "pattern", "minLength", "maxLength", "allOf"}:
        return None
    if schema.get("type", "string") != "string":
        return None
    needs_str, patterns = "type" in schema, [schema["pattern"]] if "pattern" in schema else []
    low, high = schema.get("minLength", 0), schema.get("maxLength", float("inf"))
    for sub in schema.get("allOf", ()):
        parts = _string_parts(sub)
        if parts is None:
            return None
        needs_str, patterns = needs_str or parts[0], patterns + parts[1]
        low, high = max(low, parts[2]), min(high, parts[3])
    return needs_str, patterns, low, high


def _string_node(needs_str: bool, patterns: list[str], low: int, high: float) -> _Node:
    """One closure for "a string (if a string is required), of these lengths, matching all these patterns"."""
    searches = tuple(re.compile(p).search for p in patterns)
    bounded = low > 0 or high != float("inf")

    def node(v: Any) -> bool:
        if not isinstance(v, str):
            return not needs_str
        if bounded and not low <= len(v) <= high:
            return False
        for search in searches:  # noqa: SIM110  # a plain loop is faster here
            if search(v) is None:
                return False
        return True

    return node


def _compile(schema: _Schema) -> _Node:
    """Compile one (transcribed) JSON schema into a predicate."""
    hit = _COMPILED.get(id(schema))
    if hit is not None:
        return hit[1]
    parts = _string_parts(schema)
    if parts is not None:
        node = _string_node(*parts)
        _COMPILED[id(schema)] = (schema, node)
        return node
    checks: list[_Node] = []
    for keyword, arg in schema.items():
        if keyword in _KEYWORDS:
            checks.append(_KEYWORDS[keyword](arg))
        elif keyword not in _OTHER_KEYWORDS:
            raise ValueError(f"unsupported schema keyword {keyword!r}")
    if "properties" in schema or "patternProperties" in schema or "additionalProperties" in schema:
        props = {k: _compile(sub) for k, sub in schema.get("properties", {}).items()}
        patterns = [(re.compile(p), _compile(sub)) for p, sub in schema.get("patternProperties", {}).items()]
        extra_schema = schema.get("additionalProperties")
        extra = None if extra_schema is None else (_never if extra_schema is False else _compile(extra_schema))
        checks.append(_members(props, patterns, extra))
    checks.extend(_compile(sub) for sub in schema.get("allOf", ()))
    if "if" in schema:
        condition, then = _compile(schema["if"]), _compile(schema.get("then", {}))
        checks.append(lambda v: not condition(v) or then(v))
    node = _conj(checks)
    _COMPILED[id(schema)] = (schema, node)
    return node


def _describe(s: _Schema) -> str:
    """What a schema asks for, in words, for problem messages."""
    if "$desc" in s:
        return str(s["$desc"])
    kind = s.get("type")
    if "enum" in s:
        return "one of " + ", ".join(repr(x) for x in s["enum"])
    if kind == "string":
        return f"a string matching {s['pattern']!r}" if "pattern" in s else "a string"
    if kind == "boolean":
        return "true or false"
    if kind in ("integer", "number"):
        word = "an integer" if kind == "integer" else "a number"
        if "minimum" in s and "maximum" in s:
            return f"{word} from {s['minimum']} to {s['maximum']}"
        if "minimum" in s:
            return f"{word} of at least {s['minimum']}"
        return word
    if kind == "array":
        size = "a non-empty list" if s.get("minItems") else "a list"
        return f"{size} of {_describe(s['items'])}" if "items" in s else size
    if kind == "object":
        return "an object as the STIX 2.1 specification defines it"
    return "a value the STIX 2.1 schema allows"


# --------------------------------------------------------------------------------------------------------------------
# The STIX 2.1 JSON schemas of stix2-validator 3.3, transcribed. Regexes are the schemas' own (JSON Schema "pattern"
# is an unanchored re.search, so "^a|b$" means "starts with a or ends with b", and "$" also matches before a final
# newline), except that the type-name regex "^([a-z][a-z0-9]*)+..." (also used for "-ext" keys) is written without
# its nested quantifier: same language, no catastrophic backtracking.

_UUID_PATTERN: Final = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"
_IDENTIFIER_PATTERN: Final = r"^[a-z][a-z0-9-]+[a-z0-9]--" + _UUID_PATTERN
_TIMESTAMP_PATTERN: Final = (
    r"^[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9]|60)(\.[0-9]+)?Z$"
)
_TYPE_NAME_PATTERN: Final = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*-?$"
_EXTENSION_DEFINITION_KEY: Final = r"^extension-definition--" + _UUID_PATTERN
_PREDEFINED_EXTENSION_KEY: Final = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*-ext$"
_BIN_NAME: Final = r"^[a-z][a-z0-9_]{0,245}_bin$"
_HEX_NAME: Final = r"^[a-z][a-z0-9_]{0,245}_hex$"
_PROPERTY_NAME: Final = r"^([a-z][a-z0-9_]{2,249})|id$"

STR: Final[_Schema] = {"type": "string"}
BOOL: Final[_Schema] = {"type": "boolean"}
INT: Final[_Schema] = {"type": "integer"}
NUMBER: Final[_Schema] = {"type": "number"}
UINT: Final[_Schema] = {"type": "integer", "minimum": 0}
STRS: Final[_Schema] = {"type": "array", "items": STR, "minItems": 1}
STRS0: Final[_Schema] = {"type": "array", "items": STR}
IDENTIFIER: Final[_Schema] = {
    "$desc": "a STIX identifier (<type>--<UUID>)",
    "type": "string",
    "pattern": _IDENTIFIER_PATTERN,
}
IDENTIFIERS: Final[_Schema] = {"type": "array", "items": IDENTIFIER, "minItems": 1}
TIMESTAMP: Final[_Schema] = {
    "$desc": "a STIX timestamp (YYYY-MM-DDTHH:MM:SS[.s+]Z, in UTC)",
    "type": "string",
    "pattern": _TIMESTAMP_PATTERN,
}
TIMESTAMP_MILLIS: Final[_Schema] = {
    "$desc": "a STIX timestamp precise to the millisecond (YYYY-MM-DDTHH:MM:SS.sss[s+]Z, in UTC)",
    "allOf": [TIMESTAMP, {"pattern": r"T\d{2}:\d{2}:\d{2}\.\d{3,}Z$"}],
}
BINARY: Final[_Schema] = {
    "$desc": "base64-encoded binary data",
    "type": "string",
    "pattern": r"^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2}==)$",
}
HEX: Final[_Schema] = {
    "$desc": "an even number of hexadecimal digits",
    "type": "string",
    "pattern": r"^([a-fA-F0-9]{2})+$",
}
URL: Final[_Schema] = {"$desc": "a URI (RFC 3986)", "type": "string", "format": "uri"}
# Any custom or dictionary value but null and the empty list.
ANY_VALUE: Final[_Schema] = {
    "anyOf": [
        {"type": "array", "minItems": 1},
        {"type": "string"},
        {"type": "integer"},
        {"type": "boolean"},
        {"type": "number"},
        {"type": "object"},
    ]
}
_COMPILED[id(ANY_VALUE)] = (ANY_VALUE, _any_value)
DICTIONARY: Final[_Schema] = {
    "$desc": "a non-empty dictionary (keys of up to 250 of a-z, A-Z, 0-9, _ and -; no null or empty-list values)",
    "type": "object",
    "minProperties": 1,
    "patternProperties": {r"^[a-zA-Z0-9_-]{0,250}$": ANY_VALUE},
    "additionalProperties": False,
}
KILL_CHAIN_PHASE: Final[_Schema] = {
    "type": "object",
    "properties": {"kill_chain_name": STR, "phase_name": STR},
    "required": ["kill_chain_name", "phase_name"],
}
KILL_CHAIN_PHASES: Final[_Schema] = {
    "$desc": "a non-empty list of kill chain phases (kill_chain_name and phase_name strings)",
    "type": "array",
    "items": KILL_CHAIN_PHASE,
    "minItems": 1,
}
# common/properties.json: the rules for the names and values of custom properties.
PROPERTIES: Final[_Schema] = {
    "patternProperties": {_BIN_NAME: BINARY, _HEX_NAME: HEX, _PROPERTY_NAME: ANY_VALUE},
    "additionalProperties": False,
}
EXTENSION_TYPE: Final[_Schema] = {
    "type": "string",
    "enum": ["new-sdo", "new-sco", "new-sro", "property-extension", "toplevel-property-extension"],
}
EXTENSION: Final[_Schema] = {
    "type": "object",
    "minProperties": 1,
    "properties": {"extension_type": EXTENSION_TYPE},
    "allOf": [PROPERTIES],
    "required": ["extension_type"],
}
HASHES: Final[_Schema] = {
    "$desc": "a dictionary of hashes (MD5, SHA-1, SHA-256, SHA-512, SHA3-256, SHA3-512, SSDEEP, TLSH well-formed)",
    "type": "object",
    "allOf": [DICTIONARY],
    "patternProperties": {
        r"^[a-zA-Z0-9_-]{3,250}$": STR,
        r"^MD5$": {"type": "string", "pattern": r"^[a-fA-F0-9]{32}$"},
        r"^SHA-1$": {"type": "string", "pattern": r"^[a-fA-F0-9]{40}$"},
        r"^SHA-256$": {"type": "string", "pattern": r"^[a-fA-F0-9]{64}$"},
        r"^SHA-512$": {"type": "string", "pattern": r"^[a-fA-F0-9]{128}$"},
        r"^SHA3-256$": {"type": "string", "pattern": r"^[a-fA-F0-9]{64}$"},
        r"^SHA3-512$": {"type": "string", "pattern": r"^[a-fA-F0-9]{128}$"},
        r"^SSDEEP$": {"type": "string", "pattern": r"^[a-zA-Z0-9/+:.]{1,128}$"},
        r"^TLSH$": {"type": "string", "pattern": r"^[a-zA-Z0-9]{70}$"},
    },
    "additionalProperties": False,
}
EXTERNAL_REFERENCE: Final[_Schema] = {
    "type": "object",
    "properties": {
        "description": STR,
        "url": URL,
        "hashes": {
            "allOf": [
                HASHES,
                {"propertyNames": {"pattern": r"^MD5|SHA-1|SHA-256|SHA-512|SHA3-256|SHA3-512|SSDEEP|TLSH$"}},
            ]
        },
    },
    "oneOf": [
        {
            "properties": {
                "source_name": {"type": "string", "pattern": r"^cve$"},
                "external_id": {"type": "string", "pattern": r"^CVE-\d{4}-(0\d{3}|[1-9]\d{3,})$"},
            },
            "required": ["source_name", "external_id"],
        },
        {
            "properties": {
                "source_name": {"type": "string", "pattern": r"^capec$"},
                "external_id": {"type": "string", "pattern": r"^CAPEC-\d+$"},
            },
            "required": ["source_name", "external_id"],
        },
        {
            "properties": {
                "source_name": {"type": "string", "not": {"pattern": r"^((cve)|(capec))$"}},
                "external_id": {
                    "type": "string",
                    "not": {"pattern": r"^((CVE-\d{4}-(0\d{3}|[1-9]\d{3,}))|(CAPEC-\d+))$"},
                },
            },
            "required": ["source_name"],
            "anyOf": [{"required": ["external_id"]}, {"required": ["description"]}, {"required": ["url"]}],
        },
    ],
}
EXTERNAL_REFERENCES: Final[_Schema] = {
    "$desc": (
        "a non-empty list of external references (each with a source_name and an external_id, description or url; "
        "source_name 'cve' and 'capec' need a matching CVE-/CAPEC- external_id)"
    ),
    "type": "array",
    "items": EXTERNAL_REFERENCE,
    "minItems": 1,
}
MARKING_REF: Final[_Schema] = {"allOf": [IDENTIFIER, {"pattern": r"^marking-definition--"}]}
GRANULAR_MARKING: Final[_Schema] = {
    "type": "object",
    "properties": {
        "selectors": {
            "type": "array",
            "items": {"type": "string", "pattern": r"^([a-z0-9_-]{3,249}(\.(\[\d+\]|[a-z0-9_-]{1,250}))*|id)$"},
            "minItems": 1,
        },
        "lang": STR,
        "marking_ref": MARKING_REF,
    },
    "required": ["selectors", "marking_ref"],
}
GRANULAR_MARKINGS: Final[_Schema] = {
    "$desc": "a non-empty list of granular markings (selectors and a marking-definition marking_ref)",
    "type": "array",
    "items": GRANULAR_MARKING,
    "minItems": 1,
}


def _extensions(extension_definitions_only: bool = False) -> _Schema:
    patterns: dict[str, _Schema] = {}
    if not extension_definitions_only:
        patterns[_PREDEFINED_EXTENSION_KEY] = {"type": "object", "minProperties": 1, "allOf": [PROPERTIES]}
    patterns[_EXTENSION_DEFINITION_KEY] = {"allOf": [EXTENSION]}
    return {
        "$desc": (
            "a non-empty dictionary of extensions keyed by extension-definition id"
            + ("" if extension_definitions_only else " or by a predefined '...-ext' name")
        ),
        "type": "object",
        "minProperties": 1,
        "patternProperties": patterns,
        "additionalProperties": False,
    }


def _ref(prefix: str, words: str) -> _Schema:
    """An identifier whose type is given by a regex on its prefix."""
    return {"$desc": f"the identifier of {words}", "allOf": [IDENTIFIER, {"pattern": prefix}]}


def _refs(prefix: str, words: str) -> _Schema:
    return {
        "$desc": f"a non-empty list of identifiers of {words}",
        "type": "array",
        "items": {"allOf": [IDENTIFIER, {"pattern": prefix}]},
        "minItems": 1,
    }


TYPE: Final[_Schema] = {
    "$desc": "a type name of 3 to 250 characters a-z, 0-9 and single hyphens, starting with a letter (not 'action')",
    "type": "string",
    "pattern": _TYPE_NAME_PATTERN,
    "minLength": 3,
    "maxLength": 250,
    "not": {"enum": ["action"]},
}
SPEC_VERSION: Final[_Schema] = {"type": "string", "enum": ["2.0", "2.1"]}

# common/core.json: SDOs, SROs, language-content, extension-definition and custom objects that have created/modified.
CORE_PROPERTIES: Final[dict[str, _Schema]] = {
    "type": TYPE,
    "spec_version": SPEC_VERSION,
    "id": IDENTIFIER,
    "created_by_ref": IDENTIFIER,
    "labels": STRS,
    "created": TIMESTAMP_MILLIS,
    "modified": TIMESTAMP_MILLIS,
    "revoked": BOOL,
    "confidence": {"type": "integer", "minimum": 0, "maximum": 100},
    "lang": STR,
    "external_references": EXTERNAL_REFERENCES,
    "object_marking_refs": {**IDENTIFIERS, "$desc": "a non-empty list of marking-definition identifiers"},
    "granular_markings": GRANULAR_MARKINGS,
    "extensions": _extensions(),
}
CORE_REQUIRED: Final = ("type", "spec_version", "id", "created", "modified")
# common/cyber-observable-core.json: SCOs, and custom objects without created and modified.
SCO_CORE_PROPERTIES: Final[dict[str, _Schema]] = {
    "type": TYPE,
    "spec_version": SPEC_VERSION,
    "object_marking_refs": CORE_PROPERTIES["object_marking_refs"],
    "granular_markings": GRANULAR_MARKINGS,
    "defanged": BOOL,
    "id": IDENTIFIER,
    "extensions": CORE_PROPERTIES["extensions"],
}
SCO_CORE_REQUIRED: Final = ("type", "id")
# Both cores forbid these (STIX 2.0 leftovers and names reserved by the specification).
RESERVED_PROPERTIES: Final = ("severity", "action", "username", "phone_numbers")


def _required(*names: str) -> _Schema:
    return {"required": list(names)}


def _absent(*names: str) -> _Schema:
    return {"not": {"required": list(names)}}


@dataclass(frozen=True)
class _Rule:
    """A whole-object constraint (anyOf/oneOf/not/if over required properties, mostly)."""

    node: _Node
    property: str | None
    message: str


def _rule(schema: _Schema, message: str, prop: str | None = None) -> _Rule:
    return _Rule(_compile(schema), prop, message)


@dataclass(frozen=True)
class _Spec:
    """How one object type is checked: by property, then required properties, then whole-object rules."""

    core: str | None  # "core", "sco" or None (marking-definition, bundle, schema-name types)
    properties: Mapping[str, tuple[tuple[_Node, str], ...]]
    required: tuple[str, ...]
    rules: tuple[_Rule, ...]


def _spec(
    core: str | None,
    properties: Mapping[str, _Schema] | None = None,
    required: Iterable[str] = (),
    rules: Iterable[_Rule] = (),
    id_prefix: str | None = None,
) -> _Spec:
    merged: dict[str, list[tuple[_Node, str]]] = {}
    base = CORE_PROPERTIES if core == "core" else SCO_CORE_PROPERTIES if core == "sco" else {}
    for layer in (base, properties or {}):
        for name, schema in layer.items():
            merged.setdefault(name, []).append((_compile(schema), _describe(schema)))
    if id_prefix is not None:
        merged["id"].append((_compile({"pattern": f"^{id_prefix}--"}), f"an identifier starting with '{id_prefix}--'"))
    base_required = CORE_REQUIRED if core == "core" else SCO_CORE_REQUIRED if core == "sco" else ()
    return _Spec(
        core,
        {name: tuple(checks) for name, checks in merged.items()},
        tuple(dict.fromkeys((*base_required, *required))),
        tuple(rules),
    )


def _sdo(type_name: str, properties: Mapping[str, _Schema], required: Iterable[str], *rules: _Rule) -> _Spec:
    return _spec("core", properties, required, rules, id_prefix=type_name)


def _sco(type_name: str, properties: Mapping[str, _Schema], required: Iterable[str], *rules: _Rule) -> _Spec:
    return _spec("sco", properties, required, rules, id_prefix=type_name)


TS = TIMESTAMP
SOFTWARE_REF: Final = r"^software--"

_SDOS: Final[dict[str, _Spec]] = {
    "attack-pattern": _sdo(
        "attack-pattern",
        {"description": STR, "aliases": STRS0, "name": STR, "kill_chain_phases": KILL_CHAIN_PHASES},
        ["name"],
    ),
    "campaign": _sdo(
        "campaign",
        {"description": STR, "name": STR, "aliases": STRS, "first_seen": TS, "last_seen": TS, "objective": STR},
        ["name"],
    ),
    "course-of-action": _sdo("course-of-action", {"description": STR, "name": STR}, ["name"]),
    "grouping": _sdo(
        "grouping",
        {"description": STR, "name": STR, "context": STR, "object_refs": IDENTIFIERS},
        ["context", "object_refs"],
    ),
    "identity": _sdo(
        "identity",
        {
            "description": STR,
            "roles": STRS,
            "name": STR,
            "identity_class": STR,
            "sectors": STRS,
            "contact_information": STR,
        },
        ["name"],
    ),
    "incident": _sdo("incident", {"description": STR, "name": STR}, ["name"]),
    "indicator": _sdo(
        "indicator",
        {
            "description": STR,
            "indicator_types": STRS,
            "name": STR,
            "pattern": STR,
            "pattern_type": STR,
            "pattern_version": STR,
            "valid_from": TS,
            "valid_until": TS,
            "kill_chain_phases": KILL_CHAIN_PHASES,
        },
        ["pattern", "pattern_type", "valid_from"],
    ),
    "infrastructure": _sdo(
        "infrastructure",
        {
            "description": STR,
            "name": STR,
            "infrastructure_types": STRS,
            "aliases": STRS,
            "kill_chain_phases": KILL_CHAIN_PHASES,
            "first_seen": TS,
            "last_seen": TS,
        },
        ["name"],
    ),
    "intrusion-set": _sdo(
        "intrusion-set",
        {
            "description": STR,
            "name": STR,
            "aliases": STRS,
            "first_seen": TS,
            "last_seen": TS,
            "goals": STRS,
            "resource_level": STR,
            "primary_motivation": STR,
            "secondary_motivations": STRS,
        },
        ["name"],
    ),
    "location": _sdo(
        "location",
        {
            "description": STR,
            "name": STR,
            "latitude": {"type": "number", "minimum": -90, "maximum": 90},
            "longitude": {"type": "number", "minimum": -180, "maximum": 180},
            "precision": NUMBER,
            "region": STR,
            "country": STR,
            "administrative_area": STR,
            "city": STR,
            "street_address": STR,
            "postal_code": STR,
        },
        [],
        _rule(
            {"anyOf": [_required("region"), _required("country"), _required("latitude", "longitude")]},
            "a location needs a region, a country, or latitude and longitude",
        ),
        _rule(
            {"oneOf": [_required("latitude", "longitude"), {"allOf": [_absent("latitude"), _absent("longitude")]}]},
            "latitude and longitude go together",
        ),
        _rule(
            {"oneOf": [_required("precision", "latitude", "longitude"), _absent("precision")]},
            "precision needs latitude and longitude",
            "precision",
        ),
    ),
    "malware": _sdo(
        "malware",
        {
            "description": STR,
            "aliases": STRS,
            "first_seen": TS,
            "last_seen": TS,
            "operating_system_refs": _refs(SOFTWARE_REF, "software objects"),
            "architecture_execution_envs": STRS,
            "implementation_languages": STRS,
            "capabilities": STRS,
            "sample_refs": STRS,
            "malware_types": STRS,
            "name": STR,
            "kill_chain_phases": KILL_CHAIN_PHASES,
        },
        ["is_family"],
        _rule(
            {
                "oneOf": [
                    {"properties": {"is_family": {"type": "boolean", "enum": [False]}}},
                    {"properties": {"is_family": {"type": "boolean", "enum": [True]}}, "required": ["name"]},
                ]
            },
            "is_family must be true or false, and a malware family (is_family true) needs a name",
            "is_family",
        ),
    ),
    "malware-analysis": _sdo(
        "malware-analysis",
        {
            "product": STR,
            "version": STR,
            "configuration_version": STR,
            "modules": STRS,
            "analysis_engine_version": STR,
            "analysis_definition_version": STR,
            "submitted": TS,
            "analysis_started": TS,
            "analysis_ended": TS,
            "result_name": STR,
            "result": STR,
            "host_vm_ref": _ref(SOFTWARE_REF, "a software object"),
            "operating_system_ref": _ref(SOFTWARE_REF, "a software object"),
            "installed_software_refs": _refs(SOFTWARE_REF, "software objects"),
            "analysis_sco_refs": IDENTIFIERS,
            "sample_ref": {
                "$desc": "the identifier of an artifact, file or network-traffic object",
                "allOf": [
                    IDENTIFIER,
                    {"oneOf": [{"pattern": "^artifact--"}, {"pattern": "^file--"}, {"pattern": "^network-traffic--"}]},
                ],
            },
        },
        ["product"],
        _rule(
            {"anyOf": [_required("result"), _required("analysis_sco_refs")]},
            "a malware analysis needs a result or analysis_sco_refs",
        ),
    ),
    "note": _sdo(
        "note",
        {"abstract": STR, "content": STR, "authors": STRS, "object_refs": IDENTIFIERS},
        ["content", "object_refs"],
    ),
    "observed-data": _sdo(
        "observed-data",
        {
            "first_observed": TS,
            "last_observed": TS,
            "number_observed": {"type": "integer", "minimum": 1, "maximum": 999999999},
            # "objects" is checked object by object (see Validator._check_observed_objects), as the reference does.
            "object_refs": {
                "$desc": "a non-empty list of identifiers of SCOs and SROs",
                "type": "array",
                "items": {
                    "type": "string",
                    "anyOf": [
                        {
                            "allOf": [
                                IDENTIFIER,
                                {
                                    "not": {
                                        "pattern": (
                                            "^(attack-pattern|campaign|course-of-action|grouping|identity|incident|"
                                            "indicator|infrastructure|intrusion-set|location|malware-analysis|"
                                            "malware|note|observed-data|opinion|report|threat-actor|tool|"
                                            "vulnerability)"
                                        )
                                    }
                                },
                            ]
                        },
                        {
                            "pattern": (
                                "^(autonomous-system--|directory--|domain-name--|email-addr--|email-message--|"
                                "file--|ipv4-addr--|ipv6-addr--|mac-addr--|mutex--|network-traffic--|process--|"
                                "software--|url--|user-account--|windows-registry-key--|x509-certificate--|"
                                "relationship--|sighting--)"
                            )
                        },
                    ],
                },
                "minItems": 1,
            },
        },
        ["first_observed", "last_observed", "number_observed"],
        _rule(
            {"oneOf": [_required("objects"), _required("object_refs")]},
            "observed data needs exactly one of objects and object_refs",
        ),
    ),
    "opinion": _sdo(
        "opinion",
        {
            "explanation": STR,
            "authors": STRS,
            "object_refs": IDENTIFIERS,
            "opinion": {
                "type": "string",
                "enum": ["strongly-disagree", "disagree", "neutral", "agree", "strongly-agree"],
            },
        },
        ["object_refs", "opinion"],
    ),
    "report": _sdo(
        "report",
        {"description": STR, "report_types": STRS, "name": STR, "published": TS, "object_refs": IDENTIFIERS},
        ["name", "object_refs", "published"],
    ),
    "threat-actor": _sdo(
        "threat-actor",
        {
            "description": STR,
            "threat_actor_types": STRS,
            "name": STR,
            "aliases": STRS,
            "roles": STRS,
            "goals": STRS,
            "first_seen": TS,
            "last_seen": TS,
            "sophistication": STR,
            "resource_level": STR,
            "primary_motivation": STR,
            "secondary_motivations": STRS,
            "personal_motivations": STRS,
        },
        ["name"],
    ),
    "tool": _sdo(
        "tool",
        {
            "description": STR,
            "aliases": STRS,
            "tool_types": STRS,
            "name": STR,
            "tool_version": STR,
            "kill_chain_phases": KILL_CHAIN_PHASES,
        },
        ["name"],
    ),
    "vulnerability": _sdo("vulnerability", {"description": STR, "name": STR}, ["name"]),
}

_NOT_SRO_OR_META: Final = r"^(relationship|sighting|bundle|marking-definition|language-content)--.+$"
_SROS: Final[dict[str, _Spec]] = {
    "relationship": _sdo(
        "relationship",
        {
            "description": STR,
            "relationship_type": {"type": "string", "pattern": r"^[a-z0-9\-]+$"},
            "source_ref": {
                "$desc": "the identifier of an SDO or SCO",
                "allOf": [IDENTIFIER, {"not": {"pattern": _NOT_SRO_OR_META}}],
            },
            "target_ref": {
                "$desc": "the identifier of an SDO or SCO",
                "allOf": [IDENTIFIER, {"not": {"pattern": _NOT_SRO_OR_META}}],
            },
            "start_time": TS,
            "stop_time": TS,
        },
        ["relationship_type", "source_ref", "target_ref"],
    ),
    "sighting": _sdo(
        "sighting",
        {
            "description": STR,
            "first_seen": TS,
            "last_seen": TS,
            "count": {"type": "integer", "minimum": 0, "maximum": 999999999},
            "sighting_of_ref": {
                "$desc": "the identifier of an SDO",
                "allOf": [
                    IDENTIFIER,
                    {"not": {"pattern": "^sighting--"}},
                    {"not": {"pattern": "^relationship--"}},
                    {"not": {"pattern": "^bundle--"}},
                    {"not": {"pattern": "^marking-definition--"}},
                    {"not": {"pattern": "^language-content--"}},
                ],
            },
            "observed_data_refs": _refs("^observed-data--", "observed-data objects"),
            "where_sighted_refs": _refs("^(identity|location)--", "identity or location objects"),
            "summary": BOOL,
        },
        ["sighting_of_ref"],
    ),
}


def _extension_dictionary(extensions: Mapping[str, _Schema]) -> _Schema:
    """The per-type "extensions" schemas of file, network-traffic, process and user-account."""
    return {
        "$desc": "a dictionary of extensions (" + ", ".join(p.strip("^$") for p in extensions) + " as specified)",
        "allOf": [DICTIONARY],
        "patternProperties": dict(extensions),
        "additionalProperties": DICTIONARY,
    }


def _any_required(*names: str) -> _Schema:
    return {"anyOf": [_required(name) for name in names]}


_STRING_LIST_OR_STRING: Final[_Schema] = {
    "oneOf": [{"type": "array", "items": STR, "minItems": 2}, STR],
}
_FILE_EXTENSIONS: Final = _extension_dictionary(
    {
        "^ntfs-ext$": {
            "type": "object",
            "allOf": [
                {
                    "properties": {
                        "sid": STR,
                        "alternate_data_streams": {
                            "type": "array",
                            "items": {
                                "properties": {"name": STR, "hashes": HASHES, "size": UINT},
                                "required": ["name"],
                            },
                        },
                    }
                },
                _any_required("sid", "alternate_data_streams"),
            ],
        },
        "^raster-image-ext$": {
            "type": "object",
            "allOf": [
                {
                    "properties": {
                        "image_height": INT,
                        "image_width": INT,
                        "bits_per_pixel": INT,
                        "exif_tags": {
                            "allOf": [DICTIONARY],
                            "patternProperties": {r"^[A-Z][a-zA-Z0-9_-]+$": {"oneOf": [STR, INT]}},
                            "additionalProperties": False,
                        },
                    }
                },
                _any_required(
                    "image_height", "image_width", "bits_per_pixel", "image_compression_algorithm", "exif_tags"
                ),
            ],
        },
        "^pdf-ext$": {
            "type": "object",
            "allOf": [
                {
                    "properties": {
                        "version": STR,
                        "is_optimized": BOOL,
                        "document_info_dict": {
                            "allOf": [DICTIONARY],
                            "patternProperties": {r"^[a-zA-Z0-9_-]{0,250}$": STR},
                        },
                        "pdfid0": STR,
                        "pdfid1": STR,
                    }
                },
                _any_required("version", "is_optimized", "document_info_dict", "pdfid0", "pdfid1"),
            ],
        },
        "^archive-ext$": {
            "type": "object",
            "properties": {"contains_refs": STRS, "comment": STR},
            "required": ["contains_refs"],
        },
        "^windows-pebinary-ext$": {
            "type": "object",
            "properties": {
                "pe_type": STR,
                "imphash": STR,
                "machine_hex": HEX,
                "number_of_sections": UINT,
                "time_date_stamp": {"type": "string", "allOf": [TIMESTAMP, {"pattern": r"T\d{2}:\d{2}:\d{2}Z$"}]},
                "pointer_to_symbol_table_hex": HEX,
                "number_of_symbols": UINT,
                "size_of_optional_header": UINT,
                "characteristics_hex": HEX,
                "file_header_hashes": HASHES,
                "optional_header": {
                    "type": "object",
                    "minProperties": 1,
                    "additionalProperties": False,
                    "properties": {
                        "magic_hex": HEX,
                        "major_linker_version": INT,
                        "minor_linker_version": INT,
                        "size_of_code": UINT,
                        "size_of_initialized_data": UINT,
                        "size_of_uninitialized_data": UINT,
                        "address_of_entry_point": INT,
                        "base_of_code": INT,
                        "base_of_data": INT,
                        "image_base": INT,
                        "section_alignment": INT,
                        "file_alignment": INT,
                        "major_os_version": INT,
                        "minor_os_version": INT,
                        "major_image_version": INT,
                        "minor_image_version": INT,
                        "major_subsystem_version": INT,
                        "minor_subsystem_version": INT,
                        "win32_version_value_hex": HEX,
                        "size_of_image": UINT,
                        "size_of_headers": UINT,
                        "checksum_hex": HEX,
                        "subsystem_hex": HEX,
                        "dll_characteristics_hex": HEX,
                        "size_of_stack_reserve": UINT,
                        "size_of_stack_commit": UINT,
                        "size_of_heap_reserve": UINT,
                        "size_of_heap_commit": UINT,
                        "loader_flags_hex": HEX,
                        "number_of_rva_and_sizes": INT,
                        "hashes": HASHES,
                    },
                },
                "sections": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {"name": STR, "size": UINT, "entropy": NUMBER, "hashes": HASHES},
                        "required": ["name"],
                    },
                    "minItems": 1,
                },
            },
            "anyOf": [
                _required(name)
                for name in _words(
                    "imphash machine_hex number_of_sections time_date_stamp pointer_to_symbol_table_hex "
                    "number_of_symbols size_of_optional_header characteristics_hex file_header_hashes "
                    "optional_header sections"
                )
            ],
            "required": ["pe_type"],
        },
    }
)
_NETWORK_TRAFFIC_EXTENSIONS: Final = _extension_dictionary(
    {
        "^http-request-ext$": {
            "type": "object",
            "properties": {
                "request_method": STR,
                "request_value": STR,
                "request_version": STR,
                "request_header": {
                    "allOf": [DICTIONARY],
                    "patternProperties": {"^.+$": {"type": "array", "items": STR}},
                    "additionalProperties": False,
                },
                "message_body_length": INT,
                "message_body_data_ref": STR,
            },
            "required": ["request_method", "request_value"],
        },
        "^icmp-ext$": {
            "type": "object",
            "properties": {"icmp_type_hex": HEX, "icmp_code_hex": HEX},
            "required": ["icmp_type_hex", "icmp_code_hex"],
        },
        "^socket-ext$": {
            "type": "object",
            "properties": {
                "address_family": {
                    "type": "string",
                    "enum": _words("AF_UNSPEC AF_INET AF_IPX AF_APPLETALK AF_NETBIOS AF_INET6 AF_IRDA AF_BTH"),
                },
                "is_blocking": BOOL,
                "is_listening": BOOL,
                "options": {
                    "allOf": [DICTIONARY],
                    "patternProperties": {r"^(SO|ICMP|ICMP6|IP|IPV6|MCAST|TCP|IRLMP)(_[A-Z]+)+$": INT},
                    "additionalProperties": False,
                },
                "socket_type": {
                    "type": "string",
                    "enum": ["SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW", "SOCK_RDM", "SOCK_SEQPACKET"],
                },
                "socket_descriptor": UINT,
                "socket_handle": INT,
            },
            "required": ["address_family"],
        },
        "^tcp-ext$": {
            "type": "object",
            "allOf": [
                {"properties": {"src_flags_hex": HEX, "dst_flags_hex": HEX}},
                _any_required("src_flags_hex", "dst_flags_hex"),
            ],
        },
    }
)
_PROCESS_EXTENSIONS: Final = _extension_dictionary(
    {
        "^windows-process-ext$": {
            "type": "object",
            "allOf": [
                {
                    "properties": {
                        "aslr_enabled": BOOL,
                        "dep_enabled": BOOL,
                        "priority": STR,
                        "owner_sid": STR,
                        "window_title": STR,
                        "startup_info": {
                            "allOf": [DICTIONARY],
                            "patternProperties": {
                                (
                                    "^lpDesktop|lpTitle|dwFillAttribute|dwFlags|wShowWindow|hStdInput|hStdOutput|"
                                    "hStdError$"
                                ): STR,
                                "^lpReserved|lpReserved2$": {"type": "null"},
                                "^cb|dwX|dwY|dwXSize|dwYSize|dwXCountChars|dwYCountChars$": INT,
                                "^cbReserved2$": {"type": "integer", "minimum": 0, "maximum": 0},
                            },
                            "additionalProperties": False,
                        },
                        "integrity_level": {"type": "string", "enum": ["low", "medium", "high", "system"]},
                    }
                },
                _any_required("aslr_enabled", "dep_enabled", "priority", "owner_sid", "window_title", "startup_info"),
            ],
        },
        "^windows-service-ext$": {
            "type": "object",
            "properties": {
                "service_name": STR,
                "descriptions": STRS,
                "display_name": STR,
                "group_name": STR,
                "start_type": {
                    "type": "string",
                    "enum": _words(
                        "SERVICE_AUTO_START SERVICE_BOOT_START SERVICE_DEMAND_START SERVICE_DISABLED "
                        "SERVICE_SYSTEM_ALERT"
                    ),
                },
                "service_dll_refs": STRS,
                "service_type": {
                    "type": "string",
                    "enum": _words(
                        "SERVICE_KERNEL_DRIVER SERVICE_FILE_SYSTEM_DRIVER SERVICE_WIN32_OWN_PROCESS "
                        "SERVICE_WIN32_SHARE_PROCESS"
                    ),
                },
                "service_status": {
                    "type": "string",
                    "enum": _words(
                        "SERVICE_CONTINUE_PENDING SERVICE_PAUSE_PENDING SERVICE_PAUSED SERVICE_RUNNING "
                        "SERVICE_START_PENDING SERVICE_STOP_PENDING SERVICE_STOPPED"
                    ),
                },
            },
            "anyOf": [
                _required(name)
                for name in _words(
                    "service_name descriptions display_name group_name start_type service_dll_refs "
                    "service_type service_status"
                )
            ],
        },
    }
)
_USER_ACCOUNT_EXTENSIONS: Final = _extension_dictionary(
    {
        "^unix-account-ext$": {
            "type": "object",
            "allOf": [
                {"properties": {"gid": NUMBER, "groups": STRS, "home_dir": STR, "shell": STR}},
                _any_required("gid", "groups", "home_dir", "shell"),
            ],
        },
    }
)
_IPV4: Final = (
    r"^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])"
    r"(\/(3[0-2]|[1-2][0-9]|[0-9]))?$"
)
# The schema's own IPv6 regex, with its unescaped "d" and "." (so it is looser than it looks); kept as is.
_IPV6: Final = (
    r"^s*((([0-9A-Fa-f]{1,4}:){7}([0-9A-Fa-f]{1,4}|:))|(([0-9A-Fa-f]{1,4}:){6}(:[0-9A-Fa-f]{1,4}|((25[0-5]|2[0-4]d|"
    r"1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3})|:))|(([0-9A-Fa-f]{1,4}:){5}(((:[0-9A-Fa-f]{1,4}){1,2})|:((25"
    r"[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3})|:))|(([0-9A-Fa-f]{1,4}:){4}(((:[0-9A-Fa-f]{1,4"
    r"}){1,3})|((:[0-9A-Fa-f]{1,4})?:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9"
    r"A-Fa-f]{1,4}:){3}(((:[0-9A-Fa-f]{1,4}){1,4})|((:[0-9A-Fa-f]{1,4}){0,2}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-"
    r"5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){2}(((:[0-9A-Fa-f]{1,4}){1,5})|((:[0-9A-Fa-f]{1,4}){0,3"
    r"}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){1}(((:[0-9A-Fa-"
    r"f]{1,4}){1,6})|((:[0-9A-Fa-f]{1,4}){0,4}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|"
    r":))|(:(((:[0-9A-Fa-f]{1,4}){1,7})|((:[0-9A-Fa-f]{1,4}){0,5}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|"
    r"1dd|[1-9]?d)){3}))|:)))(%.+)?s*(\/(12[0-8]|1[0-1][0-9]|[1-9][0-9]|[0-9]))?$"
)
_CPE_PATTERN: Final = (
    r"cpe:2\.3:[aho\*\-](:(((\?*|\*?)([a-zA-Z0-9\-\._]|(\\[\\\*\?!\"#$$%&'\(\)\+,/:;<=>@\[\]\^`\{\|}~]))+(\?*|\*?))|"
    r"[\*\-])){5}(:(([a-zA-Z]{2,3}(-([a-zA-Z]{2}|[0-9]{3}))?)|[\*\-]))(:(((\?*|\*?)([a-zA-Z0-9\-\._]|(\\[\\\*\?!\"#"
    r"$$%&'\(\)\+,/:;<=>@\[\]\^`\{\|}~]))+(\?*|\*?))|[\*\-])){4}"
)
_REGISTRY_VALUE: Final[_Schema] = {
    "type": "object",
    "properties": {
        "name": STR,
        "data": STR,
        "data_type": {
            "type": "string",
            "enum": _words(
                "REG_NONE REG_SZ REG_EXPAND_SZ REG_BINARY REG_DWORD REG_DWORD_BIG_ENDIAN "
                "REG_DWORD_LITTLE_ENDIAN REG_LINK REG_MULTI_SZ REG_RESOURCE_LIST "
                "REG_FULL_RESOURCE_DESCRIPTION REG_RESOURCE_REQUIREMENTS_LIST REG_QWORD REG_INVALID_TYPE"
            ),
        },
    },
    "anyOf": [_required("name"), _required("data"), _required("data_type")],
}
_X509_V3_EXTENSIONS: Final[_Schema] = {
    "type": "object",
    "allOf": [
        {
            "properties": {
                **{
                    name: STR
                    for name in _words(
                        "basic_constraints name_constraints policy_constraints key_usage extended_key_usage "
                        "subject_key_identifier authority_key_identifier subject_alternative_name "
                        "issuer_alternative_name subject_directory_attributes crl_distribution_points "
                        "inhibit_any_policy certificate_policies policy_mappings"
                    )
                },
                "private_key_usage_period_not_before": TS,
                "private_key_usage_period_not_after": TS,
            }
        },
        _any_required(
            *_words(
                "basic_constraints name_constraints policy_constraints key_usage extended_key_usage "
                "subject_key_identifier authority_key_identifier subject_alternative_name issuer_alternative_name "
                "subject_directory_attributes crl_distribution_points inhibit_any_policy "
                "private_key_usage_period_not_before private_key_usage_period_not_after certificate_policies "
                "policy_mappings"
            )
        ),
    ],
}

_SCOS: Final[dict[str, _Spec]] = {
    "artifact": _sco(
        "artifact",
        {
            "mime_type": {
                "type": "string",
                "pattern": r"^(application|audio|font|image|message|model|multipart|text|video)/[a-zA-Z0-9.+_-]+",
            },
            "payload_bin": BINARY,
            "url": URL,
            "hashes": HASHES,
            "encryption_algorithm": {
                "type": "string",
                "enum": ["AES-256-GCM", "ChaCha20-Poly1305", "mime-type-indicated"],
            },
            "decryption_key": STR,
        },
        [],
        _rule(
            {
                "oneOf": [
                    {"required": ["payload_bin"], "not": {"required": ["url"]}},
                    {"required": ["url", "hashes"], "not": {"required": ["payload_bin"]}},
                ]
            },
            "an artifact needs either payload_bin, or url and hashes (not both)",
        ),
        _rule(
            {
                "oneOf": [
                    {"required": ["encryption_algorithm"], "not": {"required": ["decryption_key"]}},
                    _required("encryption_algorithm", "decryption_key"),
                    {"allOf": [_absent("encryption_algorithm"), _absent("decryption_key")]},
                ]
            },
            "decryption_key needs encryption_algorithm",
            "decryption_key",
        ),
    ),
    "autonomous-system": _sco("autonomous-system", {"number": INT, "name": STR, "rir": STR}, ["number"]),
    "directory": _sco(
        "directory",
        {
            "path": STR,
            "path_enc": {"type": "string", "pattern": r"^[a-zA-Z0-9/\.+_:-]{2,250}$"},
            "ctime": TS,
            "mtime": TS,
            "atime": TS,
            "contains_refs": STRS,
        },
        ["path"],
    ),
    "domain-name": _sco(
        "domain-name",
        {
            "value": {"$desc": "a domain name (IDNA)", "type": "string", "format": "idn-hostname"},
            "resolves_to_refs": STRS,
        },
        ["value"],
    ),
    "email-addr": _sco(
        "email-addr",
        {
            "value": {"$desc": "an email address", "type": "string", "format": "email"},
            "display_name": STR,
            "belongs_to_ref": STR,
        },
        ["value"],
    ),
    "email-message": _sco(
        "email-message",
        {
            "date": TS,
            "content_type": STR,
            "from_ref": STR,
            "sender_ref": STR,
            "to_refs": STRS,
            "cc_refs": STRS,
            "bcc_refs": STRS,
            "message_id": STR,
            "subject": STR,
            "received_lines": STRS0,
            "additional_header_fields": {
                "$desc": "a dictionary of header fields (string or list of at least two strings; not the ones STIX "
                "names as properties)",
                "allOf": [DICTIONARY],
                "not": {
                    "patternProperties": {
                        "^date|received_lines|content_type|from_ref|sender_ref|to_refs|cc_refs|bcc_refs|subject$": {}
                    },
                    "additionalProperties": False,
                },
                "patternProperties": {r"^[a-zA-Z0-9_-]{0,250}$": _STRING_LIST_OR_STRING},
            },
            "raw_email_ref": STR,
        },
        [],
        _rule(
            {
                "oneOf": [
                    {
                        "properties": {"is_multipart": {"type": "boolean", "enum": [False]}, "body": STR},
                        "required": ["is_multipart"],
                        "not": {"required": ["body_multipart"]},
                    },
                    {
                        "properties": {
                            "is_multipart": {"type": "boolean", "enum": [True]},
                            "body_multipart": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "body": STR,
                                        "body_raw_ref": STR,
                                        "content_type": STR,
                                        "content_disposition": STR,
                                    },
                                    "oneOf": [_required("body"), _required("body_raw_ref")],
                                },
                            },
                        },
                        "required": ["is_multipart"],
                        "not": {"required": ["body"]},
                    },
                ]
            },
            "is_multipart is required: false with an optional string body, or true with body_multipart "
            "(MIME parts with one of body and body_raw_ref)",
            "is_multipart",
        ),
    ),
    "file": _sco(
        "file",
        {
            "extensions": _FILE_EXTENSIONS,
            "hashes": HASHES,
            "size": UINT,
            "name": STR,
            "name_enc": {"type": "string", "pattern": r"^[a-zA-Z0-9/\.+_:-]{2,250}$"},
            "magic_number_hex": HEX,
            "mime_type": STR,
            "ctime": TS,
            "mtime": TS,
            "atime": TS,
            "parent_directory_ref": STR,
            "contains_refs": STRS,
            "content_ref": STR,
        },
        [],
        _rule(_any_required("hashes", "name"), "a file needs hashes or a name"),
    ),
    "ipv4-addr": _sco(
        "ipv4-addr",
        {
            "value": {"$desc": "an IPv4 address or CIDR block", "type": "string", "pattern": _IPV4},
            "resolves_to_refs": STRS,
            "belongs_to_refs": STRS,
        },
        ["value"],
    ),
    "ipv6-addr": _sco(
        "ipv6-addr",
        {
            "value": {"$desc": "an IPv6 address or CIDR block", "type": "string", "pattern": _IPV6},
            "resolves_to_refs": STRS,
            "belongs_to_refs": STRS,
        },
        ["value"],
    ),
    "mac-addr": _sco(
        "mac-addr",
        {
            "value": {
                "$desc": "a MAC address (six lower-case hex pairs joined by ':')",
                "type": "string",
                "pattern": r"^([0-9a-f]{2}[:]){5}([0-9a-f]{2})$",
            }
        },
        ["value"],
    ),
    "mutex": _sco("mutex", {"name": STR}, ["name"]),
    "network-traffic": _sco(
        "network-traffic",
        {
            "extensions": _NETWORK_TRAFFIC_EXTENSIONS,
            "start": TS,
            "end": TS,
            "src_ref": STR,
            "dst_ref": STR,
            "src_port": {"type": "integer", "minimum": 0, "maximum": 65535},
            "dst_port": {"type": "integer", "minimum": 0, "maximum": 65535},
            "protocols": STRS,
            "src_byte_count": INT,
            "dst_byte_count": INT,
            "src_packets": INT,
            "dst_packets": INT,
            "ipfix": {
                "$desc": "a dictionary of string or integer values",
                "allOf": [DICTIONARY],
                "patternProperties": {r"^[a-zA-Z0-9_-]{0,250}$": {"anyOf": [STR, INT]}},
            },
            "src_payload_ref": STR,
            "dst_payload_ref": STR,
            "encapsulates_refs": STRS,
            "encapsulated_by_ref": STR,
        },
        ["protocols"],
        _rule(_any_required("src_ref", "dst_ref"), "network traffic needs src_ref or dst_ref"),
        _rule(
            {
                "oneOf": [
                    {"properties": {"is_active": {"type": "boolean", "enum": [False]}}, "required": ["is_active"]},
                    {
                        "properties": {"is_active": {"type": "boolean", "enum": [True]}},
                        "required": ["is_active"],
                        "not": {"required": ["end"]},
                    },
                    _absent("is_active"),
                ]
            },
            "is_active must be true or false, and active traffic has no end",
            "is_active",
        ),
    ),
    "process": _sco(
        "process",
        {
            "extensions": _PROCESS_EXTENSIONS,
            "is_hidden": BOOL,
            "pid": INT,
            "created_time": TS,
            "cwd": STR,
            "command_line": STR,
            "environment_variables": DICTIONARY,
            "opened_connection_refs": STRS,
            "creator_user_ref": STR,
            "image_ref": STR,
            "parent_ref": STR,
            "child_refs": STRS,
        },
        [],
        _rule(
            _any_required(
                *_words(
                    "extensions is_hidden pid name created cwd arguments command_line environment_variables "
                    "opened_connection_refs creator_user_ref image_ref parent_ref child_refs"
                )
            ),
            "a process needs at least one of its properties besides type and id",
        ),
    ),
    "software": _sco(
        "software",
        {
            "name": STR,
            "cpe": {"$desc": "a CPE 2.3 name", "type": "string", "pattern": _CPE_PATTERN},
            "swid": STR,
            "languages": {
                "$desc": "a non-empty list of language codes",
                "type": "array",
                "items": {
                    "type": "string",
                    "pattern": (
                        r"^([a-z]{2}(-[A-Z]{2})?(-[a-z]{4})?(-[A-Z]{2}|[0-9]{3})?(-[a-z0-9]{5,8}|[0-9][a-z0-9]{3})*"
                        r"(-[a-z0-9]{1,8})*|[a-z]{3})$"
                    ),
                },
                "minItems": 1,
            },
            "vendor": STR,
            "version": STR,
        },
        ["name"],
    ),
    "url": _sco("url", {"value": URL}, ["value"]),
    "user-account": _sco(
        "user-account",
        {
            "extensions": _USER_ACCOUNT_EXTENSIONS,
            "user_id": STR,
            "credential": STR,
            "account_login": STR,
            "account_type": STR,
            "display_name": STR,
            "is_service_account": BOOL,
            "is_privileged": BOOL,
            "can_escalate_privs": BOOL,
            "is_disabled": BOOL,
            "account_created": TS,
            "account_expires": TS,
            "credential_last_changed": TS,
            "account_first_login": TS,
            "account_last_login": TS,
        },
        [],
        _rule(
            _any_required(
                *_words(
                    "extensions user_id credential account_login account_type display_name is_service_account "
                    "is_privileged can_escalate_privs is_disabled account_created account_expires "
                    "credential_last_changed account_first_login account_last_login"
                )
            ),
            "a user account needs at least one of its properties besides type and id",
        ),
    ),
    "windows-registry-key": _sco(
        "windows-registry-key",
        {
            "key": {
                "$desc": "a key name with the hive spelled out (HKEY_LOCAL_MACHINE, not HKLM)",
                "type": "string",
                "not": {"pattern": "^HKLM|HKCC|HKCR|HKCU|HKU|hklm|hkcc|hkcr|hkcu|hku"},
            },
            "values": {"type": "array", "items": _REGISTRY_VALUE},
            "modified_time": TS,
            "creator_user_ref": STR,
            "number_of_subkeys": INT,
        },
        [],
        _rule(
            _any_required("key", "values", "modified", "creator_user_ref", "number_of_subkeys"),
            "a registry key needs key, values, modified, creator_user_ref or number_of_subkeys",
        ),
    ),
    "x509-certificate": _sco(
        "x509-certificate",
        {
            "is_self_signed": BOOL,
            "hashes": HASHES,
            "version": STR,
            "serial_number": STR,
            "signature_algorithm": STR,
            "issuer": STR,
            "validity_not_before": TS,
            "validity_not_after": TS,
            "subject": STR,
            "subject_public_key_algorithm": STR,
            "subject_public_key_modulus": STR,
            "subject_public_key_exponent": INT,
            "x509_v3_extensions": _X509_V3_EXTENSIONS,
        },
        [],
        _rule(
            _any_required(
                *_words(
                    "is_self_signed hashes version serial_number signature_algorithm issuer validity_not_before "
                    "validity_not_after subject subject_public_key_algorithm subject_public_key_modulus "
                    "subject_public_key_exponent x509_v3_extensions"
                )
            ),
            "a certificate needs at least one of its properties besides type and id",
        ),
    ),
}


def _tlp(uuid_: str, colour: str) -> _Schema:
    return {
        "properties": {
            "id": {"type": "string", "enum": [f"marking-definition--{uuid_}"]},
            "name": {"type": "string", "enum": [f"TLP:{colour.upper()}"]},
            "definition": {"type": "object", "properties": {"tlp": {"type": "string", "enum": [colour]}}},
        }
    }


_MARKING_DEFINITION: Final = _spec(
    None,
    {
        "type": {"type": "string", "enum": ["marking-definition"]},
        "spec_version": SPEC_VERSION,
        "name": STR,
        "created_by_ref": IDENTIFIER,
        "created": TS,
        "external_references": EXTERNAL_REFERENCES,
        "object_marking_refs": _refs(r"^marking-definition--", "marking definitions"),
        "granular_markings": GRANULAR_MARKINGS,
        "extensions": _extensions(extension_definitions_only=True),
    },
    (),
    [
        _rule(
            {
                "oneOf": [
                    {
                        "properties": {"id": MARKING_REF},
                        "oneOf": [
                            {
                                "properties": {
                                    "definition_type": {"type": "string", "pattern": r"^statement$"},
                                    "definition": {
                                        "type": "object",
                                        "properties": {"statement": STR},
                                        "required": ["statement"],
                                    },
                                },
                                "required": ["definition_type", "definition"],
                            },
                            {
                                "properties": {
                                    "definition_type": {"type": "string", "not": {"pattern": r"^(statement)|(tlp)$"}},
                                    "definition": {"type": "object"},
                                },
                            },
                        ],
                        "if": {"not": {"required": ["extensions"]}},
                        "then": {"required": ["definition", "definition_type"]},
                        "required": ["id", "type", "spec_version", "created"],
                    },
                    {
                        "properties": {
                            "type": {"type": "string", "enum": ["marking-definition"]},
                            "id": STR,
                            "spec_version": {"type": "string", "enum": ["2.1"]},
                            "name": STR,
                            "created": {"type": "string", "enum": ["2017-01-20T00:00:00.000Z"]},
                            "definition": {"type": "object"},
                            "definition_type": {"type": "string", "enum": ["tlp"]},
                        },
                        "oneOf": [
                            _tlp("613f2e26-407d-48c7-9eca-b8e91df99dc9", "white"),
                            _tlp("34098fce-860f-48ae-8e50-ebd3cc5e41da", "green"),
                            _tlp("f88d31f6-486f-44da-b317-01333bde0b82", "amber"),
                            _tlp("5e57c739-391a-4eb3-b6be-7d15ca92d5ed", "red"),
                        ],
                        "required": _words("id type spec_version created name definition definition_type"),
                        "additionalProperties": False,
                    },
                ]
            },
            "a marking definition needs a marking-definition id, spec_version and created, and a definition_type "
            "with its definition (a 'statement' definition holds a statement string; 'tlp' is reserved for the four "
            "TLP 1.0 markings, which must be reproduced exactly), unless it is defined by an extension",
        )
    ],
)

_LANGUAGE_CONTENT: Final = _spec(
    "core",
    {
        "object_ref": {
            "$desc": "the identifier of the object the content is for",
            "allOf": [IDENTIFIER, {"not": {"pattern": r"^(bundle|language-content)--.+$"}}],
        },
        "object_modified": TS,
        "contents": DICTIONARY,
    },
    ["object_ref", "contents"],
    id_prefix="language-content",
)

_EXTENSION_DEFINITION: Final = _spec(
    "core",
    {
        "name": STR,
        "description": STR,
        "schema": STR,
        "version": STR,
        "extension_types": {"type": "array", "items": EXTENSION_TYPE, "minItems": 1},
        "extension_properties": STRS,
    },
    ["name", "schema", "version", "extension_types"],
    [
        _rule(
            {
                "if": {
                    "not": {
                        "properties": {
                            "extension_types": {
                                "type": "array",
                                "contains": {"const": "toplevel-property-extension"},
                            }
                        }
                    }
                },
                "then": _absent("extension_properties"),
            },
            "extension_properties is only for toplevel-property-extension extension types",
            "extension_properties",
        )
    ],
    id_prefix="extension-definition",
)

_CUSTOM_CORE: Final = _spec("core")
_CUSTOM_SCO: Final = _spec("sco")


def _whole(schema: _Schema, message: str) -> _Spec:
    return _spec(None, rules=[_rule(schema, message)])


_NOT_AN_OBJECT: Final = "this type name is taken by a STIX schema for a string value, so no object can have it"
# stix2-validator looks a type's schema up by file name among all of its 2.1 schemas, helpers included, so an object
# whose type is "kill-chain-phase" or "dictionary" is held to that helper schema and nothing else. Odd but harmless;
# followed so as to agree with it.
_SCHEMA_NAMED_TYPES: Final[dict[str, _Spec]] = {
    "core": _CUSTOM_CORE,
    "cyber-observable-core": _CUSTOM_SCO,
    "bundle": _spec(
        None,
        {
            "type": {"type": "string", "enum": ["bundle"]},
            "id": {"$desc": "a bundle identifier", "allOf": [IDENTIFIER, {"pattern": "^bundle--"}]},
        },
        ["type", "id"],
    ),
    "dictionary": _whole(DICTIONARY, "an object of type 'dictionary' is held to the STIX dictionary schema"),
    "kill-chain-phase": _whole(
        KILL_CHAIN_PHASE, "an object of type 'kill-chain-phase' needs kill_chain_name and phase_name strings"
    ),
    "extension": _whole(EXTENSION, "an object of type 'extension' is held to the STIX extension schema"),
    "external-reference": _whole(
        EXTERNAL_REFERENCE, "an object of type 'external-reference' is held to the external reference schema"
    ),
    "granular-marking": _whole(
        GRANULAR_MARKING, "an object of type 'granular-marking' is held to the granular marking schema"
    ),
    "hashes-type": _whole(HASHES, "an object of type 'hashes-type' is held to the hashes schema"),
    "properties": _whole(PROPERTIES, "an object of type 'properties' is held to the custom-property schema"),
    **{name: _whole(STR, _NOT_AN_OBJECT) for name in ("identifier", "timestamp", "binary", "hex", "url-regex")},
}

_SPECS: Final[dict[str, _Spec]] = {
    **_SCHEMA_NAMED_TYPES,
    **_SDOS,
    **_SROS,
    **_SCOS,
    "marking-definition": _MARKING_DEFINITION,
    "language-content": _LANGUAGE_CONTENT,
    "extension-definition": _EXTENSION_DEFINITION,
}

# --------------------------------------------------------------------------------------------------------------------
# Custom property names (common/properties.json), checked per name and cached: names repeat across objects.

_NAME_BIN: Final = 1
_NAME_HEX: Final = 2
_NAME_ANY: Final = 4
_NAME_RULES: Final = (
    (re.compile(_BIN_NAME), _NAME_BIN),
    (re.compile(_HEX_NAME), _NAME_HEX),
    (re.compile(_PROPERTY_NAME), _NAME_ANY),
)
_name_kinds: dict[str, int] = {}
_BINARY_NODE: Final = _compile(BINARY)
_HEX_NODE: Final = _compile(HEX)
_ANY_VALUE_NODE: Final = _any_value


def _name_kind(name: str) -> int:
    kind = _name_kinds.get(name)
    if kind is None:
        kind = 0
        for rx, bit in _NAME_RULES:
            if rx.search(name) is not None:
                kind |= bit
        if len(_name_kinds) < 20000:
            _name_kinds[name] = kind
    return kind


# --------------------------------------------------------------------------------------------------------------------
# Reference tables of the MUST checks.

_OBSERVABLE_TYPES: Final = frozenset(_SCOS)
# stix2-validator's RFC 5646 list (v21/enums.py LANG_CODES), for "lang" and language-content keys.
_LANG_CODES: Final = frozenset(
    _words(
        """
    af af-ZA ar ar-AE ar-BH ar-DZ ar-EG ar-IQ ar-JO ar-KW ar-LB ar-LY ar-MA ar-OM ar-QA ar-SA ar-SY ar-TN ar-YE az
    az-AZ az-Cyrl-AZ be be-BY bg bg-BG bs-BA ca ca-ES cs cs-CZ cy cy-GB da da-DK de de-AT de-CH de-DE de-LI de-LU
    dv dv-MV el el-GR en en-AU en-BZ en-CA en-CB en-GB en-IE en-JM en-NZ en-PH en-TT en-US en-ZA en-ZW eo es es-AR
    es-BO es-CL es-CO es-CR es-DO es-EC es-ES es-GT es-HN es-MX es-NI es-PA es-PE es-PR es-PY es-SV es-UY es-VE et
    et-EE eu eu-ES fa fa-IR fi fi-FI fo fo-FO fr fr-BE fr-CA fr-CH fr-FR fr-LU fr-MC gl gl-ES gu gu-IN he he-IL hi
    hi-IN hr hr-BA hr-HR hu hu-HU hy hy-AM id id-ID is is-IS it it-CH it-IT ja ja-JP ka ka-GE kk kk-KZ kn kn-IN ko
    ko-KR kok kok-IN ky ky-KG lt lt-LT lv lv-LV mi mi-NZ mk mk-MK mn mn-MN mr mr-IN ms ms-BN ms-MY mt mt-MT nb
    nb-NO nl nl-BE nl-NL nn-NO ns ns-ZA pa pa-IN pl pl-PL ps ps-AR pt pt-BR pt-PT qu qu-BO qu-EC qu-PE ro ro-RO ru
    ru-RU sa sa-IN se se-FI se-NO se-SE sk sk-SK sl sl-SI sq sq-AL sr-BA sr-Cyrl-BA sr-SP sr-Cyrl-SP sv sv-FI
    sv-SE sw sw-KE syr syr-SY ta ta-IN te te-IN th th-TH tl tl-PH tn tn-ZA tr tr-TR tt tt-RU ts uk uk-UA ur ur-PK
    uz uz-UZ uz-Cyrl-UZ vi vi-VN xh xh-ZA zh zh-CN zh-HK zh-MO zh-SG zh-TW zu zu-ZA
    """
    )
)
# ISO 639-2 codes, which software.languages may also use (SOFTWARE_LANG_CODES).
_SOFTWARE_LANG_CODES: Final = frozenset(
    _words(
        """
    aar abk ace ach ada ady afa afh afr ain aka akk alb sqi ale alg alt amh ang anp apa ara arc arg arm hye arn
    arp art arw asm ast ath aus ava ave awa aym aze bad bai bak bal bam ban baq eus bas bat bej bel bem ben ber
    bho bih bik bin bis bla bnt tib bod bos bra bre btk bua bug bul bur mya byn cad cai car cat cau ceb cel cze
    ces cha chb che chg chi zho chk chm chn cho chp chr chu chv chy cmc cop cor cos cpe cpf cpp cre crh crp csb
    cus wel cym dak dan dar day del den ger deu dgr din div doi dra dsb dua dum dut nld dyu dzo efi egy eka gre
    ell elx eng enm epo est ewe ewo fan fao per fas fat fij fil fin fiu fon fre fra frm fro frr frs fry ful fur
    gaa gay gba gem geo kat gez gil gla gle glg glv gmh goh gon gor got grb grc grn gsw guj gwi hai hat hau haw
    heb her hil him hin hit hmn hmo hrv hsb hun hup iba ibo ice isl ido iii ijo iku ile ilo ina inc ind ine inh
    ipk ira iro ita jav jbo jpn jpr jrb kaa kab kac kal kam kan kar kas kau kaw kaz kbd kha khi khm kho kik kin
    kir kmb kok kom kon kor kos kpe krc krl kro kru kua kum kur kut lad lah lam lao lat lav lez lim lin lit lol
    loz ltz lua lub lug lui lun luo lus mac mkd mad mag mah mai mak mal man mao mri map mar mas may msa mdf mdr
    men mga mic min mis mkh mlg mlt mnc mni mno moh mon mos mul mun mus mwl mwr myn myv nah nai nap nau nav nbl
    nde ndo nds nep new nia nic niu nno nob nog non nor nqo nso nub nwc nya nym nyn nyo nzi oci oji ori orm osa
    oss ota oto paa pag pal pam pan pap pau peo phi phn pli pol pon por pra pro pus qaa-qtz que raj rap rar roa
    roh rom rum ron run rup rus sad sag sah sai sal sam san sas sat scn sco sel sem sga sgn shn sid sin sio sit
    sla slo slk slv sma sme smi smj smn smo sms sna snd snk sog som son sot spa srd srn srp srr ssa ssw suk sun
    sus sux swa swe syc syr tah tai tam tat tel tem ter tet tgk tgl tha tig tir tiv tkl tlh tli tmh tog ton tpi
    tsi tsn tso tuk tum tup tur tut tvl twi tyv udm uga uig ukr umb und urd uzb vai ven vie vol vot wak wal war
    was wen wln wol xal xho yao yap yid yor ypk zap zbl zen zgh zha znd zul zun zxx zza
    """
    )
)


_CPE_FALLBACK_RE: Final = re.compile(_CPE_PATTERN)


@functools.cache
def _cpe_parser() -> Any:
    """The `cpe` package, which stix2-validator parses CPE names with; None when it is not installed."""
    try:
        from cpe import CPE  # type: ignore[import-untyped]
    except ImportError:
        return None
    return CPE


@functools.lru_cache(maxsize=4096)
def _cpe_name_problem(value: str) -> str | None:
    parser = _cpe_parser()
    if parser is None:  # without the package, the STIX schema's regex for software.cpe
        return None if _CPE_FALLBACK_RE.fullmatch(value) else "is not a CPE 2.3 name"
    try:
        parser(value, parser.VERSION_2_3)
    except NotImplementedError:
        return "is not a CPE 2.3 name"
    except Exception as exc:  # the reference does not survive these either
        return f"is not a CPE 2.3 name ({type(exc).__name__})"
    return None


def _cpe_problem(value: Any) -> str | None:
    return _cpe_name_problem(value) if isinstance(value, str) else "is not a CPE 2.3 name"


_OBSERVABLE_TIMESTAMPS: Final[dict[str, tuple[str, ...]]] = {
    "directory": ("ctime", "mtime", "atime"),
    "email-message": ("date",),
    "file": ("ctime", "mtime", "atime"),
    "network-traffic": ("start", "end"),
    "process": ("created_time",),
    "user-account": (
        "account_created",
        "account_expires",
        "credential_last_changed",
        "account_first_login",
        "account_last_login",
    ),
    "windows-registry-key": ("modified_time",),
    "x509-certificate": ("validity_not_before", "validity_not_after"),
}
_EMBEDDED_TIMESTAMPS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "file": {"extensions": ("time_date_stamp",)},
    "x509-certificate": {
        "x509_v3_extensions": ("private_key_usage_period_not_before", "private_key_usage_period_not_after")
    },
}
_CREATED_MODIFIED: Final = ("created", "modified")
_TIMESTAMPS: Final[dict[str, tuple[str, ...]]] = {
    t: (*_CREATED_MODIFIED, *props)
    for t, props in {
        "campaign": ("first_seen", "last_seen"),
        "indicator": ("valid_from", "valid_until"),
        "infrastructure": ("first_seen", "last_seen"),
        "intrusion-set": ("first_seen", "last_seen"),
        "language-content": ("object_modified",),
        "malware": ("first_seen", "last_seen"),
        "malware-analysis": ("submitted", "analysis_started", "analysis_ended"),
        "observed-data": ("first_observed", "last_observed"),
        "relationship": ("start_time", "stop_time"),
        "report": ("published",),
        "sighting": ("first_seen", "last_seen"),
        "threat-actor": ("first_seen", "last_seen"),
    }.items()
}
# (later, strictly?, earlier)
_MODIFIED_AFTER_CREATED: Final = (("modified", False, "created"),)
_ORDERED: Final[dict[str, tuple[tuple[str, bool, str], ...]]] = {
    "campaign": (("last_seen", False, "first_seen"),),
    "indicator": (("valid_until", True, "valid_from"),),
    "infrastructure": (("last_seen", False, "first_seen"),),
    "intrusion-set": (("last_seen", False, "first_seen"),),
    "malware": (("last_seen", False, "first_seen"),),
    "observed-data": (("last_observed", False, "first_observed"),),
    "relationship": (("stop_time", True, "start_time"),),
    "sighting": (("last_seen", False, "first_seen"),),
    "threat-actor": (("last_seen", False, "first_seen"),),
}
_OBSERVABLE_ORDERED: Final[dict[str, tuple[tuple[str, bool, str], ...]]] = {
    "network-traffic": (("end", False, "start"),),
}
# Which types the references between the objects of an observed-data must resolve to.
_OBSERVABLE_REFS: Final[dict[str, dict[str, Any]]] = {
    "directory": {"contains_refs": ["file", "directory"]},
    "domain-name": {"resolves_to_refs": ["ipv4-addr", "ipv6-addr", "domain-name"]},
    "email-addr": {"belongs_to_ref": ["user-account"]},
    "email-message": {
        "bcc_refs": ["email-addr"],
        "body_multipart": {"body_raw_ref": ["artifact", "file"]},
        "cc_refs": ["email-addr"],
        "from_ref": ["email-addr"],
        "raw_email_ref": ["artifact"],
        "sender_ref": ["email-addr"],
        "to_refs": ["email-addr"],
    },
    "file": {
        "content_ref": ["artifact"],
        "extensions": {"archive-ext": {"contains_refs": ["file"]}},
        "parent_directory_ref": ["directory"],
    },
    "ipv4-addr": {"belongs_to_refs": ["autonomous-system"], "resolves_to_refs": ["mac-addr"]},
    "ipv6-addr": {"belongs_to_refs": ["autonomous-system"], "resolves_to_refs": ["mac-addr"]},
    "network-traffic": {
        "dst_payload_ref": ["artifact"],
        "dst_ref": ["ipv4-addr", "ipv6-addr", "mac-addr", "domain-name"],
        "encapsulated_by_ref": ["network-traffic"],
        "encapsulates_refs": ["network-traffic"],
        "extensions": {"http-request-ext": {"message_body_data_ref": ["artifact"]}},
        "src_payload_ref": ["artifact"],
        "src_ref": ["ipv4-addr", "ipv6-addr", "mac-addr", "domain-name"],
    },
    "process": {
        "child_refs": ["process"],
        "creator_user_ref": ["user-account"],
        "extensions": {"windows-service-ext": {"service_dll_refs": ["file"]}},
        "image_ref": ["file"],
        "opened_connection_refs": ["network-traffic"],
        "parent_ref": ["process"],
    },
    "windows-registry-key": {"creator_user_ref": ["user-account"]},
}
# SCO types whose id may only be a UUIDv5 when some ID-contributing property is present.
_UUID4_UNLESS: Final[dict[str, tuple[str, ...]]] = {
    "artifact": ("hashes", "payload_bin"),
    "email-message": ("from_ref", "subject", "body"),
    "user-account": ("account_type", "user_id", "account_login"),
    "windows-registry-key": ("key", "values"),
    "x509-certificate": ("hashes", "serial_number"),
}

# --------------------------------------------------------------------------------------------------------------------
# Timestamps beyond their regex.

_TIMESTAMP_FORMAT: Final = re.compile(_TIMESTAMP_PATTERN)
_STRPTIME_FORM: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.([0-9]{1,6}))?Z")
_DAYS_IN_MONTH: Final = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _real_date(year: int, month: int, day: int, second: int) -> bool:
    if year < 1 or second > 59:
        return False
    if month == 2 and day == 29:
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return day <= _DAYS_IN_MONTH[month]


def _timestamp_exists(value: str) -> bool:
    """Whether a string that matches the timestamp regex is a real instant (dateutil's verdict, in the reference).

    The regex has fixed field positions; it already bounds months, hours and minutes.
    """
    return _real_date(int(value[0:4]), int(value[5:7]), int(value[8:10]), int(value[17:19]))


def _strptime_key(value: str) -> tuple[int, ...] | None:
    """The reference compares timestamps via datetime.strptime with '%Y-%m-%dT%H:%M:%S.%fZ' or '...%SZ'.

    Those fail on a trailing newline, more than six fraction digits, leap seconds or impossible dates, and then the
    reference compares the two strings instead.
    """
    m = _STRPTIME_FORM.fullmatch(value)
    if m is None:
        return None
    year, month, day, second = int(value[0:4]), int(value[5:7]), int(value[8:10]), int(value[17:19])
    if not _real_date(year, month, day, second):
        return None
    fraction = m.group(1)
    micro = int(fraction.ljust(6, "0")) if fraction else 0
    return (year, month, day, int(value[11:13]), int(value[14:16]), second, micro)


def _in_order(later: Any, strictly: bool, earlier: Any) -> bool:
    # Two strings of the same layout: string order is time order, and where either is not a real instant the
    # reference compares the strings anyway.
    same_layout = type(later) is str and type(earlier) is str and len(later) == len(earlier)
    if same_layout and (later == earlier or (_STRPTIME_FORM.fullmatch(later) and _STRPTIME_FORM.fullmatch(earlier))):
        return bool(later > earlier) if strictly else bool(later >= earlier)
    # Otherwise the reference's own steps, so that the same inputs make it fail (TypeError on non-strings).
    if _TIMESTAMP_FORMAT.match(later) and _TIMESTAMP_FORMAT.match(earlier):
        a, b = _strptime_key(later), _strptime_key(earlier)
        if a is not None and b is not None:
            return a > b if strictly else a >= b
    return bool(later > earlier) if strictly else bool(later >= earlier)


# --------------------------------------------------------------------------------------------------------------------
# The MUST checks of stix2-validator (v21/musts.py). Each takes the object and returns (property, problem) pairs.
# They run on the object, and on every dict with "id" and "type" found in a list-valued property, recursively.

_Finding = tuple[str | None, str]


def _has_observable_data(obj: dict[str, Any]) -> bool:
    t = obj["type"]
    if t == "observed-data" and "objects" in obj and type(obj["objects"]) is dict:
        return True
    return isinstance(t, str) and t in _OBSERVABLE_TYPES


def _observables(obj: dict[str, Any]) -> list[Any]:
    """The objects the reference's observable checks look at: the SCO itself, or the values of its "objects"."""
    if not _has_observable_data(obj):
        return []
    if "objects" in obj:
        return [value for _, value in obj["objects"].items()]
    return [obj]


def _bad_timestamp(prop: str, value: Any) -> _Finding | None:
    if _TIMESTAMP_FORMAT.match(value) and not _timestamp_exists(value):
        return (prop, f"{value!r} is not a real date and time")
    return None


def _must_timestamps(obj: dict[str, Any]) -> list[_Finding]:
    found: list[_Finding] = []
    t = obj["type"]
    for prop in _TIMESTAMPS.get(t, _CREATED_MODIFIED):
        if prop in obj and (bad := _bad_timestamp(prop, obj[prop])):
            found.append(bad)
    if _has_observable_data(obj):
        for prop in _OBSERVABLE_TIMESTAMPS.get(t, ()):
            if prop in obj and (bad := _bad_timestamp(prop, obj[prop])):
                found.append(bad)
        for embed, props in _EMBEDDED_TIMESTAMPS.get(t, {}).items():
            if embed not in obj or not isinstance(obj[embed], Mapping):
                continue
            for prop in props:
                if embed == "extensions":
                    for ext in obj[embed]:
                        if prop in obj[embed][ext] and (bad := _bad_timestamp(embed, obj[embed][ext][prop])):
                            found.append(bad)
                elif prop in obj[embed] and (bad := _bad_timestamp(embed, obj[embed][prop])):
                    found.append(bad)
    return found


def _ordered_pairs(obj: Any, pairs: Iterable[tuple[str, bool, str]]) -> list[_Finding]:
    found: list[_Finding] = []
    for later, strictly, earlier in pairs:
        if later in obj and earlier in obj and not _in_order(obj[later], strictly, obj[earlier]):
            word = "later than" if strictly else "later than or equal to"
            found.append((later, f"{obj[later]!r} must be {word} {earlier} ({obj[earlier]!r})"))
    return found


def _must_order(obj: dict[str, Any]) -> list[_Finding]:
    return _ordered_pairs(obj, (*_MODIFIED_AFTER_CREATED, *_ORDERED.get(obj.get("type", ""), ())))


def _must_observable_order(obj: dict[str, Any], observables: list[Any]) -> list[_Finding]:
    found: list[_Finding] = []
    for observable in observables:
        pairs = _OBSERVABLE_ORDERED.get(observable.get("type", ""), ())
        for prop, message in _ordered_pairs(observable, pairs):
            found.append(("objects" if observable is not obj else prop, message))
    return found


def _must_marking_self_reference(obj: dict[str, Any]) -> list[_Finding]:
    if obj["type"] != "marking-definition":
        return []
    found: list[_Finding] = []
    if "object_marking_refs" in obj:
        for ref in obj["object_marking_refs"]:
            if ref == obj["id"]:
                found.append(("object_marking_refs", "a marking definition must not mark itself"))
    if "granular_markings" in obj:
        for marking in obj["granular_markings"]:
            if "marking_ref" in marking and marking["marking_ref"] == obj["id"]:
                found.append(("granular_markings", "a marking definition must not mark itself"))
    return found


_LIST_INDEX: Final = re.compile(r"\[(\d+)\]")


def _must_selectors(obj: dict[str, Any]) -> list[_Finding]:
    if "granular_markings" not in obj:
        return []
    found: list[_Finding] = []
    for marking in obj["granular_markings"]:
        if "selectors" not in marking:
            continue
        for selector in marking["selectors"]:
            node: Any = obj
            previous = None
            for segment in selector.split("."):
                index = _LIST_INDEX.match(segment)
                if index:
                    position = int(index.group(1))
                    try:
                        node = node[position]
                    except IndexError:
                        found.append(("granular_markings", f"selector {selector!r}: no item {position}"))
                    except KeyError:
                        found.append(("granular_markings", f"selector {selector!r}: {previous!r} is not a list"))
                else:
                    try:
                        node = node[segment]
                    except (KeyError, TypeError):
                        found.append(("granular_markings", f"selector {selector!r}: no property {segment!r}"))
                previous = segment
    return found


def _check_observable_refs(refs: Any, allowed: list[str], key: Any, prop: str, obj: dict[str, Any]) -> list[_Finding]:
    found: list[_Finding] = []
    for ref in refs if isinstance(refs, list) else [refs]:
        try:
            target = obj["objects"][ref]
        except KeyError:
            found.append(("objects", f"object {key!r} property {prop!r}: {ref!r} is not a key of objects"))
            continue
        try:
            target_type = target["type"]
        except KeyError:
            continue
        if target_type not in allowed:
            found.append(("objects", f"object {key!r} property {prop!r} must refer to {' or '.join(allowed)}"))
    return found


def _must_observable_refs(obj: dict[str, Any]) -> list[_Finding]:
    if not (obj["type"] == "observed-data" and "objects" in obj and type(obj["objects"]) is dict):
        return []
    found: list[_Finding] = []
    for key, observable in obj["objects"].items():
        if "type" not in observable or observable["type"] not in _OBSERVABLE_REFS:
            continue
        for prop, allowed in _OBSERVABLE_REFS[observable["type"]].items():
            if prop not in observable:
                continue
            if isinstance(allowed, list):
                found += _check_observable_refs(observable[prop], allowed, key, prop, obj)
                continue
            for inner, inner_allowed in allowed.items():
                value = observable[prop]
                if isinstance(value, dict):
                    if inner not in value:
                        continue
                    embedded = value[inner]
                    for name in embedded:
                        if name in inner_allowed:
                            found += _check_observable_refs(embedded[name], inner_allowed[name], key, name, obj)
                elif isinstance(value, list):
                    for item in value:
                        if inner in item:
                            found += _check_observable_refs(item[inner], inner_allowed, key, inner, obj)
    return found


def _must_artifact_mime_type(obj: dict[str, Any], observables: list[Any]) -> list[_Finding]:
    found: list[_Finding] = []
    for observable in observables:
        if "type" in observable and observable["type"] == "artifact" and "mime_type" in observable:
            value = observable["mime_type"]
            if not (isinstance(value, str) and value in _MEDIA_TYPES):
                prop = "mime_type" if observable is obj else "objects"
                found.append((prop, f"{value!r} is not an IANA media type"))
    return found


def _must_char_sets(obj: dict[str, Any], observables: list[Any]) -> list[_Finding]:
    found: list[_Finding] = []
    for observable in observables:
        observable["id"]  # the reference reads it first and fails without it
        for sco_type, prop in (("directory", "path_enc"), ("file", "name_enc")):
            if "type" in observable and observable["type"] == sco_type and prop in observable:
                value = observable[prop]
                if not (isinstance(value, str) and value in _CHAR_SETS):
                    found.append((prop if observable is obj else "objects", f"{value!r} is not an IANA character set"))
    return found


def _must_lang(obj: dict[str, Any]) -> list[_Finding]:
    if "lang" in obj:
        value = obj["lang"]
        if not (isinstance(value, str) and value in _LANG_CODES):
            return [("lang", f"{value!r} is not an RFC 5646 language code")]
    return []


def _must_software_languages(obj: dict[str, Any], observables: list[Any]) -> list[_Finding]:
    found: list[_Finding] = []
    for observable in observables:
        if "type" in observable and observable["type"] == "software" and "languages" in observable:
            for lang in observable["languages"]:
                if not (isinstance(lang, str) and (lang in _LANG_CODES or lang in _SOFTWARE_LANG_CODES)):
                    prop = "languages" if observable is obj else "objects"
                    found.append((prop, f"{lang!r} is not an RFC 5646 or ISO 639-2 language code"))
    return found


def _must_cpe(obj: dict[str, Any]) -> list[_Finding]:
    if "cpe" in obj and (problem := _cpe_problem(obj["cpe"])):
        return [("cpe", problem)]
    return []


_PROPERTY_FORMAT: Final = re.compile(r"^[a-z0-9_]{3,250}$")


def _must_language_contents(obj: dict[str, Any]) -> list[_Finding]:
    if obj["type"] != "language-content" or "contents" not in obj:
        return []
    found: list[_Finding] = []
    for key, value in obj["contents"].items():
        if key not in _LANG_CODES:
            found.append(("contents", f"key {key!r} is not an RFC 5646 language code"))
        for name, _ in value.items():
            if not _PROPERTY_FORMAT.match(name):
                found.append(("contents", f"{key!r} holds {name!r}, which is not a property name"))
    return found


def _must_uuid_versions(obj: dict[str, Any]) -> list[_Finding]:
    t = obj["type"]
    if t == "process":
        if uuid.UUID(obj["id"].split("--")[-1]).version != 4:
            return [("id", "the id of a process must use a version 4 UUID")]
        return []
    contributing = _UUID4_UNLESS.get(t) if isinstance(t, str) else None
    if contributing is None or "id" not in obj:
        return []
    version = uuid.UUID(obj["id"].split("--")[-1]).version
    if all(k not in obj for k in contributing) and version != 4:
        return [("id", f"without {' or '.join(contributing)} the id must use a version 4 UUID")]
    return []


def _musts(obj: dict[str, Any]) -> list[_Finding]:
    """What the reference's MUST checks (but the pattern check) find; each only runs where it can find something."""
    kind = obj["type"]
    found = _must_timestamps(obj) + _must_order(obj)
    observables = _observables(obj)
    if observables:
        found += _must_observable_order(obj, observables)
        found += _must_artifact_mime_type(obj, observables)
        found += _must_char_sets(obj, observables)
        found += _must_software_languages(obj, observables)
        if kind == "observed-data":
            found += _must_observable_refs(obj)
    if kind == "marking-definition":
        found += _must_marking_self_reference(obj)
    if "granular_markings" in obj:
        found += _must_selectors(obj)
    if "lang" in obj:
        found += _must_lang(obj)
    if "cpe" in obj:
        found += _must_cpe(obj)
    if kind == "language-content":
        found += _must_language_contents(obj)
    if kind == "process" or (isinstance(kind, str) and kind in _UUID4_UNLESS):
        found += _must_uuid_versions(obj)
    return found


# --------------------------------------------------------------------------------------------------------------------
# Where the reference's SHOULD checks break. They only warn, but on some malformed input they raise, and then the
# reference gives no verdict, which counts as invalid. An object that passed the schema leaves them little to trip
# on; dicts with "id" and "type" inside list-valued properties (checked by the reference with no schema at all) and
# the values of an SCO's custom "objects" property can hold anything. So these functions perform the operations of
# stix2-validator's v21/shoulds.py that can raise, in its order and with its early exits, and raise where it raises.

_OPEN_VOCAB_FORMAT: Final[dict[str, tuple[str, ...]]] = {
    "artifact": ("hashes",),
    "file": ("hashes",),
    "grouping-of-action": ("context",),
    "identity": ("identity_class", "sectors"),
    "indicator": ("indicator_types",),
    "infrastructure": ("infrastructure_types",),
    "intrusion-set": ("resource_level", "primary_motivation", "secondary_motivations"),
    "location": ("region",),
    "malware": ("malware_types", "architecture_execution_envs", "implementation_languages", "capabilities"),
    "malware-analysis": ("result",),
    "marking-definition": ("definition_type",),
    "ntfs-ext": ("hashes",),
    "report": ("report_types",),
    "sections": ("hashes",),
    "threat-actor": tuple(
        [
            "threat_actor_types",
            "roles",
            "sophistication",
            "resource_level",
            "primary_motivation",
            "secondary_motivations",
            "personal_motivations",
        ]
    ),
    "tool": ("tool_types",),
    "windows-pebinary-ext": ("file_header_hashes",),
    "x509-certificate": ("hashes",),
}
# Properties checked against an open vocabulary (the *_USES tables of the vocabularies checked by check_vocab).
_VOCAB_USES: Final[dict[str, tuple[str, ...]]] = {
    "intrusion-set": ("primary_motivation", "secondary_motivations", "resource_level"),
    "threat-actor": tuple(
        [
            "primary_motivation",
            "secondary_motivations",
            "personal_motivations",
            "resource_level",
            "roles",
            "sophistication",
            "threat_actor_types",
        ]
    ),
    "grouping": ("context",),
    "malware": ("implementation_languages", "capabilities", "malware_types", "architecture_execution_envs"),
    "malware-analysis": ("result",),
    "identity": ("identity_class", "sectors"),
    "indicator": ("pattern_type", "indicator_types"),
    "infrastructure": ("infrastructure_types",),
    "report": ("report_types",),
    "tool": ("tool_types",),
    "location": ("region",),
}
_KILL_CHAIN_USES: Final = ("attack-pattern", "indicator", "infrastructure", "malware", "tool")
_RELATIONSHIP_SOURCES: Final = frozenset(
    [
        "attack-pattern",
        "campaign",
        "course-of-action",
        "domain-name",
        "identity",
        "indicator",
        "infrastructure",
        "intrusion-set",
        "ipv4-addr",
        "ipv6-addr",
        "malware",
        "malware-analysis",
        "threat-actor",
        "tool",
        "vulnerability",
    ]
)
_COMMON_RELATIONSHIPS: Final = ("derived-from", "duplicate-of", "related-to")
_NON_SDOS: Final = (
    "bundle",
    "language-content",
    "marking-definition",
    "sighting",
    "relationship",
    "extension-definition",
)
_SPEC_TYPES: Final = (*_SDOS, "bundle", *_SROS, "language-content", "marking-definition", "extension-definition")
_RESERVED_PROPERTY_NAMES: Final = ("severity", "username", "phone_numbers", "action")
_EMBEDDED_PROPERTIES: Final[dict[str, frozenset[str]]] = {
    "email-message": frozenset({"body_multipart"}),
    "windows-registry-key": frozenset({"values"}),
    "x509-certificate": frozenset({"x509_v3_extensions"}),
}
_PREDEFINED_EXTENSIONS: Final[dict[str, tuple[str, ...]]] = {
    "file": ("archive-ext", "ntfs-ext", "pdf-ext", "raster-image-ext", "windows-pebinary-ext"),
    "network-traffic": ("http-request-ext", "icmp-ext", "socket-ext", "tcp-ext"),
    "process": ("windows-process-ext", "windows-service-ext"),
    "user-account": ("unix-account-ext",),
}
_EXTENSION_EMBEDDED_PROPERTIES: Final[dict[str, frozenset[str]]] = {
    "ntfs-ext": frozenset({"alternate_data_streams"}),
    "windows-pebinary-ext": frozenset({"optional_header", "sections"}),
}
_DICT_KEY_EXCEPTIONS: Final = frozenset(
    [
        "hashes",
        "file_header_hashes",
        "request_header",
        "additional_header_fields",
        "document_info_dict",
        "exif_tags",
        "ipfix",
        "options",
        "environment_variables",
        "key",
        "startup_info",
    ]
)


def _standard_properties() -> dict[str, frozenset[str]]:
    """The reference's list of the properties the specification defines, per type (PROPERTIES and
    OBSERVABLE_PROPERTIES): the properties of our specs, give or take its own slips."""
    corrections: dict[str, tuple[set[str], set[str]]] = {  # type: (add, remove)
        "course-of-action": ({"action"}, set()),
        "malware": ({"is_family"}, set()),
        "malware-analysis": ({"installed_software_ref"}, {"installed_software_refs"}),
        "observed-data": ({"objects"}, set()),
        "bundle": ({"objects"}, set()),
        "language-content": (set(), {"lang"}),
        "marking-definition": ({"definition", "definition_type", "id", "lang"}, set()),
        "extension-definition": (set(), {"lang", "extensions", "confidence"}),
        "email-message": ({"is_multipart", "body", "body_multipart"}, set()),
        "network-traffic": ({"is_active"}, set()),
    }
    out = {}
    for kind in (*_SPEC_TYPES, *_SCOS):
        add, remove = corrections.get(kind, (set(), set()))
        out[kind] = frozenset((set(_SPECS[kind].properties) | add) - remove)
    return out


_STANDARD_PROPERTIES: Final = _standard_properties()
_PRIORITY_CLASS: Final = re.compile(r".+_CLASS$")
_NOT_CAPS: Final = re.compile(r"^[^A-Z]+$")
_MALWARE_PRODUCT: Final = re.compile(r"^[a-z0-9-]+$")


def _require_str(value: Any) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{type(value).__name__} where the reference calls a string method")


def _uses_extension(obj: Any, kinds: tuple[str, ...]) -> bool:
    return any(ext.get("extension_type", "") in kinds for _, ext in obj.get("extensions", {}).items())


def _should_kill_chain_phases(obj: dict[str, Any]) -> None:
    for phase in obj["kill_chain_phases"]:
        if "kill_chain_name" not in phase:
            return
        _require_str(phase["kill_chain_name"])
        _require_str(phase["phase_name"])


def _should_external_references(obj: dict[str, Any]) -> None:
    for ref in obj["external_references"]:
        if "url" in ref and "hashes" not in ref:
            if "source_name" in ref:
                ref["source_name"]  # read by the reference
            return


def _should_break_by_kind(obj: dict[str, Any], kind: str) -> None:
    for prop in _OPEN_VOCAB_FORMAT.get(kind, ()):
        if prop in obj:
            value = obj[prop]
            if type(value) is dict:
                break
            for item in value if type(value) is list else [value]:
                _require_str(item)
    if kind in _KILL_CHAIN_USES and "kill_chain_phases" in obj:
        _should_kill_chain_phases(obj)
    if "product" in obj and kind == "malware-analysis":
        _require_str(obj["product"])
    if kind == "relationship" and all(k in obj for k in ("relationship_type", "source_ref", "target_ref")):
        relationship_type = obj["relationship_type"]
        try:
            source = re.search(r"(.+)--", obj["source_ref"]).group(1)  # type: ignore[union-attr]
            target = re.search(r"(.+)--", obj["target_ref"]).group(1)  # type: ignore[union-attr]
        except (AttributeError, TypeError):
            pass
        else:
            common = relationship_type in _COMMON_RELATIONSHIPS or source in _NON_SDOS or target in _NON_SDOS
            if not common and source in _RELATIONSHIP_SOURCES:
                hash(relationship_type)
    if kind == "bundle" and "objects" in obj:
        seen: dict[Any, Any] = {}
        for item in obj["objects"]:
            if "id" not in item or "modified" not in item:
                continue
            if item["id"] not in seen:
                seen[item["id"]] = item["modified"]
    for prop in _VOCAB_USES.get(kind, ()):
        if prop in obj and type(obj[prop]) is list:
            set(obj[prop])
    if kind == "location" and "country" in obj:
        _require_str(obj["country"])
    if kind == "extension-definition":
        "toplevel-property-extension" in obj.get("extension_types", [])  # noqa: B015  # the reference tests this


_SHOULD_KINDS: Final = frozenset(
    {"malware-analysis", "relationship", "bundle", "location", "extension-definition"}
    | set(_KILL_CHAIN_USES)
    | set(_VOCAB_USES)
    | set(_OPEN_VOCAB_FORMAT)
)


def _should_break_object(obj: dict[str, Any]) -> None:
    """The SHOULD checks that look at the object itself."""
    kind = obj["type"]
    if "id" in obj:
        obj["id"].split("--")
    if kind in _SHOULD_KINDS:
        _should_break_by_kind(obj, kind)
    if "external_references" in obj:
        _should_external_references(obj)
    extensions = obj.get("extensions")
    if extensions is None or (isinstance(extensions, dict) and all(type(e) is dict for e in extensions.values())):
        return  # the extension checks below cannot fail
    if kind not in _SPEC_TYPES and kind != "action" and kind not in _OBSERVABLE_TYPES:
        _uses_extension(obj, ("new-sdo", "new-sco", "new-sro"))
    standard = _STANDARD_PROPERTIES.get(kind)
    if standard is not None and any(p not in standard and p not in _RESERVED_PROPERTY_NAMES for p in obj):
        _uses_extension(obj, ("toplevel-property-extension",))


def _dictionary_keys(item: dict[str, Any]) -> None:
    for key, value in item.items():
        _NOT_CAPS.match(key)
        if type(value) is dict and key not in _DICT_KEY_EXCEPTIONS:
            _dictionary_keys(value)


def _valid_hash_name(name: Any) -> None:
    _require_str(name)  # not in the vocabulary, so the reference runs a regex on it


def _should_hash_length(obs: dict[str, Any]) -> None:
    if "type" not in obs:
        return
    kind = obs["type"]
    if kind == "file":
        try:
            hashes = obs["hashes"]
        except KeyError:
            return
        for name in hashes:
            if len(name) > 30:
                return
        try:
            streams = obs["extensions"]["ntfs-ext"]["alternate_data_streams"]
        except (KeyError, TypeError):
            return
        for stream in streams:
            if "hashes" not in stream:
                return
            for name in stream["hashes"]:
                if len(name) > 30:
                    return
        try:
            header_hashes = obs["extensions"]["windows-pebinary-ext"]["file_header_hashes"]
        except (KeyError, TypeError):
            return
        for name in header_hashes:
            if len(name) > 30:
                return
        try:
            optional_hashes = obs["extensions"]["windows-pebinary-ext"]["optional_header"]["hashes"]
        except (KeyError, TypeError):
            return
        for name in optional_hashes:
            if len(name) > 30:
                return
        try:
            sections = obs["extensions"]["windows-pebinary-ext"]["sections"]
        except (KeyError, TypeError):
            return
        for section in sections:
            if "hashes" not in section:
                return
            for name in section["hashes"]:
                if len(name) > 30:
                    return
    elif kind in ("artifact", "x509-certificate"):
        try:
            hashes = obs["hashes"]
        except (KeyError, TypeError):
            return
        for name in hashes:
            if len(name) > 30:
                return


def _should_hash_names(obs: dict[str, Any]) -> None:
    if "type" not in obs:
        return
    kind = obs["type"]
    if kind in ("file", "artifact", "x509-certificate") and "hashes" in obs:
        for name in obs["hashes"]:
            _valid_hash_name(name)
    if kind != "file" or "extensions" not in obs:
        return
    try:
        streams = obs["extensions"]["ntfs-ext"]["alternate_data_streams"]
    except (KeyError, TypeError):
        pass
    else:
        for stream in streams:
            if "hashes" in stream:
                for name in stream["hashes"]:
                    _valid_hash_name(name)
    pe = ("extensions", "windows-pebinary-ext")
    for path in ((*pe, "file_header_hashes"), (*pe, "optional_header", "hashes")):
        try:
            node: Any = obs
            for step in path:
                node = node[step]
        except (KeyError, TypeError):
            continue
        for name in node:
            _valid_hash_name(name)
    try:
        sections = obs["extensions"]["windows-pebinary-ext"]["sections"]
    except (KeyError, TypeError):
        return
    for section in sections:
        if "hashes" in section:
            for name in section["hashes"]:
                _valid_hash_name(name)


def _iterate_at(obs: dict[str, Any], *path: str) -> None:
    try:
        node: Any = obs
        for step in path:
            node = node[step]
    except (KeyError, TypeError):
        return
    for _ in node:
        pass


def _should_break_observable(obs: dict[str, Any]) -> None:
    """The SHOULD checks that look at cyber-observables (an SCO, or the values of "objects")."""
    obs["id"]  # the reference reads it first
    _dictionary_keys(obs)
    kind = obs.get("type")
    if kind == "process":
        try:
            priority = obs["extensions"]["windows-process-ext"]["priority"]
        except (KeyError, TypeError):
            pass
        else:
            _PRIORITY_CLASS.match(priority)
    _should_hash_length(obs)
    _should_hash_names(obs)
    if kind == "network-traffic":
        for prop in ("protocols", "ipfix"):
            if prop in obs:
                for _ in obs[prop]:
                    pass
        _iterate_at(obs, "extensions", "http-request-ext", "request_header")
        _iterate_at(obs, "extensions", "socket-ext", "options")
    if kind == "file":
        _iterate_at(obs, "extensions", "pdf-ext", "document_info_dict")
    # extensions_use, on observables
    kind = obs["type"]
    for prop in obs:
        if kind in _EMBEDDED_PROPERTIES and prop in _EMBEDDED_PROPERTIES[kind]:
            for embedded in obs[prop]:
                if isinstance(embedded, dict):
                    for _ in embedded:
                        pass
    if kind in _PREDEFINED_EXTENSIONS and "extensions" in obs:
        for ext_key in obs["extensions"]:
            if ext_key in _PREDEFINED_EXTENSIONS[kind]:
                for ext_prop in obs["extensions"][ext_key]:
                    if (
                        ext_key in _EXTENSION_EMBEDDED_PROPERTIES
                        and ext_prop in _EXTENSION_EMBEDDED_PROPERTIES[ext_key]
                    ):
                        for item in obs["extensions"][ext_key][ext_prop]:
                            if isinstance(item, Iterable) and not isinstance(item, str):
                                for _ in item:
                                    pass
    if "extensions" in obs and isinstance(obs["extensions"], Mapping) and kind in _PREDEFINED_EXTENSIONS:
        for ext_key in obs["extensions"]:
            if ext_key not in _PREDEFINED_EXTENSIONS[kind]:
                _uses_extension(obs, ("property-extension",))


# --------------------------------------------------------------------------------------------------------------------
# Patterns.

_PATTERN_TYPE_NAME: Final = re.compile(r"^\-?[a-z0-9]+(-[a-z0-9]+)*\-?$")


def _pattern_problem(pattern: str, stix_21: bool) -> str | None:
    """What stix2-validator finds wrong with an indicator pattern, None if nothing.

    2.1 patterns go through our own checker (``accord.intel.patterns``: the same verdicts as stix2-patterns,
    ~37x faster, tested differentially); 2.0 patterns (``pattern_version`` other than "2.1", rare) through
    stix2-patterns, as the reference does. Then the observable type and property names the pattern compares
    must be well-formed.
    """
    if stix_21:
        try:
            pairs = compared_properties(pattern)
        except ValueError as exc:
            return f"invalid STIX pattern: {exc}"
    else:
        try:
            errors = run_validator(pattern, "2.0")
        except Exception as exc:  # the reference does not survive these either
            return f"invalid STIX pattern: {type(exc).__name__}: {exc}"
        if errors:
            return f"invalid STIX pattern: {errors[0]}"
        try:
            comparisons = Pattern(pattern).inspect().comparisons
        except Exception as exc:
            return f"invalid STIX pattern: {exc}"
        pairs = [(t, expression[0][0]) for t, expressions in comparisons.items() for expression in expressions]
    for object_type, prop in pairs:
        known = object_type in _OBSERVABLE_TYPES
        if not known and (not _PATTERN_TYPE_NAME.match(object_type) or not 3 <= len(object_type) <= 250):
            return f"invalid STIX pattern: {object_type!r} is not a valid observable type name"
        if known and prop == "id":
            continue
        if not _PROPERTY_FORMAT.match(prop):
            return f"invalid STIX pattern: {prop!r} is not a valid observable property name"
    return None


# --------------------------------------------------------------------------------------------------------------------

_IDENTIFIER_RE: Final = re.compile(_IDENTIFIER_PATTERN)
_TYPE_LABEL: Final = re.compile(r"[a-z][a-z0-9-]{0,99}\Z")
_short = reprlib.Repr()
_short.maxstring = 60
_short.maxother = 60


def _json_type(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if value is None:
        return "null"
    return "a number" if isinstance(value, numbers.Number) else type(value).__name__


class Validator:
    """Checks STIX 2.1 objects; holds an LRU cache of pattern verdicts keyed by pattern text.

    One instance may serve many threads: the cache is ``functools.lru_cache``, which is thread-safe.
    """

    def __init__(self, pattern_cache_size: int = 8192) -> None:
        self._pattern_problem = functools.lru_cache(maxsize=pattern_cache_size)(_pattern_problem)

    def pattern_cache_info(self) -> Any:
        """Hits, misses and size of the pattern cache (functools' CacheInfo)."""
        return self._pattern_problem.cache_info()

    def validate(self, obj: object) -> list[Problem]:
        """All problems of one STIX 2.1 object; [] when valid."""
        if not isinstance(obj, dict):
            return [Problem(None, None, f"a STIX object must be a JSON object, not {_json_type(obj)}")]
        raw_id = obj.get("id")
        object_id = raw_id if isinstance(raw_id, str) and _IDENTIFIER_RE.search(raw_id) else None
        kind = obj.get("type")
        if object_id is not None:
            label = object_id
        else:
            label = f"{kind} object" if isinstance(kind, str) and _TYPE_LABEL.match(kind) else "object"
            if "id" in obj:
                label += f" with id {_short.repr(raw_id)}"
        out: list[Problem] = []

        def report(prop: str | None, detail: str) -> None:
            where = f"{label} property {prop!r}" if prop is not None else label
            out.append(Problem(object_id, prop, f"{where}: {detail}"))

        if "type" not in obj:
            report("type", "required property is missing")
            if "id" not in obj:
                report("id", "required property is missing")
            return out
        if kind == "bundle":
            report("type", "a bundle is a container, not a STIX object; submit the objects it holds instead")
            return out
        if "spec_version" in obj and obj["spec_version"] != "2.1":
            report("spec_version", f"must be '2.1' (this hub takes STIX 2.1), not {_short.repr(obj['spec_version'])}")
        try:
            self._check(obj, report)
        except Exception as exc:  # only on input the reference fails on as well
            if not out:
                report(None, f"could not be validated ({type(exc).__name__}: {exc})")
        if "id" not in obj and not any(p.property == "id" for p in out):
            report("id", "required property is missing")
        return out

    def _check(self, obj: dict[str, Any], report: Callable[[str | None, str], None]) -> None:
        kind = obj["type"]
        spec = _SPECS.get(kind) if isinstance(kind, str) else None
        if spec is None:
            # Custom type (or none usable): the reference picks its SCO core when there is neither created nor
            # modified, else the SDO/SRO core.
            spec = _CUSTOM_SCO if "created" not in obj and "modified" not in obj else _CUSTOM_CORE
        _check_properties(obj, spec, report)
        if kind == "observed-data" and "objects" in obj:
            _check_observed_objects(obj["objects"], report)
        self._check_musts(obj, report, None)

    def _check_musts(self, obj: dict[str, Any], report: Callable[[str | None, str], None], nested: str | None) -> None:
        def finding(prop: str | None, detail: str) -> None:
            if nested is None:
                report(prop, detail)
            else:
                report(nested, f"embedded object {obj.get('id')!r}: {detail}")

        try:
            for prop, detail in _musts(obj):
                finding(prop, detail)
            if (
                obj["type"] == "indicator"
                and obj.get("pattern_type", "") == "stix"
                and isinstance(pattern := obj.get("pattern"), str)
            ):
                version = obj["pattern_version"] if "pattern_version" in obj else obj.get("spec_version", "2.1")
                if problem := self._pattern_problem(pattern, version == "2.1"):
                    finding("pattern", problem)
            _should_break_object(obj)
            for observable in _observables(obj):
                _should_break_observable(observable)
        except Exception as exc:
            if nested is None:
                raise
            finding(None, f"cannot be checked ({type(exc).__name__}: {exc})")
        # Dicts with "id" and "type" inside list-valued properties get the same checks, as in the reference.
        for name, value in obj.items():
            if type(value) is list:
                for item in value:
                    if isinstance(item, dict) and "id" in item and "type" in item:
                        self._check_musts(item, report, name if nested is None else nested)


def _check_properties(
    obj: dict[str, Any],
    spec: _Spec,
    report: Callable[[str | None, str], None],
    where: str = "",
) -> None:
    """The schema part: each property, then required ones, then whole-object rules."""

    def problem(prop: str | None, detail: str) -> None:
        if where:
            report("objects", f"{where}{'' if prop is None else f' property {prop!r}'}: {detail}")
        else:
            report(prop, detail)

    checks = spec.properties
    custom_rules = spec.core is not None
    for name, value in obj.items():
        if custom_rules:
            kind = _name_kind(name)
            if not kind:
                problem(
                    name, "is not a valid property name (3 to 250 characters a-z, 0-9 and _, starting with a letter)"
                )
            else:
                if kind & _NAME_ANY and not _ANY_VALUE_NODE(value):
                    problem(name, "must not be null or an empty list")
                if kind & _NAME_BIN and not _BINARY_NODE(value):
                    problem(name, "must be base64-encoded binary data (its name ends in _bin)")
                if kind & _NAME_HEX and not _HEX_NODE(value):
                    problem(name, "must be hexadecimal digits in pairs (its name ends in _hex)")
        for node, words in checks.get(name, ()):
            if not node(value):
                problem(name, f"must be {words}, not {_short.repr(value)}")
                break
    if custom_rules:
        for name in RESERVED_PROPERTIES:
            if name in obj:
                problem(name, "is reserved by the STIX 2.1 specification and must not be used")
    for name in spec.required:
        if name not in obj:
            problem(name, "required property is missing")
    for rule in spec.rules:
        if not rule.node(obj):
            problem(rule.property, rule.message)


def _schema_problems(obj: dict[str, Any], spec: _Spec, where: str = "") -> list[tuple[str | None, str]]:
    found: list[tuple[str | None, str]] = []
    _check_properties(obj, spec, lambda prop, detail: found.append((prop, detail)), where)
    return found


def _accepts(spec: _Spec, obj: dict[str, Any]) -> bool:
    return not _schema_problems(obj, spec)


# In the observed-data schema every value of "objects" must match exactly one of: a custom observable (the SCO core,
# with a type that does not match this unanchored alternation) or one of the SCO schemas.
_SCO_TYPE_ALTERNATION: Final = re.compile(
    "^artifact|directory|file|mutex|process|software|user-account|windows-registry-key|x509-certificate|"
    "autonomous-system|domain-name|email-addr|email-message|ipv4-addr|ipv6-addr|mac-addr|network-traffic|url$"
)
_ANY_KEY: Final = re.compile("^.*$")


def _one_observable_schema(value: Any) -> bool:
    if not isinstance(value, dict):
        return False
    kind = value.get("type")
    matches = 0
    if "type" in value and not (isinstance(kind, str) and _SCO_TYPE_ALTERNATION.search(kind)):
        matches += _accepts(_CUSTOM_SCO, value)
    if isinstance(kind, str) and kind in _SCOS:
        matches += _accepts(_SCOS[kind], value)
    return matches == 1


def _check_observed_objects(objects: Any, report: Callable[[str | None, str], None]) -> None:
    """observed-data "objects": each value checked as an object of its type, and the schema's rule for the whole."""
    if not isinstance(objects, dict):
        report("objects", f"must be a dictionary of cyber-observable objects, not {_json_type(objects)}")
        return
    if not objects:
        report("objects", "must not be empty")
    for key, observable in objects.items():
        if not isinstance(observable, dict):
            report("objects", f"object {key!r} must be a cyber-observable object, not {_json_type(observable)}")
            continue
        if "type" not in observable:
            report("objects", f"object {key!r} has no type")
            continue
        kind = observable["type"]
        spec = (_SPECS.get(kind) if isinstance(kind, str) else None) or _CUSTOM_SCO
        found = _schema_problems(observable, spec, where=f"object {key!r}")
        for prop, detail in found:
            report(prop, detail)
        if not found and _ANY_KEY.search(key) and not _one_observable_schema(observable):
            report("objects", f"object {key!r}: a custom observable's type must not contain the name of a STIX one")


_default = Validator()


def validate_object(obj: object) -> list[Problem]:
    """All problems of one STIX 2.1 object; [] when valid."""
    return _default.validate(obj)


# --------------------------------------------------------------------------------------------------------------------
# Registry data.

# IANA media types, as stix2-validator 3.3 ships the registry (its v21/assets/mediatype_*.csv), by top-level type;
# artifact.mime_type must be one of them.
_MEDIA_TYPES: Final = frozenset(
    f"{top}/{sub}"
    for top, subs in {
        "text": """
1d-interleaved-parityfec cache-manifest calendar cql cql-expression cql-identifier css csv csv-schema
directory dns ecmascript encaprtp enriched example fhirpath flexfec fwdred gff3 grammar-ref-list hl7v2
html javascript jcr-cnd markdown mizar n3 parameters parityfec plain provenance-notation
prs.fallenstein.rst prs.lines.tag prs.prop.logic prs.texi raptorfec RED rfc822-headers richtext rtf
rtp-enc-aescm128 rtploopback rtx SGML shaclc shex spdx strings t140 tab-separated-values troff turtle
ulpfec uri-list vcard vnd.a vnd.abc vnd.ascii-art vnd.curl vnd.debian.copyright vnd.DMClientScript
vnd.dvb.subtitle vnd.esmertec.theme-descriptor vnd.exchangeable vnd.familysearch.gedcom vnd.ficlab.flt
vnd.fly vnd.fmi.flexstor vnd.gml vnd.graphviz vnd.hans vnd.hgl vnd.in3d.3dml vnd.in3d.spot
vnd.IPTC.NewsML vnd.IPTC.NITF vnd.latex-z vnd.motorola.reflex vnd.ms-mediapackage
vnd.net2phone.commcenter.command vnd.radisys.msml-basic-layout vnd.senx.warpscript vnd.si.uricatalogue
vnd.sun.j2me.app-descriptor vnd.sosi vnd.trolltech.linguist vnd.wap.si vnd.wap.sl vnd.wap.wml
vnd.wap.wmlscript vtt wgsl xml xml-external-parsed-entity
""",
        "message": """
bhttp CPIM delivery-status disposition-notification example external-body feedback-report global
global-delivery-status global-disposition-notification global-headers http imdn+xml mls news ohttp-req
ohttp-res partial rfc822 s-http sip sipfrag tracking-status vnd.si.simp vnd.wfa.wsc
""",
        "video": """
1d-interleaved-parityfec 3gpp 3gpp2 3gpp-tt AV1 BMPEG BT656 CelB DV encaprtp example FFV1 flexfec H261
H263 H263-1998 H263-2000 H264 H264-RCDO H264-SVC H265 H266 iso.segment JPEG jpeg2000 jxsv matroska
matroska-3d mj2 MP1S MP2P MP2T mp4 MP4V-ES MPV mpeg mpeg4-generic nv ogg parityfec pointer quicktime
raptorfec raw rtp-enc-aescm128 rtploopback rtx scip smpte291 SMPTE292M ulpfec vc1 vc2 vnd.CCTV
vnd.dece.hd vnd.dece.mobile vnd.dece.mp4 vnd.dece.pd vnd.dece.sd vnd.dece.video vnd.directv.mpeg
vnd.directv.mpeg-tts vnd.dlna.mpeg-tts vnd.dvb.file vnd.fvt vnd.hns.video vnd.iptvforum.1dparityfec-1010
vnd.iptvforum.1dparityfec-2005 vnd.iptvforum.2dparityfec-1010 vnd.iptvforum.2dparityfec-2005
vnd.iptvforum.ttsavc vnd.iptvforum.ttsmpeg2 vnd.motorola.video vnd.motorola.videop vnd.mpegurl
vnd.ms-playready.media.pyv vnd.nokia.interleaved-multimedia vnd.nokia.mp4vr vnd.nokia.videovoip
vnd.objectvideo vnd.radgamettools.bink vnd.radgamettools.smacker vnd.sealed.mpeg1 vnd.sealed.mpeg4
vnd.sealed.swf vnd.sealedmedia.softseal.mov vnd.uvvu.mp4 vnd.youtube.yt vnd.vivo VP8 VP9
""",
        "multipart": """
alternative appledouble byteranges digest encrypted example form-data header-set mixed multilingual
parallel related report signed vnd.bint.med-plus voice-message x-mixed-replace
""",
        "application": """
1d-interleaved-parityfec 3gpdash-qoe-report+xml 3gppHal+json 3gppHalForms+json 3gpp-ims+xml A2L ace+cbor
ace+json activemessage activity+json aif+cbor aif+json alto-cdni+json alto-cdnifilter+json
alto-costmap+json alto-costmapfilter+json alto-directory+json alto-endpointprop+json
alto-endpointpropparams+json alto-endpointcost+json alto-endpointcostparams+json alto-error+json
alto-networkmapfilter+json alto-networkmap+json alto-propmap+json alto-propmapparams+json
alto-updatestreamcontrol+json alto-updatestreamparams+json AML andrew-inset applefile at+jwt ATF ATFX
atom+xml atomcat+xml atomdeleted+xml atomicmail atomsvc+xml atsc-dwd+xml atsc-dynamic-event-message
atsc-held+xml atsc-rdt+json atsc-rsat+xml ATXML auth-policy+xml automationml-aml+xml
automationml-amlx+zip bacnet-xdd+zip batch-SMTP beep+xml c2pa calendar+json calendar+xml call-completion
CALS-1840 captive+json cbor cbor-seq cccex ccmp+xml ccxml+xml cda+xml CDFX+XML cdmi-capability
cdmi-container cdmi-domain cdmi-object cdmi-queue cdni CEA cea-2018+xml cellml+xml cfw
cid-edhoc+cbor-seq city+json clr clue_info+xml clue+xml cms cnrp+xml coap-group+json coap-payload
commonground concise-problem-details+cbor conference-info+xml cpl+xml cose cose-key cose-key-set
cose-x509 csrattrs csta+xml CSTAdata+xml csvm+json cwl cwl+json cwt cybercash dash+xml dash-patch+xml
dashdelta davmount+xml dca-rft DCD dec-dx dialog-info+xml dicom dicom+json dicom+xml DII DIT dns
dns+json dns-message dots+cbor dpop+jwt dskpp+xml dssc+der dssc+xml dvcs ecmascript edhoc+cbor-seq
EDI-consent EDIFACT EDI-X12 efi elm+json elm+xml EmergencyCallData.cap+xml EmergencyCallData.Comment+xml
EmergencyCallData.Control+xml EmergencyCallData.DeviceInfo+xml EmergencyCallData.eCall.MSD
EmergencyCallData.LegacyESN+json EmergencyCallData.ProviderInfo+xml EmergencyCallData.ServiceInfo+xml
EmergencyCallData.SubscriberInfo+xml EmergencyCallData.VEDS+xml emma+xml emotionml+xml encaprtp epp+xml
epub+zip eshop example exi expect-ct-report+json express fastinfoset fastsoap fdf fdt+xml fhir+json
fhir+xml fits flexfec font-sfnt font-tdpfr font-woff framework-attributes+xml geo+json geo+json-seq
geopackage+sqlite3 geoxacml+json geoxacml+xml gltf-buffer gml+xml gzip H224 held+xml hl7v2+xml http
hyperstudio ibe-key-request+xml ibe-pkg-reply+xml ibe-pp-data iges im-iscomposing+xml index index.cmd
index.obj index.response index.vnd inkml+xml IOTP ipfix ipp ISUP its+xml java-archive javascript
jf2feed+json jose jose+json jrd+json jscalendar+json jscontact+json json json-patch+json json-seq
jsonpath jwk+json jwk-set+json jwt kpml-request+xml kpml-response+xml ld+json lgr+xml link-format
linkset linkset+json load-control+xml logout+jwt lost+xml lostsync+xml lpf+zip LXF mac-binhex40
macwriteii mads+xml manifest+json marc marcxml+xml mathematica mathml+xml mathml-content+xml
mathml-presentation+xml mbms-associated-procedure-description+xml mbms-deregister+xml mbms-envelope+xml
mbms-msk-response+xml mbms-msk+xml mbms-protection-description+xml mbms-reception-report+xml
mbms-register-response+xml mbms-register+xml mbms-schedule+xml mbms-user-service-description+xml mbox
media_control+xml media-policy-dataset+xml mediaservercontrol+xml merge-patch+json metalink4+xml
mets+xml MF4 mikey mipc missing-blocks+cbor-seq mmt-aei+xml mmt-usd+xml mods+xml moss-keys
moss-signature mosskey-data mosskey-request mp21 mp4 mpeg4-generic mpeg4-iod mpeg4-iod-xmt
mrb-consumer+xml mrb-publish+xml msc-ivr+xml msc-mixer+xml msword mud+json multipart-core mxf n-quads
n-triples nasdata news-checkgroups news-groupinfo news-transmission nlsml+xml node nss
oauth-authz-req+jwt oblivious-dns-message ocsp-request ocsp-response octet-stream ODA odm+xml ODX
oebps-package+xml ogg ohttp-keys opc-nodeset+xml oscore oxps p21 p21+zip p2p-overlay+xml parityfec
passport patch-ops-error+xml pdf PDX pem-certificate-chain pgp-encrypted pgp-keys pgp-signature
pidf-diff+xml pidf+xml pkcs10 pkcs7-mime pkcs7-signature pkcs8 pkcs8-encrypted pkcs12 pkix-attr-cert
pkix-cert pkix-crl pkix-pkipath pkixcmp pls+xml poc-settings+xml postscript ppsp-tracker+json
private-token-issuer-directory private-token-request private-token-response problem+json problem+xml
provenance+xml prs.alvestrand.titrax-sheet prs.cww prs.cyn prs.hpub+zip prs.implied-document+xml
prs.implied-executable prs.implied-structure prs.nprend prs.plucker prs.rdf-xml-crypt prs.vcfbzip2
prs.xsf+xml pskc+xml pvd+json rdf+xml route-apd+xml route-s-tsid+xml route-usd+xml QSIG raptorfec
rdap+json reginfo+xml relax-ng-compact-syntax remote-printing reputon+json resource-lists-diff+xml
resource-lists+xml rfc+xml riscos rlmi+xml rls-services+xml rpki-checklist rpki-ghostbusters
rpki-manifest rpki-publication rpki-roa rpki-updown rtf rtploopback rtx samlassertion+xml
samlmetadata+xml sarif-external-properties+json sarif+json sbe sbml+xml scaip+xml scim+json
scvp-cv-request scvp-cv-response scvp-vp-request scvp-vp-response sdp secevent+jwt senml-etch+cbor
senml-etch+json senml-exi senml+cbor senml+json senml+xml sensml-exi sensml+cbor sensml+json sensml+xml
sep-exi sep+xml session-info set-payment set-payment-initiation set-registration
set-registration-initiation SGML sgml-open-catalog shf+xml sieve simple-filter+xml
simple-message-summary simpleSymbolContainer sipc slate smil smil+xml smpte336m soap+fastinfoset
soap+xml sparql-query spdx+json sparql-results+xml spirits-event+xml sql srgs srgs+xml sru+xml ssml+xml
stix+json swid+cbor swid+xml tamp-apex-update tamp-apex-update-confirm tamp-community-update
tamp-community-update-confirm tamp-error tamp-sequence-adjust tamp-sequence-adjust-confirm
tamp-status-query tamp-status-response tamp-update tamp-update-confirm taxii+json td+json tei+xml
TETRA_ISI thraud+xml timestamp-query timestamp-reply timestamped-data tlsrpt+gzip tlsrpt+json tm+json
tnauthlist token-introspection+jwt trickle-ice-sdpfrag trig ttml+xml tve-trigger tzif tzif-leap ulpfec
urc-grpsheet+xml urc-ressheet+xml urc-targetdesc+xml urc-uisocketdesc+xml vcard+json vcard+xml vemmi
vnd.1000minds.decision-model+xml vnd.1ob vnd.3gpp.5gnas vnd.3gpp.access-transfer-events+xml
vnd.3gpp.bsf+xml vnd.3gpp.crs+xml vnd.3gpp.current-location-discovery+xml vnd.3gpp.GMOP+xml
vnd.3gpp.gtpc vnd.3gpp.interworking-data vnd.3gpp.lpp vnd.3gpp.mc-signalling-ear
vnd.3gpp.mcdata-affiliation-command+xml vnd.3gpp.mcdata-info+xml
vnd.3gpp.mcdata-msgstore-ctrl-request+xml vnd.3gpp.mcdata-payload vnd.3gpp.mcdata-regroup+xml
vnd.3gpp.mcdata-service-config+xml vnd.3gpp.mcdata-signalling vnd.3gpp.mcdata-ue-config+xml
vnd.3gpp.mcdata-user-profile+xml vnd.3gpp.mcptt-affiliation-command+xml vnd.3gpp.mcptt-floor-request+xml
vnd.3gpp.mcptt-info+xml vnd.3gpp.mcptt-location-info+xml vnd.3gpp.mcptt-mbms-usage-info+xml
vnd.3gpp.mcptt-regroup+xml vnd.3gpp.mcptt-service-config+xml vnd.3gpp.mcptt-signed+xml
vnd.3gpp.mcptt-ue-config+xml vnd.3gpp.mcptt-ue-init-config+xml vnd.3gpp.mcptt-user-profile+xml
vnd.3gpp.mcvideo-affiliation-command+xml vnd.3gpp.mcvideo-affiliation-info+xml vnd.3gpp.mcvideo-info+xml
vnd.3gpp.mcvideo-location-info+xml vnd.3gpp.mcvideo-mbms-usage-info+xml vnd.3gpp.mcvideo-regroup+xml
vnd.3gpp.mcvideo-service-config+xml vnd.3gpp.mcvideo-transmission-request+xml
vnd.3gpp.mcvideo-ue-config+xml vnd.3gpp.mcvideo-user-profile+xml vnd.3gpp.mid-call+xml vnd.3gpp.ngap
vnd.3gpp.pfcp vnd.3gpp.pic-bw-large vnd.3gpp.pic-bw-small vnd.3gpp.pic-bw-var vnd.3gpp-prose-pc3a+xml
vnd.3gpp-prose-pc3ach+xml vnd.3gpp-prose-pc3ch+xml vnd.3gpp-prose-pc8+xml vnd.3gpp-prose+xml
vnd.3gpp.s1ap vnd.3gpp.seal-group-doc+xml vnd.3gpp.seal-info+xml vnd.3gpp.seal-location-info+xml
vnd.3gpp.seal-mbms-usage-info+xml vnd.3gpp.seal-network-QoS-management-info+xml
vnd.3gpp.seal-ue-config-info+xml vnd.3gpp.seal-unicast-info+xml vnd.3gpp.seal-user-profile-info+xml
vnd.3gpp.sms vnd.3gpp.sms+xml vnd.3gpp.srvcc-ext+xml vnd.3gpp.SRVCC-info+xml
vnd.3gpp.state-and-event-info+xml vnd.3gpp.ussd+xml vnd.3gpp.vae-info+xml
vnd.3gpp-v2x-local-service-information vnd.3gpp2.bcmcsinfo+xml vnd.3gpp2.sms vnd.3gpp2.tcap vnd.3gpp.v2x
vnd.3lightssoftware.imagescal vnd.3M.Post-it-Notes vnd.accpac.simply.aso vnd.accpac.simply.imp
vnd.acm.addressxfer+json vnd.acm.chatbot+json vnd.acucobol vnd.acucorp vnd.adobe.flash.movie
vnd.adobe.formscentral.fcdt vnd.adobe.fxp vnd.adobe.partial-upload vnd.adobe.xdp+xml vnd.aether.imp
vnd.afpc.afplinedata vnd.afpc.afplinedata-pagedef vnd.afpc.cmoca-cmresource vnd.afpc.foca-charset
vnd.afpc.foca-codedfont vnd.afpc.foca-codepage vnd.afpc.modca vnd.afpc.modca-cmtable
vnd.afpc.modca-formdef vnd.afpc.modca-mediummap vnd.afpc.modca-objectcontainer vnd.afpc.modca-overlay
vnd.afpc.modca-pagesegment vnd.age vnd.ah-barcode vnd.ahead.space vnd.airzip.filesecure.azf
vnd.airzip.filesecure.azs vnd.amadeus+json vnd.amazon.mobi8-ebook vnd.americandynamics.acc vnd.amiga.ami
vnd.amundsen.maze+xml vnd.android.ota vnd.anki vnd.anser-web-certificate-issue-initiation
vnd.antix.game-component vnd.apache.arrow.file vnd.apache.arrow.stream vnd.apache.thrift.binary
vnd.apache.thrift.compact vnd.apache.thrift.json vnd.apexlang vnd.api+json vnd.aplextor.warrp+json
vnd.apothekende.reservation+json vnd.apple.installer+xml vnd.apple.keynote vnd.apple.mpegurl
vnd.apple.numbers vnd.apple.pages vnd.arastra.swi vnd.aristanetworks.swi vnd.artisan+json vnd.artsquare
vnd.astraea-software.iota vnd.audiograph vnd.autopackage vnd.avalon+json vnd.avistar+xml
vnd.balsamiq.bmml+xml vnd.banana-accounting vnd.bbf.usp.error vnd.bbf.usp.msg vnd.bbf.usp.msg+json
vnd.balsamiq.bmpr vnd.bekitzur-stech+json vnd.belightsoft.lhzd+zip vnd.belightsoft.lhzl+zip
vnd.bint.med-content vnd.biopax.rdf+xml vnd.blink-idb-value-wrapper vnd.blueice.multipass
vnd.bluetooth.ep.oob vnd.bluetooth.le.oob vnd.bmi vnd.bpf vnd.bpf3 vnd.businessobjects vnd.byu.uapi+json
vnd.bzip3 vnd.cab-jscript vnd.canon-cpdl vnd.canon-lips vnd.capasystems-pg+json
vnd.cendio.thinlinc.clientconf vnd.century-systems.tcp_stream vnd.chemdraw+xml vnd.chess-pgn
vnd.chipnuts.karaoke-mmd vnd.ciedi vnd.cinderella vnd.cirpack.isdn-ext vnd.citationstyles.style+xml
vnd.claymore vnd.cloanto.rp9 vnd.clonk.c4group vnd.cluetrust.cartomobile-config
vnd.cluetrust.cartomobile-config-pkg vnd.cncf.helm.chart.content.v1.tar+gzip
vnd.cncf.helm.chart.provenance.v1.prov vnd.cncf.helm.config.v1+json vnd.coffeescript
vnd.collabio.xodocuments.document vnd.collabio.xodocuments.document-template
vnd.collabio.xodocuments.presentation vnd.collabio.xodocuments.presentation-template
vnd.collabio.xodocuments.spreadsheet vnd.collabio.xodocuments.spreadsheet-template
vnd.collection.doc+json vnd.collection+json vnd.collection.next+json vnd.comicbook-rar vnd.comicbook+zip
vnd.commerce-battelle vnd.commonspace vnd.coreos.ignition+json vnd.cosmocaller vnd.contact.cmsg
vnd.crick.clicker vnd.crick.clicker.keyboard vnd.crick.clicker.palette vnd.crick.clicker.template
vnd.crick.clicker.wordbank vnd.criticaltools.wbs+xml vnd.cryptii.pipe+json vnd.crypto-shade-file
vnd.cryptomator.encrypted vnd.cryptomator.vault vnd.ctc-posml vnd.ctct.ws+xml vnd.cups-pdf
vnd.cups-postscript vnd.cups-ppd vnd.cups-raster vnd.cups-raw vnd.curl vnd.cyan.dean.root+xml vnd.cybank
vnd.cyclonedx+json vnd.cyclonedx+xml vnd.d2l.coursepackage1p0+zip vnd.d3m-dataset vnd.d3m-problem
vnd.dart vnd.data-vision.rdz vnd.datalog vnd.datapackage+json vnd.dataresource+json vnd.dbf
vnd.debian.binary-package vnd.dece.data vnd.dece.ttml+xml vnd.dece.unspecified vnd.dece.zip
vnd.denovo.fcselayout-link vnd.desmume.movie vnd.dir-bi.plate-dl-nosuffix vnd.dm.delegation+xml vnd.dna
vnd.document+json vnd.dolby.mobile.1 vnd.dolby.mobile.2 vnd.doremir.scorecloud-binary-document
vnd.dpgraph vnd.dreamfactory vnd.drive+json vnd.dtg.local vnd.dtg.local.flash vnd.dtg.local.html
vnd.dvb.ait vnd.dvb.dvbisl+xml vnd.dvb.dvbj vnd.dvb.esgcontainer vnd.dvb.ipdcdftnotifaccess
vnd.dvb.ipdcesgaccess vnd.dvb.ipdcesgaccess2 vnd.dvb.ipdcesgpdd vnd.dvb.ipdcroaming
vnd.dvb.iptv.alfec-base vnd.dvb.iptv.alfec-enhancement vnd.dvb.notif-aggregate-root+xml
vnd.dvb.notif-container+xml vnd.dvb.notif-generic+xml vnd.dvb.notif-ia-msglist+xml
vnd.dvb.notif-ia-registration-request+xml vnd.dvb.notif-ia-registration-response+xml
vnd.dvb.notif-init+xml vnd.dvb.pfr vnd.dvb.service vnd.dxr vnd.dynageo vnd.dzr
vnd.easykaraoke.cdgdownload vnd.ecip.rlp vnd.ecdis-update vnd.eclipse.ditto+json vnd.ecowin.chart
vnd.ecowin.filerequest vnd.ecowin.fileupdate vnd.ecowin.series vnd.ecowin.seriesrequest
vnd.ecowin.seriesupdate vnd.efi.img vnd.efi.iso vnd.eln+zip vnd.emclient.accessrequest+xml vnd.enliven
vnd.enphase.envoy vnd.eprints.data+xml vnd.epson.esf vnd.epson.msf vnd.epson.quickanime vnd.epson.salt
vnd.epson.ssf vnd.ericsson.quickcall vnd.espass-espass+zip vnd.eszigno3+xml vnd.etsi.aoc+xml
vnd.etsi.asic-s+zip vnd.etsi.asic-e+zip vnd.etsi.cug+xml vnd.etsi.iptvcommand+xml
vnd.etsi.iptvdiscovery+xml vnd.etsi.iptvprofile+xml vnd.etsi.iptvsad-bc+xml vnd.etsi.iptvsad-cod+xml
vnd.etsi.iptvsad-npvr+xml vnd.etsi.iptvservice+xml vnd.etsi.iptvsync+xml vnd.etsi.iptvueprofile+xml
vnd.etsi.mcid+xml vnd.etsi.mheg5 vnd.etsi.overload-control-policy-dataset+xml vnd.etsi.pstn+xml
vnd.etsi.sci+xml vnd.etsi.simservs+xml vnd.etsi.timestamp-token vnd.etsi.tsl+xml vnd.etsi.tsl.der
vnd.eu.kasparian.car+json vnd.eudora.data vnd.evolv.ecig.profile vnd.evolv.ecig.settings
vnd.evolv.ecig.theme vnd.exstream-empower+zip vnd.exstream-package vnd.ezpix-album vnd.ezpix-package
vnd.f-secure.mobile vnd.fastcopy-disk-image vnd.familysearch.gedcom+zip vnd.fdsn.mseed vnd.fdsn.seed
vnd.ffsns vnd.ficlab.flb+zip vnd.filmit.zfc vnd.fints vnd.firemonkeys.cloudcell vnd.FloGraphIt
vnd.fluxtime.clip vnd.font-fontforge-sfd vnd.framemaker vnd.freelog.comic vnd.frogans.fnc
vnd.frogans.ltf vnd.fsc.weblaunch vnd.fujifilm.fb.docuworks vnd.fujifilm.fb.docuworks.binder
vnd.fujifilm.fb.docuworks.container vnd.fujifilm.fb.jfi+xml vnd.fujitsu.oasys vnd.fujitsu.oasys2
vnd.fujitsu.oasys3 vnd.fujitsu.oasysgp vnd.fujitsu.oasysprs vnd.fujixerox.ART4 vnd.fujixerox.ART-EX
vnd.fujixerox.ddd vnd.fujixerox.docuworks vnd.fujixerox.docuworks.binder
vnd.fujixerox.docuworks.container vnd.fujixerox.HBPL vnd.fut-misnet vnd.futoin+cbor vnd.futoin+json
vnd.fuzzysheet vnd.genomatix.tuxedo vnd.genozip vnd.gentics.grd+json vnd.gentoo.catmetadata+xml
vnd.gentoo.ebuild vnd.gentoo.eclass vnd.gentoo.gpkg vnd.gentoo.manifest vnd.gentoo.xpak
vnd.gentoo.pkgmetadata+xml vnd.geo+json vnd.geocube+xml vnd.geogebra.file vnd.geogebra.slides
vnd.geogebra.tool vnd.geometry-explorer vnd.geonext vnd.geoplan vnd.geospace vnd.gerber
vnd.globalplatform.card-content-mgt vnd.globalplatform.card-content-mgt-response vnd.gmx
vnd.gnu.taler.exchange+json vnd.gnu.taler.merchant+json vnd.google-earth.kml+xml vnd.google-earth.kmz
vnd.gov.sk.e-form+xml vnd.gov.sk.e-form+zip vnd.gov.sk.xmldatacontainer+xml vnd.gpxsee.map+xml
vnd.grafeq vnd.gridmp vnd.groove-account vnd.groove-help vnd.groove-identity-message vnd.groove-injector
vnd.groove-tool-message vnd.groove-tool-template vnd.groove-vcard vnd.hal+json vnd.hal+xml
vnd.HandHeld-Entertainment+xml vnd.hbci vnd.hc+json vnd.hcl-bireports vnd.hdt vnd.heroku+json
vnd.hhe.lesson-player vnd.hp-HPGL vnd.hp-hpid vnd.hp-hps vnd.hp-jlyt vnd.hp-PCL vnd.hp-PCLXL vnd.hsl
vnd.httphone vnd.hydrostatix.sof-data vnd.hyper-item+json vnd.hyper+json vnd.hyperdrive+json
vnd.hzn-3d-crossword vnd.ibm.afplinedata vnd.ibm.electronic-media vnd.ibm.MiniPay vnd.ibm.modcap
vnd.ibm.rights-management vnd.ibm.secure-container vnd.iccprofile vnd.ieee.1905 vnd.igloader
vnd.imagemeter.folder+zip vnd.imagemeter.image+zip vnd.immervision-ivp vnd.immervision-ivu
vnd.ims.imsccv1p1 vnd.ims.imsccv1p2 vnd.ims.imsccv1p3 vnd.ims.lis.v2.result+json
vnd.ims.lti.v2.toolconsumerprofile+json vnd.ims.lti.v2.toolproxy.id+json vnd.ims.lti.v2.toolproxy+json
vnd.ims.lti.v2.toolsettings+json vnd.ims.lti.v2.toolsettings.simple+json vnd.informedcontrol.rms+xml
vnd.infotech.project vnd.infotech.project+xml vnd.informix-visionary vnd.innopath.wamp.notification
vnd.insors.igm vnd.intercon.formnet vnd.intergeo vnd.intertrust.digibox vnd.intertrust.nncp vnd.intu.qbo
vnd.intu.qfx vnd.ipfs.ipns-record vnd.ipld.car vnd.ipld.dag-cbor vnd.ipld.dag-json vnd.ipld.raw
vnd.iptc.g2.catalogitem+xml vnd.iptc.g2.conceptitem+xml vnd.iptc.g2.knowledgeitem+xml
vnd.iptc.g2.newsitem+xml vnd.iptc.g2.newsmessage+xml vnd.iptc.g2.packageitem+xml
vnd.iptc.g2.planningitem+xml vnd.ipunplugged.rcprofile vnd.irepository.package+xml vnd.is-xpr
vnd.isac.fcs vnd.jam vnd.iso11783-10+zip vnd.japannet-directory-service vnd.japannet-jpnstore-wakeup
vnd.japannet-payment-wakeup vnd.japannet-registration vnd.japannet-registration-wakeup
vnd.japannet-setstore-wakeup vnd.japannet-verification vnd.japannet-verification-wakeup
vnd.jcp.javame.midlet-rms vnd.jisp vnd.joost.joda-archive vnd.jsk.isdn-ngn vnd.kahootz vnd.kde.karbon
vnd.kde.kchart vnd.kde.kformula vnd.kde.kivio vnd.kde.kontour vnd.kde.kpresenter vnd.kde.kspread
vnd.kde.kword vnd.kenameaapp vnd.kidspiration vnd.Kinar vnd.koan vnd.kodak-descriptor vnd.las
vnd.las.las+json vnd.las.las+xml vnd.laszip vnd.ldev.productlicensing vnd.leap+json
vnd.liberty-request+xml vnd.llamagraphics.life-balance.desktop
vnd.llamagraphics.life-balance.exchange+xml vnd.logipipe.circuit+zip vnd.loom vnd.lotus-1-2-3
vnd.lotus-approach vnd.lotus-freelance vnd.lotus-notes vnd.lotus-organizer vnd.lotus-screencam
vnd.lotus-wordpro vnd.macports.portpkg vnd.mapbox-vector-tile vnd.marlin.drm.actiontoken+xml
vnd.marlin.drm.conftoken+xml vnd.marlin.drm.license+xml vnd.marlin.drm.mdcf vnd.mason+json
vnd.maxar.archive.3tz+zip vnd.maxmind.maxmind-db vnd.mcd vnd.mdl vnd.mdl-mbsdf vnd.medcalcdata
vnd.mediastation.cdkey vnd.medicalholodeck.recordxr vnd.meridian-slingshot vnd.mermaid vnd.MFER vnd.mfmp
vnd.micro+json vnd.micrografx.flo vnd.micrografx.igx vnd.microsoft.portable-executable
vnd.microsoft.windows.thumbnail-cache vnd.miele+json vnd.mif vnd.minisoft-hp3000-save
vnd.mitsubishi.misty-guard.trustweb vnd.Mobius.DAF vnd.Mobius.DIS vnd.Mobius.MBK vnd.Mobius.MQY
vnd.Mobius.MSL vnd.Mobius.PLC vnd.Mobius.TXF vnd.modl vnd.mophun.application vnd.mophun.certificate
vnd.motorola.flexsuite vnd.motorola.flexsuite.adsi vnd.motorola.flexsuite.fis
vnd.motorola.flexsuite.gotap vnd.motorola.flexsuite.kmr vnd.motorola.flexsuite.ttc
vnd.motorola.flexsuite.wem vnd.motorola.iprm vnd.mozilla.xul+xml vnd.ms-artgalry vnd.ms-asf
vnd.ms-cab-compressed vnd.ms-3mfdocument vnd.ms-excel vnd.ms-excel.addin.macroEnabled.12
vnd.ms-excel.sheet.binary.macroEnabled.12 vnd.ms-excel.sheet.macroEnabled.12
vnd.ms-excel.template.macroEnabled.12 vnd.ms-fontobject vnd.ms-htmlhelp vnd.ms-ims vnd.ms-lrm
vnd.ms-office.activeX+xml vnd.ms-officetheme vnd.ms-playready.initiator+xml vnd.ms-powerpoint
vnd.ms-powerpoint.addin.macroEnabled.12 vnd.ms-powerpoint.presentation.macroEnabled.12
vnd.ms-powerpoint.slide.macroEnabled.12 vnd.ms-powerpoint.slideshow.macroEnabled.12
vnd.ms-powerpoint.template.macroEnabled.12 vnd.ms-PrintDeviceCapabilities+xml
vnd.ms-PrintSchemaTicket+xml vnd.ms-project vnd.ms-tnef vnd.ms-windows.devicepairing
vnd.ms-windows.nwprinting.oob vnd.ms-windows.printerpairing vnd.ms-windows.wsd.oob
vnd.ms-wmdrm.lic-chlg-req vnd.ms-wmdrm.lic-resp vnd.ms-wmdrm.meter-chlg-req vnd.ms-wmdrm.meter-resp
vnd.ms-word.document.macroEnabled.12 vnd.ms-word.template.macroEnabled.12 vnd.ms-works vnd.ms-wpl
vnd.ms-xpsdocument vnd.msa-disk-image vnd.mseq vnd.msign vnd.multiad.creator vnd.multiad.creator.cif
vnd.musician vnd.music-niff vnd.muvee.style vnd.mynfc vnd.nacamar.ybrid+json
vnd.nato.bindingdataobject+cbor vnd.nato.bindingdataobject+json vnd.nato.bindingdataobject+xml
vnd.nato.openxmlformats-package.iepd+zip vnd.ncd.control vnd.ncd.reference vnd.nearst.inv+json
vnd.nebumind.line vnd.nervana vnd.netfpx vnd.neurolanguage.nlu vnd.nimn vnd.nintendo.snes.rom
vnd.nintendo.nitro.rom vnd.nitf vnd.noblenet-directory vnd.noblenet-sealer vnd.noblenet-web
vnd.nokia.catalogs vnd.nokia.conml+wbxml vnd.nokia.conml+xml vnd.nokia.iptv.config+xml
vnd.nokia.iSDS-radio-presets vnd.nokia.landmark+wbxml vnd.nokia.landmark+xml
vnd.nokia.landmarkcollection+xml vnd.nokia.ncd vnd.nokia.n-gage.ac+xml vnd.nokia.n-gage.data
vnd.nokia.n-gage.symbian.install vnd.nokia.pcd+wbxml vnd.nokia.pcd+xml vnd.nokia.radio-preset
vnd.nokia.radio-presets vnd.novadigm.EDM vnd.novadigm.EDX vnd.novadigm.EXT vnd.ntt-local.content-share
vnd.ntt-local.file-transfer vnd.ntt-local.ogw_remote-access vnd.ntt-local.sip-ta_remote
vnd.ntt-local.sip-ta_tcp_stream vnd.oai.workflows vnd.oai.workflows+json vnd.oai.workflows+yaml
vnd.oasis.opendocument.base vnd.oasis.opendocument.chart vnd.oasis.opendocument.chart-template
vnd.oasis.opendocument.database vnd.oasis.opendocument.formula vnd.oasis.opendocument.formula-template
vnd.oasis.opendocument.graphics vnd.oasis.opendocument.graphics-template vnd.oasis.opendocument.image
vnd.oasis.opendocument.image-template vnd.oasis.opendocument.presentation
vnd.oasis.opendocument.presentation-template vnd.oasis.opendocument.spreadsheet
vnd.oasis.opendocument.spreadsheet-template vnd.oasis.opendocument.text
vnd.oasis.opendocument.text-master vnd.oasis.opendocument.text-master-template
vnd.oasis.opendocument.text-template vnd.oasis.opendocument.text-web vnd.obn vnd.ocf+cbor
vnd.oci.image.manifest.v1+json vnd.oftn.l10n+json vnd.oipf.contentaccessdownload+xml
vnd.oipf.contentaccessstreaming+xml vnd.oipf.cspg-hexbinary vnd.oipf.dae.svg+xml vnd.oipf.dae.xhtml+xml
vnd.oipf.mippvcontrolmessage+xml vnd.oipf.pae.gem vnd.oipf.spdiscovery+xml vnd.oipf.spdlist+xml
vnd.oipf.ueprofile+xml vnd.oipf.userprofile+xml vnd.olpc-sugar
vnd.oma.bcast.associated-procedure-parameter+xml vnd.oma.bcast.drm-trigger+xml vnd.oma.bcast.imd+xml
vnd.oma.bcast.ltkm vnd.oma.bcast.notification+xml vnd.oma.bcast.provisioningtrigger vnd.oma.bcast.sgboot
vnd.oma.bcast.sgdd+xml vnd.oma.bcast.sgdu vnd.oma.bcast.simple-symbol-container
vnd.oma.bcast.smartcard-trigger+xml vnd.oma.bcast.sprov+xml vnd.oma.bcast.stkm
vnd.oma.cab-address-book+xml vnd.oma.cab-feature-handler+xml vnd.oma.cab-pcc+xml
vnd.oma.cab-subs-invite+xml vnd.oma.cab-user-prefs+xml vnd.oma.dcd vnd.oma.dcdc vnd.oma.dd2+xml
vnd.oma.drm.risd+xml vnd.oma.group-usage-list+xml vnd.oma.lwm2m+cbor vnd.oma.lwm2m+json
vnd.oma.lwm2m+tlv vnd.oma.pal+xml vnd.oma.poc.detailed-progress-report+xml vnd.oma.poc.final-report+xml
vnd.oma.poc.groups+xml vnd.oma.poc.invocation-descriptor+xml vnd.oma.poc.optimized-progress-report+xml
vnd.oma.push vnd.oma.scidm.messages+xml vnd.oma.xcap-directory+xml vnd.omads-email+xml
vnd.omads-file+xml vnd.omads-folder+xml vnd.omaloc-supl-init vnd.oma-scws-config
vnd.oma-scws-http-request vnd.oma-scws-http-response vnd.onepager vnd.onepagertamp vnd.onepagertamx
vnd.onepagertat vnd.onepagertatp vnd.onepagertatx vnd.onvif.metadata vnd.openblox.game-binary
vnd.openblox.game+xml vnd.openeye.oeb vnd.openstreetmap.data+xml vnd.opentimestamps.ots
vnd.openxmlformats-officedocument.custom-properties+xml
vnd.openxmlformats-officedocument.customXmlProperties+xml vnd.openxmlformats-officedocument.drawing+xml
vnd.openxmlformats-officedocument.drawingml.chart+xml
vnd.openxmlformats-officedocument.drawingml.chartshapes+xml
vnd.openxmlformats-officedocument.drawingml.diagramColors+xml
vnd.openxmlformats-officedocument.drawingml.diagramData+xml
vnd.openxmlformats-officedocument.drawingml.diagramLayout+xml
vnd.openxmlformats-officedocument.drawingml.diagramStyle+xml
vnd.openxmlformats-officedocument.extended-properties+xml
vnd.openxmlformats-officedocument.presentationml.commentAuthors+xml
vnd.openxmlformats-officedocument.presentationml.comments+xml
vnd.openxmlformats-officedocument.presentationml.handoutMaster+xml
vnd.openxmlformats-officedocument.presentationml.notesMaster+xml
vnd.openxmlformats-officedocument.presentationml.notesSlide+xml
vnd.openxmlformats-officedocument.presentationml.presentation
vnd.openxmlformats-officedocument.presentationml.presentation.main+xml
vnd.openxmlformats-officedocument.presentationml.presProps+xml
vnd.openxmlformats-officedocument.presentationml.slide
vnd.openxmlformats-officedocument.presentationml.slide+xml
vnd.openxmlformats-officedocument.presentationml.slideLayout+xml
vnd.openxmlformats-officedocument.presentationml.slideMaster+xml
vnd.openxmlformats-officedocument.presentationml.slideshow
vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml
vnd.openxmlformats-officedocument.presentationml.slideUpdateInfo+xml
vnd.openxmlformats-officedocument.presentationml.tableStyles+xml
vnd.openxmlformats-officedocument.presentationml.tags+xml
vnd.openxmlformats-officedocument.presentationml.template
vnd.openxmlformats-officedocument.presentationml.template.main+xml
vnd.openxmlformats-officedocument.presentationml.viewProps+xml
vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml
vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml
vnd.openxmlformats-officedocument.spreadsheetml.comments+xml
vnd.openxmlformats-officedocument.spreadsheetml.connections+xml
vnd.openxmlformats-officedocument.spreadsheetml.dialogsheet+xml
vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml
vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml
vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml
vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml
vnd.openxmlformats-officedocument.spreadsheetml.queryTable+xml
vnd.openxmlformats-officedocument.spreadsheetml.revisionHeaders+xml
vnd.openxmlformats-officedocument.spreadsheetml.revisionLog+xml
vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml
vnd.openxmlformats-officedocument.spreadsheetml.sheet
vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml
vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml
vnd.openxmlformats-officedocument.spreadsheetml.styles+xml
vnd.openxmlformats-officedocument.spreadsheetml.table+xml
vnd.openxmlformats-officedocument.spreadsheetml.tableSingleCells+xml
vnd.openxmlformats-officedocument.spreadsheetml.template
vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml
vnd.openxmlformats-officedocument.spreadsheetml.userNames+xml
vnd.openxmlformats-officedocument.spreadsheetml.volatileDependencies+xml
vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml
vnd.openxmlformats-officedocument.theme+xml vnd.openxmlformats-officedocument.themeOverride+xml
vnd.openxmlformats-officedocument.vmlDrawing
vnd.openxmlformats-officedocument.wordprocessingml.comments+xml
vnd.openxmlformats-officedocument.wordprocessingml.document
vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml
vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml
vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml
vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml
vnd.openxmlformats-officedocument.wordprocessingml.footer+xml
vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml
vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml
vnd.openxmlformats-officedocument.wordprocessingml.settings+xml
vnd.openxmlformats-officedocument.wordprocessingml.styles+xml
vnd.openxmlformats-officedocument.wordprocessingml.template
vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml
vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml
vnd.openxmlformats-package.core-properties+xml
vnd.openxmlformats-package.digital-signature-xmlsignature+xml
vnd.openxmlformats-package.relationships+xml vnd.oracle.resource+json vnd.orange.indata
vnd.osa.netdeploy vnd.osgeo.mapguide.package vnd.osgi.bundle vnd.osgi.dp vnd.osgi.subsystem
vnd.otps.ct-kip+xml vnd.oxli.countgraph vnd.pagerduty+json vnd.palm vnd.panoply vnd.paos.xml
vnd.patentdive vnd.patientecommsdoc vnd.pawaafile vnd.pcos vnd.pg.format vnd.pg.osasli
vnd.piaccess.application-licence vnd.picsel vnd.pmi.widget vnd.poc.group-advertisement+xml
vnd.pocketlearn vnd.powerbuilder6 vnd.powerbuilder6-s vnd.powerbuilder7 vnd.powerbuilder75
vnd.powerbuilder75-s vnd.powerbuilder7-s vnd.preminet vnd.previewsystems.box vnd.proteus.magazine
vnd.psfs vnd.pt.mundusmundi vnd.publishare-delta-tree vnd.pvi.ptid1 vnd.pwg-multiplexed
vnd.pwg-xhtml-print+xml vnd.qualcomm.brew-app-res vnd.quarantainenet vnd.Quark.QuarkXPress
vnd.quobject-quoxdocument vnd.radisys.moml+xml vnd.radisys.msml-audit-conf+xml
vnd.radisys.msml-audit-conn+xml vnd.radisys.msml-audit-dialog+xml vnd.radisys.msml-audit-stream+xml
vnd.radisys.msml-audit+xml vnd.radisys.msml-conf+xml vnd.radisys.msml-dialog-base+xml
vnd.radisys.msml-dialog-fax-detect+xml vnd.radisys.msml-dialog-fax-sendrecv+xml
vnd.radisys.msml-dialog-group+xml vnd.radisys.msml-dialog-speech+xml
vnd.radisys.msml-dialog-transform+xml vnd.radisys.msml-dialog+xml vnd.radisys.msml+xml vnd.rainstor.data
vnd.rapid vnd.rar vnd.realvnc.bed vnd.recordare.musicxml vnd.recordare.musicxml+xml vnd.relpipe
vnd.RenLearn.rlprint vnd.resilient.logic vnd.restful+json vnd.rig.cryptonote vnd.route66.link66+xml
vnd.rs-274x vnd.ruckus.download vnd.s3sms vnd.sailingtracker.track vnd.sar vnd.sbm.cid vnd.sbm.mid2
vnd.scribus vnd.sealed.3df vnd.sealed.csf vnd.sealed.doc vnd.sealed.eml vnd.sealed.mht vnd.sealed.net
vnd.sealed.ppt vnd.sealed.tiff vnd.sealed.xls vnd.sealedmedia.softseal.html vnd.sealedmedia.softseal.pdf
vnd.seemail vnd.seis+json vnd.sema vnd.semd vnd.semf vnd.shade-save-file vnd.shana.informed.formdata
vnd.shana.informed.formtemplate vnd.shana.informed.interchange vnd.shana.informed.package
vnd.shootproof+json vnd.shopkick+json vnd.shp vnd.shx vnd.sigrok.session vnd.SimTech-MindMapper
vnd.siren+json vnd.smaf vnd.smart.notebook vnd.smart.teacher vnd.smintio.portals.archive
vnd.snesdev-page-table vnd.software602.filler.form+xml vnd.software602.filler.form-xml-zip
vnd.solent.sdkm+xml vnd.spotfire.dxp vnd.spotfire.sfs vnd.sqlite3 vnd.sss-cod vnd.sss-dtf vnd.sss-ntf
vnd.stepmania.package vnd.stepmania.stepchart vnd.street-stream vnd.sun.wadl+xml vnd.sus-calendar
vnd.svd vnd.swiftview-ics vnd.sybyl.mol2 vnd.sycle+xml vnd.syft+json vnd.syncml.dm.notification
vnd.syncml.dmddf+xml vnd.syncml.dmtnds+wbxml vnd.syncml.dmtnds+xml vnd.syncml.dmddf+wbxml
vnd.syncml.dm+wbxml vnd.syncml.dm+xml vnd.syncml.ds.notification vnd.syncml+xml vnd.tableschema+json
vnd.tao.intent-module-archive vnd.tcpdump.pcap vnd.think-cell.ppttc+json vnd.tml
vnd.tmd.mediaflex.api+xml vnd.tmobile-livetv vnd.tri.onesource vnd.trid.tpt vnd.triscape.mxs vnd.trueapp
vnd.truedoc vnd.ubisoft.webplayer vnd.ufdl vnd.uiq.theme vnd.umajin vnd.unity vnd.uoml+xml
vnd.uplanet.alert vnd.uplanet.alert-wbxml vnd.uplanet.bearer-choice vnd.uplanet.bearer-choice-wbxml
vnd.uplanet.cacheop vnd.uplanet.cacheop-wbxml vnd.uplanet.channel vnd.uplanet.channel-wbxml
vnd.uplanet.list vnd.uplanet.listcmd vnd.uplanet.listcmd-wbxml vnd.uplanet.list-wbxml vnd.uri-map
vnd.uplanet.signal vnd.valve.source.material vnd.vcx vnd.vd-study vnd.vectorworks vnd.vel+json
vnd.verimatrix.vcas vnd.veritone.aion+json vnd.veryant.thin vnd.ves.encrypted vnd.vidsoft.vidconference
vnd.visio vnd.visionary vnd.vividence.scriptfile vnd.vsf vnd.wap.sic vnd.wap.slc vnd.wap.wbxml
vnd.wap.wmlc vnd.wap.wmlscriptc vnd.wasmflow.wafl vnd.webturbo vnd.wfa.dpp vnd.wfa.p2p vnd.wfa.wsc
vnd.windows.devicepairing vnd.wmc vnd.wmf.bootstrap vnd.wolfram.mathematica
vnd.wolfram.mathematica.package vnd.wolfram.player vnd.wordlift vnd.wordperfect vnd.wqd
vnd.wrq-hp3000-labelled vnd.wt.stf vnd.wv.csp+xml vnd.wv.csp+wbxml vnd.wv.ssp+xml vnd.xacml+json
vnd.xara vnd.xfdl vnd.xfdl.webform vnd.xmi+xml vnd.xmpie.cpkg vnd.xmpie.dpkg vnd.xmpie.plan
vnd.xmpie.ppkg vnd.xmpie.xlim vnd.yamaha.hv-dic vnd.yamaha.hv-script vnd.yamaha.hv-voice
vnd.yamaha.openscoreformat.osfpvg+xml vnd.yamaha.openscoreformat vnd.yamaha.remote-setup
vnd.yamaha.smaf-audio vnd.yamaha.smaf-phrase vnd.yamaha.through-ngn vnd.yamaha.tunnel-udpencap
vnd.yaoweme vnd.yellowriver-custom-menu vnd.youtube.yt vnd.zul vnd.zzazz.deck+xml voicexml+xml
voucher-cms+json vq-rtcpxr wasm watcherinfo+xml webpush-options+json whoispp-query whoispp-response
widget wita wordperfect5.1 wsdl+xml wspolicy+xml x-pki-message x-www-form-urlencoded x-x509-ca-cert
x-x509-ca-ra-cert x-x509-next-ca-cert x400-bp xacml+xml xcap-att+xml xcap-caps+xml xcap-diff+xml
xcap-el+xml xcap-error+xml xcap-ns+xml xcon-conference-info-diff+xml xcon-conference-info+xml xenc+xml
xfdf xhtml+xml xliff+xml xml xml-dtd xml-external-parsed-entity xml-patch+xml xmpp+xml xop+xml xslt+xml
xv+xml yaml yang yang-data+cbor yang-data+json yang-data+xml yang-patch+json yang-patch+xml yin+xml zip
zlib zstd
""",
        "image": """
aces apng avci avcs avif bmp cgm dicom-rle dpx emf example fits g3fax gif heic heic-sequence heif
heif-sequence hej2k hsj2 ief j2c jls jp2 jpeg jph jphc jpm jpx jxr jxrA jxrS jxs jxsc jxsi jxss ktx ktx2
naplps png prs.btif prs.pti pwg-raster svg+xml t38 tiff tiff-fx vnd.adobe.photoshop
vnd.airzip.accelerator.azv vnd.cns.inf2 vnd.dece.graphic vnd.djvu vnd.dwg vnd.dxf vnd.dvb.subtitle
vnd.fastbidsheet vnd.fpx vnd.fst vnd.fujixerox.edmics-mmr vnd.fujixerox.edmics-rlc
vnd.globalgraphics.pgb vnd.microsoft.icon vnd.mix vnd.ms-modi vnd.mozilla.apng vnd.net-fpx vnd.pco.b16
vnd.radiance vnd.sealed.png vnd.sealedmedia.softseal.gif vnd.sealedmedia.softseal.jpg vnd.svf
vnd.tencent.tap vnd.valve.source.texture vnd.wap.wbmp vnd.xiff vnd.zbrush.pcx webp wmf
""",
        "model": """
3mf e57 example gltf-binary gltf+json JT iges mesh mtl obj prc step step+xml step+zip step-xml+zip stl
u3d vnd.bary vnd.cld vnd.collada+xml vnd.dwf vnd.flatland.3dml vnd.gdl vnd.gs-gdl vnd.gtw vnd.moml+xml
vnd.mts vnd.opengex vnd.parasolid.transmit.binary vnd.parasolid.transmit.text vnd.pytha.pyox
vnd.rosette.annotated-data-model vnd.sap.vds vnd.usda vnd.usdz+zip vnd.valve.source.compiled-map vnd.vtu
vrml x3d-vrml x3d+fastinfoset x3d+xml
""",
        "audio": """
1d-interleaved-parityfec 32kadpcm 3gpp 3gpp2 aac ac3 AMR AMR-WB amr-wb+ aptx asc ATRAC-ADVANCED-LOSSLESS
ATRAC-X ATRAC3 basic BV16 BV32 clearmode CN DAT12 dls dsr-es201108 dsr-es202050 dsr-es202211
dsr-es202212 DV DVI4 eac3 encaprtp EVRC EVRC-QCP EVRC0 EVRC1 EVRCB EVRCB0 EVRCB1 EVRCNW EVRCNW0 EVRCNW1
EVRCWB EVRCWB0 EVRCWB1 EVS example flexfec fwdred G711-0 G719 G7221 G722 G723 G726-16 G726-24 G726-32
G726-40 G728 G729 G7291 G729D G729E GSM GSM-EFR GSM-HR-08 iLBC ip-mr_v2.5 L8 L16 L20 L24 LPC matroska
MELP MELP600 MELP1200 MELP2400 mhas mobile-xmf MPA mp4 MP4A-LATM mpa-robust mpeg mpeg4-generic ogg opus
parityfec PCMA PCMA-WB PCMU PCMU-WB prs.sid QCELP raptorfec RED rtp-enc-aescm128 rtploopback rtp-midi
rtx scip SMV SMV0 SMV-QCP sofa sp-midi speex t140c t38 telephone-event TETRA_ACELP TETRA_ACELP_BB tone
TSVCIS UEMCLIP ulpfec usac VDVI VMR-WB vnd.3gpp.iufp vnd.4SB vnd.audiokoz vnd.CELP vnd.cisco.nse
vnd.cmles.radio-events vnd.cns.anp1 vnd.cns.inf1 vnd.dece.audio vnd.digital-winds vnd.dlna.adts
vnd.dolby.heaac.1 vnd.dolby.heaac.2 vnd.dolby.mlp vnd.dolby.mps vnd.dolby.pl2 vnd.dolby.pl2x
vnd.dolby.pl2z vnd.dolby.pulse.1 vnd.dra vnd.dts vnd.dts.hd vnd.dts.uhd vnd.dvb.file vnd.everad.plj
vnd.hns.audio vnd.lucent.voice vnd.ms-playready.media.pya vnd.nokia.mobile-xmf vnd.nortel.vbk
vnd.nuera.ecelp4800 vnd.nuera.ecelp7470 vnd.nuera.ecelp9600 vnd.octel.sbc vnd.presonus.multitrack
vnd.qcelp vnd.rhetorex.32kadpcm vnd.rip vnd.sealedmedia.softseal.mpeg vnd.vmx.cvsd vorbis vorbis-config
""",
        "font": """
collection otf sfnt ttf woff woff2
""",
    }.items()
    for sub in _words(subs)
)
# IANA character sets (preferred MIME name, else name), from the same copy; for file.name_enc and directory.path_enc.
_CHAR_SETS: Final = frozenset(
    _words(
        """
US-ASCII ISO-8859-1 ISO-8859-2 ISO-8859-3 ISO-8859-4 ISO-8859-5 ISO-8859-6 ISO-8859-7 ISO-8859-8 ISO-8859-9
ISO-8859-10 ISO_6937-2-add JIS_X0201 JIS_Encoding Shift_JIS EUC-JP Extended_UNIX_Code_Fixed_Width_for_Japanese
BS_4730 SEN_850200_C IT ES DIN_66003 NS_4551-1 NF_Z_62-010 ISO-10646-UTF-1 ISO_646.basic:1983 INVARIANT
ISO_646.irv:1983 NATS-SEFI NATS-SEFI-ADD NATS-DANO NATS-DANO-ADD SEN_850200_B KS_C_5601-1987 ISO-2022-KR
EUC-KR ISO-2022-JP ISO-2022-JP-2 JIS_C6220-1969-jp JIS_C6220-1969-ro PT greek7-old latin-greek
NF_Z_62-010_(1973) Latin-greek-1 ISO_5427 JIS_C6226-1978 BS_viewdata INIS INIS-8 INIS-cyrillic ISO_5427:1981
ISO_5428:1980 GB_1988-80 GB_2312-80 NS_4551-2 videotex-suppl PT2 ES2 MSZ_7795.3 JIS_C6226-1983 greek7 ASMO_449
iso-ir-90 JIS_C6229-1984-a JIS_C6229-1984-b JIS_C6229-1984-b-add JIS_C6229-1984-hand JIS_C6229-1984-hand-add
JIS_C6229-1984-kana ISO_2033-1983 ANSI_X3.110-1983 T.61-7bit T.61-8bit ECMA-cyrillic CSA_Z243.4-1985-1
CSA_Z243.4-1985-2 CSA_Z243.4-1985-gr ISO-8859-6-E ISO-8859-6-I T.101-G2 ISO-8859-8-E ISO-8859-8-I CSN_369103
JUS_I.B1.002 IEC_P27-1 JUS_I.B1.003-serb JUS_I.B1.003-mac greek-ccitt NC_NC00-10:81 ISO_6937-2-25
GOST_19768-74 ISO_8859-supp ISO_10367-box latin-lap JIS_X0212-1990 DS_2089 us-dk dk-us KSC5636
UNICODE-1-1-UTF-7 ISO-2022-CN ISO-2022-CN-EXT UTF-8 ISO-8859-13 ISO-8859-14 ISO-8859-15 ISO-8859-16 GBK
GB18030 OSD_EBCDIC_DF04_15 OSD_EBCDIC_DF03_IRV OSD_EBCDIC_DF04_1 ISO-11548-1 KZ-1048 ISO-10646-UCS-2
ISO-10646-UCS-4 ISO-10646-UCS-Basic ISO-10646-Unicode-Latin1 ISO-10646-J-1 ISO-Unicode-IBM-1261
ISO-Unicode-IBM-1268 ISO-Unicode-IBM-1276 ISO-Unicode-IBM-1264 ISO-Unicode-IBM-1265 UNICODE-1-1 SCSU UTF-7
UTF-16BE UTF-16LE UTF-16 CESU-8 UTF-32 UTF-32BE UTF-32LE BOCU-1 UTF-7-IMAP ISO-8859-1-Windows-3.0-Latin-1
ISO-8859-1-Windows-3.1-Latin-1 ISO-8859-2-Windows-Latin-2 ISO-8859-9-Windows-Latin-5 hp-roman8
Adobe-Standard-Encoding Ventura-US Ventura-International DEC-MCS IBM850 PC8-Danish-Norwegian IBM862
PC8-Turkish IBM-Symbols IBM-Thai HP-Legal HP-Pi-font HP-Math8 Adobe-Symbol-Encoding HP-DeskTop Ventura-Math
Microsoft-Publishing Windows-31J GB2312 Big5 macintosh IBM037 IBM038 IBM273 IBM274 IBM275 IBM277 IBM278 IBM280
IBM281 IBM284 IBM285 IBM290 IBM297 IBM420 IBM423 IBM424 IBM437 IBM500 IBM851 IBM852 IBM855 IBM857 IBM860
IBM861 IBM863 IBM864 IBM865 IBM868 IBM869 IBM870 IBM871 IBM880 IBM891 IBM903 IBM904 IBM905 IBM918 IBM1026
EBCDIC-AT-DE EBCDIC-AT-DE-A EBCDIC-CA-FR EBCDIC-DK-NO EBCDIC-DK-NO-A EBCDIC-FI-SE EBCDIC-FI-SE-A EBCDIC-FR
EBCDIC-IT EBCDIC-PT EBCDIC-ES EBCDIC-ES-A EBCDIC-ES-S EBCDIC-UK EBCDIC-US UNKNOWN-8BIT MNEMONIC MNEM VISCII
VIQR KOI8-R HZ-GB-2312 IBM866 IBM775 KOI8-U IBM00858 IBM00924 IBM01140 IBM01141 IBM01142 IBM01143 IBM01144
IBM01145 IBM01146 IBM01147 IBM01148 IBM01149 Big5-HKSCS IBM1047 PTCP154 Amiga-1251 KOI7-switched BRF TSCII
CP51932 windows-874 windows-1250 windows-1251 windows-1252 windows-1253 windows-1254 windows-1255 windows-1256
windows-1257 windows-1258 TIS-620 CP50220
"""
    )
)
