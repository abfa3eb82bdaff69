"""accord.intel.patterns against its reference, stix2-patterns' ``run_validator(pattern, stix_version="2.1")``.

The differential tests hold ``check_pattern`` to the reference on a large corpus: patterns generated from the
grammar by hypothesis (observation and comparison expressions, every operator, qualifier and literal, object paths
of every kind of step, hash comparisons, odd whitespace and comments), mutated copies of them (characters inserted,
deleted and replaced, truncation, unbalanced brackets, bad quotes and escapes, broken timestamps and hex, lowercase
keywords, stray tokens, ...), the hand-written edge cases below (each one a quirk of the reference), the patterns of
stix2-patterns' own test suite, and the patterns of the ATT&CK for ICS bundle's indicators (it has none today). For
every input, ``check_pattern`` returns None exactly when the reference returns no error. The reference raising
instead of answering counts as "not valid": it does so on the empty pattern, on a negative list index, on a list
index where a hash name is expected, and on a parse tree deeper than Python's stack allows.

One difference is deliberate and documented here (``test_depth_limit_band``): the reference overflows Python's stack
on a parse tree of about 990 levels, less when called from deeper in a stack, so its verdict on very deep patterns
depends on the caller. ``check_pattern`` refuses, always, a tree deeper than ``MAX_DEPTH`` (900); between the two
the verdicts differ. No other disagreement is known.

These tests use no database fixture.
"""

from __future__ import annotations

import base64
import json
import random
import re
import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stix2patterns.test.v20 import test_validator as lib_tests_20  # type: ignore[import-untyped]
from stix2patterns.test.v21 import test_validator as lib_tests_21  # type: ignore[import-untyped]
from stix2patterns.v21 import object_validator  # type: ignore[import-untyped]
from stix2patterns.v21.pattern import Pattern  # type: ignore[import-untyped]
from stix2patterns.validator import run_validator  # type: ignore[import-untyped]

from accord.intel.patterns import MAX_DEPTH, check_pattern, compared_properties
from tests.conftest import ICS_BUNDLE


def reference_valid(pattern: str) -> bool:
    """The reference verdict; raising instead of answering counts as "not valid"."""
    try:
        return not run_validator(pattern, stix_version="2.1")
    except Exception:
        return False


def assert_agrees(pattern: str) -> None:
    ours = check_pattern(pattern)
    theirs = reference_valid(pattern)
    assert (ours is None) == theirs, (
        f"{pattern!r}: check_pattern says {ours!r}, the reference says "
        f"{'valid' if theirs else _reference_errors(pattern)}"
    )


def _reference_errors(pattern: str) -> str:
    try:
        return repr(run_validator(pattern, stix_version="2.1"))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


def assert_properties_agree(pattern: str) -> None:
    """compared_properties gives the (type, first path component) pairs of the reference's inspector."""
    expected = Counter(
        (object_type, path[0])
        for object_type, comparisons in Pattern(pattern).inspect().comparisons.items()
        for path, _op, _value in comparisons
    )
    assert Counter(compared_properties(pattern)) == expected, pattern


# --------------------------------------------------------------------------------------------------------------------
# Hand-written edge cases: each line a rule of the grammar or a quirk of the reference.

