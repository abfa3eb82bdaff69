"""accord.intel.validate against its reference, the OASIS stix2-validator in default (non-strict) mode.

The differential tests build a corpus of valid objects (the stix2 library, hand-written objects of the types it does
not cover, and every object of the ATT&CK for ICS bundle), mutate them by rule and at random (hypothesis), and check
for every input that ``validate_object`` finds a problem exactly when the reference says the input is not valid.
"Not valid" includes the reference raising instead of answering (it does on some malformed input: a missing id, an
``id`` that is not a string, ...). Two differences are deliberate and documented in the module: a ``spec_version``
other than "2.1" and a ``bundle`` are always refused here.

These tests use no database fixture.
"""

from __future__ import annotations

import copy
import functools
import json
import logging
import os
import random
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import stix2  # type: ignore[import-untyped]
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stix2validator import ValidationOptions, validate_instance  # type: ignore[import-untyped]

from accord.intel import validate as v
from accord.intel.validate import Problem, Validator, validate_object
from tests.conftest import ICS_BUNDLE

# stix2-validator reaches for a deprecated jsonschema name whenever one of its checks raises (the inputs that make
# it give no verdict); that is its business, not a problem of ours.
pytestmark = pytest.mark.filterwarnings(
    "ignore:jsonschema.exceptions.RefResolutionError is deprecated:DeprecationWarning"
)
logging.getLogger("stix2validator").setLevel(logging.ERROR)  # its per-object notes drown pytest's report


OPTIONS = ValidationOptions()


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reference resolves its schemas from files; prove that nothing here reaches for the network."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def reference_valid(obj: Any) -> bool:
    """The reference verdict. Raising (which it does on some malformed input) counts as "not valid"."""
    try:
        return bool(validate_instance(copy.deepcopy(obj), OPTIONS).is_valid)
    except Exception:
        return False


def deliberate_difference(obj: Any) -> bool:
    """Inputs this hub refuses although the reference may accept them (see the module docstring)."""
    if not isinstance(obj, dict):
        return False
    return obj.get("type") == "bundle" or ("spec_version" in obj and obj["spec_version"] != "2.1")


def expected_valid(obj: Any) -> bool:
    return not deliberate_difference(obj) and reference_valid(obj)


def assert_agrees(obj: Any) -> None:
    problems = validate_object(obj)
    expected = expected_valid(obj)
    assert bool(problems) == (not expected), (
        f"reference says {'valid' if expected else 'invalid'}, we found {problems!r} for\n"
        f"{json.dumps(obj, indent=1, default=repr)[:3000]}"
    )


# ---------------------------------------------------------------------------------------------------------------------
# The corpus of valid objects.

T0 = "2019-03-04T05:06:07.089Z"
T1 = "2020-11-12T13:14:15.161Z"
SHA256 = "aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f"
MD5 = "d41d8cd98f00b204e9800998ecf8427e"
PATTERNS = [
    "[ipv4-addr:value = '198.51.100.1']",
    "[ipv4-addr:value ISSUBSET '203.0.113.0/24']",
    "[domain-name:value = 'example.com'] OR [domain-name:value = 'example.org']",
    f"[file:hashes.'SHA-256' = '{SHA256}']",
    f"[file:hashes.MD5 = '{MD5}' AND file:size > 1024]",
    "[url:value = 'http://example.com/a'] FOLLOWEDBY [url:value = 'http://example.com/b'] WITHIN 60 SECONDS",
    "[email-message:from_ref.value MATCHES '.+@example\\\\.com$']",
    "[network-traffic:dst_port = 443 AND network-traffic:protocols[*] = 'tcp']",
    "[x-acme-sensor:reading > 10]",
    "[windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\foo\\\\bar']",
    "[process:name = 'cmd.exe'] REPEATS 3 TIMES",
    "[file:name = 'a.exe'] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'",
    "[user-account:account_login = 'root' AND user-account:is_privileged = true]",
    "[artifact:payload_bin = b'aGVsbG8=']",
    "[ipv6-addr:value = '2001:db8::1']",
]


def _id(rng: random.Random, kind: str) -> str:
    return f"{kind}--{uuid.UUID(int=rng.getrandbits(128), version=4)}"


def _plain(obj: Any) -> dict[str, Any]:
    plain: dict[str, Any] = json.loads(obj.serialize())
    return plain


