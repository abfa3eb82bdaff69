"""A fast checker of STIX 2.1 patterns that accepts exactly what ``stix2-patterns`` accepts.

``check_pattern(pattern)`` returns None when the pattern is valid STIX 2.1 and a one-line reason otherwise.
*Valid* means what the OASIS reference says: ``stix2patterns.validator.run_validator(pattern, stix_version="2.1")``
returns no error (an exception raised by the reference counts as a rejection).

Why this is hand-written instead of calling the reference: the hub must validate at least 10,000 STIX objects per
second on one core, and the reference, an ANTLR 4 parser running on the pure-Python ANTLR runtime, checks some
1,000 to 2,800 patterns per second. Real feeds carry mostly distinct patterns (one per address or file hash), so a
cache keyed by pattern text does not help. This module is a hand-written lexer (one precompiled regular expression)
and recursive-descent parser for the same grammar, an order of magnitude or two faster. Its guarantee is the
differential test ``tests/test_patterns.py``, which holds it to the reference on a large generated, mutated and
hand-picked corpus.

What the reference does, and so what this module does (read from the grammar's generated lexer and parser and from
``stix2patterns``' validator, inspector and object validator):

- Lexing is ANTLR's: longest match, ties going to the earlier rule. Keywords are upper case (``and`` is an
  identifier); ``true``/``false`` are booleans; whitespace is a fixed set of code points; ``/* */`` and ``//``
  comments are skipped. A character no rule wants (``"``, ``!``, ``#``, a lone ``-``, ``+``, ``/`` or quote, ...)
  becomes a token that no grammar rule accepts, so it always makes the pattern invalid.
- Literals: integers without leading zeros (``007`` is three tokens), floats ``[+-]?digits?.digits``,
  ``h'..'`` with whole bytes (``h''`` too), ``b'..'`` padded base64 with at least one group, strings in single
  quotes whose only escapes are ``\\'`` and ``\\\\``, ``t'YYYY-MM-DDTHH:MM:SS[.s]Z'`` with field ranges but no calendar
  (February 31st passes, second 60 too).
- Grammar: observation expressions joined by AND/OR/FOLLOWEDBY, parenthesised, each followed by any number of
  qualifiers (``WITHIN n SECONDS`` with n an int or float, ``REPEATS n TIMES``, ``START t'..' STOP t'..'``);
  comparison expressions joined by AND/OR, parenthesised; comparisons ``path [NOT] op literal`` where ``=``/``!=``
  (also ``==`` and ``<>``) take any literal, ``<``/``<=``/``>``/``>=`` any but a boolean, ``IN`` a parenthesised
  (possibly empty) list, LIKE/MATCHES/ISSUBSET/ISSUPERSET a string; ``[NOT] EXISTS path``. An object path is
  ``type:first`` (type: an identifier, hyphens allowed; first: an identifier without hyphen or a string) followed by
  ``.key`` steps (identifier without hyphen or string) and ``[n]``/``[*]`` steps. Object types are not checked.
- After parsing, the reference's semantic checks:

  - the text must begin with ``[`` once any leading ``(`` and whitespace (``str.isspace``) are skipped, so a
    leading comment is refused;
  - the same qualifier kind twice directly on one bracketed observation (``[..] WITHIN 1 SECONDS WITHIN 2
    SECONDS``) is refused, but not on a parenthesised one;
  - a comparison (not EXISTS) whose path has a component ``hashes`` checks its value against the reference's
    hash regexes when the last component, upper-cased without ``-``, names a known algorithm (its own
    regexes, quirks included: the MD6 one is not anchored at the end);
  - the reference crashes (so refuses) on a negative list index anywhere in a path and on a list index as the
    last step of a ``hashes`` path; both are refused here with a reason.

- The reference also crashes with RecursionError when its parse tree is about 1,000 levels deep (some 980
  chained ANDs, a path of 980 steps, or 240 nested parentheses); where exactly depends on the caller's stack.
  That limit cannot be matched exactly, so this module refuses, deterministically, a pattern whose parse tree (as
  the reference's would be) is deeper than ``MAX_DEPTH``; the test documents the band where the two may differ.
"""

from __future__ import annotations

import re
from typing import Final, NoReturn

__all__ = ["MAX_DEPTH", "check_pattern", "compared_properties"]

MAX_DEPTH: Final = 900
"""Deepest parse tree accepted; the reference overflows Python's stack at about 990 levels."""