EDGE_CASES = [
    # the shapes of real indicators
    "[ipv4-addr:value = '198.51.100.1/32']",
    "[ipv6-addr:value = '2001:db8::1']",
    "[domain-name:value = 'example.com']",
    "[url:value = 'http://example.com/a?b=c']",
    "[email-addr:value = 'a@example.com']",
    "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
    "[file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a6879f']",
    "[file:hashes.'SHA-1' = '74f25c8e1b56c2a2bdb0b8b4e4c5d1a1e2f3a4b5' OR file:name = 'x.exe']",
    "[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value = '203.0.113.33/32']",
    "[windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\System\\\\Foo\\\\Bar']",
    "[x509-certificate:issuer = 'CN=WEBMAIL' AND x509-certificate:serial_number = '4c:0b:1d:19:74:86:a7:66']",
    "[process:command_line MATCHES '^.+>-add GlobalSign.cer -c -s -r localMachineRoot Root$']",
    "[file:name LIKE 'mal%.exe'] FOLLOWEDBY [process:name = 'x'] WITHIN 300 SECONDS",
    "[network-traffic:src_ref.value ISSUBSET '192.0.2.0/24']",
    "[network-traffic:dst_ref.value ISSUPERSET '192.0.2.0/24']",
    "[network-traffic:protocols[*] = 'tcp' AND network-traffic:dst_port IN (80, 443, 8080)]",
    "[artifact:payload_bin = b'VGhpcyBpcyBhIHRlc3Q=']",
    "[file:magic_number_hex = h'ffd8']",
    "[file:created > t'2016-01-01T00:00:00Z' AND file:created < t'2016-12-31T23:59:60.123456Z']",
    "[user-account:is_privileged = true] AND [user-account:is_disabled = false]",
    "[x-acme-widget:x_acme_prop = 1]",
    "[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]",
    "[email-message:body_multipart[0].body_raw_ref.name = 'x']",
    "[EXISTS windows-registry-key:values]",
    "[NOT EXISTS file:parent_directory_ref]",
    "[file:name NOT = 'a' AND file:size NOT > 5 AND file:name NOT IN ('a') AND file:name NOT LIKE 'b%']",
    "([file:name = 'a'] AND [file:name = 'b']) REPEATS 5 TIMES WITHIN 10 SECONDS",
    "[file:name = 'a'] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'",
    "[a:b = 1] REPEATS 2 TIMES WITHIN 1.5 SECONDS START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'",
    # literals
    "[x:a = 0]",
    "[x:a = -0]",
    "[x:a = +12]",
    "[x:a = 007]",
    "[x:a = -01]",
    "[x:a = 00.7]",
    "[x:a = .5]",
    "[x:a = -.5]",
    "[x:a = +.5]",
    "[x:a = 1.]",
    "[x:a = 1.5.6]",
    "[x:a = 1e5]",
    "[x:a = --1]",
    "[x:a = +-1]",
    "[x:a = - 1]",
    "[x:a = h'']",
    "[x:a = h'0']",
    "[x:a = h'0G']",
    "[x:a = h'AbCd']",
    "[x:a = H'00']",
    "[x:a = b'']",
    "[x:a = b'AA==']",
    "[x:a = b'AAA=']",
    "[x:a = b'AAAA']",
    "[x:a = b'A===']",
    "[x:a = b'AA']",
    "[x:a = b'AAAAA']",
    "[x:a = b'/+9z']",
    "[x:a = b'-_9z']",
    "[x:a = 'it\\'s']",
    "[x:a = 'back\\\\slash']",
    "[x:a = 'bad \\n escape']",
    "[x:a = 'trailing backslash\\']",
    "[x:a = 'unterminated]",
    "[x:a = '']",
    "[x:a = 'multi\nline']",
    '[x:a = "double"]',
    "[x:a = true]",
    "[x:a = True]",
    "[x:a = TRUE]",
    "[x:a = truely]",
    "[x:a = true-ish]",
    "[x:a > true]",
    "[x:a < 'b']",
    "[x:a >= t'2020-01-01T00:00:00Z']",
    "[x:a <= h'ff']",
    "[x:a > b'AAAA']",
    # timestamps: field ranges, no calendar
    "[x:a = t'2020-02-31T00:00:00Z']",
    "[x:a = t'2020-13-01T00:00:00Z']",
    "[x:a = t'2020-00-01T00:00:00Z']",
    "[x:a = t'2020-01-00T00:00:00Z']",
    "[x:a = t'2020-01-32T00:00:00Z']",
    "[x:a = t'2020-01-01T24:00:00Z']",
    "[x:a = t'2020-01-01T23:60:00Z']",
    "[x:a = t'2020-01-01T23:59:60Z']",
    "[x:a = t'2020-01-01T23:59:61Z']",
    "[x:a = t'2020-01-01T00:00:00.Z']",
    "[x:a = t'2020-01-01T00:00:00.000000001Z']",
    "[x:a = t'2020-01-01T00:00:00']",
    "[x:a = t'2020-01-01 00:00:00Z']",
    "[x:a = t'2020-01-01t00:00:00Z']",
    "[x:a = t'2020-01-01T00:00:00z']",
    "[x:a = t'20-01-01T00:00:00Z']",
    "[x:a = t'+2020-01-01T00:00:00Z']",
    "[x:a = t'2020-01-01T00:00:00+00:00']",
    "[x:a = T'2020-01-01T00:00:00Z']",
    "[x:a = t '2020-01-01T00:00:00Z']",
    "[x:a = '2020-01-01T00:00:00Z']",
    # operators
    "[x:a == 1]",
    "[x:a != 1]",
    "[x:a <> 1]",
    "[x:a =! 1]",
    "[x:a === 1]",
    "[x:a <=> 1]",
    "[x:a => 1]",
    "[x:a =< 1]",
    "[x:a<1]",
    "[x:a<-1]",
    "[x:a=-1]",
    "[x:a = 1 and x:b = 2]",
    "[x:a = 1 AND x:b = 2 OR x:c = 3]",
    "[x:a like 'a']",
    "[x:a LIKE 1]",
    "[x:a MATCHES 'a' 'b']",
    "[x:a ISSUBSET '1.2.3.0/24']",
    "[x:a ISSUPERSET ('a')]",
    "[x:a IN ()]",
    "[x:a IN ('a')]",
    "[x:a IN ('a',)]",
    "[x:a IN (,'a')]",
    "[x:a IN ('a' 'b')]",
    "[x:a IN ('a', true, 1, -2.5, h'00', b'AAAA', t'2020-01-01T00:00:00Z')]",
    "[x:a IN (('a'))]",
    "[x:a IN 'a']",
    "[x:a NOT IN ('a')]",
    "[x:a NOT NOT = 1]",
    "[NOT x:a = 1]",
    "[x:a = 1 NOT]",
    "[EXISTS x:a AND EXISTS x:b]",
    "[NOT NOT EXISTS x:a]",
    "[EXISTS x:a = 1]",
    "[EXISTS (x:a)]",
    "[x:a EXISTS]",
    "[x:a]",
    "[x:a = ]",
    "[x:a LAST 5]",
    # object paths
    "[x:a.b.c = 1]",
    "[x:'a b'.'c d' = 1]",
    "[x:'' = 1]",
    "[x:a.'' = 1]",
    "[x:a[*] = 1]",
    "[x:a[0] = 1]",
    "[x:a[+1] = 1]",
    "[x:a[-1] = 1]",
    "[EXISTS x:a[-1]]",
    "[x:a[01] = 1]",
    "[x:a[1.5] = 1]",
    "[x:a['k'] = 1]",
    "[x:a[] = 1]",
    "[x:a[*][*].b[3] = 1]",
    "[x:a.[*] = 1]",
    "[x:a..b = 1]",
    "[x:a. b = 1]",
    "[x : a . b = 1]",
    "[x:a.b-c = 1]",
    "[x:a-b = 1]",
    "[x-y:a = 1]",
    "[x--y:a = 1]",
    "[x-:a = 1]",
    "[-x:a = 1]",
    "[_x:_a = 1]",
    "[1x:a = 1]",
    "[x1:a1 = 1]",
    "[x:1a = 1]",
    "[x:a.1 = 1]",
    "[x:a.5b = 1]",
    "[AND:a = 1]",
    "[x:AND = 1]",
    "[and:or = 1]",
    "[x:a.OR = 1]",
    "[x:LAST = 1]",
    "[true:a = 1]",
    "[t:a = 1]",
    "[h:a = 1]",
    "[b:a = 1]",
    "[x:t = 1]",
    "[x:a.t = 1]",
    "[x:h'00' = 1]",
    "[x:'a'.b = 1]",
    "['x':a = 1]",
    "[x:a:b = 1]",
    "[x = 1]",
    "[:a = 1]",
    "[x: = 1]",
    "[é:a = 1]",
    "[x:é = 1]",
    # hashes: stix2patterns' object validator
    "[file:hashes.MD5 = 'a']",
    "[file:hashes.md5 = 'cead3f77f6cda6ec00f57d76c9a6879f']",
    "[file:hashes.'md-5' = 'cead3f77f6cda6ec00f57d76c9a6879f']",
    "[file:hashes.'ſha256' = 'a']",
    "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019']",
    "[file:hashes.SHA256 != 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
    "[file:hashes.'SHA-256' = 'AEC070645FE53EE3B3763059376134F058CC337247C978ADD178B6CCDFB0019F']",
    "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f\n']",
    "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f\n\n']",
    "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019\\'f']",
    "[file:hashes.'SHA-256' IN ('aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f')]",
    "[file:hashes.'SHA-256' LIKE 'aec0%']",
    "[file:hashes.'SHA-256' > 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
    "[file:hashes.'SHA-256' = 1]",
    "[file:hashes.'SHA-256' = h'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
    "[file:hashes.MD5 = true]",
    "[EXISTS file:hashes.MD5]",
    "[file:hashes[*] = 'a']",
    "[file:hashes[0] = 'a']",
    "[EXISTS file:hashes[0]]",
    "[file:hashes = 'a']",
    "[file:hashes.'TLSH' = 'a']",
    "[file:hashes.SSDEEP = '3:AXGBicFlgVNhBGcL6wCrFQEv:AXGHsNhxLsr2C']",
    "[file:hashes.SSDEEP = '3:AXGB icF']",
    "[file:hashes.MD6 = 'cead3f77f6cda6ec00f57d76c9a6879f-and-then-anything']",
    "[file:hashes.MD6 = 'cead3f77']",
    "[file:hashes.MD6 = '\n    aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
    "[file:hashes.'SHA3-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
    "[file:hashes.'RIPEMD-160' = '74f25c8e1b56c2a2bdb0b8b4e4c5d1a1e2f3a4b5']",
    "[file:hashes.WHIRLPOOL = 'a']",
    "[file:'hashes'.MD5 = 'a']",
    "[file:a.hashes.b.MD5 = 'a']",
    "[file:extensions.'x'.hashes.'SHA-1' = 'a']",
    "[hashes:MD5 = 'a']",
    "[file:hashes.'MD5'.x = 'a']",
    "[file:hashes.'\\'MD5\\'' = 'a']",
    "[file:Hashes.MD5 = 'a']",
    # qualifiers
    "[x:a = 1] WITHIN 5 SECONDS",
    "[x:a = 1] WITHIN 5.5 SECONDS",
    "[x:a = 1] WITHIN .5 SECONDS",
    "[x:a = 1] WITHIN +5 SECONDS",
    "[x:a = 1] WITHIN 0 SECONDS",
    "[x:a = 1] WITHIN -5 SECONDS",
    "[x:a = 1] WITHIN 5 SECOND",
    "[x:a = 1] WITHIN 5",
    "[x:a = 1] within 5 seconds",
    "[x:a = 1] REPEATS 5 TIMES",
    "[x:a = 1] REPEATS 0 TIMES",
    "[x:a = 1] REPEATS 1.5 TIMES",
    "[x:a = 1] REPEATS -1 TIMES",
    "[x:a = 1] REPEATS +3 TIMES",
    "[x:a = 1] START t'2020-01-01T00:00:00Z' STOP t'2019-01-01T00:00:00Z'",
    "[x:a = 1] START '2020-01-01T00:00:00Z' STOP '2021-01-01T00:00:00Z'",
    "[x:a = 1] START t'2020-01-01T00:00:00Z'",
    "[x:a = 1] STOP t'2020-01-01T00:00:00Z'",
    "[x:a = 1] WITHIN 1 SECONDS WITHIN 2 SECONDS",
    "[x:a = 1] REPEATS 1 TIMES REPEATS 2 TIMES",
    "[x:a = 1] WITHIN 1 SECONDS REPEATS 2 TIMES WITHIN 3 SECONDS",
    "[x:a = 1] START t'2020-01-01T00:00:00Z' STOP t'2021-01-01T00:00:00Z' "
    "START t'2020-01-01T00:00:00Z' STOP t'2021-01-01T00:00:00Z'",
    "([x:a = 1]) WITHIN 1 SECONDS WITHIN 2 SECONDS",
    "([x:a = 1] WITHIN 1 SECONDS) WITHIN 2 SECONDS",
    "[x:a = 1] WITHIN 1 SECONDS AND [x:b = 1] WITHIN 1 SECONDS",
    "[x:a = 1] AND [x:b = 1] WITHIN 1 SECONDS WITHIN 2 SECONDS",
    "[x:a = 1] WITHIN 1 SECONDS AND ([x:b = 1]) WITHIN 1 SECONDS WITHIN 2 SECONDS",
    "[x:a = 1 WITHIN 1 SECONDS]",
    "WITHIN 1 SECONDS [x:a = 1]",
    # structure and brackets
    "[x:a = 1] AND [x:b = 2] OR [x:c = 3] FOLLOWEDBY [x:d = 4]",
    "([x:a = 1] OR [x:b = 2]) AND ([x:c = 3] FOLLOWEDBY [x:d = 4])",
    "(([x:a = 1]))",
    "[((x:a = 1))]",
    "[(x:a = 1) AND (x:b = 2 OR (x:c = 3))]",
    "([x:a = 1]",
    "[x:a = 1])",
    "[x:a = 1]]",
    "[[x:a = 1]]",
    "[x:a = 1",
    "x:a = 1]",
    "x:a = 1",
    "[x:a = 1] [x:b = 1]",
    "[x:a = 1] AND",
    "AND [x:a = 1]",
    "[x:a = 1] AND AND [x:b = 1]",
    "[x:a = 1] followedby [x:b = 1]",
    "[x:a = 1] FOLLOWED BY [x:b = 1]",
    "[]",
    "[ ]",
    "()",
    "([])",
    "",
    " ",
    "(",
    "[",
    "(((",
    "( [x:a = 1])",
    "( ( [x:a = 1] ) )",
    "(\t[x:a = 1])",
    # whitespace, comments and odd characters
    " [x:a = 1]",
    "\n[x:a = 1]\n",
    "\t[x:a\t=\t1]\r\n",
    "\u00a0[x:a = 1]",
    "\u3000[x:a\u2003=\u20281]\u2029",
    "\x85[x:a = 1]",
    "\x0b[x:a = 1]\x0c",
    "\x1c[x:a = 1]",
    "[x:a = 1]\x1c",
    "\u200b[x:a = 1]",
    "[x:a = 1]\u200b",
    "\u180e[x:a = 1]",
    "[x:a = 1]\x00",
    "\x00[x:a = 1]",
    "[x:a = 1] /* comment */",
    "[x:a /* inside */ = 1]",
    "[x:a = 1] /* unterminated",
    "[x:a = 1] /* a */ */",
    "[x:a = 1] /*/",
    "[x:a = 1] /**/",
    "[x:a = 1] /* multi\nline */",
    "[x:a = 1] // line comment",
    "[x:a = 1 // comment\n]",
    "[x:a = 1 // comment]",
    "[x:a = 1] //",
    "/* lead */ [x:a = 1]",
    "// lead\n[x:a = 1]",
    "[x:a = '/* not a comment */']",
    "[x:a = 1] #",
    "[x:a = 1];",
    "[x:a = 1] ^",
    "[x:a = 1] +",
    "[x:a = 1] -",
    "[x:a = 1] '",
    "[x:a = 1] \\",
    "[x:a = 1] !",
    "[x:a = 'é日本\U0001f600']",
    "[x:a = '\ud800']",
    "[x:a = 1]\U0001f600",
    "[x:a = 1] LAST",
    "[x:a = 1] AND[x:b = 1]",
    "[x:a = 1]AND [x:b = 1]",
    "[x:a = 1]AND[x:b = 1]",
    "[x:a=1AND x:b=2]",
    "[x:a='a'AND x:b=2]",
    "[x:a = 1]WITHIN 5SECONDS",
    "[x:a = 1] WITHIN 5SECONDS",
    "[x:a = 1] WITHIN5 SECONDS",
    "[x:a IN('a')]",
    "[x:a NOTIN ('a')]",
    "[NOTEXISTS x:a]",
    "[EXISTSx:a]",
]