def stix2_objects(seed: int) -> list[dict[str, Any]]:
    """Valid objects made with the stix2 library (fixed ids and times, so the corpus is reproducible)."""
    rng = random.Random(seed)
    c = {"created": T0, "modified": T1}
    identity = stix2.Identity(id=_id(rng, "identity"), name="ACME CERT", identity_class="organization", **c)
    marking = stix2.MarkingDefinition(
        id=_id(rng, "marking-definition"),
        created=T0,
        definition_type="statement",
        definition=stix2.StatementMarking("Copyright ACME"),
    )
    kcp = [stix2.KillChainPhase(kill_chain_name="lockheed-martin-cyber-kill-chain", phase_name="delivery")]
    common = {
        "created_by_ref": identity.id,
        "object_marking_refs": [stix2.TLP_GREEN.id, marking.id],
        **c,
    }
    out: list[Any] = [identity, marking, stix2.TLP_WHITE, stix2.TLP_GREEN, stix2.TLP_AMBER, stix2.TLP_RED]
    for i, pattern in enumerate(PATTERNS):
        extra: dict[str, Any] = {}
        if i % 3 == 0:
            extra["kill_chain_phases"] = kcp
        if i % 4 == 1:
            extra["valid_until"] = "2030-01-01T00:00:00Z"
        if i % 5 == 2:
            extra["lang"] = "en"
            extra["confidence"] = 85
        out.append(
            stix2.Indicator(
                id=_id(rng, "indicator"),
                name=f"indicator {i}",
                pattern=pattern,
                pattern_type="stix",
                valid_from="2019-01-01T00:00:00Z",
                indicator_types=["malicious-activity"],
                labels=["feed-a"],
                **extra,
                **common,
            )
        )
    out.append(
        stix2.Indicator(
            id=_id(rng, "indicator"),
            pattern='alert tcp any any -> any 80 (msg:"x";)',
            pattern_type="snort",
            valid_from=T0,
            **common,
        )
    )
    malware = stix2.Malware(
        id=_id(rng, "malware"),
        name="BlackEnergy",
        is_family=True,
        malware_types=["backdoor"],
        first_seen="2014-01-01T00:00:00Z",
        last_seen="2016-01-01T00:00:00Z",
        kill_chain_phases=kcp,
        **common,
    )
    attack_pattern = stix2.AttackPattern(
        id=_id(rng, "attack-pattern"),
        name="Spearphishing",
        external_references=[
            {"source_name": "capec", "external_id": "CAPEC-163"},
            {"source_name": "mitre-attack", "external_id": "T1566", "url": "https://attack.mitre.org/techniques/T1566"},
        ],
        **common,
    )
    intrusion_set = stix2.IntrusionSet(
        id=_id(rng, "intrusion-set"), name="APT0", aliases=["Zero"], goals=["espionage"], **common
    )
    threat_actor = stix2.ThreatActor(
        id=_id(rng, "threat-actor"),
        name="Someone",
        threat_actor_types=["nation-state"],
        roles=["agent"],
        sophistication="expert",
        **common,
    )
    campaign = stix2.Campaign(id=_id(rng, "campaign"), name="Operation X", objective="steal", **common)
    vulnerability = stix2.Vulnerability(
        id=_id(rng, "vulnerability"),
        name="CVE-2016-1234",
        external_references=[{"source_name": "cve", "external_id": "CVE-2016-1234"}],
        **common,
    )
    tool = stix2.Tool(id=_id(rng, "tool"), name="psexec", tool_types=["remote-access"], **common)
    coa = stix2.CourseOfAction(id=_id(rng, "course-of-action"), name="Patch", description="Apply it", **common)
    infrastructure = stix2.Infrastructure(
        id=_id(rng, "infrastructure"), name="C2", infrastructure_types=["command-and-control"], **common
    )
    location = stix2.Location(
        id=_id(rng, "location"), latitude=48.8566, longitude=2.3522, precision=1000.0, region="europe", **common
    )
    location2 = stix2.Location(id=_id(rng, "location"), country="PK", **common)
    ipv4 = stix2.IPv4Address(value="198.51.100.7")
    ipv6 = stix2.IPv6Address(value="2001:db8::7")
    domain = stix2.DomainName(value="example.com", resolves_to_refs=[ipv4.id])
    url = stix2.URL(value="https://example.com/path?q=1#frag")
    email = stix2.EmailAddress(value="alice@example.com", display_name="Alice")
    file_ = stix2.File(
        name="evil.exe",
        hashes={"SHA-256": SHA256, "MD5": MD5},
        size=1024,
        mime_type="application/x-msdownload",
        extensions={
            "windows-pebinary-ext": stix2.WindowsPEBinaryExt(
                pe_type="exe", number_of_sections=4, time_date_stamp="2016-01-01T00:00:00Z"
            ),
            "ntfs-ext": stix2.NTFSExt(sid="S-1-5-21"),
        },
    )
    archive = stix2.File(
        name="bundle.zip",
        extensions={"archive-ext": stix2.ArchiveExt(contains_refs=[file_.id], comment="zip")},
    )
    directory = stix2.Directory(path="C:\\Windows", path_enc="UTF-8", contains_refs=[file_.id])
    traffic = stix2.NetworkTraffic(
        src_ref=ipv4.id,
        dst_ref=domain.id,
        protocols=["ipv4", "tcp", "http"],
        dst_port=80,
        start="2020-01-01T00:00:00Z",
        end="2020-01-01T00:01:00Z",
        is_active=False,
        extensions={
            "http-request-ext": stix2.HTTPRequestExt(
                request_method="get", request_value="/", request_header={"Host": ["example.com"]}
            )
        },
    )
    process = stix2.Process(
        id="process--" + str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        pid=1234,
        command_line="cmd.exe /c whoami",
        extensions={"windows-process-ext": stix2.WindowsProcessExt(aslr_enabled=True, priority="HIGH_PRIORITY_CLASS")},
    )
    software = stix2.Software(
        name="Word",
        cpe="cpe:2.3:a:microsoft:word:2000:*:*:*:*:*:*:*",
        languages=["en", "fra"],
        vendor="Microsoft",
        version="2000",
    )
    account = stix2.UserAccount(
        user_id="1001",
        account_login="jdoe",
        account_type="unix",
        is_privileged=False,
        extensions={"unix-account-ext": stix2.UNIXAccountExt(gid=1001, groups=["wheel"], home_dir="/home/jdoe")},
    )
    registry = stix2.WindowsRegistryKey(
        key="HKEY_LOCAL_MACHINE\\System\\Foo",
        values=[stix2.WindowsRegistryValueType(name="Foo", data="qwerty", data_type="REG_SZ")],
    )
    certificate = stix2.X509Certificate(
        issuer="C=ZA, O=Thawte",
        serial_number="36:f7:d4:32:f4:ab:70:ea:d3:ce:98:6e:ea:99:93:49:32:0a:b7:06",
        validity_not_before="2016-03-12T12:00:00Z",
        validity_not_after="2016-08-21T12:00:00Z",
        x509_v3_extensions=stix2.X509V3ExtensionsType(basic_constraints="CA:TRUE"),
    )
    artifact = stix2.Artifact(mime_type="application/zip", payload_bin="aGVsbG8gd29ybGQ=")
    artifact2 = stix2.Artifact(url="https://example.com/a.bin", hashes={"SHA-256": SHA256})
    asn = stix2.AutonomousSystem(number=15139, name="Slime Industries", rir="ARIN")
    mac = stix2.MACAddress(value="d2:fb:49:24:37:18")
    mutex = stix2.Mutex(name="__CLEANSWEEP__")
    message = stix2.EmailMessage(
        is_multipart=False,
        subject="Hello",
        from_ref=email.id,
        to_refs=[email.id],
        date="2016-06-19T14:20:40.000Z",
        body="Hi",
        additional_header_fields={"X-Mailer": "x", "Received": ["a", "b"]},
    )
    observed = stix2.ObservedData(
        id=_id(rng, "observed-data"),
        first_observed="2020-01-01T00:00:00Z",
        last_observed="2020-01-01T00:00:00Z",
        number_observed=3,
        object_refs=[ipv4.id, domain.id, traffic.id],
        **common,
    )
    report = stix2.Report(
        id=_id(rng, "report"),
        name="Weekly",
        published=T1,
        report_types=["threat-report"],
        object_refs=[malware.id, attack_pattern.id, ipv4.id],
        **common,
    )
    grouping = stix2.Grouping(
        id=_id(rng, "grouping"), context="suspicious-activity", object_refs=[malware.id, ipv4.id], **common
    )
    note = stix2.Note(
        id=_id(rng, "note"), content="Looks bad", abstract="A", authors=["Bob"], object_refs=[malware.id], **common
    )
    opinion = stix2.Opinion(id=_id(rng, "opinion"), opinion="agree", object_refs=[note.id], **common)
    analysis = stix2.MalwareAnalysis(
        id=_id(rng, "malware-analysis"),
        product="sandbox",
        result="malicious",
        analysis_sco_refs=[file_.id],
        sample_ref=file_.id,
        submitted="2020-01-01T00:00:00Z",
        **common,
    )
    incident = stix2.Incident(id=_id(rng, "incident"), name="Outage", **common)
    relationship = stix2.Relationship(
        id=_id(rng, "relationship"),
        relationship_type="uses",
        source_ref=intrusion_set.id,
        target_ref=malware.id,
        start_time="2020-01-01T00:00:00Z",
        stop_time="2020-02-01T00:00:00Z",
        **common,
    )
    sighting = stix2.Sighting(
        id=_id(rng, "sighting"),
        sighting_of_ref=malware.id,
        observed_data_refs=[observed.id],
        where_sighted_refs=[identity.id, location2.id],
        count=2,
        first_seen="2020-01-01T00:00:00Z",
        last_seen="2020-01-02T00:00:00Z",
        **common,
    )
    language = stix2.LanguageContent(
        id=_id(rng, "language-content"),
        object_ref=malware.id,
        object_modified=T1,
        contents={"de": {"name": "Schwarze Energie"}, "fr": {"name": "Energie noire"}},
        **common,
    )
    out += [
        malware,
        attack_pattern,
        intrusion_set,
        threat_actor,
        campaign,
        vulnerability,
        tool,
        coa,
        infrastructure,
        location,
        location2,
        ipv4,
        ipv6,
        domain,
        url,
        email,
        file_,
        archive,
        directory,
        traffic,
        process,
        software,
        account,
        registry,
        certificate,
        artifact,
        artifact2,
        asn,
        mac,
        mutex,
        message,
        observed,
        report,
        grouping,
        note,
        opinion,
        analysis,
        incident,
        relationship,
        sighting,
        language,
    ]
    return [_plain(o) for o in out]