# One match per token and the whitespace and comments after it (those before the first token are skipped first).
# Each alternative ends with an empty group whose name is the token's kind, and begins with a literal character or
# a character class so that the regex engine can skip it on the first character (a group in front would defeat
# that, and make lexing three times slower). The alternatives are ordered so that Python's first match is ANTLR's
# longest match, ties going to the earlier lexer rule. A keyword (and true, false) is a word no identifier
# character follows. ``bad`` is a character no lexer rule wants, or a lone quote, ``-``, ``+``, ``/``, ``!``, ``^``:
# no grammar rule accepts such a token (nor LAST), so it always ends in a syntax error.
_SKIP: Final = r"(?:[\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|/\*.*?\*/|//[^\r\n]*)*+"
_B64: Final = "[+/-9A-Za-z]"  # + / 0-9 A-Z a-z
_WORD_END: Final = "(?![A-Za-z0-9_-])"
_KEYWORDS: Final = (
    "AND OR NOT FOLLOWEDBY LIKE MATCHES ISSUPERSET ISSUBSET EXISTS LAST IN START STOP SECONDS WITHIN REPEATS TIMES"
)
_TOKEN_RE: Final = re.compile(
    "(?:"
    + "|".join(
        [
            r"\[(?P<LBRACK>)",
            r"\](?P<RBRACK>)",
            r":(?P<COLON>)",
            r"==?(?P<EQ>)",
            r"'(?:[^'\\]++|\\['\\])*+'(?P<str>)",
            r"t'[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
            r"T(?:[01][0-9]|2[0-3]):[0-5][0-9]:(?:[0-5][0-9]|60)(?:\.[0-9]+)?Z'(?P<ts>)",
            r"h'(?:[0-9A-Fa-f]{2})*+'(?P<hex>)",
            rf"b'(?:{_B64}{{4}})*(?:{_B64}{{4}}|{_B64}{{3}}=|{_B64}{{2}}==)'(?P<bin>)",
            *(f"{k}{_WORD_END}(?P<{k}>)" for k in _KEYWORDS.split()),
            f"true{_WORD_END}(?P<true>)",
            f"false{_WORD_END}(?P<false>)",
            r"[A-Za-z_][A-Za-z0-9_]*+(?!-)(?P<id>)",  # IdentifierWithoutHyphen
            r"[A-Za-z_][A-Za-z0-9_-]*+(?P<idh>)",  # IdentifierWithHyphen
            r"\.[0-9]+(?P<dfloat>)",
            r"\.(?P<DOT>)",
            r"[0-9]+\.[0-9]+(?P<float>)",
            r"[1-9][0-9]*+(?P<int>)",
            r"0(?P<zero>)",
            r"-[0-9]*\.[0-9]+(?P<nfloat>)",
            r"-(?:0|[1-9][0-9]*+)(?P<nint>)",
            r"\+[0-9]*\.[0-9]+(?P<pfloat>)",
            r"\+(?:0|[1-9][0-9]*+)(?P<pint>)",
            r"!=(?P<NEQ>)",
            r"<>(?P<NEQ2>)",
            r"<=(?P<LE>)",
            r"<(?P<LT>)",
            r">=(?P<GE>)",
            r">(?P<GT>)",
            r",(?P<COMMA>)",
            r"\((?P<LPAREN>)",
            r"\)(?P<RPAREN>)",
            r"\*(?P<STAR>)",
            r"\Z(?P<EOF>)",
            r".(?P<bad>)",
        ]
    )
    + ")"
    + _SKIP,
    re.DOTALL,
)
_SKIP_RE: Final = re.compile(_SKIP, re.DOTALL)

_INT: Final = frozenset({"int", "zero", "pint"})  # IntPosLiteral
_POSITIVE: Final = _INT | {"float", "dfloat", "pfloat"}  # IntPosLiteral, FloatPosLiteral
_ORDERABLE: Final = _POSITIVE | {"nint", "nfloat", "str", "hex", "bin", "ts"}
_BOOL: Final = frozenset({"true", "false"})
_PRIMITIVE: Final = _ORDERABLE | _BOOL
_STRING: Final = frozenset({"str"})
_LPAREN: Final = frozenset({"LPAREN"})
_EQUALITY: Final = frozenset({"EQ", "NEQ", "NEQ2"})
_ORDER: Final = frozenset({"LT", "LE", "GT", "GE"})
_STRING_OPS: Final = frozenset({"LIKE", "MATCHES", "ISSUBSET", "ISSUPERSET"})
_OBS_OPS: Final = frozenset({"AND", "OR", "FOLLOWEDBY"})
_CMP_OPS: Final = frozenset({"AND", "OR"})