# --------------------------------------------------------------------------------------------------------------------
# Generation from the grammar. Leaves that would take many hypothesis draws (timestamps, hash digits) take one: a
# seed for a local, deterministic Random; identifiers come from a fixed pool, keyword look-alikes included.

OBJECT_TYPES = [
    "ipv4-addr",
    "ipv6-addr",
    "domain-name",
    "url",
    "file",
    "email-addr",
    "network-traffic",
    "process",
    "x509-certificate",
    "windows-registry-key",
    "user-account",
    "artifact",
    "x-acme-widget",
    "x_custom",
    "t",
    "b-",
    "a--b",
]
PROPERTIES = ["value", "name", "size", "hashes", "extensions", "dst_port", "src_ref", "protocols", "pid", "key"]
IDENTIFIERS = [
    *PROPERTIES,
    *(
        "".join(random.Random(n).choices("abcxyzABCXYZ_", k=1) + random.Random(-n).choices("abcXYZ019_", k=n % 6))
        for n in range(60)
    ),
    "t",
    "h",
    "b",
    "T",
    "_",
    "x1",
    "LAST",
    "true",
    "False",
    "within",
    "ANDx",
    "ORDER",
]
HASH_SELECTORS = [
    "MD5",
    "'MD5'",
    "md5",
    "'SHA-1'",
    "SHA1",
    "'SHA-256'",
    "SHA256",
    "'sha-256'",
    "'SHA-512'",
    "'SHA3-256'",
    "'SHA-224'",
    "'SHA-384'",
    "'SHA3-512'",
    "'RIPEMD-160'",
    "SSDEEP",
    "MD6",
    "WHIRLPOOL",
    "TLSH",
    "'x-custom'",
]
KEYWORDS = (
    "AND OR NOT FOLLOWEDBY LIKE MATCHES ISSUPERSET ISSUBSET EXISTS LAST IN START STOP SECONDS WITHIN REPEATS TIMES"
)
STRING_CHARS: list[str] = [*"abcXYZ09 .-_/:%?*'\\\"\t\n()[]", "é", "日", "\u2028", "\U0001f600"]
SEPARATORS = [" "] * 12 + ["  ", "\t", "\n", "\r\n ", " /* c */ ", "\u00a0", "\u3000", "\x0b", "\x85", ""]