def handmade_objects() -> list[dict[str, Any]]:
    """Valid objects the stix2 library does not make (custom types, extensions, the deprecated observed-data form)."""
    rng = random.Random(7)
    ext_def = _id(rng, "extension-definition")
    sdo = {"spec_version": "2.1", "created": T0, "modified": T1}
    return [
        {
            "type": "x-acme-widget",
            "id": _id(rng, "x-acme-widget"),
            **sdo,
            "name": "Widget",
            "x_acme_size": 3,
            "x_acme_tags": ["a", "b"],
            "payload_bin": "aGk=",
            "magic_hex": "cafe",
        },
        {"type": "x-acme-sensor", "id": _id(rng, "x-acme-sensor"), "reading": 12.5, "defanged": True},
        {
            "type": "extension-definition",
            "id": ext_def,
            **sdo,
            "created_by_ref": _id(rng, "identity"),
            "name": "acme",
            "schema": "https://acme.example/schema.json",
            "version": "1.0",
            "extension_types": ["property-extension", "toplevel-property-extension"],
            "extension_properties": ["acme_score"],
        },
        {
            "type": "indicator",
            "id": _id(rng, "indicator"),
            **sdo,
            "pattern": "[ipv4-addr:value = '10.0.0.1']",
            "pattern_type": "stix",
            "pattern_version": "2.1",
            "valid_from": T0,
            "acme_score": 5,
            "extensions": {ext_def: {"extension_type": "toplevel-property-extension"}},
            "granular_markings": [
                {
                    "selectors": ["pattern", "valid_from"],
                    "marking_ref": "marking-definition--" + str(uuid.uuid5(uuid.NAMESPACE_URL, "acme")),
                }
            ],
        },
        {
            "type": "observed-data",
            "id": _id(rng, "observed-data"),
            **sdo,
            "first_observed": T0,
            "last_observed": T1,
            "number_observed": 1,
            "objects": {
                "0": {"type": "ipv4-addr", "id": _id(rng, "ipv4-addr"), "value": "10.0.0.1"},
                "1": {
                    "type": "domain-name",
                    "id": _id(rng, "domain-name"),
                    "value": "a.example",
                    "resolves_to_refs": ["0"],
                },
                "2": {
                    "type": "network-traffic",
                    "id": _id(rng, "network-traffic"),
                    "src_ref": "0",
                    "dst_ref": "1",
                    "protocols": ["tcp"],
                    "start": T0,
                    "end": T1,
                },
            },
        },
        {
            "type": "file",
            "id": _id(rng, "file"),
            "name": "a.txt",
            "name_enc": "UTF-8",
            "ctime": "2016-02-29T00:00:00Z",
            "extensions": {
                "raster-image-ext": {"image_height": 10, "exif_tags": {"Make": "Nikon", "XResolution": 4928}},
                "pdf-ext": {"version": "1.7", "document_info_dict": {"Title": "x"}},
                "x-acme-ext": {"acme_field": "v"},
                ext_def: {"extension_type": "property-extension", "rank": 1},
            },
        },
        {
            "type": "network-traffic",
            "id": _id(rng, "network-traffic"),
            "src_ref": _id(rng, "ipv4-addr"),
            "protocols": ["icmp"],
            "is_active": True,
            "extensions": {
                "icmp-ext": {"icmp_type_hex": "08", "icmp_code_hex": "00"},
                "socket-ext": {"address_family": "AF_INET", "options": {"SO_TEST": 1}, "socket_type": "SOCK_RAW"},
                "tcp-ext": {"src_flags_hex": "02"},
            },
        },
        {
            "type": "process",
            "id": _id(rng, "process"),
            "name": "svchost.exe",
            "extensions": {
                "windows-service-ext": {"service_name": "x", "start_type": "SERVICE_AUTO_START"},
                "windows-process-ext": {"startup_info": {"lpDesktop": "d", "dwX": 1, "cbReserved2": 0}},
            },
        },
        {
            "type": "email-message",
            "id": _id(rng, "email-message"),
            "is_multipart": True,
            "body_multipart": [{"body": "x", "content_type": "text/plain"}, {"body_raw_ref": _id(rng, "artifact")}],
        },
        {
            "type": "x509-certificate",
            "id": _id(rng, "x509-certificate"),
            "hashes": {"SHA-1": "a" * 40},
            "x509_v3_extensions": {"private_key_usage_period_not_before": "2016-03-12T12:00:00Z"},
        },
        {
            "type": "marking-definition",
            "id": _id(rng, "marking-definition"),
            "spec_version": "2.1",
            "created": T0,
            "name": "acme-marking",
            "extensions": {ext_def: {"extension_type": "property-extension", "level": "high"}},
        },
        {
            "type": "relationship",
            "id": _id(rng, "relationship"),
            **sdo,
            "relationship_type": "x-acme-related",
            "source_ref": _id(rng, "x-acme-widget"),
            "target_ref": _id(rng, "ipv4-addr"),
            "x_acme_objects": [{"id": _id(rng, "x-acme-widget"), "type": "x-acme-widget", "lang": "en"}],
        },
        {
            "type": "identity",
            "id": _id(rng, "identity"),
            **sdo,
            "name": "Ministry",
            "sectors": ["government-national"],
            "contact_information": "soc@example.gov",
            "revoked": False,
            "external_references": [{"source_name": "gov", "description": "d", "hashes": {"SHA-256": SHA256}}],
        },
    ]


@functools.cache
def ics_objects() -> list[dict[str, Any]]:
    return list(json.loads(ICS_BUNDLE.read_text())["objects"])


@functools.cache
def base_corpus() -> list[dict[str, Any]]:
    return stix2_objects(1) + handmade_objects()


# ---------------------------------------------------------------------------------------------------------------------
# Mutations by rule.

TIMESTAMP_VARIANTS = [
    "2016-04-06T20:03:48Z",
    "2016-04-06T20:03:48.000",
    "2016-04-06T20:03:48.000z",
    "2016-04-06T20:03:48.000+00:00",
    "2016-02-30T20:03:48.000Z",
    "2016-02-29T20:03:48.000Z",
    "2015-02-29T20:03:48.000Z",
    "1900-02-29T00:00:00.000Z",
    "2016-12-31T23:59:60.000Z",
    "2016-04-06T20:03:48.1234567Z",
    "2016-04-06T20:03:48.123Z\n",
    "0000-01-01T00:00:00.000Z",
    "2016-04-06",
    "2016-13-06T20:03:48.000Z",
    "2016-04-06T24:03:48.000Z",
    "2016-04-06 20:03:48.000Z",
    "9999-12-31T23:59:59.999Z",
    "2030-01-01T00:00:00.000Z",
    "2000-01-01T00:00:00.000Z",
]
BAD_IDS = [
    "{type}--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
    "{type}--8e2e2d2b-17d4-6cbf-938f-98ee46b3cd3f",
    "{type}--8e2e2d2b-17d4-0cbf-938f-98ee46b3cd3f",
    "{type}--8e2e2d2b-17d4-4cbf-c38f-98ee46b3cd3f",
    "{type}--8e2e2d2b-17d4-5cbf-938f-98ee46b3cd3f",
    "{type}--8E2E2D2B-17D4-4CBF-938F-98EE46B3CD3F",
    "{type}--8e2e2d2b17d44cbf938f98ee46b3cd3f",
    "{type}-8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
    "malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
    "x-other--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
    "{type}--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\n",
    "{type}--8e2e2d2b-17d4-1cbf-938f-98ee46b3cd3f",
]
REF_VARIANTS = [
    "identity--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
    "malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
    "marking-definition--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
    "relationship--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
    "software--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
    "identity--8e2e2d2b",
    "Identity--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
    "",
    "0",
]
BAD_PATTERNS = [
    "[foo",
    "[ipv4-addr:value = '1.2.3.4'",
    "ipv4-addr:value = '1.2.3.4'",
    "[ipv4-addr:value = 1.2.3.4]",
    "[x-Foo:bar = 'a']",
    "[ab:value = 'a']",
    "[file:ab = 'a']",
    "[file:id = 'file--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f']",
    "[x-acme:id = 'a']",
    "[file:name = 'a'] WITHIN 5 SECONDS WITHIN 6 SECONDS",
    "[file:name = 'a'] START t'2016-06-01T00:00:00Z' STOP t'2016-05-01T00:00:00Z'",
    "[file:size > 'big']",
    "[network-traffic:dst_port = 443 AND ipv4-addr:value = '1.2.3.4']",
    "[file:hashes.'SHA-256' = 'abc'] AND [file:name LIKE 'a%']",
    "[file:name IN ('a', 'b')]",
    "[domain-name:value = 'a'] OR",
    "",
    "[]",
]
ODD_VALUES: list[Any] = [None, [], {}, "", "x", 0, -1, 1.5, 2.0, True, False, ["x"], [None], {"a": 1}, 10**20]
CUSTOM_PROPERTIES: list[tuple[str, Any]] = [
    ("x_acme_note", "fine"),
    ("x_acme_note", None),
    ("x_acme_note", []),
    ("x_acme_note", {}),
    ("X_ACME", 1),
    ("ab", 1),
    ("a-b-c", 1),
    ("fooid", 1),
    ("Fooid", 1),
    ("x_acme_bin", "aGk="),
    ("x_acme_bin", "not base64!"),
    ("x_acme_hex", "CAFE"),
    ("x_acme_hex", "abc"),
    ("severity", "high"),
    ("username", "root"),
    ("action", "x"),
    ("lang", "en"),
    ("lang", "en-US"),
    ("lang", "zz"),
    ("lang", 5),
    ("cpe", "cpe:2.3:a:vendor:product:1.0:*:*:*:*:*:*:*"),
    ("cpe", "cpe:/a:vendor:product:1.0"),
    ("cpe", "not a cpe"),
    ("confidence", 50),
    ("confidence", 101),
    ("confidence", 50.0),
    ("confidence", "50"),
    ("labels", ["a"]),
    ("labels", []),
    ("revoked", "yes"),
    ("created_by_ref", "malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"),
    ("object_marking_refs", ["indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"]),
    ("object_marking_refs", ["marking-definition--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"]),
    ("external_references", [{"source_name": "cve"}]),
    ("external_references", [{"source_name": "cve", "external_id": "CVE-2016-123"}]),
    ("external_references", [{"source_name": "x", "url": "http://exa mple.com"}]),
    ("external_references", [{"source_name": "x", "url": "urn:isbn:0451450523"}]),
    ("external_references", [{"source_name": "x", "external_id": "CAPEC-1"}]),
    ("external_references", [{"source_name": "x", "hashes": {"SHA-256": SHA256}}]),
    ("external_references", [{"source_name": "x", "description": "d", "hashes": {"sha256": SHA256}}]),
    ("external_references", [None]),
    ("external_references", ["url"]),
    ("kill_chain_phases", [1]),
    ("kill_chain_phases", [{"kill_chain_name": 1, "phase_name": "x"}]),
    ("objects", {"0": {"type": "file", "name": "a"}}),
    ("objects", {"0": 1}),
    ("granular_markings", [{"selectors": ["type"], "marking_ref": stix2.TLP_RED.id}]),
    ("granular_markings", [{"selectors": ["nonexistent"], "marking_ref": stix2.TLP_RED.id}]),
    ("granular_markings", [{"selectors": ["labels.[0]"], "marking_ref": stix2.TLP_RED.id}]),
    ("granular_markings", [{"selectors": ["labels.[5]"], "marking_ref": stix2.TLP_RED.id}]),
    ("granular_markings", [{"selectors": ["type"], "marking_ref": "identity--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"}]),
    ("granular_markings", [{"selectors": ["type"], "lang": "en"}]),
    ("extensions", {}),
    ("extensions", {"x-acme-ext": {"a_b": 1}}),
    ("extensions", {"x-acme-ext": {}}),
    ("extensions", {"acme": {"a_b": 1}}),
    ("extensions", {"extension-definition--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f": {"extension_type": "new-sdo"}}),
    ("extensions", {"extension-definition--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f": {"extension_type": "other"}}),
    ("x_acme_objects", [{"id": "x", "type": "x-acme", "lang": "zz"}]),
    ("x_acme_objects", [{"id": "x", "type": "x-acme", "created": "2016-02-30T00:00:00Z"}]),
    ("x_acme_objects", [{"id": "x", "type": "indicator", "pattern_type": "stix", "pattern": "[bad"}]),
    ("x_acme_objects", [{"id": "x", "type": "x-acme", "created": T1, "modified": T0}]),
    ("x_acme_objects", [{"id": "x", "type": "x-acme", "name": None}]),
]


