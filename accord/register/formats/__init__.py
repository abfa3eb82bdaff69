"""Import and export formats of the designation register.

Three formats, named by ``FORMATS``:

- ``ftm``  — FollowTheMoney entity JSON lines, the format of OpenSanctions
  exports (:mod:`accord.register.formats.ftm`);
- ``unsc`` — the XML of the UN Security Council Consolidated List
  (:mod:`accord.register.formats.unsc`);
- ``csv``  — a documented spreadsheet layout (:mod:`accord.register.formats.tabular`,
  header in ``CSV_HEADER``).

Reading yields one :class:`ImportRow` per record, streaming: a draft, or an
error naming the record's position (``line N`` for JSON lines and CSV, where
the CSV header is line 1; ``element N`` for XML, counting INDIVIDUAL and
ENTITY elements from 1) and the field at fault. Error policy:

- a bad record (a bad date, a missing name, an FtM schema that is not a
  designation such as Address or Sanction, a broken JSON line) is an error
  row and reading goes on with the next record;
- a file that cannot be read any further (XML not well-formed, XML with a
  DTD or entity declarations — refused by defusedxml —, a CSV that is not
  UTF-8 or has no ``name`` column) ends with one error row after the rows
  already read;
- ``read_records`` and ``write_records`` raise ``ValueError`` only for an
  unknown format name; ``detect_format`` raises it when it cannot tell.

Fields the model lacks are kept as ``key: value`` lines in ``Draft.notes``
(``weak alias:``, ``approximate birth date:``, ``birth year between:``,
``unrecognised nationality:``, ``UN list type:`` ...), which writers read back.
Every name gets its ISO 15924 script (detected from its first letter when
the format does not say).

Writers return the number of records written. A draft's ``source_id`` is
written as the record's id in the file (DATAID, CSV ``source_id``; FtM keeps
the designation id as entity id and the source id in its ``accord`` block);
when empty, the designation id takes its place, so that the file can be
re-imported against it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from accord.register.formats import ftm, tabular, unsc
from accord.register.formats._common import ImportRow, detect_script
from accord.register.models import Designation

FORMATS = ("ftm", "unsc", "csv")
CSV_HEADER = tabular.HEADER

_EXTENSIONS = {
    ".jsonl": "ftm",
    ".ndjson": "ftm",
    ".json": "ftm",
    ".ftm": "ftm",
    ".xml": "unsc",
    ".csv": "csv",
    ".tsv": "csv",
}


def detect_format(filename: str, head: bytes) -> str:
    """Tell the format of a file from its name, or else from its first bytes.

    The extension decides (``.jsonl``/``.ndjson``/``.json``/``.ftm`` → ftm,
    ``.xml`` → unsc, ``.csv``/``.tsv`` → csv); without a known extension the
    content does (``{`` → ftm, ``<`` → unsc, a header line with a ``name``
    column → csv). Raises ValueError with a one-line message otherwise.
    """
    # Mail filters turn "list.csv" into "list.csv.txt"; the inner extension still tells.
    name = filename.lower().removesuffix(".txt")
    extension = os.path.splitext(name)[1]
    if extension in _EXTENSIONS:
        return _EXTENSIONS[extension]
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"{"):
        return "ftm"
    if text.startswith(b"<"):
        return "unsc"
    first_line = text.split(b"\n", 1)[0].lower()
    if any(cell.strip(b' "\r') == b"name" for sep in (b",", b";", b"\t") for cell in first_line.split(sep)):
        return "csv"
    raise ValueError(
        f"cannot tell the format of {filename!r}: expected FtM JSON lines (.jsonl), "
        "the UN SC list XML (.xml) or CSV with a 'name' column (.csv)"
    )


def _check(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"unknown register format {fmt!r}: expected one of {', '.join(FORMATS)}")


def read_records(fmt: str, data: BinaryIO) -> Iterator[ImportRow]:
    """Stream the records of ``data`` (a binary file) in format ``fmt`` as ImportRows.

    The generator reads as it goes, so a large file is never held whole.
    Raises ValueError at once for an unknown ``fmt``; bad content becomes error
    rows (see the module docstring).
    """
    _check(fmt)
    if fmt == "ftm":
        return ftm.read(data)
    if fmt == "unsc":
        return unsc.read(data)
    return tabular.read(data)


def write_records(fmt: str, designations: Iterable[Designation], out: BinaryIO) -> int:
    """Write ``designations`` to the binary stream ``out`` in format ``fmt``; returns how many were written."""
    _check(fmt)
    if fmt == "ftm":
        return ftm.write(designations, out)
    if fmt == "unsc":
        return unsc.write(designations, out)
    return tabular.write(designations, out)


__all__ = ["CSV_HEADER", "FORMATS", "ImportRow", "detect_format", "detect_script", "read_records", "write_records"]