identifiers = st.sampled_from(IDENTIFIERS)
raw_strings = st.text(alphabet=st.sampled_from(STRING_CHARS), max_size=8)
string_literals = raw_strings.map(lambda s: "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'")
int_literals = st.one_of(
    st.integers(0, 10**6).map(str),
    st.integers(-(10**6), -1).map(str),
    st.integers(0, 10**20).map(lambda n: f"+{n}"),
    st.sampled_from(["0", "-0", "+0", "00", "01", "-01"]),
)
positive_floats = st.sampled_from(["0.5", "1.25", "12.0", ".5", "007.000001", "3.14159", "+2.5", "+.5"])
float_literals = positive_floats | st.sampled_from(["-0.5", "-1.25", "-.5", "-007.5"])
hex_literals = st.binary(max_size=6).map(lambda b: f"h'{b.hex()}'")
binary_literals = st.binary(max_size=8).map(lambda b: f"b'{base64.b64encode(b).decode()}'")
bool_literals = st.sampled_from(["true", "false"])


def _field(rng: random.Random, good: range, bad: list[int]) -> int:
    return rng.choice(bad) if rng.random() < 0.015 else rng.choice(good)


def _timestamp(seed: int) -> str:
    """A t'...' literal; now and then a field is just out of range."""
    rng = random.Random(seed)
    month = _field(rng, range(1, 13), [0, 13])
    day = _field(rng, range(1, 32), [0, 32])
    hour = _field(rng, range(24), [24])
    minute = _field(rng, range(60), [60])
    second = _field(rng, range(61), [61, 99])
    fraction = rng.choice(["", "", ".0", ".123", ".123456789"])
    return f"t'{rng.randrange(10000):04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}{fraction}Z'"