def _timestamp_keys(obj: dict[str, Any]) -> list[str]:
    return [k for k, val in obj.items() if isinstance(val, str) and len(val) >= 20 and val[4:5] == "-" and "T" in val]


def rule_mutations(obj: dict[str, Any]) -> Iterator[Any]:
    """Deterministic breakages (and a few repairs) of one valid object."""
    kind = obj["type"]
    for key in obj:
        mutated = dict(obj)
        del mutated[key]
        yield mutated
    for key in obj:
        if key in ("type", "id"):
            continue
        for value in ODD_VALUES[:6]:
            yield {**obj, key: value}
    for template in BAD_IDS:
        yield {**obj, "id": template.format(type=kind)}
    for key in _timestamp_keys(obj):
        for ts in TIMESTAMP_VARIANTS:
            yield {**obj, key: ts}
    if "created" in obj and "modified" in obj:
        yield {**obj, "modified": "2000-01-01T00:00:00.000Z"}
        yield {**obj, "created": obj["modified"]}
        yield {**obj, "created": obj["modified"][:-1] + "0Z"}
    for later, earlier in (
        ("last_seen", "first_seen"),
        ("valid_until", "valid_from"),
        ("stop_time", "start_time"),
        ("last_observed", "first_observed"),
        ("end", "start"),
    ):
        if earlier in obj:
            yield {**obj, later: obj[earlier]}
            yield {**obj, later: "2000-01-01T00:00:00Z"}
    for key, value in obj.items():
        if key.endswith("_ref"):
            for ref in REF_VARIANTS:
                yield {**obj, key: ref}
        elif key.endswith("_refs") and isinstance(value, list):
            yield {**obj, key: []}
            yield {**obj, key: value[0] if value else "x"}
            for ref in REF_VARIANTS[:6]:
                yield {**obj, key: [*value, ref]}
    if kind == "indicator":
        for pattern in BAD_PATTERNS:
            yield {**obj, "pattern": pattern}
        yield {**obj, "pattern_version": "2.0"}
        yield {
            **obj,
            "pattern_version": "2.0",
            "pattern": "[file:name = 'a'] START '2016-06-01T00:00:00Z' STOP '2016-07-01T00:00:00Z'",
        }
        yield {**obj, "pattern_version": "3"}
        yield {**obj, "pattern_type": "yara", "pattern": "[foo"}
        yield {**obj, "pattern_type": "STIX"}
    for version in ("2.0", "2.2", 2.1, None, "2.1"):
        yield {**obj, "spec_version": version}
    for new_type in (
        kind.upper(),
        "x-" + kind,
        "ab",
        "action",
        kind + "-",
        kind + "\n",
        "bundle",
        "core",
        "dictionary",
        "kill-chain-phase",
        "properties",
        "timestamp",
        5,
        [kind],
    ):
        yield {**obj, "type": new_type}
    for name, value in CUSTOM_PROPERTIES:
        yield {**obj, name: value}


NON_OBJECTS: list[Any] = [None, [], "indicator", 5, 1.5, True, [{"type": "indicator"}], {}, {"type": "indicator"}]


def _sample(items: list[Any], n: int, seed: int) -> list[Any]:
    rng = random.Random(seed)
    return items if len(items) <= n else rng.sample(items, n)


# ---------------------------------------------------------------------------------------------------------------------
# The tests.


def test_ics_bundle_is_valid() -> None:
    objects = ics_objects()
    assert len(objects) == 1826
    bad = {o["id"]: validate_object(o) for o in objects if validate_object(o)}
    assert bad == {}
    for obj in objects:
        assert_agrees(obj)


def test_base_corpus_is_valid() -> None:
    for obj in base_corpus():
        assert validate_object(obj) == [], obj
        assert reference_valid(obj), obj


def rule_mutation_inputs(full: bool) -> list[Any]:
    """Every rule mutation of the corpus (about 16,000 inputs: minutes with the reference), or a fixed sample.

    ACCORD_STIX_FULL=1 runs them all; the sample keeps this file within a minute."""
    inputs: list[Any] = list(NON_OBJECTS)
    for i, obj in enumerate(base_corpus()):
        mutations = list(rule_mutations(obj))
        inputs.extend(mutations if full else _sample(mutations, 45, seed=i))
    ics = ics_objects()
    ics_sample = [o for o in ics if o["type"] != "relationship"][:60] + [o for o in ics if o["type"] == "relationship"][
        :5
    ]
    for i, obj in enumerate(ics_sample):
        mutations = list(rule_mutations(obj))
        inputs.extend(mutations if full else _sample(mutations, 10, seed=1000 + i))
    return inputs