# stix2patterns.v21.object_validator.HASHES_REGEX, verbatim (the MD6 entry really holds a backslash, a newline and
# four spaces, and is anchored at neither end of most of its alternatives); checked with re.match, as there.
_HASHES: Final[dict[str, re.Pattern[str]]] = {
    name: re.compile(rx)
    for name, rx in {
        "MD5": r"^[a-fA-F0-9]{32}$",
        "MD6": "^[a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{56}|\\\n    "
        "[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128}$",
        "RIPEMD160": r"^[a-fA-F0-9]{40}$",
        "SHA1": r"^[a-fA-F0-9]{40}$",
        "SHA224": r"^[a-fA-F0-9]{56}$",
        "SHA256": r"^[a-fA-F0-9]{64}$",
        "SHA384": r"^[a-fA-F0-9]{96}$",
        "SHA512": r"^[a-fA-F0-9]{128}$",
        "SHA3224": r"^[a-fA-F0-9]{56}$",
        "SHA3256": r"^[a-fA-F0-9]{64}$",
        "SHA3384": r"^[a-fA-F0-9]{96}$",
        "SHA3512": r"^[a-fA-F0-9]{128}$",
        "SSDEEP": r"^[a-zA-Z0-9/+:.]{1,128}$",
        "WHIRLPOOL": r"^[a-fA-F0-9]{128}$",
    }.items()
}


class _Invalid(Exception):
    """Raised inside the parser with the one-line reason."""


def _show(text: str) -> str:
    """A token or value for a reason: quoted, escaped (never a raw line break), shortened."""
    return repr(text) if len(text) <= 48 else repr(text[:45]) + "..."


def _unquote(text: str) -> str:
    """A string literal's value, decoded as stix2patterns does (its replace order included)."""
    body = text[1:-1]
    return body.replace("\\'", "'").replace("\\\\", "\\") if "\\" in body else body