timestamps = st.integers(0, 2**32).map(_timestamp)
orderable_literals = st.one_of(string_literals, int_literals, float_literals, hex_literals, binary_literals, timestamps)
primitive_literals = st.one_of(orderable_literals, bool_literals)
set_literals = st.lists(primitive_literals, max_size=3).map(lambda items: "(" + ", ".join(items) + ")")
path_steps = st.one_of(
    identifiers.map(lambda p: f".{p}"),
    string_literals.map(lambda p: f".{p}"),
    st.just("[*]"),
    st.integers(0, 12).map(lambda n: f"[{n}]"),
    st.sampled_from(["[+2]", ".hashes", ".'hashes'", "[*]", "[0]", ".value", ".name", ".x_y", "[1]", "[-1]"]),
)


SEEDS = st.integers(0, 2**32)
GLUES = st.sampled_from(["", "", "", "", "", " "])
OBJECT_TYPE_NAMES = st.sampled_from(OBJECT_TYPES) | identifiers
FIRST_COMPONENTS = identifiers | string_literals
STEP_LISTS = st.lists(path_steps, max_size=2)


@st.composite
def object_paths(draw: st.DrawFn) -> str:
    object_type = draw(OBJECT_TYPE_NAMES)
    first = draw(FIRST_COMPONENTS)
    steps = draw(STEP_LISTS)
    return draw(GLUES).join([object_type, ":", first, *steps])


HASH_LENGTHS = {"MD5": 32, "SHA1": 40, "SHA256": 64, "SHA512": 128, "SHA3256": 64, "SHA224": 56, "SHA384": 96}
HASH_LENGTHS |= {"SHA3512": 128, "RIPEMD160": 40, "SSDEEP": 20, "MD6": 32, "WHIRLPOOL": 128}
HASH_OBJECT_TYPES = st.sampled_from(["file", "artifact", "x509-certificate", "x-thing"])
HASH_PREFIXES = st.sampled_from(["hashes", "hashes", "'hashes'", "extensions.'x-ext'.hashes"])
HASH_SELECTOR_NAMES = st.sampled_from(HASH_SELECTORS)
HASH_OPERATORS = st.sampled_from(["=", "=", "=", "!=", "IN", "LIKE", ">", "NOT ="])


def _hash_value(selector: str, seed: int) -> str:
    """Hex digits, mostly as many as the algorithm wants."""
    rng = random.Random(seed)
    length = HASH_LENGTHS.get(selector.strip("'").upper().replace("-", ""), 40)
    if rng.random() < 0.3:
        length = rng.choice([32, 40, 56, 64, 96, 128, length - 1, length + 1, 0, 7])
    return "".join(rng.choices("0123456789abcdef" if rng.random() < 0.9 else "0123456789ABCDEFg", k=length))


@st.composite
def hash_comparisons(draw: st.DrawFn) -> list[str]:
    """A comparison on a hashes path."""
    object_type = draw(HASH_OBJECT_TYPES)
    prefix = draw(HASH_PREFIXES)
    selector = draw(HASH_SELECTOR_NAMES)
    digits = _hash_value(selector, draw(SEEDS))
    value = f"'{digits}'"
    op = draw(HASH_OPERATORS)
    if op == "IN":
        value = f"({value}, '{digits[:32]}')"
    return [f"{object_type}:{prefix}.{selector}", op, value]


COMPARISON_KINDS = st.integers(0, 9)
NEGATIONS = st.sampled_from([[], [], [], ["NOT"]])
EXISTS_NEGATIONS = st.sampled_from([[], ["NOT"]])
OPERATORS = st.sampled_from(
    ["=", "!=", "==", "<>", ">", "<", ">=", "<=", "IN", "LIKE", "MATCHES", "ISSUBSET", "ISSUPERSET"]
)
HASH_COMPARISONS = hash_comparisons()
OBJECT_PATHS = object_paths()


@st.composite
def comparisons(draw: st.DrawFn) -> list[str]:
    kind = draw(COMPARISON_KINDS)
    if kind == 8:
        return draw(HASH_COMPARISONS)
    path = draw(OBJECT_PATHS)
    if kind == 9:
        return [*draw(EXISTS_NEGATIONS), "EXISTS", path]
    negation = draw(NEGATIONS)
    op = draw(OPERATORS)
    if op in ("=", "!=", "==", "<>"):
        value = draw(primitive_literals)
    elif op in (">", "<", ">=", "<="):
        value = draw(orderable_literals)
    elif op == "IN":
        value = draw(set_literals)
    else:
        value = draw(string_literals)
    return [path, *negation, op, value]


# Strategies are built once, at import: hypothesis validates each new strategy object, which costs more than drawing.
COUNTS = st.sampled_from([1, 1, 1, 1, 2, 2, 3])
LEAF_FIRST = st.integers(0, 3)
BOOLEANS = st.booleans()
COMPARISON_OPERATORS = st.sampled_from(["AND", "OR"])
OBSERVATION_OPERATORS = st.sampled_from(["AND", "OR", "FOLLOWEDBY"])
COMPARISONS = comparisons()
COMPARISON_EXPRESSIONS: list[st.SearchStrategy[list[str]]] = []
OBSERVATION_EXPRESSIONS: list[st.SearchStrategy[list[str]]] = []