def test_rule_mutations_agree_with_reference() -> None:
    inputs = rule_mutation_inputs(full=os.environ.get("ACCORD_STIX_FULL") == "1")
    assert len(inputs) > 3000
    disagreements = []
    for x in inputs:
        problems = validate_object(x)
        if bool(problems) == expected_valid(x):
            disagreements.append((x, problems))
    assert not disagreements, f"{len(disagreements)} of {len(inputs)} disagree; first: {disagreements[:3]!r}"


# Random mutations: a path into a corpus object and a new value there (or a deletion, a new property, a small edit of
# a string), one to three times; and objects put together from parts, whole.

INTERESTING_STRINGS = [
    *TIMESTAMP_VARIANTS,
    *[t.format(type="indicator") for t in BAD_IDS],
    *REF_VARIANTS,
    *BAD_PATTERNS,
    *PATTERNS,
    "2.1",
    "2.0",
    "stix",
    "en",
    "tlp",
    "statement",
    "http://example.com",
    "not a url",
    "AES-256-GCM",
    "x-acme-ext",
    "aGk=",
    "cafe",
    "toplevel-property-extension",
    "property-extension",
    "0",
    "1",
    "file",
    "artifact",
    "SHA-256",
    "hashes",
    "kill_chain_name",
    "url",
    "source_name",
    "alternate_data_streams",
    "ntfs-ext",
    "windows-pebinary-ext",
    "HKLM\\Software",
    "d2:fb:49:24:37:18",
    "2001:db8::1",
    "10.0.0.1/33",
    "example.com",
    "bad..domain",
    "a@b.c",
    "text/plain",
    "application/x-nope",
    "UTF-8",
    "utf-8",
    "cpe:2.3:a:vendor:product:1.0:*:*:*:*:*:*:*",
]
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(INTERESTING_STRINGS),
)
KEYS = [
    "type",
    "id",
    "x_acme",
    "name",
    "value",
    "hashes",
    "url",
    "source_name",
    "selectors",
    "marking_ref",
    "extension_type",
    "kill_chain_name",
    "phase_name",
    "created",
    "modified",
    "lang",
    "objects",
    "body",
    "extensions",
    "ntfs-ext",
    "alternate_data_streams",
]
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=8)), inner, max_size=4),
    ),
    max_leaves=8,
)
ALL_PROPERTY_NAMES = sorted({name for spec in v._SPECS.values() for name in spec.properties})
EXTRA_PROPERTY_NAMES = [
    "x_acme",
    "objects",
    "is_family",
    "is_active",
    "definition",
    "definition_type",
    "is_multipart",
    "body",
    "body_multipart",
]
property_names = st.one_of(
    st.sampled_from([*ALL_PROPERTY_NAMES, *EXTRA_PROPERTY_NAMES]),
    st.from_regex(r"[a-zA-Z_][a-z0-9_A-Z-]{0,9}", fullmatch=True),
)
EDIT_ALPHABET = "0123456789abcdefABCDEF-:.TZz_/ \n'[]=x"


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for k, item in value.items():
            yield from _paths(item, (*prefix, k))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _paths(item, (*prefix, i))


def _edit(draw: st.DrawFn, text: str) -> str:
    for _ in range(draw(st.integers(min_value=1, max_value=2))):
        at = draw(st.integers(min_value=0, max_value=len(text)))
        char = draw(st.sampled_from(EDIT_ALPHABET))
        op = draw(st.sampled_from(["insert", "replace", "delete"]))
        if op == "insert":
            text = text[:at] + char + text[at:]
        elif op == "replace":
            text = text[:at] + char + text[at + 1 :]
        else:
            text = text[:at] + text[at + 1 :]
    return text


def _stix_like(draw: st.DrawFn) -> dict[str, Any]:
    """A dict with "id" and "type", as found in list-valued properties: the reference checks those too."""
    base = draw(st.sampled_from(base_corpus()))
    out: dict[str, Any] = copy.deepcopy(draw(st.sampled_from([{"id": base["id"], "type": base["type"]}, base])))
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        out[draw(property_names)] = draw(json_values)
    return out


@st.composite
def mutated_objects(draw: st.DrawFn) -> Any:
    corpus = base_corpus() + _ics_for_hypothesis()
    obj: Any = copy.deepcopy(draw(st.sampled_from(corpus)))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        paths = [p for p in _paths(obj) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = obj
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "replace", "delete", "add", "edit", "edit", "nest"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(property_names)] = draw(json_values)
        elif action == "edit" and isinstance(parent[path[-1]], str):
            parent[path[-1]] = _edit(draw, parent[path[-1]])
        elif action == "nest":
            parent[path[-1]] = [_stix_like(draw)]
        else:
            parent[path[-1]] = draw(json_values)
    return obj


@st.composite
def assembled_objects(draw: st.DrawFn) -> Any:
    """The required properties of a type, some of another's, custom ones: cross-type confusion."""
    kind = draw(st.sampled_from([*v._SPECS, "x-acme-thing", "x-acme-url", "foo", "attack-pattern"]))
    obj: dict[str, Any] = {"type": kind, "id": f"{kind}--{uuid.UUID(int=draw(st.integers(0, 2**128 - 1)), version=4)}"}
    if draw(st.booleans()):
        obj.update(spec_version="2.1", created=T0, modified=T1)
    donors = [o for o in base_corpus() if o["type"] == kind] or base_corpus()
    donor = draw(st.sampled_from(donors))
    for name in draw(st.lists(st.sampled_from(sorted(donor)), max_size=len(donor), unique=True)):
        obj.setdefault(name, donor[name])
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        other = draw(st.sampled_from(base_corpus()))
        name = draw(st.sampled_from(sorted(other)))
        obj[name] = other[name]
    return obj


@functools.cache
def _ics_for_hypothesis() -> list[dict[str, Any]]:
    ics = ics_objects()
    by_type: dict[str, list[dict[str, Any]]] = {}
    for obj in ics:
        by_type.setdefault(obj["type"], []).append(obj)
    return [o for objs in by_type.values() for o in objs[:3]]


@settings(
    max_examples=1000,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.one_of(mutated_objects(), mutated_objects(), mutated_objects(), assembled_objects()))
def test_random_mutations_agree_with_reference(obj: Any) -> None:
    assert_agrees(obj)


# Hand-picked corners: the quirks the module documents, the places where the reference's checks raise, formats.

EDGE_UUID = "8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"


def _sid(kind: str) -> str:
    return f"{kind}--{EDGE_UUID}"


_SDO = {"spec_version": "2.1", "created": T0, "modified": T1}


def _file(**props: Any) -> dict[str, Any]:
    return {"type": "file", "id": _sid("file"), "name": "a", **props}


def _streams(value: Any) -> dict[str, Any]:
    return _file(extensions={"ntfs-ext": {"alternate_data_streams": value}})