class _Parser:
    """Recursive descent over the tokens. Each parse method returns the depth of the subtree ANTLR would build.

    Depths mirror the reference's parse tree, so that the one limit it has (Python's stack, while walking that tree)
    can be stated: a rule context is one level, a token one. A left-associative chain ``a OP b OP c`` of one rule is
    a left-deep tree of that rule's contexts whose right operands each sit in one more context of the rule; the
    observation rules nest FOLLOWEDBY > OR > AND > observation, the comparison rules OR > AND > test.
    """

    __slots__ = ("collect", "i", "kinds", "matches")

    def __init__(self, matches: list[re.Match[str]], collect: list[tuple[str, str]] | None) -> None:
        self.matches = matches
        self.kinds: list[str | None] = [m.lastgroup for m in matches]
        self.i = 0
        self.collect = collect

    def text(self, i: int) -> str:
        m = self.matches[i]
        return m.string[m.start() : m.start(m.lastindex or 0)]

    def fail(self, expected: str) -> NoReturn:
        i = self.i
        m = self.matches[i]
        kind = self.kinds[i]
        text = self.text(i)
        if kind == "EOF":
            found = "the end of the pattern"
        elif kind == "bad" and text == "'":
            found = "a quote that does not start a string (unterminated, or an escape other than \\' and \\\\)"
        else:
            found = _show(text)
        raise _Invalid(f"expected {expected} at offset {m.start()}, found {found}")

    def expect(self, kind: str, expected: str) -> None:
        if self.kinds[self.i] != kind:
            self.fail(expected)
        self.i += 1

    def pattern(self) -> int:
        depth = 1 + self.observations()
        if self.kinds[self.i] != "EOF":
            self.fail("AND, OR, FOLLOWEDBY, a qualifier or the end of the pattern")
        return depth

    def observations(self) -> int:
        """observationExpressions: observations joined by AND, OR and FOLLOWEDBY."""
        depth = self.observation()
        kinds = self.kinds
        op = kinds[self.i]
        if op not in _OBS_OPS:
            return 3 + depth
        # Depths of the AND chain, OR chain and FOLLOWEDBY chain being built (0: none yet).
        d_and = 1 + depth
        d_or = d_fb = 0
        while op in _OBS_OPS:
            self.i += 1
            depth = self.observation()
            if op == "AND":
                d_and = 1 + max(d_and, 1 + depth)
            else:
                d_or = 1 + max(d_or, 1 + d_and) if d_or else 1 + d_and
                if op == "FOLLOWEDBY":
                    d_fb = 1 + max(d_fb, 1 + d_or) if d_fb else 1 + d_or
                    d_or = 0
                d_and = 1 + depth
            op = kinds[self.i]
        d_or = 1 + max(d_or, 1 + d_and) if d_or else 1 + d_and
        return 1 + max(d_fb, 1 + d_or) if d_fb else 1 + d_or

    def observation(self) -> int:
        """observationExpression: [comparisons] or (observations), then any qualifiers."""
        kinds = self.kinds
        kind = kinds[self.i]
        if kind == "LBRACK":
            self.i += 1
            depth = 1 + self.comparisons()
            self.expect("RBRACK", "AND, OR or ']'")
            seen: set[str] | None = set()
        elif kind == "LPAREN":
            self.i += 1
            depth = 1 + self.observations()
            self.expect("RPAREN", "AND, OR, FOLLOWEDBY, a qualifier or ')'")
            seen = None
        else:
            self.fail("'[' or '('")
        while True:
            kind = kinds[self.i]
            start = self.i
            if kind == "WITHIN":
                self.i += 1
                if kinds[self.i] not in _POSITIVE:
                    self.fail("a positive number of seconds")
                self.i += 1
                self.expect("SECONDS", "SECONDS")
            elif kind == "REPEATS":
                self.i += 1
                if kinds[self.i] not in _INT:
                    self.fail("a positive integer")
                self.i += 1
                self.expect("TIMES", "TIMES")
            elif kind == "START":
                self.i += 1
                self.expect("ts", "a timestamp t'...'")
                self.expect("STOP", "STOP")
                self.expect("ts", "a timestamp t'...'")
            else:
                return depth
            if seen is not None:
                # The reference refuses a qualifier kind twice on a bracketed observation, not on a parenthesised one.
                if kind in seen:
                    m = self.matches[start]
                    raise _Invalid(f"second {kind} qualifier on one observation expression at offset {m.start()}")
                seen.add(kind)
            depth = 1 + max(depth, 2)

    def comparisons(self) -> int:
        """comparisonExpression: tests joined by AND and OR."""
        depth = self.test()
        kinds = self.kinds
        op = kinds[self.i]
        if op not in _CMP_OPS:
            return 2 + depth
        d_and = 1 + depth
        d_or = 0
        while op in _CMP_OPS:
            self.i += 1
            depth = self.test()
            if op == "AND":
                d_and = 1 + max(d_and, 1 + depth)
            else:
                d_or = 1 + max(d_or, 1 + d_and) if d_or else 1 + d_and
                d_and = 1 + depth
            op = kinds[self.i]
        return 1 + max(d_or, 1 + d_and) if d_or else 1 + d_and

    def test(self) -> int:
        """propTest: (comparisons), [NOT] EXISTS path, or path [NOT] operator value."""
        kinds = self.kinds
        kind = kinds[self.i]
        if kind == "LPAREN":
            self.i += 1
            depth = 1 + self.comparisons()
            self.expect("RPAREN", "AND, OR or ')'")
            return depth
        if kind == "NOT" or kind == "EXISTS":
            if kind == "NOT":
                self.i += 1
            self.expect("EXISTS", "EXISTS")
            return 1 + self.path()[0]
        start = self.i
        path_depth, has_hashes, last = self.path()
        if kinds[self.i] == "NOT":
            self.i += 1
        op = kinds[self.i]
        if op in _EQUALITY:
            allowed, expected = _PRIMITIVE, "a literal"
        elif op in _ORDER:
            allowed, expected = _ORDERABLE, "a literal other than a boolean"
        elif op in _STRING_OPS:
            allowed, expected = _STRING, "a string"
        elif op == "IN":
            allowed, expected = _LPAREN, "'('"
        else:
            self.fail("a comparison operator")
        self.i += 1
        value_at = self.i
        kind = kinds[value_at]
        if kind not in allowed:
            self.fail(expected)
        if op == "IN":
            value_depth = self.set_literal()
        else:
            value_depth = 1 if op in _STRING_OPS else 2 if op in _ORDER or kind in _BOOL else 3
            self.i += 1
        if has_hashes:
            self.check_hash(last, value_at, op == "IN")
        if self.collect is not None:
            first = self.text(start + 2)
            self.collect.append((self.text(start), _unquote(first) if kinds[start + 2] == "str" else first))
        return 1 + max(path_depth, value_depth)

    def set_literal(self) -> int:
        """setLiteral: ( ) or ( literal, ... ); test() has seen the '('."""
        kinds = self.kinds
        self.i += 1
        if kinds[self.i] == "RPAREN":
            self.i += 1
            return 2
        depth = 0
        while True:
            kind = kinds[self.i]
            if kind not in _PRIMITIVE:
                self.fail("a literal")
            depth = max(depth, 2 if kind in _BOOL else 3)
            self.i += 1
            kind = kinds[self.i]
            if kind == "RPAREN":
                self.i += 1
                return 1 + depth
            if kind != "COMMA":
                self.fail("',' or ')'")
            self.i += 1

    def path(self) -> tuple[int, bool, str | int | None]:
        """objectPath; returns its depth, whether a component is 'hashes', and the last component (None for [*])."""
        kinds = self.kinds
        kind = kinds[self.i]
        if kind != "id" and kind != "idh":
            self.fail("an object path")
        self.i += 1
        self.expect("COLON", "':'")
        kind = kinds[self.i]
        if kind == "id":
            last: str | int | None = self.text(self.i)
        elif kind == "str":
            last = _unquote(self.text(self.i))
        else:
            self.fail("a property name (an identifier without '-' or a string)")
        has_hashes = last == "hashes"
        self.i += 1
        steps = 0
        while True:
            kind = kinds[self.i]
            if kind == "DOT":
                self.i += 1
                kind = kinds[self.i]
                if kind == "id":
                    last = self.text(self.i)
                elif kind == "str":
                    last = _unquote(self.text(self.i))
                else:
                    self.fail("a property name (an identifier without '-' or a string)")
                if last == "hashes":
                    has_hashes = True
                self.i += 1
            elif kind == "LBRACK":
                self.i += 1
                kind = kinds[self.i]
                if kind == "STAR":
                    last = None
                elif kind in _INT:
                    last = int(self.text(self.i))
                elif kind == "nint":
                    # The reference crashes on these (its inspector reads the index as an IntPosLiteral).
                    raise _Invalid(f"negative list index {self.text(self.i)} at offset {self.matches[self.i].start()}")
                else:
                    self.fail("a list index (an integer or '*')")
                self.i += 1
                self.expect("RBRACK", "']'")
            else:
                return (3 if steps == 0 else 2 + steps), has_hashes, last
            steps += 1

    def check_hash(self, selector: str | int | None, value_at: int, is_set: bool) -> None:
        """stix2patterns' object_validator: the value compared to a hashes path must fit the algorithm it names."""
        if selector is None:
            return
        if isinstance(selector, int):
            # The reference crashes on these ('int' object has no attribute 'upper').
            raise _Invalid(f"list index [{selector}] where a hash algorithm name is expected")
        rx = _HASHES.get(selector.upper().replace("-", "").replace("'", ""))
        if rx is None:
            return
        if is_set:  # the text of the whole list, as ANTLR's getText() gives it: no spaces
            value = "(" + ",".join(self.text(j) for j in range(value_at + 1, self.i - 1, 2)) + ")"
        else:
            value = self.text(value_at)
        value = value.replace("'", "")
        if rx.match(value) is None:
            raise _Invalid(f"{_show(value)} is not a valid {_show(selector)} hash")