@st.composite
def comparison_expressions(draw: st.DrawFn, depth: int) -> list[str]:
    """Comparisons joined by AND and OR, some parenthesised."""
    count = 1 if depth == 0 else draw(COUNTS)
    if count == 1 and (depth == 0 or draw(LEAF_FIRST)):
        return draw(COMPARISONS)
    tokens = draw(COMPARISON_EXPRESSIONS[depth - 1])
    for _ in range(count - 1):
        tokens += [draw(COMPARISON_OPERATORS), *draw(COMPARISON_EXPRESSIONS[depth - 1])]
    return ["(", *tokens, ")"] if count == 1 or draw(BOOLEANS) else tokens


QUALIFIER_KINDS = st.integers(0, 2)
QUALIFIER_COUNTS = st.sampled_from([0, 0, 0, 0, 1, 1, 2])
SECONDS = st.integers(0, 3600).map(str) | positive_floats | st.just("+5")
REPETITIONS = st.integers(0, 100).map(str) | st.just("+2")


@st.composite
def qualifiers(draw: st.DrawFn) -> list[str]:
    kind = draw(QUALIFIER_KINDS)
    if kind == 0:
        return ["WITHIN", draw(SECONDS), "SECONDS"]
    if kind == 1:
        return ["REPEATS", draw(REPETITIONS), "TIMES"]
    return ["START", draw(timestamps), "STOP", draw(timestamps)]


QUALIFIERS = qualifiers()


@st.composite
def observation_expressions(draw: st.DrawFn, depth: int) -> list[str]:
    """Bracketed comparison expressions joined by AND, OR and FOLLOWEDBY, some parenthesised, with qualifiers."""
    count = 1 if depth == 0 else draw(COUNTS)
    if count == 1 and (depth == 0 or draw(LEAF_FIRST)):
        tokens = ["[", *draw(COMPARISON_EXPRESSIONS[2]), "]"]
    else:
        tokens = draw(OBSERVATION_EXPRESSIONS[depth - 1])
        for _ in range(count - 1):
            tokens += [draw(OBSERVATION_OPERATORS), *draw(OBSERVATION_EXPRESSIONS[depth - 1])]
        if count == 1 or draw(BOOLEANS):
            tokens = ["(", *tokens, ")"]
    for _ in range(draw(QUALIFIER_COUNTS)):
        tokens += draw(QUALIFIERS)
    return tokens


COMPARISON_EXPRESSIONS += [comparison_expressions(depth) for depth in range(3)]
OBSERVATION_EXPRESSIONS += [observation_expressions(depth) for depth in range(3)]
SEPARATOR_CHOICES = st.sampled_from(SEPARATORS)
LEADS = st.sampled_from(["", "", "", " ", "\n", "\u2003"])
TRAILS = st.sampled_from(["", "", "", " ", "\n", " // end", " /* end */"])


@st.composite
def patterns(draw: st.DrawFn) -> str:
    tokens = draw(OBSERVATION_EXPRESSIONS[2])
    return draw(LEADS) + draw(SEPARATOR_CHOICES).join(tokens) + draw(TRAILS)


# --------------------------------------------------------------------------------------------------------------------
# Mutations.

NOISE: list[str] = [*"[]()'\"\\:.,=<>!*+-/^#_ aZ09tTbhe\n\t\x00\x1c", "\u00a0", "\u200b", "é", "\U0001f600"]
STRAY_TOKENS = [
    " AND ",
    " OR ",
    " NOT ",
    " FOLLOWEDBY ",
    " LAST ",
    " EXISTS ",
    " IN ",
    " LIKE ",
    "[*]",
    "[0]",
    "[-1]",
    ".x",
    ":",
    "'",
    "\\",
    " == ",
    " <> ",
    " WITHIN 5 SECONDS",
    " REPEATS 2 TIMES",
    " START t'2020-01-01T00:00:00Z' STOP t'2020-01-02T00:00:00Z'",
    " t'2020-01-01T00:00:00Z'",
    " h'00'",
    " b'AAAA'",
    " true",
    " 1",
    " -1",
    " .5",
    " /* c */",
    " // c\n",
    "(",
    ")",
    "[",
    "]",
]
KEYWORD_RE = rf"\b(?:{KEYWORDS.replace(' ', '|')}|true|false)\b"


def _spot(rng: random.Random, s: str) -> int:
    return rng.randrange(len(s) + 1)


def _sub_at(rng: random.Random, s: str, rx: str, change: Callable[[str], str]) -> str:
    """Replace one match of rx, chosen at random, by change(match)."""
    found = list(re.finditer(rx, s))
    if not found:
        return s
    m = rng.choice(found)
    return s[: m.start()] + change(m.group()) + s[m.end() :]


def insert_char(rng: random.Random, s: str) -> str:
    i = _spot(rng, s)
    return s[:i] + rng.choice(NOISE) + s[i:]


def delete_chars(rng: random.Random, s: str) -> str:
    i = _spot(rng, s)
    return s[:i] + s[i + rng.choice([1, 1, 1, 2, 5]) :]


def replace_char(rng: random.Random, s: str) -> str:
    i = _spot(rng, s)
    return s[:i] + rng.choice(NOISE) + s[i + 1 :]


def truncate(rng: random.Random, s: str) -> str:
    return s[: _spot(rng, s)]


def duplicate_slice(rng: random.Random, s: str) -> str:
    i, j = sorted((_spot(rng, s), _spot(rng, s)))
    return s[:j] + s[i:j] + s[j:]


def swap_adjacent(rng: random.Random, s: str) -> str:
    i = _spot(rng, s)
    return s[:i] + s[i + 1 : i + 2] + s[i : i + 1] + s[i + 2 :]


def recase_keyword(rng: random.Random, s: str) -> str:
    return _sub_at(rng, s, KEYWORD_RE, str.lower if rng.random() < 0.7 else str.title)


def drop_bracket(rng: random.Random, s: str) -> str:
    return _sub_at(rng, s, r"[\[\]()]", lambda _: "")


def break_quote(rng: random.Random, s: str) -> str:
    return _sub_at(rng, s, "'", lambda _: rng.choice(['"', "", "''", "\\'"]))