EDGE_CASES: list[Any] = [
    _streams([5]),
    _streams(["hashes"]),
    _streams(["x"]),
    _streams([["a"]]),
    _streams([{"name": "a", "hashes": {"x": "y"}}]),
    _streams([{"name": "a", "hashes": {"SHA-256": "zz"}}]),
    _streams([]),
    _file(objects={"0": {"type": "file", "id": _sid("file"), "name": "b"}}),
    _file(objects={"0": {"type": "file", "name": "b"}}),
    _file(objects=[1]),
    _file(objects={"0": {"id": "x"}}),
    {"type": "x-a", "id": _sid("x-a"), "x_l": [{"type": "bundle", "id": "b", "objects": [{"id": [1], "modified": 1}]}]},
    {
        "type": "x-a",
        "id": _sid("x-a"),
        "x_l": [
            {
                "type": "relationship",
                "id": "r",
                "relationship_type": ["uses"],
                "source_ref": _sid("malware"),
                "target_ref": _sid("tool"),
            }
        ],
    },
    {
        "type": "x-a",
        "id": _sid("x-a"),
        "x_l": [
            {
                "type": "relationship",
                "id": "r",
                "relationship_type": ["uses"],
                "source_ref": _sid("x-foo"),
                "target_ref": _sid("tool"),
            }
        ],
    },
    {"type": "x-a", "id": _sid("x-a"), "x_l": [{"type": "identity", "id": "r", "sectors": [[1]]}]},
    {"type": "x-a", "id": _sid("x-a"), "x_l": [{"type": "identity", "id": "r", "sectors": ["Government"]}]},
    {"type": "x-a", "id": _sid("x-a"), "x_l": [{"type": "tool", "id": "r", "kill_chain_phases": ["kill_chain_name"]}]},
    {"type": "x-a", "id": _sid("x-a"), "x_l": [{"type": "location", "id": "r", "country": 5}]},
    {"type": "x-a", "id": _sid("x-a"), "x_l": [{"type": "indicator", "id": "r", "extensions": 5, "foo": 1}]},
    {"type": "x-a", "id": _sid("x-a"), "x_l": [{"type": "indicator", "id": "r", "extensions": 5}]},
    {"type": "x-a", "id": _sid("x-a"), "x_l": [{"type": "x-b", "id": "r", "extensions": {"a": 1}}]},
    {"type": "x-a", "id": _sid("x-a"), "x_l": [{"type": "file", "id": "r", "hashes": [1]}]},
    {"type": "x-a", "id": _sid("x-a"), "x_l": [{"type": "file", "id": "r", "hashes": ["MD5"]}]},
    {"type": "x-a", "id": _sid("x-a"), "x_l": [{"type": "network-traffic", "id": "r", "protocols": 5}]},
    {
        "type": "x-a",
        "id": _sid("x-a"),
        "x_l": [{"type": "process", "id": "r", "extensions": {"windows-process-ext": {"priority": 1}}}],
    },
    {"type": "x-a", "id": _sid("x-a"), "x_l": [{"type": "extension-definition", "id": "r", "extension_types": 5}]},
    {"type": "x-a", "id": _sid("x-a"), "x_l": [{"type": "malware-analysis", "id": "r", "product": 5}]},
    {"type": "x-a", "id": _sid("x-a"), "x_l": [{"type": "x-b", "id": "r", "external_references": ["url source_name"]}]},
    {"type": "x-a", "id": _sid("x-a"), "x_l": [{"type": "email-message", "id": "r", "body_multipart": 5}]},
    {
        "type": "x-a",
        "id": _sid("x-a"),
        "x_l": [{"type": "user-account", "id": "r", "extensions": {"unix-account-ext": 5}}],
    },
    {"type": "x-a", "id": _sid("x-a"), "x_l": [{"type": "file", "id": "r", "extensions": ["ntfs-ext"]}]},
    {"type": "x-a", "id": _sid("x-a"), "x_l": [{"type": "file", "id": "r", "extensions": {"ntfs-ext": [["a"]]}}]},
    {"type": "x-a", "id": _sid("x-a"), "x_l": [{"type": "file", "id": "r", "extensions": {"x-ext": 5}}]},
    {
        "type": "x-a",
        "id": _sid("x-a"),
        "x_l": [{"type": "file", "id": "r", "extensions": {"ntfs-ext": {"alternate_data_streams": 5}}}],
    },
    {
        "type": "marking-definition",
        "id": "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9",
        "spec_version": "2.1",
        "created": "2017-01-20T00:00:00.000Z",
        "name": "TLP:WHITE",
        "definition_type": "tlp",
        "definition": {"tlp": "white"},
    },
    {
        "type": "marking-definition",
        "id": "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9",
        "spec_version": "2.1",
        "created": "2017-01-20T00:00:00.000Z",
        "name": "TLP:WHITE",
        "definition_type": "tlp",
        "definition": {"tlp": "green"},
    },
    {
        "type": "marking-definition",
        "id": _sid("marking-definition"),
        "spec_version": "2.1",
        "created": "2017-01-20T00:00:00.000Z",
        "definition_type": "tlp",
        "definition": {"tlp": "green"},
    },
    {
        "type": "marking-definition",
        "id": _sid("marking-definition"),
        "spec_version": "2.1",
        "created": T0,
        "definition_type": "acme",
        "definition": {"x": 1},
    },
    {
        "type": "marking-definition",
        "id": _sid("marking-definition"),
        "spec_version": "2.1",
        "created": T0,
        "definition_type": "statement",
        "definition": {"x": 1},
    },
    {
        "type": "marking-definition",
        "id": _sid("marking-definition"),
        "spec_version": "2.1",
        "created": T0,
        "definition_type": "statement",
        "definition": {"statement": "x"},
        "object_marking_refs": [_sid("marking-definition")],
    },
    {
        "type": "marking-definition",
        "id": _sid("marking-definition"),
        "spec_version": "2.1",
        "created": T0,
        "definition_type": "statement",
        "definition": {"statement": "x"},
        "x": None,
    },
    {
        "type": "extension-definition",
        "id": _sid("extension-definition"),
        **_SDO,
        "name": "n",
        "schema": "s",
        "version": "1",
        "extension_types": ["new-sdo"],
        "extension_properties": ["a"],
    },
    {
        "type": "extension-definition",
        "id": _sid("extension-definition"),
        **_SDO,
        "name": "n",
        "schema": "s",
        "version": "1",
        "extension_types": ["new-sdo"],
    },
    {
        "type": "language-content",
        "id": _sid("language-content"),
        **_SDO,
        "object_ref": _sid("malware"),
        "contents": {"de": {"Name": "x"}},
    },
    {
        "type": "language-content",
        "id": _sid("language-content"),
        **_SDO,
        "object_ref": _sid("malware"),
        "contents": {"xx": {"name": "x"}},
    },
    {
        "type": "language-content",
        "id": _sid("language-content"),
        **_SDO,
        "object_ref": _sid("malware"),
        "contents": {"de": "x"},
    },
    {"type": "artifact", "id": _sid("artifact"), "payload_bin": "aGk=", "mime_type": "application/x-nope"},
    {"type": "artifact", "id": _sid("artifact"), "payload_bin": "aGk=", "mime_type": "application/json"},
    {"type": "artifact", "id": _sid("artifact"), "payload_bin": "aGk=", "decryption_key": "k"},
    {
        "type": "artifact",
        "id": _sid("artifact"),
        "payload_bin": "aGk=",
        "encryption_algorithm": "AES-256-GCM",
        "decryption_key": "k",
    },
    {
        "type": "artifact",
        "id": "artifact--8e2e2d2b-17d4-5cbf-938f-98ee46b3cd3f",
        "url": "http://x",
        "hashes": {"MD5": "d41d8cd98f00b204e9800998ecf8427e"},
    },
    {
        "type": "artifact",
        "id": "artifact--8e2e2d2b-17d4-5cbf-938f-98ee46b3cd3f",
        "payload_bin": "aGk=",
        "encryption_algorithm": "AES-256-GCM",
    },
    {"type": "email-message", "id": _sid("email-message"), "is_multipart": False, "body_multipart": []},
    {"type": "email-message", "id": _sid("email-message"), "is_multipart": True, "body": "x"},
    {
        "type": "email-message",
        "id": _sid("email-message"),
        "is_multipart": True,
        "body_multipart": [{"body": "a", "body_raw_ref": "b"}],
    },
    {"type": "windows-registry-key", "id": _sid("windows-registry-key"), "key": "HKLM\\x"},
    {"type": "windows-registry-key", "id": _sid("windows-registry-key"), "key": "hkey_local_machine\\x"},
    {"type": "windows-registry-key", "id": _sid("windows-registry-key"), "values": [{}]},
    {"type": "process", "id": "process--8e2e2d2b-17d4-5cbf-938f-98ee46b3cd3f", "pid": 1},
    {"type": "directory", "id": _sid("directory"), "path": "/", "path_enc": "utf-8"},
    {"type": "directory", "id": _sid("directory"), "path": "/", "path_enc": "UTF-8"},
    {"type": "domain-name", "id": _sid("domain-name"), "value": "xn--80ak6aa92e.com"},
    {"type": "domain-name", "id": _sid("domain-name"), "value": "a..b"},
    {"type": "domain-name", "id": _sid("domain-name"), "value": "пример.рф"},
    {"type": "domain-name", "id": _sid("domain-name"), "value": "-a.com"},
    {"type": "email-addr", "id": _sid("email-addr"), "value": "a@b"},
    {"type": "url", "id": _sid("url"), "value": "http://[::1]/"},
    {"type": "url", "id": _sid("url"), "value": "example.com"},
    {"type": "ipv6-addr", "id": _sid("ipv6-addr"), "value": "::1"},
    {"type": "ipv6-addr", "id": _sid("ipv6-addr"), "value": "g::1"},
    {"type": "mac-addr", "id": _sid("mac-addr"), "value": "D2:FB:49:24:37:18"},
    {"type": "software", "id": _sid("software"), "name": "x", "cpe": "cpe:2.3:a:*:*:*:*:*:*:*:*:*:*"},
    {"type": "software", "id": _sid("software"), "name": "x", "cpe": "cpe:2.3:a:v:p:1:*:*:*:*:*:*:*:extra"},
    {"type": "software", "id": _sid("software"), "name": "x", "cpe": "xcpe:2.3:a:v:p:1:*:*:*:*:*:*:*"},
    {"type": "software", "id": _sid("software"), "name": "x", "languages": ["eng", "en-US", "zz", "EN"]},
    {"type": "x-a", "id": _sid("x-a"), "cpe": "cpe:/a:microsoft:ie:8"},
    {"type": "x-a", "id": _sid("x-a"), "cpe": 'wfn:[part="a",vendor="microsoft"]'},
    {"type": "dictionary", "id": _sid("dictionary")},
    {"type": "properties", "id": _sid("properties"), "Bad": 1},
    {"type": "properties", "id": _sid("properties")},
    {"type": "kill-chain-phase", "id": _sid("kill-chain-phase"), "kill_chain_name": "a", "phase_name": "b"},
    {"type": "extension", "id": _sid("extension"), "extension_type": "new-sdo"},
    {"type": "external-reference", "id": _sid("external-reference"), "source_name": "a", "url": "http://x"},
    {
        "type": "granular-marking",
        "id": _sid("granular-marking"),
        "selectors": ["id"],
        "marking_ref": _sid("marking-definition"),
    },
    {"type": "hashes-type", "id": _sid("hashes-type")},
    {"type": "core", "id": _sid("core"), **_SDO},
    {"type": "cyber-observable-core", "id": _sid("cyber-observable-core"), **_SDO},
    {"type": "timestamp", "id": _sid("timestamp")},
    {"type": "1abc", "id": _sid("1abc")},
    {"type": "a1bc", "id": _sid("a1bc")},
    {"type": "abc-", "id": "abc---" + EDGE_UUID},
    {"type": "x-a", "id": _sid("x-a"), "created": "foo"},
    {"type": "x-a", "id": _sid("x-a"), "created": 5},
    {"type": "x-a", "id": _sid("x-a"), "created": "2016-01-01T00:00:00Z", "modified": "2015-01-01T00:00:00Z"},
    {"type": "x-a", "id": _sid("x-a"), "modified": "2016-02-30T00:00:00Z"},
    {"type": "x-a", "id": _sid("x-a"), "confidence": 1.0, "x_big": 10**30, "x_f": 1e308},
    {
        "type": "observed-data",
        "id": _sid("observed-data"),
        **_SDO,
        "first_observed": T0,
        "last_observed": T0,
        "number_observed": 1.0,
        "object_refs": [_sid("indicator")],
    },
    {
        "type": "observed-data",
        "id": _sid("observed-data"),
        **_SDO,
        "first_observed": T0,
        "last_observed": T0,
        "number_observed": 1,
        "object_refs": [_sid("x-indicator")],
    },
    {
        "type": "sighting",
        "id": _sid("sighting"),
        **_SDO,
        "sighting_of_ref": _sid("x-foo"),
        "where_sighted_refs": [_sid("location")],
    },
    {
        "type": "relationship",
        "id": _sid("relationship"),
        **_SDO,
        "relationship_type": "Uses",
        "source_ref": _sid("malware"),
        "target_ref": _sid("tool"),
    },
    {"type": "location", "id": _sid("location"), **_SDO, "latitude": 1, "longitude": 2, "precision": 3},
    {"type": "location", "id": _sid("location"), **_SDO, "latitude": 91, "longitude": 2},
    {"type": "location", "id": _sid("location"), **_SDO, "region": "x", "precision": 3},
    {"type": "malware", "id": _sid("malware"), **_SDO, "is_family": True},
    {"type": "malware", "id": _sid("malware"), **_SDO, "is_family": 1},
    {
        "type": "malware-analysis",
        "id": _sid("malware-analysis"),
        **_SDO,
        "product": "p",
        "result": "malicious",
        "sample_ref": _sid("file"),
        "host_vm_ref": _sid("software"),
    },
    {
        "type": "malware-analysis",
        "id": _sid("malware-analysis"),
        **_SDO,
        "product": "p",
        "result": "malicious",
        "sample_ref": _sid("indicator"),
    },
    {
        "type": "indicator",
        "id": _sid("indicator"),
        **_SDO,
        "pattern": "[file:name = 'a']",
        "pattern_type": "stix",
        "valid_from": T0,
        "granular_markings": [{"selectors": ["pattern", "x_a.[0]"], "marking_ref": _sid("marking-definition")}],
        "x_a": ["q"],
    },
    {
        "type": "indicator",
        "id": _sid("indicator"),
        **_SDO,
        "pattern": "[file:name = 'a']",
        "pattern_type": "stix",
        "valid_from": T0,
        "granular_markings": [{"selectors": ["x_a.[0].[0]"], "marking_ref": _sid("marking-definition")}],
        "x_a": ["q"],
    },
    {
        "type": "indicator",
        "id": _sid("indicator"),
        **_SDO,
        "pattern": "[file:name = 'a']",
        "pattern_type": "stix",
        "valid_from": T0,
        "granular_markings": [{"selectors": ["confidence.[0]"], "marking_ref": _sid("marking-definition")}],
        "confidence": 5,
    },
]