def _brackets_ok(pattern: str) -> bool:
    """stix2patterns.helpers.brackets_check: the first character that is neither '(' nor whitespace is '['."""
    for c in pattern:
        if c != "(" and not c.isspace():
            return c == "["
    return False


def _check(pattern: str, collect: list[tuple[str, str]] | None) -> str | None:
    if not pattern.startswith("[") and not _brackets_ok(pattern):
        return "a pattern must start with '[', after any '(' and whitespace"
    try:
        skipped = None if pattern.startswith("[") else _SKIP_RE.match(pattern)
        start = skipped.end() if skipped else 0
        # Lexing stops at the first bad token, which no rule accepts: lexing on would only cost time (quadratic time
        # on some inputs: each of many unterminated comments or strings is scanned to the end of the text).
        matches = []
        for m in _TOKEN_RE.finditer(pattern, start):
            matches.append(m)
            if m.lastgroup == "bad":
                break
        depth = _Parser(matches, collect).pattern()
    except _Invalid as e:
        return str(e)
    except RecursionError:
        return f"the pattern nests too deeply (more than {MAX_DEPTH} levels)"
    if depth > MAX_DEPTH:
        return f"the pattern nests too deeply ({depth} levels, more than {MAX_DEPTH})"
    return None


def check_pattern(pattern: str) -> str | None:
    """None when the STIX 2.1 pattern is valid, else a one-line reason."""
    return _check(pattern, None)


def compared_properties(pattern: str) -> list[tuple[str, str]]:
    """(object type, first property name) of each comparison of a valid pattern, EXISTS tests excluded.

    These are the ``comparisons`` of ``stix2patterns``' inspector (object type, and the first component of the
    path), flattened in pattern order, as callers checking type and property names need them. Raises ValueError
    with the reason when the pattern is not valid.
    """
    collected: list[tuple[str, str]] = []
    reason = _check(pattern, collected)
    if reason is not None:
        raise ValueError(reason)
    return collected