def break_timestamp(rng: random.Random, s: str) -> str:
    def change(t: str) -> str:
        i = rng.randrange(2, len(t) - 1)
        return t[:i] + rng.choice("09:-TZ.x ") + t[i + 1 :]

    return _sub_at(rng, s, r"t'[^']+'", change)


def break_hex(rng: random.Random, s: str) -> str:
    return _sub_at(rng, s, r"[0-9a-fA-F]{8,}", lambda h: h[:-1] if rng.random() < 0.5 else h + "g")


def stray_token(rng: random.Random, s: str) -> str:
    return _sub_at(rng, s, " ", lambda _: rng.choice(STRAY_TOKENS))


def odd_whitespace(rng: random.Random, s: str) -> str:
    return _sub_at(rng, s, r"\s+", lambda _: rng.choice(["", "\x1c", "\u200b", "/**/", "\u2029", "\x85"]))


def wrap(rng: random.Random, s: str) -> str:
    return rng.choice(["(", " (", "(\n", "", "[", "/* */", "\x1c"]) + s + rng.choice([")", "]", "", " )", "\n"])


def renumber(rng: random.Random, s: str) -> str:
    return _sub_at(rng, s, r"\b\d+\b", lambda n: rng.choice(["0" + n, "-" + n, "+" + n, n + ".", n + ".0"]))


def break_escape(rng: random.Random, s: str) -> str:
    return _sub_at(rng, s, r"\\", lambda _: rng.choice(["", "\\\\", "\\n"]))


def index_hash(rng: random.Random, s: str) -> str:
    return _sub_at(rng, s, r"hashes\.\S+", lambda _: rng.choice(["hashes[0]", "hashes[*]", "hashes"]))


MUTATIONS: list[Callable[[random.Random, str], str]] = [
    insert_char,
    insert_char,
    delete_chars,
    delete_chars,
    replace_char,
    replace_char,
    truncate,
    duplicate_slice,
    swap_adjacent,
    recase_keyword,
    drop_bracket,
    break_quote,
    break_timestamp,
    break_hex,
    stray_token,
    stray_token,
    odd_whitespace,
    wrap,
    renumber,
    break_escape,
    index_hash,
]


def mutate(rng: random.Random, pattern: str) -> str:
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        pattern = rng.choice(MUTATIONS)(rng, pattern)
    return pattern


# --------------------------------------------------------------------------------------------------------------------
# The differential tests.

generated: Counter[str] = Counter()


@settings(
    max_examples=1600,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(patterns(), st.randoms(use_true_random=False))
def test_generated_and_mutated_patterns_agree_with_reference(pattern: str, rng: random.Random) -> None:
    """One generated pattern and five mutants of it per example: 9,600 inputs."""
    inputs = [pattern, *(mutate(rng, pattern) for _ in range(5))]
    for p in inputs:
        assert_agrees(p)
        generated["valid" if check_pattern(p) is None else "invalid"] += 1
    if check_pattern(pattern) is None:
        assert_properties_agree(pattern)


def test_generated_corpus_is_large_and_mixed() -> None:
    """Runs after the hypothesis test (file order): the corpus holds thousands of both verdicts."""
    if not generated:
        pytest.skip("run with the generated corpus test")
    assert generated["valid"] >= 1_500, generated
    assert generated["invalid"] >= 5_000, generated


@pytest.mark.parametrize("pattern", EDGE_CASES)
def test_edge_cases_agree_with_reference(pattern: str) -> None:
    assert_agrees(pattern)
    if check_pattern(pattern) is None:
        assert_properties_agree(pattern)


def library_test_patterns() -> list[str]:
    """Every pattern in stix2-patterns' own tests (2.0 and 2.1), checked here as 2.1."""
    found: list[str] = []
    for module in (lib_tests_20, lib_tests_21):
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, list):
                found += [item[0] if isinstance(item, tuple) else item for item in value]
    return [p for p in found if isinstance(p, str)]


def test_library_test_patterns_agree_with_reference() -> None:
    library = library_test_patterns()
    assert len(library) > 80
    for pattern in library:
        assert_agrees(pattern)


def test_ics_bundle_patterns_agree_with_reference() -> None:
    objects: list[dict[str, Any]] = json.loads(ICS_BUNDLE.read_text())["objects"]
    found = [o["pattern"] for o in objects if o.get("type") == "indicator" and isinstance(o.get("pattern"), str)]
    for pattern in found:
        assert_agrees(pattern)


def test_feed_like_patterns_agree_with_reference() -> None:
    """A few hundred realistic indicator patterns, all valid."""
    rng = random.Random(7)
    for i in range(300):
        pattern = (
            f"[ipv4-addr:value = '{rng.randrange(1, 224)}.{rng.randrange(256)}.{rng.randrange(256)}.{i % 256}']"
            if i % 3 == 0
            else f"[file:hashes.'SHA-256' = '{rng.getrandbits(256):064x}']"
            if i % 3 == 1
            else f"[domain-name:value = 'h{i}.example.org'] OR [url:value = 'https://h{i}.example.org/x?y=1']"
        )
        assert check_pattern(pattern) is None
        assert reference_valid(pattern)


def test_hash_table_is_the_references() -> None:
    from accord.intel.patterns import _HASHES

    assert {name: rx.pattern for name, rx in _HASHES.items()} == {
        name: rx for name, (rx, _label) in object_validator.HASHES_REGEX.items()
    }


def test_whitespace_is_what_brackets_check_and_the_lexer_say() -> None:
    """Latin-1, every code point Python calls whitespace, and a few look-alikes: before the first '[' (where
    brackets_check uses str.isspace) and between tokens (where the lexer has its own list) both agree."""
    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    for c in [*map(chr, range(0x100)), *spaces, "\u180e", "\u200b", "\u2060", "\ufeff", "\U0001f600"]:
        if c in "[(":
            continue
        for pattern in (f"{c}[x:a = 1]", f"[x:a ={c}1]"):
            assert_agrees(pattern)