def test_edge_cases_agree_with_reference() -> None:
    for obj in EDGE_CASES:
        assert_agrees(obj)
    assert 30 < sum(expected_valid(obj) for obj in EDGE_CASES) < len(EDGE_CASES) - 30


# ---------------------------------------------------------------------------------------------------------------------
# Messages, the deliberate differences, the cache.


def test_messages_name_object_and_property() -> None:
    indicator = next(o for o in base_corpus() if o["type"] == "indicator")
    problems = validate_object({**indicator, "pattern": "[ipv4-addr:value = '1.2.3.4'"})
    assert [p.property for p in problems] == ["pattern"]
    assert problems[0].object_id == indicator["id"]
    assert problems[0].message.startswith(f"{indicator['id']} property 'pattern': invalid STIX pattern: ")

    problems = validate_object({**indicator, "created": "2016-04-06T20:03:48Z"})
    assert problems == [
        Problem(
            indicator["id"],
            "created",
            f"{indicator['id']} property 'created': must be a STIX timestamp precise to the millisecond "
            "(YYYY-MM-DDTHH:MM:SS.sss[s+]Z, in UTC), not '2016-04-06T20:03:48Z'",
        )
    ]
    problems = validate_object({**indicator, "modified": "2000-01-01T00:00:00.000Z"})
    assert [p.property for p in problems] == ["modified"]
    assert "must be later than or equal to created" in problems[0].message

    missing = dict(indicator)
    del missing["valid_from"]
    (problem,) = validate_object(missing)
    assert problem == Problem(
        indicator["id"], "valid_from", f"{indicator['id']} property 'valid_from': required property is missing"
    )

    (problem,) = validate_object({**indicator, "x_acme_objects": [{"id": "x", "type": "x-acme", "lang": "zz"}]})
    assert problem.property == "x_acme_objects"
    assert problem.message == (
        f"{indicator['id']} property 'x_acme_objects': embedded object 'x': 'zz' is not an RFC 5646 language code"
    )

    relationship = next(o for o in base_corpus() if o["type"] == "relationship")
    (problem,) = validate_object({**relationship, "source_ref": "identity--123"})
    assert problem.property == "source_ref" and relationship["id"] in problem.message
    assert "'source_ref': must be the identifier of an SDO or SCO" in problem.message


def test_messages_without_usable_id() -> None:
    (problem,) = validate_object(
        {"type": "indicator", "id": "indicator--nope", "spec_version": "2.1"}
        | {
            "created": T0,
            "modified": T0,
            "pattern": "[ipv4-addr:value = '1.2.3.4']",
            "pattern_type": "stix",
            "valid_from": T0,
        }
    )
    assert problem.object_id is None and problem.property == "id"
    assert problem.message.startswith(
        "indicator object with id 'indicator--nope' property 'id': must be a STIX identifier"
    )
    assert validate_object([]) == [Problem(None, None, "a STIX object must be a JSON object, not a list")]
    assert [p.property for p in validate_object({"id": "x"})] == ["type"]
    assert {p.property for p in validate_object({"type": "x-thing"})} == {"id"}


def test_deliberate_differences() -> None:
    # The reference validates an object saying spec_version "2.0" as STIX 2.0, and accepts bundles.
    indicator = next(o for o in base_corpus() if o["type"] == "indicator")
    stix20 = {**indicator, "spec_version": "2.0", "labels": ["malicious-activity"]}
    assert reference_valid(stix20)
    assert [p.property for p in validate_object(stix20)] == ["spec_version"]
    bundle = {"type": "bundle", "id": "bundle--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "objects": [indicator]}
    assert reference_valid(bundle)
    (problem,) = validate_object(bundle)
    assert problem.property == "type" and "bundle is a container" in problem.message


def test_laxness_kept_from_reference() -> None:
    """Things one might expect to be refused that the reference accepts, and so do we."""
    indicator = next(o for o in base_corpus() if o["type"] == "indicator")
    other = "malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"
    for obj in (
        {**indicator, "created_by_ref": other},
        {**indicator, "object_marking_refs": [other]},
        {"type": "x-thing", "id": "y-thing--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"},
        {
            "type": "ipv4-addr",
            "id": "ipv4-addr--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
            "value": "10.0.0.1",
            "resolves_to_refs": ["not an id"],
        },
        {**indicator, "indicator_types": ["not-in-the-vocabulary"]},
        {**indicator, "x_acme_ref": "not an id"},
    ):
        assert reference_valid(obj)
        assert validate_object(obj) == []


def test_reference_tables_match_the_validator() -> None:
    from stix2validator.v21 import enums  # type: ignore[import-untyped]

    assert set(enums.LANG_CODES) == v._LANG_CODES
    assert set(enums.SOFTWARE_LANG_CODES) == v._SOFTWARE_LANG_CODES
    assert set(enums.media_types()) == v._MEDIA_TYPES
    assert set(enums.char_sets()) == v._CHAR_SETS
    assert set(enums.OBSERVABLE_TYPES) == v._OBSERVABLE_TYPES
    assert {t: tuple(p) for t, p in enums.TIMESTAMP_OBSERVABLE_PROPERTIES.items()} == v._OBSERVABLE_TIMESTAMPS
    assert enums.OBSERVABLE_PROP_REFS == v._OBSERVABLE_REFS
    assert {t: ("created", "modified", *p) for t, p in enums.TIMESTAMP_PROPERTIES.items()} == v._TIMESTAMPS
    assert {t: tuple((a, op == "gt", b) for a, op, b in c) for t, c in enums.TIMESTAMP_COMPARE.items()} == v._ORDERED


def test_should_tables_match_the_validator() -> None:
    """The tables behind the places where the reference's SHOULD checks raise."""
    from stix2validator.v21 import enums

    assert {t: tuple(p) for t, p in enums.VOCAB_PROPERTIES.items()} == v._OPEN_VOCAB_FORMAT
    vocabularies = [
        "ATTACK_MOTIVATION", "ATTACK_RESOURCE_LEVEL", "GROUPING_CONTEXT", "IMPLEMENTATION_LANGUAGES",
        "INFRASTRUCTURE_TYPE", "MALWARE_CAPABILITIES", "MALWARE_RESULT", "PROCESSOR_ARCHITECTURE", "IDENTITY_CLASS",
        "INDICATOR_TYPE", "INDUSTRY_SECTOR", "MALWARE_TYPE", "INDICATOR_PATTERN", "REPORT_TYPE", "THREAT_ACTOR_TYPE",
        "THREAT_ACTOR_ROLE", "THREAT_ACTOR_SOPHISTICATION", "TOOL_TYPE", "REGION",
    ]  # fmt: skip
    uses: dict[str, set[str]] = {}
    for name in vocabularies:
        for kind, props in getattr(enums, f"{name}_USES").items():
            uses.setdefault(kind, set()).update(props)
    assert uses == {kind: set(props) for kind, props in v._VOCAB_USES.items()}
    assert set(enums.KILL_CHAIN_PHASE_USES) == set(v._KILL_CHAIN_USES)
    assert set(enums.RELATIONSHIPS) == v._RELATIONSHIP_SOURCES
    assert set(enums.COMMON_RELATIONSHIPS) == set(v._COMMON_RELATIONSHIPS)
    assert set(enums.NON_SDOS) == set(v._NON_SDOS)
    assert set(enums.TYPES) == set(v._SPEC_TYPES)
    assert set(enums.RESERVED_PROPERTIES) == set(v._RESERVED_PROPERTY_NAMES)
    assert {t: set(p) for t, p in enums.OBSERVABLE_EMBEDDED_PROPERTIES.items()} == v._EMBEDDED_PROPERTIES
    assert {t: tuple(e) for t, e in enums.OBSERVABLE_EXTENSIONS.items()} == v._PREDEFINED_EXTENSIONS
    assert {e: set(p) for e, p in enums.OBSERVABLE_EXTENSION_EMBEDDED_PROPERTIES.items()} == (
        v._EXTENSION_EMBEDDED_PROPERTIES
    )
    assert set(enums.OBSERVABLE_DICT_KEY_EXCEPTIONS) == v._DICT_KEY_EXCEPTIONS
    standard = {t: set(p) for t, p in (enums.PROPERTIES | enums.OBSERVABLE_PROPERTIES).items()}
    assert standard == v._STANDARD_PROPERTIES
    assert {t: tuple((a, op == "gt", b) for a, op, b in c) for t, c in enums.TIMESTAMP_COMPARE_OBSERVABLE.items()} == (
        v._OBSERVABLE_ORDERED
    )
    assert {t: {k: tuple(p) for k, p in e.items()} for t, e in enums.TIMESTAMP_EMBEDDED_PROPERTIES.items()} == (
        v._EMBEDDED_TIMESTAMPS
    )


def test_transcription_covers_the_shipped_schemas() -> None:
    """Every property and required property of the validator's type schemas is in our transcription."""
    import stix2validator

    root = Path(stix2validator.__file__).parent / "schemas-2.1" / "schemas"

    def collect(schema: dict[str, Any], props: set[str], required: set[str]) -> None:
        props.update(schema.get("properties", {}))
        required.update(schema.get("required", []))
        for sub in schema.get("allOf", []):
            if not sub.get("$ref", "").endswith("core.json"):
                collect(sub, props, required)

    files = [*root.glob("sdos/*.json"), *root.glob("sros/*.json"), *root.glob("observables/*.json")]
    files += [root / "common" / "language-content.json", root / "common" / "extension-definition.json"]
    assert len(files) == 41
    for path in files:
        kind = path.stem
        props: set[str] = set()
        required: set[str] = set()
        collect(json.loads(path.read_text()), props, required)
        spec = v._SPECS[kind]
        if kind == "observed-data":
            props.discard("objects")  # checked object by object, see _check_observed_objects
        assert props <= set(spec.properties), kind
        assert required <= set(spec.required), kind


def test_pattern_cache() -> None:
    validator = Validator(pattern_cache_size=16)
    indicator = next(o for o in base_corpus() if o["type"] == "indicator")
    for _ in range(5):
        assert validator.validate(indicator) == []
    info = validator.pattern_cache_info()
    assert (info.hits, info.misses) == (4, 1)
    assert validator.validate({**indicator, "pattern": "[nope"})[0].property == "pattern"