# --------------------------------------------------------------------------------------------------------------------
# Limits.


def _and_chain(depth: int) -> str:
    """A valid pattern whose parse tree is ``depth`` levels deep (10 + one level per AND)."""
    return "[" + " AND ".join(["x:a = 1"] * (depth - 10)) + "]"


def _in_fresh_thread(function: Callable[[], Any]) -> Any:
    """Run the reference on a fresh (shallow) stack, as a top-level call would."""
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(function()))
    thread.start()
    thread.join()
    return result[0]


def test_depth_limit_band() -> None:
    """The one deliberate difference: the reference's verdict on very deep patterns depends on the caller's stack.

    It walks its parse tree recursively and overflows Python's stack (RecursionError) at some 990 levels from a
    shallow stack, fewer from a deeper one: about 980 chained ANDs or ORs, a path of 980 steps, 240 nested
    parentheses. check_pattern refuses a tree deeper than MAX_DEPTH (900) always. So on, for instance,
    ``_and_chain(950)`` (940 comparisons joined by AND) the reference says valid when called from a shallow stack
    and check_pattern says too deep.
    """
    assert MAX_DEPTH == 900
    assert check_pattern(_and_chain(MAX_DEPTH)) is None
    assert _in_fresh_thread(lambda: reference_valid(_and_chain(MAX_DEPTH)))
    reason = check_pattern(_and_chain(MAX_DEPTH + 1))
    assert reason == f"the pattern nests too deeply ({MAX_DEPTH + 1} levels, more than {MAX_DEPTH})"
    # The band where the two differ:
    assert _in_fresh_thread(lambda: reference_valid(_and_chain(950)))
    assert check_pattern(_and_chain(950)) is not None
    # Beyond it both refuse.
    assert not _in_fresh_thread(lambda: reference_valid(_and_chain(1100)))
    assert check_pattern(_and_chain(1100)) is not None


@pytest.mark.parametrize(
    "pattern",
    [
        "(" * 300 + "[x:a = 1]" + ")" * 300,
        "[" + "(" * 400 + "x:a = 1" + ")" * 400 + "]",
        "[x:a" + ".b" * 2000 + " = 1]",
        " OR ".join(["[x:a = 1]"] * 3000),
        "(" * 100_000,
        "[" + "(" * 100_000,
        "([x:a = 1])" + " WITHIN 1 SECONDS" * 1000,
    ],
)
def test_very_deep_patterns_are_refused_without_crashing(pattern: str) -> None:
    reason = check_pattern(pattern)
    assert reason is not None
    assert len(reason.splitlines()) == 1
    assert not reference_valid(pattern)


def test_long_flat_patterns_are_fine() -> None:
    """Width is not depth: a long list of values in one set literal, or long literals, are accepted."""
    values = ", ".join(f"'198.51.100.{i % 256}'" for i in range(20_000))
    assert check_pattern(f"[ipv4-addr:value IN ({values})]") is None
    assert check_pattern(f"[x:a = '{'a' * 1_000_000}']") is None
    assert check_pattern(f"[x:a = h'{'ab' * 100_000}']") is None


# --------------------------------------------------------------------------------------------------------------------
# Reasons.

REASONS = {
    "": "a pattern must start with '[', after any '(' and whitespace",
    "/* c */ [x:a = 1]": "a pattern must start with '[', after any '(' and whitespace",
    "[x:a = 1": "expected AND, OR or ']' at offset 8, found the end of the pattern",
    "[x:a = 1]]": "expected AND, OR, FOLLOWEDBY, a qualifier or the end of the pattern at offset 9, found ']'",
    "[x:a > true]": "expected a literal other than a boolean at offset 7, found 'true'",
    "[x:a = 'abc]": "expected a literal at offset 7, found a quote that does not start a string "
    "(unterminated, or an escape other than \\' and \\\\)",
    "[x:a[-1] = 1]": "negative list index -1 at offset 5",
    "[file:hashes[0] = 'a']": "list index [0] where a hash algorithm name is expected",
    "[file:hashes.'SHA-256' = 'abc']": "'abc' is not a valid 'SHA-256' hash",
    "[x:a = 1] WITHIN 1 SECONDS WITHIN 2 SECONDS": "second WITHIN qualifier on one observation expression at offset 27",
    "[x:a = 1] within 5 seconds": "expected AND, OR, FOLLOWEDBY, a qualifier or the end of the pattern at offset 10, "
    "found 'within'",
    "[x-y:a-b = 1]": "expected a property name (an identifier without '-' or a string) at offset 5, found 'a-b'",
    "[x:a = t'2020-13-01T00:00:00Z']": "expected a literal at offset 7, found 't'",
}


@pytest.mark.parametrize(("pattern", "reason"), REASONS.items())
def test_reasons(pattern: str, reason: str) -> None:
    assert check_pattern(pattern) == reason


def test_reasons_are_one_short_line() -> None:
    """Every refusal in the edge cases and in a sample of mutants is one printable line of bounded length."""
    rng = random.Random(3)
    samples = [*EDGE_CASES]
    for _ in range(2000):
        samples.append(mutate(rng, rng.choice(EDGE_CASES)))
    samples += ["[x:a = '" + "\n" * 500 + "']]", "[x:a = 1] " + "\u2028" * 100, "[" + "x" * 10_000]
    refused = 0
    for pattern in samples:
        reason = check_pattern(pattern)
        if reason is None:
            continue
        refused += 1
        assert isinstance(reason, str) and reason
        assert reason.isprintable(), reason
        assert len(reason.splitlines()) == 1
        assert len(reason) <= 200, reason
    assert refused > 1000


def test_compared_properties() -> None:
    assert compared_properties("[file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a6879f' AND EXISTS file:name]") == [
        ("file", "hashes")
    ]
    assert compared_properties("[x:'a\\'b'.c = 1] OR [y-z:d[*] IN ()]") == [("x", "a'b"), ("y-z", "d")]
    with pytest.raises(ValueError, match="expected"):
        compared_properties("[x:a]")
